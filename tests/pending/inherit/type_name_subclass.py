# type(x).__name__ reports the runtime subclass even through a base-typed variable; type(x) is comparisons.
class Message:
    def __init__(self, body: str):
        self.body = body

    def kind(self) -> str:
        return type(self).__name__.lower()


class Email(Message):
    pass


class Sms(Message):
    pass


class UrgentSms(Sms):
    pass


msgs: list[Message] = [Email("hi"), Sms("yo"), UrgentSms("now!"), Message("plain")]
print([type(m).__name__ for m in msgs])
print([m.kind() for m in msgs])
m: Message = UrgentSms("x")
print(type(m).__name__, type(m) is UrgentSms, type(m) is Sms, isinstance(m, Sms))
print(type(msgs[0]) == Email, type(msgs[1]) == type(msgs[2]))
counts: dict[str, int] = {}
for x in msgs + [Sms("a"), Email("b")]:
    n = type(x).__name__
    counts[n] = counts.get(n, 0) + 1
print(counts)
print(UrgentSms.__name__, Message.__name__)
