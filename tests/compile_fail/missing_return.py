def f(n: int) -> int:
    if n > 0:
        return n
