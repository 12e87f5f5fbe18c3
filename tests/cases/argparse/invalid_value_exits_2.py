# A bad value is reported on stderr with the usage, and the exit status is 2.
import argparse

parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("--count", type=int, default=1)
print(parser.parse_args(["--count", "3"]).count)
parser.parse_args(["--count", "three"])
print("not reached")
