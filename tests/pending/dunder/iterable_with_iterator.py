# A container whose __iter__ returns a fresh iterator object each time, so it can be looped repeatedly.
class Playlist:
    def __init__(self):
        self.songs: list[str] = []

    def add(self, s: str):
        self.songs.append(s)

    def __iter__(self) -> "PlaylistIter":
        return PlaylistIter(self)


class PlaylistIter:
    def __init__(self, pl: Playlist):
        self.pl = pl
        self.i = 0

    def __iter__(self) -> "PlaylistIter":
        return self

    def __next__(self) -> str:
        if self.i >= len(self.pl.songs):
            raise StopIteration
        s = self.pl.songs[self.i]
        self.i += 1
        return s


pl = Playlist()
for s in ["intro", "verse", "outro"]:
    pl.add(s)
for s in pl:
    print("play", s)
print(list(pl), list(pl))
pairs = [(a, b) for a in pl for b in pl if a < b]
print(pairs)
print(sorted(pl), len(list(pl)))
print(", ".join(pl))
