# An exception raised inside an except block escapes with the handled one chained as context.
def average(values: list[int]) -> float:
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        raise RuntimeError("cannot average an empty list")


print(average([1, 2, 3, 4]))
print(average([10]))
print(average([]))
print("unreachable")
