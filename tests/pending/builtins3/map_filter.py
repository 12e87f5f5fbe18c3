# map() and filter() with builtin functions, consumed by list() and loops.
words = ["10", "7", "x", "42", ""]
print(list(map(len, words)))
print(list(map(str.upper, ["a", "b"])))
print(list(filter(str.isdigit, words)))
print(list(map(int, filter(str.isdigit, words))))
print(list(filter(None, [0, 1, "", "a", 2, None, [], [0]])))
print(sum(map(int, "1 2 3 4".split())), max(map(abs, [-9, 3, 5])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(min, [1, 5], [4, 2])))
for s in map(str, range(3)):
    print(repr(s), end=" ")
print()
m = map(float, ["1.5", "2"])
print(next(m), list(m), list(m))
print(list(map(ord, "abc")), "".join(map(chr, [104, 105])))
