# A failing assert without a message.
total = 0
for i in range(1, 11):
    total += i
    assert total < 100
print("sum 1..10 =", total)
assert total == 55
assert total != 55
print("unreachable")
