# sort() and sorted() are stable: equal keys keep their order, also with reverse=True.
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg", "h"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
xs = words.copy()
xs.sort(key=len)
print(xs)
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b"), (0, "z")]
print(sorted(pairs))
people = ["bob:30", "amy:25", "cal:30", "dee:25", "eve:35"]


def age(p: str) -> int:
    return int(p.split(":")[1])


print(sorted(people, key=age))
print(sorted(people, key=age, reverse=True))
by_name = sorted(people)
by_name.sort(key=age)
print(by_name)
nums = [3, -3, 2, -2, 1, -1, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted("Banana", key=str.lower), sorted(["b", "B", "a", "A"], key=str.upper))
