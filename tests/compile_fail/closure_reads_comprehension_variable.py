# Lambdas made in a comprehension all see its variable's last value in Python: Molt says so.
from typing import Callable

getters: list[Callable[[], int]] = [lambda: i for i in range(3)]
print([g() for g in getters])
