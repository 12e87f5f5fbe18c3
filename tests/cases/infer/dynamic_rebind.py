# A variable rebound to an int, then a str, then a list, then None, with type-dependent printing.
x = 10
print(x, x + 5, type(x).__name__)
x = "ten"
print(x, x + "!", type(x).__name__)
x = [1, 0]
print(x, x + [2], type(x).__name__)
x = None
print(x, x is None, type(x).__name__)
x = 2.5
print(x * 2, type(x).__name__)
value = 0
for step in range(4):
    if step % 2 == 0:
        value = step * 100
    else:
        value = "step" + str(step)
    print(step, repr(value), type(value).__name__)
result = 1
for _ in range(3):
    result = result * 7
result = str(result) + " units"
print(result, len(result))
