"""Hello from Molt."""


def greet(name: str) -> str:
    """Builds a greeting."""
    return f"Hello, {name}!"


if __name__ == "__main__":
    print(greet("world"))
    print(f"{2**100 = }")
