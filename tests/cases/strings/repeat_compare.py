# str * int (zero and negative give ""), + and the comparison operators.
s = "ab"
for n in [-2, -1, 0, 1, 2, 3]:
    print(n, repr(s * n), repr(n * s), len(s * n))
print("-" * 10, "=" * 0 + "x")
words = ["apple", "Apple", "apples", "app", "banana", "", "a"]
for a in words:
    row: list[str] = []
    for b in words:
        if a < b:
            row.append("<")
        elif a == b:
            row.append("=")
        else:
            row.append(">")
    print(repr(a).ljust(9), "".join(row))
print(words[0] <= "apple", words[0] >= "apply", "b" > words[0], words[5] < "a", "Z" < words[6])
print("a" + "b" * 3 + "c", ("a" + "b") * 2)
t = ""
for i in range(4):
    t += str(i) * i
print(t, len(t))
print(max("apple", "banana", "cherry"), min("b", "a", "c"))
