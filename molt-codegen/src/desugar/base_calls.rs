//! `Base.method(self, args)` in a method of a class whose one base is
//! `Base`: the same call as `super().method(args)`. With a single base,
//! looking `method` up on `Base` and on the MRO after the class find the
//! same function, so the two are one call; Molt translates `super()`.

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
                [Expr::Name(base)] => base.id.to_string(),
                _ => continue,
            },
            _ => continue,
        };
        for member in class.body.iter_mut() {
            let Stmt::FunctionDef(method) = member else {
                continue;
            };
            let Some(receiver) = method
                .parameters
                .posonlyargs
                .iter()
                .chain(&method.parameters.args)
                .next()
                .map(|p| p.parameter.name.id.to_string())
            else {
                continue;
            };
            let calls = BaseCalls {
                base: &base,
                receiver: &receiver,
            };
            for s in method.body.iter_mut() {
                calls.visit_stmt(s);
            }
        }
    }
}

struct BaseCalls<'a> {
    base: &'a str,
    receiver: &'a str,
}

impl Transformer for BaseCalls<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        // A nested function or class has no `super()` of this method's.
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            transformer::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if matches!(expr, Expr::Lambda(_)) {
            return;
        }
        transformer::walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let Expr::Attribute(attr) = &*call.func else {
            return;
        };
        let names_base = matches!(&*attr.value, Expr::Name(n) if n.id.as_str() == self.base);
        let passes_receiver = matches!(
            call.arguments.args.first(),
            Some(Expr::Name(n)) if n.id.as_str() == self.receiver
        );
        if !(names_base && passes_receiver) {
            return;
        }
        let range = attr.value.range();
        let super_call = Expr::Call(ast::ExprCall {
            node_index: Default::default(),
            range_start: range.start(),
            func: Box::new(Expr::Name(ast::ExprName {
                node_index: Default::default(),
                range,
                id: "super".into(),
                ctx: ast::ExprContext::Load,
            })),
            arguments: ast::Arguments {
                range,
                node_index: Default::default(),
                args: Box::new([]),
                keywords: Default::default(),
            },
        });
        let Expr::Call(call) = expr else { return };
        if let Expr::Attribute(attr) = &mut *call.func {
            *attr.value = super_call;
        }
        call.arguments.args = call.arguments.args[1..].to_vec().into_boxed_slice();
    }
}
