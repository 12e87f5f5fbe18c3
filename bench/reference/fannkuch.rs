//! Fannkuch-redux checksum and maximum flips, as bench/programs/fannkuch.py.

/// Returns (checksum, maximum flips) over all permutations of 0..n.
fn fannkuch(n: usize) -> (i64, u32) {
    let mut perm: Vec<usize> = (0..n).collect();
    let mut count = vec![0; n];
    let mut flipped = vec![0; n];
    let (mut max_flips, mut checksum) = (0, 0i64);
    let mut permutation_index = 0u64;
    let mut r = n;
    loop {
        while r != 1 {
            count[r - 1] = r;
            r -= 1;
        }

        flipped.copy_from_slice(&perm);
        let mut flips = 0;
        let mut first = flipped[0];
        while first != 0 {
            flipped[..=first].reverse();
            flips += 1;
            first = flipped[0];
        }
        max_flips = max_flips.max(flips);
        checksum += if permutation_index.is_multiple_of(2) {
            i64::from(flips)
        } else {
            -i64::from(flips)
        };

        // Next permutation, in the order the benchmark defines.
        loop {
            if r == n {
                return (checksum, max_flips);
            }
            perm[..=r].rotate_left(1);
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
        permutation_index += 1;
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(9, |s| s.parse().expect("N must be an integer"));
    let (checksum, max_flips) = fannkuch(n);
    println!("{checksum}");
    println!("Pfannkuchen({n}) = {max_flips}");
}
