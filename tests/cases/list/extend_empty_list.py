# list.extend() with an empty list display (rustc: expected `&List<Int>`, found `&List<()>`).
xs = [1, 2]
xs.extend([])
xs += []
print(xs)
