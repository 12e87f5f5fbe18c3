# Searching with for/else over lists and dicts.
def find_first_negative(xs: list[int]) -> int:
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1


inventory = {"apples": 5, "pears": 0, "plums": 2}
for item, qty in inventory.items():
    if qty == 0:
        print("out of", item)
        break
else:
    print("all in stock")
print(find_first_negative([3, 1, -4, 1]), find_first_negative([1, 2]))
primes: list[int] = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
matrix = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == 0:
            print("zero at", r, c)
            break
    else:
        continue
    break
