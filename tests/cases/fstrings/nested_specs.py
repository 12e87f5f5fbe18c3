# Format specs built from nested replacement fields.
x = 3.14159
w = 10
p = 3
print(f"[{x:{w}}]")
print(f"[{x:>{w}.{p}f}]")
print(f"[{x:<{w}.{p}f}]")
print(f"[{x:^{w + 2}.{p - 1}f}]")
print(f"[{42:{w}}] [{42:0{w}}] [{42:{'*'}^{w}}]")
fill = "-"
align = ">"
print(f"[{'ab':{fill}{align}{w}}]")
print(f"[{255:#{'x'}}] [{255:{'b'}}] [{1234567:{','}}]")
for width in range(2, 12, 3):
    for prec in range(0, 4, 2):
        print(f"[{x:{width}.{prec}f}] [{-x:+{width}.{prec}e}]")
name = "total"
value = 1234.5
print(f"{name:>{w}}: {value:{w},.2f}")
spec = ">8.2f"
print(f"[{value:{spec}}]")
