# Deeper recursion: Ackermann, Tower of Hanoi, and a recursive binary printer.
def ack(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


moves = 0


def hanoi(n: int, src: str, dst: str, via: str, show: bool) -> None:
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, show)
    moves += 1
    if show:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src, show)


def to_binary(n: int) -> str:
    if n < 2:
        return str(n)
    return to_binary(n // 2) + str(n % 2)


for m in range(3):
    for n in range(4):
        print("ack", m, n, "=", ack(m, n))
print("ack 3 3 =", ack(3, 3))
hanoi(3, "A", "C", "B", True)
print("moves:", moves)
moves = 0
hanoi(12, "A", "C", "B", False)
print("moves for 12 disks:", moves)
print(to_binary(0), to_binary(5), to_binary(255), to_binary(2 ** 70 + 3))
