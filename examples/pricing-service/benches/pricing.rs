//! `cargo bench -p pricing-service`: Python-defined pricing functions,
//! called from Rust 10^6 times each, against the same functions written
//! by hand in Rust (`pricing_service::handwritten`, so both are called
//! across the same crate boundary), timed in one run (the fastest of 15 alternating
//! rounds each).

use pricing_service::{handwritten, pricing};
use std::hint::black_box;
use std::time::{Duration, Instant};

const CALLS: i64 = 1_000_000;
const ROUNDS: usize = 15;
const TIERS: [&str; 3] = ["basic", "silver", "gold"];

/// Calls `f` on the i-th inputs for every i; returns the time and a
/// checksum of the results.
fn time(f: impl Fn(i64) -> i64 + Copy) -> (Duration, i64) {
    let start = Instant::now();
    let mut sum = 0i64;
    for i in 0..CALLS {
        sum = sum.wrapping_add(f(black_box(i)));
    }
    (start.elapsed(), sum)
}

/// Times the Python-defined and the hand-written function over the same
/// inputs and prints both and their ratio.
fn compare(name: &str, python: impl Fn(i64) -> i64 + Copy, rust: impl Fn(i64) -> i64 + Copy) {
    // Warm both up (and load the module on this thread) before timing.
    time(python);
    time(rust);
    // Rounds alternate between the two, and each keeps its fastest: what
    // the code costs, with the machine's interruptions left out.
    let mut python_time = Duration::MAX;
    let mut rust_time = Duration::MAX;
    for _ in 0..ROUNDS {
        let (t, python_sum) = time(python);
        python_time = python_time.min(t);
        let (t, rust_sum) = time(rust);
        rust_time = rust_time.min(t);
        assert_eq!(python_sum, rust_sum, "{name}: the two functions disagree");
    }
    let per_call = |d: Duration| d.as_nanos() as f64 / CALLS as f64;
    println!("{name}, {CALLS} calls from Rust");
    println!(
        "  molt (Python rules): {:7.1} ns/call",
        per_call(python_time)
    );
    println!("  hand-written Rust:   {:7.1} ns/call", per_call(rust_time));
    println!(
        "  ratio molt/rust:     {:7.2}x",
        python_time.as_secs_f64() / rust_time.as_secs_f64()
    );
}

fn main() {
    let weight = |i: i64| 100 + i % 20_000;
    let distance = |i: i64| (i % 3000) as f64 * 0.7;
    let express = |i: i64| i % 4 == 0;
    compare(
        "shipping_cents",
        |i| pricing::shipping_cents(weight(i), distance(i), express(i)).expect("in range"),
        |i| handwritten::shipping_cents(weight(i), distance(i), express(i)),
    );
    let unit = |i: i64| 100 + i % 900;
    let qty = |i: i64| 1 + i % 150;
    let tier = |i: i64| TIERS[(i % 3) as usize];
    compare(
        "unit_price_cents",
        |i| pricing::unit_price_cents(unit(i), qty(i), tier(i)).expect("known tier"),
        |i| handwritten::unit_price_cents(unit(i), qty(i), tier(i)).expect("known tier"),
    );
}
