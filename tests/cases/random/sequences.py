"""random: choice, shuffle and sample over lists, strs and ranges."""
import random
from random import choice, randint, sample, seed, shuffle

seed(2024)
names = ["ada", "bob", "cy", "dee", "eve"]
print([choice(names) for _ in range(6)])
print(choice("molt"), choice(range(100, 200)))
deck = list(range(10))
shuffle(deck)
print(deck)
alias = deck
random.shuffle(deck)
print(alias, alias is deck)
print(sample(names, 3), sample(range(1000), 5))
print(random.sample(range(10), k=10))
print(randint(0, 1) + randint(0, 1))


def roll(sides):
    return randint(1, sides)


print([roll(20) for _ in range(8)])
