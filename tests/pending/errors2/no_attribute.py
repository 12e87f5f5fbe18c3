# Calling a missing method raises AttributeError.
stack = [1, 2]
stack.append(3)
print(stack)
print(hasattr(stack, "append"), hasattr(stack, "push"))
top = stack.pop()
print(top, stack)
stack.extend([4, 5])
print(stack)
stack.push(4)
