# Calling the type constructors with no arguments gives their empty or zero values.
print(int(), float(), repr(str()), list(), dict(), set(), bool())
print(int() + 1, float() - 0.5, str() + "x", len(list()), len(set()), not bool())
