# itertools.cycle, count, repeat and islice to assign tasks round-robin.
from itertools import count, cycle, islice, repeat

workers = ["w1", "w2", "w3"]
tasks = ["build", "test", "lint", "deploy", "docs", "bench", "pack"]
assignment: dict[str, list[str]] = {}
for worker, task in zip(cycle(workers), tasks):
    assignment.setdefault(worker, []).append(task)
for w in workers:
    print(w, assignment[w])

for ticket, task in zip(count(1000, 5), tasks[:3]):
    print(ticket, task)

print(list(islice(count(0.5, 0.25), 4)))
print(list(repeat("ping", 3)))
print(list(map(pow, range(5), repeat(2))))
print("".join(islice(cycle("ab"), 7)))
print(list(islice(count(), 2, 12, 3)))
print(list(zip(repeat(0), "xyz")))
