# A failing assert with an f-string message escapes as AssertionError.
def normalize(weights: list[float]) -> list[float]:
    total = sum(weights)
    assert total > 0, f"weights must sum to a positive value, got {total}"
    return [w / total for w in weights]


print(normalize([1.0, 1.0, 2.0]))
print(normalize([0.5, 0.5]))
print(normalize([1.0, -1.0]))
print("unreachable")
