# divmod, always unpacked right away into two names.
q, r = divmod(17, 5)
print(q, r)
q, r = divmod(-17, 5)
print(q, r)
q, r = divmod(17, -5)
print(q, r)
q, r = divmod(-17, -5)
print(q, r)
q, r = divmod(0, 3)
print(q, r)
q, r = divmod(15, 5)
print(q, r)
fq, fr = divmod(17.5, 5)
print(fq, fr)
fq, fr = divmod(-17.5, 5)
print(fq, fr)
fq, fr = divmod(17, -5.0)
print(fq, fr)
fq, fr = divmod(1.0, 0.1)
print(fq, fr)
fq, fr = divmod(-0.0, 1.0)
print(fq, fr)
# Converting seconds to h:m:s
seconds = 98765
minutes, sec = divmod(seconds, 60)
hours, mins = divmod(minutes, 60)
print(hours, mins, sec)
# Base-7 digits of a number, least significant first
n = 2024
while n > 0:
    n, d = divmod(n, 7)
    print(d, end=" ")
print()
