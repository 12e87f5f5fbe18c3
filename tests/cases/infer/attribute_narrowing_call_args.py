# An attribute narrowed by `if args.name:` stays narrowed in the arguments
# of a call statement: they are read before the call runs.
import argparse


def add_cmdline_args(cmd, args):
    cmd.append("--width=%s" % args.width)
    if args.filename:
        cmd.extend(("--filename", args.filename))


class Job:
    def __init__(self, name):
        self.name = name
        self.tag = None

    def label(self, log):
        if self.tag is not None:
            log.append(self.tag + ":" + self.name)
        else:
            log.append(self.name)


parser = argparse.ArgumentParser()
parser.add_argument("--width", type=int, default=3)
parser.add_argument("--filename")
for argv in [[], ["--filename", "out.ppm"]]:
    cmd = []
    add_cmdline_args(cmd, parser.parse_args(argv))
    print(cmd)

log = []
job = Job("build")
job.label(log)
job.tag = "ci"
job.label(log)
print(log)
