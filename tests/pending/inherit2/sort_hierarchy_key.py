# Sorting a base-typed list with named key functions that call overridden methods; min/max with key too.
class Task:
    def __init__(self, title: str, hours: int):
        self.title = title
        self.hours = hours

    def priority(self) -> int:
        return 1

    def kind(self) -> str:
        return "task"

    def __repr__(self) -> str:
        return f"{self.kind()}:{self.title}"


class Bug(Task):
    def __init__(self, title: str, hours: int, severity: int):
        super().__init__(title, hours)
        self.severity = severity

    def priority(self) -> int:
        return 10 * self.severity

    def kind(self) -> str:
        return "bug"


class Feature(Task):
    def priority(self) -> int:
        return 5

    def kind(self) -> str:
        return "feature"


def by_priority(t: Task) -> int:
    return -t.priority()


def by_hours_then_title(t: Task) -> tuple[int, str]:
    return (t.hours, t.title)


def value(t: Task) -> float:
    return t.priority() / t.hours


tasks: list[Task] = [Task("docs", 3), Bug("crash", 5, 3), Feature("export", 8), Bug("typo", 1, 1),
                     Feature("search", 2), Task("refactor", 5)]
print(sorted(tasks, key=by_priority))
print(sorted(tasks, key=by_hours_then_title))
print(sorted(tasks, key=value, reverse=True))
print(max(tasks, key=value), min(tasks, key=by_priority), min(tasks, key=by_hours_then_title))
tasks.sort(key=by_hours_then_title, reverse=True)
print([t.title for t in tasks])
bugs = [t for t in tasks if isinstance(t, Bug)]
bugs.sort(key=by_priority)
print(bugs, [b.severity for b in bugs])
print(sorted([t.kind() for t in tasks]))
