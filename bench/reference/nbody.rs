//! N-body simulation of the Jovian planets, as bench/programs/nbody.py.
// The benchmark's constants, digit for digit as in the Python.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

#[derive(Clone, Copy)]
struct Body {
    pos: [f64; 3],
    vel: [f64; 3],
    mass: f64,
}

impl Body {
    fn new(pos: [f64; 3], vel: [f64; 3], mass: f64) -> Body {
        Body {
            pos,
            vel: vel.map(|v| v * DAYS_PER_YEAR),
            mass: mass * SOLAR_MASS,
        }
    }
}

fn solar_system() -> [Body; 5] {
    [
        Body::new([0.0; 3], [0.0; 3], 1.0),
        Body::new(
            [
                4.84143144246472090e00,
                -1.16032004402742839e00,
                -1.03622044471123109e-01,
            ],
            [
                1.66007664274403694e-03,
                7.69901118419740425e-03,
                -6.90460016972063023e-05,
            ],
            9.54791938424326609e-04,
        ),
        Body::new(
            [
                8.34336671824457987e00,
                4.12479856412430479e00,
                -4.03523417114321381e-01,
            ],
            [
                -2.76742510726862411e-03,
                4.99852801234917238e-03,
                2.30417297573763929e-05,
            ],
            2.85885980666130812e-04,
        ),
        Body::new(
            [
                1.28943695621391310e01,
                -1.51111514016986312e01,
                -2.23307578892655734e-01,
            ],
            [
                2.96460137564761618e-03,
                2.37847173959480950e-03,
                -2.96589568540237556e-05,
            ],
            4.36624404335156298e-05,
        ),
        Body::new(
            [
                1.53796971148509165e01,
                -2.59193146099879641e01,
                1.79258772950371181e-01,
            ],
            [
                2.68067772490389322e-03,
                1.62824170038242295e-03,
                -9.51592254519715870e-05,
            ],
            5.15138902046611451e-05,
        ),
    ]
}

/// Gives the sun the momentum that makes the system's total zero.
fn offset_momentum(bodies: &mut [Body]) {
    let mut p = [0.0; 3];
    for body in bodies.iter() {
        for (pk, vk) in p.iter_mut().zip(body.vel) {
            *pk += vk * body.mass;
        }
    }
    bodies[0].vel = p.map(|pk| -pk / SOLAR_MASS);
}

fn energy(bodies: &[Body]) -> f64 {
    let mut e = 0.0;
    for (i, a) in bodies.iter().enumerate() {
        let [vx, vy, vz] = a.vel;
        e += 0.5 * a.mass * (vx * vx + vy * vy + vz * vz);
        for b in &bodies[i + 1..] {
            let (dx, dy, dz) = (
                a.pos[0] - b.pos[0],
                a.pos[1] - b.pos[1],
                a.pos[2] - b.pos[2],
            );
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz).sqrt();
        }
    }
    e
}

fn advance(bodies: &mut [Body], dt: f64) {
    for i in 0..bodies.len() {
        let (head, tail) = bodies.split_at_mut(i + 1);
        let a = &mut head[i];
        for b in tail.iter_mut() {
            let d = [
                a.pos[0] - b.pos[0],
                a.pos[1] - b.pos[1],
                a.pos[2] - b.pos[2],
            ];
            let d2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            let mag = dt / (d2 * d2.sqrt());
            let b_mass_mag = b.mass * mag;
            let a_mass_mag = a.mass * mag;
            for ((av, bv), dk) in a.vel.iter_mut().zip(&mut b.vel).zip(d) {
                *av -= dk * b_mass_mag;
                *bv += dk * a_mass_mag;
            }
        }
    }
    for body in bodies.iter_mut() {
        for (pk, vk) in body.pos.iter_mut().zip(body.vel) {
            *pk += dt * vk;
        }
    }
}

fn main() {
    let steps: u32 = std::env::args()
        .nth(1)
        .map_or(200_000, |s| s.parse().expect("N must be an integer"));
    let mut bodies = solar_system();
    offset_momentum(&mut bodies);
    println!("{:.9}", energy(&bodies));
    for _ in 0..steps {
        advance(&mut bodies, 0.01);
    }
    println!("{:.9}", energy(&bodies));
}
