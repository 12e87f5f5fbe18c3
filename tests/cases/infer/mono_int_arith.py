# Unannotated int arithmetic functions whose parameter types come from int-only calls.
def square(x):
    return x * x


def cube(x):
    return x * square(x)


def sum_to(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


def digits(n):
    count = 0
    while n > 0:
        n //= 10
        count += 1
    return count


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


print(square(7), square(-3), square(0))
print(cube(3), cube(-2), cube(10))
print(sum_to(10), sum_to(100), sum_to(0))
print(digits(12345), digits(9), digits(10 ** 20))
print(clamp(5, 0, 10), clamp(-4, 0, 10), clamp(42, 0, 10))
print(square(2 ** 40), cube(2 ** 30))
print(sum_to(1000) % 7, 17 // 5, -17 // 5, -17 % 5)
