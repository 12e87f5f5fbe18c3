# The same except-as name is bound fresh in every iteration and handler, and messages are saved as strings.
messages: list[str] = []
inputs = ["10", "x", "0", "5", "", "-2"]
for text in inputs:
    try:
        value = 100 // int(text)
        messages.append(text + " -> " + str(value))
    except ValueError as err:
        messages.append(text + " -> ValueError " + str(err))
    except ZeroDivisionError as err:
        messages.append(text + " -> ZeroDivisionError " + str(err))
for m in messages:
    print(m)

last = "none"
for k in ["a", "b"]:
    try:
        raise KeyError(k)
    except KeyError as err:
        last = repr(err)
print("last", last)
