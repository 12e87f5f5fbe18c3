# A text banner and a small report formatted with f-string alignment.
title = "MOLT REPORT"
width = 36
print("+" + "-" * (width - 2) + "+")
print(f"|{title:^{width - 2}}|")
print("+" + "=" * (width - 2) + "+")


def row(label: str, value: float, unit: str) -> None:
    print(f"| {label:<15}{value:>12.2f} {unit:<5}|")


row("distance", 1234.5678, "km")
row("time", 12.0, "h")
row("speed", 1234.5678 / 12.0, "km/h")
row("fuel", 0.005, "l")
row("negative", -98765.4321, "x")
print("+" + "-" * (width - 2) + "+")
total = 0
for i in range(1, 6):
    count = i * i * 37 % 101
    total += count
    print(f"| item {i:02d} {'.' * 12} {count:>6,} {'#' * (count // 20):<5}|")
print(f"| {'TOTAL':<20}{total:>7,}{'':5} |")
print("+" + "-" * (width - 2) + "+")
print(f"{'':=^{width}}")
print(f"{' end ':=^{width}}")
