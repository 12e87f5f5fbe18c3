# raise ... from ... sets __cause__, which can be inspected after catching.
class ConfigError(Exception):
    pass


def read_port(settings: dict[str, str]) -> int:
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is missing") from e
    except ValueError as e:
        raise ConfigError("port is not a number") from e


for settings in [{"port": "8080"}, {"host": "x"}, {"port": "eighty"}]:
    try:
        print("port", read_port(settings))
    except ConfigError as e:
        print("ConfigError:", e)
        cause = e.__cause__
        print("  cause type:", type(cause).__name__)
        print("  cause:", cause)
        print("  suppress context:", e.__suppress_context__)
