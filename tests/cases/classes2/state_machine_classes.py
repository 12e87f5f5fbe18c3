# A turnstile/vending state machine with one class per state; next(event) returns the following State.
class State:
    def name(self) -> str:
        return "state"

    def next(self, event: str) -> "State":
        return self


class Locked(State):
    def name(self) -> str:
        return "locked"

    def next(self, event: str) -> State:
        if event == "coin":
            return Unlocked(1)
        if event == "kick":
            return Broken("kicked while locked")
        return self


class Unlocked(State):
    def __init__(self, credits: int):
        self.credits = credits

    def name(self) -> str:
        return f"unlocked({self.credits})"

    def next(self, event: str) -> State:
        if event == "coin":
            return Unlocked(self.credits + 1)
        if event == "push":
            if self.credits > 1:
                return Unlocked(self.credits - 1)
            return Locked()
        return self


class Broken(State):
    def __init__(self, reason: str):
        self.reason = reason

    def name(self) -> str:
        return "broken: " + self.reason

    def next(self, event: str) -> State:
        if event == "repair":
            return Locked()
        return self


def run(events: list[str]) -> list[str]:
    state: State = Locked()
    trace = [state.name()]
    for e in events:
        state = state.next(e)
        trace.append(state.name())
    return trace


print(run(["push", "coin", "push", "push"]))
print(run(["coin", "coin", "coin", "push", "push", "push", "push"]))
for line in run(["kick", "coin", "push", "repair", "coin", "kick", "push"]):
    print(line)
s: State = Locked()
passes = 0
for e in "coin push coin coin push push push kick".split():
    before = s.name()
    s = s.next(e)
    if before.startswith("unlocked") and e == "push":
        passes += 1
print(passes, s.name(), isinstance(s, Locked))
