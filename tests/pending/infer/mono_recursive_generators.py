# Recursive generators using yield from (permutations, subsets, tree paths); element types come from callers.
def perms(xs):
    if len(xs) <= 1:
        yield xs[:]
        return
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in perms(rest):
            yield [xs[i]] + p


def subsets(xs, i):
    if i == len(xs):
        yield []
        return
    for s in subsets(xs, i + 1):
        yield s
        yield [xs[i]] + s


def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)


print(list(perms([1, 2, 3])))
print(["".join(p) for p in perms(["a", "b", "c"])])
print(sum(1 for _ in perms([1, 2, 3, 4])))
subs = sorted(subsets([1, 2, 3], 0))
print(subs, [sum(s) for s in subs])
print(sorted("".join(s) for s in subsets(["x", "y"], 0)))
print(list(countdown(5)), sum(countdown(10)))
gen = countdown(3)
print(next(gen), next(gen), list(gen))
