mode = "r"
with open("data.txt", mode) as f:
    print(f.read())
