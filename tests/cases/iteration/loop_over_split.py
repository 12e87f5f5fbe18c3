# Looping over the result of split(): a tiny command interpreter.
program = "push 3 push 4 add push 5 mul dup add print"
stack: list[int] = []
tokens = program.split()
i = 0
while i < len(tokens):
    tok = tokens[i]
    if tok == "push":
        stack.append(int(tokens[i + 1]))
        i += 1
    elif tok == "add":
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b)
    elif tok == "mul":
        b = stack.pop()
        a = stack.pop()
        stack.append(a * b)
    elif tok == "dup":
        stack.append(stack[-1])
    elif tok == "print":
        print("top", stack[-1])
    print(tok.ljust(5), stack)
    i += 1
for word in "a b c".split(" "):
    print(word, end="")
print()
