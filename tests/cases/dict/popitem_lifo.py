# popitem() removes the most recently inserted pair; pop() with a default never raises.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["d"] = 4
print(d.popitem(), d.popitem(), d)
d["a"] = 10
d["e"] = 5
print(d.popitem(), d)
print(d.pop("a"), d.pop("missing", -1), d.pop("a", 0), d)
stack = {}
for i in range(4):
    stack[str(i)] = i * i
while stack:
    k, v = stack.popitem()
    print(k, v, len(stack))
print(stack)
