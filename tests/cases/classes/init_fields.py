# Fields assigned in __init__ are readable and writable on each instance independently.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y


class Person:
    def __init__(self, name: str, age: int, height: float):
        self.name = name
        self.age = age
        self.height = height
        self.tags = [name.lower(), "person"]
        self.is_adult = age >= 18


p = Point(3, 4)
q = Point(-1, 7)
print(p.x, p.y, q.x, q.y)
p.x = 10
q.y += 5
print(p.x, p.y, q.x, q.y)
print(p.x * p.x + p.y * p.y)
ann = Person("Ann", 34, 1.68)
bob = Person("Bob", 12, 1.41)
print(ann.name, ann.age, ann.height, ann.tags, ann.is_adult)
print(bob.name, bob.age, bob.height, bob.tags, bob.is_adult)
bob.age += 7
bob.is_adult = bob.age >= 18
bob.tags.append("grown")
print(bob.age, bob.is_adult, bob.tags)
print(ann.tags)
print(f"{ann.name} is {ann.height:.1f}m tall")
print(type(ann).__name__, type(p).__name__)
