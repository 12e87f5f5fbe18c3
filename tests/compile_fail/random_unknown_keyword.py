import random

print(random.gauss(sigma=2.0, scale=3))
