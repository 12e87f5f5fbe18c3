# `nonlocal` needs the enclosing function to have the variable.
def outer() -> int:
    def inner() -> None:
        nonlocal total
        total = 1

    inner()
    return 0


print(outer())
