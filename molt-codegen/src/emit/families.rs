//! Values that may be an instance of a class or of any of its subclasses.
//!
//! The program is closed, so the classes such a value can be are known:
//! the classes of the hierarchy the program makes instances of. The value
//! is a Rust enum with one variant per such class (`AnyShape::Circle`),
//! whose methods dispatch with a `match`; a class no other class derives
//! from (or whose subclasses are never made) stays a plain `Rc<Class>`.

use super::classes::{method_ident, storage, Storage};
use super::{rust_type, Code, Emitter, Prec};
use crate::analyze;
use crate::ir::{self, ExprKind, StmtKind};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

thread_local! {
    /// For each class whose values need an enum: the classes its values
    /// can be, in definition order. Set while one module is emitted.
    static FAMILIES: RefCell<BTreeMap<String, Vec<String>>> = const { RefCell::new(BTreeMap::new()) };
}

/// The classes a value of `class` can be, when that needs an enum.
pub(super) fn family(class: &str) -> Option<Vec<String>> {
    FAMILIES.with(|f| f.borrow().get(class).cloned())
}

/// The enum's name: `AnyShape`.
pub(super) fn enum_ident(class: &str) -> proc_macro2::Ident {
    format_ident!("Any{}", class)
}

/// Decides which classes need an enum, from the classes the program makes.
pub(super) fn classify(m: &ir::Module, constructed: &HashSet<String>) {
    let mut families = BTreeMap::new();
    for c in &m.classes {
        let members: Vec<String> = m
            .classes
            .iter()
            .filter(|k| {
                constructed.contains(&k.name) && ir::is_subclass(&m.classes, &k.name, &c.name)
            })
            .map(|k| k.name.clone())
            .collect();
        if members.iter().any(|k| *k != c.name) {
            families.insert(c.name.clone(), members);
        }
    }
    FAMILIES.with(|f| *f.borrow_mut() = families);
}

/// The families some emitted value has as its type: only their enums
/// are emitted (Rust warns about an unused one).
pub(super) fn referenced(
    m: &ir::Module,
    kept: &HashSet<String>,
    constructed: &HashSet<String>,
) -> HashSet<String> {
    fn note(t: &Type, out: &mut HashSet<String>) {
        if let Type::Object(c) = t {
            if family(c).is_some() {
                out.insert(c.clone());
            }
        }
        for child in t.children() {
            note(child, out);
        }
    }
    let mut out = HashSet::new();
    let emitted = m
        .functions
        .iter()
        .filter(|f| !f.name.contains('.') || kept.contains(&f.name));
    for f in emitted.chain(std::iter::once(&m.main)) {
        note(&f.ret, &mut out);
        f.params.iter().for_each(|p| note(&p.ty, &mut out));
        f.locals.iter().for_each(|l| note(&l.ty, &mut out));
        let mut body = f.body.clone();
        analyze::visit_exprs_mut(&mut body, &mut |e| {
            note(&e.ty, &mut out);
            // Reading an exception's fields views its instance as the family.
            let viewed = match &e.kind {
                ExprKind::Attr { value, name } if !is_exception_attribute(&value.ty, name) => {
                    Some(&value.ty)
                }
                ExprKind::Method { receiver, .. } => Some(&receiver.ty),
                _ => None,
            };
            if let Some(Type::Exc(c)) = viewed {
                if family(c).is_some() {
                    out.insert(c.clone());
                }
            }
        });
    }
    for c in m.classes.iter().filter(|c| constructed.contains(&c.name)) {
        c.fields.iter().for_each(|f| note(&f.ty, &mut out));
    }
    out
}

/// An attribute every exception has (not its instance's field).
fn is_exception_attribute(t: &Type, name: &str) -> bool {
    matches!(t, Type::Exc(_))
        && matches!(
            name,
            "args" | "__cause__" | "__context__" | "__suppress_context__" | "__class__"
        )
}

/// The methods, field reads and field writes the program makes on values
/// of each family: `(class, name)`.
#[derive(Default)]
pub(super) struct FamilyUses {
    pub methods: BTreeSet<(String, String)>,
    pub reads: BTreeSet<(String, String)>,
    pub writes: BTreeSet<(String, String)>,
}

pub(super) fn family_uses(m: &ir::Module, kept: &HashSet<String>) -> FamilyUses {
    let mut uses = FamilyUses::default();
    let fam = |t: &Type| match t {
        // An exception's fields and methods are its instance's.
        Type::Object(c) | Type::Exc(c) if family(c).is_some() => Some(c.clone()),
        // So are a `T | None`'s, once it is not None.
        Type::Optional(inner) => match &**inner {
            Type::Object(c) if family(c).is_some() => Some(c.clone()),
            _ => None,
        },
        _ => None,
    };
    let emitted = m
        .functions
        .iter()
        .filter(|f| !f.name.contains('.') || kept.contains(&f.name));
    for f in emitted.chain(std::iter::once(&m.main)) {
        let self_name = super::classes::self_param(m, f);
        let is_self =
            |e: &ir::Expr| matches!(&e.kind, ExprKind::Local(n) if Some(n) == self_name.as_ref());
        let mut body = f.body.clone();
        analyze::visit_exprs_mut(&mut body, &mut |e| match &e.kind {
            ExprKind::Method { receiver, .. }
            | ExprKind::Attr {
                value: receiver, ..
            } if is_self(receiver) => {}
            ExprKind::Method { receiver, name, .. } => {
                if let Some(c) = fam(&receiver.ty) {
                    uses.methods.insert((c, name.clone()));
                }
            }
            ExprKind::Attr { value, name } if !is_exception_attribute(&value.ty, name) => {
                if let Some(c) = fam(&value.ty) {
                    uses.reads.insert((c, name.clone()));
                }
            }
            _ => {}
        });
        super::classes::walk_stmts(&body, &mut |s| {
            if let StmtKind::SetAttr {
                object, name, op, ..
            } = &s.kind
            {
                if is_self(object) {
                    return;
                }
                if let Some(c) = fam(&object.ty) {
                    uses.writes.insert((c.clone(), name.clone()));
                    if op.is_some() {
                        uses.reads.insert((c, name.clone()));
                    }
                }
            }
        });
    }
    uses
}

impl Emitter<'_> {
    /// The enum of one family, its dispatching methods and trait impls.
    pub(super) fn family_items(
        &mut self,
        class: &str,
        uses: &FamilyUses,
        referenced: &HashSet<String>,
    ) -> TokenStream {
        let Some(members) = family(class) else {
            return quote!();
        };
        if !referenced.contains(class) {
            return quote!();
        }
        let name = enum_ident(class);
        let own_doc = self.module.class(class).and_then(|c| c.doc.clone());
        let doc = match own_doc {
            Some(d) => format!(" {d}\n\n An instance of `{class}` or of a class derived from it."),
            None => format!(" An instance of `{class}` or of a class derived from it."),
        };
        let variants: Vec<TokenStream> = members
            .iter()
            .map(|k| {
                let (v, t) = (format_ident!("{}", k), super::type_ident(k));
                quote!(#v(Rc<#t>))
            })
            .collect();
        let arms = |body: &dyn Fn(&str) -> TokenStream| -> Vec<TokenStream> {
            members
                .iter()
                .map(|k| {
                    let v = format_ident!("{}", k);
                    let b = body(k);
                    quote!(#name::#v(it) => #b)
                })
                .collect()
        };
        let mut methods = Vec::new();
        if self.module.exceptions.iter().any(|e| e.name == class) {
            methods.push(self.family_of_exception(class, &members));
        }
        let has = |m: &str| {
            self.module
                .functions
                .iter()
                .any(|f| f.name == format!("{class}.{m}"))
        };
        // The comparison traits (sorting, `in`, dict keys) call these.
        let (has_eq, has_lt) = (has("__eq__"), has("__lt__"));
        let mut dispatched: BTreeSet<String> = uses
            .methods
            .iter()
            .filter(|(c, _)| c == class)
            .map(|(_, m)| m.clone())
            .collect();
        if has_eq {
            dispatched.insert("__eq__".into());
        }
        if has_lt {
            dispatched.insert("__lt__".into());
        }
        for method in &dispatched {
            methods.push(self.dispatch_method(class, method, &members));
        }
        for (c, field) in &uses.reads {
            if c == class {
                methods.push(self.field_reader(class, field, &members));
            }
        }
        for (c, field) in &uses.writes {
            if c == class {
                methods.push(self.field_writer(class, field, &members));
            }
        }
        let write_str = arms(&|_| quote!(it.write_str(out)));
        let write_repr = arms(&|_| quote!(it.write_repr(out)));
        let format_spec = arms(&|_| quote!(it.format_spec(spec)));
        let hash = arms(&|_| quote!(it.hash(state)));
        let same: Vec<TokenStream> = members
            .iter()
            .map(|k| {
                let v = format_ident!("{}", k);
                quote!((#name::#v(a), #name::#v(b)) => a == b)
            })
            .collect();
        // Instances of different classes are equal only through an
        // `__eq__`, which families do not dispatch yet.
        // A class's own `__eq__` that may equal another class's instance
        // needs dispatch this enum does not do; a dataclass's compares only
        // its own class's instances, so equal values share a variant.
        let any_eq = members.iter().any(|k| {
            self.module
                .class(k)
                .is_some_and(|c| !c.exact_eq && c.methods.iter().any(|m| m.name == "__eq__"))
        });
        let raising = |e: &Emitter, m: &str| {
            members
                .iter()
                .any(|k| e.raising.contains(&format!("{k}.{m}")))
        };
        let compare = |e: &Emitter, m: &str, a: TokenStream, b: TokenStream| {
            let mi = super::ident(m);
            if raising(e, m) {
                quote!(#a.#mi(#b.clone()).unwrap_or_else(|e| molt_rt::run::fatal(e)))
            } else {
                quote!(#a.#mi(#b.clone()))
            }
        };
        let ord = if has_lt {
            let lt = compare(self, "__lt__", quote!(self), quote!(other));
            let gt = compare(self, "__lt__", quote!(other), quote!(self));
            super::classes::partial_ord_from_lt(&name, lt, gt)
        } else {
            quote!()
        };
        let eq = if has_eq {
            let eq = compare(self, "__eq__", quote!(self), quote!(other));
            quote! {
                impl PartialEq for #name {
                    fn eq(&self, other: &Self) -> bool {
                        #eq
                    }
                }

                impl Eq for #name {}
            }
        } else if any_eq {
            quote!()
        } else {
            quote! {
                impl PartialEq for #name {
                    fn eq(&self, other: &Self) -> bool {
                        match (self, other) {
                            #(#same,)*
                            _ => false,
                        }
                    }
                }

                impl Eq for #name {}
            }
        };
        let froms: Vec<TokenStream> = members
            .iter()
            .map(|k| {
                let (v, t) = (format_ident!("{}", k), super::type_ident(k));
                quote! {
                    impl From<Rc<#t>> for #name {
                        fn from(it: Rc<#t>) -> Self {
                            #name::#v(it)
                        }
                    }
                }
            })
            .collect();
        // A sub-family converts to this one variant by variant.
        let sub_froms: Vec<TokenStream> = members
            .iter()
            .filter(|k| *k != class && referenced.contains(*k))
            .filter_map(|k| family(k).map(|sub| (k, sub)))
            .map(|(k, sub)| {
                let sub_name = enum_ident(k);
                let arms: Vec<TokenStream> = sub
                    .iter()
                    .map(|s| {
                        let v = format_ident!("{}", s);
                        quote!(#sub_name::#v(it) => #name::#v(it))
                    })
                    .collect();
                quote! {
                    impl From<#sub_name> for #name {
                        fn from(it: #sub_name) -> Self {
                            match it {
                                #(#arms,)*
                            }
                        }
                    }
                }
            })
            .collect();
        self.uses.insert("PyDisplay");
        let inherent = if methods.is_empty() {
            quote!()
        } else {
            quote! {
                impl #name {
                    #(#methods)*
                }
            }
        };
        let lints = super::lints::variant_lints(&members);
        quote! {
            #[doc = #doc]
            #[derive(Clone)]
            #lints
            pub enum #name {
                #(#variants,)*
            }

            #inherent

            impl PyDisplay for #name {
                fn write_str(&self, out: &mut String) {
                    match self {
                        #(#write_str,)*
                    }
                }

                fn write_repr(&self, out: &mut String) {
                    match self {
                        #(#write_repr,)*
                    }
                }

                fn format_spec(
                    &self,
                    spec: &molt_rt::text::format_spec::FormatSpec,
                ) -> Result<String, String> {
                    match self {
                        #(#format_spec,)*
                    }
                }
            }

            #eq
            #ord

            impl std::hash::Hash for #name {
                fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                    match self {
                        #(#hash,)*
                    }
                }
            }

            #(#froms)*
            #(#sub_froms)*
        }
    }

    /// `shape.area()` on any `Shape`: each class's own `area`.
    fn dispatch_method(&mut self, class: &str, method: &str, members: &[String]) -> TokenStream {
        let name = enum_ident(class);
        let base = format!("{class}.{method}");
        let Some(f) = self.module.function(&base) else {
            return quote!();
        };
        let params: Vec<TokenStream> = f.params[1..]
            .iter()
            .map(|p| {
                let n = super::ident(&p.name);
                let t = rust_type(&p.ty, &mut self.uses);
                quote!(#n: #t)
            })
            .collect();
        let args: Vec<TokenStream> = f.params[1..]
            .iter()
            .map(|p| {
                let n = super::ident(&p.name);
                quote!(#n)
            })
            .collect();
        let raises = members
            .iter()
            .any(|k| self.raising.contains(&format!("{k}.{method}")));
        let ret_ty = f.ret.clone();
        if matches!(method, "__eq__" | "__ne__") {
            if let Some(ts) = self.pairwise_dispatch(class, method, members, raises) {
                return ts;
            }
        }
        let arms: Vec<TokenStream> = members
            .iter()
            .map(|k| {
                let v = format_ident!("{}", k);
                let m = method_ident(method);
                let mut call = if super::classes::TRAIT_METHOD_NAMES.contains(&method) {
                    let owner = super::type_ident(k);
                    quote!(#owner::#m(it, #(#args),*))
                } else {
                    quote!(it.#m(#(#args),*))
                };
                let own = format!("{k}.{method}");
                let own_ret = self.module.function(&own).map(|f| f.ret.clone());
                let own_raises = self.raising.contains(&own);
                let converts = own_ret.is_some_and(|t| t != ret_ty);
                call = match (own_raises, converts, raises) {
                    (true, false, _) => call,
                    (true, true, _) => quote!(Ok(#call?.into())),
                    (false, true, true) => quote!(Ok(#call.into())),
                    (false, true, false) => quote!(#call.into()),
                    // A method that returns nothing is called first, as
                    // clippy's `unit_arg` asks.
                    (false, false, true) if ret_ty == Type::None => quote!({
                        #call;
                        Ok(())
                    }),
                    (false, false, true) => quote!(Ok(#call)),
                    (false, false, false) => call,
                };
                quote!(#name::#v(it) => #call)
            })
            .collect();
        let ret = self.return_type(&ret_ty, raises);
        let m = method_ident(method);
        let name_lint = super::case_lint(method);
        quote! {
            #name_lint
            pub fn #m(&self, #(#params),*) #ret {
                match self {
                    #(#arms,)*
                }
            }
        }
    }

    /// `a == b` on two values of a family whose classes compare only with
    /// their own instances (as a dataclass's `__eq__` does): instances of
    /// two different classes are not equal.
    fn pairwise_dispatch(
        &mut self,
        class: &str,
        method: &str,
        members: &[String],
        raises: bool,
    ) -> Option<TokenStream> {
        let name = enum_ident(class);
        let param_class = |k: &str| -> Option<String> {
            let f = self.module.function(&format!("{k}.{method}"))?;
            match &f.params.get(1)?.ty {
                Type::Object(p) => Some(p.clone()),
                _ => None,
            }
        };
        let m = method_ident(method);
        let mut arms = Vec::new();
        for k in members {
            let p = param_class(k)?;
            let v = format_ident!("{}", k);
            let exact = self
                .module
                .classes
                .iter()
                .any(|c| c.name == *k && c.exact_eq);
            for other in members
                .iter()
                .filter(|o| ir::is_subclass(&self.module.classes, o, &p) && (!exact || *o == k))
            {
                let w = format_ident!("{}", other);
                // The argument as the method takes it.
                let arg = match family(&p) {
                    Some(_) => {
                        let any = enum_ident(&p);
                        quote!(#any::from(b.clone()))
                    }
                    None => quote!(b),
                };
                let mut call = quote!(a.#m(#arg));
                if raises && !self.raising.contains(&format!("{k}.{method}")) {
                    call = quote!(Ok(#call));
                }
                arms.push(quote!((#name::#v(a), #name::#w(b)) => #call));
            }
        }
        let unequal = method == "__ne__";
        // Pairs no method takes compare unequal; none are left when every
        // class compares with every other.
        let fallback = match (arms.len() == members.len() * members.len(), raises) {
            (true, _) => quote!(),
            (false, true) => quote!(_ => Ok(#unequal),),
            (false, false) => quote!(_ => #unequal,),
        };
        let ret = self.return_type(&Type::Bool, raises);
        Some(quote! {
            pub fn #m(&self, other: #name) #ret {
                match (self, &other) {
                    #(#arms,)*
                    #fallback
                }
            }
        })
    }

    /// `shape.name` on any `Shape`.
    fn field_reader(&mut self, class: &str, field: &str, members: &[String]) -> TokenStream {
        let name = enum_ident(class);
        let Some(ty) = self.field_type(class, field) else {
            return self.dispatch_method(class, field, members);
        };
        let slots: Vec<bool> = members
            .iter()
            .map(|k| self.field_storage(k, field) == Some(Storage::Slot))
            .collect();
        let raises = slots.iter().any(|s| *s);
        let f = super::ident(field);
        let arms: Vec<TokenStream> = members
            .iter()
            .zip(&slots)
            .map(|(k, slot)| {
                let v = format_ident!("{}", k);
                let read = if *slot {
                    quote!(it.#f.get(#k, #field))
                } else if raises {
                    quote!(Ok(it.#f.get()))
                } else {
                    quote!(it.#f.get())
                };
                quote!(#name::#v(it) => #read)
            })
            .collect();
        let ret = self.return_type(&ty, raises);
        quote! {
            pub fn #f(&self) #ret {
                match self {
                    #(#arms,)*
                }
            }
        }
    }

    /// `shape.name = value` on any `Shape`.
    fn field_writer(&mut self, class: &str, field: &str, members: &[String]) -> TokenStream {
        let name = enum_ident(class);
        let setter = format_ident!("set_{}", field);
        let Some(ty) = self.field_type(class, field) else {
            return self.dispatch_method(class, &format!("{field}.setter"), members);
        };
        let t = rust_type(&ty, &mut self.uses);
        let f = super::ident(field);
        let arms: Vec<TokenStream> = members
            .iter()
            .map(|k| {
                let v = format_ident!("{}", k);
                quote!(#name::#v(it) => it.#f.set(value))
            })
            .collect();
        quote! {
            pub fn #setter(&self, value: #t) {
                match self {
                    #(#arms,)*
                }
            }
        }
    }

    fn field_type(&self, class: &str, field: &str) -> Option<Type> {
        let c = self.module.class(class)?;
        c.fields
            .iter()
            .find(|f| f.name == field)
            .map(|f| f.ty.clone())
    }

    fn field_storage(&self, class: &str, field: &str) -> Option<Storage> {
        let c = self.module.class(class)?;
        c.fields.iter().find(|f| f.name == field).map(storage)
    }

    /// A subclass instance as a value of its base class's family.
    pub(super) fn upcast(&mut self, inner: &ir::Expr, ty: Type) -> Code {
        let Type::Object(target) = &ty else {
            unreachable!("upcast to a non-class type")
        };
        if family(target).is_none() {
            return self.expr(inner);
        }
        let name = enum_ident(target);
        let v = self.owned(inner);
        Code::new(quote!(#name::from(#v)), Prec::Postfix, ty)
    }

    /// A value of a hierarchy as the class a class pattern tested for: the
    /// variant's instance (or the narrower family's value).
    pub(super) fn downcast(&mut self, inner: &ir::Expr, ty: Type) -> Code {
        let (Type::Object(target), Type::Object(source)) = (&ty, &inner.ty) else {
            return self.expr(inner);
        };
        let Some(members) = family(source).filter(|_| source != target) else {
            return self.expr(inner);
        };
        let from = enum_ident(source);
        let v = self.expr(inner).at(Prec::Postfix);
        let arms: Vec<TokenStream> = members
            .iter()
            .filter(|k| ir::is_subclass(&self.module.classes, k, target))
            .map(|k| {
                let variant = format_ident!("{}", k);
                let value = match family(target) {
                    Some(_) => {
                        let any = enum_ident(target);
                        quote!(#any::from(it.clone()))
                    }
                    None => quote!(it.clone()),
                };
                quote!(#from::#variant(it) => #value)
            })
            .collect();
        // The other variants cannot reach here: an `isinstance` test (of a
        // class pattern, an `if` or an `assert`) ran first.
        let rest = if arms.len() < members.len() {
            quote!(_ => unreachable!("an isinstance test passed"),)
        } else {
            quote!()
        };
        Code::new(
            quote!(match &#v {
                #(#arms,)*
                #rest
            }),
            Prec::Postfix,
            ty,
        )
    }

    /// `isinstance(x, Circle)` on an instance: known when translating
    /// unless `x` is a family, whose variant decides.
    pub(super) fn instance_isinstance(&mut self, value: &ir::Expr, classes: &str) -> Code {
        let Type::Object(class) = &value.ty else {
            unreachable!("isinstance of a non-instance")
        };
        let wanted: Vec<&str> = classes.split(',').collect();
        // A NamedTuple is a tuple.
        let record = |k: &str| self.module.class(k).is_some_and(|c| c.named_tuple);
        let matches = |k: &str| {
            wanted.iter().any(|w| {
                *w == "object"
                    || (*w == "tuple" && record(k))
                    || ir::is_subclass(&self.module.classes, k, w)
            })
        };
        match self.family_of(value) {
            Some(members) => {
                let name = enum_ident(class);
                let hits: Vec<TokenStream> = members
                    .iter()
                    .filter(|k| matches(k))
                    .map(|k| {
                        let v = format_ident!("{}", k);
                        quote!(#name::#v(_))
                    })
                    .collect();
                let v = self.expr(value).at(Prec::Postfix);
                let ts = if hits.is_empty() {
                    quote!({ let _ = #v; false })
                } else {
                    quote!(matches!(#v, #(#hits)|*))
                };
                Code::new(ts, Prec::Postfix, Type::Bool)
            }
            None => {
                let result = matches(class);
                if self.is_self(value) {
                    return Code::new(quote!(#result), Prec::Postfix, Type::Bool);
                }
                let c = self.expr(value);
                if c.place {
                    return Code::new(quote!(#result), Prec::Postfix, Type::Bool);
                }
                let v = c.ts;
                Code::new(quote!({ let _ = #v; #result }), Prec::Postfix, Type::Bool)
            }
        }
    }

    /// Whether `class` is `name` or derives from it (or `name` is object).
    pub(super) fn is_class_or_base(&self, class: &str, name: &str) -> bool {
        name == "object" || ir::is_subclass(&self.module.classes, class, name)
    }

    /// `type(x).__name__` of an instance.
    pub(super) fn instance_type_name(&mut self, value: &ir::Expr) -> Code {
        let Type::Object(class) = &value.ty else {
            unreachable!("type name of a non-instance")
        };
        self.uses.insert("Str");
        match self.family_of(value) {
            Some(members) => {
                let name = enum_ident(class);
                let arms: Vec<TokenStream> = members
                    .iter()
                    .map(|k| {
                        let v = format_ident!("{}", k);
                        quote!(#name::#v(_) => #k)
                    })
                    .collect();
                let v = self.expr(value).at(Prec::Postfix);
                Code::new(
                    quote!(Str::from(match #v { #(#arms,)* })),
                    Prec::Postfix,
                    Type::Str,
                )
            }
            None => {
                if self.is_self(value) {
                    return Code::new(quote!(Str::from(#class)), Prec::Postfix, Type::Str);
                }
                let c = self.expr(value);
                if c.place {
                    return Code::new(quote!(Str::from(#class)), Prec::Postfix, Type::Str);
                }
                let v = c.ts;
                Code::new(
                    quote!({ let _ = #v; Str::from(#class) }),
                    Prec::Postfix,
                    Type::Str,
                )
            }
        }
    }

    /// `a is b` where the values are families.
    pub(super) fn family_is(&mut self, class: &str, a: TokenStream, b: TokenStream) -> TokenStream {
        let name = enum_ident(class);
        let arms: Vec<TokenStream> = family(class)
            .unwrap_or_default()
            .iter()
            .map(|k| {
                let v = format_ident!("{}", k);
                quote!((#name::#v(a), #name::#v(b)) => Rc::ptr_eq(a, b))
            })
            .collect();
        quote!(match (#a, #b) { #(#arms,)* _ => false })
    }
}
