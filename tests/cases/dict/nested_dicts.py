# A dict of dicts: per-student scores per subject.
grades: dict[str, dict[str, int]] = {}
rows = [("ann", "math", 90), ("bob", "math", 72), ("ann", "art", 85), ("bob", "bio", 64), ("cy", "math", 99)]
for student, subject, score in rows:
    if student not in grades:
        inner: dict[str, int] = {}
        grades[student] = inner
    grades[student][subject] = score
print(grades)
for student2, subs in grades.items():
    total = 0
    for sc in subs.values():
        total += sc
    print(student2, len(subs), total / len(subs))
grades["bob"]["math"] += 10
print(grades["bob"])
print("art" in grades["ann"], "art" in grades["bob"])
