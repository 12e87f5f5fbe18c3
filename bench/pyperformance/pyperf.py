"""A stand-in for pyperf's Runner: runs each benchmark once and prints
what it returns (a timed benchmark returns its time, which is not printed).
Command-line options the benchmarks declare are parsed by argparse, as
pyperf's are, so each runs with its defaults; `add_cmdline_args` is called
as pyperf calls it for its worker processes."""

import argparse


def perf_counter():
    return 0.0


class Runner:
    def __init__(self, add_cmdline_args=None):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.add_cmdline_args = add_cmdline_args
        self.parsed = False

    def parse_args(self):
        self.parsed = True
        args = self.argparser.parse_args()
        # pyperf builds its worker processes' command lines with it.
        add_cmdline_args = self.add_cmdline_args
        if add_cmdline_args is not None:
            cmd = []
            add_cmdline_args(cmd, args)
        return args

    def bench_func(self, name, func, *args):
        # pyperf parses the command line at the first benchmark, if the
        # program has not.
        if not self.parsed:
            self.parse_args()
        result = func(*args)
        print(name, "returned", result)

    def bench_time_func(self, name, func, *args, inner_loops=None):
        if not self.parsed:
            self.parse_args()
        func(1, *args)
        print(name, "ran")
