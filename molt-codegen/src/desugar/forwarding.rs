//! `def run(name, func, *args): return func(*args)`: a function (or
//! method) that only passes its extra arguments on. Every call gives
//! `args` a length and a type per item, so there is one copy of the
//! function per length, taking the extra arguments as parameters
//! (`run_2args(name, func, args_0, args_1)`), and each call calls its copy.
//! This is what lets such a function forward arguments of different
//! types, which a `*args` of one type cannot.
//!
//! Only when it is safe: `args` is read nowhere but in `f(*args)` calls,
//! the function has no defaults before `*args` and no `**kwargs`, every
//! call passes plain positional arguments (and keywords for the
//! keyword-only parameters, which each copy keeps), and the function is not
//! used as a value. A method also needs a name no other class and no
//! builtin type uses, since calls are matched by name.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Specializes the forwarding functions of `body` by call length.
pub fn specialize(body: &mut ast::Suite) {
    let mut candidates = candidates(body);
    if candidates.is_empty() {
        return;
    }
    let mut calls = Calls {
        candidates: &candidates,
        lengths: BTreeMap::new(),
        rejected: BTreeSet::new(),
    };
    for stmt in body.iter() {
        calls.visit_stmt(stmt);
    }
    let Calls {
        lengths, rejected, ..
    } = calls;
    // One that nothing calls has no copies: it is never used.
    candidates.retain(|name, _| !rejected.contains(name));
    if candidates.is_empty() {
        return;
    }
    let rename = Rename {
        candidates: &candidates,
    };
    for stmt in body.iter_mut() {
        rename.visit_stmt(stmt);
    }
    *body = std::mem::take(body)
        .into_iter()
        .flat_map(|stmt| copies(stmt, &candidates, &lengths))
        .collect();
}

/// A forwarding function: its fixed parameter count (without `self`) and
/// whether it is a method.
#[derive(Clone, Copy)]
struct Forwarder {
    fixed: usize,
    method: bool,
}

fn candidates(body: &[Stmt]) -> HashMap<String, Forwarder> {
    let mut found: HashMap<String, Forwarder> = HashMap::new();
    let mut method_names: HashMap<String, usize> = HashMap::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(f) => {
                if let Some(fixed) = forwards(f) {
                    found.insert(
                        f.name.id.to_string(),
                        Forwarder {
                            fixed,
                            method: false,
                        },
                    );
                }
            }
            Stmt::ClassDef(c) => {
                for member in &c.body {
                    let Stmt::FunctionDef(m) = member else {
                        continue;
                    };
                    *method_names.entry(m.name.id.to_string()).or_default() += 1;
                    match forwards(m) {
                        Some(fixed) if fixed > 0 => {
                            found.insert(
                                m.name.id.to_string(),
                                Forwarder {
                                    fixed: fixed - 1,
                                    method: true,
                                },
                            );
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    // A method is matched by name: it must be the only one of its name.
    found.retain(|name, f| {
        !f.method
            || (method_names.get(name) == Some(&1) && !crate::methods::is_builtin_method(name))
    });
    found
}

/// The fixed parameter count of a function that only forwards `*args`.
fn forwards(f: &ast::StmtFunctionDef) -> Option<usize> {
    let p = &f.parameters;
    let args = p.vararg.as_ref()?.name.id.as_str();
    let plain = f.decorator_list.is_empty()
        && p.kwarg.is_none()
        && p.posonlyargs
            .iter()
            .chain(&p.args)
            .all(|a| a.default.is_none());
    if !plain {
        return None;
    }
    let mut uses = ArgsUses {
        name: args,
        spread: 0,
        reads: 0,
    };
    for s in &f.body {
        uses.visit_stmt(s);
    }
    (uses.reads == uses.spread && uses.spread > 0).then_some(p.posonlyargs.len() + p.args.len())
}

/// Counts the reads of `*args`'s name, and those that spread it into a
/// call.
struct ArgsUses<'n> {
    name: &'n str,
    spread: usize,
    reads: usize,
}

impl<'a> Visitor<'a> for ArgsUses<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) => {
                for a in c.arguments.args.iter() {
                    if matches!(a, Expr::Starred(s) if matches!(&*s.value, Expr::Name(n) if n.id.as_str() == self.name))
                    {
                        self.spread += 1;
                    }
                }
            }
            Expr::Name(n) if n.id.as_str() == self.name => {
                // A store would rebind it: never a forwarder then.
                self.reads += if n.ctx.is_load() { 1 } else { 2 };
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// The number of extra arguments each call passes, and the candidates
/// some use rules out.
struct Calls<'c> {
    candidates: &'c HashMap<String, Forwarder>,
    lengths: BTreeMap<String, BTreeSet<usize>>,
    rejected: BTreeSet<String>,
}

impl Calls<'_> {
    fn callee<'e>(&self, func: &'e Expr) -> Option<(&'e str, Forwarder)> {
        let name = match func {
            Expr::Name(n) => n.id.as_str(),
            Expr::Attribute(a) => a.attr.id.as_str(),
            _ => return None,
        };
        let f = *self.candidates.get(name)?;
        (f.method == matches!(func, Expr::Attribute(_))).then_some((name, f))
    }
}

impl<'a> Visitor<'a> for Calls<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) => {
                if let Some((name, f)) = self.callee(&c.func) {
                    let args = &c.arguments;
                    // Keywords go to the keyword-only parameters, which
                    // each copy keeps.
                    let plain = args.keywords.iter().all(|k| k.arg.is_some())
                        && !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
                        && args.args.len() >= f.fixed;
                    if plain {
                        self.lengths
                            .entry(name.to_string())
                            .or_default()
                            .insert(args.args.len() - f.fixed);
                    } else {
                        self.rejected.insert(name.to_string());
                    }
                    // The callee itself is not a use as a value.
                    if let Expr::Attribute(a) = &*c.func {
                        self.visit_expr(&a.value);
                    }
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                    return;
                }
            }
            Expr::Name(n)
                if self
                    .candidates
                    .get(n.id.as_str())
                    .is_some_and(|f| !f.method) =>
            {
                self.rejected.insert(n.id.to_string());
            }
            Expr::Attribute(a)
                if self
                    .candidates
                    .get(a.attr.id.as_str())
                    .is_some_and(|f| f.method) =>
            {
                self.rejected.insert(a.attr.id.to_string());
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// The name of the copy that takes `extra` arguments.
fn copy_name(name: &str, extra: usize) -> String {
    format!("{name}_{extra}args")
}

/// Every call of a forwarder calls the copy for its length.
struct Rename<'c> {
    candidates: &'c HashMap<String, Forwarder>,
}

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        let Expr::Call(c) = expr else { return };
        let count = c.arguments.args.len();
        match &mut *c.func {
            Expr::Name(n) => {
                if let Some(f) = self.candidates.get(n.id.as_str()).filter(|f| !f.method) {
                    n.id = copy_name(&n.id, count - f.fixed).into();
                }
            }
            Expr::Attribute(a) => {
                if let Some(f) = self.candidates.get(a.attr.id.as_str()).filter(|f| f.method) {
                    a.attr.id = copy_name(&a.attr.id, count - f.fixed).into();
                }
            }
            _ => {}
        }
    }
}

/// A statement, or for a forwarder (or a class with one) its copies.
fn copies(
    stmt: Stmt,
    candidates: &HashMap<String, Forwarder>,
    lengths: &BTreeMap<String, BTreeSet<usize>>,
) -> Vec<Stmt> {
    match stmt {
        Stmt::FunctionDef(f)
            if candidates
                .get(f.name.id.as_str())
                .is_some_and(|c| !c.method) =>
        {
            let extra = lengths.get(f.name.id.as_str()).into_iter().flatten();
            extra
                .map(|&k| Stmt::FunctionDef(specialized(&f, k)))
                .collect()
        }
        Stmt::ClassDef(mut c) => {
            let members = std::mem::take(&mut c.body);
            c.body = members
                .into_iter()
                .flat_map(|member| match member {
                    Stmt::FunctionDef(m)
                        if candidates.get(m.name.id.as_str()).is_some_and(|c| c.method) =>
                    {
                        let extra = lengths.get(m.name.id.as_str()).into_iter().flatten();
                        extra
                            .map(|&k| Stmt::FunctionDef(specialized(&m, k)))
                            .collect::<Vec<_>>()
                    }
                    other => vec![other],
                })
                .collect();
            vec![Stmt::ClassDef(c)]
        }
        other => vec![other],
    }
}

/// The copy of `f` whose `*args` is `extra` parameters.
fn specialized(f: &ast::StmtFunctionDef, extra: usize) -> ast::StmtFunctionDef {
    let mut copy = f.clone();
    let vararg = copy
        .parameters
        .vararg
        .take()
        .expect("a forwarder has *args");
    let base = vararg.name.id.to_string();
    let names: Vec<String> = (0..extra).map(|i| format!("{base}_{i}")).collect();
    for name in &names {
        let mut p = (*vararg).clone();
        p.name.id = name.as_str().into();
        p.annotation = None;
        copy.parameters.args.push(ast::ParameterWithDefault {
            range: p.range,
            node_index: Default::default(),
            parameter: p,
            default: None,
        });
    }
    copy.name.id = copy_name(&f.name.id, extra).into();
    let spread = Spread {
        name: &base,
        names: &names,
    };
    for s in copy.body.iter_mut() {
        spread.visit_stmt(s);
    }
    copy
}

/// `g(*args)` as `g(args_0, args_1)`.
struct Spread<'a> {
    name: &'a str,
    names: &'a [String],
}

impl Transformer for Spread<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        let Expr::Call(c) = expr else { return };
        let is_args = |a: &Expr| matches!(a, Expr::Starred(s) if matches!(&*s.value, Expr::Name(n) if n.id.as_str() == self.name));
        if !c.arguments.args.iter().any(is_args) {
            return;
        }
        let mut args = Vec::new();
        for a in c.arguments.args.iter() {
            if is_args(a) {
                let Expr::Starred(s) = a else { continue };
                for name in self.names {
                    args.push(super::name_expr(name, s.range));
                }
            } else {
                args.push(a.clone());
            }
        }
        c.arguments.args = args.into_boxed_slice();
    }
}
