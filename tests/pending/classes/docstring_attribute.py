# The __doc__ attribute of classes and methods holds the docstring (or None).
class Documented:
    """Class level docs."""

    def method(self) -> int:
        """Method docs."""
        return 1

    def plain(self) -> int:
        return 2


class Undocumented:
    def __init__(self):
        self.x = 1


print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented.plain.__doc__)
print(Undocumented.__doc__)
d = Documented()
print(d.__doc__)
print(d.method() + d.plain())
