//! Diagnostics: what Molt reports about a Python program, with its place.

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::WriteColor, Config};
use std::ops::Range;

/// One problem found in a Python program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong, in one line.
    pub message: String,
    /// Byte range in the source file.
    pub span: Range<usize>,
    /// A short label under the span.
    pub label: String,
    /// What to write instead.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, span: Range<usize>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            help: None,
        }
    }

    pub fn label(&mut self, label: impl Into<String>) -> &mut Diagnostic {
        self.label = label.into();
        self
    }

    pub fn help(&mut self, help: impl Into<String>) -> &mut Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// `help` for a diagnostic being built by value.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// `label` for a diagnostic being built by value.
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }
}

/// Errors of one transpilation, all reported together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics {
    pub file: String,
    pub source: String,
    pub items: Vec<Diagnostic>,
    /// The program's modules, whose spans lie past `source` (see
    /// `link.rs`).
    pub modules: Vec<ModuleSource>,
}

/// A module of the program: its text, and where its spans start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleSource {
    pub file: String,
    pub source: String,
    pub offset: usize,
}

impl Diagnostics {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Renders every diagnostic with the source line and a caret:
    /// `error: ...`, ` --> file:line:col`, the line, and `= help: ...`.
    pub fn render(&self, out: &mut dyn WriteColor) {
        let config = Config::default();
        for d in &self.items {
            // The module whose text holds the span, else the program.
            let (name, source, offset) = self
                .modules
                .iter()
                .rev()
                .find(|m| d.span.start >= m.offset)
                .map_or((&self.file, &self.source, 0), |m| {
                    (&m.file, &m.source, m.offset)
                });
            let file = SimpleFile::new(name.as_str(), source.as_str());
            let end = (d.span.end - offset.min(d.span.end)).min(source.len());
            let start = (d.span.start - offset).min(end);
            let mut report = Report::error()
                .with_message(&d.message)
                .with_labels(vec![Label::primary((), start..end).with_message(&d.label)]);
            if let Some(help) = &d.help {
                report = report.with_notes(vec![format!("help: {help}")]);
            }
            let _ = term::emit(out, &config, &file, &report);
        }
    }

    /// The rendering without colour, for tests and logs.
    pub fn to_plain_string(&self) -> String {
        let mut buf = codespan_reporting::term::termcolor::NoColor::new(Vec::new());
        self.render(&mut buf);
        String::from_utf8_lossy(&buf.into_inner()).into_owned()
    }
}

impl std::fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_plain_string())
    }
}

impl std::error::Error for Diagnostics {}
