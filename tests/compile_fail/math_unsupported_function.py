import math

print(math.ulp(1.0))
