# Many lines of output, to exercise buffering.
total = 0
for i in range(600):
    total += i * i
    if i % 3 == 0:
        print(i, i * i, total)
    elif i % 3 == 1:
        print(f"{i:>4}|{total:>12,}")
    else:
        print("line", i, end=";\n")
print("total", total)
