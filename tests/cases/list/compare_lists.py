# == and != between lists of the same type, < between lists of ints.
a = [1, 2, 3]
b = [1, 2, 3]
c = [1, 2, 4]
d = [1, 2]
print(a == b, a != b, a == c, a != c, a == d)
print(a < c, c < a, d < a, a < d, a < b, b < a)
print(a <= b, a >= c, c > d)
empty: list[int] = []
print(empty < d, d < empty, empty == empty[:])
e = [0, 100]
print(e < d, [2] > a)
words = ["x", "y"]
other = ["x"]
other.append("y")
print(words == other, words != other)
nested = [[1, 2], [3]]
nested2 = [[1, 2], [3]]
print(nested == nested2)
nested2[1].append(4)
print(nested == nested2, nested)
floats = [1.0, 2.0]
floats2 = [1.0, 2.0]
print(floats == floats2)
big = [2 ** 70]
big2 = [2 ** 70 + 1]
print(big < big2, big == big2)
neg = [-1, 5]
pos = [0]
print(neg < pos)
