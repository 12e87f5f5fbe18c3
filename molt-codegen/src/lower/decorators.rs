//! Decorators: `functools.lru_cache` and `functools.cache`, which memoize
//! a module function, `molt.extern`, which makes a function call into the
//! embedding Rust crate, and decorators that are the program's functions
//! (`@logged`, `@repeat(3)`), whose result the function's name holds.

use super::{args, span, Ctx, Frame, Mode};
use crate::ir::{self, ExprKind};
use crate::types::{Signature, Type};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// The types an extern function's arguments and result convert between
/// Python and Rust (docs/embedding.md).
fn extern_type(t: &Type) -> bool {
    match t {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None => true,
        Type::List(item) | Type::Optional(item) => extern_type(item),
        Type::Dict(k, v) => extern_type(k) && extern_type(v),
        Type::Tuple(items) => !items.is_empty() && items.iter().all(extern_type),
        _ => false,
    }
}

impl Ctx {
    /// The Rust path of `@molt.extern("crate::geo::haversine")` (or
    /// `@extern(...)` after `from molt import extern`).
    pub(super) fn extern_decorator<'d>(&self, d: &'d ast::Decorator) -> Option<&'d Expr> {
        let Expr::Call(c) = &d.expression else {
            return None;
        };
        let named = match &*c.func {
            Expr::Name(n) => n.id.as_str() == "extern" && self.imports.contains("extern"),
            Expr::Attribute(a) => {
                a.attr.id.as_str() == "extern"
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "molt" && self.imports.contains("molt"))
            }
            _ => false,
        };
        named.then(|| c.arguments.args.first()).flatten()
    }

    /// The Rust function an `@molt.extern` def calls, if the module is
    /// embedded; a program runs the def's own body instead, which a stub
    /// does not have.
    pub(super) fn extern_function(
        &mut self,
        f: &ast::StmtFunctionDef,
        d: &ast::Decorator,
    ) -> Option<String> {
        let path = match self.extern_decorator(d) {
            Some(Expr::StringLiteral(s)) => s.value.to_str().to_string(),
            _ => {
                self.error(
                    d.range,
                    "`molt.extern` takes the Rust function's path as a string",
                )
                .help("write @molt.extern(\"crate::module::function\")");
                return None;
            }
        };
        if syn::parse_str::<syn::Path>(&path).is_err() {
            self.error(d.range, format!("`{path}` is not a Rust path"))
                .help(
                "write the path the embedding crate calls it by, such as \"crate::geo::haversine\"",
            );
            return None;
        }
        let stub = f.body.iter().all(|s| match s {
            ast::Stmt::Pass(_) => true,
            ast::Stmt::Expr(e) => {
                matches!(&*e.value, Expr::EllipsisLiteral(_) | Expr::StringLiteral(_))
            }
            _ => false,
        });
        if self.mode == Mode::Program {
            if stub {
                self.error(d.range, format!("`{}` calls the Rust function `{path}`, which only a crate that embeds this module has", f.name.id))
                    .help("embed the module with molt_codegen::Builder or include_py!, or give the def a Python body for programs to run");
            }
            return None;
        }
        let annotated = f.returns.as_deref().into_iter().chain(
            args::def_params(&f.parameters).filter_map(|a| a.parameter.annotation.as_deref()),
        );
        for a in annotated {
            if let Some(t) = self.annotation(a) {
                if !extern_type(&t) {
                    self.error(a.range(), format!("an extern function cannot take or return `{t}`"))
                        .help("use int, float, bool, str, None, or list, dict, tuple and Optional of those");
                    return None;
                }
            }
        }
        let p = &f.parameters;
        let unannotated = args::def_params(p).any(|a| a.parameter.annotation.is_none());
        if unannotated || p.vararg.is_some() || p.kwarg.is_some() {
            self.error(
                f.parameters.range,
                "an extern function's parameters need annotations",
            )
            .help("annotate each parameter with the Python type of the Rust function's argument");
            return None;
        }
        Some(path)
    }

    /// An `@molt.extern` def: no Python body, its calls go to `path`.
    pub(super) fn external_function(
        &mut self,
        f: &ast::StmtFunctionDef,
        params: Vec<String>,
        sig: Signature,
        path: String,
    ) -> ir::Function {
        ir::Function {
            name: f.name.id.to_string(),
            doc: super::docstring(&f.body),
            params: params
                .into_iter()
                .zip(sig.params)
                .map(|(name, ty)| ir::Param { name, ty })
                .collect(),
            ret: sig.ret,
            locals: Vec::new(),
            body: Vec::new(),
            raises: false,
            cache: None,
            generator: false,
            external: Some(path),
            line: self.line(f.range),
            span: span(f.name.range),
        }
    }

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
