# str.join over lists, strs, dict keys, sets and generator results.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "+".join(["solo"]))
print("|".join(["", "", ""]))
d = {"one": 1, "two": 2, "three": 3}
print(", ".join(list(d)), "/".join(sorted(d)))
print(":".join([str(v) for v in d.values()]))
print("".join(sorted({"c", "a", "b"})))
print("\n".join(["line1", "line2"]))
print("→".join(["α", "β"]), "😀".join(["a", "b", "c"]))
words = "the quick brown fox".split()
print(" ".join(reversed(words)), " ".join(w.capitalize() for w in words))
print("".join(w[0] for w in words).upper())
sep = ", "
print(sep.join(str(i * i) for i in range(6)))
parts = ["a"] * 3
print("--".join(parts), len("--".join(parts)))
