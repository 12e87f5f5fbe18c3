"""Reads settings from `key=value` lines: bad lines are reported and skipped,
a missing required key is an error of the program's own class."""


class SettingsError(Exception):
    """A setting that is missing or has no usable value."""


class MissingSetting(SettingsError):
    pass


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as e:
        raise SettingsError(f"port must be a number, not {text!r}") from e
    if not 0 < port < 65536:
        raise SettingsError(f"port {port} is out of range")
    return port


def load(lines: list[str]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        key, sep, value = line.partition("=")
        if not sep:
            print(f"line {number}: no '=' in {line!r}, skipped")
            continue
        settings[key.strip()] = value.strip()
    return settings


def required(settings: dict[str, str], key: str) -> str:
    try:
        return settings[key]
    except KeyError:
        raise MissingSetting(f"{key} is required") from None


def describe(lines: list[str]) -> str:
    settings = load(lines)
    try:
        host = required(settings, "host")
        port = parse_port(required(settings, "port"))
        return f"{host}:{port}"
    except MissingSetting as e:
        return f"incomplete: {e}"
    except SettingsError as e:
        return f"invalid: {e} (caused by {e.__cause__!r})"
    finally:
        print(f"checked {len(settings)} settings")


print(describe(["host = example.org", "port = 8080"]))
print(describe(["host = example.org", "port = http"]))
print(describe(["host = example.org", "port = 99999"]))
print(describe(["port = 80", "debug"]))
