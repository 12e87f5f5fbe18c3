# insert() clamps its index; pop() takes negative indexes.
xs = [1, 2, 3]
xs.insert(0, 0)
xs.insert(100, 99)
xs.insert(-1, 50)
xs.insert(-100, -1)
print(xs)
xs.insert(len(xs), 7)
xs.insert(2, 2)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(1))
print(xs)
empty: list[str] = []
empty.insert(5, "a")
empty.insert(-5, "b")
print(empty)
stack: list[int] = []
for i in range(5):
    stack.insert(0, i)
print(stack, [stack.pop(-1) for _ in range(3)], stack)
