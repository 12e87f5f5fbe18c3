# itertools.groupby with operator.itemgetter and key=lambda on log records.
from itertools import groupby
from operator import itemgetter

logs = [
    ("db", "ERROR", 12),
    ("web", "INFO", 3),
    ("db", "INFO", 7),
    ("web", "ERROR", 15),
    ("auth", "WARN", 1),
    ("web", "INFO", 9),
    ("db", "ERROR", 2),
]
by_service = sorted(logs, key=itemgetter(0))
for service, entries in groupby(by_service, key=itemgetter(0)):
    items = list(entries)
    levels = [e[1] for e in items]
    print(service, len(items), levels, sum(e[2] for e in items))

by_level = sorted(logs, key=lambda e: (e[1], e[2]))
for level, group in groupby(by_level, key=lambda e: e[1]):
    print(level, [e[0] + ":" + str(e[2]) for e in group])

word = "aaabccddddae"
print([(ch, len(list(g))) for ch, g in groupby(word)])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1, 3, 3])])
