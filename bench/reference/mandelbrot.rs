//! Mandelbrot set point count, as bench/programs/mandelbrot.py.

const MAX_ITER: u32 = 50;

/// Iterations before z = z*z + c leaves the radius-2 disc, or MAX_ITER.
fn escape_time(cr: f64, ci: f64) -> u32 {
    let (mut zr, mut zi) = (0.0f64, 0.0f64);
    for i in 0..MAX_ITER {
        let (zr2, zi2) = (zr * zr, zi * zi);
        if zr2 + zi2 > 4.0 {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
    }
    MAX_ITER
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .map_or(700, |s| s.parse().expect("N must be an integer"));
    let mut inside = 0u64;
    let mut total_iterations = 0u64;
    for y in 0..n {
        let ci = 3.0 * f64::from(y) / f64::from(n) - 1.5;
        for x in 0..n {
            let cr = 3.0 * f64::from(x) / f64::from(n) - 2.0;
            let steps = escape_time(cr, ci);
            total_iterations += u64::from(steps);
            if steps == MAX_ITER {
                inside += 1;
            }
        }
    }
    println!("{n}x{n} grid, {MAX_ITER} iterations");
    println!("points in the set: {inside}");
    println!("total iterations: {total_iterations}");
}
