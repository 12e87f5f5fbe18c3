"""Order rules that a Rust crate calls through molt_codegen::Builder."""
from dataclasses import dataclass

import molt

VERSION = "1"
TIERS = {"basic": 0.0, "gold": 0.1}


@dataclass
class Line:
    """One line of an order."""

    sku: str
    qty: int
    cents: int


@molt.extern("crate::geo::distance_km")
def distance_km(a: float, b: float) -> float:
    """Rust computes it; CPython runs this body."""
    return abs(a - b)


def discount(total: float, tier: str) -> float:
    """The total after the tier's discount."""
    if tier not in TIERS:
        raise KeyError(f"unknown tier {tier}")
    return total * (1 - TIERS[tier])


def count_skus(lines: list[Line]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.sku] = counts.get(line.sku, 0) + line.qty
    return counts


def shipping(a: float, b: float) -> float:
    return 5 + 0.5 * distance_km(a, b)


def cheapest(lines: list[Line]) -> Line:
    return min(lines, key=lambda line: line.cents)
