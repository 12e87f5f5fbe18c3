# Calls can spread a dict with ** into keyword parameters, combined with explicit keywords.
def connect(host: str, port: int = 80, secure: bool = False) -> str:
    return ("https" if secure else "http") + "://" + host + ":" + str(port)


opts = {"host": "example.org", "port": 8443}
print(connect(**opts))
print(connect(**{"host": "a.b"}))
print(connect("local", **{"secure": True}))
print(connect(**opts, secure=True))


def collect(**kw: int) -> list[str]:
    return [k + "=" + str(v) for k, v in kw.items()]


d1 = {"a": 1, "b": 2}
d2 = {"c": 3}
print(collect(**d1, **d2))
print(collect(z=0, **d1))
try:
    print(collect(**d1, **{"a": 9}))
except TypeError as e:
    print("TypeError:", e)
