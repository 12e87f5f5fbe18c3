# Fibonacci numbers with parallel assignment, growing past 64 bits.
def fib(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


print(fib(0), fib(1), fib(2), fib(10))
print(fib(90), fib(92), fib(93), fib(94))
print(fib(100))
print(fib(200))
print(fib(300))
a = 0
b = 1
count = 0
while b < 10 ** 40:
    a, b = b, a + b
    count += 1
print(count, b)
# Cassini's identity: F(n-1) * F(n+1) - F(n)^2 = (-1)^n
for n in range(95, 101):
    print(n, fib(n - 1) * fib(n + 1) - fib(n) * fib(n))
print(fib(150) % fib(75) == 0)
