# finally runs whether the try body finishes normally or raises, and in the right order.
log: list[str] = []


def work(n: int) -> int:
    log.append("start " + str(n))
    try:
        if n < 0:
            raise ValueError("negative: " + str(n))
        log.append("body ok")
        return n * 2
    finally:
        log.append("cleanup " + str(n))


print(work(3))
try:
    print(work(-2))
except ValueError as e:
    log.append("caught " + str(e))
print(work(0))
for line in log:
    print(line)
print(len(log))
