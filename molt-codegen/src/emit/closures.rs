//! Function values: closures, functions named as values, and their calls.
//!
//! A function value is an `Rc<dyn Fn(A, B) -> PyResult<R>>`: any function
//! can be stored, passed and called the same way, and a call can raise.
//! A closure copies the variables it reads (`let k = k.clone();` before
//! `move`), except those it or its maker assigns afterwards, which both
//! share through a `molt_rt::Shared` cell.

use super::{ident, rust_type, Code, Emitter, Prec};
use crate::ir::{self, Binding};
use crate::types::{Signature, Type};
use proc_macro2::TokenStream;
use quote::quote;

impl<'a> Emitter<'a> {
    /// `Rc<dyn Fn(A, B) -> PyResult<R>>`.
    pub(super) fn func_type(&mut self, sig: &Signature) -> TokenStream {
        func_type(sig, &mut self.uses)
    }

    pub(super) fn closure(&mut self, c: &ir::Closure, ty: Type) -> Code {
        let (body, inner) = self.closure_body(c);
        // Calling a generator only makes its iterator: it cannot raise.
        let body = if c.func.generator {
            quote!(Ok({ #body }))
        } else {
            body
        };
        let mut writes = std::collections::HashMap::new();
        super::collect_param_writes(&c.func.body, &mut writes);
        let params: Vec<TokenStream> = c
            .func
            .params
            .iter()
            .map(|p| {
                let n = inner.local_ident(&p.name);
                let t = rust_type(&p.ty, &mut self.uses);
                let shared = c
                    .func
                    .locals
                    .iter()
                    .any(|l| l.name == p.name && l.binding == Binding::Shared);
                if writes.contains_key(&p.name) && !shared {
                    quote!(mut #n: #t)
                } else {
                    quote!(#n: #t)
                }
            })
            .collect();
        let ret = rust_type(&c.func.ret, &mut self.uses);
        self.uses.insert("PyResult");
        // The variables it reads, copied (a shared cell's handle is copied
        // too); a `Copy` value needs no statement.
        let copies = self.captured_copies(c, &inner);
        let Type::Func(sig) = &ty else {
            unreachable!("a closure is a function value")
        };
        let fty = self.func_type(sig);
        let lambda = quote!(Rc::new(move |#(#params),*| -> PyResult<#ret> { #body }) as #fty);
        let ts = if copies.is_empty() {
            lambda
        } else {
            quote!({ #(#copies)* #lambda })
        };
        Code::new(ts, Prec::Block, ty)
    }

    /// The closure's body, emitted by its own emitter.
    fn closure_body(&mut self, c: &ir::Closure) -> (TokenStream, Emitter<'a>) {
        let mut inner = Emitter::new(self.module, self.raising, &c.func);
        inner.result = true;
        let body = inner.function_body(&c.func);
        self.uses.extend(inner.uses.iter().copied());
        self.dispatched.extend(inner.dispatched.iter().cloned());
        self.approx_literal |= inner.approx_literal;
        (body, inner)
    }

    /// `let k = k.clone();` for each variable the closure reads (a shared
    /// cell's handle is copied too); a `Copy` value needs no statement.
    fn captured_copies(&mut self, c: &ir::Closure, inner: &Emitter) -> Vec<TokenStream> {
        let mut copies: Vec<TokenStream> = c
            .func
            .locals
            .iter()
            .filter(|l| c.capture_names().any(|n| n == l.name))
            .filter(|l| !inner.unread.contains(&l.name))
            .filter(|l| l.binding == Binding::FreeShared || !super::is_copy(&l.ty))
            .map(|l| {
                let name = ident(&l.name);
                quote!(let #name = #name.clone();)
            })
            .collect();
        // A lambda's defaults, evaluated where it is made.
        for (name, value) in &c.bound {
            let value = self.owned(value);
            let name = ident(name);
            copies.push(quote!(let #name = #value;));
        }
        copies
    }

    /// A generator expression: the generator's body in a block, its source
    /// bound first, so the iterator is made where the expression stands.
    fn generator_value(&mut self, c: &ir::Closure, source: &ir::Expr, ty: Type) -> Code {
        let value = self.owned(source);
        let (body, inner) = self.closure_body(c);
        let copies = self.captured_copies(c, &inner);
        let param = inner.local_ident(&c.func.params[0].name);
        Code::new(
            quote!({ #(#copies)* let #param = #value; #body }),
            Prec::Block,
            ty,
        )
    }

    /// A `def` named as a value: `Rc::new(|a| double(a))`.
    pub(super) fn function_value(&mut self, name: &str, ty: Type) -> Code {
        let Type::Func(sig) = &ty else {
            unreachable!("a function value has a function type")
        };
        let f = ident(name);
        let args: Vec<proc_macro2::Ident> = (0..sig.params.len())
            .map(|i| quote::format_ident!("arg{}", i))
            .collect();
        let params: Vec<TokenStream> = args
            .iter()
            .zip(&sig.params)
            .map(|(a, t)| {
                let t = rust_type(t, &mut self.uses);
                quote!(#a: #t)
            })
            .collect();
        let call = quote!(#f(#(#args),*));
        let body = if self.raising.contains(name) {
            call
        } else {
            quote!(Ok(#call))
        };
        let fty = self.func_type(sig);
        Code::new(
            quote!(Rc::new(|#(#params),*| #body) as #fty),
            Prec::Block,
            ty,
        )
    }

    /// `f(a, b)` of a function value: it may raise.
    pub(super) fn call_value(&mut self, func: &ir::Expr, args: &[ir::Expr], ty: Type) -> Code {
        if let (ir::ExprKind::Closure(c), [source]) = (&func.kind, args) {
            if c.func.generator {
                return self.generator_value(c, source, ty);
            }
        }
        let f = self.expr(func).at(Prec::Postfix);
        let args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
        self.try_(quote!(#f(#(#args),*)), ty)
    }
}

/// `Func1<Int, Str>` (`molt_rt`'s name for `Rc<dyn Fn(Int) -> PyResult<Str>>`)
/// and its kin up to four parameters.
pub(super) fn func_type(
    sig: &Signature,
    uses: &mut std::collections::BTreeSet<&'static str>,
) -> TokenStream {
    let params: Vec<TokenStream> = sig.params.iter().map(|t| rust_type(t, uses)).collect();
    let ret = rust_type(&sig.ret, uses);
    const ALIASES: [&str; 5] = ["Func0", "Func1", "Func2", "Func3", "Func4"];
    match ALIASES.get(params.len()) {
        Some(alias) => {
            uses.insert(alias);
            let alias = quote::format_ident!("{}", alias);
            quote!(#alias<#(#params,)* #ret>)
        }
        None => {
            uses.insert("PyResult");
            quote!(Rc<dyn Fn(#(#params),*) -> PyResult<#ret>>)
        }
    }
}
