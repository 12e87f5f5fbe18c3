# The sign option + - and space, and z for negative zero, on ints and floats.
for v in [5, -5, 0]:
    print("[{0:+}] [{0:-}] [{0: }] [{0:+5}] [{0: 5}] [{0:+05}]".format(v))
for x in [2.5, -2.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]:
    print("[{0:+}] [{0:-}] [{0: }] [{0:+.1f}] [{0: .2e}] [{0:+g}]".format(x))
print("[{:z.1f}] [{:z.1f}] [{:z.2f}] [{:+z.1f}] [{:z}]".format(-0.0, -0.04, 0.001, -0.0, -0.0))
print("[{: d}] [{: d}] [{:+d}]".format(7, -7, 0))
print("[{:+,}] [{: _}] [{:+x}] [{: #b}]".format(1000, -1000, 255, 5))
