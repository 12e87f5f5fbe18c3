# raise ... from None suppresses the context display: __cause__ is None and __suppress_context__ is True.
class MissingSetting(Exception):
    pass


def setting(cfg: dict[str, str], key: str) -> str:
    try:
        return cfg[key]
    except KeyError:
        raise MissingSetting(f"setting {key} is required") from None


cfg = {"host": "localhost"}
for key in ["host", "port"]:
    try:
        print(key, "=", setting(cfg, key))
    except MissingSetting as e:
        print("error:", e)
        print("  cause:", e.__cause__)
        print("  suppress:", e.__suppress_context__)
        print("  context kept:", type(e.__context__).__name__, e.__context__)
