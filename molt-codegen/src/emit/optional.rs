//! `T | None` values: Rust's `Option<T>`.
//!
//! Where narrowing proved a variable is not None its reads unwrap it;
//! where a `T | None` is used as a `T` without such proof (an attribute,
//! a method, an operator) the value is checked at run time and None
//! raises the exception CPython raises at that point.

use super::{Code, Emitter, Prec};
use crate::ir;
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// A read that narrowing proved is not None.
    pub(super) fn not_none(&mut self, inner: &ir::Expr, ty: Type) -> Code {
        let c = self.expr(inner);
        if !matches!(inner.ty, Type::Optional(_)) {
            return c;
        }
        let v = c.at(Prec::Postfix);
        // A copy needs no clone (and clippy takes `expect` right after the
        // test for a missed `if let`).
        let read = if super::is_copy(&inner.ty) {
            quote!(#v.unwrap_or_else(|| unreachable!("narrowed: checked not None")))
        } else {
            quote!(#v.clone().expect("narrowed: checked not None"))
        };
        Code::new(read, Prec::Postfix, ty)
    }

    /// The value of a `T | None` used as a `T`: None raises `kind` with
    /// `message`, as CPython does at the same point.
    pub(super) fn present(&mut self, value: &ir::Expr, kind: &str, message: &str) -> TokenStream {
        let v = self.expr(value).at(Prec::Postfix);
        let kind = quote::format_ident!("{}", kind);
        self.uses.insert("PyErr");
        self.uses.insert("ExcKind");
        self.raises = true;
        quote!(#v.clone().ok_or_else(|| PyErr::new(ExcKind::#kind, #message))?)
    }

    /// `isinstance(x, T)` (or its truth) where `x` is a `T | None` and T
    /// is one of the classes named: true exactly when `x` is not None.
    /// Gives `x`, to test with `is_some()`/`is_none()`.
    pub(super) fn optional_isinstance(&mut self, e: &ir::Expr) -> Option<TokenStream> {
        let e = match &e.kind {
            ir::ExprKind::Truthy(inner) => inner,
            _ => e,
        };
        let ir::ExprKind::Builtin {
            func: ir::Builtin::Isinstance,
            args,
            ..
        } = &e.kind
        else {
            return None;
        };
        let (Type::Optional(inner), ir::ExprKind::Str(names)) = (&args[0].ty, &args[1].kind) else {
            return None;
        };
        let matches = match &**inner {
            Type::Object(c) => names.split(',').any(|n| self.is_class_or_base(c, n)),
            t => super::containers::static_isinstance(t, names),
        };
        matches.then(|| self.expr(&args[0]).at(Prec::Postfix))
    }

    /// The truth of `x` for a `T | None` of an instance whose truth is
    /// always true (no `__bool__` or `__len__`): whether it is not None.
    pub(super) fn optional_plain_instance(&mut self, e: &ir::Expr) -> Option<TokenStream> {
        let ir::ExprKind::Truthy(inner) = &e.kind else {
            return None;
        };
        let Type::Optional(item) = &inner.ty else {
            return None;
        };
        let Type::Object(class) = &**item else {
            return None;
        };
        let has = |m: &str| crate::infer::classes::has_method(&self.module.classes, class, m);
        if has("__bool__") || has("__len__") {
            return None;
        }
        Some(self.expr(inner).at(Prec::Postfix))
    }

    /// The truth of a `T | None`: false for None, else the value's.
    pub(super) fn optional_truthy(&mut self, inner: &ir::Expr, item: &Type) -> Code {
        let v = self.expr(inner).at(Prec::Postfix);
        let some = match item {
            Type::Object(class) => {
                let has =
                    |m: &str| crate::infer::classes::has_method(&self.module.classes, class, m);
                if has("__bool__") || has("__len__") {
                    let bound = ir::Expr::new(
                        ir::ExprKind::Local("value".into()),
                        item.clone(),
                        inner.span,
                    );
                    let t = self.instance_truthy(class, &bound).ts;
                    return Code::new(
                        quote!(#v.as_ref().is_some_and(|value| #t)),
                        Prec::Postfix,
                        Type::Bool,
                    );
                }
                return Code::new(quote!(#v.is_some()), Prec::Postfix, Type::Bool);
            }
            Type::Float => quote!(*value != 0.0),
            Type::Bool => quote!(*value),
            _ => quote!(value.is_true()),
        };
        Code::new(
            quote!(#v.as_ref().is_some_and(|value| #some)),
            Prec::Postfix,
            Type::Bool,
        )
    }
}
