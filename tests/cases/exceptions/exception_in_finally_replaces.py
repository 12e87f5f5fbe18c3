# An exception raised in finally replaces the one in flight, which becomes its __context__.
def cleanup_fails(n: int) -> int:
    try:
        if n == 0:
            raise ValueError("original")
        return n
    finally:
        if n <= 1:
            raise RuntimeError("cleanup failed")


for n in [0, 1, 2]:
    try:
        print(n, "->", cleanup_fails(n))
    except RuntimeError as e:
        ctx = e.__context__
        print(n, "RuntimeError:", e)
        if ctx is None:
            print("  no context")
        else:
            print("  context:", type(ctx).__name__, ctx)
    except ValueError as e:
        print(n, "ValueError escaped:", e)
