#!/usr/bin/env python3
"""Record the expected output of Molt's differential test cases.

Every case is a Python program ``tests/cases/<area>/<name>.py``.  This script
runs it under the reference interpreter (CPython 3.12) and writes, beside it:

* ``<name>.stdout`` -- exactly the bytes the program wrote to stdout;
* ``<name>.exit``   -- the exit code on the first line and, when the exit code
  is nonzero and stderr was non-empty, the last line of stderr on a second
  line.  The file always ends with a newline.

Usage::

    python3 tests/record.py                 # every case under tests/cases
    python3 tests/record.py PATH [PATH...]  # only these case files / dirs

The reference interpreter is ``python3`` run with ``PYENV_VERSION=3.12.1``;
set ``MOLT_REFERENCE_PYTHON`` to use another executable (it must still be
CPython 3.12).  Each case runs with ``PYTHONHASHSEED=0``, its own directory
as the working directory, stdin from /dev/null and a 60 second timeout.
Files whose contents would not change are left untouched.

Exit status: 0 if every selected case was recorded, 1 if any failed (timeout,
killed by a signal, ...), 2 for usage errors or a wrong reference version.
"""

import os
import subprocess
import sys
from pathlib import Path

TIMEOUT_SECONDS = 60
PYENV_VERSION = "3.12.1"
REQUIRED_VERSION = (3, 12)

TESTS_DIR = Path(__file__).resolve().parent
CASES_DIR = TESTS_DIR / "cases"


def fail(message: str) -> None:
    """Report a usage/setup error and exit with status 2."""
    print(f"record.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def reference_command() -> list:
    override = os.environ.get("MOLT_REFERENCE_PYTHON")
    return [override] if override else ["python3"]


def reference_env() -> dict:
    env = dict(os.environ)
    # Variables that would change how the reference behaves or what it prints.
    for var in (
        "PYTHONSTARTUP",
        "PYTHONPATH",
        "PYTHONHOME",
        "PYTHONINSPECT",
        "PYTHONWARNINGS",
        "PYTHONOPTIMIZE",
        "PYTHONDEBUG",
        "PYTHONVERBOSE",
        "PYTHONDEVMODE",
        "PYTHONSAFEPATH",
        "PYTHONINTMAXSTRDIGITS",
        "PYTHONBREAKPOINT",
    ):
        env.pop(var, None)
    env["PYENV_VERSION"] = PYENV_VERSION
    # When this script itself runs through a pyenv shim, `pyenv exec` has put
    # that version's bin directory first on PATH, so a bare `python3` would
    # bypass the shim (and PYENV_VERSION).  Drop those entries so `python3`
    # resolves through the shims again.
    pyenv_root = env.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    versions = os.path.join(pyenv_root, "versions") + os.sep
    path = env.get("PATH", os.defpath).split(os.pathsep)
    env["PATH"] = os.pathsep.join(
        p for p in path if not os.path.join(p, "").startswith(versions)
    )
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Make the bytes written to stdout/stderr independent of the locale.
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    return env


def check_reference(cmd: list, env: dict) -> str:
    probe = "import sys; print(sys.implementation.name, *sys.version_info[:3])"
    try:
        proc = subprocess.run(
            cmd + ["-c", probe],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
    except FileNotFoundError:
        fail(f"reference interpreter {cmd[0]!r} not found "
             "(set MOLT_REFERENCE_PYTHON to a CPython 3.12 executable)")
    except subprocess.TimeoutExpired:
        fail(f"reference interpreter {cmd[0]!r} did not answer a version probe")
    out = proc.stdout.decode("utf-8", "replace").split()
    if proc.returncode != 0 or len(out) != 4:
        err = proc.stderr.decode("utf-8", "replace").strip()
        fail(f"could not run reference interpreter {cmd[0]!r} "
             f"with PYENV_VERSION={PYENV_VERSION}: {err or 'no output'}")
    impl, major, minor, micro = out[0], int(out[1]), int(out[2]), out[3]
    version = f"{major}.{minor}.{micro}"
    if impl != "cpython" or (major, minor) != REQUIRED_VERSION:
        fail(f"reference interpreter {cmd[0]!r} is {impl} {version}; "
             f"CPython {REQUIRED_VERSION[0]}.{REQUIRED_VERSION[1]} is required "
             f"(install it with pyenv as {PYENV_VERSION}, or point "
             "MOLT_REFERENCE_PYTHON at a CPython 3.12 executable)")
    return f"{impl} {version}"


def collect_cases(args: list) -> list:
    if not args:
        if not CASES_DIR.is_dir():
            fail(f"no cases directory at {CASES_DIR}")
        return sorted(CASES_DIR.rglob("*.py"))
    found = set()
    for arg in args:
        path = Path(arg).resolve()
        if path.is_dir():
            found.update(path.rglob("*.py"))
        elif path.is_file() and path.suffix == ".py":
            found.add(path)
        elif path.with_suffix(".py").is_file():
            # Allow naming a case by its .stdout/.exit file or without suffix.
            found.add(path.with_suffix(".py"))
        else:
            fail(f"not a case file or directory: {arg}")
    return sorted(found)


def exit_file_contents(returncode: int, stderr: bytes) -> bytes:
    text = f"{returncode}\n"
    if returncode != 0:
        # Split on "\n" only: str.splitlines() would also split on \x0b,
        # \u2028 and friends, which can appear in an exception message.
        last = stderr.decode("utf-8", "backslashreplace").rstrip("\r\n")
        last = last.split("\n")[-1].rstrip("\r")
        if last:
            text += last + "\n"
    return text.encode("utf-8")


def write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def display(path: Path) -> str:
    try:
        return str(path.relative_to(CASES_DIR))
    except ValueError:
        return str(path)


def record(case: Path, cmd: list, env: dict) -> tuple:
    """Run one case; return (status, exit code line), or raise RuntimeError."""
    try:
        proc = subprocess.run(
            cmd + [case.name],
            cwd=case.parent,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"timed out after {TIMEOUT_SECONDS} s")
    if proc.returncode < 0:
        raise RuntimeError(f"killed by signal {-proc.returncode}")
    changed = write_if_changed(case.with_suffix(".stdout"), proc.stdout)
    exit_data = exit_file_contents(proc.returncode, proc.stderr)
    changed |= write_if_changed(case.with_suffix(".exit"), exit_data)
    return ("updated" if changed else "unchanged"), str(proc.returncode)


def main(argv: list) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        return 0
    cases = collect_cases(argv)
    cmd = reference_command()
    env = reference_env()
    version = check_reference(cmd, env)
    print(f"reference: {' '.join(cmd)} ({version})")
    counts = {"updated": 0, "unchanged": 0, "failed": 0}
    for case in cases:
        try:
            status, code = record(case, cmd, env)
        except RuntimeError as err:
            counts["failed"] += 1
            print(f"FAILED    {display(case)}: {err}")
            continue
        counts[status] += 1
        print(f"{status:9} exit={code:<3} {display(case)}")
    print(f"{len(cases)} cases: {counts['updated']} updated, "
          f"{counts['unchanged']} unchanged, {counts['failed']} failed")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
