with open("out.txt", "w", encoding="utf-16") as f:
    f.write("x")
