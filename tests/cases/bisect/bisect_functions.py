"""bisect: the sorted-list searches and insertions, with lo and hi."""
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left

grades = [60, 70, 80, 90]
for score in [33, 60, 77, 90, 100]:
    print(score, "ABCDE"[4 - bisect.bisect(grades, score)], bisect_left(grades, score))
xs = [1, 2, 2, 2, 3]
print(bisect_left(xs, 2), bisect_right(xs, 2), bisect.bisect(xs, 2, 0, 2), bisect_left(xs, 2, 2))
print(bisect_right(xs, 2, 0, -1), bisect_left([], 5))
words = []
for w in "the quick brown fox jumps over the lazy dog".split():
    insort(words, w)
print(words)
floats = [0.5, 1.5]
insort_left(floats, 1.5)
bisect.insort_right(floats, 1.0, 1)
print(floats)
try:
    bisect_left(xs, 2, -1)
except ValueError as e:
    print("ValueError:", e)
