//! Emission of the user's classes: a struct of fields, an impl block of
//! methods (with `new` running `__init__`), and the trait impls through
//! which the runtime prints, compares and hashes instances.

use super::{doc_attrs, ident, rust_type, Code, Emitter, Prec};
use crate::analyze;
use crate::infer::classes::{member, Member};
use crate::ir::{self, BinOp, CmpOp, ExprKind, MethodKind, StmtKind};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::HashSet;

/// The dunders whose `other` parameter is borrowed as `&Self`, because
/// the trait impls that `sort`, `in` and dict keys use call them.
const BY_REF_DUNDERS: [&str; 6] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

/// How a field is stored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Storage {
    /// `Cell<T>` for `float` and `bool` fields `__init__` always sets.
    Cell,
    /// `Field<T>` for other fields `__init__` always sets.
    Field,
    /// `Slot<T>`: may be unset, and reading it then raises AttributeError.
    Slot,
}

pub(super) fn storage(f: &ir::ClassField) -> Storage {
    if !f.always_set || !has_default(&f.ty) {
        Storage::Slot
    } else if matches!(f.ty, Type::Float | Type::Bool) {
        Storage::Cell
    } else {
        Storage::Field
    }
}

/// Whether the Rust type has a `Default` (the value a field holds between
/// construction and `__init__` assigning it).
fn has_default(t: &Type) -> bool {
    match t {
        Type::Int
        | Type::Float
        | Type::Bool
        | Type::Str
        | Type::Bytes
        | Type::ByteArray
        | Type::None
        | Type::List(_)
        | Type::Dict(..)
        | Type::Set(_)
        | Type::FrozenSet(_) => true,
        Type::Tuple(items) => items.len() <= 12 && items.iter().all(has_default),
        _ => false,
    }
}

/// The Rust name of a method: setters are `set_name`.
pub(super) fn method_ident(name: &str) -> proc_macro2::Ident {
    match name.strip_suffix(".setter") {
        Some(prop) => format_ident!("set_{}", prop),
        None => ident(name),
    }
}

/// Methods that use `self` as a value (return it, store it, pass it on)
/// and so take `self: &Rc<Self>`; the rest take `&self`.
pub(super) fn sharing_methods(m: &ir::Module) -> HashSet<String> {
    let mut sharing: HashSet<String> = HashSet::new();
    loop {
        let before = sharing.len();
        for f in &m.functions {
            let Some((class, _)) = f.name.split_once('.') else {
                continue;
            };
            if m.enums.iter().any(|e| e.name == class) {
                continue;
            }
            let Some(self_param) = self_param(m, f) else {
                continue;
            };
            let shares = f.generator || uses_as_value(&f.body, &self_param, class, &sharing);
            if !sharing.contains(&f.name) && shares {
                sharing.insert(f.name.clone());
            }
        }
        if sharing.len() == before {
            return sharing;
        }
    }
}

/// The name of a method's `self` parameter, if it has one.
pub(super) fn self_param(m: &ir::Module, f: &ir::Function) -> Option<String> {
    let (class, name) = f.name.split_once('.')?;
    if m.enums.iter().any(|e| e.name == class) {
        // Enum methods are instance methods or properties.
        return f.params.first().map(|p| p.name.clone());
    }
    let c = m.class(class)?;
    let info = c.methods.iter().find(|i| i.name == name)?;
    match info.kind {
        MethodKind::Static | MethodKind::Class => None,
        _ => f.params.first().map(|p| p.name.clone()),
    }
}

/// Whether `name` is used other than to reach a field, a property or a
/// method that borrows `self`.
pub(super) fn uses_as_value(
    body: &[ir::Stmt],
    name: &str,
    class: &str,
    sharing: &HashSet<String>,
) -> bool {
    let mut total = 0usize;
    let mut allowed = 0usize;
    let mut body = body.to_vec();
    analyze::visit_exprs_mut(&mut body, &mut |e| match &e.kind {
        ExprKind::Local(n) if n == name => total += 1,
        // `type(self).__name__` and `isinstance(self, C)` are known now.
        ExprKind::Builtin {
            func: ir::Builtin::TypeName | ir::Builtin::Isinstance,
            args,
            ..
        } if matches!(&args[0].kind, ExprKind::Local(n) if n == name) => allowed += 1,
        ExprKind::Attr { value, .. } if matches!(&value.kind, ExprKind::Local(n) if n == name) => {
            allowed += 1
        }
        ExprKind::Method {
            receiver, name: m, ..
        } if matches!(&receiver.kind, ExprKind::Local(n) if n == name)
            && !sharing.contains(&format!("{class}.{m}")) =>
        {
            allowed += 1
        }
        _ => {}
    });
    allowed += count_set_attr(&body, name);
    total > allowed
}

fn count_set_attr(body: &[ir::Stmt], name: &str) -> usize {
    let mut count = 0;
    walk_stmts(body, &mut |s| {
        if let StmtKind::SetAttr { object, .. } = &s.kind {
            if matches!(&object.kind, ExprKind::Local(n) if n == name) {
                count += 1;
            }
        }
    });
    count
}

/// Methods of traits every generated value implements (`Clone` on `Rc`
/// and on a hierarchy's enum), which a method call would find before a
/// Python method of the same name.
pub(super) const TRAIT_METHOD_NAMES: &[&str] = &["clone", "clone_from", "to_owned"];

impl Emitter<'_> {
    /// The struct, impl block and trait impls of one class.
    pub(super) fn class_items(
        &mut self,
        c: &ir::Class,
        methods: Vec<TokenStream>,
        constructed: bool,
    ) -> TokenStream {
        let name = super::type_ident(&c.name);
        let doc = c
            .doc
            .as_ref()
            .map(|d| doc_attrs(d, false))
            .unwrap_or_default();
        let fields: Vec<TokenStream> = c
            .fields
            .iter()
            .map(|f| {
                let n = ident(&f.name);
                let t = rust_type(&f.ty, &mut self.uses);
                match storage(f) {
                    Storage::Cell => quote!(pub #n: std::cell::Cell<#t>),
                    Storage::Field => {
                        self.uses.insert("Field");
                        quote!(pub #n: Field<#t>)
                    }
                    Storage::Slot => {
                        self.uses.insert("Slot");
                        quote!(pub #n: Slot<#t>)
                    }
                }
            })
            .collect();
        let init = format!("{}.__init__", c.name);
        let init_fn = self.module.function(&init);
        let params: Vec<TokenStream> = init_fn
            .map(|f| {
                f.params[1..]
                    .iter()
                    .map(|p| {
                        let n = ident(&p.name);
                        let t = rust_type(&p.ty, &mut self.uses);
                        let lint = super::case_lint(&p.name);
                        quote!(#lint #n: #t)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let args: Vec<TokenStream> = init_fn
            .map(|f| {
                f.params[1..]
                    .iter()
                    .map(|p| ident(&p.name))
                    .map(|n| quote!(#n))
                    .collect()
            })
            .unwrap_or_default();
        let raises = self.raising.contains(&init);
        let new_doc = format!(" Makes a new `{}` and runs its `__init__`.", c.name);
        let new_lints = super::lints::signature_lints(&params, &quote!());
        let new_doc = quote!(#[doc = #new_doc] #new_lints);
        let constructor = match (init_fn.is_some(), raises) {
            _ if !constructed => quote!(),
            (false, _) => quote! {
                #new_doc
                pub fn new() -> Rc<#name> {
                    Rc::new(#name::default())
                }
            },
            (true, false) => quote! {
                #new_doc
                pub fn new(#(#params),*) -> Rc<#name> {
                    let this = Rc::new(#name::default());
                    this.__init__(#(#args),*);
                    this
                }
            },
            (true, true) => {
                self.uses.insert("PyResult");
                quote! {
                    #new_doc
                    pub fn new(#(#params),*) -> PyResult<Rc<#name>> {
                        let this = Rc::new(#name::default());
                        this.__init__(#(#args),*)?;
                        Ok(this)
                    }
                }
            }
        };
        let class_name = &c.name;
        // A comparison dunder backs the trait impls only when it takes
        // another instance of this class (an inherited one may take the
        // base class's).
        let takes_self = |m: &str| {
            self.module
                .function(&format!("{}.{m}", c.name))
                .is_some_and(|f| {
                    f.params.len() == 2
                        && f.params[1].ty == Type::Object(c.name.clone())
                        && super::families::family(&c.name).is_none()
                })
        };
        let has = |m: &str| c.methods.iter().any(|i| i.name == m);
        let call = |e: &Emitter, m: &str, recv: TokenStream, args: TokenStream| {
            let mi = ident(m);
            if e.raising.contains(&format!("{}.{m}", c.name)) {
                quote!(#recv.#mi(#args)?)
            } else {
                quote!(#recv.#mi(#args))
            }
        };
        let mut py_class = Vec::new();
        for (dunder, hook) in [("__repr__", quote!(py_repr)), ("__str__", quote!(py_str))] {
            if has(dunder) {
                let value = call(self, dunder, quote!(this), quote!());
                self.uses.insert("PyResult");
                py_class.push(quote! {
                    fn #hook(this: &Rc<Self>) -> PyResult<String> {
                        Ok(#value.to_string())
                    }
                });
            }
        }
        if has("__hash__") {
            let value = call(self, "__hash__", quote!(this), quote!());
            self.uses.insert("PyResult");
            py_class.push(quote! {
                fn py_hash(this: &Rc<Self>) -> PyResult<i64> {
                    Ok(molt_rt::object::hash_result(&#value))
                }
            });
        }
        let fatal = |e: &Emitter, m: &str, recv: TokenStream, args: TokenStream| {
            let mi = ident(m);
            if e.raising.contains(&format!("{}.{m}", c.name)) {
                quote!(#recv.#mi(#args).unwrap_or_else(|e| molt_rt::run::fatal(e)))
            } else {
                quote!(#recv.#mi(#args))
            }
        };
        let eq = if has("__eq__") && takes_self("__eq__") {
            let eq = fatal(self, "__eq__", quote!(self), quote!(other));
            quote! {
                impl PartialEq for #name {
                    fn eq(&self, other: &Self) -> bool {
                        #eq
                    }
                }

                impl Eq for #name {}
            }
        } else if has("__eq__") {
            quote!()
        } else {
            quote! {
                impl PartialEq for #name {
                    fn eq(&self, other: &Self) -> bool {
                        std::ptr::eq(self, other)
                    }
                }

                impl Eq for #name {}
            }
        };
        let hash = if has("__hash__") {
            let h = fatal(self, "__hash__", quote!(self), quote!());
            quote!(molt_rt::object::hash_result(&#h).hash(state))
        } else {
            quote!(std::ptr::hash(self, state))
        };
        let ord = if has("__lt__") && takes_self("__lt__") {
            let lt = fatal(self, "__lt__", quote!(self), quote!(other));
            let gt = fatal(self, "__lt__", quote!(other), quote!(self));
            partial_ord_from_lt(&name, lt, gt)
        } else {
            quote!()
        };
        let lint = super::class_case_lint(&c.name);
        // rustc reads a field's `non_snake_case` level off its struct.
        let field_lint = c
            .fields
            .iter()
            .map(|f| super::case_lint(&f.name))
            .find(|l| !l.is_empty())
            .unwrap_or_default();
        quote! {
            #doc
            #lint
            #field_lint
            #[derive(Default)]
            pub struct #name {
                #(#fields,)*
            }

            impl #name {
                #constructor
                #(#methods)*
            }

            impl molt_rt::PyClass for #name {
                const NAME: &'static str = #class_name;
                #(#py_class)*
            }

            #eq

            impl std::hash::Hash for #name {
                fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                    #hash
                }
            }

            #ord
        }
    }

    /// A class the program never makes an instance of, used only for its
    /// static and class methods: an enum without variants, as a namespace.
    pub(super) fn namespace_items(
        &mut self,
        c: &ir::Class,
        methods: Vec<TokenStream>,
    ) -> TokenStream {
        let name = super::type_ident(&c.name);
        let doc = c
            .doc
            .as_ref()
            .map(|d| doc_attrs(d, false))
            .unwrap_or_default();
        let note = format!(
            " `{}` has no instances here: it groups its static methods.",
            c.name
        );
        let lint = super::class_case_lint(&c.name);
        quote! {
            #doc
            #[doc = #note]
            #lint
            pub enum #name {}

            impl #name {
                #(#methods)*
            }
        }
    }

    /// A method: `&self` (or `self: &Rc<Self>` when it shares `self`),
    /// or an associated function for static and class methods.
    pub(super) fn method_item(
        &mut self,
        f: &ir::Function,
        self_name: Option<&str>,
        shares: bool,
    ) -> TokenStream {
        let body = self.function_body(f);
        let (_, name) = f.name.split_once('.').unwrap_or(("", &f.name));
        let fn_name = method_ident(name);
        let doc = f
            .doc
            .as_ref()
            .map(|d| doc_attrs(d, false))
            .unwrap_or_default();
        let by_ref = BY_REF_DUNDERS.contains(&name);
        let mut params = Vec::new();
        let on_enum = self
            .self_class
            .as_ref()
            .is_some_and(|c| self.module.enums.iter().any(|e| e.name == *c));
        if self_name.is_some() && on_enum {
            // Members are `Copy`: methods take them by value.
            params.push(quote!(self));
        } else if self_name.is_some() {
            params.push(if shares {
                quote!(self: &Rc<Self>)
            } else {
                quote!(&self)
            });
        }
        let skip = usize::from(self_name.is_some());
        let mut writes = std::collections::HashMap::new();
        super::collect_param_writes(&f.body, &mut writes);
        for p in &f.params[skip..] {
            let n = self.local_ident(&p.name);
            let n = if writes.contains_key(&p.name) {
                quote!(mut #n)
            } else {
                quote!(#n)
            };
            let t = rust_type(&p.ty, &mut self.uses);
            let own_class = matches!(&p.ty, Type::Object(c)
                if f.name.starts_with(&format!("{c}.")) && super::families::family(c).is_none());
            let lint = super::case_lint(&p.name);
            if by_ref && own_class {
                params.push(quote!(#lint #n: &Self));
            } else {
                params.push(quote!(#lint #n: #t));
            }
        }
        let ret = self.return_type(&f.ret, self.raises);
        let mut lints = self.literal_lints();
        lints.extend(super::lints::signature_lints(&params, &ret));
        // A generator outlives the call: it keeps its own handle.
        let handle = match self_name.filter(|_| f.generator && !on_enum) {
            Some(name) => {
                let name = self.local_ident(name);
                quote!(let #name = Rc::clone(self);)
            }
            None => quote!(),
        };
        let name_lint = super::case_lint(name);
        quote! {
            #doc
            #lints
            #name_lint
            pub fn #fn_name(#(#params),*) #ret {
                #handle
                #body
            }
        }
    }

    /// `Point(1, 2)`.
    pub(super) fn new_instance(&mut self, class: &str, args: &[ir::Expr], ty: Type) -> Code {
        let name = super::type_ident(class);
        let args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
        let call = quote!(#name::new(#(#args),*));
        let made = self.call_code(call, &format!("{class}.__init__"), ty.clone());
        // A class with subclasses is held as its family's enum.
        if super::families::family(class).is_some() {
            let family = super::families::enum_ident(class);
            let made = made.ts;
            return Code::new(quote!(#family::from(#made)), Prec::Postfix, ty);
        }
        made
    }

    fn class_of(&self, value: &ir::Expr) -> String {
        match &value.ty {
            Type::Object(c) => c.clone(),
            Type::Optional(inner) if matches!(**inner, Type::Object(_)) => {
                let Type::Object(c) = &**inner else {
                    unreachable!()
                };
                c.clone()
            }
            t => unreachable!("attribute of a {t}"),
        }
    }

    /// `value.name`: a field, a property or a class attribute.
    pub(super) fn attr(&mut self, value: &ir::Expr, name: &str, ty: Type) -> Code {
        let class = self.class_of(value);
        if let Some(members) = self.family_of(value) {
            if let Some(Member::Field(_) | Member::Property) =
                member(&self.module.classes, &class, name)
            {
                return self.family_read(value, name, &members, ty);
            }
        }
        let recv = self.receiver_of(value, name);
        match member(&self.module.classes, &class, name) {
            Some(Member::Field(f)) => {
                let n = ident(name);
                if storage(f) == Storage::Slot {
                    let owner = &class;
                    self.try_(quote!(#recv.#n.get(#owner, #name)), ty)
                } else {
                    Code::new(quote!(#recv.#n.get()), Prec::Postfix, ty)
                }
            }
            Some(Member::Property) => {
                let n = ident(name);
                let call = quote!(#recv.#n());
                self.call_code(call, &format!("{class}.{name}"), ty)
            }
            Some(Member::ClassAttr(global)) => match self.family_of(value) {
                // Each class may set the attribute itself.
                Some(members) => {
                    let family = super::families::enum_ident(&class);
                    let arms: Vec<TokenStream> = members
                        .iter()
                        .map(|k| {
                            let owner = match member(&self.module.classes, k, name) {
                                Some(Member::ClassAttr(g)) => g,
                                _ => global.clone(),
                            };
                            let read = self.expr(&ir::Expr::new(
                                ExprKind::Global(owner),
                                ty.clone(),
                                value.span,
                            ));
                            let v = format_ident!("{}", k);
                            let read = read.ts;
                            quote!(#family::#v(_) => #read)
                        })
                        .collect();
                    Code::new(quote!(match #recv { #(#arms,)* }), Prec::Postfix, ty)
                }
                None => {
                    let read = self.expr(&ir::Expr::new(
                        ExprKind::Global(global),
                        ty.clone(),
                        value.span,
                    ));
                    if recv.to_string() == "self" {
                        read
                    } else {
                        let r = read.ts;
                        Code::new(quote!({ let _ = &#recv; #r }), Prec::Postfix, ty)
                    }
                }
            },
            Some(Member::Method(_)) | None => unreachable!("checked by inference"),
        }
    }

    /// `shape.name` through the family's reader.
    fn family_read(&mut self, value: &ir::Expr, name: &str, members: &[String], ty: Type) -> Code {
        let raises = members.iter().any(|k| {
            let slot = self
                .module
                .class(k)
                .and_then(|c| c.fields.iter().find(|f| f.name == name))
                .is_some_and(|f| storage(f) == Storage::Slot);
            slot || self.raising.contains(&format!("{k}.{name}"))
        });
        let recv = self.receiver_of(value, name);
        let n = ident(name);
        if raises {
            self.try_(quote!(#recv.#n()), ty)
        } else {
            Code::new(quote!(#recv.#n()), Prec::Postfix, ty)
        }
    }

    /// Whether `value` is the method's `self`.
    pub(super) fn is_self(&self, value: &ir::Expr) -> bool {
        matches!(&value.kind, ExprKind::Local(n) if self.self_name.as_deref() == Some(n.as_str()))
    }

    /// The classes a value can be, when that is a family: `self` is always
    /// exactly its method's class.
    pub(super) fn family_of(&self, value: &ir::Expr) -> Option<Vec<String>> {
        if let ExprKind::Local(n) = &value.kind {
            if self.self_name.as_deref() == Some(n.as_str()) {
                return None;
            }
        }
        match &value.ty {
            Type::Object(c) => super::families::family(c),
            // Once it is not None (`receiver_of` checks).
            Type::Optional(inner) => match &**inner {
                Type::Object(c) => super::families::family(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// The receiver of a field access or method call: `self`, a local, or
    /// a parenthesised expression.
    fn receiver_of(&mut self, value: &ir::Expr, attr: &str) -> TokenStream {
        if let ExprKind::Local(n) = &value.kind {
            if self.self_name.as_deref() == Some(n.as_str()) {
                return quote!(self);
            }
        }
        if let Type::Optional(_) = value.ty {
            let message = format!("'NoneType' object has no attribute '{attr}'");
            return self.present(value, "AttributeError", &message);
        }
        let c = self.expr(value);
        c.at(Prec::Postfix)
    }

    /// `object.name = value` and `object.name op= value`.
    pub(super) fn set_attr(
        &mut self,
        object: &ir::Expr,
        name: &str,
        op: Option<BinOp>,
        value: &ir::Expr,
    ) -> TokenStream {
        let class = self.class_of(object);
        let frozen = self
            .module
            .classes
            .iter()
            .any(|c| c.name == class && c.frozen);
        let in_init = self.self_class.as_deref() == Some(class.as_str())
            && self.function_name.ends_with(".__init__");
        if frozen && !in_init {
            // The value is computed, then the assignment raises.
            let v = self.owned(value);
            let o = self.expr(object).ts;
            let message = format!("cannot assign to field '{name}'");
            self.uses.insert("PyErr");
            self.uses.insert("ExcKind");
            self.raises = true;
            // Raised with `?` rather than `return`: the statements after it
            // stay reachable to rustc as they are to Python's compiler.
            return quote! {
                let _ = (#o, #v);
                Err::<(), PyErr>(PyErr::new(ExcKind::FrozenInstanceError, #message))?;
            };
        }
        let simple = matches!(object.kind, ExprKind::Local(_));
        let (recv, bind, target) = if simple || op.is_none() {
            (self.receiver_of(object, name), quote!(), object.clone())
        } else {
            let tmp = self.own_name("object");
            let o = self.owned(object);
            let local = ir::Expr::new(
                ExprKind::Local(tmp.to_string()),
                object.ty.clone(),
                object.span,
            );
            (quote!(#tmp), quote!(let #tmp = #o;), local)
        };
        let stored = match op {
            None => self.owned(value),
            Some(op) => {
                let current = ir::Expr::new(
                    ExprKind::Attr {
                        value: Box::new(target),
                        name: name.to_string(),
                    },
                    value_type(self, &class, name),
                    object.span,
                );
                let ty = crate::infer::binop_type(op, &current.ty, &value.ty, value)
                    .unwrap_or(current.ty.clone());
                let c = self.binary(op, &current, value, ty);
                self.owned_code(c)
            }
        };
        let set = match member(&self.module.classes, &class, name) {
            _ if self.family_of(object).is_some() => {
                let setter = format_ident!("set_{}", name);
                quote!(#recv.#setter(#stored);)
            }
            Some(Member::Property) => {
                let setter = format_ident!("set_{}", name);
                let call = quote!(#recv.#setter(#stored));
                if self.raising.contains(&format!("{class}.{name}.setter")) {
                    self.raises = true;
                    quote!(#call?;)
                } else {
                    quote!(#call;)
                }
            }
            _ => {
                let n = ident(name);
                quote!(#recv.#n.set(#stored);)
            }
        };
        if bind.is_empty() {
            set
        } else {
            quote!({ #bind #set })
        }
    }

    /// `instance.method(args)` and static methods called on an instance.
    pub(super) fn instance_method(
        &mut self,
        receiver: &ir::Expr,
        name: &str,
        args: &[ir::Expr],
        ty: Type,
    ) -> Code {
        let class = self.class_of(receiver);
        let qualified = format!("{class}.{name}");
        let kind = member(&self.module.classes, &class, name).and_then(|m| match m {
            Member::Method(i) => Some(i.kind),
            _ => None,
        });
        let target = self.module.function(&qualified);
        let family = self.family_of(receiver);
        if family.is_some() && matches!(kind, Some(MethodKind::Instance)) {
            self.dispatched.insert((class.clone(), name.to_string()));
        }
        let by_ref = BY_REF_DUNDERS.contains(&name) && family.is_none();
        let mut params = target.map(|f| f.params.clone()).unwrap_or_default();
        if kind == Some(MethodKind::Instance) && !params.is_empty() {
            params.remove(0);
        }
        let args: Vec<TokenStream> = args
            .iter()
            .zip(params.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(a, p)| {
                // An instance of a subclass where the parameter takes the base.
                let upcast;
                let a = match (p.map(|p| &p.ty), &a.ty) {
                    (Some(t @ Type::Object(pc)), Type::Object(ac)) if pc != ac => {
                        upcast =
                            ir::Expr::new(ExprKind::Upcast(Box::new(a.clone())), t.clone(), a.span);
                        &upcast
                    }
                    _ => a,
                };
                let own = p.is_some_and(|p| p.ty == Type::Object(class.clone()));
                if by_ref && own {
                    // `&Rc<T>` as `&T`, spelled so that a `?` inside keeps its type.
                    let v = self.expr(a).at(Prec::Postfix);
                    quote!(#v.as_ref())
                } else {
                    self.owned(a)
                }
            })
            .collect();
        let m = method_ident(name);
        let call = match kind {
            Some(MethodKind::Static | MethodKind::Class) => {
                let c = super::type_ident(&class);
                quote!(#c::#m(#(#args),*))
            }
            // `x.clone()` would call `Rc`'s (or the enum's derived) `Clone`:
            // a method named like a trait method every value has is
            // called through its type.
            _ if TRAIT_METHOD_NAMES.contains(&name) => {
                let recv = self.receiver_of(receiver, name);
                // An instance is an `Rc` (dereferenced explicitly: a
                // coercion does not reach through `?`), a family member
                // the enum itself.
                match &family {
                    Some(_) => {
                        let owner = super::families::enum_ident(&class);
                        quote!(#owner::#m(&#recv, #(#args),*))
                    }
                    None => {
                        let owner = super::type_ident(&class);
                        let ends_in_try = matches!(
                            recv.clone().into_iter().last(),
                            Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == '?'
                        );
                        if ends_in_try {
                            quote!(#owner::#m(&*#recv, #(#args),*))
                        } else {
                            quote!(#owner::#m(&#recv, #(#args),*))
                        }
                    }
                }
            }
            _ => {
                let recv = self.receiver_of(receiver, name);
                quote!(#recv.#m(#(#args),*))
            }
        };
        let raises = match (&family, kind) {
            // A dispatching method raises if any class's method does.
            (Some(members), Some(MethodKind::Instance | MethodKind::Property)) => members
                .iter()
                .any(|k| self.raising.contains(&format!("{k}.{name}"))),
            _ => self.raising.contains(&qualified),
        };
        if raises {
            self.try_(call, ty)
        } else {
            Code::new(call, Prec::Postfix, ty)
        }
    }

    /// `obj[index] = value` and `obj[index] op= value` through the class's
    /// `__setitem__` (and `__getitem__`), the container and index evaluated once.
    pub(super) fn instance_set_item(
        &mut self,
        container: &ir::Expr,
        index: &ir::Expr,
        op: Option<BinOp>,
        value: &ir::Expr,
    ) -> TokenStream {
        let Some(op) = op else {
            let args = [index.clone(), value.clone()];
            let ts = self
                .instance_method(container, "__setitem__", &args, Type::None)
                .ts;
            return quote!(#ts;);
        };
        let (c_name, i_name) = (self.own_name("container"), self.own_name("key"));
        let c = self.owned(container);
        let i = self.owned(index);
        let c_read = ir::Expr::new(
            ExprKind::Local(c_name.to_string()),
            container.ty.clone(),
            container.span,
        );
        let i_read = ir::Expr::new(
            ExprKind::Local(i_name.to_string()),
            index.ty.clone(),
            index.span,
        );
        let item_ty = self
            .module
            .function(&format!("{}.__getitem__", self.class_of(container)))
            .map(|f| f.ret.clone())
            .unwrap_or(Type::None);
        let current = ir::Expr::new(
            ExprKind::Index {
                value: Box::new(c_read.clone()),
                index: Box::new(i_read.clone()),
            },
            item_ty.clone(),
            index.span,
        );
        let ty = crate::infer::binop_type(op, &item_ty, &value.ty, value).unwrap_or(item_ty);
        let combined = ir::Expr::new(
            ExprKind::Binary {
                op,
                left: Box::new(current),
                right: Box::new(value.clone()),
            },
            ty,
            value.span,
        );
        let set = self
            .instance_method(&c_read, "__setitem__", &[i_read, combined], Type::None)
            .ts;
        quote!({ let #c_name = #c; let #i_name = #i; #set; })
    }

    /// `a + b` (or `a += b`) where an operand is an instance: its
    /// `__add__`, the other's `__radd__`, or `__iadd__`.
    pub(super) fn instance_binop(
        &mut self,
        op: BinOp,
        left: &ir::Expr,
        right: &ir::Expr,
        in_place: bool,
        ty: Type,
    ) -> Option<Code> {
        let (class, method, reflected) = crate::infer::classes::binop_method(
            &self.module.classes,
            op,
            &left.ty,
            &right.ty,
            in_place,
        )?;
        let (recv, arg) = if reflected {
            (right, left)
        } else {
            (left, right)
        };
        let _ = class;
        Some(self.instance_method(recv, method, std::slice::from_ref(arg), ty))
    }

    /// The truth of an instance: `__bool__`, else `__len__() != 0`, else
    /// true, as in CPython.
    pub(super) fn instance_truthy(&mut self, class: &str, inner: &ir::Expr) -> Code {
        let has = |m: &str| crate::infer::classes::has_method(&self.module.classes, class, m);
        if has("__bool__") {
            return self.instance_method(inner, "__bool__", &[], Type::Bool);
        }
        if has("__len__") {
            let len = self.instance_method(inner, "__len__", &[], Type::Int);
            let l = len.at(Prec::Postfix);
            return Code::new(quote!(#l.is_true()), Prec::Postfix, Type::Bool);
        }
        let c = self.expr(inner);
        let t = c.ts;
        Code::new(quote!({ let _ = &#t; true }), Prec::Postfix, Type::Bool)
    }

    /// `for x in obj`: the items its `__iter__`'s `__next__` gives until
    /// StopIteration.
    /// A `for` loop (`direct`) takes the items one by one; other consumers
    /// get them collected first, raising what `__next__` raised.
    /// What iterating an instance of `class` gives: its `__iter__`'s
    /// yields, or its iterator's `__next__` results.
    pub(super) fn instance_item_type(&self, class: &str) -> Type {
        let function = |name: String| self.module.function(&name).map(|f| f.ret.clone());
        match function(format!("{class}.__iter__")) {
            Some(Type::Iterator(item) | Type::Generator(item, ..)) => *item,
            Some(Type::Object(it)) => function(format!("{it}.__next__")).unwrap_or(Type::Obj),
            _ => Type::Obj,
        }
    }

    pub(super) fn instance_iteration(
        &mut self,
        class: &str,
        e: &ir::Expr,
        direct: bool,
    ) -> super::containers::Iterable {
        let iterator_ty = self
            .module
            .function(&format!("{class}.__iter__"))
            .map(|f| f.ret.clone())
            .unwrap_or(Type::None);
        let iterator = self.instance_method(e, "__iter__", &[], iterator_ty.clone());
        // An `__iter__` written as a generator gives the iterator itself.
        if let Type::Iterator(_) | Type::Generator(..) = iterator_ty {
            let items = iterator.at(super::Prec::Postfix);
            if direct {
                return super::containers::Iterable {
                    ts: items,
                    fallible: true,
                };
            }
            self.raises = true;
            self.uses.insert("PyResult");
            return super::containers::Iterable {
                ts: quote!(#items.collect::<PyResult<Vec<_>>>()?.into_iter()),
                fallible: false,
            };
        }
        let it = iterator.ts;
        let Type::Object(it_class) = &iterator_ty else {
            unreachable!("checked by inference")
        };
        let next = ir::Expr::new(ExprKind::Local("it".into()), iterator_ty.clone(), e.span);
        let step = if self.raising.contains(&format!("{it_class}.__next__")) {
            let m = method_ident("__next__");
            let r = self.receiver_of(&next, "__next__");
            quote!(#r.#m())
        } else {
            let m = method_ident("__next__");
            let r = self.receiver_of(&next, "__next__");
            quote!(Ok(#r.#m()))
        };
        let items = quote!(molt_rt::object::iterate(#it, |it| #step));
        if direct {
            super::containers::Iterable {
                ts: items,
                fallible: true,
            }
        } else {
            self.raises = true;
            self.uses.insert("PyResult");
            super::containers::Iterable {
                ts: quote!(#items.collect::<PyResult<Vec<_>>>()?.into_iter()),
                fallible: false,
            }
        }
    }

    /// `replace(obj, x=1)`: `Class::new` with the changed fields and the
    /// others read from `obj` (evaluated once).
    pub(super) fn replace(
        &mut self,
        receiver: &ir::Expr,
        kwargs: &[(String, ir::Expr)],
        ty: Type,
    ) -> Code {
        let class = self.class_of(receiver);
        let init = format!("{class}.__init__");
        let params: Vec<ir::Param> = self
            .module
            .function(&init)
            .map(|f| f.params[1..].to_vec())
            .unwrap_or_default();
        let is_self =
            matches!(&receiver.kind, ExprKind::Local(n) if self.self_name.as_ref() == Some(n));
        let obj = self.own_name("original");
        let (bind, read) = if is_self {
            (quote!(), receiver.clone())
        } else {
            let o = self.owned(receiver);
            (
                quote!(let #obj = #o;),
                ir::Expr::new(
                    ExprKind::Local(obj.to_string()),
                    receiver.ty.clone(),
                    receiver.span,
                ),
            )
        };
        let args: Vec<ir::Expr> = params
            .iter()
            .map(|p| match kwargs.iter().find(|(k, _)| *k == p.name) {
                Some((_, v)) => v.clone(),
                None => ir::Expr::new(
                    ExprKind::Attr {
                        value: Box::new(read.clone()),
                        name: p.name.clone(),
                    },
                    p.ty.clone(),
                    receiver.span,
                ),
            })
            .collect();
        let made = self.new_instance(&class, &args, ty.clone());
        let made = made.ts;
        if bind.is_empty() {
            return Code::new(made, Prec::Postfix, ty);
        }
        Code::new(quote!({ #bind #made }), Prec::Postfix, ty)
    }

    /// One side of `a is b` on values of `class` that may be None, as an
    /// `Option` of a reference to `class`'s value; `upcast` when it is an
    /// instance of a subclass, made the class's value first.
    fn identity_side(&mut self, x: &ir::Expr, class: &str, upcast: bool) -> TokenStream {
        let any = super::families::family(class)
            .filter(|_| upcast)
            .map(|_| super::families::enum_ident(class));
        match (matches!(x.ty, Type::Optional(_)), any) {
            (true, None) => {
                let t = self.expr(x).at(Prec::Postfix);
                quote!(#t.as_ref())
            }
            (true, Some(any)) => {
                let t = self.expr(x).at(Prec::Postfix);
                quote!(#t.as_ref().map(|it| #any::from(it.clone())).as_ref())
            }
            (false, None) => {
                let t = self.operand_ref(x);
                quote!(Some(#t))
            }
            (false, Some(any)) => {
                let v = self.owned(x);
                quote!(Some(&#any::from(#v)))
            }
        }
    }

    /// `a == b`, `a is b`, `a < b` on instances.
    pub(super) fn instance_compare(
        &mut self,
        op: CmpOp,
        l: &ir::Expr,
        r: &ir::Expr,
    ) -> Option<TokenStream> {
        if let (CmpOp::In | CmpOp::NotIn, Type::Object(_)) = (op, &r.ty) {
            let c = self.instance_method(r, "__contains__", std::slice::from_ref(l), Type::Bool);
            let t = c.at(Prec::Unary);
            return Some(if op == CmpOp::In { t } else { quote!(!#t) });
        }
        // The class both sides are compared as, and whether the left or
        // the right is an instance of a subclass of it.
        let identity = crate::types::optional_identity(&l.ty, &r.ty)
            .map(|class| (class, None))
            .or_else(|| {
                crate::infer::classes::related_identity(&self.module.classes, &l.ty, &r.ty)
                    .map(|(wide, left_narrow)| (wide, Some(left_narrow)))
            });
        // Without `__eq__`, `==` is `is`.
        let op = match op {
            CmpOp::Eq | CmpOp::Ne
                if crate::infer::classes::identity_eq(&self.module.classes, &l.ty, &r.ty) =>
            {
                if op == CmpOp::Eq {
                    CmpOp::Is
                } else {
                    CmpOp::IsNot
                }
            }
            op => op,
        };
        if let (CmpOp::Is | CmpOp::IsNot, Some((class, narrow_left))) = (op, identity) {
            // `node.parent is other`: either side may be None.
            let a = self.identity_side(l, &class, narrow_left == Some(true));
            let b = self.identity_side(r, &class, narrow_left == Some(false));
            let same = if super::families::family(&class).is_some() {
                let both = self.family_is(&class, quote!(x), quote!(y));
                quote!(match (#a, #b) { (Some(x), Some(y)) => #both, (None, None) => true, _ => false })
            } else {
                quote!(molt_rt::object::is_optional(#a, #b))
            };
            return Some(if op == CmpOp::Is {
                same
            } else {
                quote!(!#same)
            });
        }
        let Type::Object(class) = &l.ty else {
            return None;
        };
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            return None;
        }
        // Both sides are values here: `self` too is its family's variant.
        let family = super::families::family(class).is_some();
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && r.ty != Type::None {
            let (a, b) = (self.operand_ref(l), self.operand_ref(r));
            let same = if family {
                self.family_is(class, a, b)
            } else {
                quote!(Rc::ptr_eq(#a, #b))
            };
            return Some(if op == CmpOp::Is {
                same
            } else {
                quote!(!#same)
            });
        }
        let dunder = |op: CmpOp| match op {
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            _ => "__ge__",
        };
        let has = |m: &str| crate::infer::classes::has_method(&self.module.classes, class, m);
        let call = |e: &mut Emitter, m: &str, a: &ir::Expr, b: &ir::Expr| {
            let c = e.instance_method(a, m, std::slice::from_ref(b), Type::Bool);
            c.at(Prec::Unary)
        };
        let name = dunder(op);
        // Instances of unrelated classes: a comparison method that takes
        // the other class (this one's, or the other's reflected) decides;
        // without one, `==` is identity, false for two distinct objects.
        if l.ty != r.ty && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let takes = |e: &Emitter, owner: &Type, m: &str, other: &Type| {
                let (Type::Object(c), Type::Object(o)) = (owner, other) else {
                    return false;
                };
                e.module
                    .function(&format!("{c}.{m}"))
                    .and_then(|f| f.params.get(1))
                    .is_some_and(|p| matches!(&p.ty, Type::Object(pc) if e.is_class_or_base(o, pc)))
            };
            if takes(self, &l.ty, name, &r.ty) {
                return Some(call(self, name, l, r));
            }
            if takes(self, &r.ty, name, &l.ty) {
                return Some(call(self, name, r, l));
            }
            let (a, b) = (self.expr(l).ts, self.expr(r).ts);
            let result = op == CmpOp::Ne;
            return Some(quote!({ let _ = (&#a, &#b); #result }));
        }
        if has(name) {
            return Some(call(self, name, l, r));
        }
        match op {
            CmpOp::Ne if has("__eq__") => {
                let eq = call(self, "__eq__", l, r);
                Some(quote!(!#eq))
            }
            CmpOp::Eq | CmpOp::Ne => {
                let (a, b) = (self.operand_ref(l), self.operand_ref(r));
                let same = if family {
                    self.family_is(class, a, b)
                } else {
                    quote!(Rc::ptr_eq(#a, #b))
                };
                Some(if op == CmpOp::Eq {
                    same
                } else {
                    quote!(!#same)
                })
            }
            _ => {
                let reflected = dunder(super::flip(op));
                has(reflected).then(|| call(self, reflected, r, l))
            }
        }
    }
}

/// The type of a field or property, for `object.name op= value`.
fn value_type(e: &Emitter, class: &str, name: &str) -> Type {
    match member(&e.module.classes, class, name) {
        Some(Member::Field(f)) => f.ty.clone(),
        Some(Member::Property) => e
            .module
            .function(&format!("{class}.{name}"))
            .map(|f| f.ret.clone())
            .unwrap_or(Type::None),
        _ => Type::None,
    }
}

/// `impl PartialOrd` from a class's `__lt__` (`lt` tests `self < other`,
/// `gt` tests `other < self`): what Python's sort asks of items.
pub(super) fn partial_ord_from_lt(
    name: &proc_macro2::Ident,
    lt: TokenStream,
    gt: TokenStream,
) -> TokenStream {
    quote! {
        impl PartialOrd for #name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                if #lt {
                    Some(std::cmp::Ordering::Less)
                } else if #gt {
                    Some(std::cmp::Ordering::Greater)
                } else {
                    Some(std::cmp::Ordering::Equal)
                }
            }

            fn lt(&self, other: &Self) -> bool {
                #lt
            }
        }
    }
}

/// The methods something calls, so that no unused method is emitted (Rust
/// warns about dead code): the module's functions and the dunders the
/// runtime's traits call are the roots, and a method is used once a used
/// function calls it.
pub(super) fn used_methods(m: &ir::Module, constructed: &HashSet<String>) -> HashSet<String> {
    let mut used: HashSet<String> = HashSet::new();
    for c in &m.classes {
        for d in ["__repr__", "__str__", "__hash__", "__eq__", "__lt__"] {
            used.insert(format!("{}.{d}", c.name));
        }
        if constructed.contains(&c.name) {
            used.insert(format!("{}.__init__", c.name));
        }
    }
    let mut scanned: HashSet<String> = HashSet::new();
    loop {
        let before = (used.len(), scanned.len());
        for f in m.functions.iter().chain(std::iter::once(&m.main)) {
            let is_method = f.name.contains('.');
            if scanned.contains(&f.name) || (is_method && !used.contains(&f.name)) {
                continue;
            }
            scanned.insert(f.name.clone());
            calls(m, f, &mut used);
        }
        if (used.len(), scanned.len()) == before {
            return used;
        }
    }
}

/// Marks what iterating an instance of `class` calls: its `__iter__` and
/// the `__next__` of the iterator that returns.
fn iteration(m: &ir::Module, class: &str, used: &mut HashSet<String>) {
    used.insert(format!("{class}.__iter__"));
    let iterator = m
        .function(&format!("{class}.__iter__"))
        .map(|f| f.ret.clone());
    if let Some(Type::Object(it)) = iterator {
        used.insert(format!("{it}.__next__"));
    }
}

/// The classes a value of `class` can be.
fn members(class: &str) -> Vec<String> {
    super::families::family(class).unwrap_or_else(|| vec![class.to_string()])
}

/// Adds the methods a function calls.
fn calls(m: &ir::Module, f: &ir::Function, used: &mut HashSet<String>) {
    // A `P | None` receiver calls `P`'s methods once it is not None.
    let class = |t: &Type| match t {
        Type::Object(c) | Type::Enum(c) => Some(c.clone()),
        Type::Optional(inner) => match &**inner {
            Type::Object(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    };
    let mut body = f.body.clone();
    let place_type = |p: &ir::Place| match p {
        ir::Place::Local(n) => f
            .params
            .iter()
            .map(|p| (&p.name, &p.ty))
            .chain(f.locals.iter().map(|l| (&l.name, &l.ty)))
            .find(|(name, _)| *name == n)
            .map(|(_, t)| t.clone()),
        ir::Place::Global(n) => m
            .globals
            .iter()
            .find(|g| &g.name == n)
            .map(|g| g.ty.clone()),
    };
    walk_stmts(&body, &mut |s| match &s.kind {
        StmtKind::SetAttr { object, name, .. } => {
            if let Some(c) = class(&object.ty) {
                for k in members(&c) {
                    used.insert(format!("{k}.{name}.setter"));
                    used.insert(format!("{k}.{name}"));
                }
            }
        }
        StmtKind::SetItem { container, .. } => {
            if let Some(c) = class(&container.ty) {
                used.insert(format!("{c}.__setitem__"));
                used.insert(format!("{c}.__getitem__"));
            }
        }
        StmtKind::ForEach { iter, .. } => {
            if let Some(c) = class(&iter.ty) {
                iteration(m, &c, used);
            }
        }
        StmtKind::DelItem { container, .. } => {
            if let Some(c) = class(&container.ty) {
                used.insert(format!("{c}.__delitem__"));
            }
        }
        StmtKind::AugAssign { op, value, place } => {
            let (plain, reflected, in_place) = crate::infer::classes::binop_dunders(*op);
            if let Some(c) = place_type(place).as_ref().and_then(class) {
                used.insert(format!("{c}.{plain}"));
                used.insert(format!("{c}.{in_place}"));
            }
            if let Some(c) = class(&value.ty) {
                used.insert(format!("{c}.{reflected}"));
            }
        }
        _ => {}
    });
    let self_name = self_param(m, f);
    let exact =
        |e: &ir::Expr| matches!(&e.kind, ExprKind::Local(n) if Some(n) == self_name.as_ref());
    analyze::visit_exprs_mut(&mut body, &mut |e| match &e.kind {
        ExprKind::Method { receiver, name, .. } if name == "__replace__" => {
            if let Some(c) = class(&receiver.ty) {
                used.insert(format!("{c}.__init__"));
            }
        }
        ExprKind::Method { receiver, name, .. } if exact(receiver) => {
            if let Some(c) = class(&receiver.ty) {
                used.insert(format!("{c}.{name}"));
            }
        }
        ExprKind::Attr { value, name } if exact(value) => {
            if let Some(c) = class(&value.ty) {
                used.insert(format!("{c}.{name}"));
            }
        }
        ExprKind::Method { receiver, name, .. } => {
            if let Some(c) = class(&receiver.ty) {
                for k in members(&c) {
                    used.insert(format!("{k}.{name}"));
                }
            }
        }
        ExprKind::Call { func, .. } => {
            used.insert(func.clone());
        }
        ExprKind::Attr { value, name } => {
            if let Some(c) = class(&value.ty) {
                for k in members(&c) {
                    used.insert(format!("{k}.{name}"));
                }
            }
        }
        ExprKind::New { class, .. } => {
            used.insert(format!("{class}.__init__"));
        }
        ExprKind::Builtin { args, func, .. }
            if args.first().and_then(|a| class(&a.ty)).is_some()
                && !matches!(func, ir::Builtin::Isinstance | ir::Builtin::TypeName) =>
        {
            if let Some(c) = class(&args[0].ty) {
                iteration(m, &c, used);
                for d in [
                    "__next__",
                    "__len__",
                    "__bool__",
                    "__abs__",
                    "__float__",
                    "__int__",
                ] {
                    used.insert(format!("{c}.{d}"));
                }
            }
        }
        ExprKind::Comp { generators, .. } => {
            for g in generators {
                if let Some(c) = class(&g.iter.ty) {
                    iteration(m, &c, used);
                }
            }
        }
        ExprKind::Index { value, .. } => {
            if let Some(c) = class(&value.ty) {
                for k in members(&c) {
                    used.insert(format!("{k}.__getitem__"));
                }
            }
        }
        ExprKind::Binary { op, left, right } => {
            let (a, r, _) = crate::infer::classes::binop_dunders(*op);
            if let Some(c) = class(&left.ty) {
                used.insert(format!("{c}.{a}"));
            }
            if let Some(c) = class(&right.ty) {
                used.insert(format!("{c}.{r}"));
            }
        }
        ExprKind::Compare { first, rest } => {
            for t in std::iter::once(&first.ty).chain(rest.iter().map(|(_, e)| &e.ty)) {
                if let Some(c) = class(t) {
                    for d in crate::infer::classes::COMPARE_DUNDERS {
                        used.insert(format!("{c}.{d}"));
                    }
                }
            }
        }
        _ => {
            // Truthiness, len(), and anything else that takes an instance.
            let mut note = |t: &Type| {
                if let Some(c) = class(t) {
                    for d in [
                        "__bool__",
                        "__len__",
                        "__neg__",
                        "__pos__",
                        "__invert__",
                        "__abs__",
                        "__float__",
                        "__int__",
                    ] {
                        used.insert(format!("{c}.{d}"));
                    }
                }
            };
            match &e.kind {
                ExprKind::Truthy(inner) => note(&inner.ty),
                ExprKind::Builtin { args, .. } => args.iter().for_each(|a| note(&a.ty)),
                ExprKind::Unary { operand, .. } => note(&operand.ty),
                _ => {}
            }
        }
    });
}

pub(super) fn walk_stmts(body: &[ir::Stmt], f: &mut dyn FnMut(&ir::Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::If { then, orelse, .. }
            | StmtKind::While {
                body: then, orelse, ..
            }
            | StmtKind::ForEach {
                body: then, orelse, ..
            }
            | StmtKind::ForRange {
                body: then, orelse, ..
            } => {
                walk_stmts(then, f);
                walk_stmts(orelse, f);
            }
            _ => {}
        }
    }
}
