# Iteration order of sets of strs is fixed by PYTHONHASHSEED=0.
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
for f in fruits:
    print(f)
print(fruits)
print(list(fruits))
print(" ".join(fruits))
chars = set("abcdefg")
print(chars)
print({"é", "ß", "日本", "😀"})
