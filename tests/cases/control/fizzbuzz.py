# Classic FizzBuzz, written three ways.
for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)


def fizz(n: int) -> str:
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    return out or str(n)


line = ""
i = 85
while i <= 105:
    line = line + fizz(i) + " "
    i += 1
print(line)
print(fizz(3) + fizz(5) + fizz(15) + fizz(7))
