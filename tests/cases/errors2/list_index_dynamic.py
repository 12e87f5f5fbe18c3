# An index computed at run time past the end of a list raises IndexError.
def last_plus(xs: list[int], k: int) -> int:
    return xs[len(xs) - 1 + k]


data = [4, 8, 15]
print(last_plus(data, 0), last_plus(data, -2))
data.append(16)
print(last_plus(data, 0), len(data))
for k in range(-3, 2):
    print(k, last_plus(data, k))
