# Membership tests and iteration over tuples of one element type.
vowels = ("a", "e", "i", "o", "u")
text = "programming in python"
count = 0
for ch in text:
    if ch in vowels:
        count += 1
print(count)
primes = (2, 3, 5, 7, 11, 13)
for n in range(15):
    if n in primes:
        print(n, "prime")
    elif n not in (0, 1):
        print(n, "composite")
total = 0
for p in primes:
    total += p
print(total, len(primes))
for w in ("x", "yy", "zzz"):
    print(w, len(w))
for f in (0.5, 1.5, 2.5):
    print(f * 2)
print(("b", "c") == ("b", "c"[0]), 3 in (1, 2))
