# range() with bounds beyond 64 bits.
start = 2 ** 64 - 2
for i in range(start, start + 4):
    print(i)
for i in range(-(2 ** 70), -(2 ** 70) + 3):
    print(i)
for i in range(10 ** 20, 10 ** 20 - 3 * 10 ** 19, -10 ** 19):
    print(i)
count = 0
for i in range(2 ** 63 - 2, 2 ** 63 + 2):
    count += 1
print(count, i)
