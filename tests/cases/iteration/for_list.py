# for over lists of each element type, with break, continue and else.
nums = [4, 8, 15, 16, 23, 42]
total = 0
for n in nums:
    total += n
print(total)
for n in nums:
    if n % 2 == 1:
        continue
    print("even", n)
for n in nums:
    if n > 20:
        print("first over 20:", n)
        break
else:
    print("none over 20")
for n in nums:
    if n > 100:
        break
else:
    print("none over 100")
empty: list[str] = []
for s in empty:
    print("never", s)
else:
    print("empty loop done")
for f in [0.5, 0.25, 0.125]:
    print(f, f * 8)
for b in [True, False]:
    print(b, not b)
for row in [[1, 2], [3, 4, 5]]:
    for v in row:
        print(v, end=" ")
    print("|", len(row))
