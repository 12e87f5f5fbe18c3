# A student grade book: weighted categories, per-student averages, letter grades and a class ranking.
class Student:
    def __init__(self, name: str):
        self.name = name
        self.scores: dict[str, list[int]] = {}

    def record(self, category: str, score: int):
        if category not in self.scores:
            self.scores[category] = []
        self.scores[category].append(score)

    def category_avg(self, category: str) -> float:
        marks = self.scores.get(category, [])
        if not marks:
            return 0.0
        return sum(marks) / len(marks)


class GradeBook:
    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        self.students: list[Student] = []

    def student(self, name: str) -> Student:
        for s in self.students:
            if s.name == name:
                return s
        s = Student(name)
        self.students.append(s)
        return s

    def final(self, s: Student) -> float:
        total = 0.0
        for cat, w in self.weights.items():
            total += w * s.category_avg(cat)
        return round(total, 2)

    @staticmethod
    def letter(score: float) -> str:
        for cutoff, grade in [(90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D")]:
            if score >= cutoff:
                return grade
        return "F"

    def ranking(self) -> list[str]:
        pairs = [(-self.final(s), s.name) for s in self.students]
        pairs.sort()
        return [name for _, name in pairs]


book = GradeBook({"hw": 0.3, "exam": 0.5, "lab": 0.2})
data = [("ann", "hw", 95), ("ann", "hw", 88), ("ann", "exam", 91), ("ann", "lab", 100),
        ("bob", "hw", 70), ("bob", "exam", 65), ("bob", "exam", 79), ("bob", "lab", 80),
        ("cy", "hw", 100), ("cy", "exam", 55), ("dee", "exam", 85), ("dee", "lab", 90)]
for name, cat, score in data:
    book.student(name).record(cat, score)
for s in book.students:
    f = book.final(s)
    print(f"{s.name:4} hw={s.category_avg('hw'):6.2f} exam={s.category_avg('exam'):6.2f} final={f:6.2f} {GradeBook.letter(f)}")
print(book.ranking())
print(len(book.students), book.student("ann").scores["hw"])
print([GradeBook.letter(x) for x in [100.0, 89.99, 70.0, 59.5]])
