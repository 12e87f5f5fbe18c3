//! Decorators: `functools.lru_cache` and `functools.cache`, which memoize
//! a module function, and decorators that are the program's functions
//! (`@logged`, `@repeat(3)`), whose result the function's name holds.

use super::{span, Ctx, Frame};
use crate::ir::{self, ExprKind};
use crate::types::Type;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl Ctx {
    /// `Some(maxsize)` when `d` is `@lru_cache`, `@lru_cache(maxsize=N)`,
    /// `@lru_cache(maxsize=None)` or `@cache` (also as `functools.`...);
    /// `None` for an unbounded cache.
    pub(super) fn cache_decorator(&self, d: &ast::Decorator) -> Option<Option<u64>> {
        let named = |e: &Expr, name: &str| match e {
            Expr::Name(n) => n.id.as_str() == name && self.imports.contains(name),
            Expr::Attribute(a) => {
                a.attr.id.as_str() == name
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "functools" && self.imports.contains("functools"))
            }
            _ => false,
        };
        match &d.expression {
            e if named(e, "cache") => Some(None),
            e if named(e, "lru_cache") => Some(Some(128)),
            Expr::Call(c) if named(&c.func, "lru_cache") => {
                let maxsize = match (c.arguments.args.as_ref(), c.arguments.keywords.as_ref()) {
                    ([], []) => return Some(Some(128)),
                    ([m], []) => m,
                    ([], [k]) if k.arg.as_ref().is_some_and(|a| a.id.as_str() == "maxsize") => {
                        &k.value
                    }
                    _ => return None,
                };
                match maxsize {
                    Expr::NoneLiteral(_) => Some(None),
                    Expr::NumberLiteral(n) => n.value.as_int().and_then(|i| i.as_u64()).map(Some),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `f.cache_info()` and `f.cache_clear()` of a cached function `f`.
    pub(super) fn lower_cache_method(&mut self, c: &ast::ExprCall) -> Option<ir::Expr> {
        let Expr::Attribute(a) = &*c.func else {
            return None;
        };
        let Expr::Name(f) = &*a.value else {
            return None;
        };
        if !self.cached.contains_key(f.id.as_str()) || !c.arguments.is_empty() {
            return None;
        }
        let (clear, ty) = match a.attr.id.as_str() {
            "cache_info" => (false, Type::CacheInfo),
            "cache_clear" => (true, Type::None),
            _ => return None,
        };
        Some(ir::Expr::new(
            ExprKind::CacheInfo {
                func: f.id.to_string(),
                clear,
            },
            ty,
            span(ruff_text_size::Ranged::range(c)),
        ))
    }

    /// `@f` or `@f(args)` with `f` a module function.
    pub(super) fn function_decorator(&self, d: &ast::Decorator) -> bool {
        let callee = match &d.expression {
            Expr::Call(c) => &*c.func,
            e => e,
        };
        matches!(callee, Expr::Name(n) if self.funcs_pending.contains(n.id.as_str()))
    }

    /// `@functools.wraps(f)` or `@wraps(f)`.
    pub(super) fn is_wraps(&self, d: &ast::Decorator) -> bool {
        let Expr::Call(c) = &d.expression else {
            return false;
        };
        match &*c.func {
            Expr::Name(n) => n.id.as_str() == "wraps" && self.imports.contains("wraps"),
            Expr::Attribute(a) => {
                a.attr.id.as_str() == "wraps"
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "functools" && self.imports.contains("functools"))
            }
            _ => false,
        }
    }

    /// Where a decorated def runs: `name = deco2(deco1(<the function>))`.
    pub(super) fn apply_decorators(
        &mut self,
        frame: &mut Frame,
        f: &ast::StmtFunctionDef,
        out: &mut Vec<ir::Stmt>,
    ) {
        let name = f.name.id.to_string();
        let Some(decorators) = self.decorated.get(&name).cloned() else {
            return;
        };
        let Some(sig) = self.funcs.get(&name).cloned() else {
            return;
        };
        let at = span(f.name.range);
        let mut value = ir::Expr::new(
            ExprKind::FuncRef(name.clone()),
            Type::Func(Box::new(sig)),
            at,
        );
        for d in decorators.iter().rev() {
            let ty = self.u.fresh();
            let at = span(d.range());
            value = match &d.expression {
                Expr::Name(n) => {
                    let ret = self
                        .funcs
                        .get(n.id.as_str())
                        .map(|s| s.ret.clone())
                        .unwrap_or(ty);
                    ir::Expr::new(
                        ExprKind::Call {
                            func: n.id.to_string(),
                            args: vec![value],
                        },
                        ret,
                        at,
                    )
                }
                factory => {
                    let Some(made) = self.lower_expr(frame, factory) else {
                        return;
                    };
                    ir::Expr::new(
                        ExprKind::Method {
                            receiver: Box::new(made),
                            name: "__call__".into(),
                            args: vec![value],
                            kwargs: Vec::new(),
                        },
                        ty,
                        at,
                    )
                }
            };
        }
        out.push(ir::Stmt {
            line: self.line(f.range),
            kind: ir::StmtKind::Assign {
                place: ir::Place::Global(name),
                value,
            },
        });
    }
}
