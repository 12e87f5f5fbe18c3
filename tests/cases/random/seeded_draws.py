"""random: seeded draws match CPython's Mersenne Twister number for number."""
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7))
print(random.randrange(9223372036854775807))
print(random.randrange(10**30), random.randint(-(10**20), 10**20))
print(random.getrandbits(8), random.getrandbits(100))
print(round(random.uniform(1, 2), 12), random.uniform(-1.5, 1.5))
print(random.gauss(), random.gauss(10, 2), random.gauss(mu=5.0, sigma=0.5))
print(random.normalvariate(0, 1), random.triangular(), random.triangular(0, 10, 2))
print(random.expovariate(2))

random.seed(-7)
print(random.random())
random.seed(2**100 + 12345)
print(random.random())
random.seed(True)
print(random.random())
