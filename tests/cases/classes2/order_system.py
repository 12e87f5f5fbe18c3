# An inventory and order system: products with stock, orders with lines, fulfilment and restocking.
class Product:
    def __init__(self, sku: str, price: int, stock: int):
        self.sku = sku
        self.price = price
        self.stock = stock


class OrderLine:
    def __init__(self, product: Product, qty: int):
        self.product = product
        self.qty = qty

    def cost(self) -> int:
        return self.product.price * self.qty


class Order:
    counter = 0

    def __init__(self, customer: str):
        Order.counter += 1
        self.id = Order.counter
        self.customer = customer
        self.lines: list[OrderLine] = []
        self.status = "open"

    def add(self, p: Product, qty: int) -> "Order":
        self.lines.append(OrderLine(p, qty))
        return self

    def total(self) -> int:
        return sum([line.cost() for line in self.lines])


class Warehouse:
    def __init__(self):
        self.products: dict[str, Product] = {}
        self.shipped: list[int] = []

    def stock(self, sku: str, price: int, qty: int) -> Product:
        if sku in self.products:
            self.products[sku].stock += qty
        else:
            self.products[sku] = Product(sku, price, qty)
        return self.products[sku]

    def fulfil(self, order: Order) -> str:
        for line in order.lines:
            if line.product.stock < line.qty:
                order.status = "backorder"
                return f"order {order.id}: short on {line.product.sku}"
        for line in order.lines:
            line.product.stock -= line.qty
        order.status = "shipped"
        self.shipped.append(order.id)
        return f"order {order.id}: shipped {order.total()}"


w = Warehouse()
pen = w.stock("pen", 3, 10)
pad = w.stock("pad", 7, 4)
ink = w.stock("ink", 12, 1)
o1 = Order("ann").add(pen, 4).add(pad, 2)
o2 = Order("bob").add(ink, 2)
o3 = Order("cy").add(pen, 6).add(pad, 2).add(ink, 1)
print(o1.total(), o2.total(), o3.total())
for o in [o1, o2, o3]:
    print(w.fulfil(o))
print([(p.sku, p.stock) for p in w.products.values()])
w.stock("ink", 12, 5)
print(w.fulfil(o2), o2.status)
print([o.status for o in [o1, o2, o3]], w.shipped, Order.counter)
print(w.fulfil(Order("dee").add(pen, 1)))
