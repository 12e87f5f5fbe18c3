# |=, &=, -= and ^= and the matching *_update methods mutate a set in place.
s = {1, 2, 3}
alias = s
s |= {4, 5}
print(s, alias is s)
s &= {2, 3, 4, 5, 6}
print(s)
s -= {3}
print(s)
s ^= {4, 7}
print(s)
t = {1, 2, 3, 4}
t.intersection_update([2, 3, 9])
print(t)
t.difference_update({2})
print(t)
t.symmetric_difference_update({3, 8})
print(t)
print(alias)
