class P:
    def __init__(self, i):
        self.x = i


points = [None] * 3
points[0] = P(1)
print(points[0].x)
print(points[1].x)
