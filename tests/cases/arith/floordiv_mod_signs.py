# Floor division and modulo follow the sign of the divisor (Python semantics).
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(6 // 3, -6 // 3, 6 // -3, -6 // -3)
print(6 % 3, -6 % 3, 6 % -3, -6 % -3)
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
print(1 // 10, -1 // 10, 1 % 10, -1 % 10)
print(10 // 1, 10 % 1, -10 // 1, -10 % 1)
for a in range(-6, 7, 3):
    for b in range(-4, 5, 2):
        if b != 0:
            print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(7.0 // 2, 7.0 % 2)
print(-7.0 // 2, -7.0 % 2)
print(7 // -2.0, 7 % -2.0)
print(-7.5 // -2, -7.5 % -2)
print(5.5 // 0.5, 5.5 % 0.5)
print(True // 1, True % 2, 5 // True, 5 % True)
print(-1 % 3, -2 % 3, -3 % 3, -4 % 3)
print(1 % -3, 2 % -3, 3 % -3, 4 % -3)
