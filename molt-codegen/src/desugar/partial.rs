//! `functools.partial`: a function with some arguments bound.
//!
//! `square = partial(power, exp=2)` at module level becomes the def it
//! behaves as, `def square(base: int, *, exp: int = 2) -> int: return
//! power(base, exp)`: bound values are defaults, so they are evaluated
//! once, where the partial is made; a keyword-bound parameter can still
//! be passed by keyword and every parameter after it only by keyword, as
//! CPython's partial objects allow. A positionally bound argument becomes
//! a keyword-only `base_bound` that no call passes. Elsewhere a partial is
//! the lambda with those defaults (`lambda exp, base_bound=3: power(...)`)
//! and is called with positional arguments.

use super::Desugar;
use crate::lower::literal_default;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

/// What a partial binds arguments of, and how it is called.
#[derive(Clone)]
pub(super) struct Callable {
    params: Vec<ast::ParameterWithDefault>,
    kwonly: Vec<ast::ParameterWithDefault>,
    returns: Option<Box<Expr>>,
    call: Call,
}

#[derive(Clone)]
enum Call {
    /// A function of the module, or a builtin, by name.
    Function(String),
    /// A method of the class, on the bound receiver.
    Method {
        class: String,
        name: String,
        receiver: Box<Expr>,
    },
    /// A `str` method: its first parameter is the string.
    StrMethod(String),
}

/// A partial's function and the arguments it binds.
struct Binding {
    callable: Callable,
    bound: Vec<Expr>,
    keywords: Vec<(String, Expr)>,
}

/// The builtins a partial can bind, as the defs they behave as.
const BUILTINS: &[&str] = &[
    "def int(x: str, base: int) -> int: ...",
    "def float(x: str) -> float: ...",
    "def pow(base: int, exp: int) -> int: ...",
    "def round(number: float, ndigits: int) -> float: ...",
];

/// `str` methods a partial can bind.
const STR_METHODS: &[&str] = &[
    "def join(self: str, iterable: list[str]) -> str: ...",
    "def split(self: str, sep: str) -> list[str]: ...",
    "def replace(self: str, old: str, new: str) -> str: ...",
    "def startswith(self: str, prefix: str) -> bool: ...",
    "def endswith(self: str, suffix: str) -> bool: ...",
    "def count(self: str, sub: str) -> int: ...",
    "def find(self: str, sub: str) -> int: ...",
];

/// The module's functions and the methods of its classes, by name: what
/// a partial can bind.
#[derive(Default)]
pub(super) struct Functions {
    defs: HashMap<String, ast::StmtFunctionDef>,
    /// Method name -> (class, def), for names only one class defines.
    methods: HashMap<String, Option<(String, ast::StmtFunctionDef)>>,
}

impl Functions {
    pub(super) fn collect(body: &[Stmt]) -> Functions {
        let mut fs = Functions::default();
        for s in body {
            match s {
                Stmt::FunctionDef(f) => {
                    fs.defs.insert(f.name.id.to_string(), f.clone());
                }
                Stmt::ClassDef(c) => {
                    for m in &c.body {
                        if let Stmt::FunctionDef(f) = m {
                            fs.methods
                                .entry(f.name.id.to_string())
                                .and_modify(|e| *e = None)
                                .or_insert_with(|| Some((c.name.id.to_string(), f.clone())));
                        }
                    }
                }
                _ => {}
            }
        }
        fs
    }
}

fn parse_def(src: &str, at: TextRange) -> ast::StmtFunctionDef {
    match super::parse_stmt(src, at) {
        Stmt::FunctionDef(f) => f,
        _ => unreachable!("the template is a def"),
    }
}

impl Desugar {
    /// `partial(...)` or `functools.partial(...)`.
    pub(super) fn is_partial(&self, f: &Expr) -> bool {
        self.library(f, "functools") == Some("partial")
    }

    /// What `partial`'s first argument names, if Molt can bind it.
    fn callable(&self, f: &Expr) -> Option<Callable> {
        let from_def = |d: &ast::StmtFunctionDef, skip: usize, call: Call| {
            let p = &d.parameters;
            if !p.posonlyargs.is_empty() || p.vararg.is_some() || p.kwarg.is_some() {
                return None;
            }
            Some(Callable {
                params: p.args.iter().skip(skip).cloned().collect(),
                kwonly: p.kwonlyargs.iter().cloned().collect(),
                returns: d.returns.clone(),
                call,
            })
        };
        match f {
            Expr::Name(n) => {
                let name = n.id.to_string();
                if let Some(d) = self.functions.borrow().defs.get(&name) {
                    return from_def(d, 0, Call::Function(name));
                }
                let builtin = self.builtin(f)?;
                let src = BUILTINS
                    .iter()
                    .find(|s| s.starts_with(&format!("def {builtin}(")))?;
                from_def(&parse_def(src, f.range()), 0, Call::Function(name))
            }
            Expr::Attribute(a) if self.builtin(&a.value) == Some("str") => {
                let src = STR_METHODS
                    .iter()
                    .find(|s| s.starts_with(&format!("def {}(", a.attr.id)))?;
                from_def(
                    &parse_def(src, a.range),
                    0,
                    Call::StrMethod(a.attr.id.to_string()),
                )
            }
            Expr::Attribute(a) => {
                let functions = self.functions.borrow();
                let (class, d) = functions.methods.get(a.attr.id.as_str())?.as_ref()?;
                let call = Call::Method {
                    class: class.clone(),
                    name: a.attr.id.to_string(),
                    receiver: a.value.clone(),
                };
                from_def(d, 1, call)
            }
            _ => None,
        }
    }

    /// The callable and its bound arguments, or a diagnostic.
    fn binding(&self, c: &ast::ExprCall) -> Option<Binding> {
        let unsupported = |this: &Self, message: &str| {
            this.error(
                c.range(),
                message.to_string(),
                "write a def (or a lambda) that makes the call",
            );
            None
        };
        let Some((f, bound)) = c.arguments.args.split_first() else {
            return unsupported(self, "functools.partial() needs a function to bind");
        };
        if bound.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return unsupported(self, "functools.partial() with `*args` is not supported");
        }
        let Some(callable) = self.callable(f) else {
            return unsupported(
                self,
                "functools.partial() of this callable is not supported: Molt binds the module's functions (without *args or **kwargs), methods of its classes, int, float, pow, round and some str methods",
            );
        };
        let mut keywords = Vec::new();
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else {
                return unsupported(self, "functools.partial() with `**kwargs` is not supported");
            };
            let known = callable
                .params
                .iter()
                .chain(&callable.kwonly)
                .any(|p| p.parameter.name.id == name.id);
            if !known {
                self.error(
                    k.range(),
                    format!("the function bound by functools.partial() has no parameter `{name}`"),
                    "bind a parameter it has",
                );
                return None;
            }
            keywords.push((name.id.to_string(), k.value.clone()));
        }
        if bound.len() > callable.params.len() {
            return unsupported(
                self,
                "functools.partial() binds more positional arguments than the function takes",
            );
        }
        let literal_defaults = callable
            .params
            .iter()
            .chain(&callable.kwonly)
            .all(|p| p.default.as_deref().is_none_or(literal_default));
        if !literal_defaults {
            return unsupported(
                self,
                "functools.partial() of a function whose defaults are computed is not supported",
            );
        }
        Some(Binding {
            callable,
            bound: bound.to_vec(),
            keywords,
        })
    }

    /// `name = partial(f, ...)` at module level, as a def.
    pub(super) fn partial_def(&self, name: &str, c: &ast::ExprCall, at: TextRange) -> Option<Stmt> {
        let Binding {
            callable,
            bound,
            keywords,
        } = self.binding(c)?;
        let mut positional = Vec::new();
        let mut kwonly = Vec::new();
        let mut args = Vec::new();
        let mut by_keyword = false;
        for (i, p) in callable.params.iter().enumerate() {
            let pname = p.parameter.name.id.to_string();
            if let Some(value) = bound.get(i) {
                let hidden = format!("{pname}_bound");
                kwonly.push(param(&hidden, p, Some(value.clone())));
                args.push(hidden);
                continue;
            }
            let kw = keywords.iter().find(|(k, _)| *k == pname);
            by_keyword |= kw.is_some();
            let default = kw.map(|(_, v)| v.clone()).or(p.default.as_deref().cloned());
            if by_keyword {
                kwonly.push(param(&pname, p, default));
            } else {
                positional.push(param(&pname, p, default));
            }
            args.push(pname);
        }
        let mut kw_args = Vec::new();
        for p in &callable.kwonly {
            let pname = p.parameter.name.id.to_string();
            let kw = keywords.iter().find(|(k, _)| *k == pname);
            let default = kw.map(|(_, v)| v.clone()).or(p.default.as_deref().cloned());
            kwonly.push(param(&pname, p, default));
            kw_args.push(format!("{pname}={pname}"));
        }
        let call = self.call_source(&callable.call, &args, &kw_args, &mut kwonly, at);
        let mut def = parse_def(&format!("def {name}():\n    return {call}\n"), at);
        // Annotations and defaults copied from elsewhere point at their source.
        for p in positional.iter_mut().chain(&mut kwonly) {
            relocate_param(p, at);
        }
        def.parameters.args = positional.into_iter().collect();
        def.parameters.kwonlyargs = kwonly.into_iter().collect();
        def.returns = callable.returns.clone();
        self.functions
            .borrow_mut()
            .defs
            .insert(name.to_string(), def.clone());
        self.partials.borrow_mut().push(name.to_string());
        Some(Stmt::FunctionDef(def))
    }

    /// A partial used as a value: the lambda of the parameters left that
    /// makes the call with the bound values, which must be literals (so
    /// that evaluating them at each call is the same).
    pub(super) fn partial_lambda(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Binding {
            callable,
            bound,
            keywords,
        } = self.binding(c)?;
        let values = bound.iter().chain(keywords.iter().map(|(_, v)| v));
        if !values.clone().all(literal_default) {
            self.error(
                c.range(),
                "functools.partial() binding computed values is supported only at module level"
                    .into(),
                "assign the partial to a module-level name, or bind literals",
            );
            return None;
        }
        if let Call::Method { .. } = callable.call {
            self.error(
                c.range(),
                "functools.partial() of a method is supported only at module level".into(),
                "assign the partial to a module-level name, or write a lambda",
            );
            return None;
        }
        let mut holes: Vec<Expr> = Vec::new();
        let mut hole = |e: &Expr| {
            holes.push(e.clone());
            format!("__h{}", holes.len() - 1)
        };
        let mut params = Vec::new();
        let mut args = Vec::new();
        for (i, p) in callable.params.iter().enumerate() {
            let pname = p.parameter.name.id.to_string();
            let kw = keywords.iter().find(|(k, _)| *k == pname).map(|(_, v)| v);
            match (bound.get(i), kw, &p.default) {
                (Some(v), _, _) | (None, Some(v), _) => args.push(hole(v)),
                (None, None, Some(d)) => args.push(hole(d)),
                (None, None, None) => {
                    params.push(pname.clone());
                    args.push(pname);
                }
            }
        }
        let mut kw_args = Vec::new();
        for p in &callable.kwonly {
            let pname = p.parameter.name.id.to_string();
            let kw = keywords.iter().find(|(k, _)| *k == pname).map(|(_, v)| v);
            let Some(v) = kw.or(p.default.as_deref()) else {
                self.error(
                    c.range(),
                    format!("functools.partial() leaves keyword-only `{pname}` unbound"),
                    "bind it in the partial, or assign the partial to a module-level name",
                );
                return None;
            };
            kw_args.push(format!("{pname}={}", hole(v)));
        }
        let call = self.call_source(&callable.call, &args, &kw_args, &mut Vec::new(), c.range());
        let src = format!("lambda {}: {call}", params.join(", "));
        let values: Vec<&Expr> = holes.iter().collect();
        Some(super::template(&src, &values, c.range()))
    }

    /// The call a partial makes, as source; a method's receiver becomes a
    /// keyword-only parameter bound to it, pushed onto `kwonly`.
    fn call_source(
        &self,
        call: &Call,
        args: &[String],
        kw_args: &[String],
        kwonly: &mut Vec<ast::ParameterWithDefault>,
        at: TextRange,
    ) -> String {
        let all: Vec<&str> = args.iter().chain(kw_args).map(String::as_str).collect();
        match call {
            Call::Function(f) => format!("{f}({})", all.join(", ")),
            Call::StrMethod(m) => format!("{}.{m}({})", all[0], all[1..].join(", ")),
            Call::Method {
                class,
                name,
                receiver,
            } => {
                let mut p = parse_def(&format!("def f(*, bound_self: {class}): ..."), at)
                    .parameters
                    .kwonlyargs
                    .remove(0);
                p.default = Some(receiver.clone());
                kwonly.push(p);
                format!("bound_self.{name}({})", all.join(", "))
            }
        }
    }

    /// `p.args`, `p.keywords`, `p.func` of a partial made at module level.
    pub(super) fn check_partial_attribute(&self, e: &Expr) {
        let Expr::Attribute(a) = e else { return };
        let Expr::Name(n) = &*a.value else { return };
        if !self.partials.borrow().iter().any(|p| *p == n.id.as_str()) {
            return;
        }
        if matches!(a.attr.id.as_str(), "args" | "keywords" | "func") {
            self.error(
                a.range(),
                format!(
                    "`{}.{}`: Molt compiles a functools.partial into a function, without the partial object's attributes",
                    n.id, a.attr.id
                ),
                "keep the bound values in variables of their own",
            );
        }
    }
}

/// A parameter named `name` with `p`'s annotation and this default.
fn param(
    name: &str,
    p: &ast::ParameterWithDefault,
    default: Option<Expr>,
) -> ast::ParameterWithDefault {
    let mut out = p.clone();
    out.parameter.name = ast::Identifier::new(name, p.parameter.name.range);
    out.default = default.map(Box::new);
    out
}

/// A made parameter's own range: where the partial is.
fn relocate_param(p: &mut ast::ParameterWithDefault, at: TextRange) {
    p.range = at;
    p.parameter.range = at;
    p.parameter.name.range = at;
}
