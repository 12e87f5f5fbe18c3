# A slice with step 0 raises ValueError: slice step cannot be zero.
xs = [1, 2, 3, 4]
for step in [2, -1, 0]:
    print(step, xs[::step])
