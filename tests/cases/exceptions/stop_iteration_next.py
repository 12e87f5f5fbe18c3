# next() on an exhausted iterator raises StopIteration, which can be caught like any exception.
def first_even(nums: list[int]) -> int:
    it = iter(nums)
    while True:
        try:
            n = next(it)
        except StopIteration:
            return -1
        if n % 2 == 0:
            return n


print(first_even([3, 5, 8, 10]))
print(first_even([1, 3]))
print(first_even([]))

it = iter(["a", "b"])
print(next(it), next(it))
try:
    print(next(it))
except StopIteration as e:
    print("exhausted", type(e).__name__, repr(str(e)))
print(next(it, "default"))
