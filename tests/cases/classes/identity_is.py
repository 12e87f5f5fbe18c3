# Identity: `is` / `is not` on instances, and that == defaults to identity.
class Box:
    def __init__(self, v: int):
        self.v = v


a = Box(1)
b = Box(1)
c = a
print(a is b, a is not b)
print(a is c, a is not c)
print(a == b, a == c, a != b)
boxes = [a, b, c]
print(boxes[0] is boxes[2], boxes[0] is boxes[1])
print(boxes.count(a), boxes.index(b))
print(a in boxes, Box(1) in boxes)
d = Box(a.v)
print(d is a, d.v == a.v)
pick = a if a.v > 0 else b
print(pick is a)
same = 0
for x in boxes:
    for y in boxes:
        if x is y:
            same += 1
print(same)
