# Capture patterns bind the subject; the wildcard matches without binding.
def classify(n: int) -> str:
    match n:
        case 0:
            return "zero"
        case other:
            return "nonzero " + str(other * 2)


for n in [0, 3, -7]:
    print(classify(n))
value = 41
match value + 1:
    case captured:
        print("captured", captured)
print("after match", captured)
word = "spam"
match word:
    case _:
        print("wildcard always matches")
total = 0
for v in [1, 2, 3]:
    match v:
        case 2:
            total += 100
        case x:
            total += x
print(total)
match (1, 2):
    case (_, second):
        print("second is", second)
