# A base class that is never instantiated itself: its unannotated __init__
# runs only through its subclasses, by super().__init__(...) or
# Base.__init__(self, ...), and takes its parameter types from those calls.


class Settings:
    def __init__(self, verbose):
        self.verbose = verbose

    def is_verbose(self):
        return self.verbose


class Task:
    def __init__(self, ident, settings, priority):
        self.ident = ident
        self.loud = settings.is_verbose()
        self.priority = priority

    def describe(self):
        return f"{type(self).__name__} {self.ident} p={self.priority} loud={self.loud}"


class Worker(Task):
    def __init__(self, ident, settings):
        super().__init__(ident, settings, 10)
        self.done = 0


class Idler(Task):
    def __init__(self, ident, settings):
        Task.__init__(self, ident, settings, 1)


tasks = [Worker(1, Settings(True)), Idler(2, Settings(False)), Worker(3, Settings(False))]
for t in tasks:
    print(t.describe())
print(sum(t.priority for t in tasks))
