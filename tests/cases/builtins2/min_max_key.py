# min() and max() with key=len pick the first element among ties.
words = ["kiwi", "fig", "banana", "plum", "apricot", "yam"]
print(min(words, key=len), max(words, key=len))
print(min(words), max(words))
same = ["bb", "aa", "cc"]
print(min(same, key=len), max(same, key=len))
rows = [[1, 2, 3], [4], [5, 6], [7]]
print(min(rows, key=len), max(rows, key=len))
print(max(["é", "ee", "日本語"], key=len))
lines = "short\na much longer line\nmid length".splitlines()
longest = max(lines, key=len)
print(longest, len(longest))
