# Properties are inherited and can be overridden by a subclass property that uses super().
class Employee:
    def __init__(self, name: str, base: int):
        self.name = name
        self.base = base

    @property
    def pay(self) -> int:
        return self.base

    @property
    def title(self) -> str:
        return "Employee " + self.name


class Manager(Employee):
    def __init__(self, name: str, base: int, reports: int):
        super().__init__(name, base)
        self.reports = reports

    @property
    def pay(self) -> int:
        return super().pay + 100 * self.reports


class Director(Manager):
    @property
    def title(self) -> str:
        return "Director " + self.name


staff: list[Employee] = [Employee("ann", 1000), Manager("bob", 2000, 3), Director("cy", 3000, 10)]
for s in staff:
    print(s.title, s.pay)
staff[1].reports = 5
staff[2].base = 0
print([s.pay for s in staff])
print(sum([s.pay for s in staff]))
