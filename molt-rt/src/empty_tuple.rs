//! `()`, Python's empty tuple, where its type is known statically (a row
//! of length 0 from `combinations(xs, 0)`). Rust's `()` stands for `None`.

use crate::display::PyDisplay;
use crate::hash::PyHash;
use crate::text::format_spec::FormatSpec;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EmptyTuple;

impl PyDisplay for EmptyTuple {
    fn write_str(&self, out: &mut String) {
        out.push_str("()")
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        if *spec == FormatSpec::default() {
            Ok("()".to_string())
        } else {
            Err("unsupported format string passed to tuple.__format__".to_string())
        }
    }
}

impl PyHash for EmptyTuple {
    fn py_hash(&self) -> i64 {
        // CPython's `hash(())` on 64-bit builds.
        5740354900026072187
    }
}
