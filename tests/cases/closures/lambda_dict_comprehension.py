# A dict comprehension builds lambdas with default-bound factors, keyed by name.
from typing import Callable

factors = {"half": 0.5, "double": 2.0, "tenx": 10.0}
scalers: dict[str, Callable[[float], float]] = {
    name: (lambda x, k=k: x * k) for name, k in factors.items()
}
for name in scalers:
    print(name, scalers[name](3.0))

unbound: dict[str, Callable[[float], float]] = {
    name: (lambda x: x * factors[name]) for name in factors
}
print([unbound[n](3.0) for n in unbound])
factors["tenx"] = 100.0
print(scalers["tenx"](1.0), unbound["half"](1.0))
