# Compound conditions in if statements and while loops.
def classify(n: int) -> str:
    if n > 0 and n % 2 == 0:
        return "positive even"
    if n > 0 and not n % 2 == 0:
        return "positive odd"
    if n == 0 or n == -0:
        return "zero"
    return "negative"


for n in range(-2, 5):
    print(n, classify(n))
year = 1796
while year <= 2110:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    print(year, leap)
    year += 52
i = 0
j = 10
while i < 10 and j > 0 and not i == j:
    i += 1
    j -= 1
print(i, j)
s = "needle"
hay = "haystack with a needle in it"
if s in hay and len(s) > 3 or len(hay) == 0:
    print("found", s)
x = 5
y = 0
if y != 0 and x / y > 1 or x > 3:
    print("guarded")
