# Every form of range, including negative steps and empty ranges.
def show(label: str, start: int, stop: int, step: int) -> None:
    out = ""
    count = 0
    for i in range(start, stop, step):
        out += str(i) + " "
        count += 1
    print(label, count, "[" + out + "]")


for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=" ")
print()
for i in range(0, 20, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -1):
    print(i, end=" ")
print()
for i in range(10, -11, -4):
    print(i, end=" ")
print()
show("empty stop", 0, 0, 1)
show("empty reversed", 5, 2, 1)
show("empty neg step", 2, 5, -1)
show("single", 7, 8, 1)
show("neg bounds", -10, -3, 2)
show("neg step neg", -3, -10, -2)
show("big step", 0, 100, 1000)
show("unaligned", 1, 10, 4)
show("unaligned neg", 10, 1, -4)
for i in range(-3):
    print("never")
for i in range(0):
    print("never")
n = 4
for i in range(n * 2 - 1, n - 1, -1):
    print(i, end=",")
print()
