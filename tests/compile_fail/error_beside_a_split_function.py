# A function called with two types (split into copies) in a program
# with an error elsewhere: the error is reported (inference stops).
def show(xs, output):
    for x in xs:
        print(x, output)

def main():
    stream = "a"
    show([1, 2], stream)
    out = stream.frob()
    stream = None
    print(repr(out))

main()
show([3], None)
