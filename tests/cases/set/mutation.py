# add, remove, discard, pop and clear change a set in place.
s = {10, 20}
s.add(30)
s.add(10)
print(s, len(s))
s.remove(20)
print(s)
s.discard(99)
s.discard(10)
print(s)
s.update([1, 2, 3], {4})
print(s)
popped = s.pop()
print(popped, s)
while len(s) > 0:
    print("pop", s.pop())
s.add(5)
s.clear()
print(s, len(s))
names: set[str] = set()
for w in "the cat and the hat and the bat".split():
    names.add(w)
print(sorted(names), len(names))
