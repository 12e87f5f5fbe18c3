# A bare `raise` re-raises the exception being handled: outside an `except` block there is none.
def fail() -> None:
    raise


fail()
