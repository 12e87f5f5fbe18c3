"""Leibniz series for pi: N terms of 4 * (1 - 1/3 + 1/5 - ...), summed in
float. A float loop with a division per step."""

N = 10_000_000  # smoke: 1000


def leibniz_pi(terms: int) -> float:
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def main(terms: int) -> None:
    pi = leibniz_pi(terms)
    print(f"{terms} terms: pi ~= {pi:.12f}")
    print(f"error: {abs(pi - 3.141592653589793):.3e}")


if __name__ == "__main__":
    main(N)
