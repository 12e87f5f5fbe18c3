# Matching on a tuple of values, e.g. FizzBuzz and a 2-argument dispatch.
def fizzbuzz(n: int) -> str:
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


def combine(op: str, flag: bool) -> str:
    match op, flag:
        case "add", True:
            return "checked add"
        case "add", False:
            return "add"
        case (o, True):
            return "checked " + o
        case (o, _):
            return o


print(" ".join([fizzbuzz(i) for i in range(1, 16)]))
for op in ["add", "mul"]:
    for flag in [True, False]:
        print(op, flag, combine(op, flag))
a = 3
b = 4
match (a > b, a == b):
    case (True, _):
        print("a bigger")
    case (_, True):
        print("equal")
    case _:
        print("b bigger")
