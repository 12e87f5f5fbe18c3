# Newton's method for square roots and cube roots with floats.
def sqrt(x: float) -> float:
    if x == 0.0:
        return 0.0
    guess = x
    if guess < 1.0:
        guess = 1.0
    i = 0
    while i < 100:
        nxt = (guess + x / guess) / 2.0
        if nxt == guess:
            break
        guess = nxt
        i += 1
    return guess


def cbrt(x: float) -> float:
    guess = x
    if guess < 1.0:
        guess = 1.0
    for i in range(200):
        guess = guess - (guess * guess * guess - x) / (3.0 * guess * guess)
    return guess


print(sqrt(2.0))
print(sqrt(4.0), sqrt(9.0), sqrt(16.0))
print(sqrt(0.25), sqrt(0.0), sqrt(1e-10))
print(sqrt(1e20), sqrt(12345.6789))
print(sqrt(2.0) * sqrt(2.0))
print(cbrt(27.0), cbrt(2.0), cbrt(1000.0))
n = 1
while n <= 100000:
    r = sqrt(float(n))
    print(f"{n:>6} {r:.10f} {r * r - n:+.2e}")
    n *= 10
print(sqrt(2.0) == 2 ** 0.5)
