# int() with an explicit base reports the base and the text in its ValueError.
for s in ["ff", "10", "-a", "0x1f"]:
    print(s, int(s, 16))
print(int("xyz", 16))
