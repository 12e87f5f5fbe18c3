//! Narrowing: where a variable of type `T | None` is known not to be
//! None (inside `if x is not None:`, after `if x is None: return` or
//! `if x is None: x = "default"`, on the right of `x is not None and ...`,
//! after `assert x is not None`), its reads are of type `T`. Where
//! `isinstance(x, C)` holds for a class `C` of the program (inside the
//! `if`, after `assert isinstance(x, C)` or `if not isinstance(x, C):
//! return`), reads of a value of a class hierarchy are a `C`.
//!
//! Narrowing is syntactic and conservative: a name is narrowed only in a
//! region that never assigns it, so a read there can never see None. An
//! attribute of a variable (`if args.name:`) is narrowed the same way, and
//! only until a statement assigns the variable or any attribute of that
//! name, or calls a function of the program, which could.

use super::{Ctx, Frame};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// A variable known not to be None in a region, and the class it is known
/// to be an instance of (by `isinstance`), if any.
#[derive(Clone, Debug)]
pub(super) struct Narrowed {
    pub name: String,
    pub class: Option<String>,
}

impl Narrowed {
    fn not_none(name: &str) -> Self {
        Narrowed {
            name: name.to_string(),
            class: None,
        }
    }
}

/// The names `cond` proves not None when it is true (`positive`) or
/// false.
pub(super) fn proven(cond: &Expr, positive: bool) -> Vec<Narrowed> {
    match cond {
        Expr::Name(n) if positive => vec![Narrowed::not_none(&n.id)],
        Expr::Attribute(_) if positive => attribute_key(cond)
            .map(|k| vec![Narrowed::not_none(&k)])
            .unwrap_or_default(),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => proven(&u.operand, !positive),
        Expr::BoolOp(b) => {
            let and = b.op == ast::BoolOp::And;
            // `a and b` true: both are; `a or b` false: both are.
            if and == positive {
                b.values.iter().flat_map(|v| proven(v, positive)).collect()
            } else {
                Vec::new()
            }
        }
        Expr::Compare(c) if c.ops.len() == 1 => {
            let Expr::NoneLiteral(_) = &c.comparators[0] else {
                return Vec::new();
            };
            let name = match &*c.left {
                Expr::Name(n) => n.id.to_string(),
                attr => match attribute_key(attr) {
                    Some(key) => key,
                    None => return Vec::new(),
                },
            };
            let not_none = match c.ops[0] {
                ast::CmpOp::IsNot | ast::CmpOp::NotEq => true,
                ast::CmpOp::Is | ast::CmpOp::Eq => false,
                _ => return Vec::new(),
            };
            if not_none == positive {
                vec![Narrowed::not_none(&name)]
            } else {
                Vec::new()
            }
        }
        Expr::Call(c) if positive => match (&*c.func, c.arguments.args.as_ref()) {
            (Expr::Name(f), [Expr::Name(n), class]) if f.id.as_str() == "isinstance" => {
                vec![Narrowed {
                    name: n.id.to_string(),
                    class: class.as_name_expr().map(|c| c.id.to_string()),
                }]
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// `x.attr` (an attribute of a variable) as the key a narrowing of it is
/// recorded under: `"x.attr"`.
pub(super) fn attribute_key(e: &Expr) -> Option<String> {
    let Expr::Attribute(a) = e else { return None };
    let Expr::Name(n) = &*a.value else {
        return None;
    };
    Some(format!("{}.{}", n.id, a.attr.id))
}

/// The functions a narrowed attribute survives calls to: they cannot
/// assign an attribute of the program's objects.
const PURE_BUILTINS: &[&str] = &[
    "print",
    "len",
    "str",
    "int",
    "float",
    "bool",
    "repr",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "isinstance",
    "range",
    "enumerate",
    "zip",
    "round",
    "ord",
    "chr",
    "list",
    "dict",
    "set",
    "tuple",
];

/// What a statement may do to attributes: the names of the attributes it
/// assigns or deletes, and whether it calls a function of the program
/// (which may assign any attribute).
#[derive(Default)]
struct AttributeWrites {
    names: Vec<String>,
    calls: bool,
}

impl<'a> Visitor<'a> for AttributeWrites {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Attribute(a) if a.ctx != ast::ExprContext::Load => {
                self.names.push(a.attr.id.to_string())
            }
            Expr::Call(c) => {
                let pure =
                    matches!(&*c.func, Expr::Name(f) if PURE_BUILTINS.contains(&f.id.as_str()));
                self.calls |= !pure;
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// Whether an expression's value can never be None, whatever its operands
/// are: a literal other than None, a display, an operator, a conversion.
fn never_none(e: &Expr) -> bool {
    match e {
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::FString(_)
        | Expr::List(_)
        | Expr::Dict(_)
        | Expr::Set(_)
        | Expr::Tuple(_)
        | Expr::ListComp(_)
        | Expr::DictComp(_)
        | Expr::SetComp(_)
        | Expr::BinOp(_)
        | Expr::Compare(_) => true,
        Expr::Call(c) => matches!(&*c.func, Expr::Name(f) if matches!(
            f.id.as_str(),
            "str" | "int" | "float" | "bool" | "len" | "list" | "dict" | "set" | "tuple" | "sorted" | "repr"
        )),
        _ => false,
    }
}

/// Names these statements assign (so narrowing stops there).
pub(super) fn assigned(body: &[Stmt]) -> Vec<String> {
    crate::resolve::function_scope(&[], body).locals
}

/// Whether a block always leaves the enclosing code early.
pub(super) fn leaves(body: &[Stmt]) -> bool {
    matches!(
        body.last(),
        Some(Stmt::Return(_) | Stmt::Raise(_) | Stmt::Continue(_) | Stmt::Break(_))
    )
}

/// Ends the narrowing of the names `stmt` assigns. A plain assignment
/// reads its value first, and a call statement (`cmd.extend((k, args.v))`)
/// whose arguments call nothing of the program reads them before the call
/// runs, so both end narrowings after they are lowered (`after`).
pub(super) fn end_narrowing(frame: &mut Frame, stmt: &Stmt, after: bool) {
    let simple = match stmt {
        Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) => true,
        Stmt::Expr(e) => match &*e.value {
            Expr::Call(c) => {
                let mut inner = AttributeWrites::default();
                inner.visit_expr(&c.func);
                inner.visit_arguments(&c.arguments);
                !inner.calls && inner.names.is_empty()
            }
            _ => false,
        },
        _ => false,
    };
    if simple != after {
        return;
    }
    let killed = assigned(std::slice::from_ref(stmt));
    let mut writes = AttributeWrites::default();
    writes.visit_stmt(stmt);
    for n in frame.narrowed.iter_mut() {
        let ends = match n.name.split_once('.') {
            Some((object, attr)) => {
                killed.iter().any(|k| k == object)
                    || writes.calls
                    || writes.names.iter().any(|w| w == attr)
            }
            None => killed.contains(&n.name),
        };
        if ends {
            // Emptied rather than removed, so enclosing regions can still
            // truncate to their depth.
            n.name.clear();
        }
    }
}

impl Ctx {
    /// Lowers `body` with `names` narrowed, except those it assigns.
    pub(super) fn lower_narrowed(
        &mut self,
        frame: &mut Frame,
        names: Vec<Narrowed>,
        body: &[Stmt],
    ) -> Vec<crate::ir::Stmt> {
        let depth = frame.narrowed.len();
        frame.narrowed.extend(names);
        let out = self.lower_block(frame, body);
        frame.narrowed.truncate(depth);
        out
    }

    /// Lowers an expression with `names` narrowed (the right of `and`, a
    /// branch of a conditional expression).
    pub(super) fn lower_expr_narrowed(
        &mut self,
        frame: &mut Frame,
        names: Vec<Narrowed>,
        e: &Expr,
    ) -> Option<crate::ir::Expr> {
        let depth = frame.narrowed.len();
        frame.narrowed.extend(names);
        let out = self.lower_expr(frame, e);
        frame.narrowed.truncate(depth);
        out
    }

    /// After `if x is None: return`, or `if x is None: x = <not None>`,
    /// the statements that follow see `x` narrowed (until one assigns it):
    /// the names to narrow. `lowered` is the `if` as lowered: a value
    /// that is not plainly never None (`x = n`) narrows on the condition,
    /// recorded for inference, that its type cannot be None.
    pub(super) fn narrowed_after(
        &mut self,
        stmt: &Stmt,
        lowered: Option<&crate::ir::Stmt>,
    ) -> Vec<Narrowed> {
        let i = match stmt {
            Stmt::If(i) => i,
            Stmt::Assert(a) => return proven(&a.test, true),
            _ => return Vec::new(),
        };
        if !i.elif_else_clauses.is_empty() {
            return Vec::new();
        }
        let mut names = proven(&i.test, false);
        if leaves(&i.body) {
            return names;
        }
        // Only the names the body ends by giving a value.
        let Some(Stmt::Assign(a)) = i.body.last() else {
            return Vec::new();
        };
        let given: Vec<String> = a
            .targets
            .iter()
            .filter_map(|t| t.as_name_expr().map(|n| n.id.to_string()))
            .collect();
        names.retain(|n| given.contains(&n.name));
        if never_none(&a.value) {
            return names;
        }
        let value = match lowered.map(|s| &s.kind) {
            Some(crate::ir::StmtKind::If { then, .. }) => match then.last().map(|s| &s.kind) {
                Some(crate::ir::StmtKind::Assign { value, .. }) => value,
                _ => return Vec::new(),
            },
            _ => return Vec::new(),
        };
        for n in &names {
            self.narrowings.push(crate::ir::Narrowing {
                name: n.name.clone(),
                value: value.ty.clone(),
                span: value.span,
            });
        }
        names
    }
}
