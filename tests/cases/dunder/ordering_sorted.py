# __lt__ lets sorted() and list.sort() order objects; sort is stable for equal keys.
class Student:
    def __init__(self, name: str, grade: int):
        self.name = name
        self.grade = grade

    def __lt__(self, other: "Student") -> bool:
        return self.grade < other.grade

    def __repr__(self) -> str:
        return f"{self.name}:{self.grade}"


roster = [Student("ann", 88), Student("bob", 72), Student("cid", 95), Student("dee", 72), Student("eve", 88)]
print(sorted(roster))
print(roster)
print(sorted(roster, reverse=True))
roster.sort()
print(roster)
roster.reverse()
print(roster)
print(roster[0] < roster[1], roster[1] < roster[0])
top = sorted(roster)[-2:]
print(top)
