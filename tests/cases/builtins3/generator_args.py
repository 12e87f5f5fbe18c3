# Generator expressions passed straight to builtins.
nums = [3, 8, 1, 9, 4]
print(sum(x * x for x in nums), max(x % 5 for x in nums), min(-x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums))
print(sorted(x for x in nums if x % 2), list(str(x) for x in nums))
print(",".join(str(x) for x in range(5)), tuple(x for x in "ab"))
print(dict((w, len(w)) for w in ["a", "bb"]), set(x % 3 for x in range(10)))
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g))
print(sum(1 for c in "mississippi" if c == "s"))
