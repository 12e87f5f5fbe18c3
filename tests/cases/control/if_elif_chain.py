# if/elif/else chains picking exactly one branch.
def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


for s in range(45, 101, 5):
    print(s, grade(s))
t = 15.5
if t < 0.0:
    print("freezing")
elif t < 10.0:
    print("cold")
elif t < 20.0:
    print("mild")
elif t < 30.0:
    print("warm")
else:
    print("hot")
n = 0
if n:
    print("n is truthy")
elif n == 0:
    print("n is zero")
if n > 5:
    print("never")
print("done")
