# == and != between strings built in different ways.
a = "hello world"
b = "hello" + " " + "world"
c = "hello world "
print(a == b, a != b, a == c, a != c)
d = ""
for i in range(3):
    d += "ab"
print(d == "ababab", d == "ab" * 3, d != "abab")
print("" == "", "" != " ", "a" == "A")
print("1" == str(1), "1.0" == str(1.0), "True" == str(True))
print("é" == "\u00e9", "é" == "e\u0301", "\u00e9" == "\xe9")
name = "Ada"
greeting = f"Hi {name}"
print(greeting == "Hi Ada", greeting == "Hi " + name)
x = "abc"
y = "abd"
if x == y:
    print("same")
elif x < y:
    print(x, "sorts before", y)
else:
    print(x, "sorts after", y)
count = 0
found = ""
for i in range(100):
    if str(i) in str(i * i) and str(i * i) != str(i):
        count += 1
        found += str(i) + " "
print(count, found)
print(str(25 * 25) == "625", str(76 * 76) == "5776", str(9 * 9) == "18")
