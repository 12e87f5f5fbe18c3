//! Snapshot tests of the Rust (and IR) Molt generates for the programs in
//! `examples/`: reviewing a change to generated code means reviewing these
//! files. `cargo insta review` (or INSTA_UPDATE=always) updates them.

use std::path::Path;

fn translate(name: &str) -> molt_codegen::Translation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(name);
    let source = std::fs::read_to_string(&path).expect("example");
    molt_codegen::transpile(name, &source).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn fib_rust() {
    insta::assert_snapshot!(translate("fib.py").rust);
}

#[test]
fn fib_ir() {
    insta::assert_snapshot!(translate("fib.py").ir);
}

#[test]
fn hello_rust() {
    insta::assert_snapshot!(translate("hello.py").rust);
}

#[test]
fn collatz_rust() {
    insta::assert_snapshot!(translate("collatz.py").rust);
}

#[test]
fn wordfreq_rust() {
    insta::assert_snapshot!(translate("wordfreq.py").rust);
}

#[test]
fn bank_rust() {
    insta::assert_snapshot!(translate("bank.py").rust);
}

/// A class hierarchy used through its base class (an enum of the
/// classes), and a `Shape | None`.
#[test]
fn shapes_rust() {
    insta::assert_snapshot!(translate("shapes.py").rust);
}

/// A dataclass, an enum and a match over it.
#[test]
fn inventory_rust() {
    insta::assert_snapshot!(translate("inventory.py").rust);
}

/// Exception classes, try/except/finally, `raise ... from ...`.
#[test]
fn settings_rust() {
    insta::assert_snapshot!(translate("settings.py").rust);
}

/// Generators as state machines, chained into a pipeline.
#[test]
fn pipeline_rust() {
    insta::assert_snapshot!(translate("pipeline.py").rust);
}

/// A closure counter, a decorator and `lru_cache`.
#[test]
fn counters_rust() {
    insta::assert_snapshot!(translate("counters.py").rust);
}

#[test]
fn output_is_deterministic() {
    for name in [
        "fib.py",
        "hello.py",
        "collatz.py",
        "wordfreq.py",
        "bank.py",
        "shapes.py",
        "inventory.py",
        "settings.py",
        "pipeline.py",
        "counters.py",
    ] {
        assert_eq!(translate(name).rust, translate(name).rust);
    }
}

/// A module a Rust service embeds: its typed API (functions, dataclass
/// structs, constants, an extern call into the service) around the
/// translated module.
#[test]
fn pricing_library_rust() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/pricing-service/rules/pricing.py");
    let source = std::fs::read_to_string(&path).expect("example");
    let translation =
        molt_codegen::transpile_library("pricing.py", &source).unwrap_or_else(|d| panic!("{d}"));
    assert!(translation.notes.is_empty(), "{:?}", translation.notes);
    insta::assert_snapshot!(translation.rust);
}
