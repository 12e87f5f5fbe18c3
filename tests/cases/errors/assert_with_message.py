# A failing assert with a message.
def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


assert collatz_len(1) == 0
assert collatz_len(27) == 111, "known value"
print("27 takes", collatz_len(27), "steps")
for n in range(1, 10):
    assert collatz_len(n) < 17, f"collatz({n}) took {collatz_len(n)} steps"
    print(n, collatz_len(n))
