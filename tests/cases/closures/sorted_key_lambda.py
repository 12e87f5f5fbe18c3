# Lambdas as sorted(key=...) for tuples, strings and dictionary lookups.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: len(p[0]), reverse=True))

words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=lambda w: w[::-1]))

score = {"a": 3, "b": 1, "c": 2}
print(sorted(score, key=lambda k: score[k]))
print(sorted(score.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(range(-4, 5), key=lambda n: (abs(n), n)))
