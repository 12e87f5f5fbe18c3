# A list used as a FIFO queue with pop(0), and insert at various positions.
queue = ["ann", "bob"]
queue.append("cy")
print(queue)
first = queue.pop(0)
print(first, queue)
queue.insert(0, "zed")
print(queue)
queue.insert(1, "mid")
print(queue)
queue.insert(100, "last")
print(queue)
queue.insert(-1, "before-last")
print(queue)
queue.insert(-100, "front")
print(queue)
while len(queue) > 2:
    print("serving", queue.pop(0), "left", len(queue))
print(queue)
middle = [1, 2, 3, 4, 5]
print(middle.pop(2), middle)
print(middle.pop(-2), middle)
print(middle.pop(), middle)
# Round-robin scheduling of work units.
work = [3, 1, 2]
names = ["a", "b", "c"]
order: list[str] = []
while len(work) > 0:
    w = work.pop(0)
    n = names.pop(0)
    order.append(n)
    if w > 1:
        work.append(w - 1)
        names.append(n)
print(order)
