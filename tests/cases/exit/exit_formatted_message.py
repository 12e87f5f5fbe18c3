# sys.exit() with an f-string message built at runtime.
import sys


def check(balance: float, cost: float) -> None:
    if cost > balance:
        sys.exit(f"insufficient funds: need {cost:.2f}, have {balance:.2f}")
    print(f"paid {cost:.2f}")


check(10.0, 2.5)
check(7.5, 7.5)
check(0.0, 0.01)
print("unreachable")
