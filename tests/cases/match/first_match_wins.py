# Cases are tried top to bottom; the first match wins and no match runs nothing.
def grade(score: int) -> str:
    match score:
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


print([grade(s) for s in [95, 90, 85, 72, 50]])
hits = 0
for n in [1, 2, 3, 4]:
    match n:
        case 2:
            hits += 10
        case 4:
            hits += 100
print(hits)
result = "unset"
match "zzz":
    case "a":
        result = "a"
    case "b":
        result = "b"
print(result)
match [1, 2]:
    case [a, b]:
        print("first sequence case", a, b)
    case [1, 2]:
        print("shadowed literal case")
