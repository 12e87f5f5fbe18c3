# A float power too large raises OverflowError: (34, 'Numerical result out of range').
x = 10.0
for e in [10.0, 100.0, 300.0, 400.0]:
    print(e, x ** e)
