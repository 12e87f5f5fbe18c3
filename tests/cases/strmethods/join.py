# str.join over lists of strs.
words = ["alpha", "beta", "gamma"]
print(", ".join(words))
print("".join(words))
none: list[str] = []
print("-".join(["x"]), "-".join(none) == "", len("-".join(none)))
print(" | ".join(["a", "", "c"]))
nums = [1, 2, 3, 4]
strs: list[str] = []
for n in nums:
    strs.append(str(n))
print("+".join(strs), "=", sum(nums))
print("\n".join(["line1", "line2"]))
letters = list("hello")
print(letters, "".join(letters), ".".join(letters))
print("→".join(["a", "b"]), "".join(["日", "本"]))
rev = list("stressed")
rev.reverse()
print("".join(rev))
csv = ",".join(["name", "age"]) + "\n" + ",".join(["ann", "31"])
print(csv)
print(" ".join("a b  c".split()))
