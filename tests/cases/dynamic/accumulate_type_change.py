# A running total that starts as an int and becomes a float or a str.
total = 0
for x in [1, 2, 0.5, 3]:
    total = total + x
    print(total, type(total).__name__)
avg = total
avg = avg / 4
print(avg)
result = None
for w in ["a", "b", "c"]:
    if result is None:
        result = w
    else:
        result = result + "," + w
print(result)
n = 1
for i in range(3):
    n = n * 10
n = n / 3
print(n)
val = 5
val = str(val)
val = val * 2
print(val, len(val))
