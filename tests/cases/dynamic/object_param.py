# Functions taking parameters annotated `object`.
def describe(x: object) -> str:
    return type(x).__name__ + ":" + repr(x)

def size(x: object) -> object:
    if isinstance(x, int):
        return x
    return len(x)

def double(x: object) -> object:
    return x + x

for v in [1, "s", 2.5, [1], (2,), None, True]:
    print(describe(v))
print(size(5), size("abc"), size([1, 2]), size({"k": 0}))
print(double(3), double("ab"), double([0]), double(1.25))
print(describe(describe(1)))
def first(xs: object) -> object:
    for x in xs:
        if x is not None:
            return x
    return None
print(first("xyz"), first([9, 8]), first(()), first({"k": 1}))
