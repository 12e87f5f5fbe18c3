# @classmethod alternate constructors calling cls(...), plus a classmethod touching class state.
class Date:
    created = 0

    def __init__(self, year: int, month: int, day: int):
        self.year = year
        self.month = month
        self.day = day
        Date.created += 1

    @classmethod
    def from_string(cls, text: str) -> "Date":
        parts = text.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @classmethod
    def new_year(cls, year: int) -> "Date":
        return cls(year, 1, 1)

    @classmethod
    def how_many(cls) -> int:
        return cls.created

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


d1 = Date(2024, 2, 29)
d2 = Date.from_string("1999-12-31")
d3 = Date.new_year(2000)
print(d1.iso(), d2.iso(), d3.iso())
print(Date.how_many(), d1.how_many())
d4 = d1.from_string("7-3-9")
print(d4.iso(), type(d4).__name__)
dates = [Date.from_string(s) for s in ["2001-05-06", "1980-11-02"]]
print([d.iso() for d in dates], Date.created)
print(d2.year - d3.year, d3.month + d3.day)
