//! Branches that cannot run, by the types inference found: `if x is not
//! None:` where `x` only ever holds None, `if x is None:` where it never
//! does, `if filename:` where `filename` is always None, `if not
//! isinstance(other, V):` where `other` is always a `V`. CPython never runs
//! them, and code in them may use the value as the type it would have had
//! (`callback(cmd, args)` on a callback nobody passed), so they are
//! removed before checking: the `if` becomes the branch that runs.
//!
//! A conditional expression on such a test becomes its live branch.
//!
//! Only tests of a variable are folded (`is None`, truth, `isinstance`);
//! reading it has no effect.

use crate::analyze::mentions;
use crate::ir::{self, Builtin, CmpOp, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::types::{Type, Unifier};
use std::collections::BTreeSet;

/// Removes the branches of `f` that cannot run, and then the locals only
/// they used whose type nothing else gave.
pub fn prune(f: &mut ir::Function, u: &Unifier) {
    let before = f.body.len();
    let mut changed = false;
    f.body = prune_block(std::mem::take(&mut f.body), u, &mut changed);
    // `Done(n) if done is None else done` where `done` never is: the
    // branch that runs, where it has the expression's type.
    crate::analyze::visit_exprs_mut(&mut f.body, &mut |e| {
        let ExprKind::IfElse { cond, then, orelse } = &mut e.kind else {
            return;
        };
        let Some(truth) = static_truth(cond, u) else {
            return;
        };
        let live = if truth { then } else { orelse };
        if u.resolve(&live.ty) == u.resolve(&e.ty) {
            let live = std::mem::replace(
                &mut **live,
                ir::Expr::new(ExprKind::None, Type::None, e.span),
            );
            *e = live;
            changed = true;
        }
    });
    if !changed && before == f.body.len() {
        return;
    }
    let mut used = BTreeSet::new();
    for s in &f.body {
        mentions(s, &mut used);
    }
    f.locals
        .retain(|l| used.contains(&l.name) || !u.is_unsolved(&l.ty));
}

fn prune_block(body: Vec<Stmt>, u: &Unifier, changed: &mut bool) -> Vec<Stmt> {
    let mut out = Vec::with_capacity(body.len());
    for mut s in body {
        if let StmtKind::If { cond, then, orelse } = &mut s.kind {
            if let Some(truth) = static_truth(cond, u) {
                *changed = true;
                let live = std::mem::take(if truth { then } else { orelse });
                out.extend(prune_block(live, u, changed));
                continue;
            }
        }
        match &mut s.kind {
            StmtKind::If { then, orelse, .. } => {
                *then = prune_block(std::mem::take(then), u, changed);
                *orelse = prune_block(std::mem::take(orelse), u, changed);
            }
            StmtKind::While { body, orelse, .. }
            | StmtKind::ForEach { body, orelse, .. }
            | StmtKind::ForRange { body, orelse, .. } => {
                *body = prune_block(std::mem::take(body), u, changed);
                *orelse = prune_block(std::mem::take(orelse), u, changed);
            }
            kind => {
                for block in kind.blocks_mut() {
                    *block = prune_block(std::mem::take(block), u, changed);
                }
            }
        }
        out.push(s);
    }
    out
}

/// Whether the condition is always true or always false, by the types.
fn static_truth(cond: &ir::Expr, u: &Unifier) -> Option<bool> {
    match &cond.kind {
        ExprKind::Unary {
            op: UnaryOp::Not,
            operand,
        } => static_truth(operand, u).map(|t| !t),
        ExprKind::Truthy(inner)
            if matches!(
                inner.kind,
                ExprKind::Builtin {
                    func: Builtin::Isinstance,
                    ..
                }
            ) =>
        {
            static_truth(inner, u)
        }
        ExprKind::Truthy(inner) if is_variable(inner) => {
            (u.resolve(&inner.ty) == Type::None).then_some(false)
        }
        ExprKind::Compare { first, rest } => {
            let [(op @ (CmpOp::Is | CmpOp::IsNot), second)] = rest.as_slice() else {
                return None;
            };
            let value = match (&first.kind, &second.kind) {
                (_, ExprKind::None) => first,
                (ExprKind::None, _) => second,
                _ => return None,
            };
            if !is_variable(value) {
                return None;
            }
            let is_none = match u.resolve(&value.ty) {
                Type::None => true,
                Type::Var(_) | Type::Optional(_) | Type::Obj => return None,
                _ => false,
            };
            Some(is_none == (*op == CmpOp::Is))
        }
        // `isinstance(other, C)` where `other` is always a `C` (or a class
        // deriving from it): the guard of a method that only ever gets
        // its own class.
        ExprKind::Builtin {
            func: Builtin::Isinstance,
            args,
            ..
        } if is_variable(&args[0]) => {
            let ExprKind::Str(names) = &args[1].kind else {
                return None;
            };
            let Type::Object(class) = u.resolve(&args[0].ty) else {
                return None;
            };
            names
                .split(',')
                .any(|c| c == "object" || u.is_subclass(&class, c))
                .then_some(true)
        }
        _ => None,
    }
}

fn is_variable(e: &ir::Expr) -> bool {
    matches!(e.kind, ExprKind::Local(_) | ExprKind::Global(_))
}
