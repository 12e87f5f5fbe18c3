"""argparse, the part of it Molt compiles: options (`--name VALUE`,
`--name=VALUE`, unambiguous prefixes, `store_true`/`store_false`) and
positional arguments (required, or `nargs="?"`), of type int, float or
str, with defaults and choices; `-h`/`--help`; CPython's usage, help and
error messages.

Molt rewrites each `parser.add_argument(...)` into the typed `_add_*`
method for its type, and fills `Namespace` with one field per argument
the program declares, so `args.iterations` is an int, not a run-time
typed value (see molt-codegen/src/desugar/argparse.rs).
"""

import sys


def _argparse_text(value: str | None) -> str:
    if value is None:
        return ""
    return value


def _argparse_strs(value: list[str] | None) -> list[str]:
    if value is None:
        return []
    return value


class _ArgparseAction:
    def __init__(self, flags: list[str], dest: str, kind: str, nargs_optional: bool,
                 help: str | None, metavar: str | None,
                 choices: list[str] | None, choice_reprs: list[str] | None):
        self.flags = flags
        self.dest = dest
        # "int", "float" or "str" for a value, "true"/"false" for a flag,
        # "help" for -h.
        self.kind = kind
        self.positional = not flags[0].startswith("-")
        self.nargs_optional = nargs_optional
        self.help = _argparse_text(help)
        self.has_help = help is not None
        self.metavar = _argparse_text(metavar)
        self.has_metavar = metavar is not None
        self.choices = _argparse_strs(choices)
        self.choice_reprs = _argparse_strs(choice_reprs)
        self.has_choices = choices is not None
        self.default_text = "None"

    def takes_value(self) -> bool:
        return self.kind == "int" or self.kind == "float" or self.kind == "str"

    def shown_metavar(self) -> str:
        """What usage and help show for the value: the metavar, the
        choices, or the dest (upper-cased for an option)."""
        if self.has_metavar:
            return self.metavar
        if self.has_choices:
            return "{" + ",".join(self.choices) + "}"
        if self.positional:
            return self.dest
        return self.dest.upper()

    def usage_part(self) -> str:
        if self.positional:
            part = self.shown_metavar()
            if self.nargs_optional:
                return "[" + part + "]"
            return part
        if self.takes_value():
            return "[" + self.flags[0] + " " + self.shown_metavar() + "]"
        return "[" + self.flags[0] + "]"

    def invocation(self) -> str:
        if self.positional:
            return self.shown_metavar()
        if not self.takes_value():
            return ", ".join(self.flags)
        metavar = self.shown_metavar()
        return ", ".join([flag + " " + metavar for flag in self.flags])

    def name(self) -> str:
        """How error messages name it."""
        if self.positional:
            if self.has_metavar:
                return self.metavar
            return self.dest
        return "/".join(self.flags)


class _ArgparseValues:
    """The parsed values, by dest and type."""

    def __init__(self, dests: list[str], ints: dict[str, int], floats: dict[str, float],
                 strs: dict[str, str], bools: dict[str, bool]):
        self.dests = dests
        self.ints = ints
        self.floats = floats
        self.strs = strs
        self.bools = bools

    def _has(self, dest: str) -> bool:
        return dest in self.dests

    def _int(self, dest: str) -> int:
        return self.ints[dest]

    def _opt_int(self, dest: str) -> int | None:
        if dest in self.ints:
            return self.ints[dest]
        return None

    def _float(self, dest: str) -> float:
        return self.floats[dest]

    def _opt_float(self, dest: str) -> float | None:
        if dest in self.floats:
            return self.floats[dest]
        return None

    def _str(self, dest: str) -> str:
        return self.strs[dest]

    def _opt_str(self, dest: str) -> str | None:
        if dest in self.strs:
            return self.strs[dest]
        return None

    def _bool(self, dest: str) -> bool:
        return self.bools[dest]


class Namespace:
    """The parsed arguments: one field per argument the program declares."""

    def __init__(self, values: _ArgparseValues):
        self._values = values

    def __repr__(self) -> str:
        parts: list[str] = []
        return "Namespace(" + ", ".join(parts) + ")"


def _argparse_wrap(text: str, width: int) -> list[str]:
    """textwrap.wrap of whitespace-collapsed text, as argparse does."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _argparse_is_negative_number(text: str) -> bool:
    if len(text) < 2 or text[0] != "-":
        return False
    digits = text[1:]
    if digits.isdigit():
        return True
    if digits.startswith("."):
        return digits[1:].isdigit()
    return False


class ArgumentParser:
    def __init__(self, prog: str | None = None, description: str | None = None):
        self.prog = _argparse_text(prog)
        self.has_prog = prog is not None
        self.description = _argparse_text(description)
        self.has_description = description is not None
        self.help_action = _ArgparseAction(["-h", "--help"], "help", "help", False,
                                           "show this help message and exit", None, None, None)
        self.actions: list[_ArgparseAction] = []
        self.int_defaults: dict[str, int] = {}
        self.float_defaults: dict[str, float] = {}
        self.str_defaults: dict[str, str] = {}
        self.bool_defaults: dict[str, bool] = {}
        # Help output's width: argparse takes $COLUMNS or the terminal's,
        # less 2; Molt takes the 80 columns CPython uses when not on a terminal.
        self.width = 78

    def _prog(self) -> str:
        if self.has_prog:
            return self.prog
        path = sys.argv[0]
        slash = path.rfind("/")
        return path[slash + 1:]

    def _register(self, action: _ArgparseAction):
        for flag in action.flags:
            for other in self.actions:
                if flag in other.flags:
                    self._conflict(flag)
        self.actions.append(action)

    def _conflict(self, flag: str):
        print("argparse.ArgumentError: argument " + flag + ": conflicting option string: " + flag, file=sys.stderr)
        sys.exit(1)

    def _add_int(self, flags: list[str], dest: str, nargs_optional: bool, default: int | None,
                 choices: list[str] | None, choice_reprs: list[str] | None,
                 help: str | None, metavar: str | None):
        action = _ArgparseAction(flags, dest, "int", nargs_optional, help, metavar, choices, choice_reprs)
        if default is not None:
            self.int_defaults[dest] = default
            action.default_text = str(default)
        self._register(action)

    def _add_float(self, flags: list[str], dest: str, nargs_optional: bool, default: float | None,
                 choices: list[str] | None, choice_reprs: list[str] | None,
                 help: str | None, metavar: str | None):
        action = _ArgparseAction(flags, dest, "float", nargs_optional, help, metavar, choices, choice_reprs)
        if default is not None:
            self.float_defaults[dest] = default
            action.default_text = str(default)
        self._register(action)

    def _add_str(self, flags: list[str], dest: str, nargs_optional: bool, default: str | None,
                 choices: list[str] | None, choice_reprs: list[str] | None,
                 help: str | None, metavar: str | None):
        action = _ArgparseAction(flags, dest, "str", nargs_optional, help, metavar, choices, choice_reprs)
        if default is not None:
            self.str_defaults[dest] = default
            action.default_text = default
        self._register(action)

    def _add_flag(self, flags: list[str], dest: str, store: bool, help: str | None):
        kind = "true" if store else "false"
        action = _ArgparseAction(flags, dest, kind, False, help, None, None, None)
        self.bool_defaults[dest] = not store
        action.default_text = str(not store)
        self._register(action)

    def format_usage(self) -> str:
        return self._usage() + "\n"

    def _usage(self) -> str:
        prog = self._prog()
        optionals = [self.help_action.usage_part()]
        positionals: list[str] = []
        for action in self.actions:
            if action.positional:
                positionals.append(action.usage_part())
            else:
                optionals.append(action.usage_part())
        prefix = "usage: "
        text = " ".join([prog] + optionals + positionals)
        if len(prefix) + len(text) <= self.width:
            return prefix + text
        # Too long: optionals, then positionals, each wrapped under the prog.
        if len(prefix) + len(prog) <= 0.75 * self.width:
            indent = " " * (len(prefix) + len(prog) + 1)
            lines = self._usage_lines([prog] + optionals, indent, prefix)
            if positionals:
                lines = lines + self._usage_lines(positionals, indent, "")
        else:
            indent = " " * len(prefix)
            lines = self._usage_lines(optionals + positionals, indent, "")
            if len(lines) > 1:
                lines = self._usage_lines(optionals, indent, "") + self._usage_lines(positionals, indent, "")
            lines = [prog] + lines
        return prefix + "\n".join(lines)

    def _usage_lines(self, parts: list[str], indent: str, prefix: str) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        if prefix:
            line_len = len(prefix) - 1
        else:
            line_len = len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > self.width and line:
                lines.append(indent + " ".join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + " ".join(line))
        if prefix:
            lines[0] = lines[0][len(indent):]
        return lines

    def format_help(self) -> str:
        out = self._usage() + "\n\n"
        if self.has_description:
            out += "\n".join(_argparse_wrap(self.description, self.width)) + "\n\n"
        invocations = [self.help_action.invocation()]
        helps = [self._help_text(self.help_action)]
        positional: list[bool] = []
        for action in self.actions:
            invocations.append(action.invocation())
            helps.append(self._help_text(action))
            positional.append(action.positional)
        longest = 0
        for invocation in invocations:
            longest = max(longest, len(invocation) + 2)
        help_position = min(longest + 2, min(24, max(self.width - 20, 4)))
        help_width = max(self.width - help_position, 11)
        positional_lines = ""
        option_lines = ""
        for i in range(len(invocations)):
            text = self._help_entry(invocations[i], helps[i], help_position, help_width)
            if i > 0 and positional[i - 1]:
                positional_lines += text
            else:
                option_lines += text
        if positional_lines:
            out += "positional arguments:\n" + positional_lines + "\n"
        out += "options:\n" + option_lines
        return out

    def _help_text(self, action: _ArgparseAction) -> str:
        if not action.has_help:
            return ""
        text = action.help.replace("%(default)s", action.default_text)
        text = text.replace("%(dest)s", action.dest)
        return text.replace("%%", "%")

    def _help_entry(self, invocation: str, help: str, help_position: int, help_width: int) -> str:
        if not help:
            return "  " + invocation + "\n"
        lines = _argparse_wrap(help, help_width)
        if len(invocation) <= help_position - 4:
            out = "  " + invocation.ljust(help_position - 4) + "  " + lines[0] + "\n"
            rest = lines[1:]
        else:
            out = "  " + invocation + "\n"
            rest = lines
        for line in rest:
            out += " " * help_position + line + "\n"
        return out

    def print_help(self):
        print(self.format_help(), end="")

    def print_usage(self):
        print(self.format_usage(), end="")

    def error(self, message: str):
        print(self.format_usage(), end="", file=sys.stderr)
        print(self._prog() + ": error: " + message, file=sys.stderr)
        sys.exit(2)

    def _find(self, token: str) -> _ArgparseAction | None:
        """The option `token` names: exactly, or as the one option it is a
        prefix of."""
        for action in self.actions:
            if not action.positional and token in action.flags:
                return action
        if token == "-h" or token == "--help":
            return None
        matches: list[_ArgparseAction] = []
        flags: list[str] = []
        if token.startswith("--"):
            for flag in ["--help"]:
                if flag.startswith(token):
                    flags.append(flag)
            for action in self.actions:
                for flag in action.flags:
                    if flag.startswith("--") and flag.startswith(token):
                        matches.append(action)
                        flags.append(flag)
        if len(flags) > 1:
            self.error("ambiguous option: " + token + " could match " + ", ".join(flags))
        if len(matches) == 1:
            return matches[0]
        return None

    def _store(self, values: _ArgparseValues, action: _ArgparseAction, text: str):
        if action.kind == "int":
            try:
                value = int(text)
            except ValueError:
                self.error("argument " + action.name() + ": invalid int value: " + repr(text))
            self._check_choice(action, str(value), repr(value))
            values.ints[action.dest] = value
        elif action.kind == "float":
            try:
                number = float(text)
            except ValueError:
                self.error("argument " + action.name() + ": invalid float value: " + repr(text))
            self._check_choice(action, str(number), repr(number))
            values.floats[action.dest] = number
        else:
            self._check_choice(action, text, repr(text))
            values.strs[action.dest] = text

    def _check_choice(self, action: _ArgparseAction, shown: str, quoted: str):
        if not action.has_choices or shown in action.choices:
            return
        self.error("argument " + action.name() + ": invalid choice: " + quoted + " (choose from " + ", ".join(action.choice_reprs) + ")")

    def _take(self, values: _ArgparseValues, action: _ArgparseAction, tokens: list[str],
              i: int, value: str, has_value: bool) -> int:
        """Stores the option `action` whose value is `value` or the next
        token; returns the index of the token after it."""
        if not action.takes_value():
            if has_value:
                self.error("argument " + action.name() + ": ignored explicit argument " + repr(value))
            values.bools[action.dest] = action.kind == "true"
            return i
        if not has_value:
            if i >= len(tokens) or (tokens[i].startswith("-") and not _argparse_is_negative_number(tokens[i])):
                self.error("argument " + action.name() + ": expected one argument")
            value = tokens[i]
            i += 1
        self._store(values, action, value)
        return i

    def parse_args(self, args: list[str] | None = None) -> Namespace:
        tokens = sys.argv[1:]
        if args is not None:
            tokens = args
        values = _ArgparseValues([action.dest for action in self.actions], dict(self.int_defaults),
                                 dict(self.float_defaults), dict(self.str_defaults),
                                 dict(self.bool_defaults))
        positionals: list[str] = []
        unknown: list[str] = []
        i = 0
        only_positionals = False
        while i < len(tokens):
            token = tokens[i]
            i += 1
            if only_positionals or not token.startswith("-") or token == "-" or _argparse_is_negative_number(token):
                positionals.append(token)
                continue
            if token == "--":
                only_positionals = True
                continue
            value = ""
            has_value = False
            name = token
            equals = token.find("=")
            if token.startswith("--") and equals > 0:
                name = token[:equals]
                value = token[equals + 1:]
                has_value = True
            found = self._find(name)
            if found is not None:
                i = self._take(values, found, tokens, i, value, has_value)
                continue
            if name == "-h" or name == "--help" or ("--help".startswith(name) and len(name) > 2):
                self.print_help()
                sys.exit(0)
            unknown.append(token)
        missing: list[str] = []
        for declared in self.actions:
            if not declared.positional:
                continue
            if positionals:
                self._store(values, declared, positionals.pop(0))
            elif not declared.nargs_optional:
                missing.append(declared.name())
        if missing:
            self.error("the following arguments are required: " + ", ".join(missing))
        unknown = unknown + positionals
        if unknown:
            self.error("unrecognized arguments: " + " ".join(unknown))
        return Namespace(values)
