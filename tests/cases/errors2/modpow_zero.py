# pow() with a modulus of 0 raises ValueError: pow() 3rd argument cannot be 0.
for m in [7, 3, 1, 0]:
    print(m, pow(5, 3, m))
