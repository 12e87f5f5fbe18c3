# An except block translates a low-level error into a different, domain-level exception.
class LookupFailed(Exception):
    pass


def get_user(users: list[str], idx_text: str) -> str:
    try:
        return users[int(idx_text)]
    except ValueError:
        raise LookupFailed(f"not an index: {idx_text}")
    except IndexError as e:
        raise LookupFailed(f"no user #{idx_text}") from e


users = ["ann", "ben", "cy"]
for text in ["0", "2", "x", "7", "-1"]:
    try:
        print(text, get_user(users, text))
    except LookupFailed as e:
        print(text, "failed:", e)
        print("  cause:", type(e.__cause__).__name__ if e.__cause__ is not None else "None")
        print("  context:", type(e.__context__).__name__)
