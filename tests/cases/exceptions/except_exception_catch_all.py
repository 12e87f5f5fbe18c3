# except Exception catches any ordinary error raised by builtins.
def attempt(step: int) -> str:
    nums = [1, 2, 3]
    names = {"ann": 31}
    if step == 0:
        return str(nums[3])
    if step == 1:
        return str(names["bob"])
    if step == 2:
        return str(int("3.5"))
    if step == 3:
        return str(10 % 0)
    if step == 4:
        return str(float("abc"))
    if step == 5:
        return str(nums.index(9))
    return "ok " + str(step)


failures = 0
for step in range(7):
    try:
        print(step, attempt(step))
    except Exception as e:
        failures += 1
        print(step, type(e).__name__, e)
print("failures:", failures)
