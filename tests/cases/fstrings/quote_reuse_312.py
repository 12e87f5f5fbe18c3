# Python 3.12 f-strings: reusing the same quote and nesting f-strings.
a = "left"
b = "right"
print(f"{"a" + "b"}")
print(f"{a + " and " + b}")
print(f'{'single' + 'quotes'}')
print(f"{f"{a}-{b}"}")
print(f"{f"{f"{a}"}"}")
print(f"{"x" * 3}")
print(f"{"\n"!r} {"\\"!r} {"tab\there"}")
print(f"outer {f"inner {1 + 1}"} outer")
n = 5
print(f"{"even" if n % 2 == 0 else "odd"}")
print(f"{f"{n:>4}":*<8}")
print(f"{"quoted \"word\""}")
print(f"""{"triple"} {'mixed'} {"""nested"""}""")
