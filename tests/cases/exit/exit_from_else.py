# sys.exit() placed in the else clauses of a for loop and of a while loop; the
# for-else is skipped by break, the while-else one finally fires.
import sys


def search(limit: int) -> None:
    for i in range(limit):
        if i * i > 50:
            print("square above 50 at", i)
            break
    else:
        print("no square above 50 below", limit)
        sys.exit(7)


def countdown(start: int, stop_at: int) -> None:
    n = start
    while n > 0:
        if n == stop_at:
            print("stopped early at", n)
            break
        n -= 1
    else:
        print("countdown from", start, "finished")
        sys.exit(8)


search(20)
countdown(10, 4)
search(9)
countdown(3, 5)
print("unreachable")
