# `except (A, B) as e` with a custom exception hierarchy and handler ordering.
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Forbidden(AppError):
    pass


def handle(path: str) -> str:
    if path.startswith("/admin"):
        raise Forbidden(path, 403)
    if path == "/missing":
        raise NotFound(path)
    if path == "/crash":
        raise AppError("internal")
    return "200 " + path


for p in ["/home", "/admin/users", "/missing", "/crash"]:
    try:
        print(handle(p))
    except (NotFound, Forbidden) as client_err:
        print("client error", type(client_err).__name__, client_err.args, isinstance(client_err, AppError))
    except AppError as server_err:
        print("server error", repr(server_err), type(server_err).__name__)
