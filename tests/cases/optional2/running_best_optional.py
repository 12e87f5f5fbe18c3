# Tracking a best-so-far `int | None` / instance `| None` while scanning; None until the first qualifying item.
class Bid:
    def __init__(self, bidder: str, amount: int):
        self.bidder = bidder
        self.amount = amount


def smallest_even(nums: list[int]) -> int | None:
    best: int | None = None
    for n in nums:
        if n % 2 == 0 and (best is None or n < best):
            best = n
    return best


def first_over(nums: list[int], limit: int) -> int | None:
    i = 0
    while i < len(nums):
        if nums[i] > limit:
            return i
        i += 1
    return None


def winner(bids: list[Bid], reserve: int) -> Bid | None:
    top: Bid | None = None
    for b in bids:
        if b.amount < reserve:
            continue
        if top is None or b.amount > top.amount:
            top = b
    return top


print(smallest_even([7, 4, 9, 2, 8]), smallest_even([1, 3, 5]), smallest_even([]))
print(first_over([1, 5, 10, 3], 4), first_over([1, 2], 4), first_over([9], -1))
bids = [Bid("ann", 120), Bid("bob", 95), Bid("cy", 150), Bid("dee", 150)]
for reserve in [100, 150, 151]:
    w = winner(bids, reserve)
    if w is None:
        print(reserve, "no sale")
    else:
        print(reserve, w.bidder, w.amount)
idx = first_over([b.amount for b in bids], 100)
if idx is not None:
    print("first over 100:", bids[idx].bidder)
lo: int | None = None
hi: int | None = None
for b in bids:
    if lo is None or b.amount < lo:
        lo = b.amount
    if hi is None or b.amount > hi:
        hi = b.amount
print(lo, hi)
