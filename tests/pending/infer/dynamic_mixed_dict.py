# A dict whose values have mixed types (str, int, float, list, dict, None), read with isinstance.
config = {
    "name": "server",
    "port": 8080,
    "ratio": 0.5,
    "hosts": ["a.example", "b.example"],
    "limits": {"cpu": 4, "mem": 16},
    "debug": False,
    "parent": None,
}
for key in sorted(config):
    val = config[key]
    print(key, type(val).__name__, repr(val))
config["port"] = config["port"] + 1
config["hosts"].append("c.example")
config["limits"]["cpu"] *= 2
config["name"] = config["name"].upper()
config["parent"] = "root"
print(config["port"], config["hosts"], config["limits"], config["name"], config["parent"])
numeric = {k: v for k, v in config.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
print(sorted(numeric.items()))
record = {}
record["id"] = 7
record["tags"] = ["x"]
record["label"] = "seven"
print(record, len(record))
