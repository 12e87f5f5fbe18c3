# Loops that carry state across iterations: runs, deltas and balances.
temps = [12, 14, 14, 13, 17, 19, 19, 19, 15]
longest = 1
current = 1
for i in range(1, len(temps)):
    if temps[i] == temps[i - 1]:
        current += 1
        if current > longest:
            longest = current
    else:
        current = 1
print("longest run", longest)
rises = 0
prev = temps[0]
for t in temps[1:]:
    if t > prev:
        rises += 1
    prev = t
print("rises", rises)
balance = 100
history: list[int] = []
for change in [-30, 50, -200, 25, -10]:
    if balance + change < 0:
        print("rejected", change)
        continue
    balance += change
    history.append(balance)
print(balance, history)
