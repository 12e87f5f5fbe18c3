# Conditional expressions, nested and with side effects.
def loud(label: str, v: int) -> int:
    print("  eval", label)
    return v


for n in range(-2, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
x = 10
y = 20
print(x if x > y else y, x if x < y else y)
a = 3.5 if x > 5 else -1.5
print(a)
print(loud("yes", 1) if True else loud("no", 2))
print(loud("yes", 1) if False else loud("no", 2))
parity = "even" if x % 2 == 0 else "odd"
print(parity)
print((1 if x else 0) + (1 if y else 0), 100 + (5 if x > 100 else -5))
print("big" if 2 ** 100 > 10 ** 30 else "small")
for i in range(1, 16):
    print("fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else str(i), end=" ")
print()
abs_val = -x if x < 0 else x
print(abs_val, (-7 if -7 >= 0 else 7))
print(f"{'yes' if x < y else 'no'}")
