# Messages of errors raised by common builtins, printed with type name and str.
def show(e: Exception) -> None:
    print(type(e).__name__ + ":", e)


try:
    int("x")
except ValueError as e:
    show(e)
try:
    int("12", 2)
except ValueError as e:
    show(e)
try:
    d = {"a": 1}
    print(d["b"])
except KeyError as e:
    show(e)
try:
    xs = [1, 2]
    print(xs[2])
except IndexError as e:
    show(e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    show(e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    show(e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    show(e)
try:
    print(float("1.2.3"))
except ValueError as e:
    show(e)
