# An order lifecycle: allowed transitions in a dict of Enum -> list of Enum.
from enum import Enum, auto


class State(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


ALLOWED: dict[State, list[State]] = {
    State.CREATED: [State.PAID, State.CANCELLED],
    State.PAID: [State.SHIPPED, State.CANCELLED],
    State.SHIPPED: [State.DELIVERED],
    State.DELIVERED: [],
    State.CANCELLED: [],
}


class Order:
    def __init__(self, order_id: int) -> None:
        self.order_id = order_id
        self.state = State.CREATED
        self.log: list[str] = []

    def move(self, target: State) -> bool:
        if target in ALLOWED[self.state]:
            self.log.append(self.state.name + "->" + target.name)
            self.state = target
            return True
        self.log.append("rejected " + target.name)
        return False


o = Order(1)
for step in [State.PAID, State.DELIVERED, State.SHIPPED, State.DELIVERED, State.CANCELLED]:
    print(step.name, o.move(step))
print(o.state)
print(o.log)
o2 = Order(2)
o2.move(State.CANCELLED)
print(o2.state, o2.move(State.PAID))
terminal = [s.name for s in State if not ALLOWED[s]]
print(terminal)
