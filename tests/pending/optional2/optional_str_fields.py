# Optional string fields on a class (middle name, nickname): formatting with fallbacks and reassigning to None.
class Person:
    def __init__(self, first: str, last: str, middle: str | None, nick: str | None):
        self.first = first
        self.last = last
        self.middle = middle
        self.nick = nick

    def full(self) -> str:
        if self.middle is None:
            return f"{self.first} {self.last}"
        return f"{self.first} {self.middle[0]}. {self.last}"

    def call_me(self) -> str:
        if self.nick is not None:
            return self.nick
        return self.first

    def initials(self) -> str:
        mid = "" if self.middle is None else self.middle[0]
        return self.first[0] + mid + self.last[0]


people = [
    Person("Grace", "Hopper", "Brewster", "Amazing Grace"),
    Person("Alan", "Turing", "Mathison", None),
    Person("Ada", "Lovelace", None, None),
    Person("Linus", "Torvalds", None, "lt"),
]
for p in people:
    print(f"{p.full():<22}{p.call_me():<15}{p.initials()}")
print([p.middle for p in people])
print([p.nick for p in people if p.nick is not None])
people[2].nick = "Countess"
people[1].middle = None
print(people[2].call_me(), people[1].full(), people[1].initials())
longest: str | None = None
for p in people:
    m = p.middle
    if m is not None and (longest is None or len(m) > len(longest)):
        longest = m
print(longest)
print(sum([1 for p in people if p.middle is None]), repr(people[3].middle), repr(people[3].nick))
