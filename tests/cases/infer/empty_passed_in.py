# An empty list or dict passed to unannotated functions that append to / fill it.
def collect_evens(n, out):
    for i in range(n):
        if i % 2 == 0:
            out.append(i)


def add_words(text, out):
    for w in text.split():
        out.append(w.upper())
    return len(out)


def tally(items, counts):
    for it in items:
        counts[it] = counts.get(it, 0) + 1


def walk(n, path):
    path.append(n)
    if n == 1:
        return path
    if n % 2 == 0:
        return walk(n // 2, path)
    return walk(3 * n + 1, path)


evens = []
collect_evens(10, evens)
collect_evens(5, evens)
print(evens, len(evens))
words = []
print(add_words("hello there", words), add_words("general kenobi", words))
print(words)
counts = {}
tally([3, 1, 3, 3, 2, 1], counts)
print(sorted(counts.items()))
print(walk(6, []), len(walk(27, [])))
