# min and max with key lambdas, including ties (first winner kept) and default for empty input.
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(min(words, key=lambda w: len(w)))
print(max(words, key=lambda w: len(w)))
print(max(words, key=lambda w: w[-1]))
print(min(words, key=lambda w: (len(w), w)))
print(max(["aa", "bb", "cc"], key=lambda w: len(w)))
print(min(["aa", "bb", "cc"], key=lambda w: len(w)))

points = [(1, 5), (-3, 2), (4, -4), (0, 1)]
print(min(points, key=lambda p: p[0] * p[0] + p[1] * p[1]))
print(max(points, key=lambda p: p[1]))
empty: list[int] = []
print(max(empty, key=lambda n: -n, default=-1))
print(min([3, -7, 5], key=lambda n: abs(n)))
print(max(3, -7, 5, key=lambda n: abs(n)))
