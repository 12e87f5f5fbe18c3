# An explicit raise of ValueError with a message, from inside a function.
def parse_percent(n: int) -> float:
    if n < 0 or n > 100:
        raise ValueError(f"percent out of range: {n}")
    return n / 100


for v in range(0, 151, 25):
    print(v, parse_percent(v))
