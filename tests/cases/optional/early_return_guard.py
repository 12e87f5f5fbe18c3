# Early returns on None narrow the Optional for the rest of the function.
def lookup_age(name: str) -> int | None:
    ages = {"ann": 31, "bob": 17, "cy": 65}
    if name in ages:
        return ages[name]
    return None


def category(name: str) -> str:
    age = lookup_age(name)
    if age is None:
        return name + ": unknown"
    if age < 18:
        return name + ": minor (" + str(age) + ")"
    if age >= 65:
        return name + ": senior (" + str(age) + ")"
    return name + ": adult, " + str(18 + (age - 18)) + " years"


def years_until(name: str, target: int) -> int:
    age = lookup_age(name)
    if age is None:
        return -1
    return max(0, target - age)


for n in ["ann", "bob", "cy", "dan"]:
    print(category(n))
print([years_until(n, 40) for n in ["ann", "bob", "cy", "dan"]])
