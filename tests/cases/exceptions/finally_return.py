# try/except/else/finally ordering, including return inside finally overriding results.
def divide(a: int, b: int) -> str:
    try:
        q = a // b
    except ZeroDivisionError as e:
        print("  except:", e)
        return "failed"
    else:
        print("  else: q =", q)
        return f"q={q}"
    finally:
        print("  finally for", a, b)


def swallow(values: list[int], idx: int) -> int:
    try:
        return values[idx]
    finally:
        return -1


print(divide(7, 2))
print(divide(1, 0))
print(swallow([5, 6], 0), swallow([5, 6], 9))
