# *args is a tuple: indexing, slicing, membership, truthiness, printing; **kwargs a dict in call order.
def info(*args: int) -> None:
    if args:
        print(args[0], args[-1], args[1:], 3 in args, len(args))
    else:
        print("empty", args, not args)
    print(sorted(args), sum(args), list(args), f"{args}", str(args))
    for i, a in enumerate(args):
        print(i, a)


def greet(greeting: str, *names: str, sep: str = ", ", **extra: int) -> str:
    return greeting + " " + sep.join(names) + " " + str(extra)


info(1, 2, 3)
info()
info(*[5, 4])
print(greet("hi", "ann", "bob", sep=" & ", x=1, y=2))
print(greet("yo"))
words = ["a", "b"]
print(greet("hey", *words, z=3))
