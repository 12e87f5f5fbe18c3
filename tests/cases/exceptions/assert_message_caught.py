# A failing assert with a message raises AssertionError that can be caught and inspected.
def mean(values: list[float]) -> float:
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)


def check_percent(p: int) -> int:
    assert 0 <= p <= 100, f"percent out of range: {p}"
    return p


for vals in [[1.0, 2.0, 3.0], [], [10.0]]:
    try:
        print("mean", mean(vals))
    except AssertionError as e:
        print("assertion:", e)
for p in [50, 101, -1, 100]:
    try:
        print("percent", check_percent(p))
    except AssertionError as e:
        print("assertion:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(str(e)), e.args)
