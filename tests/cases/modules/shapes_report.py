# A program split into modules: `import m` runs m's code once, where it is
# first imported; `m.name` and `from m import name` read its definitions.
import geometry
import registry
from geometry import Circle, total_area

print("main: start")
shapes = [Circle(1.0), Circle(0.5)]
square = geometry.Square(2.0)
print(shapes[0], f"{total_area(shapes):.4f}", square.area(), geometry.UNIT)
for i, s in enumerate([Circle(3.0)]):
    registry.register(f"circle{i}", s.area())
registry.register("square", geometry.Square(1.5).area())
print(registry.report())
print(len(registry.entries), geometry.made)
