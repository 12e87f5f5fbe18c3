# A list mixing ints and strs (tokens of a stack machine), interpreted with isinstance and printed whole.
def parse(src):
    out = []
    for part in src.split():
        if part.lstrip("-").isdigit():
            out.append(int(part))
        else:
            out.append(part)
    return out


def run(prog):
    stack = []
    for tok in prog:
        if isinstance(tok, int):
            stack.append(tok)
        elif tok == "+":
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif tok == "*":
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif tok == "-":
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
    return stack


prog = parse("3 4 + dup * 10 swap - -2 *")
print(prog, len(prog))
print(run(prog))
print([t for t in prog if isinstance(t, str)], sum(t for t in prog if isinstance(t, int)))
mixed = [1, "two", 3, "four"]
mixed.append(5)
mixed.insert(0, "zero")
print(mixed, sorted(mixed, key=str), [str(x) * 2 for x in mixed])
