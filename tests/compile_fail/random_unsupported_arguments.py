import random

random.seed("a string")
print(random.choice((1, 2, 3)))
print(random.randrange(1.5))
