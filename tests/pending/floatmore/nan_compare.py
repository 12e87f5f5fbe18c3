# NaN compares unequal to everything, including itself.
nan = float("nan")
other = float("nan")
print(nan == nan, nan != nan, nan == other, nan < 1.0, nan > 1.0, nan <= nan, nan >= nan)
print(1.0 < nan, 1.0 == nan, 1 == nan, 2 ** 100 < nan)
xs = [3.0, nan, 1.0]
print(min(xs), max(xs), min([nan, 1.0]), max([nan, 1.0]))
print(sorted([2.0, 1.0, nan, 0.5]))
print(nan in [nan], [nan] == [nan], xs.count(nan), xs.index(nan))
print(float("-nan"), float("NaN"), -nan, abs(-nan), nan * 0, nan ** 0, 1 ** nan)
inf = float("inf")
print(inf - inf, inf * 0, inf / inf, 0 * inf == 0 * inf)
y = nan
print(y is nan, y == y, [y] == [y])
