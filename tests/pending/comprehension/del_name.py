# del on a plain name unbinds it; the name can be bound again.
x = 5
del x
x = 6
print(x)
a = [1, 2, 3]
b = a
del a
print(b)
