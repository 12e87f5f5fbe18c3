//! `self.__class__.X` (or `type(self).X`) in a method of a class that no
//! class of the module derives from: `self` is an instance of exactly that
//! class, so the read is `Class.X`.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::BTreeSet;

/// Rewrites the methods of every leaf class of `body`.
pub fn rewrite(body: &mut [Stmt]) {
    let bases: BTreeSet<String> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::ClassDef(c) => c.arguments.as_deref(),
            _ => None,
        })
        .flat_map(|a| a.args.iter())
        .filter_map(|b| b.as_name_expr().map(|n| n.id.to_string()))
        .collect();
    for stmt in body {
        let Stmt::ClassDef(class) = stmt else {
            continue;
        };
        if bases.contains(class.name.as_str()) {
            continue;
        }
        let name = class.name.to_string();
        for member in class.body.iter_mut() {
            let Stmt::FunctionDef(method) = member else {
                continue;
            };
            // A classmethod's `cls.__class__` is the metaclass.
            if !method.decorator_list.is_empty() {
                continue;
            }
            let Some(receiver) = super::method_receiver(method) else {
                continue;
            };
            // A method that rebinds its receiver reads other objects' classes.
            if crate::resolve::function_scope(&[], &method.body)
                .locals
                .contains(&receiver)
            {
                continue;
            }
            let reads = ClassReads {
                class: &name,
                receiver: &receiver,
            };
            for s in method.body.iter_mut() {
                reads.visit_stmt(s);
            }
        }
    }
}

struct ClassReads<'a> {
    class: &'a str,
    receiver: &'a str,
}

impl ClassReads<'_> {
    /// `self.__class__` or `type(self)`.
    fn is_class_of_receiver(&self, e: &Expr) -> bool {
        let is_receiver = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == self.receiver);
        match e {
            Expr::Attribute(a) => a.attr.as_str() == "__class__" && is_receiver(&a.value),
            Expr::Call(c) => {
                matches!(&*c.func, Expr::Name(f) if f.id.as_str() == "type")
                    && c.arguments.keywords.is_empty()
                    && matches!(c.arguments.args.as_ref(), [r] if is_receiver(r))
            }
            _ => false,
        }
    }
}

impl Transformer for ClassReads<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        // A nested function or class may rebind the receiver's name.
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            transformer::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if matches!(expr, Expr::Lambda(_)) {
            return;
        }
        transformer::walk_expr(self, expr);
        let Expr::Attribute(a) = expr else { return };
        if a.ctx == ast::ExprContext::Load && self.is_class_of_receiver(&a.value) {
            let range = ruff_text_size::Ranged::range(&*a.value);
            *a.value = super::name_expr(self.class, range);
        }
    }
}
