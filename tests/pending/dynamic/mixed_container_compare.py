# Comparing containers whose element types differ (element-wise in CPython).
print([1, 2] == [1.0, 2.0], (1, 2) == (1.0, 2), [1] == [True])
print({1: "a"} == {1.0: "a"}, {1, 2} == {2.0, 1.0})
print([1, 2] == (1, 2), "1" == 1, None == 0)
t = (1, "a", 2.0)
print(t == (1, "a", 2), t != (1, "a"))
print([1, 2.0] < [1, 3], (1, 2.5) > (1, 2))
x = [1, "a"]
y = [1, "b"]
print(x < y, x >= y)
print(sorted([[1, "a"], [0, "b"], [0, "a"]]))
print(max([1, 2], [1, 2.5]))
