# int() does not accept a decimal point in its string argument.
print(int("3"), float("3.5"), int(3.5))
s = "3.5"
print(s, len(s))
print(int(s))
