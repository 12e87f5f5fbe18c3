//! N-queens solution counts by bitmask backtracking, as bench/programs/nqueens.py.

/// Placements of the remaining queens from `row` on, given the columns and
/// diagonals (as bitmasks for this row) already under attack.
fn solutions(n: u32, row: u32, cols: u64, diag1: u64, diag2: u64) -> u64 {
    if row == n {
        return 1;
    }
    let mut count = 0;
    let mut free = !(cols | diag1 | diag2) & ((1 << n) - 1);
    while free != 0 {
        let bit = free & free.wrapping_neg();
        free ^= bit;
        count += solutions(
            n,
            row + 1,
            cols | bit,
            (diag1 | bit) << 1,
            (diag2 | bit) >> 1,
        );
    }
    count
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .map_or(13, |s| s.parse().expect("N must be an integer"));
    for size in 4..=n {
        println!("{size} queens: {} solutions", solutions(size, 0, 0, 0, 0));
    }
}
