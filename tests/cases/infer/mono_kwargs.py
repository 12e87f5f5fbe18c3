# Unannotated functions called with keyword arguments in varying orders.
def rect(width, height, fill=" "):
    rows = []
    for _ in range(height):
        rows.append("|" + fill * width + "|")
    return rows


def interval(lo, hi, inclusive=True):
    if inclusive:
        return list(range(lo, hi + 1))
    return list(range(lo, hi))


def fmt_money(amount, currency="USD", decimals=2):
    return f"{amount:.{decimals}f} {currency}"


for row in rect(width=4, height=2, fill="#"):
    print(row)
for row in rect(height=1, width=3):
    print(row)
print(interval(1, 5), interval(1, 5, inclusive=False))
print(interval(hi=3, lo=0), interval(inclusive=False, hi=3, lo=0))
print(fmt_money(12.5), fmt_money(3.14159, decimals=3))
print(fmt_money(amount=99.999, currency="EUR"), fmt_money(7.0, "JPY", 0))
