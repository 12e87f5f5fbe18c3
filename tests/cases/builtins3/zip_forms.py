# zip stops at the shortest input; strict=True checks lengths.
a = [1, 2, 3]
b = ["x", "y", "z", "w"]
print(list(zip(a, b)), list(zip(b, a)), list(zip(a, "ab")))
print(list(zip(a, b, [True, False, True])))
print(dict(zip(b, a)), list(zip(range(3), range(10, 13), strict=True)))
for x, y in zip("abc", range(3), strict=True):
    print(x, y)
pairs = list(zip(a, [v * v for v in a]))
print(pairs, [p[0] + p[1] for p in pairs])
print(list(zip(a, b[:3], strict=True)))
