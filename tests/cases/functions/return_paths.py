# Functions with several return statements and early exits.
def sign(x: int) -> int:
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def first_multiple(n: int, k: int) -> int:
    for i in range(1, 1000):
        if (n * i) % k == 0:
            return n * i
    return -1


def classify(c: float) -> str:
    if c != c:
        return "nan"
    if c == float("inf") or c == float("-inf"):
        return "infinite"
    if c == 0.0:
        return "zero"
    return "finite"


def log_and_stop(n: int) -> None:
    i = 0
    while True:
        if i == n:
            print("stopping at", i)
            return
        i += 1


for v in range(-2, 3):
    print(v, sign(v))
print(first_multiple(6, 4), first_multiple(7, 5), first_multiple(5, 7000))
print(classify(1.5), classify(0.0), classify(-0.0), classify(float("nan")), classify(-1e309))
log_and_stop(4)
print(log_and_stop(0))
