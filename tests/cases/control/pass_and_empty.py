# pass as a placeholder in every kind of block.
def noop() -> None:
    pass


def also_noop(x: int) -> None:
    """Has only a docstring."""


for i in range(3):
    pass
print("after for, i =", i)
n = 0
while n < 5:
    n += 1
    if n % 2 == 0:
        pass
    else:
        print("odd", n)
if n > 100:
    pass
elif n == 5:
    print("n is five")
else:
    pass
noop()
also_noop(5)
print(noop(), also_noop(1))
