# Summing a comma-separated line, counting the fields that int() rejects.
def sum_fields(line: str) -> tuple[int, int]:
    total = 0
    bad = 0
    for field in line.split(","):
        try:
            total += int(field)
        except ValueError as e:
            bad += 1
            print("  bad field:", e)
    return total, bad


for line in ["1,2,3", "10, 20 ,x,30", "", "-5,+5,0x10,1_000", "7,,8"]:
    print(repr(line))
    total, bad = sum_fields(line)
    print("  total", total, "bad", bad)
