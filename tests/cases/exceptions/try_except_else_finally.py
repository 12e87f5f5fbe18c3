# All four clauses together: try, except, else and finally, with the order printed.
def run(label: str, text: str) -> int:
    result = -1
    try:
        print(label, "try")
        result = 100 // int(text)
    except ValueError as e:
        print(label, "except ValueError:", e)
    except ZeroDivisionError as e:
        print(label, "except ZeroDivisionError:", e)
    else:
        print(label, "else", result)
        result += 1
    finally:
        print(label, "finally")
    return result


print(run("a", "5"))
print(run("b", "zero"))
print(run("c", "0"))
print(run("d", "-3"))
