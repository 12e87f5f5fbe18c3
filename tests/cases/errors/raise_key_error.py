# KeyError shows the repr of its argument in the message.
def lookup(key: str) -> int:
    if key == "one":
        return 1
    if key == "two":
        return 2
    raise KeyError(key)


print(lookup("one"), lookup("two"))
print(lookup("three"))
