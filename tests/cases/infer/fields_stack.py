# An unannotated stack class used to evaluate RPN expressions and check brackets.
class Stack:
    def __init__(self):
        self.data = []

    def push(self, x):
        self.data.append(x)

    def pop(self):
        return self.data.pop()

    def peek(self):
        return self.data[-1]

    def empty(self):
        return len(self.data) == 0

    def __len__(self):
        return len(self.data)


def rpn(expr):
    st = Stack()
    for tok in expr.split():
        if tok in "+-*":
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.push(a + b)
            elif tok == "-":
                st.push(a - b)
            else:
                st.push(a * b)
        else:
            st.push(int(tok))
    return st.pop()


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.empty() or st.pop() != pairs[ch]:
                return False
    return st.empty()


print(rpn("3 4 +"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * -"))
for s in ["([]{})", "([)]", "((", ""]:
    print(repr(s), balanced(s))
st = Stack()
for i in range(4):
    st.push(i * i)
print(len(st), st.peek(), st.pop(), len(st), st.data)
