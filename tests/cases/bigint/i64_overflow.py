# Arithmetic around the signed 64-bit boundaries must not wrap.
imax = 9223372036854775807
imin = -9223372036854775808
print(imax + 1)
print(imin - 1)
print(imax * 2, imin * 2)
print(imax * imax)
print(imin * imin)
print(imin * -1)
print(-imin)
print(abs(imin))
print(imin // -1)
print(imin % -1)
print(imax + imax + 2 == 2 ** 64)
print(imax - imin)
print(imin - imax)
x = 1
steps = 0
while x < 2 ** 70:
    x = x * 3
    steps += 1
print(steps, x)
y = imax
y += 1
print(y, y - 1 == imax)
z = imin
z -= 1
print(z)
w = 4294967296
print(w * w, w * w - 1)
q, r = divmod(imax + 1, 7)
print(q, r)
print(imax // 2 + 1, imin // 2)
print(3037000500 * 3037000500)
