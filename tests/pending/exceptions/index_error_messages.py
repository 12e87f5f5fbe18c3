# The messages of IndexError from lists, strings, tuples and list.pop differ.
def attempt(label: str, which: int) -> None:
    nums = [1, 2, 3]
    word = "abc"
    pair = (1, 2)
    empty: list[int] = []
    try:
        if which == 0:
            print(nums[3])
        elif which == 1:
            print(word[10])
        elif which == 2:
            print(pair[-3])
        elif which == 3:
            print(empty.pop())
        elif which == 4:
            print(nums.pop(7))
        else:
            nums[5] = 0
    except IndexError as e:
        print(label, "->", e)


labels = ["list get", "str get", "tuple get", "pop empty", "pop index", "list set"]
for i, label in enumerate(labels):
    attempt(label, i)
