//! Spectral norm by the power method, as bench/programs/spectral_norm.py.

fn a(i: usize, j: usize) -> f64 {
    1.0 / ((i + j) * (i + j + 1) / 2 + i + 1) as f64
}

fn times_a(v: &[f64]) -> Vec<f64> {
    (0..v.len())
        .map(|i| v.iter().enumerate().map(|(j, vj)| a(i, j) * vj).sum())
        .collect()
}

fn times_a_transposed(v: &[f64]) -> Vec<f64> {
    (0..v.len())
        .map(|i| v.iter().enumerate().map(|(j, vj)| a(j, i) * vj).sum())
        .collect()
}

fn times_ata(v: &[f64]) -> Vec<f64> {
    times_a_transposed(&times_a(v))
}

fn spectral_norm(n: usize) -> f64 {
    let mut u = vec![1.0; n];
    let mut v = u.clone();
    for _ in 0..10 {
        v = times_ata(&u);
        u = times_ata(&v);
    }
    let vbv: f64 = u.iter().zip(&v).map(|(ui, vi)| ui * vi).sum();
    let vv: f64 = v.iter().map(|vi| vi * vi).sum();
    (vbv / vv).sqrt()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(330, |s| s.parse().expect("N must be an integer"));
    println!("{:.9}", spectral_norm(n));
}
