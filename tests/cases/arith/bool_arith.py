# bools take part in arithmetic as 0 and 1.
t = True
f = False
print(t + t, t + f, f + f)
print(t - f, f - t, t * 5, f * 5)
print(t / 2, t // 1, t % 2)
print(3 + t, 3.5 + t, 3.5 * f)
print(t + t + t + t)
count = 0
for i in range(10):
    count = count + (i % 3 == 0)
print(count)
evens = 0
for i in range(20):
    evens += i % 2 == 0
print(evens)
print(True + 0, False + 0)
print(int(True), int(False), float(True), float(False))
print(abs(True), abs(False), -True, -False)
print(True * True, True * False, True ** 2)
print(max(True + 0, False + 0), min(True * 3, 2))
print((5 > 3) + (2 > 1) + (1 > 2))
print(True == 1, False == 0, True == 1.0, True + True == 2)
