# list.extend() and += with a range, a tuple, a generator, a str and a dict.
xs = [1, 2]
xs.extend(range(3, 5))
xs.extend((5, 6))
xs.extend(x * 10 for x in range(2))
print(xs)
chars = ["a"]
chars.extend("bcd")
chars += "ef"
print(chars)
keys: list[str] = []
keys.extend({"k1": 1, "k2": 2})
print(keys)
