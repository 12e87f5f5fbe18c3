//! Translates the Python pricing rules into Rust in OUT_DIR; src/lib.rs
//! includes them.

fn main() -> Result<(), molt_codegen::BuildError> {
    molt_codegen::Builder::new()
        .file("rules/pricing.py")
        .compile()
}
