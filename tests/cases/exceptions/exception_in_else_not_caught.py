# An exception raised in the else clause is not handled by that try's except clauses.
def run(text: str) -> str:
    try:
        try:
            n = int(text)
        except ValueError:
            return "inner handler: not a number"
        else:
            print("  else computing for", n)
            return str(100 // n)
        finally:
            print("  inner finally", repr(text))
    except ZeroDivisionError as e:
        return "outer handler: " + str(e)


for t in ["5", "abc", "0", "-4"]:
    print(t, "->", run(t))

try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("caught outside:", e)
