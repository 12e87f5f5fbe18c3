# operator module functions used with map over two lists.
import operator

a = [6, 7, 8, 9]
b = [3, 2, 4, 5]
print(list(map(operator.add, a, b)))
print(list(map(operator.sub, a, b)))
print(list(map(operator.mul, a, b)))
print(list(map(operator.floordiv, a, b)))
print(list(map(operator.mod, a, b)))
print(list(map(operator.lt, a, b)))
print(list(map(operator.neg, a)))
print(operator.concat("ab", "cd"), operator.contains([1, 2], 2))
