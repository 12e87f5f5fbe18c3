# while loops that index into lists and stop on a sentinel.
data = [5, 3, 8, 0, 9, 2]
i = 0
while data[i] != 0:
    print("value", data[i])
    i += 1
print("sentinel at", i)
queue = [1]
seen = [1]
while len(queue) > 0 and len(seen) < 10:
    n = queue.pop(0)
    for m in [n * 2, n * 3]:
        if m not in seen:
            seen.append(m)
            queue.append(m)
print(seen)
words = ["go", "stop", "go", "go", "stop"]
j = len(words) - 1
while j >= 0 and words[j] == "stop":
    j -= 1
print(j, words[:j + 1])
