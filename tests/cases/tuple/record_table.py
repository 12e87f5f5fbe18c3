# A small table of (city, country, population) tuples, filtered and summarized.
cities = [
    ("Tokyo", "JP", 37400000),
    ("Delhi", "IN", 31000000),
    ("Osaka", "JP", 19100000),
    ("Mumbai", "IN", 20700000),
    ("Zürich", "CH", 1400000),
]
per_country: dict[str, int] = {}
for rec in cities:
    per_country[rec[1]] = per_country.get(rec[1], 0) + rec[2]
print(per_country)
largest = cities[0]
for c in cities:
    if c[2] > largest[2]:
        largest = c
print(largest)
for city, country, pop in cities:
    millions = pop / 1000000
    print(f"{city:<8}|{country:^4}|{millions:>6.1f}")
print(len(cities), cities[-1][0], cities[-1][0][-4:])
