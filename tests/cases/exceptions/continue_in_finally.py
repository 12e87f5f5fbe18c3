# continue inside a finally clause discards the in-flight exception and moves to the next iteration.
def check(n: int) -> int:
    if n % 2 == 1:
        raise ValueError("odd " + str(n))
    return n


total = 0
for n in range(6):
    try:
        total += check(n)
        print("ok", n)
    finally:
        print("finally", n)
        continue
print("total", total)

count = 0
for n in [2, 3, 4]:
    try:
        try:
            check(n)
        finally:
            count += 1
    except ValueError as e:
        print("outer caught", e)
print("count", count)
