# operator.itemgetter as a sort key for tuples and dicts, and for multi-item fetching.
import operator

people = [("cy", 30, "x"), ("ann", 25, "z"), ("bob", 30, "y"), ("dee", 22, "w")]
print(sorted(people, key=operator.itemgetter(1)))
print(sorted(people, key=operator.itemgetter(1, 0)))
print(max(people, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(0), people)))
records = [{"id": 1, "price": 3}, {"id": 2, "price": 9}, {"id": 3, "price": 1}]
for r in sorted(records, key=operator.itemgetter("price"), reverse=True):
    print(r["id"], r["price"])
get_two = operator.itemgetter(2, 0)
print(get_two("abcdef"))
print(operator.itemgetter(-1)([1, 2, 3]))
