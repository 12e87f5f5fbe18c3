"""N-body: the Jovian planets orbiting the sun, advanced N steps with a
simple symplectic integrator (the Computer Language Benchmarks Game
algorithm). Float arithmetic on object attributes; prints the system's
energy before and after."""

N = 200_000  # smoke: 1000

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(
        self, x: float, y: float, z: float, vx: float, vy: float, vz: float, mass: float
    ) -> None:
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def solar_system() -> list[Body]:
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(
        4.84143144246472090e00,
        -1.16032004402742839e00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03,
        7.69901118419740425e-03,
        -6.90460016972063023e-05,
        9.54791938424326609e-04,
    )
    saturn = Body(
        8.34336671824457987e00,
        4.12479856412430479e00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03,
        4.99852801234917238e-03,
        2.30417297573763929e-05,
        2.85885980666130812e-04,
    )
    uranus = Body(
        1.28943695621391310e01,
        -1.51111514016986312e01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03,
        2.37847173959480950e-03,
        -2.96589568540237556e-05,
        4.36624404335156298e-05,
    )
    neptune = Body(
        1.53796971148509165e01,
        -2.59193146099879641e01,
        1.79258772950371181e-01,
        2.68067772490389322e-03,
        1.62824170038242295e-03,
        -9.51592254519715870e-05,
        5.15138902046611451e-05,
    )
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies: list[Body]) -> None:
    """Gives the sun the momentum that makes the system's total zero."""
    px = py = pz = 0.0
    for body in bodies:
        px += body.vx * body.mass
        py += body.vy * body.mass
        pz += body.vz * body.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies: list[Body]) -> float:
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in bodies[i + 1 :]:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies: list[Body], dt: float) -> None:
    for i, a in enumerate(bodies):
        for b in bodies[i + 1 :]:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2**0.5)
            b_mass_mag = b.mass * mag
            a.vx -= dx * b_mass_mag
            a.vy -= dy * b_mass_mag
            a.vz -= dz * b_mass_mag
            a_mass_mag = a.mass * mag
            b.vx += dx * a_mass_mag
            b.vy += dy * a_mass_mag
            b.vz += dz * a_mass_mag
    for body in bodies:
        body.x += dt * body.vx
        body.y += dt * body.vy
        body.z += dt * body.vz


def main(steps: int) -> None:
    bodies = solar_system()
    offset_momentum(bodies)
    print(f"{energy(bodies):.9f}")
    for _ in range(steps):
        advance(bodies, 0.01)
    print(f"{energy(bodies):.9f}")


if __name__ == "__main__":
    main(N)
