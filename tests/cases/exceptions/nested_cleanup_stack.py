# Resources acquired in nested try/finally blocks are released in reverse order, even on error.
held: list[str] = []


def acquire(name: str) -> None:
    held.append(name)
    print("acquire", name, held)


def release(name: str) -> None:
    held.remove(name)
    print("release", name, held)


def job(fail_at: int) -> str:
    acquire("db")
    try:
        acquire("lock")
        try:
            acquire("file")
            try:
                if fail_at == 3:
                    raise IOError("write failed")
                return "job done"
            finally:
                release("file")
        finally:
            release("lock")
    finally:
        release("db")


print(job(0))
try:
    print(job(3))
except OSError as e:
    print("caught", type(e).__name__, e)
print("held at end", held)
