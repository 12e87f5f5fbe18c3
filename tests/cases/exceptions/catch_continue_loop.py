# Catching an error inside a loop body and continuing processes the remaining items.
lines = ["name=ann", "age=31", "garbage", "city=Oslo", "=empty", "zip=0150"]
config: dict[str, str] = {}
rejected: list[str] = []
for line in lines:
    try:
        if "=" not in line:
            raise ValueError(f"no '=' in {line!r}")
        key, value = line.split("=", 1)
        if not key:
            raise ValueError(f"empty key in {line!r}")
        config[key] = value
    except ValueError as e:
        rejected.append(str(e))
        continue
    print("accepted", key)
print(config)
print(rejected)

numbers = ["4", "0", "x", "8"]
results: list[int] = []
for s in numbers:
    try:
        results.append(64 // int(s))
    except (ValueError, ZeroDivisionError) as e:
        print("skip", s, type(e).__name__)
        continue
    finally:
        print("after", s)
print(results)
