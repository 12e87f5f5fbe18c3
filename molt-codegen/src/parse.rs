//! Parsing with ruff's Python parser, which recovers from syntax errors so
//! that several can be reported at once.

use crate::diagnostic::Diagnostic;
use ruff_python_ast::{Mod, ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};

pub fn parse(source: &str) -> Result<ModModule, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let mut errors: Vec<Diagnostic> = parsed
        .errors()
        .iter()
        .map(|e| {
            let r = e.location;
            Diagnostic::error(
                format!("syntax error: {}", e.error),
                r.start().to_usize()..r.end().to_usize(),
            )
            .with_label("invalid syntax")
            .with_help("this is not valid Python 3.12")
        })
        .collect();
    errors.extend(parsed.unsupported_syntax_errors().iter().map(|e| {
        let r = e.range;
        Diagnostic::error(
            format!("syntax error: {e}"),
            r.start().to_usize()..r.end().to_usize(),
        )
        .with_help("this syntax needs a newer Python than 3.12")
    }));
    if errors.is_empty() {
        match parsed.into_syntax() {
            Mod::Module(m) => Ok(m),
            Mod::Expression(_) => unreachable!("parsed in module mode"),
        }
    } else {
        Err(errors)
    }
}
