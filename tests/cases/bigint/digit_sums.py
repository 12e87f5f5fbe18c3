# Digit sums of big numbers using // and %.
def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digital_root(n: int) -> int:
    while n >= 10:
        n = digit_sum(n)
    return n


def count_digits(n: int) -> int:
    if n == 0:
        return 1
    count = 0
    while n > 0:
        n //= 10
        count += 1
    return count


print(digit_sum(2 ** 1000))
print(digit_sum(2 ** 15), digit_sum(0), digit_sum(999999999999999999999))
print(count_digits(2 ** 1000), len(str(2 ** 1000)))
print(digital_root(2 ** 500), digital_root(123456789))
f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f))
for e in range(10, 101, 30):
    print(e, digit_sum(3 ** e), count_digits(3 ** e), digital_root(3 ** e))
r = 0
n = 12345678901234567890
while n > 0:
    r = r * 10 + n % 10
    n //= 10
print(r)
