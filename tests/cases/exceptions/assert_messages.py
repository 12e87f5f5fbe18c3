# assert statements with messages caught as AssertionError, plus a bare assert.
def check_matrix(rows: list[list[int]]) -> int:
    assert len(rows) > 0, "matrix is empty"
    width = len(rows[0])
    for i, row in enumerate(rows):
        assert len(row) == width, f"row {i} has {len(row)} columns, expected {width}"
    return width


def positive(n: int) -> int:
    assert n > 0
    return n


cases: list[list[list[int]]] = [[[1, 2], [3, 4]], [], [[1, 2, 3], [4, 5]]]
for m in cases:
    try:
        print("width", check_matrix(m))
    except AssertionError as e:
        print("assertion:", e, e.args)
try:
    positive(-3)
except AssertionError as e:
    print("bare:", repr(e), e.args, str(e) == "")
print(positive(4))
