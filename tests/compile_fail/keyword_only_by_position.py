# A keyword-only parameter (after `*`) cannot be passed by position.
def join(a: str, b: str, *, sep: str = ",") -> str:
    return a + sep + b


print(join("x", "y", "-"))
