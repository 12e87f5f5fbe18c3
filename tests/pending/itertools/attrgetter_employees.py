# operator.attrgetter/itemgetter with groupby, chain and chain.from_iterable on records.
from itertools import chain, groupby
from operator import attrgetter, itemgetter


class Employee:
    def __init__(self, name: str, dept: str, salary: int) -> None:
        self.name = name
        self.dept = dept
        self.salary = salary


staff = [Employee("Kim", "ops", 52), Employee("Lee", "dev", 70), Employee("Ann", "dev", 64),
         Employee("Bob", "ops", 48), Employee("Zoe", "hr", 55)]
ordered = sorted(staff, key=attrgetter("dept", "name"))
print([e.name for e in ordered])
teams: list[list[str]] = []
for dept, members in groupby(ordered, key=attrgetter("dept")):
    names = [m.name for m in members]
    teams.append(names)
    print(dept, names)
print(list(chain.from_iterable(teams)))
print(list(chain(["boss"], teams[0], ("temp",))))
get_salary = attrgetter("salary")
print(max(staff, key=get_salary).name, sum(map(get_salary, staff)))
pairs = [(e.name, e.salary) for e in staff]
print(sorted(pairs, key=itemgetter(1), reverse=True)[:2])
print(itemgetter(0, 2)(["a", "b", "c"]))
