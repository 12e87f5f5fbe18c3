# A particle simulation: particles with position/velocity stepping inside a box and bouncing off walls.
class Particle:
    def __init__(self, x: float, y: float, vx: float, vy: float):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0

    def step(self, dt: float, width: float, height: float):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0.0:
            self.x = -self.x
            self.vx = -self.vx
            self.bounces += 1
        elif self.x > width:
            self.x = 2 * width - self.x
            self.vx = -self.vx
            self.bounces += 1
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy
            self.bounces += 1
        elif self.y > height:
            self.y = 2 * height - self.y
            self.vy = -self.vy
            self.bounces += 1

    def energy(self) -> float:
        return 0.5 * (self.vx * self.vx + self.vy * self.vy)


class World:
    def __init__(self, width: float, height: float):
        self.width = width
        self.height = height
        self.particles: list[Particle] = []
        self.time = 0.0

    def add(self, p: Particle):
        self.particles.append(p)

    def run(self, steps: int, dt: float):
        for _ in range(steps):
            for p in self.particles:
                p.step(dt, self.width, self.height)
            self.time += dt


w = World(10.0, 5.0)
w.add(Particle(1.0, 1.0, 3.0, 2.0))
w.add(Particle(9.0, 4.0, -1.5, 0.5))
w.add(Particle(5.0, 2.5, 0.0, -4.0))
before = sum([p.energy() for p in w.particles])
w.run(40, 0.25)
print(f"t={w.time:.2f}")
for p in w.particles:
    print(f"({p.x:.3f}, {p.y:.3f}) v=({p.vx}, {p.vy}) bounces={p.bounces}")
after = sum([p.energy() for p in w.particles])
print(before, after, before == after)
