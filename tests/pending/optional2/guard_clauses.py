# `if x is None: return ...` guard clauses at the top of functions and methods, narrowing for the rest of the body.
class Profile:
    def __init__(self, name: str, age: int | None, email: str | None):
        self.name = name
        self.age = age
        self.email = email

    def contact(self) -> str:
        if self.email is None:
            return self.name + " has no email"
        return f"{self.name} <{self.email.lower()}>"

    def birth_year(self, now: int) -> int | None:
        if self.age is None:
            return None
        return now - self.age


def greet(p: Profile | None) -> str:
    if p is None:
        return "hello, stranger"
    if p.age is None:
        return "hello, " + p.name
    if p.age < 13:
        return "hi " + p.name + "!"
    return "good day, " + p.name


def domain(p: Profile | None) -> str:
    if p is None:
        return "?"
    e = p.email
    if e is None:
        return "none"
    return e[e.index("@") + 1:]


people: list[Profile | None] = [Profile("Ann", 34, "Ann@Site.org"), None, Profile("Kid", 9, None),
                                Profile("Mystery", None, "m@x.io")]
for p in people:
    print(greet(p), "|", domain(p))
for p in people:
    if p is None:
        continue
    print(p.contact(), p.birth_year(2024))
years = [p.birth_year(2000) for p in people if p is not None]
print(years, len([y for y in years if y is None]))
