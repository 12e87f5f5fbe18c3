# Adding an int and a str taken from a mixed list raises TypeError.
def total_of(items: list) -> int:
    total = 0
    for item in items:
        total = total + item
        print("running", total)
    return total


print(total_of([1, 2, 3]))
print(total_of([]))
print(total_of([1, 2, "3", 4]))
