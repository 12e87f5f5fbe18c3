# inf and nan: comparisons are always False for nan, inf absorbs finite values.
inf = float("inf")
nan = float("nan")
ninf = float("-inf")
nan2 = float("nan")
inf2 = float("inf")
print(inf, ninf, nan, -nan, abs(ninf))
print(nan == nan2, nan != nan2, nan < 1.0, nan > 1.0, nan <= nan2, nan >= 0.0)
print(inf == inf2, inf > 1e308, ninf < -1e308, inf == -ninf, inf > ninf)
print(inf + 1.0, inf * 2.0, inf - inf2, inf * 0.0, inf / inf2, 1.0 / inf, -1.0 / inf)
print(nan + 1.0, nan * 0.0, max(1.0, 2.0), min(inf, 5.0), max(ninf, -5.0))
print(float("Infinity"), float("-INF"), float("nan"), float("NaN"), float("-nan"))
print(inf > 10 ** 400, ninf < -(10 ** 400), 10 ** 400 < inf, nan == 10 ** 400)
vals = [3.0, inf, -2.0, ninf, 0.0]
print(sorted(vals), max(vals), min(vals))
print(inf in [inf], nan in [1.0, 2.0], [inf] == [inf])
x = nan
print(x != x, x == x, not (x < 0.0 or x >= 0.0))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
