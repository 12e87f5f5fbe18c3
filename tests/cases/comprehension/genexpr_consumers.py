# Generator expressions consumed by sum, min, max, any, all, sorted, list, set, dict and join.
nums = [4, -1, 7, 0, -3, 9]
print(sum(n for n in nums if n > 0), min(n * n for n in nums), max(abs(n) for n in nums))
print(sorted(n % 3 for n in nums), list(str(n) for n in nums), len(set(n > 0 for n in nums)))
print(dict((str(n), n) for n in nums if n), ",".join(str(n) for n in sorted(nums)))
print(any(n == 0 for n in nums), all(n < 10 for n in nums), sum(1 for _ in range(7)))
print(max((len(w), w) for w in ["aa", "bbb", "c"]), min(w for w in ["pear", "apple"]))
print(sum(x * y for x in range(4) for y in range(4) if x != y))
print(sorted((c for c in "banana"), reverse=True), "".join(c.upper() for c in "abc" if c != "b"))
print(sum(n for n in range(10 ** 6) if n % 99999 == 0), max(n for n in [1]))
