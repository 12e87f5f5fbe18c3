//! A class that derives from `list`, `dict` or `set` and adds nothing
//! (`class OrderedCollection(list): pass`), and that the program names
//! only to call it: its instances are that container in every way the
//! program can see, so its calls become calls of the container
//! (`list()`) and the class goes.
//!
//! A class named anywhere else (`isinstance(x, OrderedCollection)`,
//! `type(x)`, a base of another class) stays, and is reported as a class
//! deriving from a builtin would be.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::{BTreeMap, BTreeSet};

const CONTAINERS: &[&str] = &["list", "dict", "set"];

/// Rewrites the module.
pub fn rewrite(module: &mut ast::ModModule) {
    let body = &mut module.body;
    let mut bare: BTreeMap<String, String> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::ClassDef(c) => bare_container(c).map(|base| (c.name.to_string(), base)),
            _ => None,
        })
        .collect();
    if bare.is_empty() {
        return;
    }
    // Names bound more than once, or used other than as a call, stay.
    let mut uses = Uses::default();
    for s in body.iter() {
        uses.visit_stmt(s);
    }
    bare.retain(|name, _| {
        !uses.other.contains(name) && uses.defs.get(name).copied().unwrap_or(0) == 1
    });
    if bare.is_empty() {
        return;
    }
    body.retain(|s| !matches!(s, Stmt::ClassDef(c) if bare.contains_key(c.name.as_str())));
    let calls = Calls { bare: &bare };
    for s in body.iter_mut() {
        ruff_python_ast::visitor::transformer::Transformer::visit_stmt(&calls, s);
    }
}

/// The container a class derives from, if that is all it does: one base
/// among `CONTAINERS`, no keywords or decorators, a body of `pass`, `...`
/// or a docstring.
fn bare_container(c: &ast::StmtClassDef) -> Option<String> {
    let args = c.arguments.as_deref()?;
    let [Expr::Name(base)] = args.args.as_ref() else {
        return None;
    };
    if !args.keywords.is_empty()
        || !c.decorator_list.is_empty()
        || c.type_params.is_some()
        || !CONTAINERS.contains(&base.id.as_str())
    {
        return None;
    }
    let empty = c.body.iter().all(|s| match s {
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => matches!(&*e.value, Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)),
        _ => false,
    });
    empty.then(|| base.id.to_string())
}

/// How the module uses each name: how many statements bind it, and which
/// names it reads other than as the function of a call.
#[derive(Default)]
struct Uses {
    defs: BTreeMap<String, usize>,
    other: BTreeSet<String>,
}

impl<'a> Visitor<'a> for Uses {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::ClassDef(c) => *self.defs.entry(c.name.to_string()).or_default() += 1,
            Stmt::FunctionDef(f) => *self.defs.entry(f.name.to_string()).or_default() += 1,
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) if matches!(&*c.func, Expr::Name(_)) => {
                visitor::walk_arguments(self, &c.arguments);
                return;
            }
            Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                self.other.insert(n.id.to_string());
            }
            // A binding of the name elsewhere: not the class everywhere.
            Expr::Name(n) => self.rebound(n.id.as_str()),
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.rebound(parameter.name.as_str());
        visitor::walk_parameter(self, parameter);
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        self.rebound(alias.asname.as_ref().unwrap_or(&alias.name).as_str());
    }
}

impl Uses {
    fn rebound(&mut self, name: &str) {
        *self.defs.entry(name.to_string()).or_default() += 2;
    }
}

struct Calls<'a> {
    bare: &'a BTreeMap<String, String>,
}

impl ruff_python_ast::visitor::transformer::Transformer for Calls<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        ruff_python_ast::visitor::transformer::walk_expr(self, expr);
        let Expr::Call(c) = expr else { return };
        let Expr::Name(f) = &mut *c.func else { return };
        if let Some(base) = self.bare.get(f.id.as_str()) {
            f.id = base.as_str().into();
        }
    }
}
