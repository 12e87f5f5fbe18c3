"""bisect: what CPython's `_bisect` module does (without `key=`), compiled
with the program that imports it."""


def _search_end(a, lo, hi):
    """Where a search of `a` ends: `hi`, or the length of `a` for None (and
    for -1, as CPython's C implementation reads it). Checks `lo`."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    if hi == -1:
        return len(a)
    return hi


def bisect_right(a, x, lo=0, hi=None):
    """The index where to insert `x` in the sorted list `a`, after any
    items equal to it."""
    top = _search_end(a, lo, hi)
    while lo < top:
        mid = (lo + top) // 2
        if x < a[mid]:
            top = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None):
    """The index where to insert `x` in the sorted list `a`, before any
    items equal to it."""
    top = _search_end(a, lo, hi)
    while lo < top:
        mid = (lo + top) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            top = mid
    return lo


def insort_right(a, x, lo=0, hi=None):
    """Inserts `x` in the sorted list `a`, after any items equal to it."""
    a.insert(bisect_right(a, x, lo, hi), x)


def insort_left(a, x, lo=0, hi=None):
    """Inserts `x` in the sorted list `a`, before any items equal to it."""
    a.insert(bisect_left(a, x, lo, hi), x)


def bisect(a, x, lo=0, hi=None):
    """`bisect_right`."""
    return bisect_right(a, x, lo, hi)


def insort(a, x, lo=0, hi=None):
    """`insort_right`."""
    insort_right(a, x, lo, hi)
