# A hierarchy of user exceptions; handlers match subclasses in order and isinstance reflects the tree.
class AppError(Exception):
    pass


class ValidationError(AppError):
    pass


class MissingField(ValidationError):
    pass


class StorageError(AppError):
    pass


def act(code: int) -> str:
    if code == 1:
        raise MissingField("name")
    if code == 2:
        raise ValidationError("age must be positive")
    if code == 3:
        raise StorageError("disk full")
    if code == 4:
        raise AppError("generic")
    return "ok"


for code in range(5):
    try:
        print(code, act(code))
    except MissingField as e:
        print(code, "missing field:", e)
    except ValidationError as e:
        print(code, "invalid:", e, isinstance(e, AppError))
    except AppError as e:
        print(code, "app error:", type(e).__name__, e, isinstance(e, ValidationError))
print(issubclass(MissingField, AppError), issubclass(StorageError, ValidationError))
print(issubclass(AppError, Exception), issubclass(MissingField, ValueError))
