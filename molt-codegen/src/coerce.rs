//! Inserts conversions to `Obj` where a value of a known type flows into a
//! place whose type is only known at run time: an item of `[1, "a"]`, a
//! variable that holds an int and later a str, an operand next to an
//! `Obj`. It mirrors the places where inference lets types flow
//! (`Unifier::flow`), so emission only ever sees `Obj` meet `Obj`.

use crate::analyze::visit_exprs_mut;
use crate::ir::{self, BinOp, Builtin, CmpOp, Expr, ExprKind, Place, StmtKind};
use crate::types::Type;
use std::collections::HashMap;

pub fn insert_conversions(m: &mut ir::Module) {
    let globals: HashMap<String, Type> = m
        .globals
        .iter()
        .map(|g| (g.name.clone(), g.ty.clone()))
        .collect();
    let signatures: HashMap<String, Vec<Type>> = m
        .functions
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                f.params.iter().map(|p| p.ty.clone()).collect(),
            )
        })
        .collect();
    let int_enums: std::collections::HashSet<String> = m
        .enums
        .iter()
        .filter(|e| e.int)
        .map(|e| e.name.clone())
        .collect();
    let mut attr_slots = AttrSlots::new();
    for c in &m.classes {
        for f in &c.fields {
            attr_slots.insert((c.name.clone(), f.name.clone()), f.ty.clone());
        }
    }
    for (name, params) in &signatures {
        if let Some((class, prop)) = name.strip_suffix(".setter").and_then(|n| n.split_once('.')) {
            if let Some(t) = params.get(1) {
                attr_slots.insert((class.to_string(), prop.to_string()), t.clone());
            }
        }
    }
    for f in m.functions.iter_mut().chain(std::iter::once(&mut m.main)) {
        let mut places = globals.clone();
        places.extend(f.params.iter().map(|p| (p.name.clone(), p.ty.clone())));
        places.extend(f.locals.iter().map(|l| (l.name.clone(), l.ty.clone())));
        visit_exprs_mut(&mut f.body, &mut |e| {
            int_enum_values(e, &int_enums);
            expr(e, &signatures, &m.classes)
        });
        stmts(&mut f.body, &places, &f.ret, &attr_slots, &m.classes);
        // The statements of the closures it makes, with their own
        // variables and return type.
        let classes = &m.classes;
        visit_exprs_mut(&mut f.body, &mut |e| {
            if let ExprKind::Closure(c) = &mut e.kind {
                let f = &mut c.func;
                let mut places = globals.clone();
                places.extend(f.params.iter().map(|p| (p.name.clone(), p.ty.clone())));
                places.extend(f.locals.iter().map(|l| (l.name.clone(), l.ty.clone())));
                stmts(&mut f.body, &places, &f.ret, &attr_slots, classes);
            }
        });
    }
}

/// Wraps `e` in a conversion if `slot` is `Obj` and `e` is not, or if
/// `slot` is a class and `e` an instance of one of its subclasses.
fn convert(e: &mut Expr, slot: &Type) {
    let wrap = |e: &mut Expr, kind: fn(Box<Expr>) -> ExprKind| {
        let inner = std::mem::replace(e, Expr::new(ExprKind::None, Type::None, e.span));
        let span = inner.span;
        *e = Expr::new(kind(Box::new(inner)), slot.clone(), span);
    };
    match (slot, &e.ty) {
        (Type::Obj, t) if *t != Type::Obj => wrap(e, ExprKind::ToObj),
        (Type::Object(a), Type::Object(b)) if a != b => wrap(e, ExprKind::Upcast),
        // A file is an iterator over its lines, a generator over its yields.
        (Type::Iterator(_), Type::File { .. } | Type::Generator(..)) => {
            let inner = std::mem::replace(e, Expr::new(ExprKind::None, Type::None, e.span));
            let span = inner.span;
            *e = Expr::new(
                ExprKind::Builtin {
                    func: Builtin::Iter,
                    args: vec![inner],
                    kwargs: Vec::new(),
                },
                slot.clone(),
                span,
            );
        }
        (Type::Optional(_), Type::None) if matches!(e.kind, ExprKind::None) => e.ty = slot.clone(),
        // A variable that only ever holds None (Rust's `()`) read into a
        // `T | None`: its value is None.
        (Type::Optional(_), Type::None)
            if matches!(
                e.kind,
                ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Bound(_)
            ) =>
        {
            *e = Expr::new(ExprKind::None, slot.clone(), e.span);
        }
        (Type::Optional(inner), t) if !matches!(t, Type::Optional(_) | Type::None) => {
            convert(e, inner);
            wrap(e, ExprKind::Some);
        }
        _ => {}
    }
}

/// A run-time typed index into a list or tuple becomes its int when used.
fn obj_index(index: &mut Expr, container: &Type) {
    let name = match container {
        Type::List(_) => "list",
        Type::VarTuple(_) => "tuple",
        _ => return,
    };
    if index.ty == Type::Obj {
        let inner = std::mem::replace(index, Expr::new(ExprKind::None, Type::None, index.span));
        let span = inner.span;
        *index = Expr::new(
            ExprKind::ObjIndex {
                value: Box::new(inner),
                container: name,
            },
            Type::Int,
            span,
        );
    }
}

/// An `IntEnum` member in arithmetic, or compared with a number, is its
/// int value.
fn int_enum_values(e: &mut Expr, int_enums: &std::collections::HashSet<String>) {
    let is_int_enum = |t: &Type| matches!(t, Type::Enum(n) if int_enums.contains(n));
    let to_value = |operand: &mut Expr| {
        if is_int_enum(&operand.ty) {
            let inner =
                std::mem::replace(operand, Expr::new(ExprKind::None, Type::None, operand.span));
            let span = inner.span;
            *operand = Expr::new(
                ExprKind::Attr {
                    value: Box::new(inner),
                    name: "value".into(),
                },
                Type::Int,
                span,
            );
        }
    };
    match &mut e.kind {
        ExprKind::Binary { left, right, .. } => {
            to_value(left);
            to_value(right);
        }
        ExprKind::Unary { op, operand } if *op != crate::ir::UnaryOp::Not => to_value(operand),
        ExprKind::Compare { first, rest } => {
            let mixed = std::iter::once(&first.ty)
                .chain(rest.iter().map(|(_, r)| &r.ty))
                .any(|t| t.is_numeric());
            let ordered = rest
                .iter()
                .any(|(op, _)| matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge));
            if mixed || ordered {
                to_value(first);
                rest.iter_mut().for_each(|(_, r)| to_value(r));
            }
        }
        _ => {}
    }
}

/// The parameter types of a method or constructor after `self`.
fn method_params<'a>(
    signatures: &'a HashMap<String, Vec<Type>>,
    name: &str,
    args: usize,
) -> &'a [Type] {
    match signatures.get(name) {
        Some(params) if params.len() == args + 1 => &params[1..],
        Some(params) => params,
        None => &[],
    }
}

/// What `object.name = value` stores into, by class and attribute.
type AttrSlots = HashMap<(String, String), Type>;

fn stmts(
    body: &mut [ir::Stmt],
    places: &HashMap<String, Type>,
    ret: &Type,
    attr_slots: &AttrSlots,
    classes: &[ir::Class],
) {
    for s in body {
        match &mut s.kind {
            // `x, y = p` of a NamedTuple unpacks its fields.
            StmtKind::AssignMany {
                places: targets,
                value,
                starred: None,
            } => {
                record_as_tuple(value, classes);
                // `best, node = -1, None`: each item goes into its name's slot.
                if let ExprKind::Tuple(items) = &mut value.kind {
                    for (item, target) in items.iter_mut().zip(targets.iter()) {
                        let (Place::Local(n) | Place::Global(n)) = target;
                        if let Some(slot) = places.get(n.as_str()) {
                            convert(item, slot);
                        }
                    }
                    if let Type::Tuple(types) = &mut value.ty {
                        for (t, item) in types.iter_mut().zip(items.iter()) {
                            *t = item.ty.clone();
                        }
                    }
                }
            }
            StmtKind::Assign { place, value } => {
                let (Place::Local(n) | Place::Global(n)) = place;
                if let Some(slot) = places.get(n.as_str()) {
                    if let (Type::Iterator(_), Type::Iter(_)) = (slot, &value.ty) {
                        let inner = std::mem::replace(
                            value,
                            Expr::new(ExprKind::None, Type::None, value.span),
                        );
                        *value = Expr::new(
                            ExprKind::Builtin {
                                func: Builtin::Iter,
                                args: vec![inner],
                                kwargs: Vec::new(),
                            },
                            slot.clone(),
                            value.span,
                        );
                    }
                    convert(value, slot);
                }
            }
            StmtKind::AugAssign { place, value, .. } => {
                let (Place::Local(n) | Place::Global(n)) = place;
                if let Some(slot) = places.get(n.as_str()) {
                    convert(value, slot);
                }
            }
            StmtKind::Return(Some(v)) => {
                if let (Type::Iterator(_), Type::Iter(_)) = (ret, &v.ty) {
                    let inner = std::mem::replace(v, Expr::new(ExprKind::None, Type::None, v.span));
                    *v = Expr::new(
                        ExprKind::Builtin {
                            func: Builtin::Iter,
                            args: vec![inner],
                            kwargs: Vec::new(),
                        },
                        ret.clone(),
                        v.span,
                    );
                }
                convert(v, ret)
            }
            StmtKind::SetAttr {
                object,
                name,
                op: None,
                value,
            } => {
                let class = match &object.ty {
                    Type::Object(class) => Some(class),
                    Type::Optional(inner) => match &**inner {
                        Type::Object(class) => Some(class),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(slot) = class.and_then(|c| attr_slots.get(&(c.clone(), name.clone()))) {
                    convert(value, slot);
                }
            }
            // `obj.x += v` on a run-time typed field combines two `Obj`s.
            StmtKind::SetAttr {
                object,
                name,
                op: Some(_),
                value,
            } => {
                if let Type::Object(class) = &object.ty {
                    if attr_slots.get(&(class.clone(), name.clone())) == Some(&Type::Obj) {
                        convert(value, &Type::Obj);
                    }
                }
            }
            StmtKind::SetItem {
                container,
                index,
                value,
                ..
            } => {
                indexed_not_none(container, ir::NoneUse::Store);
                match container.ty.clone() {
                    Type::List(item) => {
                        obj_index(index, &container.ty);
                        convert(value, &item)
                    }
                    Type::Dict(k, v) => {
                        convert(index, &k);
                        convert(value, &v);
                    }
                    Type::Obj => {
                        convert(index, &Type::Obj);
                        convert(value, &Type::Obj);
                    }
                    _ => {}
                }
            }
            StmtKind::DelItem { container, index } => match container.ty.clone() {
                Type::Dict(k, _) => convert(index, &k),
                Type::Obj => convert(index, &Type::Obj),
                _ => {}
            },
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
                stmts(then, places, ret, attr_slots, classes);
                stmts(orelse, places, ret, attr_slots, classes);
            }
            StmtKind::Try { .. } | StmtKind::With { .. } => {
                for block in s.kind.blocks_mut() {
                    stmts(block, places, ret, attr_slots, classes);
                }
            }
            _ => {}
        }
    }
}

/// A NamedTuple instance where a tuple is used (compared with a tuple,
/// unpacked): the tuple of its fields, from its `__tuple__`.
fn record_as_tuple(e: &mut Expr, classes: &[ir::Class]) -> Option<Vec<Type>> {
    let Type::Object(class) = &e.ty else {
        return None;
    };
    let c = classes.iter().find(|c| c.name == *class && c.named_tuple)?;
    let fields: Vec<Type> = c.fields.iter().map(|f| f.ty.clone()).collect();
    let ty = Type::Tuple(fields.clone());
    let inner = std::mem::replace(e, Expr::new(ExprKind::None, Type::None, e.span));
    let span = inner.span;
    *e = Expr::new(
        ExprKind::Method {
            receiver: Box::new(inner),
            name: "__tuple__".into(),
            args: Vec::new(),
            kwargs: Vec::new(),
        },
        ty,
        span,
    );
    Some(fields)
}

/// `p == (1, 2)` of a NamedTuple compares the tuple of its fields; a
/// display's items go into the fields' types (`Obj`).
fn record_compared_with_tuple(e: &mut Expr, classes: &[ir::Class]) {
    let ExprKind::Compare { first, rest } = &mut e.kind else {
        return;
    };
    let [(CmpOp::Eq | CmpOp::Ne, other)] = rest.as_mut_slice() else {
        return;
    };
    let (record, tuple) = match (&first.ty, &other.ty) {
        (Type::Object(_), Type::Tuple(_)) => (&mut **first, other),
        (Type::Tuple(_), Type::Object(_)) => (other, &mut **first),
        _ => return,
    };
    if let Some(fields) = record_as_tuple(record, classes) {
        if let ExprKind::Tuple(items) = &mut tuple.kind {
            for (item, t) in items.iter_mut().zip(&fields) {
                convert(item, t);
            }
            tuple.ty = Type::Tuple(fields);
        }
    }
}

/// A `T | None` container indexed (`used` Index) or assigned into (Store)
/// is the `T`, None raising TypeError (see `ExprKind::NoneChecked`).
fn indexed_not_none(container: &mut Expr, used: ir::NoneUse) {
    if !matches!(&container.ty, Type::Optional(inner) if !matches!(**inner, Type::Object(_))) {
        return;
    }
    let span = container.span;
    let value = std::mem::replace(container, Expr::new(ExprKind::None, Type::None, span));
    *container = ir::none_checked(value, used);
}

/// A `T | None` that a builtin iterates is a `T` (None raising CPython's
/// TypeError, see `ExprKind::NoneChecked`), so that emission sees the `T`.
fn iterated_not_none(e: &mut Expr) {
    let ExprKind::Builtin { func, args, .. } = &mut e.kind else {
        return;
    };
    let iterated = match func {
        Builtin::List
        | Builtin::Tuple
        | Builtin::Set
        | Builtin::FrozenSet
        | Builtin::Sum
        | Builtin::Sorted
        | Builtin::Any
        | Builtin::All
        | Builtin::Enumerate => 0..1,
        Builtin::Min | Builtin::Max if args.len() == 1 => 0..1,
        Builtin::Zip => 0..args.len(),
        Builtin::Map | Builtin::Filter => 1..args.len(),
        _ => return,
    };
    for arg in args.iter_mut().take(iterated.end).skip(iterated.start) {
        if let Type::Optional(_) = &arg.ty {
            let span = arg.span;
            let value = std::mem::replace(arg, Expr::new(ExprKind::None, Type::None, span));
            *arg = ir::none_checked(value, ir::NoneUse::Iterate);
        }
    }
}

fn expr(e: &mut Expr, signatures: &HashMap<String, Vec<Type>>, classes: &[ir::Class]) {
    record_compared_with_tuple(e, classes);
    iterated_not_none(e);
    if let ExprKind::Index { value, .. } = &mut e.kind {
        indexed_not_none(value, ir::NoneUse::Index);
    }
    // A narrowed read of a variable that is not `T | None` is a plain read,
    // and so is one whose use wants the `T | None` (an argument for a
    // parameter that takes None too).
    if let ExprKind::NotNone(inner) = &mut e.kind {
        if !matches!(inner.ty, Type::Optional(_)) || inner.ty == e.ty {
            let inner =
                std::mem::replace(&mut **inner, Expr::new(ExprKind::None, Type::None, e.span));
            *e = inner;
        }
    }
    let ty = e.ty.clone();
    match &mut e.kind {
        ExprKind::Binary { op, left, right } => {
            let percent = *op == BinOp::Mod && left.ty == Type::Str;
            if percent {
                crate::percent::format_instances(left, right);
            }
            if ty == Type::Obj && !percent {
                convert(left, &Type::Obj);
                convert(right, &Type::Obj);
            }
        }
        ExprKind::Compare { first, rest } => compare(first, rest, classes),
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|v| convert(v, &ty)),
        ExprKind::IfElse { then, orelse, .. } => {
            convert(then, &ty);
            convert(orelse, &ty);
        }
        ExprKind::Call { func, args } => {
            for (a, p) in args.iter_mut().zip(&signatures[func.as_str()]) {
                convert(a, p);
            }
        }
        ExprKind::List(items) | ExprKind::Set(items) => {
            if let Type::List(item) | Type::Set(item) = &ty {
                items.iter_mut().for_each(|i| convert(i, item));
            }
        }
        ExprKind::Comp {
            element,
            value: None,
            ..
        } => {
            if let Type::List(item) | Type::Set(item) = &ty {
                convert(element, item);
            }
        }
        ExprKind::Dict(pairs) => {
            if let Type::Dict(k, v) = &ty {
                for (key, value) in pairs {
                    convert(key, k);
                    convert(value, v);
                }
            }
        }
        ExprKind::Index { value, index } => match value.ty.clone() {
            Type::Dict(k, _) => convert(index, &k),
            Type::Obj => convert(index, &Type::Obj),
            t => obj_index(index, &t),
        },
        ExprKind::New { class, args } => {
            let params = method_params(signatures, &format!("{class}.__init__"), args.len());
            for (a, p) in args.iter_mut().zip(params) {
                convert(a, p);
            }
        }
        ExprKind::Method {
            receiver,
            name,
            args,
            kwargs,
        } => {
            // `replace(p, x=v)`: each value goes into its field.
            if let (Type::Object(class), "__replace__") = (&receiver.ty, name.as_str()) {
                if let Some(c) = classes.iter().find(|c| c.name == *class) {
                    for (k, v) in kwargs.iter_mut() {
                        if let Some(f) = c.fields.iter().find(|f| f.name == *k) {
                            convert(v, &f.ty);
                        }
                    }
                }
                return;
            }
            if let (Type::Func(sig), "__call__") = (&receiver.ty, name.as_str()) {
                for (a, p) in args.iter_mut().zip(&sig.params) {
                    convert(a, p);
                }
                return;
            }
            // A method of a `C | None` is C's (None raising AttributeError).
            let class = match &receiver.ty {
                Type::Optional(inner) => match &**inner {
                    Type::Object(class) => Some(class),
                    _ => None,
                },
                Type::Object(class) => Some(class),
                _ => None,
            };
            if let Some(class) = class {
                let params = method_params(signatures, &format!("{class}.{name}"), args.len());
                for (a, p) in args.iter_mut().zip(params) {
                    convert(a, p);
                }
                return;
            }
            if receiver.ty == Type::Obj {
                args.iter_mut().for_each(|a| convert(a, &Type::Obj));
                return;
            }
            let params = crate::methods::param_types(&receiver.ty, name);
            for (a, p) in args.iter_mut().zip(params) {
                if let Some(p) = p {
                    convert(a, &p);
                }
            }
        }
        ExprKind::Builtin { func, args, kwargs } => match func {
            Builtin::Min | Builtin::Max if args.len() > 1 => {
                args.iter_mut().for_each(|a| convert(a, &ty));
            }
            Builtin::Sum if ty == Type::Obj => {
                args.iter_mut().skip(1).for_each(|a| convert(a, &ty));
                kwargs.iter_mut().for_each(|(_, a)| convert(a, &ty));
            }
            _ => {}
        },
        _ => {}
    }
}

/// In a comparison chain, `Obj` spreads to its neighbours (`in` only
/// converts the item, to the container's item type).
fn compare(first: &mut Expr, rest: &mut [(CmpOp, Expr)], classes: &[ir::Class]) {
    let ops: Vec<CmpOp> = rest.iter().map(|(op, _)| *op).collect();
    loop {
        let mut changed = false;
        let mut operands: Vec<&mut Expr> = std::iter::once(first as &mut Expr)
            .chain(rest.iter_mut().map(|(_, e)| e))
            .collect();
        for (i, op) in ops.iter().enumerate() {
            let (l, r) = operands.split_at_mut(i + 1);
            let (left, right) = (&mut *l[i], &mut *r[0]);
            let before = (left.ty == Type::Obj, right.ty == Type::Obj);
            match op {
                // `x is None` and `x is True` test the variant; identity of
                // containers needs both sides as `Obj`.
                // An instance and one of its base class: both as the base.
                CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::Ne if matches!((&left.ty, &right.ty), (Type::Object(a), Type::Object(b)) if a != b) =>
                {
                    let (l, r) = (left.ty.clone(), right.ty.clone());
                    let (Type::Object(a), Type::Object(b)) = (&l, &r) else {
                        continue;
                    };
                    if ir::is_subclass(classes, a, b) {
                        convert(left, &r);
                    } else if ir::is_subclass(classes, b, a) {
                        convert(right, &l);
                    }
                }
                CmpOp::Is | CmpOp::IsNot => {
                    let tested = |t: &Type| matches!(t, Type::None | Type::Bool);
                    if (before.0 || before.1) && !tested(&left.ty) && !tested(&right.ty) {
                        convert(left, &Type::Obj);
                        convert(right, &Type::Obj);
                    }
                }
                CmpOp::In | CmpOp::NotIn => {
                    let slot = match &right.ty {
                        Type::List(t) | Type::Set(t) | Type::FrozenSet(t) | Type::Dict(t, _) => {
                            (**t).clone()
                        }
                        Type::Obj => Type::Obj,
                        _ => continue,
                    };
                    convert(left, &slot);
                }
                _ => {
                    if before.0 || before.1 {
                        convert(left, &Type::Obj);
                        convert(right, &Type::Obj);
                    }
                }
            }
            changed |= before != (left.ty == Type::Obj, right.ty == Type::Obj);
        }
        drop(operands);
        if !changed {
            break;
        }
    }
}
