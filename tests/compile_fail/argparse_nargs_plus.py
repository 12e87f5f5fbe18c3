# Molt's argparse takes one value per argument: nargs="+" is rejected
# where it is written.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("files", nargs="+")
args = parser.parse_args()
print(args.files)
