# A traffic light state machine: transitions and durations held in dicts keyed by Enum.
from enum import Enum


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"


NEXT: dict[Light, Light] = {
    Light.RED: Light.GREEN,
    Light.GREEN: Light.YELLOW,
    Light.YELLOW: Light.RED,
}
DURATION: dict[Light, int] = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}


def run(start: Light, ticks: int) -> Light:
    state = start
    remaining = DURATION[state]
    for t in range(ticks):
        remaining -= 5
        if remaining <= 0:
            state = NEXT[state]
            remaining = DURATION[state]
            print("t=" + str((t + 1) * 5), "->", state.value)
    return state


final = run(Light.RED, 24)
print("final:", final)
seen: list[Light] = []
s = Light.YELLOW
while s not in seen:
    seen.append(s)
    s = NEXT[s]
print([x.name for x in seen])
print(sum(DURATION.values()))
