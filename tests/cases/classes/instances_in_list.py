# Instances stored in lists: appending, indexing, iterating, mutating, and sorting by a field.
class Task:
    def __init__(self, title: str, priority: int):
        self.title = title
        self.priority = priority
        self.done = False

    def line(self) -> str:
        mark = "x" if self.done else " "
        return f"[{mark}] {self.title} (p{self.priority})"


tasks: list[Task] = []
for title, prio in [("wash", 2), ("code", 5), ("read", 1), ("cook", 3)]:
    tasks.append(Task(title, prio))
print(len(tasks))
for t in tasks:
    print(t.line())
tasks[1].done = True
tasks[-1].priority = 9
print(tasks[1].line(), tasks[-1].line())
open_titles = [t.title for t in tasks if not t.done]
print(open_titles)
best = tasks[0]
for t in tasks:
    if t.priority > best.priority:
        best = t
print("best:", best.title)
removed = tasks.pop(0)
print(removed.title, len(tasks), [t.title for t in tasks])
tasks.insert(1, removed)
print([t.priority for t in tasks])
print(sum([t.priority for t in tasks]))
