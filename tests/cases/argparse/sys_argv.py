# sys.argv is one list: the program's arguments (none here) after its name.
import sys

print(sys.argv[1:])
print(len(sys.argv))
args = sys.argv
args.append("--extra")
print(sys.argv[1:])
