//! Emission of `Enum`/`IntEnum` classes: a Rust enum with one variant per
//! member, `molt_rt::PyEnum` for its name, value and lookups, and the
//! trait impls that print and hash members as CPython does.

use super::{doc_attrs, ident, Code, Emitter, Prec};
use crate::ir::{self, ExprKind};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    fn enum_def(&self, name: &str) -> &ir::EnumDef {
        self.module
            .enums
            .iter()
            .find(|e| e.name == name)
            .expect("enums are declared before use")
    }

    /// The enum, its `PyEnum`, `PyDisplay` and `PyHash` impls, and its
    /// methods.
    pub(super) fn enum_items(&mut self, e: &ir::EnumDef, methods: Vec<TokenStream>) -> TokenStream {
        let name = super::type_ident(&e.name);
        let doc = e
            .doc
            .as_ref()
            .map(|d| doc_attrs(d, false))
            .unwrap_or_default();
        let variants: Vec<proc_macro2::Ident> = e
            .members
            .iter()
            .map(|(m, _)| format_ident!("{}", m))
            .collect();
        let names: Vec<&str> = e.members.iter().map(|(m, _)| m.as_str()).collect();
        let values: Vec<TokenStream> = e.members.iter().map(|(_, v)| self.owned(v)).collect();
        let value_ty = self.ty(&e.value_ty);
        let class = &e.name;
        let int = e.int;
        // Python's member names (RED, DARK_RED) are kept.
        let mut lints = Vec::new();
        if names
            .iter()
            .chain(std::iter::once(&class.as_str()))
            .any(|n| {
                n.as_bytes()
                    .windows(2)
                    .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
            })
        {
            lints.push(quote!(clippy::upper_case_acronyms));
        }
        if names
            .iter()
            .any(|n| n.contains('_') || n.starts_with(|c: char| c.is_ascii_lowercase()))
        {
            lints.push(quote!(non_camel_case_types));
        }
        let lint = if lints.is_empty() {
            quote!()
        } else {
            quote!(#[allow(#(#lints),*)])
        };
        self.uses.insert("PyDisplay");
        let ord = if e.int {
            quote! {
                impl PartialOrd for #name {
                    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                        use molt_rt::PyEnum;
                        self.value().partial_cmp(&other.value())
                    }
                }
            }
        } else {
            quote!()
        };
        let inherent = if methods.is_empty() {
            quote!()
        } else {
            quote!(impl #name { #(#methods)* })
        };
        quote! {
            #doc
            #lint
            #[derive(Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #name {
                #(#variants,)*
            }

            impl molt_rt::PyEnum for #name {
                type Value = #value_ty;
                const CLASS: &'static str = #class;
                const INT: bool = #int;
                const MEMBERS: &'static [Self] = &[#(#name::#variants),*];

                fn name(self) -> &'static str {
                    match self {
                        #(#name::#variants => #names,)*
                    }
                }

                fn value(self) -> #value_ty {
                    match self {
                        #(#name::#variants => #values,)*
                    }
                }
            }

            impl PyDisplay for #name {
                fn write_str(&self, out: &mut String) {
                    molt_rt::enums::write_str(*self, out)
                }

                fn write_repr(&self, out: &mut String) {
                    molt_rt::enums::write_repr(*self, out)
                }

                fn format_spec(
                    &self,
                    spec: &molt_rt::text::format_spec::FormatSpec,
                ) -> Result<String, String> {
                    molt_rt::enums::format_spec(*self, spec)
                }
            }

            impl molt_rt::hash::PyHash for #name {
                fn py_hash(&self) -> i64 {
                    molt_rt::enums::py_hash(*self)
                }
            }

            #ord
            #inherent
        }
    }

    /// `Color.RED`, `Color(v)`, `Color["RED"]`, `list(Color)`.
    pub(super) fn enum_expr(&mut self, e: &ir::Expr) -> Code {
        let ty = e.ty.clone();
        match &e.kind {
            ExprKind::EnumMember { name, index } => {
                let member = format_ident!("{}", self.enum_def(name).members[*index].0);
                let name = super::type_ident(name);
                // A constant: reading it has no effect, like a variable's.
                Code::place(quote!(#name::#member), ty)
            }
            ExprKind::EnumLookup { arg, .. } if arg.ty == ty => self.expr(arg),
            ExprKind::EnumLookup { name, arg, by_name } => {
                let enum_ty = super::type_ident(name);
                if *by_name {
                    let a = self.expr(arg).at(Prec::Postfix);
                    self.try_(
                        quote!(molt_rt::enums::from_name::<#enum_ty>(#a.as_str())),
                        ty,
                    )
                } else {
                    let a = self.operand_ref(arg);
                    self.try_(quote!(molt_rt::enums::from_value::<#enum_ty>(#a)), ty)
                }
            }
            ExprKind::EnumMembers(name) => {
                let name = super::type_ident(name);
                Code::new(
                    quote!(molt_rt::enums::members::<#name>()),
                    Prec::Postfix,
                    ty,
                )
            }
            _ => unreachable!("not an enum expression"),
        }
    }

    /// `member.name`, `member.value`, or a property.
    pub(super) fn enum_attr(&mut self, value: &ir::Expr, name: &str, ty: Type) -> Code {
        let v = self.expr(value).at(Prec::Postfix);
        self.uses.insert("PyEnum");
        match name {
            "name" => {
                self.uses.insert("Str");
                Code::new(quote!(Str::from(#v.name())), Prec::Postfix, ty)
            }
            "value" => Code::new(quote!(#v.value()), Prec::Postfix, ty),
            _ => {
                let m = ident(name);
                let Type::Enum(enum_name) = &value.ty else {
                    unreachable!()
                };
                let call = quote!(#v.#m());
                self.call_code(call, &format!("{enum_name}.{name}"), ty)
            }
        }
    }

    /// `member.method(args)`.
    pub(super) fn enum_method(
        &mut self,
        receiver: &ir::Expr,
        name: &str,
        args: &[ir::Expr],
        ty: Type,
    ) -> Code {
        let Type::Enum(enum_name) = &receiver.ty else {
            unreachable!()
        };
        let qualified = format!("{enum_name}.{name}");
        let v = self.expr(receiver).at(Prec::Postfix);
        let args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
        let m = ident(name);
        let call = quote!(#v.#m(#(#args),*));
        self.call_code(call, &qualified, ty)
    }
}
