# A list field on one class appended to from another class's methods; int fields incremented across methods.
class Log:
    def __init__(self):
        self.lines = []
        self.count = 0

    def write(self, msg):
        self.lines.append(msg)
        self.count += 1

    def dump(self):
        for i, line in enumerate(self.lines):
            print(i, line)


class Worker:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.done = 0
        self.failed = []

    def process(self, job):
        if job % 3 == 0:
            self.failed.append(job)
            self.log.write(self.name + " failed " + str(job))
        else:
            self.done += 1
            self.log.write(self.name + " did " + str(job))

    def summary(self):
        return (self.name, self.done, len(self.failed))


log = Log()
w1 = Worker("w1", log)
w2 = Worker("w2", log)
for job in range(1, 9):
    if job % 2 == 0:
        w1.process(job)
    else:
        w2.process(job)
log.dump()
print(log.count, len(log.lines))
print(w1.summary(), w2.summary())
print(w1.failed + w2.failed, w1.done + w2.done)
print(log.lines[-1].split()[0], w1.log is w2.log)
