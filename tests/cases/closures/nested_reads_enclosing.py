# Nested functions read the enclosing function's parameters and locals (no nonlocal needed for reads).
def describe(name: str, age: int) -> str:
    prefix = "Person"

    def label() -> str:
        return prefix + ":" + name

    def years(extra: int) -> int:
        return age + extra

    return label() + " is " + str(age) + ", in 5 years " + str(years(5))


def scale_all(xs: list[int], factor: int) -> list[int]:
    def one(x: int) -> int:
        return x * factor

    return [one(x) for x in xs]


print(describe("Ann", 30))
print(describe("Bob", 7))
print(scale_all([1, 2, 3], 10))
print(scale_all([], 4))
print(scale_all([-5, 0, 5], -2))
