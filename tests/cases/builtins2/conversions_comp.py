# int() and str() inside comprehensions: digits, bases and padding.
n = 9876543210
digits = [int(c) for c in str(n)]
print(digits, sum(digits))
print(int("".join([str(d) for d in reversed(digits)])))
print([str(i) * i for i in range(1, 5)])
print([int(s) for s in ["007", "-12", " 3 ", "+5"]])
print([int(f) for f in [2.9, -2.9, 0.5]])
print([str(b) for b in [True, False]], [int(b) for b in [True, False]])
print([str(f) for f in [1.0, 2.5, 1e-5]])
armstrong = [k for k in range(100, 1000) if sum([int(c) ** 3 for c in str(k)]) == k]
print(armstrong)
palins = [k for k in range(10, 200) if str(k) == str(k)[::-1]]
print(palins)
print(max([int(w) for w in "12 7 300 45".split()]))
