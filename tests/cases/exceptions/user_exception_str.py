# A user exception that overrides __str__ controls what print and str() show.
class HttpError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self) -> str:
        return f"HTTP {self.status}: {self.reason}"


def fetch(path: str) -> str:
    if path == "/":
        return "<html>home</html>"
    if path.startswith("/admin"):
        raise HttpError(403, "Forbidden")
    raise HttpError(404, "Not Found")


for path in ["/", "/admin/users", "/missing"]:
    try:
        print(path, fetch(path))
    except HttpError as e:
        print(path, e)
        print("  str:", str(e))
        print("  args:", e.args)
        print("  status is client error:", 400 <= e.status < 500)
