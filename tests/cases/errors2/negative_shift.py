# Shifting by a negative count raises ValueError: negative shift count.
x = 1
for k in [3, 2, 1, 0, -1]:
    print(k, x << k, 256 >> k)
