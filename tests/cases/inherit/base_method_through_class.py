# Calling the base class's methods through the class, with self: the same
# as super() when the class has one base.
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def describe(self):
        return f"{self.name}:{self.priority}"


class DeviceTask(Task):
    def __init__(self, name, priority, device):
        Task.__init__(self, name, priority)
        self.device = device

    def describe(self):
        return Task.describe(self) + f"@{self.device}"


class IdleTask(DeviceTask):
    def __init__(self, name):
        DeviceTask.__init__(self, name, 0, "none")

    def describe(self):
        return "idle " + DeviceTask.describe(self)


print(DeviceTask("io", 3, "disk").describe())
print(IdleTask("spin").describe())
t = IdleTask("x")
print(t.name, t.priority, t.device)
