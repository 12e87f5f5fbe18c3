# The walrus operator := in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (v := data[i]) != 9:
    print("saw", v)
    i += 1
print("stopped at", v, i)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
print((z := 5) + z, z)
chunks = [w for line in ["a b", "", "c"] if (w := line.split())]
print(chunks)
