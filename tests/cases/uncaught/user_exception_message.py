# An uncaught user exception with a message ends the program with exit code 1 after earlier output.
class QuotaExceeded(Exception):
    pass


def upload(used: int, size: int, quota: int) -> int:
    if used + size > quota:
        raise QuotaExceeded(f"upload of {size} MB exceeds quota of {quota} MB")
    return used + size


used = 0
for size in [40, 30, 20, 50]:
    used = upload(used, size, 100)
    print("uploaded", size, "used", used)
print("unreachable")
