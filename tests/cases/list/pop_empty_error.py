# pop() on an empty list raises IndexError.
stack = [1, 2]
stack.append(3)
total = 0
while len(stack) > 0:
    top = stack.pop()
    total += top
    print("popped", top, "left", stack)
print("total", total, len(stack))
stack.append(9)
print(stack.pop(), stack)
print(stack.pop())
