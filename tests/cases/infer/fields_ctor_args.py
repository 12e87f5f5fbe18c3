# Fields set from constructor arguments of different types, with derived fields and methods.
class Employee:
    def __init__(self, name, salary, skills, manager=None):
        self.name = name
        self.salary = salary
        self.skills = skills
        self.manager = manager
        self.level = 1 if salary < 50000 else 2

    def raise_pay(self, pct):
        self.salary = self.salary + self.salary * pct // 100
        if self.salary >= 50000:
            self.level = 2

    def chain(self):
        out = [self.name]
        m = self.manager
        while m is not None:
            out.append(m.name)
            m = m.manager
        return out


boss = Employee("ada", 90000, ["lead"])
mid = Employee("bo", 48000, ["python", "rust"], boss)
new = Employee("cy", 30000, [], mid)
for e in [boss, mid, new]:
    print(e.name, e.salary, e.level, e.skills, e.chain())
mid.raise_pay(10)
new.raise_pay(5)
new.skills.append("sql")
print(mid.salary, mid.level, new.salary, new.level, new.skills)
print(new.manager.manager.name, boss.manager)
