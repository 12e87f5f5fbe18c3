//! Generators: `yield` and `yield from` statements, and the functions
//! that contain them.

use super::{Ctx, Frame};
use crate::ir::StmtKind;
use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::TextRange;

/// Whether a def's body yields (not counting nested functions).
pub(super) fn yields(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                visitor::walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_body(body);
    f.0
}

/// The first `yield` inside a `try` or `with` block of a generator: Molt
/// does not split those yet.
pub(super) fn yield_in_protected_block(body: &[Stmt]) -> Option<TextRange> {
    struct Finder(Option<TextRange>);
    impl<'a> StatementVisitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Try(t) if self.0.is_none() && yields(std::slice::from_ref(s)) => {
                    self.0 = Some(t.range)
                }
                Stmt::With(w) if self.0.is_none() && yields(std::slice::from_ref(s)) => {
                    self.0 = Some(w.range)
                }
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut f = Finder(None);
    f.visit_body(body);
    f.0
}

impl Ctx {
    /// `yield v` and `yield from it` as statements.
    pub(super) fn lower_yield_stmt(
        &mut self,
        frame: &mut Frame,
        e: &Expr,
    ) -> Option<Option<StmtKind>> {
        match e {
            Expr::Yield(y) => {
                if !frame.generator {
                    self.error(y.range, "`yield` outside a function")
                        .help("put the loop in a generator function");
                    return Some(None);
                }
                let value = match y.value.as_deref() {
                    Some(v) => self.lower_expr(frame, v),
                    None => Some(crate::ir::Expr::new(
                        crate::ir::ExprKind::None,
                        crate::types::Type::None,
                        super::span(y.range),
                    )),
                };
                Some(value.map(StmtKind::Yield))
            }
            Expr::YieldFrom(y) => {
                let value = self.lower_expr(frame, &y.value);
                Some(value.map(StmtKind::YieldFrom))
            }
            _ => None,
        }
    }

    /// Checks a generator's body: its yields must be statements Molt
    /// splits. False after reporting one that is not.
    pub(super) fn check_generator(&mut self, body: &[Stmt]) -> bool {
        if let Some(at) = yield_in_protected_block(body) {
            self.error(at, "`yield` inside `try` or `with` is not supported yet")
                .help("yield outside the try/with block, or collect the values into a list");
            return false;
        }
        true
    }
}
