# max2/min2/clamp called with ints, floats, strs and tuples.
def max2(a, b):
    if a > b:
        return a
    return b


def min2(a, b):
    if a < b:
        return a
    return b


def clamp(x, lo, hi):
    return max2(lo, min2(x, hi))


print(max2(3, 7), max2(-1, -9), max2(5, 5))
print(max2(2.5, 1.5), min2(2.5, 1.5))
print(max2("apple", "banana"), min2("apple", "banana"))
print(max2("Zoo", "abc"), min2("Zoo", "abc"))
print(max2((1, 2), (1, 3)), min2((2, 0), (1, 9)))
print(clamp(15, 0, 10), clamp(-3, 0, 10), clamp(4, 0, 10))
print(clamp(0.75, 0.0, 0.5), clamp("m", "c", "k"))
best = 0
for n in [4, 9, 2, 7]:
    best = max2(best, n)
print(best)
longest = ""
for w in ["pear", "fig", "plum"]:
    longest = max2(longest, w)
print(longest)
