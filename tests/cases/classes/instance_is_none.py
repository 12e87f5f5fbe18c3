# An instance is never None: `is None` on it is False, and a conditional on
# that test takes its other branch, evaluating what it must.


class Done:
    def __init__(self, count):
        self.count = count

    def clone(self):
        return Done(self.count + 1)


def make(count):
    print("make", count)
    return Done(count)


class Pos:
    def __init__(self, count, done=None):
        self.done = Done(count) if done is None else done
        print(make(count) is None, None is not make(count + 1))

    def clone(self):
        return Pos(0, self.done.clone())


p = Pos(3, Done(4))
print(p.done.count)
q = p.clone()
print(q.done.count, q.done is p.done)
