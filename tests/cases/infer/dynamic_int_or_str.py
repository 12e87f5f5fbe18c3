# Unannotated functions returning an int or a str (or None) depending on the input.
def parse(s):
    if s.isdigit():
        return int(s)
    return s


def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return n


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


for tok in ["42", "abc", "7", "x9"]:
    v = parse(tok)
    print(repr(v), type(v).__name__)
print([fizz(i) for i in range(1, 16)])
total = 0
for i in range(1, 16):
    r = fizz(i)
    if isinstance(r, int):
        total += r
print(total)
print(find([5, 6, 7], 6), find([5, 6, 7], 9), find(["a", "b"], "b"))
