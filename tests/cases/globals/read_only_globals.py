# Functions read module-level names without a global statement.
LIMIT = 10
RATE = 0.25
NAME = "molt"
DEBUG = False


def scaled(n: int) -> float:
    return n * RATE


def within(n: int) -> bool:
    return n < LIMIT


def greet() -> str:
    if DEBUG:
        return "debug " + NAME
    return "hello " + NAME


print(scaled(4), within(3), within(30), greet())
LIMIT = 2
RATE = 1.5
NAME = "world"
DEBUG = True
print(scaled(4), within(3), within(1), greet())
