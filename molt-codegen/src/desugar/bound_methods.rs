//! `ins = perm.insert` followed only by calls `ins(i, x)`: the name keeps
//! the receiver and each call is the method call (`ins = perm`, then
//! `ins.insert(i, x)`). Python looks the method up once, when it binds
//! it, and on the object bound then; the name holds that same object (a
//! shared reference), and in a closed world without monkeypatching looking
//! the method up again at each call finds the same method.
//!
//! Only when it is safe: the name is assigned once in its function, from
//! `receiver.method` where the receiver is a value (not a module or a
//! class), and is read nowhere but as the function of a call, and not in
//! a nested function.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use std::collections::{HashMap, HashSet};

/// Rewrites the bound methods called through a name, in every function of
/// `body` and in its top-level code. `not_values` are the names that are
/// not variables: imported modules and classes.
pub fn rewrite(body: &mut [Stmt], not_values: &HashSet<String>) {
    rewrite_scope(body, not_values);
    for stmt in body.iter_mut() {
        rewrite_nested(stmt, not_values);
    }
}

fn rewrite_nested(stmt: &mut Stmt, not_values: &HashSet<String>) {
    match stmt {
        Stmt::FunctionDef(f) => rewrite(&mut f.body, not_values),
        Stmt::ClassDef(c) => {
            for member in c.body.iter_mut() {
                rewrite_nested(member, not_values);
            }
        }
        _ => {}
    }
}

/// The bound methods of one scope: its own statements, not its nested
/// functions and classes.
fn rewrite_scope(body: &mut [Stmt], not_values: &HashSet<String>) {
    let mut uses = Uses::default();
    for stmt in body.iter() {
        uses.visit_stmt(stmt);
    }
    let bound: HashMap<String, String> = uses
        .bindings
        .into_iter()
        .filter(|(name, (receiver, _))| {
            let use_count = uses.counts.get(name).copied().unwrap_or_default();
            receiver
                .as_ref()
                .is_none_or(|r| !not_values.contains(r) && r != name)
                && use_count.stores == 1
                && use_count.other_reads == 0
                && !uses.nested.contains(name)
        })
        .map(|(name, (_, method))| (name, method))
        .collect();
    if bound.is_empty() {
        return;
    }
    let rewrite = Rewrite { bound: &bound };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
}

#[derive(Default, Clone, Copy)]
struct Count {
    stores: usize,
    /// Reads other than as the function of a call.
    other_reads: usize,
}

#[derive(Default)]
struct Uses {
    /// `name = receiver.method`: name -> (the receiver's name if it is
    /// one, method).
    bindings: HashMap<String, (Option<String>, String)>,
    counts: HashMap<String, Count>,
    /// Names that nested functions, lambdas or classes mention.
    nested: HashSet<String>,
}

impl<'a> Visitor<'a> for Uses {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                let mut names = Names(&mut self.nested);
                names.visit_stmt(stmt);
            }
            Stmt::Assign(a) => {
                if let ([Expr::Name(target)], Expr::Attribute(attr)) =
                    (a.targets.as_slice(), &*a.value)
                {
                    let receiver = match &*attr.value {
                        Expr::Name(receiver) => Some(receiver.id.to_string()),
                        _ => None,
                    };
                    self.bindings
                        .insert(target.id.to_string(), (receiver, attr.attr.id.to_string()));
                }
                visitor::walk_stmt(self, stmt);
            }
            // `global`/`nonlocal` names are shared with another scope.
            Stmt::Global(ast::StmtGlobal { names, .. })
            | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                self.nested.extend(names.iter().map(|n| n.id.to_string()));
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) if matches!(&*c.func, Expr::Name(_)) => {
                self.visit_arguments(&c.arguments);
            }
            Expr::Lambda(_) => {
                let mut names = Names(&mut self.nested);
                names.visit_expr(expr);
            }
            Expr::Name(n) => {
                let count = self.counts.entry(n.id.to_string()).or_default();
                match n.ctx {
                    ExprContext::Load => count.other_reads += 1,
                    _ => count.stores += 1,
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Every name mentioned.
struct Names<'n>(&'n mut HashSet<String>);

impl<'a> Visitor<'a> for Names<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(n) = expr {
            self.0.insert(n.id.to_string());
        }
        visitor::walk_expr(self, expr);
    }
}

struct Rewrite<'b> {
    /// name -> method.
    bound: &'b HashMap<String, String>,
}

impl Transformer for Rewrite<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            return;
        }
        if let Stmt::Assign(a) = stmt {
            if let ([Expr::Name(target)], Expr::Attribute(attr)) =
                (a.targets.as_slice(), &mut *a.value)
            {
                if self.bound.contains_key(target.id.as_str()) {
                    let receiver = (*attr.value).clone();
                    *a.value = receiver;
                    return;
                }
            }
        }
        transformer::walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        let Expr::Call(c) = expr else { return };
        let Expr::Name(n) = &*c.func else { return };
        let Some(method) = self.bound.get(n.id.as_str()) else {
            return;
        };
        let range = n.range;
        let func = (*c.func).clone();
        *c.func = Expr::Attribute(ast::ExprAttribute {
            node_index: Default::default(),
            value: Box::new(func),
            attr: ast::Identifier::new(method.as_str(), range),
            ctx: ExprContext::Load,
            range,
        });
    }
}
