# Parsing "key = value" lines into a dict with split and strip.
config = """
# settings
name = molt
 version= 3
debug =true
path = /usr/local/bin
empty =
retries = 5
name = molt-again
"""
settings: dict[str, str] = {}
for line in config.splitlines():
    line = line.strip()
    if line == "" or line.startswith("#"):
        continue
    key, eq, value = line.partition("=")
    if eq != "=":
        continue
    settings[key.strip()] = value.strip()
print(settings)
print(len(settings))
for k, v in settings.items():
    print(f"{k!r:>10}: {v!r}")
retries = int(settings["retries"])
print(retries * 2, settings["debug"] == "true", settings.get("missing", "n/a"))
query = "a=1&b=22&c=&d=4"
params: dict[str, int] = {}
for part in query.split("&"):
    pieces = part.split("=")
    if pieces[1] != "":
        params[pieces[0]] = int(pieces[1])
print(params, sum(list(params.values())))
