# A retry loop calls a flaky operation until it succeeds or the attempt budget runs out.
class TransientError(Exception):
    pass


class Flaky:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def call(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(f"attempt {self.calls} timed out")
        return f"success on call {self.calls}"


def with_retries(op: Flaky, attempts: int) -> str:
    last = "never tried"
    for i in range(attempts):
        try:
            return op.call()
        except TransientError as e:
            last = str(e)
            print("  retrying after:", e)
    raise RuntimeError(f"gave up after {attempts} attempts; last error: {last}")


for failures in [0, 2, 5]:
    op = Flaky(failures)
    try:
        print(failures, with_retries(op, 3))
    except RuntimeError as e:
        print(failures, "failed:", e)
    print("  calls made", op.calls)
