//! Inference for instances of the user's classes: fields, properties,
//! class attributes, method calls and construction. Classes are closed:
//! an attribute the class does not define is a transpile-time error.

use super::{py, Walker};
use crate::ir::{self, BinOp, MethodKind};
use crate::types::Type;

/// The method behind `op`, its reflected form and its in-place form.
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::Shl => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::Shr => ("__rshift__", "__rrshift__", "__irshift__"),
    }
}

/// The methods a comparison (`==`, `<`, `in`, ...) calls.
pub const COMPARE_DUNDERS: [&str; 7] = [
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__contains__",
];

/// The methods a subscript calls.
const SUBSCRIPT_DUNDERS: [&str; 3] = ["__getitem__", "__setitem__", "__delitem__"];

/// Drops the operator methods (`__add__`, `__rmul__`, `__iadd__`,
/// `__lt__`, `__getitem__`, ...) whose parameters no use of an operator
/// typed: no operator calls them, so nothing can (`__rmul__ = __mul__` for
/// a `3 * v` the program never writes, a `__getitem__` for a `plan[i]` it
/// never writes).
pub(super) fn drop_unused_operator_methods(module: &mut ir::Module, u: &crate::types::Unifier) {
    use BinOp::*;
    let operators = [
        Add, Sub, Mul, Div, FloorDiv, Mod, Pow, BitAnd, BitOr, BitXor, Shl, Shr,
    ];
    let dunders: Vec<&str> = operators
        .iter()
        .flat_map(|op| {
            let (plain, reflected, in_place) = binop_dunders(*op);
            [plain, reflected, in_place]
        })
        .chain(COMPARE_DUNDERS)
        .chain(SUBSCRIPT_DUNDERS)
        .collect();
    module.functions.retain(|f| {
        let operator = f
            .name
            .split_once('.')
            .is_some_and(|(_, method)| dunders.contains(&method));
        !(operator && f.params.iter().skip(1).any(|p| u.is_unsolved(&p.ty)))
    });
}

/// Drops the methods that only raise (`raise NotImplementedError`, or
/// what a base gets for a method only its subclasses define) whose
/// parameters no call typed: nothing calls them through the base.
pub(super) fn drop_uncalled_raisers(module: &mut ir::Module, u: &crate::types::Unifier) {
    module.functions.retain(|f| {
        let method = f.name.contains('.');
        let raises =
            matches!(f.body.as_slice(), [s] if matches!(s.kind, ir::StmtKind::Raise { .. }));
        !(method && raises && f.params.iter().skip(1).any(|p| u.is_unsolved(&p.ty)))
    });
}

/// Whether `==` between these types is identity: the instances' classes,
/// their bases and their subclasses define no `__eq__`.
pub fn identity_eq(classes: &[ir::Class], l: &Type, r: &Type) -> bool {
    [l, r].iter().all(|t| {
        let t = match t {
            Type::Optional(inner) => &**inner,
            t => t,
        };
        match t {
            Type::Object(c) => !classes.iter().any(|k| {
                ir::is_subclass(classes, &k.name, c) && has_method(classes, &k.name, "__eq__")
            }),
            _ => *t == Type::None,
        }
    })
}

/// `a is b` between instances of two classes, one derived from the other,
/// either of which may be `T | None`: the wider class, and whether the left
/// operand is the narrower.
pub fn related_identity(classes: &[ir::Class], l: &Type, r: &Type) -> Option<(String, bool)> {
    let class = |t: &Type| match t {
        Type::Object(c) => Some(c.clone()),
        Type::Optional(inner) => match &**inner {
            Type::Object(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    };
    let (a, b) = (class(l)?, class(r)?);
    if a == b {
        None
    } else if ir::is_subclass(classes, &a, &b) {
        Some((b, true))
    } else if ir::is_subclass(classes, &b, &a) {
        Some((a, false))
    } else {
        None
    }
}

/// Whether instances of `class` have the method `name` (own or inherited).
pub fn has_method(classes: &[ir::Class], class: &str, name: &str) -> bool {
    matches!(member(classes, class, name), Some(Member::Method(_)))
}

/// Which method `l op r` (or `l op= r`) calls when an operand is an
/// instance: `(class, method, reflected)`.
pub fn binop_method(
    classes: &[ir::Class],
    op: BinOp,
    l: &Type,
    r: &Type,
    in_place: bool,
) -> Option<(String, &'static str, bool)> {
    let (plain, reflected, inplace) = binop_dunders(op);
    let has = |t: &Type, m: &str| match t {
        Type::Object(c) => has_method(classes, c, m).then(|| c.clone()),
        _ => None,
    };
    if in_place {
        if let Some(c) = has(l, inplace) {
            return Some((c, inplace, false));
        }
    }
    if let Some(c) = has(l, plain) {
        return Some((c, plain, false));
    }
    has(r, reflected).map(|c| (c, reflected, true))
}

/// What `instance.name` refers to.
pub enum Member<'a> {
    Field(&'a ir::ClassField),
    Property,
    /// A class attribute: the global that stores it.
    ClassAttr(String),
    Method(&'a ir::MethodInfo),
}

pub fn class<'a>(classes: &'a [ir::Class], name: &str) -> &'a ir::Class {
    classes
        .iter()
        .find(|c| c.name == name)
        .expect("classes are declared before use")
}

/// Looks `name` up on instances of `class`: fields first (an instance
/// attribute hides a class attribute), then methods and properties, then
/// class attributes of the class and its bases.
pub fn member<'a>(classes: &'a [ir::Class], class_name: &str, name: &str) -> Option<Member<'a>> {
    let c = class(classes, class_name);
    if let Some(f) = c.fields.iter().find(|f| f.name == name) {
        return Some(Member::Field(f));
    }
    if let Some(m) = c.methods.iter().find(|m| m.name == name) {
        return Some(if m.kind == MethodKind::Property {
            Member::Property
        } else {
            Member::Method(m)
        });
    }
    let order = std::iter::once(c).chain(c.mro.iter().map(|b| class(classes, b)));
    for o in order {
        if o.attrs.iter().any(|a| a == name) {
            return Some(Member::ClassAttr(format!("{}.{name}", o.name)));
        }
    }
    None
}

/// Drops the `__init__` of each class the program never makes an instance
/// of (a base whose subclasses run it through `super().__init__(...)`,
/// which calls a copy compiled for the subclass): nothing can call it, and
/// its parameters would have no calls to take their types from. A
/// dataclass keeps its `__init__`: a library exports it to Rust.
pub(super) fn drop_unreachable_inits(module: &mut ir::Module) {
    let constructed = crate::analyze::constructed_classes(module);
    let unreachable: std::collections::HashSet<String> = module
        .classes
        .iter()
        .filter(|c| !c.dataclass && !constructed.contains(&c.name))
        .map(|c| format!("{}.__init__", c.name))
        .collect();
    module.functions.retain(|f| !unreachable.contains(&f.name));
}

impl Walker<'_> {
    /// The type of `x` where `isinstance(x, class)` holds (`e` reads
    /// `value`): `class` where `x` holds one of its bases, so that the
    /// subclass's fields and methods can be used; `x`'s own type where that
    /// already is `class` or one of its subclasses, or is not a class.
    pub(super) fn narrowed(&mut self, e: &ir::Expr, value: &ir::Expr, class: &str) {
        let ty = match self.u.resolve(&value.ty) {
            Type::Var(_) => return,
            Type::Object(held) if held != class && ir::is_subclass(self.classes, class, &held) => {
                Type::Object(class.to_string())
            }
            _ => value.ty.clone(),
        };
        let _ = self.u.unify(&e.ty, &ty);
    }

    /// What iterating an instance gives: its `__iter__`'s iterator's
    /// `__next__` result.
    pub(super) fn instance_element(&mut self, class: &str, span: (u32, u32)) -> Option<Type> {
        let iterator = match self.funcs.get(&format!("{class}.__iter__")) {
            Some((_, ret)) => self.u.resolve(ret),
            None => {
                self.report(
                    span,
                    format!("'{class}' object is not iterable"),
                    "define __iter__ (and __next__ on what it returns)",
                );
                return None;
            }
        };
        // An `__iter__` written as a generator.
        if let Type::Iterator(item) | Type::Generator(item, ..) = &iterator {
            return Some((**item).clone());
        }
        let Type::Object(it) = iterator else {
            if !iterator.is_var() {
                self.report(
                    span,
                    format!("iter() returned non-iterator of type '{}'", py(&iterator)),
                    "return an instance whose class defines __next__",
                );
            }
            return None;
        };
        match self.funcs.get(&format!("{it}.__next__")) {
            Some((_, ret)) => Some(ret.clone()),
            None => {
                self.report(
                    span,
                    format!("iter() returned non-iterator of type '{it}'"),
                    "define __next__ on the iterator's class",
                );
                None
            }
        }
    }

    /// `dataclasses.replace(obj, name=value)`: a new instance through
    /// `__init__`, the named fields changed.
    fn replace(&mut self, e: &ir::Expr, class: &str, kwargs: &[(String, ir::Expr)]) {
        let init = format!("{class}.__init__");
        let (Some((params, _)), Some(names)) = (
            self.funcs.get(&init).cloned(),
            self.param_names.get(&init).cloned(),
        ) else {
            return self.report(
                e.span,
                format!("replace() of a '{class}' needs the class's __init__"),
                "replace() works on dataclasses",
            );
        };
        for (k, v) in kwargs {
            match names.iter().position(|n| n == k) {
                Some(i) => {
                    if let Err(m) = self.u.flow(&params[i], &v.ty) {
                        if !m.found.is_var() {
                            self.report(
                                v.span,
                                format!(
                                    "field `{k}` of `{class}` is {} but this is {}",
                                    py(&m.expected),
                                    py(&m.found)
                                ),
                                "pass a value of the field's type",
                            );
                        }
                    }
                }
                None => self.report(
                    v.span,
                    format!("__init__() got an unexpected keyword argument '{k}'"),
                    "name a field of the dataclass",
                ),
            }
        }
        let _ = self.u.unify(&e.ty, &Type::Object(class.to_string()));
    }

    /// `obj[index]` through the class's `__getitem__`.
    /// The field types of a NamedTuple class, in order.
    pub(super) fn record_fields(&self, class: &str) -> Option<Vec<Type>> {
        let c = self
            .classes
            .iter()
            .find(|c| c.name == class && c.named_tuple)?;
        Some(c.fields.iter().map(|f| f.ty.clone()).collect())
    }

    pub(super) fn instance_item(&mut self, class: &str, index: &ir::Expr) -> Option<Type> {
        if let Some(c) = self
            .classes
            .iter()
            .find(|c| c.name == class && c.named_tuple)
        {
            let n = c.fields.len();
            return match c.record_field(index) {
                Some(f) => Some(f.ty.clone()),
                None => {
                    self.report(
                        index.span,
                        format!(
                            "a {class} is indexed by an int literal from -{n} to {}",
                            n - 1
                        ),
                        "index its fields by name, or by a literal position",
                    );
                    None
                }
            };
        }
        let name = format!("{class}.__getitem__");
        let Some((params, ret)) = self.funcs.get(&name).cloned() else {
            self.report(
                index.span,
                format!("'{class}' object is not subscriptable"),
                "define __getitem__ on the class",
            );
            return None;
        };
        self.call_args(index.span, &name, &params[1..], std::slice::from_ref(index));
        Some(ret)
    }

    /// `obj[index] = value` (or `op=`) through `__setitem__`.
    pub(super) fn instance_set_item(
        &mut self,
        class: &str,
        container: &ir::Expr,
        index: &ir::Expr,
        op: Option<BinOp>,
        value: &ir::Expr,
    ) {
        let name = format!("{class}.__setitem__");
        let Some((params, _)) = self.funcs.get(&name).cloned() else {
            return self.report(
                container.span,
                format!("'{class}' object does not support item assignment"),
                "define __setitem__ on the class",
            );
        };
        let stored = match op {
            None => value.clone(),
            Some(op) => {
                let Some(current) = self.instance_item(class, index) else {
                    return;
                };
                let (l, r) = (self.u.resolve(&current), self.u.resolve(&value.ty));
                if l.is_var() || r.is_var() {
                    return;
                }
                let Some(t) = self.binop_result(op, &l, &r, value) else {
                    return;
                };
                ir::Expr::new(ir::ExprKind::None, t, value.span)
            }
        };
        self.call_args(index.span, &name, &params[1..], &[index.clone(), stored]);
    }

    /// `del obj[index]` through `__delitem__`.
    pub(super) fn instance_del_item(
        &mut self,
        class: &str,
        container: &ir::Expr,
        index: &ir::Expr,
    ) {
        let name = format!("{class}.__delitem__");
        let Some((params, _)) = self.funcs.get(&name).cloned() else {
            return self.report(
                container.span,
                format!("'{class}' object does not support item deletion"),
                "define __delitem__ on the class",
            );
        };
        self.call_args(index.span, &name, &params[1..], std::slice::from_ref(index));
    }

    /// `len(x)` of an instance: its `__len__`, which must give an int.
    pub(super) fn instance_len(&mut self, class: &str) -> Option<()> {
        let (_, ret) = self.funcs.get(&format!("{class}.__len__"))?.clone();
        let _ = self.u.unify(&ret, &Type::Int);
        Some(())
    }

    /// The type of `l op r` when an operand is an instance: `None` when
    /// neither is, `Some(None)` after reporting that the class lacks the
    /// operator.
    pub(super) fn instance_binop(
        &mut self,
        op: BinOp,
        left: &ir::Expr,
        right: &ir::Expr,
        in_place: bool,
    ) -> Option<Option<Type>> {
        let (l, r) = (self.u.resolve(&left.ty), self.u.resolve(&right.ty));
        if !matches!(l, Type::Object(_)) && !matches!(r, Type::Object(_)) {
            return None;
        }
        let Some((class, method, reflected)) = binop_method(self.classes, op, &l, &r, in_place)
        else {
            self.report(
                right.span,
                format!(
                    "unsupported operand type(s) for {}{}: '{}' and '{}'",
                    op.python(),
                    if in_place { "=" } else { "" },
                    py(&l),
                    py(&r)
                ),
                "define the operator's method (__add__, __radd__, ...) on the class",
            );
            return Some(None);
        };
        let (params, ret) = self.funcs[&format!("{class}.{method}")].clone();
        let arg = if reflected { left } else { right };
        self.call_args(
            arg.span,
            &format!("{class}.{method}"),
            &params[1..],
            std::slice::from_ref(arg),
        );
        Some(Some(ret))
    }

    fn has_method(&self, class: &str, name: &str) -> bool {
        has_method(self.classes, class, name)
    }

    /// `is_orderable`, with instances ordered only by a class's `__lt__`.
    pub(super) fn orderable(&self, t: &Type) -> bool {
        match t {
            Type::Enum(_) => self.is_int_enum(t),
            Type::Object(c) => self.has_method(c, "__lt__"),
            Type::Tuple(items) => items.iter().all(|t| self.orderable(t)) && t.is_orderable(),
            Type::List(item) => self.orderable(item) && t.is_orderable(),
            t => t.is_orderable(),
        }
    }

    /// `is_hashable`, with CPython's rule that a class defining `__eq__`
    /// without `__hash__` is unhashable.
    pub(super) fn hashable(&self, t: &Type) -> bool {
        match t {
            Type::Object(c) => !self.has_method(c, "__eq__") || self.has_method(c, "__hash__"),
            Type::Tuple(items) => items.iter().all(|t| self.hashable(t)),
            t => t.is_hashable(),
        }
    }

    /// Whether two values compare with `op` when either is an instance;
    /// `None` if neither is.
    pub(super) fn instance_compare(
        &mut self,
        op: crate::ir::CmpOp,
        l: &Type,
        r: &Type,
    ) -> Option<bool> {
        use crate::ir::CmpOp::*;
        if !matches!(l, Type::Object(_)) && !matches!(r, Type::Object(_)) {
            return None;
        }
        let has =
            |c: &Type, m: &str| matches!(c, Type::Object(c) if has_method(self.classes, c, m));
        Some(match op {
            // An instance is never None: the test is decided.
            Is | IsNot => {
                l == r
                    || [l, r].contains(&&Type::None)
                    || crate::types::optional_identity(l, r).is_some()
                    || related_identity(self.classes, l, r).is_some()
            }
            Eq | Ne => {
                l == r
                    || has(l, "__eq__")
                    // Without `__eq__` anywhere in the hierarchy, `==` is
                    // identity: against None, a value that may be None, or
                    // an instance of a base or a subclass.
                    || (identity_eq(self.classes, l, r)
                        && ([l, r].contains(&&Type::None)
                            || crate::types::optional_identity(l, r).is_some()
                            || related_identity(self.classes, l, r).is_some()))
            }
            In | NotIn if !matches!(r, Type::Object(_)) => return None,
            In | NotIn => has(r, "__contains__"),
            Lt | Le | Gt | Ge => {
                let (name, reflected) = match op {
                    Lt => ("__lt__", "__gt__"),
                    Le => ("__le__", "__ge__"),
                    Gt => ("__gt__", "__lt__"),
                    _ => ("__ge__", "__le__"),
                };
                has(l, name) || (l == r && has(r, reflected))
            }
        })
    }

    /// The type of `l op r`, or a report of why it has none.
    fn binop_result(&mut self, op: BinOp, l: &Type, r: &Type, right: &ir::Expr) -> Option<Type> {
        match super::binop_type(op, l, r, right) {
            Ok(t) => Some(t),
            Err(msg) => {
                self.report(
                    right.span,
                    msg,
                    "convert one operand so both have a supported type",
                );
                None
            }
        }
    }

    /// Whether assigning an unknown attribute to an instance of `class`
    /// adds it, as CPython does (not for a NamedTuple, a frozen dataclass
    /// or a class with `__slots__`).
    fn takes_new_fields(&self, class: &str) -> bool {
        self.classes
            .iter()
            .find(|c| c.name == class)
            .is_some_and(|c| !c.named_tuple && !c.frozen && !c.slotted)
    }

    fn no_attribute(&mut self, span: (u32, u32), class: &str, name: &str) {
        let help = match self.classes.iter().find(|c| c.name == class) {
            Some(c) if c.slotted => format!("add \"{name}\" to {class}.__slots__"),
            Some(c) if c.frozen => "a frozen dataclass takes no new attributes: declare the field".into(),
            Some(c) if c.named_tuple => "a NamedTuple takes no new attributes: declare the field".into(),
            _ => "assign the attribute somewhere in the program (self.name = ... in a method, or obj.name = ...), or check the spelling".into(),
        };
        self.report(
            span,
            format!("'{class}' object has no attribute '{name}'"),
            &help,
        );
    }

    /// Flows arguments into parameters, reporting CPython's arity error.
    pub(super) fn call_args_of(
        &mut self,
        span: (u32, u32),
        what: &str,
        params: &[Type],
        args: &[ir::Expr],
    ) {
        self.call_args(span, what, params, args)
    }

    /// Flows arguments into parameters, reporting CPython's arity error.
    fn call_args(&mut self, span: (u32, u32), what: &str, params: &[Type], args: &[ir::Expr]) {
        if params.len() != args.len() {
            let s = if params.len() == 1 { "" } else { "s" };
            self.report(
                span,
                format!(
                    "{what}() takes {} positional argument{s} but {} were given",
                    params.len() + usize::from(what.contains('.')),
                    args.len() + usize::from(what.contains('.'))
                ),
                "pass one argument per parameter",
            );
            return;
        }
        for (i, (p, a)) in params.iter().zip(args).enumerate() {
            if let Err(m) = self.u.flow(p, &a.ty) {
                if !m.found.is_var() {
                    self.report(
                        a.span,
                        format!(
                            "argument {} of {what}() is {} but the parameter is annotated {}",
                            i + 1,
                            py(&m.found),
                            py(&m.expected)
                        ),
                        "pass a value of the annotated type",
                    );
                }
            }
        }
    }

    pub(super) fn new_instance(&mut self, e: &ir::Expr, class_name: &str, args: &[ir::Expr]) {
        let init = format!("{class_name}.__init__");
        match self.funcs.get(&init).cloned() {
            Some((params, _)) => {
                self.call_args(e.span, &init, &params[1..], args);
            }
            None if !args.is_empty() => self.report(
                e.span,
                format!("{class_name}() takes no arguments"),
                "define __init__ to take arguments",
            ),
            None => {}
        }
    }

    pub(super) fn attr(&mut self, e: &ir::Expr, value: &ir::Expr, name: &str) {
        // Of a `T | None`, checked for None when it runs.
        let t = match self.u.resolve(&value.ty) {
            Type::Optional(inner) => *inner,
            t => t,
        };
        let Type::Object(class_name) = &t else {
            if crate::methods::has_method(&t, name) {
                self.report(
                    e.span,
                    format!(
                        "the method `{}.{name}` used as a value is not supported yet",
                        t.class_name()
                    ),
                    "call it where it is used, or bind it to a name that is only called (`f = x.method`, then `f(...)`)",
                );
            } else if !t.is_var() {
                self.report(
                    e.span,
                    format!("'{}' object has no attribute '{name}'", t.class_name()),
                    "Molt reads attributes of the program's own classes",
                );
            }
            return;
        };
        match member(self.classes, class_name, name) {
            Some(Member::Field(f)) => {
                let ty = f.ty.clone();
                let _ = self.u.unify(&e.ty, &ty);
            }
            Some(Member::Property) => {
                let ret = self.funcs[&format!("{class_name}.{name}")].1.clone();
                let _ = self.u.unify(&e.ty, &ret);
            }
            Some(Member::ClassAttr(global)) => {
                let ty = self.globals[&global].clone();
                let _ = self.u.unify(&e.ty, &ty);
                // A subclass may set the attribute itself: one type for all.
                let overrides: Vec<String> = self
                    .classes
                    .iter()
                    .filter(|c| c.name != *class_name && self.u.is_subclass(&c.name, class_name))
                    .filter_map(|c| match member(self.classes, &c.name, name) {
                        Some(Member::ClassAttr(g)) if g != global => Some(g),
                        _ => None,
                    })
                    .collect();
                for g in overrides {
                    let t = self.globals[&g].clone();
                    let _ = self.u.unify(&ty, &t);
                }
            }
            Some(Member::Method(_)) => self.report(
                e.span,
                format!("the method `{class_name}.{name}` used as a value is not supported yet"),
                "call the method",
            ),
            None => self.no_attribute(e.span, class_name, name),
        }
    }

    pub(super) fn set_attr(
        &mut self,
        object: &ir::Expr,
        name: &str,
        op: Option<BinOp>,
        value: &ir::Expr,
    ) {
        self.expr(object);
        self.expr(value);
        let t = match self.u.resolve(&object.ty) {
            Type::Optional(inner) => *inner,
            t => t,
        };
        let Type::Object(class_name) = &t else {
            if !t.is_var() {
                self.report(
                    object.span,
                    format!(
                        "'{}' object attribute '{name}' cannot be assigned",
                        t.class_name()
                    ),
                    "assign attributes of the program's own classes",
                );
            }
            return;
        };
        let slot = match member(self.classes, class_name, name) {
            Some(Member::Field(f)) => f.ty.clone(),
            Some(Member::Property) => {
                match self.funcs.get(&format!("{class_name}.{name}.setter")) {
                    Some((params, _)) if params.len() == 2 => params[1].clone(),
                    _ => {
                        return self.report(
                            value.span,
                            format!("property '{name}' of '{class_name}' object has no setter"),
                            "define a setter with @name.setter",
                        )
                    }
                }
            }
            None if op.is_none() && self.takes_new_fields(class_name) => {
                if self.diags.is_some() {
                    self.outside_fields
                        .insert((class_name.clone(), name.to_string()));
                }
                return;
            }
            _ => return self.no_attribute(object.span, class_name, name),
        };
        let stored = match op {
            None => value.ty.clone(),
            Some(op) => {
                let (l, r) = (self.u.resolve(&slot), self.u.resolve(&value.ty));
                if l.is_var() || r.is_var() {
                    return;
                }
                match self.binop_result(op, &l, &r, value) {
                    Some(t) => t,
                    None => return,
                }
            }
        };
        self.flow_or_report(
            &slot,
            &stored,
            value.span,
            |e, f| {
                format!(
                    "field `{name}` of `{class_name}` holds {e} elsewhere but is assigned {f} here"
                )
            },
            "Molt gives each field one type: use another field, or convert the value",
        );
    }

    pub(super) fn method_call(
        &mut self,
        e: &ir::Expr,
        class_name: &str,
        name: &str,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
    ) {
        if name == "__replace__" {
            return self.replace(e, class_name, kwargs);
        }
        if let Some((k, v)) = kwargs.first() {
            return self.report(
                v.span,
                format!("keyword argument `{k}` is not supported yet"),
                "pass the arguments by position",
            );
        }
        let qualified = format!("{class_name}.{name}");
        match member(self.classes, class_name, name) {
            Some(Member::Method(m)) => {
                let (params, ret) = self.funcs[&qualified].clone();
                let params = if m.kind == MethodKind::Instance {
                    &params[1..]
                } else {
                    &params[..]
                };
                self.call_args(e.span, &qualified, params, args);
                let _ = self.u.unify(&e.ty, &ret);
                // A subclass's override runs when the value is an instance
                // of it: it takes the same arguments and its result is
                // the base method's.
                if m.kind == MethodKind::Instance {
                    let subs: Vec<String> = self
                        .classes
                        .iter()
                        .filter(|c| c.name != class_name && self.u.is_subclass(&c.name, class_name))
                        .map(|c| c.name.clone())
                        .collect();
                    for sub in subs {
                        if let Some((sub_params, sub_ret)) =
                            self.funcs.get(&format!("{sub}.{name}")).cloned()
                        {
                            if sub_params.len() == params.len() + 1 {
                                for (p, a) in sub_params[1..].iter().zip(args) {
                                    let _ = self.u.flow(p, &a.ty);
                                }
                            }
                            let _ = self.u.flow(&ret, &sub_ret);
                        }
                    }
                }
            }
            Some(Member::Field(_) | Member::ClassAttr(_) | Member::Property) => self.report(
                e.span,
                format!("calling the attribute `{name}` of `{class_name}` is not supported yet"),
                "call a method defined with def",
            ),
            None => self.no_attribute(e.span, class_name, name),
        }
    }
}
