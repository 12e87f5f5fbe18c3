# A list used as a stack: checking balanced brackets.
def balanced(text: str) -> bool:
    stack: list[str] = []
    for ch in text:
        if ch == "(" or ch == "[" or ch == "{":
            stack.append(ch)
        elif ch == ")" or ch == "]" or ch == "}":
            if len(stack) == 0:
                return False
            top = stack.pop()
            if ch == ")" and top != "(":
                return False
            if ch == "]" and top != "[":
                return False
            if ch == "}" and top != "{":
                return False
    return len(stack) == 0


tests = ["()", "([]{})", "(]", "((()", "", "{[()()]}", "())", "a(b)c[d]"]
for t in tests:
    print(repr(t), balanced(t))
nums: list[int] = []
for i in range(5):
    nums.append(i * i)
    print("push", i * i, nums)
while len(nums) > 0:
    v = nums.pop()
    print("pop", v, nums)
nums.append(7)
nums.append(8)
print(nums[-1], len(nums))
