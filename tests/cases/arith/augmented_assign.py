# Every augmented assignment operator on names.
a = 10
a += 5
print(a)
a -= 3
print(a)
a *= 4
print(a)
a //= 5
print(a)
a %= 4
print(a)
a **= 3
print(a)
a <<= 4
print(a)
a >>= 2
print(a)
a &= 0b1111
print(a)
a |= 0b10000
print(a)
a ^= 0b11111
print(a)
f = 7.5
f += 0.5
print(f)
f -= 10.0
print(f)
f *= -1.5
print(f)
f /= 4
print(f)
f //= 0.5
print(f)
f %= 2.5
print(f)
f **= 2
print(f)
s = "ab"
s += "cd"
print(s)
s *= 3
print(s)
g = 1.0
g /= 3
print(g)
n = -17
n //= 5
print(n)
n %= -3
print(n)
