//! Leibniz series for pi, as bench/programs/leibniz.py.

fn leibniz_pi(terms: u64) -> f64 {
    let mut total = 0.0;
    let mut sign = 1.0;
    for k in 0..terms {
        total += sign / (2 * k + 1) as f64;
        sign = -sign;
    }
    4.0 * total
}

/// Python's `{:.3e}`: Rust writes the exponent as `e-7`, Python as `e-07`.
fn python_exp3(x: f64) -> String {
    let s = format!("{x:.3e}");
    let (mantissa, exponent) = s.split_once('e').expect("exponent");
    let (sign, digits) = match exponent.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exponent),
    };
    format!("{mantissa}e{sign}{digits:0>2}")
}

fn main() {
    let terms: u64 = std::env::args()
        .nth(1)
        .map_or(10_000_000, |s| s.parse().expect("N must be an integer"));
    let pi = leibniz_pi(terms);
    println!("{terms} terms: pi ~= {pi:.12}");
    println!("error: {}", python_exp3((pi - std::f64::consts::PI).abs()));
}
