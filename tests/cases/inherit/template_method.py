# Template method: the base defines the algorithm and calls hook methods that subclasses override.
class Game:
    def __init__(self, players: int):
        self.players = players
        self.turns = 0

    def setup(self) -> str:
        return "generic setup"

    def play_turn(self, i: int) -> bool:
        return i >= 2

    def finish(self) -> str:
        return "game over"

    def run(self) -> list[str]:
        log = [self.setup()]
        i = 0
        while True:
            self.turns += 1
            if self.play_turn(i):
                break
            i += 1
        log.append(f"{self.turns} turns")
        log.append(self.finish())
        return log


class Chess(Game):
    def setup(self) -> str:
        return "place 32 pieces"

    def play_turn(self, i: int) -> bool:
        return i * self.players >= 10


class Dice(Game):
    def play_turn(self, i: int) -> bool:
        roll = (i * 7 + 3) % 6 + 1
        return roll == 6

    def finish(self) -> str:
        return "rolled a six"


games: list[Game] = [Game(1), Chess(2), Dice(4)]
for g in games:
    print(type(g).__name__, g.run())
print([g.turns for g in games])
