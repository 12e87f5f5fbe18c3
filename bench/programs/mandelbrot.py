"""Mandelbrot set: counts the points of an N x N grid over [-2, 1] x [-1.5, 1.5]
that stay bounded for 50 iterations. Float arithmetic in tight nested loops."""

N = 700  # smoke: 40

MAX_ITER = 50


def escape_time(cr: float, ci: float) -> int:
    """Iterations before z = z*z + c leaves the radius-2 disc, or MAX_ITER."""
    zr = 0.0
    zi = 0.0
    for i in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def main(n: int) -> None:
    inside = 0
    total_iterations = 0
    for y in range(n):
        ci = 3.0 * y / n - 1.5
        for x in range(n):
            cr = 3.0 * x / n - 2.0
            steps = escape_time(cr, ci)
            total_iterations += steps
            if steps == MAX_ITER:
                inside += 1
    print(f"{n}x{n} grid, {MAX_ITER} iterations")
    print(f"points in the set: {inside}")
    print(f"total iterations: {total_iterations}")


if __name__ == "__main__":
    main(N)
