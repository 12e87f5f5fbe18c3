# An exception raised deep in a call chain passes through finally blocks at each level.
class ConfigError(Exception):
    pass

def read_setting(settings: dict[str, str], key: str) -> int:
    try:
        raw = settings[key]
        return int(raw)
    except KeyError:
        raise ConfigError(f"missing setting {key!r}")
    finally:
        print("  read_setting done", key)


def load_port(settings: dict[str, str]) -> int:
    try:
        port = read_setting(settings, "port")
        print("  port parsed")
        return port
    finally:
        print("  load_port cleanup")


for conf in [{"port": "8080"}, {"host": "x"}, {"port": "eighty"}]:
    try:
        print(f"listening on {load_port(conf)}")
    except ConfigError as cfg_err:
        print("config error:", cfg_err)
    except ValueError as val_err:
        print("bad value:", val_err)
