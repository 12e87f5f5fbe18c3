# A parameter that no call gives a value, and nothing else types, needs an annotation.
def scale(n, factor):
    return n * factor
