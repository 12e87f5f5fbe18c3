# Global float and str accumulators, written from several functions.
log = ""
balance = 0.0
ops = 0


def deposit(amount: float) -> None:
    global balance, ops, log
    balance += amount
    ops += 1
    log += "+" + str(amount)


def withdraw(amount: float) -> bool:
    global balance, ops, log
    if amount > balance:
        log += "!" + str(amount)
        return False
    balance -= amount
    ops += 1
    log += "-" + str(amount)
    return True


deposit(100.0)
deposit(0.1)
deposit(0.2)
print(withdraw(50.5), withdraw(1000.0), withdraw(49.8))
print(balance, ops)
print(log)
print(f"{balance:.2f}")
