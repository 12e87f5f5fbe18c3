# combine(a, b) called with int+int, float+float, int+float, float+int, bool+int, strs and lists.
def combine(a, b):
    return a + b


def scaled(a, b, k):
    return combine(a, b) * k


print(combine(2, 3))
print(combine(1.5, 2.25))
print(combine(4, 0.5))
print(combine(0.25, 7))
print(combine(True, 41))
print(combine("ab", "cd"))
print(combine([1, 2], [3]))
print(combine((1,), (2, 3)))
print(scaled(2, 3, 4))
print(scaled(1.5, 0.5, 3))
print(scaled("x", "y", 3))
print(scaled([0], [1], 2))
total = 0
for i in range(5):
    total = combine(total, i)
print(total)
ftotal = 0.0
for i in range(5):
    ftotal = combine(ftotal, i / 2)
print(ftotal)
