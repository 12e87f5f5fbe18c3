# A dict mapping str to int or str (a config), read with isinstance and type-dependent defaults.
config = {"name": "molt", "threads": 4, "mode": "fast", "retries": 3}
config["timeout"] = 30
config["user"] = "root"
print(config)


def get_int(cfg, key, default):
    v = cfg.get(key, default)
    if isinstance(v, str):
        return int(v) if v.isdigit() else default
    return v


def get_str(cfg, key):
    v = cfg.get(key)
    if v is None:
        return "<unset>"
    return str(v)


print(get_int(config, "threads", 1), get_int(config, "name", -1), get_int(config, "missing", 9))
print(get_str(config, "mode"), get_str(config, "retries"), get_str(config, "nothing"))
config["threads"] = "16"
print(get_int(config, "threads", 1) * 2)
numeric = {k: v for k, v in config.items() if isinstance(v, int)}
textual = {k: v for k, v in config.items() if isinstance(v, str)}
print(numeric, sorted(textual))
total = 0
for k in sorted(config):
    v = config[k]
    total += v if isinstance(v, int) else len(v)
    print(k, repr(v))
print(total)
