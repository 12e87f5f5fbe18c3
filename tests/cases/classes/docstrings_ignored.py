# Classes and methods with docstrings behave exactly like ones without.
class Stack:
    """A simple LIFO stack of integers."""

    def __init__(self):
        """Start empty."""
        self.items: list[int] = []

    def push(self, v: int):
        """Push a value."""
        self.items.append(v)

    def pop(self) -> int:
        """Pop the top value.

        The stack must not be empty.
        """
        return self.items.pop()

    def size(self) -> int:
        """Return the number of items."""
        return len(self.items)

    @staticmethod
    def kind() -> str:
        """Describe the structure."""
        return "lifo"


class Empty:
    """Only a docstring in the body."""


s = Stack()
for i in range(5):
    s.push(i * i)
print(s.size(), s.pop(), s.pop(), s.size())
print(Stack.kind(), s.items)
e = Empty()
print(type(e).__name__)
