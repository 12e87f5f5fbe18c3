# NamedTuple._replace returns a modified copy; _asdict gives a field->value dict.
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str
    level: str


e = Employee("kim", "eng", "senior")
print(e)
promoted = e._replace(level="staff")
print(promoted)
print(e)
moved = e._replace(dept="ops", level="lead")
print(moved)
d = e._asdict()
print(d)
print(list(d.keys()), d["dept"])
rebuilt = Employee(d["name"], d["dept"], d["level"])
print(rebuilt == e)
staff = [e, promoted, moved]
print([s.level for s in staff])
print([s._asdict()["dept"] for s in staff])
print(Employee._fields, len(Employee._fields))
