# default_factory=list/dict gives each instance fresh containers; plain defaults mixed with factory fields.
from dataclasses import dataclass, field


@dataclass
class Team:
    name: str
    members: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    max_size: int = 3
    active: bool = True

    def join(self, person: str, role: str) -> bool:
        if len(self.members) >= self.max_size:
            return False
        self.members.append(person)
        self.roles[person] = role
        return True


red = Team("red")
blue = Team("blue", max_size=2)
print(red, blue)
print(red.join("ann", "lead"), red.join("bob", "dev"), blue.join("cy", "qa"))
print(red.members, blue.members, red.members is blue.members)
print(blue.join("dee", "dev"), blue.join("eve", "ops"))
print(blue)
green = Team("green", ["gus"], {"gus": "solo"}, 1, False)
print(green, green.join("hal", "x"))
teams = [Team("t" + str(i)) for i in range(3)]
teams[1].members.append("only-me")
print([len(t.members) for t in teams], [t.roles for t in teams])
shared = ["x", "y"]
t1 = Team("s1", shared)
t2 = Team("s2", shared)
t1.members.append("z")
print(t2.members, t1.members is t2.members)
print(Team("q") == Team("q"), Team("q") == Team("q", active=False))
