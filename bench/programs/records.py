"""Records: generates N JSON-like employee records as "key=value;..." lines,
parses each into a dict, then filters, groups by (city, department) and
aggregates head count, salary and age; prints a report. Lists of dicts,
str.split, int() and dict-of-dict updates."""

N = 150_000  # smoke: 500

CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Cork", "Perth", "Quito", "Turin"]
DEPARTMENTS = ["sales", "research", "support", "finance", "legal"]


class Lcg:
    """A linear congruential generator, so every run sees the same records."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def below(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return (self.state >> 8) % bound


def generate_lines(n: int, rng: Lcg) -> list[str]:
    lines = []
    for i in range(n):
        city = CITIES[rng.below(len(CITIES))]
        department = DEPARTMENTS[rng.below(len(DEPARTMENTS))]
        age = 20 + rng.below(45)
        salary = 30_000 + rng.below(90_000) + 500 * (age - 20)
        lines.append(f"id={i};name=emp{i:06d};city={city};dept={department};age={age};salary={salary}")
    return lines


def parse_record(line: str) -> dict[str, str]:
    record = {}
    for field in line.split(";"):
        key, _, value = field.partition("=")
        record[key] = value
    return record


def aggregate(records: list[dict[str, str]], min_age: int) -> dict[tuple[str, str], dict[str, int]]:
    groups: dict[tuple[str, str], dict[str, int]] = {}
    for record in records:
        age = int(record["age"])
        if age < min_age:
            continue
        key = (record["city"], record["dept"])
        group = groups.setdefault(key, {"count": 0, "salary": 0, "oldest": 0})
        group["count"] += 1
        group["salary"] += int(record["salary"])
        group["oldest"] = max(group["oldest"], age)
    return groups


def main(n: int) -> None:
    records = [parse_record(line) for line in generate_lines(n, Lcg(7))]
    groups = aggregate(records, 30)
    print(f"{len(records)} records, {sum(g['count'] for g in groups.values())} aged 30 or over")
    by_total = sorted(groups.items(), key=lambda kv: (-kv[1]["salary"], kv[0]))
    for (city, department), group in by_total[:8]:
        mean = group["salary"] / group["count"]
        print(f"{city:<6} {department:<9} {group['count']:6d} {mean:10.2f} {group['oldest']:3d}")
    per_city: dict[str, int] = {}
    for (city, _), group in groups.items():
        per_city[city] = per_city.get(city, 0) + group["salary"]
    richest = max(per_city, key=lambda c: per_city[c])
    print(f"highest total salary: {richest} ({per_city[richest]})")


if __name__ == "__main__":
    main(N)
