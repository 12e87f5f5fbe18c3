# A local that shadows a global leaves the global untouched; a global
# statement makes assignment reach the module variable.
value = 1


def local_only() -> int:
    value = 50
    value += 1
    return value


def through_global() -> int:
    global value
    value = value * 10
    return value


def read_it() -> int:
    return value + 0


print(local_only(), value)
print(through_global(), value)
print(read_it())
print(local_only(), value)
print(through_global(), through_global(), value)
if __name__ == "__main__":
    value = -1
    print(read_it(), local_only(), through_global())
