# Loops that take numbers apart digit by digit.
def reverse_number(n: int) -> int:
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def is_palindrome(n: int) -> bool:
    return n == reverse_number(n)


def is_armstrong(n: int) -> bool:
    k = len(str(n))
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


pals = ""
for n in range(100, 200):
    if is_palindrome(n):
        pals += str(n) + " "
print(pals)
arm = ""
for n in range(1, 10000):
    if is_armstrong(n):
        arm += str(n) + " "
print(arm)
n = 89
steps = 0
while not is_palindrome(n) and steps < 100:
    n = n + reverse_number(n)
    steps += 1
print(n, steps)
print(reverse_number(1200), reverse_number(2 ** 64))
