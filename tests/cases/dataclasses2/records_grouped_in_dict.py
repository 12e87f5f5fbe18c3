# Dataclass records stored in lists and grouped into a dict of lists, then aggregated per group.
from dataclasses import dataclass


@dataclass
class Sale:
    region: str
    product: str
    units: int
    price: float


sales = [
    Sale("north", "tea", 10, 2.5),
    Sale("south", "coffee", 4, 4.0),
    Sale("north", "coffee", 7, 4.25),
    Sale("east", "tea", 3, 2.5),
    Sale("south", "tea", 12, 2.25),
    Sale("north", "tea", 1, 2.5),
]
by_region: dict[str, list[Sale]] = {}
for s in sales:
    if s.region not in by_region:
        by_region[s.region] = []
    by_region[s.region].append(s)
for region in sorted(by_region):
    rows = by_region[region]
    revenue = 0.0
    for r in rows:
        revenue += r.units * r.price
    print(region, len(rows), sum([r.units for r in rows]), revenue)
print(by_region["east"])
units_by_product: dict[str, int] = {}
for s in sales:
    units_by_product[s.product] = units_by_product.get(s.product, 0) + s.units
print(units_by_product)
big = [s for s in sales if s.units >= 7]
print(big)
by_region["north"][0].units += 5
print(sales[0], sales[0] is by_region["north"][0])
latest: dict[str, Sale] = {}
for s in sales:
    latest[s.product] = s
print(latest)
print(Sale("east", "tea", 3, 2.5) in sales, Sale("east", "tea", 3, 2.0) in sales)
