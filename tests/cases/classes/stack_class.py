# A stack class backed by a list: push/pop/peek/is_empty, used to check balanced brackets.
class Stack:
    def __init__(self):
        self.items: list[str] = []

    def push(self, item: str):
        self.items.append(item)

    def pop(self) -> str:
        return self.items.pop()

    def peek(self) -> str:
        return self.items[-1]

    def is_empty(self) -> bool:
        return len(self.items) == 0

    def size(self) -> int:
        return len(self.items)


def balanced(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()


s = Stack()
for w in ["a", "b", "c"]:
    s.push(w)
print(s.size(), s.peek(), s.pop(), s.peek(), s.size())
print(s.is_empty(), s.pop(), s.pop(), s.is_empty())
for text in ["()", "([]{})", "(]", "((", "a(b[c]{d}e)f", ""]:
    print(repr(text), balanced(text))
