# Raising inside a loop and catching each time lets us count failures by kind.
def risky(n: int) -> int:
    if n % 5 == 0:
        raise ZeroDivisionError("n=" + str(n))
    if n % 3 == 0:
        raise ValueError("n=" + str(n))
    return n


ok = 0
zero = 0
bad = 0
total = 0
for n in range(1, 21):
    try:
        total += risky(n)
        ok += 1
    except ZeroDivisionError:
        zero += 1
    except ValueError:
        bad += 1
print("ok", ok, "zero", zero, "bad", bad)
print("total", total)
print(ok + zero + bad)
