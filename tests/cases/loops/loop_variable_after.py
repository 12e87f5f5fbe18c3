# The loop variable keeps its last value after the loop; reassigning it in
# the body does not change the iteration.
for i in range(5):
    pass
print(i)
for i in range(10, 3, -2):
    pass
print(i)
j = 99
for j in range(0):
    pass
print(j)
for k in range(3):
    print("before", k)
    k = k * 100
    print("after", k)
print(k)
total = 0
for n in range(1, 4):
    n += 10
    total += n
print(total, n)
w = 0
while w < 7:
    w += 3
print(w)
