# super().method() extends the base method's result instead of replacing it, across two levels.
class Report:
    def __init__(self, title: str):
        self.title = title

    def header(self) -> str:
        return "== " + self.title + " =="

    def lines(self) -> list[str]:
        return [self.header()]

    def total(self) -> int:
        return 10


class SalesReport(Report):
    def __init__(self, title: str, sales: int):
        super().__init__(title)
        self.sales = sales

    def lines(self) -> list[str]:
        out = super().lines()
        out.append(f"sales: {self.sales}")
        return out

    def total(self) -> int:
        return super().total() + self.sales


class RegionalReport(SalesReport):
    def __init__(self, title: str, sales: int, region: str):
        super().__init__(title, sales)
        self.region = region

    def header(self) -> str:
        return super().header() + " [" + self.region + "]"

    def lines(self) -> list[str]:
        out = super().lines()
        out.append("region: " + self.region)
        return out

    def total(self) -> int:
        return super().total() * 2


for r in [Report("base"), SalesReport("q1", 50), RegionalReport("q2", 70, "north")]:
    for line in r.lines():
        print(line)
    print("total", r.total())
