# Methods raise exceptions that are caught by callers; the object's state stays consistent.
class Stack:
    def __init__(self, capacity: int) -> None:
        self.items: list[int] = []
        self.capacity = capacity

    def push(self, x: int) -> None:
        if len(self.items) >= self.capacity:
            raise OverflowError(f"stack full at {self.capacity}")
        self.items.append(x)

    def pop(self) -> int:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


s = Stack(3)
for x in [1, 2, 3, 4, 5]:
    try:
        s.push(x)
        print("pushed", x)
    except OverflowError as e:
        print("push failed:", e)
print(s.items)
popped: list[int] = []
for _ in range(5):
    try:
        popped.append(s.pop())
    except IndexError as e:
        print("pop failed:", e)
print(popped, s.items)
empty: list[int] = []
try:
    empty.pop()
except IndexError as e:
    print("builtin:", e)
