# `in` with a key of another type than the dict's keys is simply False.
d = {"k": 1}
print(1 in d, 1.5 in d, "k" in d)
