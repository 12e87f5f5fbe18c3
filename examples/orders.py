"""Order processing: parse raw order lines, reserve stock, apply discounts,
print invoices and a sales report. Money is kept in integer cents."""

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Iterator


class Category(Enum):
    HARDWARE = "hardware"
    BOOKS = "books"
    GROCERY = "grocery"


class Tier(Enum):
    BASIC = 1
    SILVER = 2
    GOLD = 3


class OrderError(Exception):
    """Base class of every problem with one order."""

    def __init__(self, order_id: str, reason: str) -> None:
        super().__init__(f"order {order_id}: {reason}")
        self.order_id: str = order_id
        self.reason: str = reason


class OutOfStock(OrderError):
    def __init__(self, order_id: str, sku: str, wanted: int, left: int) -> None:
        super().__init__(order_id, f"only {left} of {sku} left, {wanted} wanted")
        self.sku: str = sku


@dataclass
class Product:
    sku: str
    name: str
    price: int
    category: Category


@dataclass
class Customer:
    ident: str
    name: str
    tier: Tier
    country: str = "DE"


@dataclass
class Line:
    product: Product
    qty: int

    def total(self) -> int:
        return self.product.price * self.qty


@dataclass
class Order:
    ident: str
    customer: Customer
    lines: list[Line] = field(default_factory=list)
    coupon: str | None = None

    def subtotal(self) -> int:
        return sum(line.total() for line in self.lines)

    def units(self) -> int:
        return sum(line.qty for line in self.lines)


class Discount:
    def __init__(self, label: str) -> None:
        self.label: str = label

    def amount(self, order: Order) -> int:
        return 0

    def describe(self) -> str:
        return self.label.upper()


class PercentOff(Discount):
    def __init__(self, label: str, category: Category, percent: int) -> None:
        super().__init__(label)
        self.category: Category = category
        self.percent: int = percent

    def amount(self, order: Order) -> int:
        base = sum(ln.total() for ln in order.lines if ln.product.category == self.category)
        return base * self.percent // 100


class BulkDiscount(Discount):
    def __init__(self, label: str, min_units: int, off: int) -> None:
        super().__init__(label)
        self.min_units: int = min_units
        self.off: int = off

    def amount(self, order: Order) -> int:
        return self.off if order.units() >= self.min_units else 0


class TierDiscount(Discount):
    def __init__(self, label: str, rates: dict[Tier, int]) -> None:
        super().__init__(label)
        self.rates: dict[Tier, int] = rates

    def amount(self, order: Order) -> int:
        percent = self.rates.get(order.customer.tier, 0)
        return order.subtotal() * percent // 100

    def describe(self) -> str:
        tiers = ", ".join(f"{t.name.lower()}={p}%" for t, p in self.rates.items())
        return f"{super().describe()} ({tiers})"


class Inventory:
    def __init__(self, stock: dict[str, int]) -> None:
        self.stock: dict[str, int] = dict(stock)
        self.reserved: int = 0

    def reserve(self, order: Order) -> None:
        # check every line first so that a failed order reserves nothing
        for line in order.lines:
            left = self.stock.get(line.product.sku, 0)
            if left < line.qty:
                raise OutOfStock(order.ident, line.product.sku, line.qty, left)
        for line in order.lines:
            self.stock[line.product.sku] -= line.qty
            self.reserved += line.qty


def make_tax(rates: dict[str, float]) -> Callable[[str, int], int]:
    """Returns a function computing VAT in cents for a country."""
    def tax(country: str, net: int) -> int:
        return round(net * rates.get(country, 0.0))

    return tax


CATALOG: dict[str, Product] = {
    p.sku: p
    for p in [
        Product("HW-100", "cordless drill", 8999, Category.HARDWARE),
        Product("HW-200", "screw set", 1250, Category.HARDWARE),
        Product("BK-001", "rust in action", 4599, Category.BOOKS),
        Product("BK-002", "fluent python", 5299, Category.BOOKS),
        Product("GR-010", "coffee beans", 1499, Category.GROCERY),
        Product("GR-020", "green tea", 650, Category.GROCERY),
    ]
}

CUSTOMERS: dict[str, Customer] = {
    "c1": Customer("c1", "Ada Lovelace", Tier.GOLD, "GB"),
    "c2": Customer("c2", "Linus Torvalds", Tier.SILVER, "FI"),
    "c3": Customer("c3", "Grace Hopper", Tier.BASIC, "US"),
    "c4": Customer("c4", "Guido van Rossum", Tier.GOLD),
}

COUPONS: dict[str, int] = {"WELCOME10": 10, "SPRING5": 5}

RAW_ORDERS = [
    "A-1001;c1;HW-100x1,GR-010x3;WELCOME10",
    "A-1002;c2;BK-001x2,BK-002x1;",
    "A-1003;c3;GR-020x12;SPRING5",
    "A-1004;c9;HW-200x1;",
    "A-1005;c4;HW-100x4;",
    "A-1006;c4;BK-002x1,HW-200x6,GR-020x2;BOGUS",
    "garbage line",
    "A-1007;c2;GR-010x2,HW-200x2;SPRING5",
    "A-1008;c1;BK-001x1,XX-999x1;",
]


def parse_line(spec: str, ident: str) -> Line:
    sku, _, qty = spec.partition("x")
    if sku not in CATALOG:
        raise OrderError(ident, f"unknown sku {sku!r}")
    if not qty.isdigit() or int(qty) == 0:
        raise OrderError(ident, f"bad quantity {qty!r}")
    return Line(CATALOG[sku], int(qty))


def parse_orders(raw: list[str], errors: list[str]) -> Iterator[Order]:
    """Yields each well-formed order; problems are appended to errors."""
    for number, text in enumerate(raw, start=1):
        fields = text.split(";")
        if len(fields) != 4:
            errors.append(f"line {number}: expected 4 fields, got {len(fields)}")
            continue
        ident, cust_id, specs, coupon = [f.strip() for f in fields]
        if cust_id not in CUSTOMERS:
            errors.append(f"line {number}: unknown customer {cust_id}")
            continue
        try:
            lines = [parse_line(s, ident) for s in specs.split(",") if s]
        except OrderError as e:
            errors.append(f"line {number}: {e}")
            continue
        yield Order(ident, CUSTOMERS[cust_id], lines, coupon if coupon else None)


def apply_coupon(order: Order) -> int:
    code = order.coupon
    if code is None:
        return 0
    if code.upper() not in COUPONS:
        raise OrderError(order.ident, f"coupon {code} is not valid")
    return order.subtotal() * COUPONS[code.upper()] // 100


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


@dataclass
class Invoice:
    order: Order
    discounts: list[tuple[str, int]]
    tax: int

    def gross(self) -> int:
        return self.order.subtotal() - sum(d for _, d in self.discounts) + self.tax

    def render(self) -> list[str]:
        out = [f"INVOICE {self.order.ident} for {self.order.customer.name}"]
        for line in self.order.lines:
            name = line.product.name.title().ljust(18)
            out.append(f"  {name}{line.qty:>3} x {money(line.product.price):>8}"
                       f" = {money(line.total()):>9}")
        for label, cents in self.discounts:
            out.append(f"  {label:<28}{money(-cents):>11}")
        out.append(f"  {'tax':<28}{money(self.tax):>11}")
        out.append(f"  {'TOTAL':<28}{money(self.gross()):>11}")
        return out


def process(orders: Iterator[Order], rules: list[Discount], inventory: Inventory,
            tax: Callable[[str, int], int], rejected: list[str]) -> Iterator[Invoice]:
    for order in orders:
        try:
            coupon_off = apply_coupon(order)
            inventory.reserve(order)
        except OutOfStock as e:
            rejected.append(f"{e.order_id} ({e.sku}): {e.reason}")
            continue
        except OrderError as e:
            rejected.append(f"{e.order_id}: {e.reason}")
            continue
        finally:
            print(f"checked {order.ident:<7} {order.units():>3} units")
        found = [(r.describe(), r.amount(order)) for r in rules]
        discounts = [(label, cents) for label, cents in found if cents > 0]
        if coupon_off:
            discounts.append((f"coupon {order.coupon}", coupon_off))
        net = order.subtotal() - sum(c for _, c in discounts)
        yield Invoice(order, discounts, tax(order.customer.country, net))


def report(invoices: list[Invoice]) -> None:
    by_category: dict[Category, int] = {c: 0 for c in Category}
    by_customer: dict[str, int] = {}
    skus: set[str] = set()
    for inv in invoices:
        for line in inv.order.lines:
            by_category[line.product.category] += line.total()
            skus.add(line.product.sku)
        name = inv.order.customer.name
        by_customer[name] = by_customer.get(name, 0) + inv.gross()
    print("=" * 40)
    print(" REVENUE BY CATEGORY ".center(40, "-"))
    total = sum(by_category.values())
    for cat, cents in sorted(by_category.items(), key=lambda kv: -kv[1]):
        share = cents / total * 100 if total else 0.0
        print(f"{cat.value:<12}{money(cents):>12}{share:>8.1f} %")
    print(" TOP CUSTOMERS ".center(40, "-"))
    ranked = sorted(by_customer.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (name, cents) in enumerate(ranked, start=1):
        initials = "".join(part[0] for part in name.split())
        print(f"{rank}. {name:<20}{initials:>4}{money(cents):>12}")
    print("skus sold:", " ".join(sorted(skus)))


def main() -> None:
    inventory = Inventory({"HW-100": 4, "HW-200": 20, "BK-001": 5, "BK-002": 1,
                           "GR-010": 30, "GR-020": 40})
    rules: list[Discount] = [
        PercentOff("book week", Category.BOOKS, 10),
        BulkDiscount("bulk 10+", 10, 500),
        TierDiscount("loyalty", {Tier.SILVER: 3, Tier.GOLD: 5}),
    ]
    print("discount rules:", "; ".join(r.describe() for r in rules))
    tax = make_tax({"DE": 0.19, "GB": 0.2, "FI": 0.24, "US": 0.0})

    parse_errors: list[str] = []
    rejected: list[str] = []
    orders = parse_orders(RAW_ORDERS, parse_errors)
    invoices = list(process(orders, rules, inventory, tax, rejected))

    for inv in invoices:
        print()
        print("\n".join(inv.render()))
    print()
    print(f"{len(invoices)} paid, {len(rejected)} rejected, {len(parse_errors)} unparsed")
    for msg in rejected:
        print("  rejected:", msg)
    for msg in parse_errors:
        print("  skipped: ", msg)
    report(invoices)
    low = sorted(sku for sku, n in inventory.stock.items() if n <= 3)
    print(f"reserved {inventory.reserved} units; low stock: {low}")


if __name__ == "__main__":
    main()
