# map and filter with user-defined functions, builtins and str methods.
def square(n: int) -> int:
    return n * n


def is_odd(n: int) -> bool:
    return n % 2 == 1


def shout(s: str) -> str:
    return s.upper() + "!"


nums = [1, 2, 3, 4, 5]
print(list(map(square, nums)), list(filter(is_odd, nums)))
print(list(map(square, filter(is_odd, nums))), sum(map(square, nums)))
print(list(map(shout, ["hi", "yo"])), list(map(str.strip, [" a ", "b  "])))
print(list(map(len, ["", "ab", "abc"])), list(map(abs, [-1, 2, -3])))
print(list(filter(None, ["", "x", "", "y"])), list(filter(str.isdigit, ["1", "a", "22"])))
print(sorted(map(square, [-3, 2, -1])), max(map(len, ["aa", "b", "cccc"])))
for word in map(str.title, ["one two", "three"]):
    print(word)
print(list(filter(is_odd, range(10))), any(map(is_odd, [2, 4, 5])), all(map(is_odd, [1, 3])))
