//! Generators: `yield` and `yield from` statements, and the functions
//! that contain them.

use super::context_managers::leaves;
use super::{span, Ctx, Frame};
use crate::ir::{self, ExprKind, StmtKind};
use crate::types::Type;
use ruff_python_ast as ast;
use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;
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

/// Whether a generator needs the whole protocol, a `molt_rt::Generator`
/// rather than a plain iterator: it receives values (`x = yield v`),
/// returns a value, or yields inside `try` (where `close()` and `throw()`
/// must reach its handlers).
pub(super) fn needs_protocol(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> StatementVisitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Try(_) | Stmt::With(_) if yields(std::slice::from_ref(s)) => self.0 = true,
                Stmt::Assign(a) if is_yield_assign(a) => self.0 = true,
                Stmt::Return(r) => {
                    if r.value
                        .as_deref()
                        .is_some_and(|v| !v.is_none_literal_expr())
                    {
                        self.0 = true
                    }
                }
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_body(body);
    yields(body) && f.0
}

/// `x = yield v` or `x = yield from it`.
pub(super) fn is_yield_assign(a: &ast::StmtAssign) -> bool {
    matches!(a.targets.as_slice(), [Expr::Name(_)])
        && matches!(&*a.value, Expr::Yield(_) | Expr::YieldFrom(_))
}

/// What Molt cannot split in a generator yet.
enum Unsplittable {
    YieldInWith,
    YieldInHandler,
    JumpInHandler,
}

/// The first `yield` that Molt cannot split: inside an `except` or
/// `finally` block, or a `with` block; or a `try` that yields whose
/// handlers or `finally` leave by `return`, `break` or `continue`.
fn unsplittable_yield(body: &[Stmt]) -> Option<(TextRange, Unsplittable)> {
    struct Finder(Option<(TextRange, Unsplittable)>);
    impl<'a> StatementVisitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if self.0.is_some() {
                return;
            }
            match s {
                Stmt::Try(t) => {
                    let handlers = t.handlers.iter().map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        &h.body
                    });
                    let handler_yields = handlers.clone().any(|b| yields(b));
                    let split = yields(&t.body) || yields(&t.orelse);
                    let jumps = split
                        && (handlers.clone().any(|b| leaves(b).is_some())
                            || leaves(&t.finalbody).is_some());
                    if handler_yields || yields(&t.finalbody) {
                        self.0 = Some((t.range, Unsplittable::YieldInHandler));
                    } else if jumps {
                        self.0 = Some((t.range, Unsplittable::JumpInHandler));
                    } else {
                        self.visit_body(&t.body);
                        self.visit_body(&t.orelse);
                    }
                }
                Stmt::With(w) if yields(std::slice::from_ref(s)) => {
                    self.0 = Some((w.range, Unsplittable::YieldInWith))
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
        if let Some((at, what)) = unsplittable_yield(body) {
            let (message, help) = match what {
                Unsplittable::YieldInWith => (
                    "`yield` inside a `with` block is not supported yet",
                    "write the `with` as try/finally around the yield",
                ),
                Unsplittable::YieldInHandler => (
                    "`yield` inside an `except` or `finally` block is not supported yet",
                    "yield from the `try` body, or set a flag in the handler and yield after the `try`",
                ),
                Unsplittable::JumpInHandler => (
                    "`return`, `break` or `continue` in the `except` or `finally` block of a `try` that yields is not supported yet",
                    "set a flag in the handler and test it after the `try`",
                ),
            };
            self.error(at, message).help(help);
            return false;
        }
        true
    }

    /// The type of a generator that needs the whole protocol, from its
    /// annotation: `Iterator[T]` is a `Generator[T, None, None]`.
    pub(super) fn protocol_generator(&mut self, annotated: Type) -> Type {
        match self.u.shallow(&annotated) {
            Type::Iterator(item) => {
                Type::Generator(item, Box::new(Type::None), Box::new(Type::None))
            }
            Type::Var(_) => {
                let (item, ret) = (self.u.fresh(), self.u.fresh());
                Type::Generator(Box::new(item), Box::new(Type::None), Box::new(ret))
            }
            other => other,
        }
    }

    /// `x = yield v` (the value sent in) and `x = yield from it` (what the
    /// sub-generator returns): the yield, then the assignment of
    /// [`ExprKind::Sent`].
    pub(super) fn lower_yield_assign(
        &mut self,
        frame: &mut Frame,
        a: &ast::StmtAssign,
    ) -> Vec<StmtKind> {
        let [Expr::Name(target)] = a.targets.as_slice() else {
            unreachable!("is_yield_assign checks the target")
        };
        let Some(Some(step)) = self.lower_yield_stmt(frame, &a.value) else {
            return Vec::new();
        };
        let sent = match (&step, self.u.shallow(&frame.ret)) {
            (StmtKind::Yield(_), Type::Generator(_, send, _)) => *send,
            (StmtKind::YieldFrom(sub), _) => match self.u.shallow(&sub.ty) {
                Type::Generator(_, _, ret) => *ret,
                _ => Type::None,
            },
            _ => Type::None,
        };
        let Some((place, _)) = self.place(frame, &target.id, target.range) else {
            return vec![step];
        };
        let value = ir::Expr::new(ExprKind::Sent, sent, span(a.value.range()));
        vec![step, StmtKind::Assign { place, value }]
    }
}
