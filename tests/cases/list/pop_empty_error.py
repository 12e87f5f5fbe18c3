# pop() on an empty list raises IndexError.
stack = [1, 2]
print(stack.pop(), stack.pop())
print(stack, len(stack))
print(stack.pop())
