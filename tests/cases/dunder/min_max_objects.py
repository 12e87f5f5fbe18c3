# min() and max() over objects with __lt__ (and __gt__), returning the first extreme among ties.
class Runner:
    def __init__(self, name: str, seconds: float):
        self.name = name
        self.seconds = seconds

    def __lt__(self, other: "Runner") -> bool:
        return self.seconds < other.seconds

    def __gt__(self, other: "Runner") -> bool:
        return self.seconds > other.seconds

    def __repr__(self) -> str:
        return f"Runner({self.name}, {self.seconds})"


rs = [Runner("a", 12.5), Runner("b", 11.9), Runner("c", 13.0), Runner("d", 11.9), Runner("e", 13.0)]
fastest = min(rs)
slowest = max(rs)
print(fastest, slowest)
print(fastest is rs[1], slowest is rs[2])
print(min(rs[0], rs[2]), max(rs[0], rs[2]))
print(min(rs[3], rs[1]).name, max(rs[4], rs[2]).name)
rs[0].seconds = 10.0
print(min(rs).name, max(rs).name)
print(sorted(rs)[1:4])
