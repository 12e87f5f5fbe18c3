//! Longest Collatz chain below N, as bench/programs/collatz.py.

fn chain_length(start: u64) -> u32 {
    let mut steps = 1;
    let mut n = start;
    while n != 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        steps += 1;
    }
    steps
}

fn main() {
    let limit: u64 = std::env::args()
        .nth(1)
        .map_or(100_000, |s| s.parse().expect("N must be an integer"));
    let (mut best_start, mut best_length) = (1, 1);
    for start in 1..limit {
        let length = chain_length(start);
        if length > best_length {
            best_start = start;
            best_length = length;
        }
    }
    println!("longest chain below {limit}: {best_start} ({best_length} terms)");
}
