//! The decorators Molt translates: `functools.lru_cache` and
//! `functools.cache`, which memoize a module function.

use super::{span, Ctx};
use crate::ir::{self, ExprKind};
use crate::types::Type;
use ruff_python_ast::{self as ast, Expr};

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
}
