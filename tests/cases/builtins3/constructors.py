# bool/int/float/str/list/dict/set constructors from values and iterables.
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(set()))
print(int("12"), int(3.9), int(-3.9), float("2.5"), float(7), str(42), str(3.0), str([1]))
print(list("abc"), list(range(3)), list({"k": 1, "j": 2}), list((1, 2)), list({5}))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set([3, 1, 3])), set(range(0)))
print(dict([("a", 1), ("b", 2)]), dict(zip("ab", [1, 2])), dict({"x": 0}))
print(list(x * 2 for x in range(3)), set(c.upper() for c in "aab") == {"A", "B"})
print(str(b"x"), str(None), str(True), str(-0.0), str((1, "a")))
nums = [int(w) for w in "1 2 3".split()]
print(nums, list(map(str, nums)), list(filter(None, [0, 1, 2, 0])))
print(list(reversed("abc")), list(sorted("cba")))
