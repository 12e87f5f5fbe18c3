# str.join of an empty list display (rustc: expected `&[Str]`, found `&Vec<()>`).
print(repr("-".join([])), repr("".join([])))
