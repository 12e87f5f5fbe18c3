# FizzBuzz and friends built with conditional expressions in comprehensions.
fb = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 21)]
print(fb)
print(" ".join(fb))
print(len([w for w in fb if w == "Fizz"]), len([w for w in fb if w.isdigit()]))
signs = ["+" if n > 0 else "-" if n < 0 else "0" for n in [3, -2, 0, 7, -1]]
print("".join(signs))
clipped = [0 if v < 0 else 10 if v > 10 else v for v in [-5, 3, 12, 10, 0]]
print(clipped)
parity = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(parity)
grid = [["#" if (r + c) % 2 == 0 else "." for c in range(6)] for r in range(3)]
for row in grid:
    print("".join(row))
