# A module-level counter updated through global statements.
counter = 0


def increment() -> None:
    global counter
    counter += 1


def add(n: int) -> int:
    global counter
    counter = counter + n
    return counter


def reset() -> None:
    global counter
    counter = 0


print(counter)
increment()
increment()
print(counter)
print(add(10), counter)
for i in range(5):
    increment()
print(counter)
reset()
print(counter)
print(add(2 ** 70), counter)
