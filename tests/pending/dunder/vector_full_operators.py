# A 3D vector with full operator overloading: arithmetic, reflected, in-place, comparison, hash, len, getitem, bool.
class Vector:
    def __init__(self, x: int, y: int, z: int):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o: "Vector") -> "Vector":
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: "Vector") -> "Vector":
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: int) -> "Vector":
        return Vector(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k: int) -> "Vector":
        return self * k

    def __matmul__(self, o: "Vector") -> int:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __neg__(self) -> "Vector":
        return Vector(-self.x, -self.y, -self.z)

    def __iadd__(self, o: "Vector") -> "Vector":
        self.x += o.x
        self.y += o.y
        self.z += o.z
        return self

    def __eq__(self, o: "Vector") -> bool:
        return self.x == o.x and self.y == o.y and self.z == o.z

    def __hash__(self) -> int:
        return hash((self.x, self.y, self.z))

    def __len__(self) -> int:
        return 3

    def __getitem__(self, i: int) -> int:
        return [self.x, self.y, self.z][i]

    def __bool__(self) -> bool:
        return self.x != 0 or self.y != 0 or self.z != 0

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y}, {self.z})"


a = Vector(1, 2, 3)
b = Vector(4, 5, 6)
print(a + b, b - a, a * 2, 3 * a, -b)
print(a @ b, a @ a)
print(a == Vector(1, 2, 3), a != b, bool(a - a), bool(a))
print(len(a), a[0], a[-1], [b[i] for i in range(len(b))])
c = a
c += b
print(a, c is a)
print({Vector(1, 1, 1): "ones"}[Vector(1, 1, 1)], len({a, Vector(5, 7, 9), b}))
