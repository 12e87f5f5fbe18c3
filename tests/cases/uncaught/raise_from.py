# An uncaught exception raised with from another; the last stderr line is the outer exception.
class ConfigError(Exception):
    pass


def load_port(cfg: dict[str, str]) -> int:
    try:
        return int(cfg["port"])
    except ValueError as e:
        raise ConfigError(f"bad port value {cfg['port']!r}") from e


print(load_port({"port": "8000"}))
print("loading second config")
print(load_port({"port": "80a"}))
print("unreachable")
