# pop() from an empty set raises KeyError.
todo = {"wash", "dry", "fold"}
done: list[str] = []
while len(todo) > 0:
    task = todo.pop()
    done.append(task)
    print("did", task, "left", len(todo))
print(sorted(done), todo, len(todo))
todo.add("iron")
print(todo.pop(), todo)
print(todo.pop())
