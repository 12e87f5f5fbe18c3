# Printing list literals of every element type uses the repr of each element.
nums = [1, 2, 3]
print(nums)
floats = [1.0, 2.5, -0.0, 1e16, 0.1]
print(floats)
words = ["a", "b c", "it's", 'say "hi"']
print(words)
flags = [True, False, True]
print(flags)
nested = [[1, 2], [3], [4, 5, 6]]
print(nested)
empty: list[int] = []
print(empty)
print(len(nums), len(floats), len(words), len(flags), len(nested), len(empty))
big = [2 ** 64, -(10 ** 20), 0]
print(big)
unicode_words = ["é", "ß", "日本", "😀"]
print(unicode_words)
escapes = ["tab\there", "new\nline", "back\\slash"]
print(escapes)
print([0.1 + 0.2, 1.0 / 3.0, 2.0 ** 0.5])
print(str(nums), repr(words))
print(f"{nums} and {words}")
print(f"{nested!r}")
print("list:", nums, "end", sep="|")
