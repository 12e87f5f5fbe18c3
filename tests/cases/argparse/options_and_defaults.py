# argparse with typed results: defaults, explicit lists of arguments,
# prefixes, `=` values, flags, choices and optional positionals.
import argparse

DEFAULT_ITERATIONS = 20

parser = argparse.ArgumentParser(prog="tool", description="Runs the thing.")
parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS,
                    help="Number of iterations (default: %s)" % DEFAULT_ITERATIONS)
parser.add_argument("--scale", type=float, default=0.5)
parser.add_argument("--name", help="who runs it")
parser.add_argument("--rng-seed", type=int, default="1234")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--level", type=int, choices=[1, 2, 3], default=2)
parser.add_argument("mode", nargs="?", choices=sorted({"fast": 1, "slow": 2}))

args = parser.parse_args([])
print(args.iterations + 1, args.scale * 2, args.name, args.rng_seed, args.verbose, args.level, args.mode)
print(args)
args = parser.parse_args(["--iter", "5", "--scale=1e3", "--name", "ann", "-v", "slow", "--rng-seed", "-7"])
print(args.iterations, args.scale, args.name, args.rng_seed, args.verbose, args.mode)
name = args.name
if name is not None:
    print(name.upper())
print(args)
