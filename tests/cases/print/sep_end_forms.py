# print() with sep and end: empty, multi-character, newlines, and no arguments.
print(1, 2, 3, sep=", ")
print(1, 2, 3, sep="")
print("x", "y", sep="\n")
print("a", end="")
print("b", end="--")
print("c")
print(sep="ignored")
print(end="only end\n")
print("multi", "sep", sep=" <=> ", end=" [done]\n")
print([1, 2], (3, 4), {5: 6}, sep=" | ")
print("é", "日", "😀", sep="·")
words = ["alpha", "beta", "gamma"]
for i in range(len(words)):
    print(words[i], end="\n" if i == len(words) - 1 else ", ")
print(words, sep="/")
