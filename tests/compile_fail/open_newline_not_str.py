n = 5
with open("out.txt", "w", newline=n) as f:
    f.write("x")
