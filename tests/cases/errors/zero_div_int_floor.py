# int // 0 raises ZeroDivisionError after some output.
def average_bucket(total: int, count: int) -> int:
    return total // count


print(average_bucket(100, 7))
print(average_bucket(-100, 7))
print(average_bucket(2 ** 80, 3))
print(average_bucket(5, 0))
