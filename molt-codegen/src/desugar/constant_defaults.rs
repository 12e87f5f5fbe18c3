//! A method's default that names a constant: `def next_cell(self, pos,
//! strategy=HIGHEST_VALUE_STRATEGY)` where the class body bound
//! `HIGHEST_VALUE_STRATEGY = 2` above it, or where the module binds the
//! name once, to a literal, before the class. Python evaluates a default
//! once, when the `def` runs, to the value the name has then; that value
//! is the literal, which is immutable, so the default becomes the literal
//! itself (whatever the class attribute is set to later).

use crate::lower::literal_default;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, ExprContext, Stmt, StmtFunctionDef};
use std::collections::{HashMap, HashSet};

/// Rewrites the defaults of the methods of every class of `body`.
pub fn inline(body: &mut [Stmt]) {
    let module = module_constants(body);
    for (at, stmt) in body.iter_mut().enumerate() {
        let Stmt::ClassDef(class) = stmt else {
            continue;
        };
        // The constants the class body sees, as it runs.
        let mut known: HashMap<String, Expr> = module
            .iter()
            .filter(|(_, (bound_at, _))| *bound_at < at)
            .map(|(name, (_, value))| (name.clone(), value.clone()))
            .collect();
        for s in class.body.iter_mut() {
            if let Stmt::FunctionDef(f) = s {
                inline_defaults(f, &known);
            }
            for name in bound_names(s) {
                known.remove(&name);
            }
            if let Some((name, value)) = literal_binding(s) {
                known.insert(name, value);
            }
        }
    }
}

fn inline_defaults(f: &mut StmtFunctionDef, known: &HashMap<String, Expr>) {
    let p = &mut f.parameters;
    for param in p
        .posonlyargs
        .iter_mut()
        .chain(p.args.iter_mut())
        .chain(p.kwonlyargs.iter_mut())
    {
        let Some(default) = param.default.as_deref_mut() else {
            continue;
        };
        if let Expr::Name(n) = &*default {
            if let Some(value) = known.get(n.id.as_str()) {
                *default = value.clone();
            }
        }
    }
}

/// `NAME = <literal>`: the name and the literal.
fn literal_binding(s: &Stmt) -> Option<(String, Expr)> {
    let Stmt::Assign(a) = s else { return None };
    match a.targets.as_slice() {
        [Expr::Name(n)] if literal_default(&a.value) => {
            Some((n.id.to_string(), (*a.value).clone()))
        }
        _ => None,
    }
}

/// The module's constants: names bound once, at top level, to a literal,
/// that no function declares `global`; with the index of the statement
/// that binds them.
fn module_constants(body: &[Stmt]) -> HashMap<String, (usize, Expr)> {
    let mut stores: HashMap<String, usize> = HashMap::new();
    for s in body {
        for name in bound_names(s) {
            *stores.entry(name).or_default() += 1;
        }
    }
    let mut globals = GlobalNames::default();
    for s in body {
        globals.visit_stmt(s);
    }
    body.iter()
        .enumerate()
        .filter_map(|(at, s)| {
            let (name, value) = literal_binding(s)?;
            let once = stores.get(&name) == Some(&1) && !globals.names.contains(&name);
            once.then_some((name, (at, value)))
        })
        .collect()
}

/// The names a statement binds in the scope it runs in: assignment and
/// loop targets, `del`, imports, and the names of defs and classes (whose
/// bodies are scopes of their own).
fn bound_names(s: &Stmt) -> Vec<String> {
    let mut b = Bindings::default();
    b.visit_stmt(s);
    b.names
}

#[derive(Default)]
struct Bindings {
    names: Vec<String>,
}

impl<'a> Visitor<'a> for Bindings {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.names.push(f.name.id.to_string()),
            Stmt::ClassDef(c) => self.names.push(c.name.id.to_string()),
            Stmt::Import(i) => self.names.extend(i.names.iter().map(|a| {
                let bound = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
                bound.split('.').next().unwrap_or(bound).to_string()
            })),
            Stmt::ImportFrom(i) => self.names.extend(
                i.names
                    .iter()
                    .map(|a| a.asname.as_ref().unwrap_or(&a.name).id.to_string()),
            ),
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if n.ctx != ExprContext::Load => self.names.push(n.id.to_string()),
            // A lambda's parameters are its own.
            Expr::Lambda(_) => {}
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// The names any function declares `global`.
#[derive(Default)]
struct GlobalNames {
    names: HashSet<String>,
}

impl<'a> Visitor<'a> for GlobalNames {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::Global(g) = s {
            self.names.extend(g.names.iter().map(|n| n.id.to_string()));
        }
        visitor::walk_stmt(self, s);
    }
}
