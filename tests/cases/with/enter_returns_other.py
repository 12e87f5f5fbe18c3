# __enter__ returning a different object (a list) that is bound by `as`.
from typing import Optional


class Collector:
    def __init__(self, label: str) -> None:
        self.label = label
        self.items: list[str] = []

    def __enter__(self) -> list[str]:
        print("collecting for", self.label)
        return self.items

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> None:
        print(self.label, "collected", len(self.items), "items:", ", ".join(self.items))


mgr = Collector("fruit")
with mgr as bucket:
    bucket.append("apple")
    bucket.append("pear")
    print(type(bucket).__name__)
print(mgr.items)
with Collector("none") as empty:
    pass
print(empty)
