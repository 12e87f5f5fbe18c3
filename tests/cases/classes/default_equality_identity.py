# Without __eq__, == and != compare identity; list membership and count follow identity too.
class Token:
    def __init__(self, text: str):
        self.text = text


a = Token("x")
b = Token("x")
c = a
print(a == b, a != b, a == c, a != c)
tokens = [a, b]
print(a in tokens, Token("x") in tokens, tokens.count(c))
print(tokens.index(b))
tokens.remove(c)
print(len(tokens), tokens[0] is b)
print([t.text for t in tokens] == [a.text])
seen: list[Token] = []
for t in [a, b, a, c, b]:
    if t not in seen:
        seen.append(t)
print(len(seen))
