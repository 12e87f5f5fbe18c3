//! `open()` and file attributes.

use super::Walker;
use crate::ir::{self, ExprKind};
use crate::types::Type;
use molt_rt::file::{Encoding, Newline};

/// `newline=` as a literal: absent, `None` or a string.
pub(crate) fn newline_literal(newline: Option<&ir::Expr>) -> Option<Option<&str>> {
    match newline.map(|e| &e.kind) {
        None | Some(ExprKind::None) => Some(None),
        Some(ExprKind::Str(s)) => Some(Some(s.as_str())),
        Some(_) => None,
    }
}

impl Walker<'_> {
    /// `open(path[, mode][, encoding=...][, newline=...])`: a text or
    /// binary file, which the literal mode decides.
    pub(super) fn open_type(
        &mut self,
        args: &[ir::Expr],
        types: &[Type],
        encoding: Option<&ir::Expr>,
        newline: Option<&ir::Expr>,
    ) -> Result<Type, String> {
        if types.first() != Some(&Type::Str) {
            return Err("open() takes a path str here".into());
        }
        let mode = match args.get(1).map(|m| &m.kind) {
            None => "r",
            Some(ExprKind::Str(m)) => m.as_str(),
            Some(_) => {
                // Reported here, with the file type still given, so that the
                // uses of the file do not fail too.
                self.report(
                    args[1].span,
                    "open()'s mode must be a literal string here".into(),
                    "write the mode in the call: open(path, \"r\"), \"w\", \"a\", \"rb\" or \"wb\"",
                );
                return Ok(Type::File {
                    binary: false,
                    memory: false,
                });
            }
        };
        let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
        let valid = kinds == 1
            && mode.chars().all(|c| "rwaxbt+".contains(c))
            && !(mode.contains('b') && mode.contains('t'));
        if !valid {
            return Err(format!("invalid mode: '{mode}'"));
        }
        let binary = mode.contains('b');
        // Reported at the argument, with the file type still given, so that
        // the uses of the file do not fail too.
        if let Some((arg, message, help)) = self.text_options_error(binary, encoding, newline) {
            self.report(arg.span, message, help);
        }
        Ok(Type::File {
            binary,
            memory: false,
        })
    }

    /// What is wrong with `open()`'s `encoding=` and `newline=`, if anything.
    fn text_options_error<'e>(
        &self,
        binary: bool,
        encoding: Option<&'e ir::Expr>,
        newline: Option<&'e ir::Expr>,
    ) -> Option<(&'e ir::Expr, String, &'static str)> {
        const ENCODINGS: &str =
            "Molt's text files read and write \"utf-8\", \"latin-1\" and \"ascii\"";
        const NEWLINES: &str = "pass None, '', '\\n', '\\r' or '\\r\\n'";
        if let Some(e) = encoding {
            match &e.kind {
                ExprKind::None => {}
                _ if binary => {
                    let message = "binary mode doesn't take an encoding argument".to_string();
                    return Some((
                        e,
                        message,
                        "open the file in text mode, or leave encoding out",
                    ));
                }
                ExprKind::Str(name) if Encoding::lookup(name).is_some() => {}
                ExprKind::Str(name) => {
                    let message = format!("encoding '{name}' is not supported by Molt");
                    return Some((e, message, ENCODINGS));
                }
                _ => {
                    let message = "open()'s encoding must be a literal string here".to_string();
                    return Some((e, message, ENCODINGS));
                }
            }
        }
        let e = newline?;
        match newline_literal(newline) {
            Some(None) => None,
            _ if binary => {
                let message = "binary mode doesn't take a newline argument".to_string();
                Some((
                    e,
                    message,
                    "open the file in text mode, or leave newline out",
                ))
            }
            Some(Some(nl)) if Newline::from_literal(Some(nl)).is_none() => {
                Some((e, format!("illegal newline value: {nl}"), NEWLINES))
            }
            Some(Some(_)) => None,
            None => match self.u.resolve(&e.ty) {
                Type::Str => None,
                Type::Optional(inner) if *inner == Type::Str => None,
                t if t.is_var() => None,
                t => {
                    let message = format!(
                        "open() argument 'newline' must be str or None, not {}",
                        t.class_name()
                    );
                    Some((e, message, NEWLINES))
                }
            },
        }
    }

    /// `print(..., file=f)`: `f` a text file or StringIO, or a `T | None`
    /// of one.
    pub(super) fn print_file(&mut self, file: &ir::Expr) {
        let ty = match self.u.resolve(&file.ty) {
            Type::Optional(inner) => *inner,
            t => t,
        };
        match ty {
            Type::File { binary: false, .. } | Type::Var(_) => {}
            t => self.report(
                file.span,
                format!(
                    "print() writes str, and '{}' does not take it",
                    t.class_name()
                ),
                "print to a text file, an io.StringIO, sys.stdout or sys.stderr",
            ),
        }
    }

    /// `f.closed`.
    pub(super) fn file_attr(&mut self, e: &ir::Expr, file: &Type, name: &str) {
        if name == "closed" {
            let _ = self.u.unify(&e.ty, &Type::Bool);
        } else {
            let class = file.class_name();
            self.report(
                e.span,
                format!("'{class}' object has no attribute '{name}' that Molt supports"),
                "Molt's files have read, readline, readlines, write, writelines, close and closed",
            );
        }
    }
}
