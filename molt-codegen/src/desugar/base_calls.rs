//! `Base.method(self, args)` in a method of a class whose one base is
//! `Base`: the same call as `super().method(args)`. With a single base,
//! looking `method` up on `Base` and on the MRO after the class find the
//! same function, so the two are one call; Molt translates `super()`.
//! `super(Class, self)` in a method of `Class` is `super()` spelled out.
//! In a class whose only base is `object`, `super().__init__()` is
//! `object.__init__`, which does nothing, so the statement goes.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Rewrites the base-class calls in every class of `body`.
pub fn rewrite(body: &mut [Stmt]) {
    for stmt in body {
        let Stmt::ClassDef(class) = stmt else {
            continue;
        };
        let base = match class.arguments.as_deref() {
            Some(args) if args.keywords.is_empty() => match args.args.as_ref() {
                [Expr::Name(base)] => Some(base.id.to_string()),
                _ => None,
            },
            _ => None,
        };
        let class_name = class.name.id.to_string();
        let only_object = match class.arguments.as_deref() {
            None => true,
            Some(args) => {
                args.keywords.is_empty()
                    && matches!(args.args.as_ref(), [] | [Expr::Name(_)])
                    && base.as_deref().is_none_or(|b| b == "object")
            }
        };
        for member in class.body.iter_mut() {
            let Stmt::FunctionDef(method) = member else {
                continue;
            };
            let Some(receiver) = super::method_receiver(method) else {
                continue;
            };
            let calls = BaseCalls {
                base: base.as_deref(),
                class: &class_name,
                receiver: &receiver,
                only_object,
            };
            for s in method.body.iter_mut() {
                calls.visit_stmt(s);
            }
        }
    }
}

struct BaseCalls<'a> {
    /// The class's one base, if it has one.
    base: Option<&'a str>,
    class: &'a str,
    receiver: &'a str,
    only_object: bool,
}

impl BaseCalls<'_> {
    fn names(&self, e: &Expr, name: &str) -> bool {
        matches!(e, Expr::Name(n) if n.id.as_str() == name)
    }
}

impl Transformer for BaseCalls<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        // A nested function or class has no `super()` of this method's.
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            transformer::walk_stmt(self, stmt);
        }
        if self.only_object && is_super_init(stmt) {
            *stmt = Stmt::Pass(ast::StmtPass {
                node_index: Default::default(),
                range: stmt.range(),
            });
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if matches!(expr, Expr::Lambda(_)) {
            return;
        }
        transformer::walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        if let (true, [class, receiver]) = (
            self.names(&call.func, "super") && call.arguments.keywords.is_empty(),
            call.arguments.args.as_ref(),
        ) {
            if self.names(class, self.class) && self.names(receiver, self.receiver) {
                call.arguments.args = Box::new([]);
            }
            return;
        }
        let Expr::Attribute(attr) = &*call.func else {
            return;
        };
        let Some(base) = self.base else { return };
        let names_base = self.names(&attr.value, base);
        let passes_receiver = matches!(
            call.arguments.args.first(),
            Some(Expr::Name(n)) if n.id.as_str() == self.receiver
        );
        if !(names_base && passes_receiver) {
            return;
        }
        let range = attr.value.range();
        let super_call = super::call_of("super", &[], range);
        let Expr::Call(call) = expr else { return };
        if let Expr::Attribute(attr) = &mut *call.func {
            *attr.value = super_call;
        }
        call.arguments.args = call.arguments.args[1..].to_vec().into_boxed_slice();
    }
}

/// `super().__init__()`, as a statement.
fn is_super_init(stmt: &Stmt) -> bool {
    let Stmt::Expr(e) = stmt else { return false };
    let Expr::Call(init) = &*e.value else {
        return false;
    };
    let Expr::Attribute(attr) = &*init.func else {
        return false;
    };
    let Expr::Call(sup) = &*attr.value else {
        return false;
    };
    attr.attr.as_str() == "__init__"
        && init.arguments.is_empty()
        && sup.arguments.is_empty()
        && matches!(&*sup.func, Expr::Name(n) if n.id.as_str() == "super")
}
