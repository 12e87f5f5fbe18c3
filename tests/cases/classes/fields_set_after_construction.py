# Fields assigned in methods other than __init__ after the object is constructed.
class Job:
    def __init__(self, name: str):
        self.name = name
        self.status = "new"
        self.result = 0
        self.log: list[str] = []

    def start(self, workers: int):
        self.status = "running"
        self.workers = workers
        self.log.append(f"start with {workers}")

    def finish(self, result: int):
        self.status = "done"
        self.result = result
        self.per_worker = result // self.workers
        self.log.append(f"finish {result}")

    def summary(self) -> str:
        return f"{self.name}: {self.status} result={self.result}"


j = Job("build")
print(j.summary())
j.start(4)
print(j.summary(), j.workers)
j.finish(103)
print(j.summary(), j.per_worker)
print(j.log)
k = Job("test")
k.start(2)
k.workers = 5
k.finish(50)
print(k.summary(), k.workers, k.per_worker)
print(len(j.log), len(k.log))
