class Stack(list):
    pass


s = Stack()
s.append(1)
# Naming the class other than in a call tells it from list.
print(isinstance(s, Stack))
