# Set operators between sets whose element types differ.
print({True, 2} - {1})
print(sorted({2, "x"} | {3.5}, key=str))
print({1, 2} <= {1, 2.0, "a"}, {1.0} < {1, "b"})
print({1, 2} & {2.0, 3.0}, {1, "a"} ^ {1.0})
