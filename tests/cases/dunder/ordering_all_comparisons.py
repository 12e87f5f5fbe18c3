# All six rich comparisons defined on a Version class and used directly and in chained comparisons.
class Version:
    def __init__(self, major: int, minor: int, patch: int):
        self.major = major
        self.minor = minor
        self.patch = patch

    def key(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def __eq__(self, other: "Version") -> bool:
        return self.key() == other.key()

    def __ne__(self, other: "Version") -> bool:
        return self.key() != other.key()

    def __lt__(self, other: "Version") -> bool:
        return self.key() < other.key()

    def __le__(self, other: "Version") -> bool:
        return self.key() <= other.key()

    def __gt__(self, other: "Version") -> bool:
        return self.key() > other.key()

    def __ge__(self, other: "Version") -> bool:
        return self.key() >= other.key()

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


a = Version(1, 2, 3)
b = Version(1, 10, 0)
c = Version(1, 2, 3)
print(a == c, a != c, a < b, a <= c, a > b, a >= c)
print(b > a, b >= a, b < a, b <= a, b == a, b != a)
print(a < b < Version(2, 0, 0), a <= c < a)
vs = [Version(2, 0, 0), b, a, Version(0, 9, 9)]
print([str(v) for v in sorted(vs)])
print(str(max(vs)), str(min(vs)))
