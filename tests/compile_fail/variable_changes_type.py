x = 1
x = "one"
print(x)
