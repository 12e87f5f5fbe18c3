# Containment and list equality test identity before ==, so the same nan object matches itself.
nan = float("nan")
xs = [nan, 1.0]
print(nan in xs, xs == xs, [nan] == [nan], xs.count(nan), xs.index(nan))
