# max() of an empty list of strs raises ValueError.
lines = ["alpha beta", "gamma", "   "]
for line in lines:
    words = line.split()
    print(repr(line), words, len(words))
    if len(words) > 0:
        print("  longest:", max(words, key=len), "last:", max(words))
blank = lines[-1].split()
print(blank, len(blank))
print(max(blank))
