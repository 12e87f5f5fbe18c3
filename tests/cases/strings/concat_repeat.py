# String concatenation with + and repetition with *.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, 3 * a, a * 1, repr(a * 0), repr(a * -2))
print("-" * 20)
print("ab" * 2 + "c" * 3)
print((a + b) * 2)
print(repr("" * 100))
s = ""
for i in range(5):
    s = s + str(i)
print(s, len(s))
t = "x"
for i in range(4):
    t = t + t
print(t, len(t))
n = 3
print("=" * n + ">" + " " * (10 - n) + "|")
print("na" * 8 + " batman")
u = "é"
print(u * 5, len(u * 5))
print("😀" * 3 + "!" + "日本" * 2)
big = "ab" * 1000
print(len(big), len(big + big), len(big * 3))
v = "line"
v += "\n"
v *= 2
print(v, end="")
print(repr(v))
