"""What Molt's annotations mean when CPython runs the code.

Put this directory on PYTHONPATH to run a module that uses them under
CPython; Molt reads the annotations when it translates the module.
"""


def extern(path):
    """Marks a function that calls the Rust function `path` of the crate
    that embeds the module. Under CPython the function's own body runs."""

    def mark(function):
        function.__molt_extern__ = path
        return function

    return mark
