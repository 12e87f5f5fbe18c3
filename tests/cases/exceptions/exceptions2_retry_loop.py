# A retry loop around an operation that fails a fixed number of times before succeeding.
class TransientError(Exception):
    pass

class Service:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def fetch(self, key: str) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(f"attempt {self.calls} timed out")
        return key.upper()

def with_retry(service: Service, key: str, attempts: int) -> str:
    for attempt in range(1, attempts + 1):
        try:
            return service.fetch(key)
        except TransientError as e:
            print("  retry", attempt, "after:", e)
    raise RuntimeError(f"gave up after {attempts} attempts")


for fails in [0, 2, 5]:
    svc = Service(fails)
    try:
        print("result:", with_retry(svc, "data", 3), "calls:", svc.calls)
    except RuntimeError as gave_up:
        print("error:", gave_up, "| calls:", svc.calls)
