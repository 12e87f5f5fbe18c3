//! Rust crates that embed Python modules: one through `build.rs` and
//! `molt_codegen::Builder`, one through `include_py!`. Each test writes a
//! scratch crate, builds it with cargo and checks what it prints, and what
//! cargo rebuilds when the Python changes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("molt-codegen is in the workspace")
        .to_path_buf()
}

/// A scratch crate named `name` with these files, depending on the
/// workspace's molt crates (molt-codegen only to build) at the versions of
/// its Cargo.lock.
fn scratch_crate(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let root = repo_root();
    let dep = |krate: &str| format!("{krate} = {{ path = {:?} }}", root.join(krate));
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{}\n{}\n\n[build-dependencies]\n{}\n\n[workspace]\n",
        dep("molt-rt"),
        dep("molt-macros"),
        dep("molt-codegen"),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    for (path, contents) in files {
        write(&dir, path, contents);
    }
    dir
}

fn write(dir: &Path, path: &str, contents: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

/// `cargo <args>` in the crate, with one target directory for every
/// scratch crate so that the molt crates build once.
fn cargo(dir: &Path, args: &[&str]) -> Output {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("embedding-target");
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Builds and runs the crate, returning its stdout; panics with cargo's
/// output if either fails.
fn run(dir: &Path) -> String {
    let out = cargo(dir, &["run", "-q", "--offline"]);
    assert!(
        out.status.success(),
        "cargo run failed:\n{}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Whether `cargo build -v` compiled the crate itself again.
fn rebuilds(dir: &Path, name: &str) -> bool {
    let out = cargo(dir, &["build", "-v", "--offline"]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "cargo build failed:\n{stderr}");
    stderr.contains(&format!("Compiling {name} "))
}

const RULES: &str = include_str!("embedding/rules/rules.py");
const RULES_MAIN: &str = include_str!("embedding/rules/main.rs");
const BUILD_RS: &str = "fn main() -> Result<(), molt_codegen::BuildError> {
    molt_codegen::Builder::new().file(\"rules/rules.py\").compile()
}
";

#[test]
fn builder_crate_calls_python_and_rebuilds_when_it_changes() {
    let name = "molt-embed-builder";
    let dir = scratch_crate(
        name,
        &[
            ("build.rs", BUILD_RS),
            ("rules/rules.py", RULES),
            ("src/main.rs", RULES_MAIN),
        ],
    );
    let expected = "\
version 1
discount Ok(180.0)
error KeyError | 'unknown tier platinum' | true | KeyError: 'unknown tier platinum'
counts {\"tea\": 5, \"jam\": 1}
shipping Ok(8.0)
cheapest Line { sku: \"tea\", qty: 3, cents: 300 }
";
    assert_eq!(run(&dir), expected);
    assert!(!rebuilds(&dir, name), "nothing changed, yet cargo rebuilt");
    // Touching build inputs other than the Python file changes nothing.
    write(&dir, "notes.txt", "unrelated");
    assert!(
        !rebuilds(&dir, name),
        "an unrelated file made cargo rebuild"
    );
    write(
        &dir,
        "rules/rules.py",
        &RULES.replace("VERSION = \"1\"", "VERSION = \"2\""),
    );
    assert!(
        rebuilds(&dir, name),
        "the Python changed, yet cargo did not rebuild"
    );
    assert!(run(&dir).starts_with("version 2\n"));
}

const MACRO_MAIN: &str = "mod scoring {
    molt_macros::include_py!(\"scoring.py\");
}

fn main() {
    println!(\"{}\", scoring::score(&[3, 4, 5]).unwrap());
}
";

#[test]
fn include_py_translates_at_the_call_and_reports_python_errors_there() {
    let name = "molt-embed-macro";
    let good = "def score(points: list[int]) -> float:\n    return sum(points) / len(points)\n";
    let dir = scratch_crate(name, &[("scoring.py", good), ("src/main.rs", MACRO_MAIN)]);
    assert_eq!(run(&dir), "4\n");
    assert!(!rebuilds(&dir, name));
    let bad = "def score(points: list[int]) -> float:\n    total = eval(\"sum(points)\")\n    return total / len(points)\n";
    write(&dir, "scoring.py", bad);
    let out = cargo(&dir, &["build", "--offline"]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "bad Python built");
    // The error is at the macro call and quotes the Python file's line.
    assert!(stderr.contains("src/main.rs:2:30"), "{stderr}");
    assert!(stderr.contains("scoring.py:2:13"), "{stderr}");
    assert!(stderr.contains("total = eval(\"sum(points)\")"), "{stderr}");
}
