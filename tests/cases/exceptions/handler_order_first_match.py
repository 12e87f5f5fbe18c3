# The first matching except clause wins, even when a later clause is more specific.
def broad_first(k: int) -> str:
    try:
        if k == 0:
            raise KeyError("key")
        raise IndexError("index")
    except LookupError as e:
        return "LookupError clause got " + type(e).__name__
    except KeyError:
        return "KeyError clause"


def specific_first(k: int) -> str:
    try:
        if k == 0:
            raise KeyError("key")
        if k == 1:
            raise IndexError("index")
        raise ValueError("value")
    except KeyError:
        return "KeyError clause"
    except LookupError as e:
        return "LookupError clause got " + type(e).__name__
    except Exception as e:
        return "Exception clause got " + type(e).__name__


for k in range(2):
    print(k, broad_first(k))
for k in range(3):
    print(k, specific_first(k))
