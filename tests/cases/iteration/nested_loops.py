# Nested loops over lists: multiplication table and pair search.
nums = [2, 7, 11, 15, 1, 8]
target = 9
found = False
for i in range(len(nums)):
    for j in range(i + 1, len(nums)):
        if nums[i] + nums[j] == target:
            print("pair", i, j, nums[i], nums[j])
            found = True
print(found)
header = "    "
for c in [1, 2, 3, 4]:
    header += str(c).rjust(4)
print(header)
for r in [1, 2, 3, 4]:
    line = str(r).rjust(4)
    for c in [1, 2, 3, 4]:
        line += str(r * c).rjust(4)
    print(line)
words = ["cat", "dog", "bird"]
letters = ["a", "o", "i"]
for w in words:
    for letter in letters:
        if letter in w:
            print(w, "contains", letter)
            break
    else:
        print(w, "has none")
