# A state machine object: a traffic light cycling through states with per-state durations.
class TrafficLight:
    order = ["green", "yellow", "red"]

    def __init__(self, green: int, yellow: int, red: int):
        self.durations = {"green": green, "yellow": yellow, "red": red}
        self.state = "red"
        self.remaining = red
        self.cycles = 0

    def next_state(self) -> str:
        i = TrafficLight.order.index(self.state)
        return TrafficLight.order[(i + 1) % len(TrafficLight.order)]

    def tick(self):
        self.remaining -= 1
        if self.remaining == 0:
            self.state = self.next_state()
            self.remaining = self.durations[self.state]
            if self.state == "green":
                self.cycles += 1

    def can_go(self) -> bool:
        return self.state == "green"


light = TrafficLight(3, 1, 2)
trace: list[str] = []
for _ in range(14):
    trace.append(light.state[0])
    light.tick()
print("".join(trace))
print(light.state, light.remaining, light.cycles, light.can_go())
other = TrafficLight(1, 1, 1)
for _ in range(7):
    other.tick()
print(other.state, other.cycles)
