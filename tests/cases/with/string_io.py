# io.StringIO: a text file in memory, written by write() and print(file=),
# read back with getvalue(), read(), readline() and iteration.
import io


def show(rows, output):
    for row in rows:
        print(*row, sep=", ", file=output)
    print("total", sum(sum(r) for r in rows), end="!\n", file=output)


stream = io.StringIO()
print(stream.write("head\n"))
show([[1, 2], [3, 4]], stream)
print(repr(stream.getvalue()))
print(repr(stream.read()))
show([[5]], None)

buffer = io.StringIO("line one\nline two\nlast")
print(repr(buffer.readline()))
for line in buffer:
    print("got", repr(line))
print(buffer.closed)
buffer.close()
print(buffer.closed)
try:
    buffer.getvalue()
except ValueError as e:
    print("ValueError:", e)

overwrite = io.StringIO("héllo wörld")
overwrite.write("HE")
print(overwrite.getvalue())
print(overwrite.read())

maybe = io.StringIO()
maybe.write("kept")
print(maybe.getvalue())
maybe = None
try:
    print(maybe.getvalue())
except AttributeError as e:
    print("AttributeError:", e)
