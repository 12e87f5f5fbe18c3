# Tabular output with computed widths and mixed types.
def header() -> None:
    print(f"{'n':>3} | {'n^2':>6} | {'n^3':>8} | {'sqrt':>8} | {'1/n':<10} | {'hex':>5}")
    print(f"{'':-<3}-+-{'':-<6}-+-{'':-<8}-+-{'':-<8}-+-{'':-<10}-+-{'':-<5}")


header()
for n in range(1, 13):
    root = n ** 0.5
    print(f"{n:>3} | {n * n:>6} | {n ** 3:>8,} | {root:>8.4f} | {1 / n:<10.6f} | {n * 17:>#5x}")
print()
for e in range(-3, 4):
    v = 10.0 ** e
    print(f"{e:+d} {v:<12g} {v:>14e} {v:^12.3%}")
