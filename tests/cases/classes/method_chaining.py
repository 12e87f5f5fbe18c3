# Methods returning self allow chaining; the chained calls all mutate the same object.
class QueryBuilder:
    def __init__(self, table: str):
        self.table = table
        self.conditions: list[str] = []
        self.order = ""
        self.limit_n = 0

    def where(self, cond: str) -> "QueryBuilder":
        self.conditions.append(cond)
        return self

    def order_by(self, col: str) -> "QueryBuilder":
        self.order = col
        return self

    def limit(self, n: int) -> "QueryBuilder":
        self.limit_n = n
        return self

    def build(self) -> str:
        q = "SELECT * FROM " + self.table
        if self.conditions:
            q += " WHERE " + " AND ".join(self.conditions)
        if self.order:
            q += " ORDER BY " + self.order
        if self.limit_n > 0:
            q += f" LIMIT {self.limit_n}"
        return q


qb = QueryBuilder("users")
print(qb.build())
same = qb.where("age > 18").where("active = 1").order_by("name")
print(same is qb)
print(qb.build())
print(qb.limit(5).build())
q2 = QueryBuilder("orders").limit(3).where("total > 100")
print(q2.build())
print(len(qb.conditions), len(q2.conditions))
