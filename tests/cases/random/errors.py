"""random: bad arguments raise CPython's exceptions."""
import random


def draw(label, start, stop, step):
    try:
        print(label, random.randrange(start, stop, step))
    except ValueError as e:
        print(label, type(e).__name__, e)


try:
    random.randrange(0)
except ValueError as e:
    print("randrange(0):", e)
try:
    random.randrange(5, 2)
except ValueError as e:
    print("randrange(5, 2):", e)
draw("step -2", 1, 10, -2)
draw("step 0", 1, 5, 0)
draw("big", 10**20, 10**19, 1)
try:
    random.randint(5, 2)
except ValueError as e:
    print("randint(5, 2):", e)
empty: list[int] = []
try:
    random.choice(empty)
except IndexError as e:
    print("choice([]):", type(e).__name__, e)
try:
    random.choice("")
except IndexError as e:
    print("choice(''):", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("sample:", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("getrandbits(-1):", e)
random.seed(5)
print(random.choice([1, 2, 3]))
random.choice(empty)
