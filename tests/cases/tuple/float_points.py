# Tuples of floats as 2-D points: distances, centroid and bounding box.
def dist2(p: tuple[float, float], q: tuple[float, float]) -> float:
    dx = p[0] - q[0]
    dy = p[1] - q[1]
    return dx * dx + dy * dy


def centroid(ps: list[tuple[float, float]]) -> tuple[float, float]:
    sx = 0.0
    sy = 0.0
    for px, py in ps:
        sx += px
        sy += py
    return (sx / len(ps), sy / len(ps))


points = [(0.0, 0.0), (3.0, 4.0), (-1.5, 2.5), (0.5, -0.25)]
print(points)
print(centroid(points))
for p in points:
    print(p, dist2(p, (0.0, 0.0)), dist2(p, centroid(points)))
lo = points[0]
hi = points[0]
for p in points:
    lo = (min(lo[0], p[0]), min(lo[1], p[1]))
    hi = (max(hi[0], p[0]), max(hi[1], p[1]))
print("box", lo, hi)
closest = (points[0], points[1])
best = dist2(points[0], points[1])
for i in range(len(points)):
    for j in range(i + 1, len(points)):
        d = dist2(points[i], points[j])
        if d < best:
            best = d
            closest = (points[i], points[j])
print(closest, best)
