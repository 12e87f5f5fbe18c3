# str.format with keyword fields, indexing and attribute access.
print("{name} is {age}".format(name="Bob", age=40))
print("{a}-{b}-{a}".format(a=1, b=2))
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
d = {"k": "v", "n": 5}
print("{d[k]} {d[n]:03d}".format(d=d))
print("{0.real} {0.imag}".format(3))
words = ["zero", "one", "two"]
print("{w[2]} {w[0]}".format(w=words))
print("{first} {0} {second}".format("mid", first="F", second="S"))
