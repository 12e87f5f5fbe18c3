//! The CLI end to end: its prices come from the Python rules.

use std::process::Command;

fn pricing_cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pricing-cli"))
        .args(args)
        .output()
        .expect("pricing-cli runs")
}

#[test]
fn prints_the_quote_the_rules_compute() {
    let out = pricing_cli(&["gold", "far", "tea:3:450", "jam:25:320"]);
    assert!(out.status.success());
    // CPython: Quote(subtotal_cents=9350, discount_cents=1512,
    // shipping_cents=500, tax_cents=1668, total_cents=10006).
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "subtotal    93.50\ndiscount   -15.12\nshipping     5.00\ntax         16.68\ntotal      100.06\n"
    );
}

#[test]
fn a_python_exception_is_an_error_message_and_status() {
    let out = pricing_cli(&["vip", "local", "tea:1:450"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "pricing-cli: ValueError: unknown tier 'vip'\n"
    );
}
