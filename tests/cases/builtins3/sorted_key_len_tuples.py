# sorted()/max() of tuples with key=len (rustc: no method `len` on a tuple reference).
scores = [("ann", 90, 3), ("bob", 90, 1)]
print(sorted(scores, key=len), max(scores, key=len))
