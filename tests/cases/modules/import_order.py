# Modules load in import order, each once, before the code after the
# import runs; a module imported again (here geometry, through registry)
# does not run again.
print("main: before imports")
import registry
import geometry

print("main: after imports", geometry.made, registry.entries)
print(registry.register("x", 1.0), registry.register("y", 2.0))
print(registry.report())
