# __exit__ suppresses only one exception type and lets others propagate.
from typing import Optional


class IgnoreKeyError:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        if exc_type is not None:
            print("exit got", exc_type.__name__)
            return exc_type is KeyError
        return False


data = {"a": 1}
with IgnoreKeyError():
    print(data["a"])
    print(data["b"])
print("after KeyError block")
try:
    with IgnoreKeyError():
        print(int("x"))
except ValueError:
    print("ValueError escaped")
try:
    with IgnoreKeyError():
        raise IndexError("idx")
except IndexError as e:
    print("IndexError escaped:", e)
