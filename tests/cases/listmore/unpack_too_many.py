# Unpacking more values than targets raises ValueError.
a, b = [1, 2]
print(a, b)
lines = ["k=v", "name=molt", "x=1=2"]
for line in lines[:2]:
    key, value = line.split("=")
    print(key, value)
key, value = lines[2].split("=", 1)
print(key, value)
print(lines[2].split("="))
key, value = lines[2].split("=")
