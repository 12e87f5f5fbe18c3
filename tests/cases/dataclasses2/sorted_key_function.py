# Sorting plain (unordered) dataclasses with named key functions: single fields, tuples, negation, derived values.
from dataclasses import dataclass


@dataclass
class City:
    name: str
    country: str
    population: int
    area: float


def by_name(c: City) -> str:
    return c.name


def by_country_then_pop(c: City) -> tuple[str, int]:
    return (c.country, -c.population)


def density(c: City) -> float:
    return c.population / c.area


def name_length(c: City) -> int:
    return len(c.name)


cities = [
    City("Lyon", "FR", 516000, 47.9),
    City("Paris", "FR", 2148000, 105.4),
    City("Bonn", "DE", 330000, 141.1),
    City("Berlin", "DE", 3645000, 891.8),
    City("Nice", "FR", 342000, 71.9),
    City("Graz", "AT", 291000, 127.6),
]
print([c.name for c in sorted(cities, key=by_name)])
for c in sorted(cities, key=by_country_then_pop):
    print(c.country, c.name, c.population)
dense = sorted(cities, key=density, reverse=True)
print([(c.name, round(density(c))) for c in dense])
print([c.name for c in sorted(cities, key=name_length)])
print(max(cities, key=density).name, min(cities, key=by_name))
cities.sort(key=by_country_then_pop)
print(cities[0])
print(sorted([c.population for c in cities])[:3])
