# A function or method that passes its extra arguments on with f(*args):
# each call may give them a different number and different types.
def run(name, func, *args):
    result = func(*args)
    print(name, result)
    return result


def add(a, b):
    return a + b


def square(x):
    return x * x


def greet():
    return "hello"


class Runner:
    def __init__(self):
        self.runs = 0

    def bench(self, label, func, *args):
        self.runs += 1
        return func(self.runs, *args)


def timed(loops, text, times):
    return f"{loops}: {text * times}"


def counted(loops):
    return loops * 10


run("add", add, 1, 2)
run("concat", add, "a", "b")
run("square", square, 3)
run("greet", greet)
r = Runner()
print(r.bench("t", timed, "ab", 3), r.bench("c", counted))
print(r.runs)
