# d | other makes a new dict (right side wins); d |= other updates in place.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b)
print(b | a)
alias = a
a |= b
print(a, alias is a, alias)
a |= {"w": 0}
print(a)
empty: dict[str, int] = {}
print(empty | a == a, a | empty == a)
n1 = {1: "one"}
n2 = {2: "two", 1: "uno"}
print(n1 | n2, n2 | n1)
n1 |= [(3, "three")]
print(n1)
merged = {"k": 0}
for part in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged = merged | part
print(merged)
