def span(step):
    return range(0, 10, step)


print(list(span(3)))
print(span(0))
