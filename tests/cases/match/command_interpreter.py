# A tiny command interpreter: match on cmd.split() with sequences, literals and stars.
stack: list[int] = []
variables: dict[str, int] = {}


def execute(line: str) -> str:
    match line.split():
        case []:
            return "(empty)"
        case ["push", value]:
            stack.append(int(value))
            return f"pushed {value}"
        case ["pop"]:
            if stack:
                return f"popped {stack.pop()}"
            return "stack empty"
        case ["add" | "mul" as op]:
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b if op == "add" else a * b)
            return f"{op} -> {stack[-1]}"
        case ["set", name, "=", value]:
            variables[name] = int(value)
            return f"{name} := {value}"
        case ["get", name] if name in variables:
            return f"{name} is {variables[name]}"
        case ["get", name]:
            return f"{name} undefined"
        case ["echo", *words]:
            return " ".join(words)
        case [unknown, *_]:
            return f"unknown command {unknown!r}"
    return "unreachable"


program = [
    "push 3", "push 4", "add", "push 5", "mul", "pop", "pop",
    "", "set x = 42", "get x", "get y", "echo hello   big world", "jump 7",
]
for cmd in program:
    print(execute(cmd))
print(stack, variables)
