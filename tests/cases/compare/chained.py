# Chained comparisons evaluate each operand at most once and short-circuit.
def val(label: str, v: int) -> int:
    print("eval", label)
    return v


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
print(0 <= 5 < 10, 0 <= 10 < 10, -5 < 0 <= 0)
x = 5
print(1 < x < 10, 5 <= x <= 5, 1 < x > 4, 10 > x < 6)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(1 == 1.0 < 2, 2.5 > 2 > 1.5)
print("result", val("a", 1) < val("b", 2) < val("c", 3))
print("result", val("a", 3) < val("b", 2) < val("c", 1))
print("result", val("a", 1) < val("b", 5) > val("c", 9))
print("result", val("a", 1) == val("b", 1) == val("c", 2) == val("d", 2))
for n in range(0, 25, 4):
    if 5 <= n < 15:
        print(n, "in [5, 15)")
    elif 15 <= n <= 20:
        print(n, "in [15, 20]")
    else:
        print(n, "outside")
print("a" < "b" < "c", "a" < "c" < "b")
