# Returning from inside try still runs finally, and the returned value is computed before finally.
log: list[str] = []


def get_item(items: list[int], i: int) -> int:
    try:
        log.append("lookup " + str(i))
        return items[i]
    finally:
        log.append("done " + str(i))


def snapshot(items: list[int]) -> list[int]:
    try:
        return list(items)
    finally:
        items.append(999)


print(get_item([5, 6, 7], 1))
try:
    print(get_item([5, 6, 7], 9))
except IndexError as e:
    print("index error:", e)
print(log)
data = [1, 2]
print(snapshot(data), data)

def counter() -> int:
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees", n)
print(counter())
