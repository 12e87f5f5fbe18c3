//! Function values: closures, functions named as values, and their calls.
//!
//! A function value is a `molt_rt::Function` over an
//! `Rc<dyn Fn(A, B) -> PyResult<R>>`, with its `__name__`: any function
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
    /// `Func2<A, B, R>`, a function value.
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
        let call = quote!(Rc::new(move |#(#params),*| -> PyResult<#ret> { #body }));
        let mut copies = copies;
        let lambda = match &c.wraps {
            // `functools.wraps(w)`: `w`'s name and docstring, read before
            // the closure takes its copies.
            Some(w) => {
                let w = self.expr(w).at(Prec::Postfix);
                copies.insert(
                    0,
                    quote!(let wrapped = (#w.static_name(), #w.static_doc());),
                );
                quote!(<#fty>::new(wrapped.0, #call).with_doc(wrapped.1))
            }
            None => {
                let name = c.func.name.rsplit('.').next().unwrap_or(&c.func.name);
                let doc = match &c.func.doc {
                    Some(d) => quote!(.with_doc(Some(#d))),
                    None => quote!(),
                };
                quote!(<#fty>::new(#name, #call)#doc)
            }
        };
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
            // `k=k` of a `Copy` value: the `move` closure takes `k` as it is.
            if name != value.to_string() {
                copies.push(quote!(let #name = #value;));
            }
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
        // A function that raises already has the value's shape.
        let callable = if self.raising.contains(name) {
            quote!(#f)
        } else {
            quote!(|#(#params),*| Ok(#f(#(#args),*)))
        };
        let fty = self.func_type(sig);
        let doc = match self.module.function(name).and_then(|f| f.doc.as_ref()) {
            Some(d) => quote!(.with_doc(Some(#d))),
            None => quote!(),
        };
        Code::new(
            quote!(<#fty>::def(#name, Rc::new(#callable))#doc),
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

/// `Func1<Int, Str>` (`molt_rt`'s name for `Function<dyn Fn(Int) -> PyResult<Str>>`)
/// and its kin up to eight parameters.
pub(super) fn func_type(
    sig: &Signature,
    uses: &mut std::collections::BTreeSet<&'static str>,
) -> TokenStream {
    let params: Vec<TokenStream> = sig.params.iter().map(|t| rust_type(t, uses)).collect();
    let ret = rust_type(&sig.ret, uses);
    const ALIASES: [&str; 9] = [
        "Func0", "Func1", "Func2", "Func3", "Func4", "Func5", "Func6", "Func7", "Func8",
    ];
    match ALIASES.get(params.len()) {
        Some(alias) => {
            uses.insert(alias);
            let alias = quote::format_ident!("{}", alias);
            quote!(#alias<#(#params,)* #ret>)
        }
        None => {
            uses.insert("PyResult");
            uses.insert("Function");
            quote!(Function<dyn Fn(#(#params),*) -> PyResult<#ret>>)
        }
    }
}
