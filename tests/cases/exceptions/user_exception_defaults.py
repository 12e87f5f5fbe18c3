# User exceptions with default message arguments and a class-level code attribute.
class ServiceError(Exception):
    code = 500

    def __init__(self, message: str = "internal error") -> None:
        super().__init__(message)
        self.message = message


class NotFound(ServiceError):
    code = 404

    def __init__(self, resource: str = "resource") -> None:
        super().__init__(f"{resource} not found")


class Unauthorized(ServiceError):
    code = 401


def respond(e: ServiceError) -> str:
    return f"{e.code} {type(e).__name__}: {e.message}"


errs: list[ServiceError] = [ServiceError(), NotFound(), NotFound("user 7"), Unauthorized(), Unauthorized("bad token")]
for err in errs:
    try:
        raise err
    except ServiceError as caught:
        print(respond(caught))
        print("  args", caught.args)
