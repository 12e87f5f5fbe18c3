# int("") and int("  ") are invalid literals; the message shows the original text.
fields = "10,20,,40".split(",")
total = 0
for f in fields:
    print("field", repr(f))
    total += int(f)
print(total)
