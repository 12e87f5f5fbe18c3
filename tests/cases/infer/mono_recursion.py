# Unannotated recursive functions: fib, gcd, power, sum of digits, binary search.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def bsearch(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch(xs, target, mid + 1, hi)
    return bsearch(xs, target, lo, mid - 1)


print([fib(i) for i in range(15)])
print(gcd(48, 36), gcd(17, 4), gcd(1071, 462))
print(power(2, 10), power(3, 13), power(2, 100))
print(digit_sum(98765), digit_sum(2 ** 64))
nums = [1, 3, 5, 7, 9, 11, 13]
for t in [1, 7, 13, 4]:
    print(t, bsearch(nums, t, 0, len(nums) - 1))
