//! `def solve(board, bisect=bisect)`, a parameter whose default is one of
//! the module's functions, kept local for speed: when no call passes that
//! parameter, it always holds the function, so the parameter goes and its
//! reads name the function itself. The function is then called directly,
//! with its own defaults, instead of through a value of function type.
//!
//! Only when it is safe: `f` is a module-level def used only by calls
//! (never as a value), no call passes the parameter (by position or
//! keyword, and none spreads `*args`/`**kwargs`), the default names a
//! module-level def the module never rebinds, and `f` never assigns the
//! parameter nor binds the function's name for itself.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use std::collections::{HashMap, HashSet};

pub fn inline(body: &mut [Stmt]) {
    let defs: HashSet<String> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::FunctionDef(f) => Some(f.name.id.to_string()),
            _ => None,
        })
        .collect();
    let mut uses = Uses::default();
    for stmt in body.iter() {
        uses.visit_stmt(stmt);
    }
    // A def rebound by the module (`rotate = other`) is not a constant.
    let functions: HashSet<&String> = defs
        .iter()
        .filter(|d| uses.stores.get(*d).copied().unwrap_or_default() == 0)
        .collect();
    for stmt in body.iter_mut() {
        let Stmt::FunctionDef(f) = stmt else { continue };
        let name = f.name.id.to_string();
        if uses.values.contains(&name) {
            continue;
        }
        let calls = uses.calls.get(&name).cloned().unwrap_or_default();
        let params: Vec<String> = f
            .parameters
            .posonlyargs
            .iter()
            .chain(&f.parameters.args)
            .map(|p| p.parameter.name.id.to_string())
            .collect();
        let mut inlined: Vec<(String, String)> = Vec::new();
        for (i, p) in f
            .parameters
            .posonlyargs
            .iter()
            .chain(&f.parameters.args)
            .chain(&f.parameters.kwonlyargs)
            .enumerate()
        {
            let Some(Expr::Name(default)) = p.default.as_deref() else {
                continue;
            };
            let param = p.parameter.name.id.to_string();
            let function = default.id.to_string();
            let by_position = i < params.len();
            let passed = calls.iter().any(|c| {
                c.spread || c.keywords.contains(&param) || (by_position && c.positional > i)
            });
            if passed || !functions.contains(&function) {
                continue;
            }
            let locals = bindings(&f.body);
            let own =
                param != function && (locals.contains(&function) || params.contains(&function));
            if locals.contains(&param) || own {
                continue;
            }
            inlined.push((param, function));
        }
        if inlined.is_empty() {
            continue;
        }
        let gone: HashSet<&String> = inlined.iter().map(|(p, _)| p).collect();
        let keep = |p: &ast::ParameterWithDefault| !gone.contains(&p.parameter.name.id.to_string());
        f.parameters.posonlyargs.retain(keep);
        f.parameters.args.retain(keep);
        f.parameters.kwonlyargs.retain(keep);
        let renames: HashMap<String, String> = inlined.into_iter().collect();
        let rename = Rename { renames: &renames };
        for s in f.body.iter_mut() {
            rename.visit_stmt(s);
        }
    }
}

/// How a module-level name is used, everywhere in the module.
#[derive(Default)]
struct Uses {
    calls: HashMap<String, Vec<Call>>,
    /// Names read other than as the function of a call.
    values: HashSet<String>,
    stores: HashMap<String, usize>,
}

#[derive(Clone, Default)]
struct Call {
    positional: usize,
    keywords: Vec<String>,
    /// `*args` or `**kwargs` in the call: what it passes is not known.
    spread: bool,
}

impl<'a> Visitor<'a> for Uses {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) => {
                if let Expr::Name(f) = &*c.func {
                    let call = Call {
                        positional: c.arguments.args.len(),
                        keywords: c
                            .arguments
                            .keywords
                            .iter()
                            .filter_map(|k| k.arg.as_ref().map(|a| a.id.to_string()))
                            .collect(),
                        spread: c.arguments.args.iter().any(Expr::is_starred_expr)
                            || c.arguments.keywords.iter().any(|k| k.arg.is_none()),
                    };
                    self.calls.entry(f.id.to_string()).or_default().push(call);
                    for a in &c.arguments.args {
                        self.visit_expr(a);
                    }
                    for k in &c.arguments.keywords {
                        self.visit_expr(&k.value);
                    }
                    return;
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Name(n) if n.ctx == ExprContext::Store => {
                *self.stores.entry(n.id.to_string()).or_default() += 1;
            }
            Expr::Name(n) => {
                self.values.insert(n.id.to_string());
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        // `global f` then `def f` elsewhere: a rebinding too.
        if let Stmt::Global(g) = stmt {
            for n in &g.names {
                *self.stores.entry(n.id.to_string()).or_default() += 1;
            }
        }
        visitor::walk_stmt(self, stmt);
    }
}

/// The names a function body binds: assignments, loop and `with`
/// targets, nested defs and classes, imports.
fn bindings(body: &[Stmt]) -> HashSet<String> {
    #[derive(Default)]
    struct Bound(HashSet<String>);
    impl<'a> Visitor<'a> for Bound {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(f) => {
                    self.0.insert(f.name.id.to_string());
                    // A nested def's parameters shadow names in its body.
                    for p in f.parameters.iter() {
                        self.0.insert(p.name().id.to_string());
                    }
                }
                Stmt::ClassDef(c) => {
                    self.0.insert(c.name.id.to_string());
                }
                Stmt::Import(i) => self.0.extend(
                    i.names
                        .iter()
                        .map(|a| a.asname.as_ref().unwrap_or(&a.name).id.to_string()),
                ),
                Stmt::ImportFrom(i) => self.0.extend(
                    i.names
                        .iter()
                        .map(|a| a.asname.as_ref().unwrap_or(&a.name).id.to_string()),
                ),
                Stmt::Global(g) => self.0.extend(g.names.iter().map(|n| n.id.to_string())),
                Stmt::Nonlocal(g) => self.0.extend(g.names.iter().map(|n| n.id.to_string())),
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(n) if n.ctx != ExprContext::Load => {
                    self.0.insert(n.id.to_string());
                }
                Expr::Lambda(l) => {
                    if let Some(params) = &l.parameters {
                        for p in params.iter() {
                            self.0.insert(p.name().id.to_string());
                        }
                    }
                    visitor::walk_expr(self, expr);
                }
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    let mut bound = Bound::default();
    for s in body {
        bound.visit_stmt(s);
    }
    bound.0
}

struct Rename<'r> {
    renames: &'r HashMap<String, String>,
}

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(n) = expr {
            if let Some(to) = self.renames.get(n.id.as_str()) {
                n.id = to.as_str().into();
            }
            return;
        }
        transformer::walk_expr(self, expr);
    }
}
