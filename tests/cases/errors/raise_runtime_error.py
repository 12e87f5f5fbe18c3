# raise RuntimeError with a message after a loop.
steps = 0
x = 1
while x < 1000:
    x = x * 2 + 1
    steps += 1
    print(steps, x)
raise RuntimeError("loop finished after " + str(steps) + " steps")
