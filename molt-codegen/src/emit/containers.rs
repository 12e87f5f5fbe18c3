//! Emission of lists, dicts and tuples, their methods, iteration and
//! comprehensions.

use super::{ident, int_lit, Code, Emitter, Prec};
use crate::ir::{self, BinOp, Binding, Builtin, ExprKind, Place};
use crate::types::Type;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

/// A Rust iterator expression over a Python iterable.
pub(super) struct Iterable {
    pub ts: TokenStream,
    /// Each item is a `PyResult` (dict iteration raises when the dict
    /// changes size during the loop).
    pub fallible: bool,
}

impl Emitter<'_> {
    pub(super) fn container_expr(&mut self, e: &ir::Expr) -> Code {
        let ty = e.ty.clone();
        match &e.kind {
            ExprKind::List(items) => {
                self.uses.insert("List");
                if items.is_empty() {
                    // An empty list nothing constrains: any item type prints the same.
                    if ty == Type::List(Box::new(Type::None)) {
                        return Code::new(quote!(List::<()>::new()), Prec::Postfix, ty);
                    }
                    return Code::new(quote!(List::new()), Prec::Postfix, ty);
                }
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                Code::new(quote!(List::from([#(#items),*])), Prec::Postfix, ty)
            }
            ExprKind::Set(items) => {
                self.uses.insert("Set");
                let constant = items.len() >= 3 && items.iter().all(is_constant);
                let reinterned = items.iter().any(is_identifier_str);
                let items: Vec<TokenStream> = items.iter().map(|i| self.key(i)).collect();
                // CPython builds a display of three or more constants from a
                // frozenset constant, which fixes a different order.
                let ts = match (constant, reinterned) {
                    (true, false) => quote!(Set::from_const_literal([#(#items),*])),
                    (true, true) => quote!(Set::from_const_literal_reinterned([#(#items),*])),
                    _ => quote!(Set::from([#(#items),*])),
                };
                Code::new(ts, Prec::Postfix, ty)
            }
            ExprKind::Dict(pairs) => {
                self.uses.insert("Dict");
                if pairs.is_empty() {
                    if ty == Type::Dict(Box::new(Type::None), Box::new(Type::None)) {
                        return Code::new(quote!(Dict::<(), ()>::new()), Prec::Postfix, ty);
                    }
                    return Code::new(quote!(Dict::new()), Prec::Postfix, ty);
                }
                let pairs: Vec<TokenStream> = pairs
                    .iter()
                    .map(|(k, v)| {
                        let (k, v) = (self.key(k), self.owned(v));
                        quote!((#k, #v))
                    })
                    .collect();
                Code::new(quote!(Dict::from_iter([#(#pairs),*])), Prec::Postfix, ty)
            }
            ExprKind::Index { value, index } => self.index(value, index, ty),
            ExprKind::Slice {
                value,
                lower,
                upper,
                step,
            } => {
                let v = self.expr(value);
                let recv = v.at(Prec::Postfix);
                let parts: Vec<TokenStream> = [lower, upper, step]
                    .into_iter()
                    .map(|p| match p {
                        None => quote!(None),
                        Some(p) => {
                            let r = self.operand_ref(p);
                            quote!(Some(#r))
                        }
                    })
                    .collect();
                let method = if value.ty == Type::Str {
                    quote!(slice_py)
                } else {
                    quote!(slice)
                };
                self.try_(quote!(#recv.#method(#(#parts),*)), ty)
            }
            ExprKind::Method {
                receiver,
                name,
                args,
                ..
            } if name == "__call__" && matches!(receiver.ty, Type::Func(_)) => {
                self.call_value(receiver, args, ty)
            }
            ExprKind::Method {
                receiver,
                name,
                args,
                ..
            } if matches!(receiver.ty, Type::Exc(_)) => {
                let view = self.exception_view(receiver);
                self.instance_method(&view, name, args, ty)
            }
            ExprKind::Method {
                receiver,
                name,
                kwargs,
                ..
            } if name == "__replace__" => self.replace(receiver, kwargs, ty),
            ExprKind::Method {
                receiver,
                name,
                args,
                ..
            } if matches!(receiver.ty, Type::Enum(_)) => self.enum_method(receiver, name, args, ty),
            ExprKind::Method {
                receiver,
                name,
                args,
                ..
            } if matches!(&receiver.ty, Type::Object(_))
                || matches!(&receiver.ty, Type::Optional(t) if matches!(**t, Type::Object(_))) =>
            {
                self.instance_method(receiver, name, args, ty)
            }
            ExprKind::Method {
                receiver,
                name,
                args,
                kwargs,
            } => self.method(receiver, name, args, kwargs, ty),
            ExprKind::Comp {
                element,
                value,
                generators,
            } => self.comprehension(element, value.as_deref(), generators, ty),
            ExprKind::Range { start, stop, step } if ty == Type::Range => {
                self.range_value(start, stop, step.as_deref())
            }
            ExprKind::Range { .. } => {
                let it = self.iterate(e, false);
                let ts = it.ts;
                Code::new(ts, Prec::Postfix, ty)
            }
            ExprKind::Bound(n) => {
                let name = ident(n);
                Code::place(quote!(#name), ty)
            }
            ExprKind::FuncRef(n)
                if matches!(ty, Type::Func(_)) && self.module.function(n).is_some() =>
            {
                self.function_value(n, ty)
            }
            ExprKind::FuncRef(n) => {
                let name = ident(n);
                Code::new(quote!(#name), Prec::Postfix, ty)
            }
            _ => unreachable!("not a container expression"),
        }
    }

    fn index(&mut self, value: &ir::Expr, index: &ir::Expr, ty: Type) -> Code {
        // `p[0]` of a NamedTuple: its first field.
        if let Type::Object(class) = &value.ty {
            let field = self.module.class(class).and_then(|c| c.record_field(index));
            if let Some(field) = field.map(|f| f.name.clone()) {
                return self.attr(value, &field, ty);
            }
        }
        if matches!(value.ty, Type::Object(_)) {
            return self.instance_method(value, "__getitem__", std::slice::from_ref(index), ty);
        }
        let v = self.expr(value);
        match &value.ty {
            Type::Tuple(items) if crate::methods::literal_index(index).is_none() => {
                let fields = tuple_fields(v, items.len());
                let i = self.operand_ref(index);
                self.try_(quote!(molt_rt::list::tuple_item([#(#fields),*], #i)), ty)
            }
            Type::Tuple(items) => {
                let n = items.len() as i64;
                let i = crate::methods::literal_index(index).unwrap_or_default();
                let i = syn::Index::from(if i < 0 { i + n } else { i } as usize);
                let place = v.place;
                let recv = v.at(Prec::Postfix);
                Code {
                    ts: quote!(#recv.#i),
                    prec: Prec::Postfix,
                    place,
                    small_int: None,
                    ty,
                    tried: None,
                }
            }
            Type::Dict(..) => {
                let recv = v.at(Prec::Postfix);
                let key = self.plain_ref(index);
                self.try_(quote!(#recv.get(#key)), ty)
            }
            Type::Str => {
                let recv = v.at(Prec::Postfix);
                let i = self.operand_ref(index);
                self.try_(quote!(#recv.get_item_py(#i)), ty)
            }
            Type::Obj => {
                let recv = v.at(Prec::Postfix);
                let i = self.plain_ref(index);
                self.try_(quote!(#recv.getitem(#i)), ty)
            }
            _ => {
                let recv = v.at(Prec::Postfix);
                let i = self.operand_ref(index);
                self.try_(quote!(#recv.get(#i)), ty)
            }
        }
    }

    pub(super) fn list_binary(
        &mut self,
        op: BinOp,
        left: &ir::Expr,
        right: &ir::Expr,
        ty: Type,
    ) -> Code {
        match op {
            BinOp::Add => {
                let l = self.expr(left).at(Prec::Postfix);
                let r = self.plain_ref(right);
                Code::new(quote!(#l.concat(#r)), Prec::Postfix, ty)
            }
            _ => {
                let (list, n) = if matches!(left.ty, Type::List(_)) {
                    (left, right)
                } else {
                    (right, left)
                };
                let l = self.expr(list).at(Prec::Postfix);
                let n = self.operand_ref(n);
                self.try_(quote!(#l.repeat(#n)), ty)
            }
        }
    }

    /// `item in container` for lists, dicts and tuples.
    pub(super) fn contains(&mut self, item: Code, container: Code) -> TokenStream {
        if matches!(container.ty, Type::Bytes | Type::ByteArray)
            && matches!(item.ty, Type::Int | Type::Bool)
        {
            let needle = self.ref_code(item);
            let recv = container.at(Prec::Postfix);
            return self
                .try_(quote!(#recv.contains_byte(#needle)), Type::Bool)
                .ts;
        }
        let needle = if let Some(v) = item.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            quote!(&#int::from(#v))
        } else {
            let t = item.at(Prec::Unary);
            quote!(&#t)
        };
        match &container.ty {
            Type::Obj | Type::Iterator(_) => {
                let recv = container.at(Prec::Postfix);
                self.try_(quote!(#recv.contains(#needle)), Type::Bool).ts
            }
            Type::Tuple(items) => {
                let len = items.len();
                let fields = tuple_fields(container, len);
                quote!([#(#fields),*].contains(#needle))
            }
            _ => {
                let recv = container.at(Prec::Postfix);
                quote!(#recv.contains(#needle))
            }
        }
    }

    /// A Rust iterator over an iterable. `direct` is true for the iterable
    /// of a `for` or comprehension, where dict iteration checks for resizing;
    /// inside builtins (which run no Python code while consuming) a snapshot
    /// of the keys is as good.
    pub(super) fn iterate(&mut self, e: &ir::Expr, direct: bool) -> Iterable {
        let plain = |ts| Iterable {
            ts,
            fallible: false,
        };
        if let Type::Optional(_) = &e.ty {
            let checked = ir::none_checked(e.clone(), ir::NoneUse::Iterate);
            return self.iterate(&checked, direct);
        }
        if let Type::Object(class) = &e.ty {
            return self.instance_iteration(class, e, direct);
        }
        match &e.kind {
            ExprKind::Range { start, stop, step } => {
                plain(self.range(start, stop, step.as_deref()))
            }
            ExprKind::Builtin {
                func: Builtin::Enumerate,
                args,
                kwargs,
            } => {
                // A generator stays lazy: its items are made as they are needed.
                let inner = self.iterate(&args[0], true);
                let start = args
                    .get(1)
                    .or(kwargs.iter().find(|(k, _)| k == "start").map(|(_, v)| v));
                let int = self.int_type();
                let index = match start {
                    None => quote!(#int::from_usize(i)),
                    Some(s) => {
                        let s = self.int_operand(s);
                        quote!(#int::from_usize(i) + #s)
                    }
                };
                let ts = inner.ts;
                if inner.fallible {
                    let numbered =
                        quote!(#ts.enumerate().map(|(i, item)| item.map(|item| (#index, item))));
                    if direct {
                        Iterable {
                            ts: numbered,
                            fallible: true,
                        }
                    } else {
                        self.uses.insert("PyResult");
                        let items = self
                            .try_(quote!(#numbered.collect::<PyResult<Vec<_>>>()), Type::None)
                            .ts;
                        plain(quote!(#items.into_iter()))
                    }
                } else {
                    plain(quote!(#ts.enumerate().map(|(i, item)| (#index, item))))
                }
            }
            // Where items may raise one by one (a loop, an iterator object),
            // the map stays lazy: its source may be endless (`count()`).
            ExprKind::Builtin {
                func: Builtin::Map,
                args,
                ..
            } if direct && !matches!(args[0].kind, ExprKind::FuncRef(_)) => {
                let inner = self.iterate(&args[1], true);
                let (call, fallible) = self.key_body(&args[0], quote!(item), false);
                let ts = inner.ts;
                match (inner.fallible, fallible) {
                    (false, false) => plain(quote!(#ts.map(|item| #call))),
                    (false, true) => Iterable {
                        ts: quote!(#ts.map(|item| #call)),
                        fallible: true,
                    },
                    (true, false) => Iterable {
                        ts: quote!(#ts.map(|item| item.map(|item| #call))),
                        fallible: true,
                    },
                    (true, true) => Iterable {
                        ts: quote!(#ts.map(|item| item.and_then(|item| #call))),
                        fallible: true,
                    },
                }
            }
            ExprKind::Builtin {
                func: Builtin::Map,
                args,
                ..
            } => {
                let inner = self.iterate(&args[1], false).ts;
                let (call, fallible) = self.key_body(&args[0], quote!(item), false);
                // A function of this module is passed as it is: `.map(score)`.
                let mapper = match &args[0].kind {
                    ExprKind::FuncRef(f) if self.module.functions.iter().any(|g| &g.name == f) => {
                        let f = ident(f);
                        quote!(#f)
                    }
                    _ => quote!(|item| #call),
                };
                if fallible {
                    // Applied in order up front, so the first exception propagates.
                    self.raises = true;
                    plain(quote!(#inner.map(#mapper).collect::<PyResult<Vec<_>>>()?.into_iter()))
                } else {
                    plain(quote!(#inner.map(#mapper)))
                }
            }
            ExprKind::Builtin {
                func: Builtin::Filter,
                args,
                ..
            } => {
                let inner = self.iterate(&args[1], false).ts;
                let item_ty = match &args[1].ty {
                    Type::List(t) | Type::Iter(t) => (**t).clone(),
                    Type::Str => Type::Str,
                    _ => Type::None,
                };
                if matches!(args[0].kind, ExprKind::None) {
                    let test = truth_of(&item_ty, quote!(item), true);
                    plain(quote!(#inner.filter(|item| #test)))
                } else {
                    let (call, fallible) = self.key_body(&args[0], quote!(item), true);
                    let ret = match &args[0].ty {
                        Type::Func(sig) => sig.ret.clone(),
                        _ => Type::Bool,
                    };
                    if fallible {
                        let test = truth_of(&ret, quote!(value), false);
                        let kept = self
                            .try_(quote!(molt_rt::builtins::try_filter(#inner, |item| #call.map(|value| #test))), Type::None)
                            .ts;
                        plain(quote!(#kept.into_iter()))
                    } else {
                        let test = truth_of(&ret, call, false);
                        plain(quote!(#inner.filter(|item| #test)))
                    }
                }
            }
            ExprKind::Builtin {
                func: Builtin::Zip,
                args,
                kwargs,
            } if kwargs
                .iter()
                .any(|(k, v)| k == "strict" && !matches!(v.kind, ExprKind::Bool(false))) =>
            {
                let parts: Vec<TokenStream> =
                    args.iter().map(|a| self.iterate(a, false).ts).collect();
                let strict = match parts.as_slice() {
                    [a, b] => quote!(molt_rt::builtins::zip_strict(#a, #b)),
                    [a, b, c] => quote!(molt_rt::builtins::zip_strict3(#a, #b, #c)),
                    _ => unreachable!("zip takes two or three iterables"),
                };
                if direct {
                    Iterable {
                        ts: strict,
                        fallible: true,
                    }
                } else {
                    self.uses.insert("PyResult");
                    let items = self
                        .try_(quote!(#strict.collect::<PyResult<Vec<_>>>()), Type::None)
                        .ts;
                    plain(quote!(#items.into_iter()))
                }
            }
            ExprKind::Builtin {
                func: Builtin::Zip,
                args,
                ..
            } => {
                // Lazy over generators: each pair is made when it is needed.
                let parts: Vec<Iterable> = args.iter().map(|a| self.iterate(a, true)).collect();
                if parts.iter().any(|p| p.fallible) {
                    // Lazy over generators: each pair is made when it is needed.
                    self.uses.insert("PyResult");
                    let parts: Vec<TokenStream> = parts
                        .into_iter()
                        .map(|p| {
                            let ts = p.ts;
                            if p.fallible {
                                ts
                            } else {
                                quote!(#ts.map(PyResult::Ok))
                            }
                        })
                        .collect();
                    let zipped = match parts.as_slice() {
                        [a, b] => quote!(#a.zip(#b).map(|(x, y)| Ok((x?, y?)))),
                        [a, b, c] => quote!(#a.zip(#b).zip(#c).map(|((x, y), z)| Ok((x?, y?, z?)))),
                        _ => unreachable!("zip takes two or three iterables"),
                    };
                    return if direct {
                        Iterable {
                            ts: zipped,
                            fallible: true,
                        }
                    } else {
                        let items = self
                            .try_(quote!(#zipped.collect::<PyResult<Vec<_>>>()), Type::None)
                            .ts;
                        plain(quote!(#items.into_iter()))
                    };
                }
                let parts: Vec<TokenStream> = parts.into_iter().map(|p| p.ts).collect();
                match parts.as_slice() {
                    [a, b] => plain(quote!(#a.zip(#b))),
                    [a, b, c] => plain(quote!(#a.zip(#b).zip(#c).map(|((x, y), z)| (x, y, z)))),
                    _ => unreachable!("zip takes two or three iterables"),
                }
            }
            ExprKind::Builtin {
                func: Builtin::Reversed,
                args,
                ..
            } => match &args[0].ty {
                Type::List(_) => {
                    let l = self.expr(&args[0]).at(Prec::Postfix);
                    plain(quote!(#l.iter_rev()))
                }
                Type::Range => {
                    let r = self.expr(&args[0]).at(Prec::Postfix);
                    plain(quote!(#r.reversed()))
                }
                _ => {
                    let inner = self.iterate(&args[0], false).ts;
                    plain(quote!(#inner.collect::<Vec<_>>().into_iter().rev()))
                }
            },
            // A view: `d.keys()`, `d.values()`, `d.items()`.
            ExprKind::Method { receiver, name, .. }
                if matches!(receiver.ty, Type::Dict(..))
                    && matches!(name.as_str(), "keys" | "values" | "items") =>
            {
                let d = self.expr(receiver).at(Prec::Postfix);
                let pick = match name.as_str() {
                    "keys" => Some(quote!(|(k, _)| k)),
                    "values" => Some(quote!(|(_, v)| v)),
                    _ => None,
                };
                if direct {
                    let ts = match pick {
                        Some(pick) => quote!(#d.iter().map(|entry| entry.map(#pick))),
                        None => quote!(#d.iter()),
                    };
                    Iterable { ts, fallible: true }
                } else {
                    let snapshot = match name.as_str() {
                        "keys" => quote!(keys),
                        "values" => quote!(values),
                        _ => quote!(items),
                    };
                    plain(quote!(#d.#snapshot().iter()))
                }
            }
            ExprKind::Set(items) if items.iter().all(is_constant) => {
                // `for x in {consts}` iterates the frozenset constant itself.
                let reinterned = items.iter().any(is_identifier_str);
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                self.uses.insert("FrozenSet");
                let make = if reinterned {
                    quote!(constant_reinterned)
                } else {
                    quote!(constant)
                };
                plain(quote!(FrozenSet::#make([#(#items),*]).iter()))
            }
            _ => {
                let c = self.expr(e);
                match &e.ty {
                    Type::Set(_) if direct => {
                        let s = c.at(Prec::Postfix);
                        Iterable {
                            ts: quote!(#s.iter()),
                            fallible: true,
                        }
                    }
                    Type::Set(_) => {
                        let s = c.at(Prec::Postfix);
                        plain(quote!(#s.to_vec().into_iter()))
                    }
                    Type::Str => {
                        let s = c.at(Prec::Postfix);
                        plain(quote!(#s.iter_chars()))
                    }
                    Type::Dict(..) if direct => {
                        let d = c.at(Prec::Postfix);
                        Iterable {
                            ts: quote!(#d.iter().map(|entry| entry.map(|(k, _)| k))),
                            fallible: true,
                        }
                    }
                    Type::Dict(..) => {
                        let d = c.at(Prec::Postfix);
                        plain(quote!(#d.keys().iter()))
                    }
                    Type::Tuple(items) => {
                        let fields = tuple_fields(c, items.len());
                        plain(quote!([#(#fields),*].into_iter()))
                    }
                    Type::Obj if direct => {
                        // A dict or set that changes size in the loop raises.
                        let l = c.at(Prec::Postfix);
                        let it = self.try_(quote!(#l.iter()), Type::Obj).ts;
                        Iterable {
                            ts: quote!(#it.fallible()),
                            fallible: true,
                        }
                    }
                    Type::Obj => {
                        let l = c.at(Prec::Postfix);
                        plain(self.try_(quote!(#l.iter()), Type::Obj).ts)
                    }
                    Type::File { .. } if direct => {
                        let f = c.at(Prec::Postfix);
                        Iterable {
                            ts: self.try_(quote!(#f.lines()), Type::None).ts,
                            fallible: true,
                        }
                    }
                    Type::File { .. } => {
                        self.uses.insert("PyResult");
                        let f = c.at(Prec::Postfix);
                        let lines = self.try_(quote!(#f.lines()), Type::None).ts;
                        let items = self
                            .try_(quote!(#lines.collect::<PyResult<Vec<_>>>()), Type::None)
                            .ts;
                        plain(quote!(#items.into_iter()))
                    }
                    Type::Iterator(_) | Type::Generator(..) if direct => {
                        let it = self.owned_code(c);
                        Iterable {
                            ts: it,
                            fallible: true,
                        }
                    }
                    Type::Iterator(_) | Type::Generator(..) => {
                        self.uses.insert("PyResult");
                        let it = self.owned_code(c);
                        let items = self
                            .try_(quote!(#it.collect::<PyResult<Vec<_>>>()), Type::None)
                            .ts;
                        plain(quote!(#items.into_iter()))
                    }
                    _ => {
                        let l = c.at(Prec::Postfix);
                        plain(quote!(#l.iter()))
                    }
                }
            }
        }
    }

    /// A dict key or set item, owned. A run-time typed key is checked
    /// first: a list or dict raises CPython's `unhashable type` TypeError.
    pub(super) fn key(&mut self, e: &ir::Expr) -> TokenStream {
        let checked = match &e.kind {
            _ if e.ty != Type::Obj => false,
            ExprKind::ToObj(inner) => !(inner.ty != Type::Obj && inner.ty.is_hashable()),
            _ => true,
        };
        let k = self.owned(e);
        if !checked {
            return k;
        }
        self.raises = true;
        let key = self.own_name("key");
        quote!({ let #key = #k; #key.check_hashable()?; #key })
    }

    /// An iterator over `e` whose items are converted to `Obj` when the
    /// receiving container holds `Obj`s (`item`).
    pub(super) fn iterate_as(&mut self, e: &ir::Expr, item: &Type) -> TokenStream {
        let it = self.iterate(e, false).ts;
        let from = element_type(&e.ty);
        if *item != Type::Obj || from == Type::Obj {
            return it;
        }
        let name = self.own_name("item");
        let read = ir::Expr::new(ExprKind::Local(name.to_string()), from, e.span);
        let converted = self.obj_of(&read).ts;
        quote!(#it.map(|#name| #converted))
    }

    /// Builtins over iterables; `None` for the numeric ones.
    pub(super) fn iterable_builtin(
        &mut self,
        func: Builtin,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: &Type,
    ) -> Option<Code> {
        let ty = ty.clone();
        let kwarg = |k: &str| ir::kwarg(kwargs, k);
        let item_ty = |t: &Type| t.element().unwrap_or_else(|| t.clone());
        let obj_items = match args.first().map(|a| &a.ty) {
            Some(Type::Obj) => true,
            Some(t) => item_ty(t) == Type::Obj,
            None => false,
        };
        if let Some(code) = self.itertools_builtin(func, args, kwargs, &ty) {
            return Some(code);
        }
        Some(match func {
            Builtin::Min | Builtin::Max if kwarg("default").is_some() => {
                // The items into a list, then the default if it is empty.
                let default = self.owned(kwarg("default")?);
                let it = self.iterate(&args[0], false).ts;
                let items = self.own_name("items");
                let item_ty = item_ty(&args[0].ty);
                let list = ir::Expr::new(
                    ExprKind::Local(items.to_string()),
                    Type::List(Box::new(item_ty)),
                    args[0].span,
                );
                let kwargs: Vec<(String, ir::Expr)> = kwargs
                    .iter()
                    .filter(|(k, _)| k != "default")
                    .cloned()
                    .collect();
                let pick = self
                    .iterable_builtin(func, std::slice::from_ref(&list), &kwargs, &ty)?
                    .ts;
                self.uses.insert("List");
                Code::new(
                    quote!({
                        let #items: List<_> = #it.collect();
                        if #items.is_empty() { #default } else { #pick }
                    }),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Min | Builtin::Max
                if kwarg("key").is_none() && (obj_items || ty == Type::Obj) =>
            {
                let it = if args.len() == 1 {
                    self.iterate(&args[0], false).ts
                } else {
                    let items: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
                    quote!([#(#items),*])
                };
                let f = format_ident!("{}_of", if func == Builtin::Min { "min" } else { "max" });
                self.uses.insert("Obj");
                self.try_(quote!(Obj::#f(#it)), ty)
            }
            Builtin::Sorted if kwarg("key").is_none() && obj_items => {
                let it = self.iterate(&args[0], false).ts;
                let reverse = match kwarg("reverse") {
                    Some(r) => self.expr(r).ts,
                    None => quote!(false),
                };
                self.uses.insert("Obj");
                self.try_(quote!(Obj::sorted(#it, #reverse)), ty)
            }
            Builtin::Sum if ty == Type::Obj => {
                let it = self.iterate(&args[0], false).ts;
                let start = match args.get(1).or(kwarg("start")) {
                    Some(s) => self.owned(s),
                    None => {
                        self.uses.insert("Obj");
                        let int = self.int_type();
                        quote!(Obj::Int(#int::from(0)))
                    }
                };
                self.try_(quote!(#it.try_fold(#start, |total, x| total.add(&x))), ty)
            }
            Builtin::Len | Builtin::Int | Builtin::Float | Builtin::Abs
                if args.len() == 1 && args[0].ty == Type::Obj =>
            {
                let method = match func {
                    Builtin::Len => "len",
                    Builtin::Int => "to_int",
                    Builtin::Float => "to_float",
                    _ => "abs",
                };
                self.obj_method(&args[0], method, &[], ty)
            }
            Builtin::Hash if args[0].ty == Type::Obj => {
                let v = self.plain_ref(&args[0]);
                self.raises = true;
                let value = self.own_name("value");
                Code::new(
                    quote!({ let #value = #v; #value.check_hashable()?; molt_rt::hash::hash(#value) }),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Len if matches!(args[0].ty, Type::Tuple(_)) => {
                let Type::Tuple(items) = &args[0].ty else {
                    return None;
                };
                let n = items.len() as i64;
                let int = self.int_type();
                let lit = int_lit(n);
                let mut c = Code::new(quote!(#int::from(#lit)), Prec::Postfix, ty);
                c.small_int = Some(n);
                c
            }
            Builtin::Min | Builtin::Max
                if kwarg("key").and_then(|k| self.obj_key_fn(k)).is_some() =>
            {
                let key = self.obj_key_fn(kwarg("key")?)?;
                let it = if args.len() == 1 {
                    self.iterate(&args[0], false).ts
                } else {
                    let items: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
                    quote!([#(#items),*])
                };
                let f = format_ident!(
                    "{}_by_key",
                    if func == Builtin::Min { "min" } else { "max" }
                );
                self.uses.insert("Obj");
                self.try_(quote!(Obj::#f(#it, #key)), ty)
            }
            Builtin::Min | Builtin::Max if args.len() == 1 => {
                let it = self.iterate(&args[0], false).ts;
                let which = if func == Builtin::Min { "min" } else { "max" };
                match kwarg("key") {
                    Some(key) => {
                        let (key, fallible) = self.key_fn(key);
                        let f = if fallible {
                            format_ident!("try_{}_by_key", which)
                        } else {
                            format_ident!("{}_by_key", which)
                        };
                        self.try_(quote!(molt_rt::builtins::#f(#it, #key, #which)), ty)
                    }
                    None => {
                        let f = format_ident!("{}_of", which);
                        self.try_(quote!(molt_rt::builtins::#f(#it, #which)), ty)
                    }
                }
            }
            Builtin::Min | Builtin::Max if kwarg("key").is_some() => {
                let (key, fallible) = self.key_fn(kwarg("key")?);
                let items: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
                let which = if func == Builtin::Min { "min" } else { "max" };
                let f = if fallible {
                    format_ident!("try_{}_by_key", which)
                } else {
                    format_ident!("{}_by_key", which)
                };
                self.try_(
                    quote!(molt_rt::builtins::#f([#(#items),*].into_iter(), #key, #which)),
                    ty,
                )
            }
            Builtin::Sum => {
                let it = self.iterate(&args[0], false).ts;
                let start = args.get(1).or(kwarg("start"));
                if ty == Type::Float {
                    let start = match start {
                        Some(s) => self.float_operand(s).ts,
                        None => quote!(0.0),
                    };
                    let items = if item_ty(&args[0].ty) == Type::Float {
                        it
                    } else {
                        quote!(#it.map(|x| x.to_f64()))
                    };
                    if item_ty(&args[0].ty) == Type::Float {
                        Code::new(
                            quote!(molt_rt::builtins::sum_float(#items, #start)),
                            Prec::Postfix,
                            ty,
                        )
                    } else {
                        self.try_(
                            quote!(molt_rt::builtins::sum_float_checked(#items, #start)),
                            ty,
                        )
                    }
                } else {
                    let int = self.int_type();
                    let start = match start {
                        Some(s) => self.owned(s),
                        None => quote!(#int::from(0)),
                    };
                    let items = if item_ty(&args[0].ty) == Type::Bool {
                        quote!(#it.map(#int::from))
                    } else {
                        it
                    };
                    Code::new(
                        quote!(#items.fold(#start, |total, x| total + x)),
                        Prec::Postfix,
                        ty,
                    )
                }
            }
            Builtin::Sorted => {
                let it = self.iterate(&args[0], false).ts;
                let reverse = match kwarg("reverse") {
                    Some(r) => self.expr(r).ts,
                    None => quote!(false),
                };
                self.uses.insert("List");
                if let Some(key) = kwarg("key").and_then(|k| self.obj_key_fn(k)) {
                    self.uses.insert("Obj");
                    return Some(self.try_(quote!(Obj::sorted_by_key(#it, #key, #reverse)), ty));
                }
                match kwarg("key") {
                    Some(key) => {
                        let (key, fallible) = self.key_fn(key);
                        if fallible {
                            self.try_(
                                quote!(molt_rt::builtins::try_sorted_by_key(#it, #key, #reverse)),
                                ty,
                            )
                        } else {
                            Code::new(
                                quote!(molt_rt::builtins::sorted_by_key(#it, #key, #reverse)),
                                Prec::Postfix,
                                ty,
                            )
                        }
                    }
                    None => Code::new(
                        quote!(molt_rt::builtins::sorted(#it, #reverse)),
                        Prec::Postfix,
                        ty,
                    ),
                }
            }
            Builtin::List => {
                self.uses.insert("List");
                match args.first() {
                    // `list()` that nothing constrains: any item type prints the same.
                    None if ty == Type::List(Box::new(Type::None)) => {
                        Code::new(quote!(List::<()>::new()), Prec::Postfix, ty)
                    }
                    None => Code::new(quote!(List::new()), Prec::Postfix, ty),
                    Some(a) => {
                        let it = self.iterate(a, false).ts;
                        Code::new(quote!(#it.collect::<List<_>>()), Prec::Postfix, ty)
                    }
                }
            }
            Builtin::Set | Builtin::FrozenSet => {
                let name = if func == Builtin::Set {
                    "Set"
                } else {
                    "FrozenSet"
                };
                self.uses.insert(name);
                let ty_ident = format_ident!("{}", name);
                match args.first() {
                    None if matches!(&ty, Type::Set(t) | Type::FrozenSet(t) if **t == Type::None) => {
                        Code::new(quote!(#ty_ident::<()>::new()), Prec::Postfix, ty)
                    }
                    None => Code::new(quote!(#ty_ident::new()), Prec::Postfix, ty),
                    Some(a) if matches!(a.ty, Type::Set(_) | Type::FrozenSet(_)) => {
                        let s = self.plain_ref(a);
                        Code::new(quote!(#ty_ident::from_set(#s)), Prec::Postfix, ty)
                    }
                    Some(a) if matches!(a.ty, Type::Dict(..)) => {
                        let d = self.expr(a).at(Prec::Postfix);
                        Code::new(
                            quote!(#ty_ident::from_dict_keys(#d.keys().to_vec())),
                            Prec::Postfix,
                            ty,
                        )
                    }
                    Some(a) => {
                        let it = self.iterate(a, false).ts;
                        Code::new(quote!(#it.collect::<#ty_ident<_>>()), Prec::Postfix, ty)
                    }
                }
            }
            Builtin::Bytes | Builtin::ByteArray => {
                let name = if func == Builtin::Bytes {
                    "Bytes"
                } else {
                    "ByteArray"
                };
                self.uses.insert(name);
                let t = format_ident!("{}", name);
                match (args.first().map(|a| &a.ty), args.get(1)) {
                    (None, _) => Code::new(quote!(#t::from(Vec::new())), Prec::Postfix, ty),
                    (Some(Type::Int | Type::Bool), _) => {
                        let n = self.operand_ref(&args[0]);
                        self.try_(quote!(#t::zeros(#n)), ty)
                    }
                    (Some(Type::Str), Some(enc)) => {
                        let s = self.expr(&args[0]).at(Prec::Postfix);
                        let e = self.plain_ref(enc);
                        let errors = match args.get(2) {
                            Some(x) => {
                                let r = self.plain_ref(x);
                                quote!(Some(#r))
                            }
                            None => quote!(None),
                        };
                        let encoded = self
                            .try_(quote!(#s.encode_py(Some(#e), #errors)), Type::Bytes)
                            .ts;
                        if func == Builtin::Bytes {
                            Code::new(encoded, Prec::Postfix, ty)
                        } else {
                            Code::new(quote!(#encoded.to_bytearray()), Prec::Postfix, ty)
                        }
                    }
                    (Some(Type::Bytes | Type::ByteArray), _) => {
                        let b = self.expr(&args[0]).at(Prec::Postfix);
                        Code::new(quote!(#t::from(#b.to_vec())), Prec::Postfix, ty)
                    }
                    _ => {
                        let it = self.iterate(&args[0], false).ts;
                        self.try_(quote!(#t::from_ints(#it)), ty)
                    }
                }
            }
            Builtin::Hash => {
                let v = self.plain_ref(&args[0]);
                Code::new(quote!(molt_rt::hash::hash(#v)), Prec::Postfix, ty)
            }
            Builtin::Dict => {
                self.uses.insert("Dict");
                match args.first() {
                    None if ty == Type::Dict(Box::new(Type::None), Box::new(Type::None)) => {
                        Code::new(quote!(Dict::<(), ()>::new()), Prec::Postfix, ty)
                    }
                    None => Code::new(quote!(Dict::new()), Prec::Postfix, ty),
                    Some(a) if matches!(a.ty, Type::Dict(..)) => {
                        let d = self.expr(a).at(Prec::Postfix);
                        Code::new(quote!(#d.copy()), Prec::Postfix, ty)
                    }
                    Some(a) => {
                        let it = self.iterate(a, false).ts;
                        Code::new(quote!(#it.collect::<Dict<_, _>>()), Prec::Postfix, ty)
                    }
                }
            }
            Builtin::Any | Builtin::All
                if matches!(
                    (&args[0].kind, &args[0].ty),
                    (ExprKind::Comp { value: None, .. }, Type::Iter(_))
                ) =>
            {
                let ExprKind::Comp {
                    element,
                    generators,
                    ..
                } = &args[0].kind
                else {
                    return None;
                };
                self.any_all(func == Builtin::Any, element, generators, ty)
            }
            Builtin::Any | Builtin::All => {
                let it = self.iterate(&args[0], false).ts;
                let test = truth_closure(&item_ty(&args[0].ty));
                let m = if func == Builtin::Any {
                    quote!(any)
                } else {
                    quote!(all)
                };
                Code::new(quote!(#it.#m(#test)), Prec::Postfix, ty)
            }
            Builtin::Round => {
                let x = self.expr(&args[0]);
                match (&args[0].ty, args.get(1)) {
                    (Type::Float, None) => {
                        let t = x.ts;
                        self.try_(quote!(molt_rt::float::round(#t)), ty)
                    }
                    (Type::Float, Some(n)) => {
                        let t = x.ts;
                        let n = self.operand_ref(n);
                        Code::new(quote!(molt_rt::float::round_to(#t, #n)), Prec::Postfix, ty)
                    }
                    (_, None) => Code::new(self.owned_code(x), Prec::Postfix, ty),
                    (_, Some(n)) => {
                        let r = self.receiver(x);
                        let n = self.operand_ref(n);
                        Code::new(quote!(#r.round_to(#n)), Prec::Postfix, ty)
                    }
                }
            }
            Builtin::Hex | Builtin::Oct | Builtin::Bin => {
                let x = self.expr(&args[0]);
                let r = self.receiver(x);
                let base: u32 = match func {
                    Builtin::Hex => 16,
                    Builtin::Oct => 8,
                    _ => 2,
                };
                Code::new(quote!(#r.to_base_prefixed(#base)), Prec::Postfix, ty)
            }
            Builtin::Open => self.open_file(args, kwargs, ty),
            Builtin::PackArgs => {
                self.uses.insert("Tuple");
                let items: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
                let ts = match (kwarg("spread"), items.is_empty()) {
                    (None, true) => quote!(Tuple::default()),
                    (None, false) => quote!(Tuple::from([#(#items),*])),
                    (Some(s), true) => {
                        let it = self.iterate(s, false).ts;
                        quote!(Tuple::from_iter(#it))
                    }
                    (Some(s), false) => {
                        let it = self.iterate(s, false).ts;
                        quote!(Tuple::from_iter([#(#items),*].into_iter().chain(#it)))
                    }
                };
                Code::new(ts, Prec::Postfix, ty)
            }
            Builtin::Remove => {
                let path = self.operand_ref(&args[0]);
                self.try_(quote!(molt_std::os::remove(#path)), ty)
            }
            Builtin::StringIO => {
                let initial = match args.first() {
                    Some(s) => {
                        let s = self.operand_ref(s);
                        quote!(Some(#s))
                    }
                    None => quote!(None),
                };
                Code::new(
                    quote!(molt_rt::file::string_io(#initial)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::PathExists => {
                let path = self.operand_ref(&args[0]);
                Code::new(quote!(molt_std::os::path::exists(#path)), Prec::Postfix, ty)
            }
            Builtin::Input => {
                let prompt = match args.first() {
                    None => quote!(None),
                    Some(p) => {
                        let p = self.expr(p).at(Prec::Postfix);
                        quote!(Some(#p.as_str()))
                    }
                };
                self.try_(quote!(molt_rt::io::input(#prompt)), ty)
            }
            Builtin::Format => {
                let value = self.format_arg(&args[0]);
                let spec = match args.get(1) {
                    Some(s) => {
                        let s = self.expr(s).at(Prec::Postfix);
                        quote!(#s.as_str())
                    }
                    None => quote!(""),
                };
                self.try_(quote!(molt_rt::format_builtin(#value, #spec)), ty)
            }
            Builtin::IntFromBytes => {
                let b = self.expr(&args[0]).at(Prec::Postfix);
                let order = self.byteorder(args.get(1).or(kwarg("byteorder")));
                let signed = match kwarg("signed") {
                    Some(s) => self.truthy(s).ts,
                    None => quote!(false),
                };
                let int = self.int_type();
                self.try_(quote!(#int::from_bytes(#b.as_slice(), #order, #signed)), ty)
            }
            Builtin::BytesFromHex | Builtin::ByteArrayFromHex => {
                let name = if func == Builtin::BytesFromHex {
                    "Bytes"
                } else {
                    "ByteArray"
                };
                self.uses.insert(name);
                let t = format_ident!("{}", name);
                let s = self.plain_ref(&args[0]);
                self.try_(quote!(#t::fromhex(#s)), ty)
            }
            Builtin::DictFromKeys => {
                self.uses.insert("Dict");
                let it = self.iterate(&args[0], false).ts;
                let value = match args.get(1) {
                    Some(v) => self.owned(v),
                    None => quote!(()),
                };
                let shared = self.own_name("value");
                let copy = if args.get(1).is_some_and(|v| super::is_copy(&v.ty)) || args.len() == 1
                {
                    quote!(#shared)
                } else {
                    quote!(#shared.clone())
                };
                Code::new(
                    quote!({ let #shared = #value; #it.map(|key| (key, #copy)).collect::<Dict<_, _>>() }),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Iter if matches!(args[0].ty, Type::Iterator(_)) => {
                Code::new(self.owned(&args[0]), Prec::Postfix, ty)
            }
            Builtin::Iter => {
                self.uses.insert("PyIter");
                let it = self.iterate(&args[0], true);
                let make = if it.fallible {
                    quote!(fallible)
                } else {
                    quote!(new)
                };
                let ts = it.ts;
                Code::new(quote!(PyIter::#make(#ts)), Prec::Postfix, ty)
            }
            Builtin::Next if matches!(args[0].ty, Type::Object(_)) => {
                self.instance_method(&args[0], "__next__", &[], ty)
            }
            Builtin::Next if matches!(args[0].ty, Type::File { .. }) => {
                let f = self.expr(&args[0]).at(Prec::Postfix);
                self.try_(quote!(#f.next_line()), ty)
            }
            Builtin::Next => {
                let it = self.expr(&args[0]).at(Prec::Postfix);
                match args.get(1) {
                    None => self.try_(quote!(#it.next_item()), ty),
                    Some(d) if ty == d.ty => {
                        let d = self.owned(d);
                        self.try_(quote!(#it.next_or(#d)), ty)
                    }
                    Some(d) => {
                        // Items and the default differ in type: both become `Obj`.
                        let item_ty = match &args[0].ty {
                            Type::Iterator(t) => (**t).clone(),
                            _ => Type::Obj,
                        };
                        let name = self.own_name("item");
                        let item =
                            ir::Expr::new(ExprKind::Local(name.to_string()), item_ty, d.span);
                        let item = self.obj_of(&item).ts;
                        let default = self.obj_of(d).ts;
                        let next = self.try_(quote!(#it.next_opt()), Type::None).ts;
                        Code::new(
                            quote!(match #next { Some(#name) => #item, None => #default }),
                            Prec::Block,
                            ty,
                        )
                    }
                }
            }
            Builtin::Tuple => {
                self.uses.insert("Obj");
                let Some(arg) = args.first() else {
                    return Some(Code::new(quote!(Obj::tuple(Vec::new())), Prec::Postfix, ty));
                };
                let item_ty = item_ty(&arg.ty);
                let it = self.iterate(arg, false).ts;
                let items = if item_ty == Type::Obj {
                    quote!(#it.collect())
                } else {
                    let item = ir::Expr::new(ExprKind::Local("item".into()), item_ty, arg.span);
                    let item = self.obj_of(&item).ts;
                    quote!(#it.map(|item| #item).collect())
                };
                Code::new(quote!(Obj::tuple(#items)), Prec::Postfix, ty)
            }
            Builtin::TypeName if !kwargs.is_empty() => self.type_repr(args, kwargs, ty),
            Builtin::TypeName if matches!(args[0].ty, Type::Object(_)) => {
                self.instance_type_name(&args[0])
            }
            Builtin::TypeName if matches!(&args[0].ty, Type::Optional(t) if super::folds_statically(t) || matches!(**t, Type::Exc(_))) =>
            {
                self.uses.insert("Str");
                let Type::Optional(inner) = &args[0].ty else {
                    return None;
                };
                let some = match &**inner {
                    Type::Exc(_) => quote!(Some(value) => value.class_name()),
                    t => {
                        let n = t.class_name();
                        quote!(Some(_) => #n)
                    }
                };
                let v = self.expr(&args[0]).at(Prec::Postfix);
                Code::new(
                    quote!(Str::from(match &#v { #some, None => "NoneType" })),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::TypeName if matches!(args[0].ty, Type::Exc(_)) => {
                self.uses.insert("Str");
                let v = self.expr(&args[0]).at(Prec::Postfix);
                Code::new(quote!(Str::from(#v.class_name())), Prec::Postfix, ty)
            }
            Builtin::Argv => Code::new(quote!(molt_rt::sys::argv()), Prec::Postfix, ty),
            Builtin::SetRecursionLimit => {
                let n = self.operand_ref(&args[0]);
                self.try_(quote!(molt_rt::recursion::set_limit(#n)), ty)
            }
            Builtin::Issubclass => {
                let ExprKind::Str(names) = &args[1].kind else {
                    return None;
                };
                self.exception_issubclass(&args[0], names, ty)
            }
            Builtin::Isinstance if matches!(args[0].ty, Type::Exc(_)) => {
                let ExprKind::Str(names) = &args[1].kind else {
                    return None;
                };
                self.exception_isinstance(&args[0], names, ty)
            }
            Builtin::TypeName => {
                self.uses.insert("Str");
                if args[0].ty == Type::Obj {
                    let v = self.expr(&args[0]).at(Prec::Postfix);
                    return Some(Code::new(
                        quote!(Str::from(#v.type_name())),
                        Prec::Postfix,
                        ty,
                    ));
                }
                let name = args[0].ty.class_name();
                let value = self.expr(&args[0]);
                let ts = if value.place || value.small_int.is_some() {
                    quote!(Str::from(#name))
                } else {
                    let v = value.ts;
                    quote!({ let _ = #v; Str::from(#name) })
                };
                Code::new(ts, Prec::Postfix, ty)
            }
            Builtin::Isinstance if matches!(args[0].ty, Type::Object(_)) => {
                let ExprKind::Str(names) = &args[1].kind else {
                    return None;
                };
                self.instance_isinstance(&args[0], names)
            }
            Builtin::Isinstance if matches!(args[0].ty, Type::Optional(_)) => {
                let call = ir::Expr::new(
                    ExprKind::Builtin {
                        func: Builtin::Isinstance,
                        args: args.to_vec(),
                        kwargs: Vec::new(),
                    },
                    Type::Bool,
                    args[0].span,
                );
                match self.optional_isinstance(&call) {
                    Some(v) => Code::new(quote!(#v.is_some()), Prec::Postfix, ty),
                    None => {
                        let v = self.expr(&args[0]).at(Prec::Postfix);
                        Code::new(quote!({ let _ = &#v; false }), Prec::Postfix, ty)
                    }
                }
            }
            Builtin::Isinstance => {
                let ExprKind::Str(names) = &args[1].kind else {
                    return None;
                };
                if args[0].ty == Type::Obj {
                    return Some(self.obj_isinstance(&args[0], names, ty));
                }
                let result = static_isinstance(&args[0].ty, names);
                let value = self.expr(&args[0]);
                let ts = if value.place || value.small_int.is_some() {
                    quote!(#result)
                } else {
                    let v = value.ts;
                    quote!({ let _ = #v; #result })
                };
                Code::new(ts, Prec::Postfix, ty)
            }
            Builtin::Int if args.len() == 2 => {
                let s = self.expr(&args[0]).at(Prec::Postfix);
                let b = self.operand_ref(&args[1]);
                let int = self.int_type();
                self.try_(quote!(#int::parse_base(#s.as_str(), #b)), ty)
            }
            Builtin::Pow if args.len() == 3 => {
                let a = self.expr(&args[0]);
                let r = self.receiver(a);
                let b = self.operand_ref(&args[1]);
                let m = self.operand_ref(&args[2]);
                self.try_(quote!(#r.pow_mod(#b, #m)), ty)
            }
            Builtin::Enumerate
            | Builtin::Zip
            | Builtin::Reversed
            | Builtin::Map
            | Builtin::Filter => {
                let it = self.iterate(
                    &ir::Expr::new(
                        ExprKind::Builtin {
                            func,
                            args: args.to_vec(),
                            kwargs: kwargs.to_vec(),
                        },
                        ty.clone(),
                        (0, 0),
                    ),
                    false,
                );
                Code::new(it.ts, Prec::Postfix, ty)
            }
            Builtin::Ord => {
                let s = self.operand_ref(&args[0]);
                self.try_(quote!(molt_rt::ord(#s)), ty)
            }
            Builtin::Chr => {
                let i = self.operand_ref(&args[0]);
                self.try_(quote!(molt_rt::chr(#i)), ty)
            }
            Builtin::Len if matches!(args[0].ty, Type::Object(_)) => {
                self.instance_method(&args[0], "__len__", &[], ty)
            }
            Builtin::Len if args[0].ty == Type::Range => {
                let c = self.expr(&args[0]);
                let t = c.at(Prec::Postfix);
                let int = self.int_type();
                let len = self.try_(quote!(#t.len()), Type::Int).ts;
                Code::new(quote!(#int::from_usize(#len)), Prec::Postfix, ty)
            }
            Builtin::Len => {
                let c = self.expr(&args[0]);
                let t = c.at(Prec::Postfix);
                let int = self.int_type();
                let len = quote!(#t.len());
                Code::new(quote!(#int::from_usize(#len)), Prec::Postfix, ty)
            }
            _ => return None,
        })
    }

    /// A `PyIter` over any iterable (another handle when it is one).
    pub(super) fn as_iterator(&mut self, e: &ir::Expr) -> TokenStream {
        if matches!(e.ty, Type::Iterator(_)) {
            return self.owned(e);
        }
        if let Type::Optional(_) = &e.ty {
            let checked = ir::none_checked(e.clone(), ir::NoneUse::Iterate);
            return self.as_iterator(&checked);
        }
        let item = element_type(&e.ty);
        let make = ir::Expr::new(
            ExprKind::Builtin {
                func: Builtin::Iter,
                args: vec![e.clone()],
                kwargs: Vec::new(),
            },
            Type::Iterator(Box::new(item)),
            e.span,
        );
        self.owned(&make)
    }

    /// A one-parameter lambda's body applied to `x` (a `&item` when
    /// `by_ref`), and whether it returns a `PyResult`.
    fn lambda_body(
        &mut self,
        params: &[(String, Type)],
        body: &ir::Expr,
        x: &TokenStream,
        by_ref: bool,
    ) -> (TokenStream, bool) {
        let raised = self.raises;
        self.raises = false;
        let code = self.expr(body);
        let fallible = self.raises;
        let value = match code.tried.clone() {
            // `Ok(f(x)?)` is `f(x)`.
            Some(call) if fallible => call,
            _ if fallible => {
                let v = self.owned_code(code);
                quote!(Ok(#v))
            }
            _ => self.owned_code(code),
        };
        self.raises = raised;
        let mut used = BTreeSet::new();
        super::collect_idents(value.clone(), &mut used);
        let bind = match params.first() {
            Some((name, _)) if used.contains(&ident(name).to_string()) => {
                let p = ident(name);
                match (by_ref, p == x.to_string()) {
                    (true, _) => quote!(let #p = #x.clone();),
                    (false, true) => quote!(),
                    (false, false) => quote!(let #p = #x;),
                }
            }
            _ => quote!(),
        };
        if bind.is_empty() {
            (value, fallible)
        } else {
            (quote!({ #bind #value }), fallible)
        }
    }

    /// A `key=` function as a Rust closure over `&item`, and whether it
    /// returns a `PyResult` because the function can raise.
    fn key_fn(&mut self, key: &ir::Expr) -> (TokenStream, bool) {
        let item = match &key.ty {
            Type::Func(sig) => sig.params.first().cloned().unwrap_or(Type::None),
            _ => Type::None,
        };
        // Spelled out so that method calls in the body resolve.
        let param = if item == Type::None {
            quote!(&_)
        } else {
            let t = self.ty(&item);
            quote!(&#t)
        };
        let (body, fallible) = self.key_body(key, quote!(x), true);
        let mut mentioned = BTreeSet::new();
        super::collect_idents(body.clone(), &mut mentioned);
        let x = if mentioned.contains("x") {
            quote!(x)
        } else {
            quote!(_)
        };
        (quote!(|#x: #param| #body), fallible)
    }

    /// A key function that gives `Obj`s, as a closure returning a result.
    fn obj_key_fn(&mut self, key: &ir::Expr) -> Option<TokenStream> {
        let Type::Func(sig) = &key.ty else {
            return None;
        };
        if sig.ret != Type::Obj {
            return None;
        }
        let (closure, fallible) = self.key_fn(key);
        Some(if fallible {
            closure
        } else {
            quote!(|x| Ok((#closure)(x)))
        })
    }

    /// The call of a function named as a value (`key=len`, `map(str.upper, ..)`)
    /// on `x`: a `&item` when `by_ref`, else an owned item.
    fn key_body(&mut self, key: &ir::Expr, x: TokenStream, by_ref: bool) -> (TokenStream, bool) {
        let (as_ref, owned) = if by_ref {
            (x.clone(), quote!(#x.clone()))
        } else {
            (quote!(&#x), x.clone())
        };
        if let ExprKind::Lambda { params, body } = &key.kind {
            return self.lambda_body(params, body, &x, by_ref);
        }
        let ExprKind::FuncRef(name) = &key.kind else {
            unreachable!("a key is a function name")
        };
        let item = match &key.ty {
            Type::Func(sig) => sig.params.first().cloned().unwrap_or(Type::None),
            _ => Type::None,
        };
        let int = self.int_type();
        let plain = |ts| (ts, false);
        match name.as_str() {
            "len" => match &item {
                Type::Tuple(items) => {
                    let n = int_lit(items.len() as i64);
                    plain(quote!(#int::from(#n)))
                }
                _ => plain(quote!(#int::from_usize(#x.len()))),
            },
            "abs" => plain(quote!(#x.abs())),
            "str" => plain(quote!(molt_rt::str(#as_ref))),
            "repr" => plain(quote!(molt_rt::repr(#as_ref))),
            "ord" => (quote!(molt_rt::ord(#as_ref)), true),
            "int" if item == Type::Int => plain(owned),
            "int" if item == Type::Bool => plain(quote!(#int::from(#owned))),
            "int" if item == Type::Float => (quote!(molt_rt::float::to_int(#owned)), true),
            "int" => (quote!(#int::parse(#x.as_str())), true),
            "float" if item == Type::Float => plain(owned),
            "float" if item == Type::Bool => plain(quote!(f64::from(u8::from(#owned)))),
            "float" if item == Type::Int => (quote!(#x.to_f64()), true),
            "float" => (quote!(molt_rt::float::parse(#x.as_str())), true),
            m if m.starts_with("str.") => {
                let method = format_ident!("{}_py", &m[4..]);
                let no_args = m.starts_with("str.is")
                    || matches!(
                        &m[4..],
                        "upper" | "lower" | "casefold" | "title" | "capitalize" | "swapcase"
                    );
                if no_args {
                    plain(quote!(#x.#method()))
                } else {
                    plain(quote!(#x.#method(None)))
                }
            }
            f => {
                let f = ident(f);
                (quote!(#f(#owned)), self.raising.contains(name))
            }
        }
    }

    /// `for targets in iter:` over anything but a range.
    pub(super) fn for_each(
        &mut self,
        targets: &[Place],
        iter: &ir::Expr,
        body: &[ir::Stmt],
        orelse: &[ir::Stmt],
    ) -> TokenStream {
        let ctx = self.loop_ctx(body, orelse);
        let label = ctx.else_label.clone();
        let own = ctx
            .own_label
            .as_ref()
            .map(super::lifetime)
            .map(|l| quote!(#l:));
        let it = self.iterate(iter, true);
        // A target only the loop assigns is bound by the pattern; any other
        // (assigned elsewhere too, or a global) is bound to a temporary and
        // stored.
        let mut names: Vec<TokenStream> = Vec::new();
        let mut stores: Vec<TokenStream> = Vec::new();
        for t in targets {
            match t {
                Place::Local(n)
                    if self.locals.get(n).map(|l| l.binding) == Some(Binding::LoopVariable) =>
                {
                    names.push(if super::loop_var_unused(body, n) {
                        quote!(_)
                    } else {
                        let id = self.local_ident(n);
                        quote!(#id)
                    });
                }
                Place::Local(n) | Place::Global(n) => {
                    let tmp = format_ident!("{}_value", n);
                    let ty = match t {
                        Place::Local(n) => self
                            .locals
                            .get(n)
                            .map(|l| l.ty.clone())
                            .unwrap_or(Type::None),
                        Place::Global(n) => self
                            .module
                            .globals
                            .iter()
                            .find(|g| &g.name == n)
                            .map(|g| g.ty.clone())
                            .unwrap_or(Type::None),
                    };
                    stores.push(self.store(t, Code::new(quote!(#tmp), Prec::Postfix, ty)));
                    names.push(quote!(#tmp));
                }
            }
        }
        let (pattern, stores) = (tuple_pattern(&names), quote!(#(#stores)*));
        self.loops.push(ctx);
        let body = self.block(body);
        self.loops.pop();
        let looped = if it.fallible {
            self.raises = true;
            let ts = it.ts;
            let entry = self.own_name("entry");
            quote!(#own for #entry in #ts { let #pattern = #entry?; #stores #body })
        } else {
            let ts = it.ts;
            quote!(#own for #pattern in #ts { #stores #body })
        };
        self.with_else(looped, label, orelse)
    }

    /// `container[index] = value` and `container[index] op= value`.
    pub(super) fn set_item(
        &mut self,
        container: &ir::Expr,
        index: &ir::Expr,
        op: Option<BinOp>,
        value: &ir::Expr,
    ) -> TokenStream {
        if matches!(container.ty, Type::Object(_)) {
            return self.instance_set_item(container, index, op, value);
        }
        if let (Some(BinOp::Add), Type::List(item) | Type::Dict(_, item)) = (op, &container.ty) {
            if matches!(**item, Type::List(_)) {
                // `d[k] += [x]` extends the stored list in place.
                let read = ir::Expr::new(
                    ExprKind::Index {
                        value: Box::new(container.clone()),
                        index: Box::new(index.clone()),
                    },
                    (**item).clone(),
                    value.span,
                );
                let list = self.expr(&read).at(Prec::Postfix);
                let v = self.plain_ref(value);
                return quote!(#list.extend(#v););
            }
        }
        let value = match op {
            None => value.clone(),
            Some(op) => {
                let item_ty = match &container.ty {
                    Type::List(t) | Type::Dict(_, t) => (**t).clone(),
                    Type::ByteArray => Type::Int,
                    other => other.clone(),
                };
                let read = ir::Expr::new(
                    ExprKind::Index {
                        value: Box::new(container.clone()),
                        index: Box::new(index.clone()),
                    },
                    item_ty.clone(),
                    value.span,
                );
                // An instance: `xs[i] += v` is `xs[i] = xs[i].__iadd__(v)`.
                let in_place = crate::infer::classes::binop_method(
                    &self.module.classes,
                    op,
                    &item_ty,
                    &value.ty,
                    true,
                );
                match in_place {
                    Some((_, method, false)) => ir::Expr::new(
                        ExprKind::Method {
                            receiver: Box::new(read),
                            name: method.to_string(),
                            args: vec![value.clone()],
                            kwargs: Vec::new(),
                        },
                        item_ty,
                        value.span,
                    ),
                    _ => ir::Expr::new(
                        ExprKind::Binary {
                            op,
                            left: Box::new(read),
                            right: Box::new(value.clone()),
                        },
                        item_ty,
                        value.span,
                    ),
                }
            }
        };
        let c = self.expr(container).at(Prec::Postfix);
        match &container.ty {
            Type::Dict(..) => {
                let k = self.key(index);
                let v = self.owned(&value);
                quote!(#c.set(#k, #v);)
            }
            Type::ByteArray => {
                let i = self.operand_ref(index);
                let v = self.operand_ref(&value);
                let call = self.try_(quote!(#c.set(#i, #v)), Type::None).ts;
                quote!(#call;)
            }
            Type::Obj => {
                let i = self.plain_ref(index);
                let v = self.owned(&value);
                let call = self.try_(quote!(#c.setitem(#i, #v)), Type::None).ts;
                quote!(#call;)
            }
            _ => {
                let i = self.operand_ref(index);
                let v = self.owned(&value);
                let call = self.try_(quote!(#c.set(#i, #v)), Type::None).ts;
                quote!(#call;)
            }
        }
    }

    pub(super) fn del_item(&mut self, container: &ir::Expr, index: &ir::Expr) -> TokenStream {
        if matches!(container.ty, Type::Object(_)) {
            let call = self.instance_method(
                container,
                "__delitem__",
                std::slice::from_ref(index),
                Type::None,
            );
            let ts = call.ts;
            return quote!(#ts;);
        }
        let c = self.expr(container).at(Prec::Postfix);
        let i = if matches!(container.ty, Type::Dict(..) | Type::Obj) {
            self.plain_ref(index)
        } else {
            self.operand_ref(index)
        };
        let del = if container.ty == Type::Obj {
            quote!(delitem)
        } else {
            quote!(del)
        };
        let call = self.try_(quote!(#c.#del(#i)), Type::None).ts;
        quote!(#call;)
    }

    fn bounds(&mut self, bounds: &[Option<ir::Expr>; 3]) -> Vec<TokenStream> {
        bounds
            .iter()
            .map(|b| match b {
                None => quote!(None),
                Some(b) => {
                    let r = self.operand_ref(b);
                    quote!(Some(#r))
                }
            })
            .collect()
    }

    pub(super) fn set_slice(
        &mut self,
        container: &ir::Expr,
        bounds: &[Option<ir::Expr>; 3],
        value: &ir::Expr,
    ) -> TokenStream {
        let c = self.expr(container).at(Prec::Postfix);
        let b = self.bounds(bounds);
        let v = self.plain_ref(value);
        let call = self.try_(quote!(#c.set_slice(#(#b),*, #v)), Type::None).ts;
        quote!(#call;)
    }

    pub(super) fn del_slice(
        &mut self,
        container: &ir::Expr,
        bounds: &[Option<ir::Expr>; 3],
    ) -> TokenStream {
        let c = self.expr(container).at(Prec::Postfix);
        let b = self.bounds(bounds);
        let call = self.try_(quote!(#c.del_slice(#(#b),*)), Type::None).ts;
        quote!(#call;)
    }

    /// `str(type(x))`: the class's name as CPython shows the class, a
    /// class of the program qualified by its module.
    fn type_repr(&mut self, args: &[ir::Expr], kwargs: &[(String, ir::Expr)], ty: Type) -> Code {
        let name = self.builtin(Builtin::TypeName, args, &[], Type::Str).ts;
        let module = match kwargs.first().map(|(_, m)| &m.kind) {
            Some(ExprKind::Str(m)) => m.clone(),
            _ => "__main__".to_string(),
        };
        let program: Vec<&str> = self
            .module
            .classes
            .iter()
            .map(|c| c.name.as_str())
            .chain(self.module.exceptions.iter().map(|e| e.name.as_str()))
            .collect();
        self.uses.insert("Str");
        let qualified = format!("<class '{module}.{{name}}'>");
        let ts = if program.is_empty() {
            quote!({ let name = #name; Str::from(format!("<class '{name}'>")) })
        } else {
            quote!({
                let name = #name;
                if [#(#program),*].contains(&name.as_str()) {
                    Str::from(format!(#qualified))
                } else {
                    Str::from(format!("<class '{name}'>"))
                }
            })
        };
        Code::new(ts, Prec::Postfix, ty)
    }

    /// `a, b = xs` and `first, *rest = xs` from a list, with CPython's
    /// length checks.
    pub(super) fn unpack_list(
        &mut self,
        places: &[Place],
        value: &ir::Expr,
        starred: Option<usize>,
    ) -> TokenStream {
        let list = self.expr(value).at(Prec::Postfix);
        let before = starred.unwrap_or(places.len());
        let after = starred.map_or(0, |s| places.len() - s - 1);
        let star = starred.is_some();
        let unpacked = self
            .try_(quote!(#list.unpack(#before, #star, #after)), Type::None)
            .ts;
        let items = self.own_name("items");
        let item_ty = match &value.ty {
            Type::List(t) => (**t).clone(),
            _ => Type::None,
        };
        let mut stores = Vec::new();
        for (i, p) in places.iter().enumerate() {
            let (code, ty) = if Some(i) == starred {
                self.uses.insert("List");
                (
                    if after == 0 {
                        quote!(List::from(#items[#before..].to_vec()))
                    } else {
                        quote!(List::from(#items[#before..#items.len() - #after].to_vec()))
                    },
                    value.ty.clone(),
                )
            } else if starred.is_some_and(|s| i > s) {
                let from_end = places.len() - i;
                let item = quote!(#items[#items.len() - #from_end]);
                (copied(item, &item_ty), item_ty.clone())
            } else {
                (copied(quote!(#items[#i]), &item_ty), item_ty.clone())
            };
            // A run-time typed target holds the item as an `Obj`.
            let (code, ty) = if self.place_type(p) == Some(Type::Obj) && ty != Type::Obj {
                let item = ir::Expr::new(ExprKind::Local("item".into()), ty, value.span);
                let obj = self.obj_of(&item).ts;
                (quote!({ let item = #code; #obj }), Type::Obj)
            } else {
                (code, ty)
            };
            stores.push(self.store(p, Code::new(code, Prec::Postfix, ty)));
        }
        quote!({ let #items = #unpacked; #(#stores)* })
    }

    /// `any(...)`/`all(...)` over a generator: a loop that stops at the
    /// first deciding item, as Python's lazy generator does.
    fn any_all(
        &mut self,
        any: bool,
        element: &ir::Expr,
        generators: &[ir::Generator],
        ty: Type,
    ) -> Code {
        if let Some(code) = self.any_all_closure(any, element, generators, &ty) {
            return code;
        }
        let label = super::lifetime(&self.label());
        let test = if any {
            self.truthy(element).at(Prec::Or)
        } else {
            match super::negated_comparison(element) {
                Some(negated) => self.expr(&negated).at(Prec::Or),
                None => {
                    let t = self.truthy(element).at(Prec::Unary);
                    quote!(!#t)
                }
            }
        };
        let decided = any;
        let test = quote!(if #test { result = #decided; break #label; });
        let body = self.generator_loops(test, element, None, generators);
        let start = !any;
        Code::new(
            quote!({ let mut result = #start; #label: { #body } result }),
            Prec::Postfix,
            ty,
        )
    }

    /// `any(c for x in xs if p)` as `xs.iter().any(|x| p && c)` when one
    /// plain loop suffices and nothing inside can raise.
    fn any_all_closure(
        &mut self,
        any: bool,
        element: &ir::Expr,
        generators: &[ir::Generator],
        ty: &Type,
    ) -> Option<Code> {
        let [g] = generators else { return None };
        let raised = self.raises;
        let it = self.iterate(&g.iter, true);
        let truth = self.truthy(element).at(Prec::And);
        let conds: Vec<TokenStream> = g.conds.iter().map(|c| self.expr(c).at(Prec::And)).collect();
        let text = quote!(#truth #(#conds)*).to_string();
        if it.fallible || text.contains('?') {
            self.raises = raised;
            return None;
        }
        let pattern = target_pattern(g, element, None, generators);
        let ts = it.ts;
        let code = match (any, conds.is_empty()) {
            (true, true) => quote!(#ts.any(|#pattern| #truth)),
            (true, false) => quote!(#ts.any(|#pattern| #(#conds)&&* && #truth)),
            (false, true) => quote!(#ts.all(|#pattern| #truth)),
            (false, false) => quote!(#ts.all(|#pattern| !(#(#conds)&&*) || #truth)),
        };
        Some(Code::new(code, Prec::Postfix, ty.clone()))
    }

    /// Nests `body` in the `for`s and `if`s of a comprehension's generators.
    fn generator_loops(
        &mut self,
        mut body: TokenStream,
        element: &ir::Expr,
        value: Option<&ir::Expr>,
        generators: &[ir::Generator],
    ) -> TokenStream {
        for (depth, g) in generators.iter().enumerate().rev() {
            let conds: Vec<TokenStream> =
                g.conds.iter().map(|c| self.expr(c).at(Prec::And)).collect();
            if !conds.is_empty() {
                body = quote!(if #(#conds)&&* { #body });
            }
            let pattern = target_pattern(g, element, value, &generators[depth..]);
            let it = self.iterate(&g.iter, true);
            let ts = it.ts;
            body = if it.fallible {
                self.raises = true;
                let entry = self.own_name("entry");
                quote!(for #entry in #ts { let #pattern = #entry?; #body })
            } else {
                quote!(for #pattern in #ts { #body })
            };
        }
        body
    }

    fn comprehension(
        &mut self,
        element: &ir::Expr,
        value: Option<&ir::Expr>,
        generators: &[ir::Generator],
        ty: Type,
    ) -> Code {
        let items = self.own_name("items");
        let push = match value {
            None => {
                let e = self.owned(element);
                quote!(#items.push(#e);)
            }
            Some(v) => {
                let (k, v) = (self.owned(element), self.owned(v));
                quote!(#items.set(#k, #v);)
            }
        };
        let body = self.generator_loops(push, element, value, generators);
        let (init, finish) = if value.is_some() {
            self.uses.insert("Dict");
            (quote!(let #items = Dict::new();), quote!(#items))
        } else {
            self.uses.insert("List");
            (
                quote!(let mut #items = Vec::new();),
                quote!(List::from(#items)),
            )
        };
        Code::new(quote!({ #init #body #finish }), Prec::Postfix, ty)
    }

    fn method(
        &mut self,
        receiver: &ir::Expr,
        name: &str,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: Type,
    ) -> Code {
        // A method of a file that may be None: AttributeError for None.
        if matches!(&receiver.ty, Type::Optional(inner) if matches!(**inner, Type::File { .. })) {
            let message = format!("'NoneType' object has no attribute '{name}'");
            let recv = self.present(receiver, "AttributeError", &message);
            return self.file_method(recv, name, args, ty);
        }
        let recv_code = self.expr(receiver);
        let recv = recv_code.at(Prec::Postfix);
        let kwarg = |k: &str| ir::kwarg(kwargs, k);
        if receiver.ty == Type::Obj {
            let args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
            return self.try_(quote!(#recv.call_method(#name, vec![#(#args),*])), ty);
        }
        if let Type::File { .. } = receiver.ty {
            return self.file_method(recv, name, args, ty);
        }
        if let Type::Generator(..) | Type::Iterator(_) = receiver.ty {
            return self.generator_method(recv, &receiver.ty, name, args, ty);
        }
        match (&receiver.ty, name) {
            (Type::List(_), "append") => {
                let v = self.owned(&args[0]);
                Code::new(quote!(#recv.append(#v)), Prec::Postfix, ty)
            }
            // `cmd.extend(("--n", str(n)))`: the items as an array.
            (Type::List(item), "extend") if matches!(&args[0].kind, ExprKind::Tuple(items) if items.iter().all(|i| i.ty == **item)) =>
            {
                let ExprKind::Tuple(items) = &args[0].kind else {
                    unreachable!("matched a tuple display")
                };
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                Code::new(quote!(#recv.extend_from([#(#items),*])), Prec::Postfix, ty)
            }
            (Type::List(item), "extend") if args[0].ty != receiver.ty => {
                // Any iterable; items convert when the list holds `Obj`s.
                let it = self.iterate_as(&args[0], item);
                Code::new(quote!(#recv.extend_from(#it)), Prec::Postfix, ty)
            }
            (Type::List(_), "extend" | "update") | (Type::Dict(..), "update") => {
                let other = self.plain_ref(&args[0]);
                let m = format_ident!("{}", name);
                Code::new(quote!(#recv.#m(#other)), Prec::Postfix, ty)
            }
            (Type::List(_), "insert") => {
                let i = self.operand_ref(&args[0]);
                let v = self.owned(&args[1]);
                Code::new(quote!(#recv.insert(#i, #v)), Prec::Postfix, ty)
            }
            (Type::List(_), "pop") => match args.first() {
                None => self.try_(quote!(#recv.pop()), ty),
                Some(i) => {
                    let i = self.operand_ref(i);
                    self.try_(quote!(#recv.pop_at(#i)), ty)
                }
            },
            (Type::List(_), "index") if args.len() > 1 => {
                let v = self.plain_ref(&args[0]);
                let start = self.operand_ref(&args[1]);
                let stop = match args.get(2) {
                    Some(s) => {
                        let s = self.operand_ref(s);
                        quote!(Some(#s))
                    }
                    None => quote!(None),
                };
                self.try_(quote!(#recv.index_in(#v, Some(#start), #stop)), ty)
            }
            (Type::List(_), "remove" | "index") => {
                let v = self.plain_ref(&args[0]);
                let m = format_ident!("{}", name);
                self.try_(quote!(#recv.#m(#v)), ty)
            }
            (Type::Dict(_, v), "get") if args.len() == 1 => {
                let key = self.plain_ref(&args[0]);
                let found = self.own_name("value");
                let value = ir::Expr::new(
                    ExprKind::Local(found.to_string()),
                    (**v).clone(),
                    args[0].span,
                );
                let value = self.obj_of(&value).ts;
                Code::new(
                    quote!(match #recv.get_opt(#key) { Some(#found) => #value, None => Obj::None }),
                    Prec::Block,
                    ty,
                )
            }
            (Type::List(_), "count") | (Type::Dict(..), "get" | "pop")
                if name != "pop" || args.len() == 2 =>
            {
                let first = self.plain_ref(&args[0]);
                match args.get(1) {
                    None => Code::new(quote!(#recv.count(#first)), Prec::Postfix, ty),
                    Some(default) => {
                        let d = self.owned(default);
                        let m = if name == "get" {
                            quote!(get_or)
                        } else {
                            quote!(pop_or)
                        };
                        Code::new(quote!(#recv.#m(#first, #d)), Prec::Postfix, ty)
                    }
                }
            }
            (Type::Dict(..), "pop") => {
                let k = self.plain_ref(&args[0]);
                self.try_(quote!(#recv.pop(#k)), ty)
            }
            (Type::Dict(..), "setdefault") => {
                let k = self.key(&args[0]);
                let v = self.owned(&args[1]);
                Code::new(quote!(#recv.setdefault(#k, #v)), Prec::Postfix, ty)
            }
            (Type::Dict(..), "popitem") => self.try_(quote!(#recv.popitem()), ty),
            (Type::Range, "index") => {
                let x = self.operand_ref(&args[0]);
                self.try_(quote!(#recv.index(#x)), ty)
            }
            (Type::Range, "count") => {
                let x = self.operand_ref(&args[0]);
                Code::new(quote!(#recv.count(#x)), Prec::Postfix, ty)
            }
            (Type::List(item), "sort") if **item == Type::Obj && kwarg("key").is_none() => {
                let reverse = match kwarg("reverse") {
                    Some(r) => self.expr(r).ts,
                    None => quote!(false),
                };
                self.uses.insert("Obj");
                self.try_(quote!(Obj::sort_list(&#recv, #reverse)), ty)
            }
            (Type::List(_), "sort") => {
                let reverse = match kwarg("reverse") {
                    Some(r) => self.expr(r).ts,
                    None => quote!(false),
                };
                if let Some(key) = kwarg("key").and_then(|k| self.obj_key_fn(k)) {
                    self.uses.insert("Obj");
                    return self.try_(quote!(Obj::sort_list_by_key(&#recv, #key, #reverse)), ty);
                }
                match kwarg("key") {
                    Some(key) => {
                        let (key, fallible) = self.key_fn(key);
                        if fallible {
                            self.try_(quote!(#recv.try_sort_by_key(#key, #reverse)), ty)
                        } else {
                            Code::new(quote!(#recv.sort_by_key(#key, #reverse)), Prec::Postfix, ty)
                        }
                    }
                    None => Code::new(quote!(#recv.sort(#reverse)), Prec::Postfix, ty),
                }
            }
            (Type::List(_) | Type::Dict(..), "reverse" | "clear" | "copy") => {
                let m = format_ident!("{}", name);
                Code::new(quote!(#recv.#m()), Prec::Postfix, ty)
            }
            (Type::Dict(..), "keys" | "values" | "items") => {
                let m = format_ident!("{}", name);
                Code::new(quote!(#recv.#m()), Prec::Postfix, ty)
            }
            (Type::Tuple(items), "index" | "count") => {
                let fields = tuple_fields(recv_code, items.len());
                let v = self.plain_ref(&args[0]);
                let f = format_ident!("tuple_{}", name);
                if name == "index" {
                    self.try_(quote!(molt_rt::list::#f([#(#fields),*], #v)), ty)
                } else {
                    Code::new(
                        quote!(molt_rt::list::#f([#(#fields),*], #v)),
                        Prec::Postfix,
                        ty,
                    )
                }
            }
            (Type::Int | Type::Bool, "to_bytes") => {
                let kw = |k: &str| kwargs.iter().find(|(n, _)| n == k).map(|(_, v)| v);
                let r = self.receiver(recv_code);
                let length = match args.first().or(kw("length")) {
                    Some(l) => self.operand_ref(l),
                    None => {
                        let int = self.int_type();
                        quote!(&#int::from(1))
                    }
                };
                let order = self.byteorder(args.get(1).or(kw("byteorder")));
                let signed = match kw("signed") {
                    Some(s) => self.truthy(s).ts,
                    None => quote!(false),
                };
                self.try_(quote!(#r.to_bytes(#length, #order, #signed)), ty)
            }
            (Type::Int | Type::Bool, "bit_length" | "bit_count") => {
                let r = self.receiver(recv_code);
                let m = format_ident!("{}", name);
                Code::new(quote!(#r.#m()), Prec::Postfix, ty)
            }
            (Type::Float, "is_integer") => {
                let x = recv_code.ts;
                Code::new(quote!(molt_rt::float::is_integer(#x)), Prec::Postfix, ty)
            }
            (Type::Float, "as_integer_ratio") => {
                let x = recv_code.ts;
                self.try_(quote!(molt_rt::float::as_integer_ratio(#x)), ty)
            }
            (Type::Set(item) | Type::FrozenSet(item), _) => {
                let item = (**item).clone();
                self.set_method(recv, name, args, &item, ty)
            }
            (Type::Bytes | Type::ByteArray, _) => self.bytes_method(recv, name, args, ty),
            (Type::Str, "encode") => {
                let opt = |this: &mut Self, e: Option<&ir::Expr>| match e {
                    None => quote!(None),
                    Some(e) => {
                        let r = this.plain_ref(e);
                        quote!(Some(#r))
                    }
                };
                let enc = opt(self, args.first());
                let errors = opt(self, args.get(1));
                self.try_(quote!(#recv.encode_py(#enc, #errors)), ty)
            }
            (Type::Str, _) => self.str_method(recv, name, args, kwargs, ty),
            _ => unreachable!("method {name} was type-checked"),
        }
    }

    fn bytes_method(&mut self, recv: TokenStream, name: &str, args: &[ir::Expr], ty: Type) -> Code {
        let opt = |this: &mut Self, e: Option<&ir::Expr>, int: bool| match e {
            None => quote!(None),
            Some(e) => {
                let r = if int {
                    this.operand_ref(e)
                } else {
                    this.plain_ref(e)
                };
                quote!(Some(#r))
            }
        };
        let m = format_ident!("{}_py", name);
        match name {
            "decode" => {
                let (enc, errors) = (
                    opt(self, args.first(), false),
                    opt(self, args.get(1), false),
                );
                self.try_(quote!(#recv.decode(#enc, #errors)), ty)
            }
            "hex" => {
                let (sep, per) = (opt(self, args.first(), false), opt(self, args.get(1), true));
                self.try_(quote!(#recv.hex_py(#sep, #per)), ty)
            }
            "split" | "rsplit" => {
                let (sep, max) = (opt(self, args.first(), false), opt(self, args.get(1), true));
                self.uses.insert("List");
                let call = self.try_(quote!(#recv.#m(#sep, #max)), ty.clone()).ts;
                Code::new(quote!(List::from(#call)), Prec::Postfix, ty)
            }
            "join" => {
                let items = self.expr(&args[0]).at(Prec::Postfix);
                Code::new(quote!(#recv.join_py(&#items.to_vec())), Prec::Postfix, ty)
            }
            "find" | "rfind" | "count" | "index" | "rindex" => {
                let sub = self.plain_ref(&args[0]);
                let (start, end) = (opt(self, args.get(1), true), opt(self, args.get(2), true));
                let call = quote!(#recv.#m(#sub, #start, #end));
                if matches!(name, "index" | "rindex") {
                    self.try_(call, ty)
                } else {
                    Code::new(call, Prec::Postfix, ty)
                }
            }
            "replace" => {
                let (old, new) = (self.plain_ref(&args[0]), self.plain_ref(&args[1]));
                let count = opt(self, args.get(2), true);
                self.try_(quote!(#recv.replace_py(#old, #new, #count)), ty)
            }
            "startswith" | "endswith" => {
                let p = self.owned(&args[0]);
                let (start, end) = (opt(self, args.get(1), true), opt(self, args.get(2), true));
                Code::new(quote!(#recv.#m(&[#p], #start, #end)), Prec::Postfix, ty)
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = opt(self, args.first(), false);
                Code::new(quote!(#recv.#m(#chars)), Prec::Postfix, ty)
            }
            "upper" | "lower" => Code::new(quote!(#recv.#m()), Prec::Postfix, ty),
            "append" => {
                let v = self.operand_ref(&args[0]);
                self.try_(quote!(#recv.append(#v)), ty)
            }
            "extend" => {
                let v = self.plain_ref(&args[0]);
                Code::new(quote!(#recv.extend(#v)), Prec::Postfix, ty)
            }
            "pop" => self.try_(quote!(#recv.pop()), ty),
            _ => {
                let m = format_ident!("{}", name);
                Code::new(quote!(#recv.#m()), Prec::Postfix, ty)
            }
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
    pub(super) fn set_binary(
        &mut self,
        op: BinOp,
        left: &ir::Expr,
        right: &ir::Expr,
        ty: Type,
    ) -> Code {
        let l = self.expr(left).at(Prec::Postfix);
        let r = self.plain_ref(right);
        let m = match op {
            BinOp::BitOr => quote!(union),
            BinOp::BitAnd => quote!(intersection),
            BinOp::Sub => quote!(difference),
            _ => quote!(symmetric_difference),
        };
        Code::new(quote!(#l.#m(#r)), Prec::Postfix, ty)
    }

    /// `s |= t` and friends change the set in place, so aliases see it.
    pub(super) fn set_update(&mut self, place: &Place, op: BinOp, value: &ir::Expr) -> TokenStream {
        let (read, ty) = match place {
            Place::Local(n) => (
                ExprKind::Local(n.clone()),
                self.locals
                    .get(n)
                    .map(|l| l.ty.clone())
                    .unwrap_or(Type::None),
            ),
            Place::Global(n) => (
                ExprKind::Global(n.clone()),
                self.module
                    .globals
                    .iter()
                    .find(|g| &g.name == n)
                    .map(|g| g.ty.clone())
                    .unwrap_or(Type::None),
            ),
        };
        let s = self
            .expr(&ir::Expr::new(read, ty, value.span))
            .at(Prec::Postfix);
        let v = self.plain_ref(value);
        let m = match op {
            BinOp::BitOr => quote!(update),
            BinOp::BitAnd => quote!(intersection_update),
            BinOp::Sub => quote!(difference_update),
            _ => quote!(symmetric_difference_update),
        };
        quote!(#s.#m(#v);)
    }

    fn set_method(
        &mut self,
        recv: TokenStream,
        name: &str,
        args: &[ir::Expr],
        item: &Type,
        ty: Type,
    ) -> Code {
        let m = format_ident!("{}", name);
        match name {
            "add" => {
                let v = self.key(&args[0]);
                Code::new(quote!(#recv.add(#v)), Prec::Postfix, ty)
            }
            "remove" => {
                let v = self.plain_ref(&args[0]);
                self.try_(quote!(#recv.remove(#v)), ty)
            }
            "discard" => {
                let v = self.plain_ref(&args[0]);
                Code::new(quote!(#recv.discard(#v)), Prec::Postfix, ty)
            }
            "pop" => self.try_(quote!(#recv.pop()), ty),
            "clear" | "copy" => Code::new(quote!(#recv.#m()), Prec::Postfix, ty),
            _ if args.len() > 1 && (name.ends_with("_update") || name == "update") => {
                // `s.update(a, b)`: one argument after the other.
                let calls: Vec<TokenStream> = args
                    .iter()
                    .map(|a| {
                        self.set_method(
                            recv.clone(),
                            name,
                            std::slice::from_ref(a),
                            item,
                            ty.clone(),
                        )
                        .ts
                    })
                    .collect();
                Code::new(quote!({ #(#calls;)* }), Prec::Block, ty)
            }
            _ if args.len() > 1 => {
                // `a.union(b, c)` is `a.union(b).union(c)`.
                let first = self.set_method(recv, name, &args[..1], item, ty.clone()).ts;
                self.set_method(first, name, &args[1..], item, ty)
            }
            _ => match &args[0].ty {
                Type::Set(t) | Type::FrozenSet(t) if **t == *item => {
                    let other = self.plain_ref(&args[0]);
                    Code::new(quote!(#recv.#m(#other)), Prec::Postfix, ty)
                }
                Type::Dict(k, _)
                    if **k == *item
                        && matches!(
                            name,
                            "union"
                                | "difference"
                                | "symmetric_difference"
                                | "update"
                                | "symmetric_difference_update"
                        ) =>
                {
                    let d = self.expr(&args[0]).at(Prec::Postfix);
                    let m = format_ident!("{}_dict_keys", name);
                    Code::new(quote!(#recv.#m(#d.keys().to_vec())), Prec::Postfix, ty)
                }
                _ => {
                    let it = self.iterate_as(&args[0], item);
                    let m = format_ident!("{}_iter", name);
                    Code::new(quote!(#recv.#m(#it)), Prec::Postfix, ty)
                }
            },
        }
    }

    /// A byteorder argument as `&str` (`"big"` when absent).
    fn byteorder(&mut self, arg: Option<&ir::Expr>) -> TokenStream {
        match arg {
            None => quote!("big"),
            Some(ir::Expr {
                kind: ExprKind::Str(s),
                ..
            }) => quote!(#s),
            Some(e) => {
                let t = self.expr(e).at(Prec::Postfix);
                quote!(#t.as_str())
            }
        }
    }

    /// `isinstance(x, (int, str))` of an `Obj`, tested at run time.
    fn obj_isinstance(&mut self, value: &ir::Expr, names: &str, ty: Type) -> Code {
        if names.split(',').any(|n| n == "object") {
            return Code::new(quote!(true), Prec::Postfix, ty);
        }
        let v = self.expr(value).ts;
        // A bool is an int too.
        let variants: Vec<Ident> = names
            .split(',')
            .flat_map(|n| match n {
                "int" => vec!["Int", "Bool"],
                "bool" => vec!["Bool"],
                "float" => vec!["Float"],
                "str" => vec!["Str"],
                "list" => vec!["List"],
                "dict" => vec!["Dict"],
                "tuple" => vec!["Tuple"],
                "set" => vec!["Set"],
                "frozenset" => vec!["FrozenSet"],
                "bytes" => vec!["Bytes"],
                _ => vec!["ByteArray"],
            })
            .map(|v| format_ident!("{}", v))
            .collect();
        Code::new(
            quote!(matches!(#v, #(Obj::#variants(_))|*)),
            Prec::Postfix,
            ty,
        )
    }

    /// A value as a formatting argument: `FormatArg::from(&value)`.
    fn format_arg(&mut self, e: &ir::Expr) -> TokenStream {
        let v = self.displayed(e);
        quote!(molt_rt::FormatArg::from(&#v))
    }

    /// `template % values`: a tuple gives one argument per item.
    pub(super) fn percent_format(
        &mut self,
        template: &ir::Expr,
        values: &ir::Expr,
        ty: Type,
    ) -> Code {
        let t = self.expr(template).at(Prec::Postfix);
        match (&values.kind, &values.ty) {
            (ExprKind::Tuple(items), _) => {
                let args: Vec<TokenStream> = items.iter().map(|i| self.format_arg(i)).collect();
                self.try_(
                    quote!(molt_rt::percent_format(#t.as_str(), &[#(#args),*])),
                    ty,
                )
            }
            (_, Type::Tuple(items)) => {
                let c = self.expr(values);
                let place = c.place;
                let v = c.at(Prec::Postfix);
                let args: Vec<TokenStream> = (0..items.len())
                    .map(|i| {
                        let i = syn::Index::from(i);
                        let _ = place;
                        quote!(molt_rt::FormatArg::from(&#v.#i))
                    })
                    .collect();
                self.try_(
                    quote!(molt_rt::percent_format(#t.as_str(), &[#(#args),*])),
                    ty,
                )
            }
            _ => {
                let arg = self.format_arg(values);
                self.try_(
                    quote!(molt_rt::percent_format_single(#t.as_str(), #arg)),
                    ty,
                )
            }
        }
    }

    fn str_method(
        &mut self,
        recv: TokenStream,
        name: &str,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: Type,
    ) -> Code {
        let m = format_ident!("{}_py", name);
        let opt = |this: &mut Self, e: Option<&ir::Expr>| match e {
            None => quote!(None),
            Some(e) => {
                let r = this.operand_ref(e);
                quote!(Some(#r))
            }
        };
        let kw = |k: &str| kwargs.iter().find(|(n, _)| n == k).map(|(_, v)| v);
        match name {
            "format" => {
                let args: Vec<TokenStream> = args.iter().map(|a| self.format_arg(a)).collect();
                let kwargs: Vec<TokenStream> = kwargs
                    .iter()
                    .map(|(k, v)| {
                        let v = self.format_arg(v);
                        quote!((#k, #v))
                    })
                    .collect();
                self.try_(
                    quote!(molt_rt::str_format(#recv.as_str(), &[#(#args),*], &[#(#kwargs),*])),
                    ty,
                )
            }
            "split" | "rsplit" => {
                let sep = opt(self, args.first().or(kw("sep")));
                let max = opt(self, args.get(1).or(kw("maxsplit")));
                self.uses.insert("List");
                let call = self.try_(quote!(#recv.#m(#sep, #max)), ty.clone()).ts;
                Code::new(quote!(List::from(#call)), Prec::Postfix, ty)
            }
            "splitlines" => {
                let keep = match args.first() {
                    Some(k) => self.expr(k).ts,
                    None => quote!(false),
                };
                self.uses.insert("List");
                Code::new(quote!(List::from(#recv.#m(#keep))), Prec::Postfix, ty)
            }
            "join" if element_is_obj(&args[0].ty) => {
                let it = self.iterate(&args[0], false).ts;
                self.uses.insert("Obj");
                self.try_(quote!(Obj::join(&#recv, #it)), ty)
            }
            "join" => {
                let items = match &args[0].ty {
                    Type::List(_) => {
                        let l = self.expr(&args[0]).at(Prec::Postfix);
                        quote!(#l.to_vec())
                    }
                    _ => {
                        let it = self.iterate(&args[0], false).ts;
                        quote!(#it.collect::<Vec<_>>())
                    }
                };
                Code::new(quote!(#recv.#m(&#items)), Prec::Postfix, ty)
            }
            "strip" | "lstrip" | "rstrip" => {
                let a = opt(self, args.first());
                Code::new(quote!(#recv.#m(#a)), Prec::Postfix, ty)
            }
            "expandtabs" => {
                let a = opt(self, args.first());
                self.try_(quote!(#recv.#m(#a)), ty)
            }
            "replace" => {
                let old = self.operand_ref(&args[0]);
                let new = self.operand_ref(&args[1]);
                let count = opt(self, args.get(2));
                self.try_(quote!(#recv.#m(#old, #new, #count)), ty)
            }
            "find" | "rfind" | "count" | "index" | "rindex" => {
                let sub = self.operand_ref(&args[0]);
                let start = opt(self, args.get(1));
                let end = opt(self, args.get(2));
                let call = quote!(#recv.#m(#sub, #start, #end));
                if matches!(name, "index" | "rindex") {
                    self.try_(call, ty)
                } else {
                    Code::new(call, Prec::Postfix, ty)
                }
            }
            "startswith" | "endswith" => {
                let prefixes = match &args[0].ty {
                    Type::Tuple(items) => {
                        let c = self.expr(&args[0]);
                        let fields = tuple_fields(c, items.len());
                        quote!(&[#(#fields),*])
                    }
                    // A variable is borrowed as a one-item slice, not cloned.
                    _ if matches!(args[0].kind, ExprKind::Local(_) | ExprKind::Global(_)) => {
                        let r = self.plain_ref(&args[0]);
                        quote!(std::slice::from_ref(#r))
                    }
                    _ => {
                        let s = self.owned(&args[0]);
                        quote!(&[#s])
                    }
                };
                let start = opt(self, args.get(1));
                let end = opt(self, args.get(2));
                Code::new(quote!(#recv.#m(#prefixes, #start, #end)), Prec::Postfix, ty)
            }
            "zfill" => {
                let w = self.operand_ref(&args[0]);
                self.try_(quote!(#recv.#m(#w)), ty)
            }
            "center" | "ljust" | "rjust" => {
                let w = self.operand_ref(&args[0]);
                let fill = opt(self, args.get(1));
                self.try_(quote!(#recv.#m(#w, #fill)), ty)
            }
            "partition" | "rpartition" => {
                let sep = self.operand_ref(&args[0]);
                self.try_(quote!(#recv.#m(#sep)), ty)
            }
            _ => Code::new(quote!(#recv.#m()), Prec::Postfix, ty),
        }
    }
}

/// Whether a comprehension's name is read by its element, value, or the
/// conditions and iterables after its `for`.
fn bound_used(
    name: &str,
    element: &ir::Expr,
    value: Option<&ir::Expr>,
    rest: &[ir::Generator],
) -> bool {
    let mut exprs: Vec<ir::Expr> = vec![element.clone()];
    exprs.extend(value.cloned());
    for (i, g) in rest.iter().enumerate() {
        if i > 0 {
            exprs.push(g.iter.clone());
        }
        exprs.extend(g.conds.iter().cloned());
    }
    let mut stmts: Vec<ir::Stmt> = exprs
        .into_iter()
        .map(|e| ir::Stmt {
            line: 0,
            kind: crate::ir::StmtKind::Expr(e),
        })
        .collect();
    let mut used = false;
    crate::analyze::visit_exprs_mut(&mut stmts, &mut |e| {
        if matches!(&e.kind, ExprKind::Bound(n) if n == name) {
            used = true;
        }
    });
    used
}

/// A literal, or a tuple of literals: what CPython folds into constants.
fn is_constant(e: &ir::Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::Str(_)
        | ExprKind::None => true,
        ExprKind::Unary { operand, .. } => {
            matches!(operand.kind, ExprKind::Int(_) | ExprKind::Float(_))
        }
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

/// A str constant CPython interns (ASCII letters, digits and `_`).
fn is_identifier_str(e: &ir::Expr) -> bool {
    matches!(&e.kind, ExprKind::Str(s) if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

/// The pattern a generator's `for` binds: its names, or `_` for unused ones.
fn target_pattern(
    g: &ir::Generator,
    element: &ir::Expr,
    value: Option<&ir::Expr>,
    rest: &[ir::Generator],
) -> TokenStream {
    let names: Vec<TokenStream> = g
        .targets
        .iter()
        .map(|(n, _)| {
            if bound_used(n, element, value, rest) {
                let id = ident(n);
                quote!(#id)
            } else {
                quote!(_)
            }
        })
        .collect();
    tuple_pattern(&names)
}

/// The fields of a tuple value as separate owned values (cloned from a
/// variable, moved out of a temporary).
fn tuple_fields(tuple: Code, len: usize) -> Vec<TokenStream> {
    let place = tuple.place;
    let recv = tuple.at(Prec::Postfix);
    (0..len)
        .map(|i| {
            let i = syn::Index::from(i);
            if place {
                quote!(#recv.#i.clone())
            } else {
                quote!(#recv.#i)
            }
        })
        .collect()
}

fn tuple_pattern(names: &[TokenStream]) -> TokenStream {
    match names {
        [one] => one.clone(),
        many => quote!((#(#many),*)),
    }
}

/// Python truthiness of `value`, a value of type `item` or a reference to one.
fn truth_of(item: &Type, value: TokenStream, is_ref: bool) -> TokenStream {
    let value = if is_ref { quote!(*#value) } else { value };
    match item {
        Type::Bool => value,
        Type::Float => quote!(#value != 0.0),
        Type::None => quote!(false),
        _ => quote!((#value).is_true()),
    }
}

/// A closure testing Python truthiness of an item.
/// What iterating a value of this type gives (run-time typed items when
/// inference left it open).
pub(super) fn element_type(t: &Type) -> Type {
    t.element().unwrap_or(Type::Obj)
}

/// Whether iterating a value of this type gives `Obj`s.
fn element_is_obj(t: &Type) -> bool {
    t.element() == Some(Type::Obj)
}

fn truth_closure(item: &Type) -> TokenStream {
    match item {
        Type::Bool => quote!(|x| x),
        Type::Float => quote!(|x| x != 0.0),
        Type::None => quote!(|_| false),
        _ => quote!(|x| x.is_true()),
    }
}

/// `isinstance(x, names)` for a value of a builtin type, known when
/// translating.
pub(super) fn static_isinstance(t: &Type, names: &str) -> bool {
    let classes = match t {
        Type::Bool => "bool int object",
        Type::Int => "int object",
        Type::Float => "float object",
        Type::Str => "str object",
        Type::List(_) => "list object",
        Type::Dict(..) => "dict object",
        Type::Tuple(_) => "tuple object",
        Type::Set(_) => "set object",
        Type::FrozenSet(_) => "frozenset object",
        Type::Bytes => "bytes object",
        Type::ByteArray => "bytearray object",
        _ => "object",
    };
    names.split(',').any(|n| classes.split(' ').any(|c| c == n))
}

/// An item read out of a container: copied when its type is `Copy`,
/// cloned (a new handle to a shared value) otherwise.
fn copied(item: TokenStream, ty: &Type) -> TokenStream {
    if super::is_copy(ty) {
        item
    } else {
        quote!(#item.clone())
    }
}
