//! `open()` and file attributes.

use super::Walker;
use crate::ir::{self, ExprKind};
use crate::types::Type;

/// The encodings Molt's text files read and write.
const UTF8: &[&str] = &["utf-8", "utf8", "UTF-8", "UTF8"];

impl Walker<'_> {
    /// `open(path[, mode][, encoding=...])`: a text or binary file, which
    /// the literal mode decides.
    pub(super) fn open_type(
        &mut self,
        args: &[ir::Expr],
        types: &[Type],
        encoding: Option<&ir::Expr>,
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
                return Ok(Type::File { binary: false });
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
        match encoding.map(|e| &e.kind) {
            None => {}
            Some(_) if binary => return Err("binary mode doesn't take an encoding argument".into()),
            Some(ExprKind::Str(enc)) if UTF8.contains(&enc.as_str()) => {}
            Some(_) => return Err("Molt's text files are UTF-8: pass encoding=\"utf-8\"".into()),
        }
        Ok(Type::File { binary })
    }

    /// `f.closed`.
    pub(super) fn file_attr(&mut self, e: &ir::Expr, binary: bool, name: &str) {
        if name == "closed" {
            let _ = self.u.unify(&e.ty, &Type::Bool);
        } else {
            let class = Type::File { binary }.class_name();
            self.report(
                e.span,
                format!("'{class}' object has no attribute '{name}' that Molt supports"),
                "Molt's files have read, readline, readlines, write, writelines, close and closed",
            );
        }
    }
}
