# remove() of a missing element raises KeyError; discard() does not.
s = {1, 2, 3, 4}
s.remove(1)
print(s)
s.discard(1)
print(s)
for x in [2, 3]:
    s.remove(x)
    print("removed", x, s)
s.discard(99)
print(s, 4 in s, 1 in s)
s.remove(1)
