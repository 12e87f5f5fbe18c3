//! `icount = itertools.count` at module level: a library function bound
//! to a name of the module's, for speed or brevity. The name always
//! holds that function, so each read of it is the library function
//! itself (`icount(1)` is `itertools.count(1)`), which the later passes
//! translate as they do any call of it.
//!
//! Only when it is safe: the module is an imported library module, and
//! the program assigns the name nowhere else (no other assignment,
//! parameter, loop variable or `global` rebinding of it).

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

pub fn inline(body: &mut ast::Suite, modules: &HashSet<String>) {
    let mut aliases: HashMap<String, ast::ExprAttribute> = HashMap::new();
    for stmt in body.iter() {
        let Stmt::Assign(a) = stmt else { continue };
        let ([Expr::Name(target)], Expr::Attribute(attr)) = (a.targets.as_slice(), &*a.value)
        else {
            continue;
        };
        if matches!(&*attr.value, Expr::Name(m) if modules.contains(m.id.as_str())) {
            aliases.insert(target.id.to_string(), attr.clone());
        }
    }
    if aliases.is_empty() {
        return;
    }
    let mut stores = Stores::default();
    for stmt in body.iter() {
        stores.visit_stmt(stmt);
    }
    aliases.retain(|name, _| stores.count.get(name).copied().unwrap_or_default() == 1);
    if aliases.is_empty() {
        return;
    }
    body.retain(|stmt| {
        !matches!(stmt, Stmt::Assign(a)
            if matches!(a.targets.as_slice(), [Expr::Name(t)] if aliases.contains_key(t.id.as_str())))
    });
    let rewrite = Rewrite { aliases: &aliases };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
}

/// How often each name is bound, anywhere in the program.
#[derive(Default)]
struct Stores {
    count: HashMap<String, usize>,
}

impl<'a> Visitor<'a> for Stores {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for p in f.parameters.iter() {
                    *self.count.entry(p.name().id.to_string()).or_default() += 1;
                }
                *self.count.entry(f.name.id.to_string()).or_default() += 1;
            }
            Stmt::ClassDef(c) => {
                *self.count.entry(c.name.id.to_string()).or_default() += 1;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    *self.count.entry(n.id.to_string()).or_default() += 1;
                }
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(n) = expr {
            if !n.ctx.is_load() {
                *self.count.entry(n.id.to_string()).or_default() += 1;
            }
        }
        visitor::walk_expr(self, expr);
    }
}

struct Rewrite<'a> {
    aliases: &'a HashMap<String, ast::ExprAttribute>,
}

impl Transformer for Rewrite<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(n) = expr {
            if n.ctx.is_load() {
                if let Some(attr) = self.aliases.get(n.id.as_str()) {
                    let mut attr = attr.clone();
                    let range = n.range();
                    attr.range = range;
                    *expr = Expr::Attribute(attr);
                    return;
                }
            }
        }
        transformer::walk_expr(self, expr);
    }
}
