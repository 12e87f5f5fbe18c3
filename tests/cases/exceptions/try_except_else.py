# The else clause runs only when the try body raised nothing.
def divide_report(a: int, b: int) -> str:
    try:
        q = a // b
    except ZeroDivisionError:
        print("  handler ran for", a, b)
        return "undefined"
    else:
        print("  else ran for", a, b)
        return str(q)


for a, b in [(10, 3), (7, 0), (-9, 2), (0, 0), (100, 10)]:
    print(a, b, "->", divide_report(a, b))

count = 0
for s in ["1", "two", "3"]:
    try:
        n = int(s)
    except ValueError:
        print("skip", s)
    else:
        count += n
        print("added", n)
print("count", count)
