# Optional fields that start as None and are filled in later by methods; reporting checks them each time.
class Job:
    def __init__(self, name: str):
        self.name = name
        self.started: int | None = None
        self.finished: int | None = None
        self.worker: str | None = None
        self.result: str | None = None

    def start(self, t: int, worker: str):
        self.started = t
        self.worker = worker

    def finish(self, t: int, result: str):
        self.finished = t
        self.result = result

    def status(self) -> str:
        if self.started is None:
            return "queued"
        if self.finished is None:
            return f"running on {self.worker}"
        return f"done in {self.finished - self.started} ({self.result})"

    def duration(self) -> int | None:
        if self.started is not None and self.finished is not None:
            return self.finished - self.started
        return None


jobs = [Job("build"), Job("test"), Job("deploy")]
print([j.status() for j in jobs])
jobs[0].start(1, "w1")
jobs[1].start(2, "w2")
print([j.status() for j in jobs], jobs[0].worker, jobs[2].worker)
jobs[0].finish(5, "ok")
print([j.status() for j in jobs])
jobs[1].finish(9, "3 failures")
jobs[2].start(10, "w1")
for j in jobs:
    print(j.name, j.status(), j.duration())
durations = [j.duration() for j in jobs]
done = [d for d in durations if d is not None]
print(durations, sum(done), max(done))
jobs[2].result = "pending"
print(jobs[2].result, jobs[2].finished, jobs[2].status())
