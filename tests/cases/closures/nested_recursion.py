# A nested function can call itself recursively and still read enclosing variables.
def flatten_sum(data: list[list[int]], bonus: int) -> int:
    def total(i: int) -> int:
        if i == len(data):
            return 0
        return sum(data[i]) + bonus + total(i + 1)

    return total(0)


def permutations(items: list[str]) -> list[str]:
    out: list[str] = []

    def go(prefix: str, rest: list[str]) -> None:
        if not rest:
            out.append(prefix)
            return
        for i in range(len(rest)):
            go(prefix + rest[i], rest[:i] + rest[i + 1:])

    go("", items)
    return out


def fib_table(n: int) -> list[int]:
    def fib(k: int) -> int:
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    return [fib(k) for k in range(n)]


print(flatten_sum([[1, 2], [3], [], [4, 5, 6]], 10))
print(permutations(["a", "b", "c"]))
print(fib_table(15))
