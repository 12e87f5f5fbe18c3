# Builtin class patterns int(n) / str(s) narrow a union-typed subject.
def describe(v: int | str) -> str:
    match v:
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}, doubled {n * 2}"
        case str(""):
            return "empty string"
        case str(s):
            return f"string {s!r} of length {len(s)}"
    return "?"


values: list[int | str] = [0, -4, 21, "", "hello"]
for v in values:
    print(describe(v))
count_ints = 0
for v in values:
    match v:
        case int():
            count_ints += 1
        case _:
            pass
print("ints:", count_ints)
