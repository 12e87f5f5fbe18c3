# A tiny state machine whose state lives in module-level variables.
state = "idle"
transitions = 0


def on_event(event: str) -> None:
    global state, transitions
    old = state
    if state == "idle" and event == "start":
        state = "running"
    elif state == "running" and event == "pause":
        state = "paused"
    elif state == "paused" and event == "start":
        state = "running"
    elif event == "stop":
        state = "idle"
    if old != state:
        transitions += 1
    print(f"{event:>6}: {old:>8} -> {state:<8} ({transitions})")


on_event("start")
on_event("pause")
on_event("pause")
on_event("start")
on_event("stop")
on_event("stop")
on_event("jump")
on_event("start")
print(state, transitions)
