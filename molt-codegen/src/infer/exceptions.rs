//! Types of exception values: `raise` operands, `ValueError(...)` and the
//! attributes of a caught exception.

use super::{py, Walker};
use crate::ir;
use crate::types::Type;

impl Walker<'_> {
    /// `raise exc from cause`: both must be exceptions (or `None` causes).
    pub(super) fn raise_stmt(&mut self, exc: Option<&ir::Expr>, cause: Option<&ir::Expr>) {
        for (e, what) in exc
            .iter()
            .map(|e| (e, "raise"))
            .chain(cause.iter().map(|c| (c, "from")))
        {
            self.expr(e);
            match self.u.resolve(&e.ty) {
                Type::Exc(_) | Type::Var(_) => {}
                Type::None if what == "from" => {}
                t => self.report(
                    e.span,
                    format!("`{what}` needs an exception here, not {}", py(&t)),
                    "raise an exception class or instance, for example `raise ValueError(\"bad input\")`",
                ),
            }
        }
    }

    /// `ValueError(a, b)`: each argument becomes an item of `e.args`.
    pub(super) fn new_exception(&mut self, args: &[ir::Expr]) {
        args.iter().for_each(|a| self.expr(a));
        self.exception_args(args);
    }

    /// The values that become `e.args`: run-time values, so of a type
    /// Molt can make one of.
    fn exception_args(&mut self, args: &[ir::Expr]) {
        for a in args {
            if let Err(m) = self.u.objectify(&a.ty) {
                self.report(
                    a.span,
                    format!(
                        "an exception argument of type {} is not supported",
                        py(&m.found)
                    ),
                    "pass a message string, numbers or builtin containers",
                );
            }
        }
    }

    /// `e.args`, `e.__cause__`, `e.__context__`, `e.__suppress_context__`.
    pub(super) fn exception_attr(&mut self, e: &ir::Expr, class: &str, name: &str) {
        let ty = match name {
            "args" => Type::Obj,
            "__cause__" | "__context__" => {
                Type::Optional(Box::new(Type::Exc("BaseException".into())))
            }
            "__suppress_context__" => Type::Bool,
            "__class__" => Type::ExcType,
            "value" if class == "StopIteration" => match self.stop_value_type(e) {
                Some(t) => t,
                None => return,
            },
            // A field of the instance an exception of such a class carries.
            _ if self.classes.iter().any(|c| c.name == class) => {
                let view =
                    ir::Expr::new(ir::ExprKind::None, Type::Object(class.to_string()), e.span);
                return self.attr(e, &view, name);
            }
            _ => {
                self.report(
                    e.span,
                    format!("'{class}' object has no attribute '{name}' in Molt"),
                    "exceptions carry their message: use str(e), e.args, type(e).__name__, e.__cause__ or e.__context__",
                );
                return;
            }
        };
        let _ = self.u.unify(&e.ty, &ty);
    }

    /// `e.value` of a StopIteration: what a generator returned, of the one
    /// return type the program's generators have (else None).
    fn stop_value_type(&mut self, e: &ir::Expr) -> Option<Type> {
        let mut returned = match self.stopped.last() {
            Some(near) if !near.is_empty() => near.clone(),
            _ => Vec::new(),
        };
        if returned.is_empty() {
            for (_, ret) in self.funcs.values() {
                if let Type::Generator(_, _, r) = self.u.resolve(ret) {
                    if *r != Type::None && !returned.contains(&r) {
                        returned.push(*r);
                    }
                }
            }
        }
        match returned.as_slice() {
            [] => Some(Type::None),
            [t @ Type::Optional(_)] => Some(t.clone()),
            [t] => Some(Type::Optional(Box::new(t.clone()))),
            several => {
                let names: Vec<String> = several.iter().map(py).collect();
                self.report(
                    e.span,
                    format!(
                        "StopIteration.value here could be any of {}, which the program's generators return",
                        names.join(", ")
                    ),
                    "read the value with `x = yield from gen`, or return one type from all generators",
                );
                None
            }
        }
    }

    /// What the generators resumed in `body` return (besides None).
    pub(super) fn generators_returning(&mut self, body: &[ir::Stmt]) -> Vec<Type> {
        let mut found = Vec::new();
        let mut body = body.to_vec();
        crate::analyze::visit_exprs_shallow_mut(&mut body, &mut |e| {
            if let Type::Generator(_, _, r) = self.u.resolve(&e.ty) {
                if *r != Type::None && !found.contains(&*r) {
                    found.push(*r);
                }
            }
        });
        found
    }

    /// The constructor's arguments are the exception's `args` when its
    /// `__init__` does not set them: they become run-time values.
    pub(super) fn exception_instance_args(&mut self, new: &ir::Expr) {
        if let ir::ExprKind::New { args, .. } = &new.kind {
            self.exception_args(args);
        }
    }

    /// `exc_type.__name__` of an exception class.
    pub(super) fn exception_class_attr(&mut self, e: &ir::Expr, name: &str) {
        if name != "__name__" {
            self.report(
                e.span,
                format!("type object has no attribute '{name}' in Molt"),
                "an exception class as a value gives its __name__",
            );
            return;
        }
        let _ = self.u.unify(&e.ty, &Type::Str);
    }
}
