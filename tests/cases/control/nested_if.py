# Nested if statements with every combination of outcomes.
def describe(a: int, b: int) -> str:
    if a > 0:
        if b > 0:
            return "both positive"
        else:
            if b == 0:
                return "a positive, b zero"
            return "a positive, b negative"
    else:
        if a == 0:
            if b == 0:
                return "both zero"
            return "a zero"
        else:
            if b < 0:
                return "both negative"
    return "a negative, b non-negative"


for a in range(-1, 2):
    for b in range(-1, 2):
        print(a, b, describe(a, b))
x = 42
if x > 10:
    if x > 20:
        if x > 40:
            if x > 50:
                print("over 50")
            else:
                print("between 41 and 50")
