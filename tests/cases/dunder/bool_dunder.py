# __bool__ drives truthiness in if/while/not/and/or and bool().
class Flag:
    def __init__(self, on: bool, name: str):
        self.on = on
        self.name = name

    def __bool__(self) -> bool:
        print("bool of", self.name)
        return self.on


yes = Flag(True, "yes")
no = Flag(False, "no")
print(bool(yes), bool(no))
if yes:
    print("yes is truthy")
if not no:
    print("no is falsy")
r = no or yes
print(r.name)
r = yes and no
print(r.name)


class Countdown:
    def __init__(self, n: int):
        self.n = n

    def __bool__(self) -> bool:
        return self.n > 0


cd = Countdown(3)
while cd:
    print("tick", cd.n)
    cd.n -= 1
print("liftoff" if not cd else "waiting")
print([bool(Countdown(k)) for k in [-1, 0, 1]])
