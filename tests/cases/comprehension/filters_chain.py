# Chains of comprehensions: each stage feeding the next.
raw = ["  Alice ", "bob", "", "  ", "CHARLIE", "dave  ", "eve"]
stripped = [r.strip() for r in raw]
nonempty = [s for s in stripped if s != ""]
normal = [s.capitalize() for s in nonempty]
print(stripped)
print(nonempty)
print(normal)
short = [s for s in normal if len(s) <= 3]
print(short, len(short))
primes = [n for n in range(2, 60) if all([n % d != 0 for d in range(2, n) if d * d <= n])]
print(primes)
twin = [(p, p + 2) for p in primes if p + 2 in primes]
print(twin)
