# Inner handlers catch what they match; other exceptions pass to the outer try.
def handle(kind: str) -> None:
    try:
        print("outer start", kind)
        try:
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "zero":
                print(1 // 0)
            print("inner body finished")
        except ValueError as e:
            print("inner caught ValueError", e)
        finally:
            print("inner finally")
        print("after inner")
    except KeyError as e:
        print("outer caught KeyError", e)
    except Exception as e:
        print("outer caught", type(e).__name__, e)
    finally:
        print("outer finally")


for kind in ["none", "value", "key", "zero"]:
    handle(kind)
    print("--")
