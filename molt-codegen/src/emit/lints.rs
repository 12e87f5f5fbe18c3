//! Item-level clippy attributes a function's Rust signature needs because
//! of its Python signature: a Python function may take more than clippy's
//! seven arguments, and a parameter holding a function value of several
//! parameters spells a long type. Both mirror the source, so the function
//! says so itself (`#[allow(clippy::too_many_arguments)]`) instead of the
//! crate silencing the lints everywhere. The same holds for the enum of a
//! class hierarchy, whose variants are the Python classes' names.

use proc_macro2::TokenStream;
use quote::quote;

/// Clippy's defaults: `too-many-arguments-threshold` and
/// `type-complexity-threshold`.
const MAX_ARGUMENTS: usize = 7;
const MAX_TYPE_SCORE: u64 = 250;

/// The allows a function with these parameters (each `name: Type`, or a
/// receiver) and return type (`-> T` or nothing) needs.
pub(super) fn signature_lints(params: &[TokenStream], ret: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    if params.len() > MAX_ARGUMENTS {
        out.extend(quote!(#[allow(clippy::too_many_arguments)]));
    }
    let param_types = params
        .iter()
        .filter_map(|p| syn::parse2::<syn::FnArg>(p.clone()).ok())
        .filter_map(|p| match p {
            syn::FnArg::Typed(t) => Some(*t.ty),
            syn::FnArg::Receiver(_) => None,
        });
    let ret_type = syn::parse2::<syn::ReturnType>(ret.clone())
        .ok()
        .and_then(|r| match r {
            syn::ReturnType::Type(_, t) => Some(*t),
            syn::ReturnType::Default => None,
        });
    if param_types
        .chain(ret_type)
        .any(|t| score(&t, 1) > MAX_TYPE_SCORE)
    {
        out.extend(quote!(#[allow(clippy::type_complexity)]));
    }
    out
}

/// Clippy's `enum-variant-names-threshold`.
const MIN_NAMED_VARIANTS: usize = 3;

/// The allow an enum whose variants are named after the program's classes
/// needs where the classes' names share a first or last word
/// (`DeviceTask`, `IdleTask`, `WorkTask`): clippy would have the words
/// dropped, and they are the Python names.
pub(super) fn variant_lints(names: &[String]) -> TokenStream {
    let words: Vec<Vec<&str>> = names.iter().map(|n| camel_words(n)).collect();
    let shared = |first: bool| {
        let picked: Vec<Option<&str>> = words
            .iter()
            .map(|w| if first { w.first() } else { w.last() }.copied())
            .collect();
        picked[0].is_some() && picked.iter().all(|p| *p == picked[0])
    };
    if names.len() >= MIN_NAMED_VARIANTS && (shared(true) || shared(false)) {
        quote!(#[allow(clippy::enum_variant_names)])
    } else {
        TokenStream::new()
    }
}

/// `DeviceTaskRec` as `Device`, `Task`, `Rec`.
fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    words.push(&name[start..]);
    words
}

/// The allow a static of type `ty` needs: `Global<T>` wraps it, one
/// level deeper.
pub(super) fn type_lints(ty: &TokenStream) -> TokenStream {
    match syn::parse2::<syn::Type>(ty.clone()) {
        Ok(t) if score(&t, 2) + 10 > MAX_TYPE_SCORE => {
            quote!(#[allow(clippy::type_complexity)])
        }
        _ => TokenStream::new(),
    }
}

/// Clippy's `type_complexity` score: 10 per path, tuple, slice or array
/// and 50 per function pointer, each times how deeply it is nested;
/// 1 per reference, pointer or `_`; 20 per trait object.
fn score(ty: &syn::Type, nest: u64) -> u64 {
    match ty {
        syn::Type::Reference(r) => 1 + score(&r.elem, nest),
        syn::Type::Ptr(p) => 1 + score(&p.elem, nest),
        syn::Type::Infer(_) => 1,
        syn::Type::Paren(p) => score(&p.elem, nest),
        syn::Type::Group(g) => score(&g.elem, nest),
        syn::Type::Slice(s) => 10 * nest + score(&s.elem, nest + 1),
        syn::Type::Array(a) => 10 * nest + score(&a.elem, nest + 1),
        syn::Type::Tuple(t) => 10 * nest + t.elems.iter().map(|e| score(e, nest + 1)).sum::<u64>(),
        syn::Type::Path(p) => 10 * nest + path_score(&p.path, nest + 1),
        syn::Type::FnPtr(f) => {
            let inputs: u64 = f.inputs.iter().map(|a| score(&a.ty, nest + 1)).sum();
            let output = match &f.output {
                syn::ReturnType::Type(_, t) => score(t, nest + 1),
                syn::ReturnType::Default => 0,
            };
            50 * nest + inputs + output
        }
        syn::Type::TraitObject(t) => {
            20 * nest
                + t.bounds
                    .iter()
                    .map(|b| match b {
                        syn::TypeParamBound::Trait(t) => path_score(&t.path, nest),
                        _ => 0,
                    })
                    .sum::<u64>()
        }
        _ => 0,
    }
}

/// The generic arguments of a path's segments, at `nest`.
fn path_score(path: &syn::Path, nest: u64) -> u64 {
    path.segments
        .iter()
        .map(|s| match &s.arguments {
            syn::PathArguments::AngleBracketed(a) => a
                .args
                .iter()
                .map(|g| match g {
                    syn::GenericArgument::Type(t) => score(t, nest),
                    syn::GenericArgument::AssocType(t) => score(&t.ty, nest),
                    _ => 0,
                })
                .sum(),
            // `Fn(A, B) -> R`: its arguments are a tuple.
            syn::PathArguments::Parenthesized(p) => {
                let inputs: u64 = p.inputs.iter().map(|a| score(&a.ty, nest + 1)).sum();
                let output = match &p.output {
                    syn::ReturnType::Type(_, t) => score(t, nest),
                    syn::ReturnType::Default => 0,
                };
                10 * nest + inputs + output
            }
            syn::PathArguments::None => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_arguments() {
        let params: Vec<TokenStream> = (0..8u32)
            .map(|i| {
                let n = quote::format_ident!("a{}", i);
                quote!(#n: i64)
            })
            .collect();
        assert!(signature_lints(&params, &quote!())
            .to_string()
            .contains("too_many_arguments"));
        assert!(signature_lints(&params[..7], &quote!()).is_empty());
    }

    #[test]
    fn scores_nested_function_types() {
        let simple = [quote!(f: Func1<Int, Int>)];
        assert!(signature_lints(&simple, &quote!()).is_empty());
        let nested = [
            quote!(func: Func6<Int, List<Obj>, List<List<List<Obj>>>, Dict<Int, List<Obj>>, List<Obj>, List<Int>, f64>),
        ];
        assert!(signature_lints(&nested, &quote!())
            .to_string()
            .contains("type_complexity"));
    }
}
