# pop(k) removes and returns a value; pop(k, default) tolerates missing keys.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("z", 0), d)
print(d.pop("a", 99), d)
print(len(d))
d["b"] = 20
print(d)
todo = {"wash": "car", "buy": "milk", "call": "mom"}
while len(todo) > 0:
    for k in list(todo.keys()):
        print("doing", k, todo.pop(k))
        break
print(todo)
scores = {1: 1.5, 2: 2.5}
print(scores.pop(2, 0.0), scores.pop(3, -1.0), scores)
