# A name the `else` of a loop binds, and the body binds before each
# `break`, is bound after the loop (and Rust needs no `mut` for it).
def find(xs, want):
    for i, x in enumerate(xs):
        if x == want:
            found = i
            break
    else:
        found = -1
    return found

def first_big(xs):
    i = 0
    while True:
        v = xs[i]
        if v > 10:
            break
        i += 1
    return v

def maybe(xs):
    for x in xs:
        if x:
            y = x
            break
    else:
        pass
    try:
        return y
    except UnboundLocalError as e:
        return str(e)

def poll(n):
    while n > 0:
        n -= 1
        if n == 3:
            hit = n
            break
    else:
        hit = None
    return hit

print(find([3, 4, 5], 5), find([1], 9))
print(first_big([1, 5, 20, 30]))
print(maybe([0, 7]), maybe([0, 0]))
print(poll(10), poll(2))
