# A list field belongs to each instance separately; exposing it creates an alias to the same list.
class Gradebook:
    def __init__(self, student: str):
        self.student = student
        self.grades: list[int] = []

    def add(self, g: int):
        self.grades.append(g)

    def average(self) -> float:
        if not self.grades:
            return 0.0
        return sum(self.grades) / len(self.grades)

    def best(self) -> int:
        return max(self.grades)

    def copy_grades(self) -> list[int]:
        return list(self.grades)


a = Gradebook("ann")
b = Gradebook("ben")
for g in [90, 72, 85]:
    a.add(g)
b.add(60)
print(a.grades, b.grades, a.grades is b.grades)
print(round(a.average(), 2), b.average(), a.best())
view = a.grades
view.append(100)
print(a.grades, a.best())
snap = a.copy_grades()
snap.append(0)
print(len(a.grades), len(snap))
a.grades = [50]
print(a.grades, view)
print(Gradebook("nobody").average())
