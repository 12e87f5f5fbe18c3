"""Pricing rules, kept in Python by the analysts who own them.

A Rust service calls them through the typed API Molt generates; CPython
runs the same file (with molt-codegen/python on PYTHONPATH).
"""

from dataclasses import dataclass

import molt

TAX_RATE = 0.2
MAX_ITEMS = 100
TIER_DISCOUNTS = {"basic": 0.0, "silver": 0.05, "gold": 0.12}
# (minimum quantity, extra discount), largest first.
BULK_STEPS = [(100, 0.10), (20, 0.05)]


@dataclass
class Item:
    """One line of an order."""

    sku: str
    qty: int
    unit_cents: int


@dataclass
class Quote:
    """What an order costs, in cents."""

    subtotal_cents: int
    discount_cents: int
    shipping_cents: int
    tax_cents: int
    total_cents: int


@molt.extern("crate::shipping::surcharge_cents")
def surcharge_cents(zone: str) -> int:
    """The service's own shipping table; this body is CPython's stand-in."""
    return 0 if zone == "local" else 500


def unit_price_cents(unit_cents: int, qty: int, tier: str) -> int:
    """One unit's price after the tier's discount and the bulk discount."""
    if tier not in TIER_DISCOUNTS:
        raise ValueError(f"unknown tier {tier!r}")
    rate = TIER_DISCOUNTS[tier]
    for min_qty, extra in BULK_STEPS:
        if qty >= min_qty:
            rate += extra
            break
    return round(unit_cents * (1 - rate))


def shipping_cents(weight_grams: int, distance_km: float, express: bool) -> int:
    """A parcel's shipping: a base fee, a fee per started 500 g and a rate
    per km; express costs half as much again, and nothing costs over 50.00."""
    parcels = (weight_grams + 499) // 500
    cost = 300 + 120 * parcels + 0.8 * distance_km
    if express:
        cost *= 1.5
    return min(round(cost), 5000)


def quote(items: list[Item], tier: str, zone: str) -> Quote:
    """Prices an order: every item, the zone's shipping and the tax."""
    if not items:
        raise ValueError("an order needs at least one item")
    if len(items) > MAX_ITEMS:
        raise ValueError(f"an order has at most {MAX_ITEMS} items")
    subtotal = 0
    discounted = 0
    for item in items:
        if item.qty <= 0:
            raise ValueError(f"{item.sku}: quantity must be positive, not {item.qty}")
        subtotal += item.unit_cents * item.qty
        discounted += unit_price_cents(item.unit_cents, item.qty, tier) * item.qty
    shipping = surcharge_cents(zone)
    tax = round((discounted + shipping) * TAX_RATE)
    return Quote(subtotal, subtotal - discounted, shipping, tax, discounted + shipping + tax)
