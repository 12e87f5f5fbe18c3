# A handler with a tuple of classes catches each of them and binds the instance with as.
def risky(kind: int) -> str:
    data = {"a": 1}
    items = [1, 2, 3]
    if kind == 0:
        return str(data["zzz"])
    if kind == 1:
        return str(items[10])
    if kind == 2:
        return str(int("nope"))
    if kind == 3:
        return str(5 // 0)
    return "fine"


for k in range(5):
    try:
        print(k, risky(k))
    except (KeyError, IndexError) as e:
        print(k, "lookup problem:", type(e).__name__, e)
    except (ValueError, ZeroDivisionError) as e:
        print(k, "value problem:", type(e).__name__, e)
