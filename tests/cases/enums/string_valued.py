# String-valued enums: lookup by string value, using values in text.
from enum import Enum


class Method(Enum):
    GET = "get"
    POST = "post"
    DELETE = "delete"


print(Method.GET.value.upper(), Method("post"))
print(repr(Method.DELETE))
print(Method("delete") is Method.DELETE)
requests = ["get", "post", "get", "delete", "get"]
tally: dict[Method, int] = {}
for r in requests:
    m = Method(r)
    tally[m] = tally.get(m, 0) + 1
for m in Method:
    print(m.name, tally[m])
print(",".join([m.value for m in Method]))
print(sorted([m.value for m in Method]))
print(Method.POST.value + "/" + Method.POST.name)
print(len(Method.DELETE.value), Method.GET.value == "get")
print(Method.GET == "get")
