# str.join over a str joins its characters; over a dict or its keys() view, the keys.
print(" ".join("abc"), "-".join("日本語"), ",".join(""))
d = {"one": 1, "two": 2}
print(", ".join(d), ", ".join(d.keys()))
