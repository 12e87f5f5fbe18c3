# Plain replacement fields, !r / !s conversions and the = specifier.
x = 42
f = 3.5
s = "hi 'there'"
b = True
n = None
print(f"{x} {f} {s} {b} {n}")
print(f"{x!r} {f!r} {s!r} {b!r} {n!r}")
print(f"{x!s} {f!s} {s!s} {b!s}")
print(f"{x=}")
print(f"{f=} {s=}")
print(f"{x = }")
print(f"{x=:>6}|")
print(f"{s=!s}")
print(f"{x + 1=}")
print(f"{x * 2} {x // 5} {x % 5} {f * 2} {-f}")
print(f"{'literal'} {"double"} {1 + 2}")
print(f"{0.1 + 0.2} {1e16} {float('nan')} {-0.0}")
print(f"{2 ** 100}")
print(f"{{braces}} {{{x}}} {{}}")
print(f"")
print(f"no fields")
print(f"{x}{x}{x}")
print(f"{"é"!r} {"\t"!r} {"日本"}")
