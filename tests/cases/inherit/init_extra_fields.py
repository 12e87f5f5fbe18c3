# A subclass __init__ calls super().__init__ then sets extra fields, some derived from base fields.
class Person:
    def __init__(self, first: str, last: str):
        self.first = first
        self.last = last
        self.full = first + " " + last

    def greeting(self) -> str:
        return "Hello, " + self.full


class Employee(Person):
    def __init__(self, first: str, last: str, salary: int):
        super().__init__(first, last)
        self.salary = salary
        self.email = (first[0] + last).lower() + "@corp.example"
        self.full = self.full + " (staff)"

    def raise_pay(self, pct: int):
        self.salary += self.salary * pct // 100


class Manager(Employee):
    def __init__(self, first: str, last: str, salary: int):
        super().__init__(first, last, salary)
        self.team: list[Employee] = []
        self.salary += 1000

    def hire(self, e: Employee):
        self.team.append(e)


p = Person("Ada", "King")
e = Employee("Alan", "Turing", 5000)
m = Manager("Grace", "Hopper", 8000)
print(p.greeting())
print(e.greeting(), e.email, e.salary)
print(m.greeting(), m.email, m.salary, m.team)
m.hire(e)
m.hire(Employee("Tim", "Lee", 4000))
for member in m.team:
    member.raise_pay(10)
print([(x.first, x.salary) for x in m.team])
print(e.salary)
