# bytes.startswith/endswith accept a tuple of prefixes or suffixes.
b = b"one two"
print(b.startswith((b"two", b"one")), b.endswith((b"x", b"y")), b.endswith((b"wo",)))
