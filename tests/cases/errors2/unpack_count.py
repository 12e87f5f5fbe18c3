# Unpacking a list of the wrong length raises ValueError with the counts.
for line in ["a=1", "b=2", "c=3=4"]:
    key, value = line.split("=")
    print(key, value)
