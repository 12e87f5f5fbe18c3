# A method that returns nothing, called through the base class, where one
# subclass's version can raise.


class Step:
    def run(self, log):
        log.append("step")


class Fixed(Step):
    def run(self, log):
        log.append("fixed")


class Lookup(Step):
    def __init__(self, table, key):
        self.table = table
        self.key = key

    def run(self, log):
        log.append(self.table[self.key])


def run_all(steps):
    log = []
    for s in steps:
        s.run(log)
    return log


steps = [Step(), Fixed(), Lookup({"a": "found"}, "a")]
print(run_all(steps))
steps.append(Lookup({}, "missing"))
try:
    run_all(steps)
except KeyError as e:
    print("KeyError", e)
