//! The typed Rust API of a module a Rust crate embeds: a `pub fn` for each
//! public function with the signature a Rust programmer would write
//! (`def quote(order: Order, tier: str) -> float` gives `pub fn
//! quote(order: &Order, tier: &str) -> Result<f64, molt_rt::api::Error>`),
//! a plain `pub struct` for each dataclass, a `pub const` for each
//! constant, and the calls of `@molt.extern` functions into the crate.
//! docs/embedding.md has the whole mapping.

use super::{float_literal, ident, type_ident, Emitter};
use crate::ir::{self, ExprKind};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashSet;

/// What [`emit_api`] makes.
pub(super) struct Api {
    /// The API, at the level where the generated file is included.
    pub items: TokenStream,
    /// `python::load()`, which runs the module's top-level code, if it
    /// has any.
    pub load: TokenStream,
    /// Public functions and dataclasses left out of the API, and why.
    pub notes: Vec<String>,
}

/// Which side of a call a Rust type is for: a parameter borrows (`&str`,
/// `&[T]`), a return value owns (`String`, `Vec<T>`).
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Param,
    Return,
}

/// The dataclasses that may appear in the API. Rust constructs them, so
/// their constructors are emitted even if Python never calls them.
pub(super) fn dataclasses(m: &ir::Module) -> HashSet<String> {
    m.classes
        .iter()
        .filter(|c| c.dataclass)
        .map(|c| c.name.clone())
        .collect()
}

struct Mapper {
    /// The dataclasses the API has a struct for.
    structs: HashSet<String>,
}

impl Mapper {
    /// The Rust type for a Python type on one side of a call, if it has one.
    fn rust(&self, t: &Type, side: Side) -> Option<TokenStream> {
        Some(match t {
            Type::Int => quote!(i64),
            Type::Float => quote!(f64),
            Type::Bool => quote!(bool),
            Type::Str if side == Side::Param => quote!(&str),
            Type::Str => quote!(String),
            Type::None if side == Side::Return => quote!(()),
            Type::List(item) => {
                let item = self.rust(item, Side::Return)?;
                match side {
                    Side::Param => quote!(&[#item]),
                    Side::Return => quote!(Vec<#item>),
                }
            }
            Type::Dict(k, v) => {
                let (k, v) = (self.rust(k, Side::Return)?, self.rust(v, Side::Return)?);
                let map = quote!(molt_rt::api::IndexMap<#k, #v>);
                match side {
                    Side::Param => quote!(&#map),
                    Side::Return => map,
                }
            }
            Type::Optional(inner) => {
                let inner = self.rust(inner, side)?;
                quote!(Option<#inner>)
            }
            Type::Tuple(items) if !items.is_empty() => {
                let items = items
                    .iter()
                    .map(|t| self.rust(t, side))
                    .collect::<Option<Vec<_>>>()?;
                quote!((#(#items,)*))
            }
            Type::Object(class) if self.structs.contains(class) => {
                let name = type_ident(class);
                match side {
                    Side::Param => quote!(&#name),
                    Side::Return => quote!(#name),
                }
            }
            _ => return None,
        })
    }
}

/// A dataclass's `__init__` parameters after `self`: its struct's fields.
fn init_params(m: &ir::Module, class: &str) -> Option<Vec<ir::Param>> {
    let init = m.function(&format!("{class}.__init__"))?;
    (!init.raises).then(|| init.params.iter().skip(1).cloned().collect())
}

/// Dataclasses whose fields all have Rust types (given the others), whose
/// constructor cannot raise and that no class derives from.
fn api_structs(m: &ir::Module, notes: &mut Vec<String>) -> Vec<(String, Vec<ir::Param>)> {
    let mut mapper = Mapper {
        structs: dataclasses(m),
    };
    let derived: HashSet<&str> = m
        .classes
        .iter()
        .flat_map(|c| c.mro.iter().skip(1).map(String::as_str))
        .collect();
    loop {
        let before = mapper.structs.len();
        let keep: HashSet<String> = mapper
            .structs
            .iter()
            .filter(|c| {
                !derived.contains(c.as_str())
                    && init_params(m, c).is_some_and(|ps| {
                        ps.iter()
                            .all(|p| mapper.rust(&p.ty, Side::Return).is_some())
                    })
            })
            .cloned()
            .collect();
        mapper.structs = keep;
        if mapper.structs.len() == before {
            break;
        }
    }
    let mut out = Vec::new();
    for c in m.classes.iter().filter(|c| c.dataclass) {
        match init_params(m, &c.name) {
            Some(fields) if mapper.structs.contains(&c.name) => out.push((c.name.clone(), fields)),
            _ => notes.push(format!(
                "dataclass `{}` has no Rust struct: a class derives from it, its __post_init__ can raise, or a field's type has no Rust counterpart",
                c.name
            )),
        }
    }
    out
}

pub(super) fn emit_api(m: &ir::Module) -> Api {
    let mut notes = Vec::new();
    let structs = api_structs(m, &mut notes);
    let mapper = Mapper {
        structs: structs.iter().map(|(c, _)| c.clone()).collect(),
    };
    let mut items = Vec::new();
    for (name, value) in &m.constants {
        items.push(constant(name, value));
    }
    for (class, fields) in &structs {
        let doc = m.class(class).and_then(|c| c.doc.as_deref());
        items.push(struct_items(&mapper, class, doc, fields));
    }
    let loads = needs_load(m);
    for name in &m.public {
        let Some(f) = m.function(name) else { continue };
        if f.external.is_some() {
            continue;
        }
        match function(&mapper, f, loads) {
            Ok(item) => items.push(item),
            Err(why) => notes.push(format!("`{name}` is not in the Rust API: {why}")),
        }
    }
    let load = if loads {
        quote! {
            thread_local! {
                static STATE: molt_rt::api::ModuleState = const { molt_rt::api::ModuleState::new() };
            }

            /// Runs the module's top-level code, once on each thread that
            /// calls into it.
            pub fn load() -> PyResult<()> {
                STATE.with(|state| state.load(module_main))
            }
        }
    } else {
        quote!()
    };
    Api {
        items: quote!(#(#items)*),
        load,
        notes,
    }
}

/// Whether the module has top-level code beyond defining its constants,
/// which must run before Rust calls a function.
fn needs_load(m: &ir::Module) -> bool {
    m.main.body.iter().any(|s| match &s.kind {
        ir::StmtKind::Assign {
            place: ir::Place::Global(n),
            ..
        } => !m
            .globals
            .iter()
            .any(|g| &g.name == n && g.constant.is_some()),
        _ => true,
    })
}

fn constant(name: &str, value: &ir::Expr) -> TokenStream {
    let name = ident(name);
    match &value.kind {
        ExprKind::Int(v) => {
            let lit: TokenStream = v.parse().unwrap_or_default();
            quote!(pub const #name: i64 = #lit;)
        }
        ExprKind::Float(f) => {
            let lit = float_literal(*f);
            quote!(pub const #name: f64 = #lit;)
        }
        ExprKind::Bool(b) => quote!(pub const #name: bool = #b;),
        ExprKind::Str(s) => quote!(pub const #name: &str = #s;),
        _ => unreachable!("constants are literals"),
    }
}

fn doc_lines(doc: Option<&str>) -> TokenStream {
    doc.map(|d| super::doc_attrs(d, false)).unwrap_or_default()
}

/// `pub struct Order { .. }` and its conversions to and from the Python
/// class.
fn struct_items(
    mapper: &Mapper,
    class: &str,
    doc: Option<&str>,
    fields: &[ir::Param],
) -> TokenStream {
    let name = type_ident(class);
    let doc = doc_lines(doc);
    let names: Vec<_> = fields.iter().map(|p| ident(&p.name)).collect();
    let types = fields
        .iter()
        .map(|p| mapper.rust(&p.ty, Side::Return))
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        pub struct #name {
            #(pub #names: #types,)*
        }

        impl molt_rt::api::ToPy for #name {
            type Py = std::rc::Rc<python::#name>;
            fn to_py(&self) -> Self::Py {
                python::#name::new(#(molt_rt::api::ToPy::to_py(&self.#names)),*)
            }
        }

        impl molt_rt::api::FromPy for #name {
            type Py = std::rc::Rc<python::#name>;
            fn from_py(py: Self::Py) -> molt_rt::PyResult<Self> {
                Ok(#name {
                    #(#names: molt_rt::api::FromPy::from_py(py.#names.get())?,)*
                })
            }
        }
    }
}

/// The `pub fn` that calls a module function from Rust.
fn function(mapper: &Mapper, f: &ir::Function, loads: bool) -> Result<TokenStream, String> {
    if f.generator {
        return Err("it is a generator".into());
    }
    let mut params = Vec::new();
    let mut args = Vec::new();
    for p in &f.params {
        let ty = mapper.rust(&p.ty, Side::Param).ok_or_else(|| {
            format!(
                "its parameter `{}` has type `{}`, which has no Rust counterpart",
                p.name, p.ty
            )
        })?;
        let name = ident(&p.name);
        params.push(quote!(#name: #ty));
        args.push(quote!(molt_rt::api::ToPy::to_py(&#name)));
    }
    let ret = mapper
        .rust(&f.ret, Side::Return)
        .ok_or_else(|| format!("it returns `{}`, which has no Rust counterpart", f.ret))?;
    let name = ident(&f.name);
    let doc = doc_lines(f.doc.as_deref());
    let call = quote!(python::#name(#(#args),*));
    // Without module code to run, an exception to raise or a conversion
    // that can fail, the Rust function returns its value plainly.
    if let (false, false, Some(value)) = (loads, f.raises, plain_value(&f.ret, &call)) {
        return Ok(quote! {
            #doc
            #[inline]
            pub fn #name(#(#params),*) -> #ret {
                molt_rt::api::returned(#value)
            }
        });
    }
    let result = match (loads, f.raises) {
        (true, true) => quote!(python::load().and_then(|()| #call)),
        (true, false) => quote!(python::load().map(|()| #call)),
        (false, true) => call,
        (false, false) => quote!(Ok(#call)),
    };
    Ok(quote! {
        #doc
        #[inline]
        pub fn #name(#(#params),*) -> Result<#ret, molt_rt::api::Error> {
            let result = #result;
            molt_rt::api::finish(result.and_then(<#ret as molt_rt::api::FromPy>::from_py))
        }
    })
}

/// The Rust value of a call that returns a type whose conversion cannot
/// fail.
fn plain_value(t: &Type, call: &TokenStream) -> Option<TokenStream> {
    match t {
        Type::Float | Type::Bool | Type::None => Some(call.clone()),
        Type::Str => Some(quote!(#call.as_str().to_string())),
        _ => None,
    }
}

impl Emitter<'_> {
    /// The body of an `@molt.extern` function: the Rust function's
    /// arguments made from the Python values, and its result made a
    /// Python value.
    pub(super) fn extern_body(&mut self, f: &ir::Function, path: &str) -> TokenStream {
        // Extern types are builtin ones (checked when lowered): no structs.
        let mapper = Mapper {
            structs: HashSet::new(),
        };
        let path: syn::Path = syn::parse_str(path).expect("checked when lowered");
        let mut args = Vec::new();
        for p in &f.params {
            let name = self.local_ident(&p.name);
            args.push(match &p.ty {
                Type::Float | Type::Bool => quote!(#name),
                Type::Str => quote!(#name.as_str()),
                Type::Int => {
                    self.raises = true;
                    quote!(<i64 as molt_rt::api::FromPy>::from_py(#name)?)
                }
                t => {
                    let owned = mapper
                        .rust(t, Side::Return)
                        .expect("extern parameter types are checked when lowered");
                    self.raises = true;
                    quote!(&<#owned as molt_rt::api::FromPy>::from_py(#name)?)
                }
            });
        }
        let call = quote!(#path(#(#args),*));
        let value = quote!(molt_rt::api::ToPy::to_py(&#call));
        if self.raises {
            quote!(Ok(#value))
        } else {
            value
        }
    }
}
