# Mutually recursive functions.
def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n: int) -> int:
    """Hofstadter female sequence."""
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n: int) -> int:
    """Hofstadter male sequence."""
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


def ping(n: int) -> str:
    if n == 0:
        return "ping!"
    return "ping " + pong(n - 1)


def pong(n: int) -> str:
    if n == 0:
        return "pong!"
    return "pong " + ping(n - 1)


for n in range(8):
    print(n, is_even(n), is_odd(n))
print(is_even(300), is_odd(301))
f_line = ""
m_line = ""
for n in range(16):
    f_line += str(hof_f(n)) + " "
    m_line += str(hof_m(n)) + " "
print("F:", f_line)
print("M:", m_line)
print(ping(5))
print(pong(4))
