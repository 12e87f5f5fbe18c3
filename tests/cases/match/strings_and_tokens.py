# Matching string tokens in a loop to build a simple RPN calculator.
def rpn(expr: str) -> int:
    stack: list[int] = []
    for tok in expr.split():
        match tok:
            case "+":
                b = stack.pop()
                stack.append(stack.pop() + b)
            case "-":
                b = stack.pop()
                stack.append(stack.pop() - b)
            case "*":
                b = stack.pop()
                stack.append(stack.pop() * b)
            case "dup":
                stack.append(stack[-1])
            case "swap":
                b = stack.pop()
                a = stack.pop()
                stack.append(b)
                stack.append(a)
            case number:
                stack.append(int(number))
    return stack[-1]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "7 dup *", "2 10 swap -", "6 2 - 3 *"]:
    print(e, "=", rpn(e))
