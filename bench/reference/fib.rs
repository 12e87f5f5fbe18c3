//! Recursive fib(N), as bench/programs/fib.py.

fn fib(n: u64) -> u64 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .map_or(34, |s| s.parse().expect("N must be an integer"));
    println!("{}", fib(n));
}
