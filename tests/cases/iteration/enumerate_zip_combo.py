# enumerate and zip together with lists of strs and floats.
labels = ["mon", "tue", "wed", "thu"]
rain = [0.0, 2.5, 11.25, 0.5]
wettest = ""
wettest_mm = -1.0
for i, day in enumerate(labels, 1):
    print(i, day.capitalize())
for day, mm in zip(labels, rain):
    bar = "#" * int(mm)
    print(day, str(mm).rjust(6), bar)
    if mm > wettest_mm:
        wettest_mm = mm
        wettest = day
print("wettest", wettest, wettest_mm)
for i, d in enumerate(labels[::-1]):
    print(i, d)
for i, d in enumerate(sorted(labels)):
    print(i, d, end=" ")
print()
