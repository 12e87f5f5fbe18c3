# Divisors, perfect numbers and amicable pairs via comprehensions.
def divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def proper_sum(n: int) -> int:
    return sum([d for d in range(1, n // 2 + 1) if n % d == 0])


print(divisors(28), divisors(1), divisors(13))
print([n for n in range(2, 10000) if proper_sum(n) == n])
counts = [len(divisors(n)) for n in range(1, 25)]
print(counts)
print([n for n in range(1, 100) if len(divisors(n)) == 9])
amicable = [(a, proper_sum(a)) for a in range(2, 1500) if proper_sum(a) > a and proper_sum(proper_sum(a)) == a]
print(amicable)
