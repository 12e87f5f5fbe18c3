# Moving a robot around a grid with (x, y) tuples and direction tuples.
directions = [(0, 1), (1, 0), (0, -1), (-1, 0)]
pos = (0, 0)
facing = 0
visited = [pos]
commands = "FFRFFRFLF"
for cmd in commands:
    if cmd == "R":
        facing = (facing + 1) % 4
    elif cmd == "L":
        facing = (facing - 1) % 4
    else:
        dx, dy = directions[facing]
        px, py = pos
        pos = (px + dx, py + dy)
        visited.append(pos)
print(pos, facing)
print(visited)
print(len(visited), visited.count((0, 0)))
far = visited[0]
for v in visited:
    if v[0] * v[0] + v[1] * v[1] > far[0] * far[0] + far[1] * far[1]:
        far = v
print("farthest", far)
