# Employees, managers and contractors: overridden pay() with super(), base-typed reports list, payroll totals.
class Employee:
    def __init__(self, name: str, salary: int):
        self.name = name
        self.salary = salary

    def pay(self) -> int:
        return self.salary // 12

    def title(self) -> str:
        return "employee"

    def line(self) -> str:
        return f"{self.name:<6}{self.title():<11}{self.pay():>7}"


class Manager(Employee):
    def __init__(self, name: str, salary: int, bonus: int):
        super().__init__(name, salary)
        self.bonus = bonus
        self.reports: list[Employee] = []

    def pay(self) -> int:
        return super().pay() + self.bonus + 50 * len(self.reports)

    def title(self) -> str:
        return "manager"

    def hire(self, e: Employee) -> Employee:
        self.reports.append(e)
        return e


class Director(Manager):
    def title(self) -> str:
        return "director"

    def pay(self) -> int:
        return super().pay() * 2


class Contractor(Employee):
    def __init__(self, name: str, rate: int, hours: int):
        super().__init__(name, 0)
        self.rate = rate
        self.hours = hours

    def pay(self) -> int:
        return self.rate * self.hours

    def title(self) -> str:
        return "contractor"


def team(m: Manager) -> list[Employee]:
    out: list[Employee] = [m]
    for r in m.reports:
        if isinstance(r, Manager):
            out.extend(team(r))
        else:
            out.append(r)
    return out


boss = Director("Dana", 240000, 3000)
lead = Manager("Lee", 120000, 800)
boss.hire(lead)
boss.hire(Employee("Sam", 60000))
lead.hire(Employee("Kim", 72000))
lead.hire(Contractor("Ola", 90, 120))
staff = team(boss)
for e in staff:
    print(e.line())
print("total:", sum([e.pay() for e in staff]))
print("lee team:", [e.name for e in team(lead)], sum([e.pay() for e in team(lead)]))
raised = [e.name for e in staff if e.pay() > 6000]
print(raised)
lead.salary += 12000
print(lead.pay(), boss.pay())
