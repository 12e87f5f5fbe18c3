# break and continue inside try bodies still run the finally clause each time.
events: list[str] = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        events.append("body " + str(i))
    finally:
        events.append("finally " + str(i))
print(events)

found = -1
n = 0
while True:
    n += 1
    try:
        if n * n > 50:
            found = n
            break
    finally:
        print("checked", n)
print("found", found)

skipped = 0
for word in ["1", "x", "3", "y", "5"]:
    try:
        v = int(word)
    except ValueError:
        skipped += 1
        continue
    finally:
        print("saw", word)
    print("value", v)
print("skipped", skipped)
