# `-h` prints argparse's help, wrapped as CPython wraps it, and exits 0.
import argparse

parser = argparse.ArgumentParser(prog="chaosgame")
parser.add_argument("--thickness", type=float, default=0.25,
                    help="Thickness (default: %s)" % 0.25)
parser.add_argument("--width", type=int, default=256,
                    help="Image width (default: %s)" % 256)
parser.add_argument("--filename", metavar="FILENAME.PPM",
                    help="Output filename of the PPM picture")
parser.add_argument("--rng-seed", type=int, default=1234,
                    help="Random number generator seed (default: %(default)s)")
parser.add_argument("benchmark", nargs="?", choices=["lu", "fft", "sor", "monte_carlo"])
print(parser.format_usage(), end="")
parser.parse_args(["--help"])
print("not reached")
