# Infinity in arithmetic, comparisons and conversions.
inf = float("inf")
ninf = float("-inf")
print(inf + 1, inf * -2, 1 / inf, -1 / inf, inf > 10 ** 400, ninf < -(10 ** 400))
print(inf == inf, inf - 1e308 == inf, max(inf, ninf), min(inf, 1e308))
print(float("1e309"), float("-1e309"), 1e308 * 10, -1e308 * 10)
print(float("infinity"), float("-Infinity"), float("+inf"), str(inf), repr(ninf))
print(inf // 1, inf % 2, divmod(5.0, inf), 5.0 % inf, -5.0 % inf)
print(10.0 ** 308, 2.0 ** -1075, (-inf) ** 3, inf ** -1)
x = 1.0
steps = 0
while x != inf:
    x *= 1e100
    steps += 1
print(steps, x, -x, x - x)
