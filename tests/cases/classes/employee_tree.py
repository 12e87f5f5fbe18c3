# Recursion through objects: employees with a list of direct reports; totals and depth computed recursively.
class Employee:
    def __init__(self, name: str, salary: int):
        self.name = name
        self.salary = salary
        self.reports: list[Employee] = []

    def add(self, e: "Employee") -> "Employee":
        self.reports.append(e)
        return e

    def team_cost(self) -> int:
        total = self.salary
        for r in self.reports:
            total += r.team_cost()
        return total

    def headcount(self) -> int:
        return 1 + sum([r.headcount() for r in self.reports])

    def depth(self) -> int:
        if not self.reports:
            return 1
        return 1 + max([r.depth() for r in self.reports])

    def show(self, indent: int):
        print("  " * indent + f"{self.name} ({self.salary})")
        for r in self.reports:
            r.show(indent + 1)


ceo = Employee("Ceo", 300)
cto = ceo.add(Employee("Cto", 200))
cfo = ceo.add(Employee("Cfo", 180))
dev = cto.add(Employee("Dev", 120))
dev.add(Employee("Intern", 30))
cto.add(Employee("Ops", 110))
cfo.add(Employee("Clerk", 60))
ceo.show(0)
print(ceo.team_cost(), cto.team_cost(), cfo.team_cost())
print(ceo.headcount(), ceo.depth(), cfo.depth())
dev.salary += 10
print(ceo.team_cost())
