# and/or return one of their operands, not necessarily a bool.
x = 0
y = 7
print(x or 5, y or 5, x and 5, y and 5)
print(x or y, y or x, x and y, y and x)
print(0 or 0, 3 and 0, -1 or 9, -1 and 9)
f = 0.0
g = 2.5
print(f or 1.5, g or 1.5, f and 1.5, g and 1.5)
print(-0.0 or 3.0, -0.0 and 3.0)
s = ""
t = "text"
print(s or "default", t or "default", repr(s and "other"), t and "other")
print(repr("" or ""), "a" or "b" or "c", "" or "" or "c")
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 4, 1 or 0 and 0)
b = True
c = False
print(b and c, b or c, c or b, c and b, c or c)
limit = 0
value = limit or 100
print(value)
name = ""
greeting = "Hello, " + (name or "world")
print(greeting)
count = 3
print(count and count * 2, (count - 3) and count * 2)
big = 2 ** 100
print(big or 1, big and 1, (big - big) or -1)
