# A list field initialised empty and appended to from other methods and from another object.
class Log:
    def __init__(self):
        self.entries = []
        self.errors = []

    def info(self, msg):
        self.entries.append("I:" + msg)

    def error(self, msg, code):
        self.entries.append("E:" + msg)
        self.errors.append(code)


class Machine:
    def __init__(self, log):
        self.log = log
        self.state = "idle"
        self.history = []

    def go(self, state):
        if state == self.state:
            self.log.error("already " + state, len(self.history))
            return
        self.history.append((self.state, state))
        self.log.info(self.state + "->" + state)
        self.state = state


log = Log()
m = Machine(log)
for st in ["run", "run", "stop", "idle", "idle", "run"]:
    m.go(st)
print(m.state)
print(m.history)
print(log.entries)
print(log.errors, len(log.entries))
