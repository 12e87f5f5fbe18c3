# Exceptions are stored in a list and reported later, keeping their types and messages.
def check_row(row: list[str]) -> int:
    if len(row) != 3:
        raise ValueError(f"expected 3 columns, got {len(row)}")
    qty = int(row[1])
    price = int(row[2])
    return qty * price


rows = [["pen", "2", "3"], ["ink", "x", "4"], ["pad"], ["cup", "1", "5"], ["bag", "3", "2.5"]]
errors: list[Exception] = []
total = 0
for row in rows:
    try:
        total += check_row(row)
    except Exception as e:
        errors.append(e)
print("total", total)
print("errors", len(errors))
for e in errors:
    print(" ", type(e).__name__, "|", e)
print([type(e).__name__ for e in errors])
