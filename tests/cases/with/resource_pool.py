# A resource-pool style manager that hands out and returns connection slots.
from typing import Optional


class Pool:
    def __init__(self, size: int) -> None:
        self.free = list(range(size))
        self.log: list[str] = []

    def acquire(self) -> "Lease":
        return Lease(self)


class Lease:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.slot = -1

    def __enter__(self) -> int:
        self.slot = self.pool.free.pop(0)
        self.pool.log.append("take " + str(self.slot))
        return self.slot

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        self.pool.free.append(self.slot)
        self.pool.log.append("give " + str(self.slot))
        return False


pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print("using", a, b, "free:", pool.free)
    print("free after inner:", pool.free)
try:
    with pool.acquire() as c:
        raise RuntimeError("query failed on " + str(c))
except RuntimeError as e:
    print(e)
print(pool.free)
print(pool.log)
