//! Type inference over the IR: solves every inference variable from how
//! values are produced and used, then writes the solved types back.
//!
//! Operators need concrete operand types to pick their result type, so the
//! constraints are walked repeatedly until no variable gets solved; only
//! the last walk reports errors, so each problem is reported once.

use crate::diagnostic::Diagnostic;
use crate::ir::{self, BinOp, Builtin, CmpOp, ExprKind, FPart, Place, Spec, StmtKind, UnaryOp};
use crate::types::{Type, Unifier};
use std::collections::{BTreeSet, HashMap, HashSet};

pub mod classes;
mod dead_branches;
mod enums;
mod exceptions;
pub(crate) mod files;
mod functions;
mod itertools;

/// Why inference did not finish.
pub enum Failure {
    /// These variables hold values of several types: run again with them
    /// bound to `Obj`.
    Widen(std::collections::BTreeMap<crate::types::TypeVar, Type>),
    /// The program assigns these attributes of these classes' instances
    /// from outside their methods (`node.seen = True`): run again with
    /// them as fields, unset until assigned.
    Fields(std::collections::BTreeSet<(String, String)>),
    Diagnostics(Vec<Diagnostic>),
}

pub fn infer_module(module: &mut ir::Module, mut u: Unifier) -> Result<(), Failure> {
    classes::drop_unreachable_inits(module);
    let globals: HashMap<String, Type> = module
        .globals
        .iter()
        .map(|g| (g.name.clone(), g.ty.clone()))
        .collect();
    let param_names: HashMap<String, Vec<String>> = module
        .functions
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                f.params.iter().map(|p| p.name.clone()).collect(),
            )
        })
        .collect();
    let funcs: HashMap<String, (Vec<Type>, Type)> = module
        .functions
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                (
                    f.params.iter().map(|p| p.ty.clone()).collect(),
                    f.ret.clone(),
                ),
            )
        })
        .collect();
    let mut diags = Vec::new();
    let mut program_args: HashMap<(u32, u32), Vec<ir::ClassArgs>> = module
        .bound_calls
        .iter_mut()
        .filter(|c| !c.per_class.is_empty())
        .map(|c| (c.span, std::mem::take(&mut c.per_class)))
        .collect();
    // Those calls are right whatever the receiver: nothing to check.
    let either_way: HashSet<(u32, u32)> = program_args.keys().copied().collect();
    loop {
        let before = u.solved_count();
        let mut walker = Walker {
            u: &mut u,
            globals: &globals,
            funcs: &funcs,
            param_names: &param_names,
            classes: &module.classes,
            enums: &module.enums,
            diags: None,
            locals: HashMap::new(),
            ret: Type::None,
            yields: None,
            stopped: Vec::new(),
            program_args: &program_args,
            outside_fields: BTreeSet::new(),
        };
        walker.module(module);
        if u.solved_count() == before {
            // Values that waited for a type take the type of where they go.
            if !u.eager && u.deferred {
                u.eager = true;
                continue;
            }
            break;
        }
    }
    u.eager = true;
    if !u.widen_requests().is_empty() {
        return Err(Failure::Widen(u.widen_requests().clone()));
    }
    classes::drop_unused_operator_methods(module, &u);
    classes::drop_uncalled_raisers(module, &u);
    for f in module
        .functions
        .iter_mut()
        .chain(std::iter::once(&mut module.main))
    {
        dead_branches::prune(f, &u);
    }
    put_program_args(module, &mut program_args, &u);
    let mut walker = Walker {
        u: &mut u,
        globals: &globals,
        funcs: &funcs,
        param_names: &param_names,
        classes: &module.classes,
        enums: &module.enums,
        diags: Some(&mut diags),
        locals: HashMap::new(),
        ret: Type::None,
        yields: None,
        stopped: Vec::new(),
        program_args: &program_args,
        outside_fields: BTreeSet::new(),
    };
    walker.module(module);
    let outside_fields = std::mem::take(&mut walker.outside_fields);
    if !outside_fields.is_empty() {
        return Err(Failure::Fields(outside_fields));
    }
    for n in &module.narrowings {
        if matches!(
            u.resolve(&n.value),
            Type::Optional(_) | Type::None | Type::Obj
        ) {
            diags.push(
                Diagnostic::error(
                    format!(
                        "`{}` may still be None after this assignment, so Molt cannot narrow it",
                        n.name
                    ),
                    range(n.span),
                )
                .with_help(
                    "assign a value that is never None, or test `is not None` where it is used",
                ),
            );
        }
    }
    for call in module
        .bound_calls
        .iter()
        .filter(|c| !either_way.contains(&c.span))
    {
        let receiver = match u.resolve(&call.receiver) {
            Type::Optional(inner) => *inner,
            t => t,
        };
        if !matches!(receiver, Type::Object(_) | Type::Var(_)) {
            diags.push(
                Diagnostic::error(
                    format!(
                        "`.{}()` is called here on a {}, with the keywords or defaults of the program's method of that name",
                        call.method,
                        py(&receiver)
                    ),
                    range(call.span),
                )
                .with_help("pass every argument by position, or give the program's method another name"),
            );
        }
    }
    if diags.is_empty() {
        for g in &module.globals {
            if u.is_unsolved(&g.ty) {
                diags.push(
                    Diagnostic::error(
                        format!("cannot infer the type of global `{}`", g.name),
                        0..0,
                    )
                    .with_help("assign it a value at module level"),
                );
            }
        }
    }
    if !u.widen_requests().is_empty() {
        return Err(Failure::Widen(u.widen_requests().clone()));
    }
    if !diags.is_empty() {
        return Err(Failure::Diagnostics(diags));
    }
    finalize(module, &u);
    Ok(())
}

struct Walker<'a> {
    u: &'a mut Unifier,
    globals: &'a HashMap<String, Type>,
    funcs: &'a HashMap<String, (Vec<Type>, Type)>,
    /// Parameter names by function, for keyword arguments.
    param_names: &'a HashMap<String, Vec<String>>,
    classes: &'a [ir::Class],
    enums: &'a [ir::EnumDef],
    /// Attributes assigned to instances from outside their class, which
    /// become fields (on the reporting walk).
    outside_fields: BTreeSet<(String, String)>,
    /// `Some` on the reporting walk.
    diags: Option<&'a mut Vec<Diagnostic>>,
    locals: HashMap<String, Type>,
    ret: Type,
    /// In a generator: the type of what it yields.
    yields: Option<Type>,
    /// Around the handlers of a `try`: what the generators its body
    /// resumes return, the types a StopIteration's `value` can have.
    stopped: Vec<Vec<Type>>,
    /// The program-method form of calls lowered as a builtin's, by span
    /// (see [`ir::BoundCall`]).
    program_args: &'a HashMap<(u32, u32), Vec<ir::ClassArgs>>,
}

fn range(span: (u32, u32)) -> std::ops::Range<usize> {
    span.0 as usize..span.1 as usize
}

/// The tuple of two types, one of them an instance.
fn tuple_ty<'t>(l: &'t Type, r: &'t Type) -> &'t Type {
    if matches!(l, Type::Tuple(_)) {
        l
    } else {
        r
    }
}

/// The Python class name used in CPython's messages.
fn py(t: &Type) -> String {
    t.python_name()
}

impl Walker<'_> {
    fn report(&mut self, span: (u32, u32), message: String, help: &str) {
        if let Some(d) = self.diags.as_deref_mut() {
            d.push(Diagnostic::error(message, range(span)).with_help(help));
        }
    }

    fn module(&mut self, m: &ir::Module) {
        for f in m.functions.iter().chain(std::iter::once(&m.main)) {
            self.function(f);
        }
    }

    fn function(&mut self, f: &ir::Function) {
        self.locals = f
            .params
            .iter()
            .map(|p| (p.name.clone(), p.ty.clone()))
            .collect();
        self.locals
            .extend(f.locals.iter().map(|l| (l.name.clone(), l.ty.clone())));
        self.ret = f.ret.clone();
        self.yields = None;
        if f.generator {
            match self.u.resolve(&f.ret) {
                Type::Iterator(item) => self.yields = Some(*item),
                Type::Generator(item, ..) => self.yields = Some(*item),
                t => self.report(
                    f.span,
                    format!(
                        "a generator gives an iterator, but `{}` is annotated {}",
                        f.name,
                        py(&t)
                    ),
                    "annotate it -> Iterator[T] (or Generator[T, None, None])",
                ),
            }
        }
        self.block(&f.body);
        if let (true, Type::Generator(_, _, r)) = (f.generator, self.u.resolve(&f.ret)) {
            if *r != Type::None && !crate::analyze::diverges(&f.body) {
                self.report(
                    f.span,
                    format!(
                        "generator `{}` returns {} but can reach its end without a return",
                        f.name,
                        py(&r)
                    ),
                    "end every path with a return statement",
                );
            }
        }
        // An extern function's value comes from Rust, not from a body.
        if !f.generator
            && f.external.is_none()
            && !crate::analyze::diverges(&f.body)
            && self.u.flow(&f.ret, &Type::None).is_err()
        {
            let ret = self.u.resolve(&f.ret);
            if let Some(d) = self.diags.as_deref_mut() {
                d.push(
                    Diagnostic::error(
                        format!(
                            "function `{}` returns {} but can reach its end without a return",
                            f.name,
                            py(&ret)
                        ),
                        range(f.span),
                    )
                    .with_help("end every path with a return statement"),
                );
            }
        }
        for p in &f.params {
            if self.u.is_unsolved(&p.ty) {
                let msg = format!(
                    "cannot infer the type of parameter `{}` of `{}`",
                    p.name, f.name
                );
                let help = format!(
                    "it takes its type from the calls, and no call gives it a value of a known type: annotate it, for example `{}: int`",
                    p.name
                );
                self.report(f.span, msg, &help);
            }
        }
        for l in &f.locals {
            let t = self.u.resolve(&l.ty);
            if holds_unstorable(&t) {
                let msg = format!(
                    "`{}` would hold a {}, which Molt cannot store yet",
                    l.name,
                    py(&t)
                );
                if let Some(d) = self.diags.as_deref_mut() {
                    d.push(
                        Diagnostic::error(msg, range(f.span))
                            .with_help("store a list instead, made with list(...)"),
                    );
                }
                continue;
            }
            if self.u.is_unsolved(&l.ty) {
                let msg = format!("cannot infer the type of `{}` in `{}`", l.name, f.name);
                if let Some(d) = self.diags.as_deref_mut() {
                    if !d.iter().any(|d| d.message == msg) {
                        d.push(
                            Diagnostic::error(msg, range(f.span))
                                .with_help("assign it a value of a known type"),
                        );
                    }
                }
            }
        }
    }

    /// With a run-time typed operand (`l` is the left's resolved type),
    /// the other operand becomes one too: its containers must hold
    /// run-time typed items.
    fn objectify_partner(&mut self, l: &Type, left: &ir::Expr, right: &ir::Expr) {
        let other = if *l == Type::Obj { right } else { left };
        let _ = self.u.objectify(&other.ty);
    }

    fn place_type(&self, p: &Place) -> Type {
        match p {
            Place::Local(n) => self.locals[n].clone(),
            Place::Global(n) => self.globals[n].clone(),
        }
    }

    fn assign(&mut self, place: &Place, ty: &Type, span: (u32, u32)) {
        let target = self.place_type(place);
        if let Err(m) = self.u.flow(&target, ty) {
            if m.expected.is_var() || m.found.is_var() {
                return;
            }
            let name = match place {
                Place::Local(n) | Place::Global(n) => n,
            };
            self.report(
                span,
                format!(
                    "`{name}` holds {} elsewhere but is assigned {} here",
                    py(&m.expected),
                    py(&m.found)
                ),
                "Molt gives each variable one type: use a new name, or convert (float(x), str(x))",
            );
        }
    }

    fn block(&mut self, body: &[ir::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        match &s.kind {
            StmtKind::Assign { place, value } => {
                self.expr(value);
                match self.u.resolve(&value.ty) {
                    // `pairs = zip(a, b)`: a one-shot iterator, stored as the
                    // iterator object `iter()` would give.
                    Type::Iter(item) if is_one_shot(value) => {
                        self.assign(place, &Type::Iterator(item), value.span)
                    }
                    Type::Iter(_) => self.report(
                        value.span,
                        "a range or dict view stored in a variable is not supported yet".into(),
                        "iterate over it where it is made, or store list(...) of it",
                    ),
                    _ => self.assign(place, &value.ty, value.span),
                }
            }
            StmtKind::SetSlice {
                container,
                bounds,
                value,
            } => {
                self.expr(container);
                self.expr(value);
                for b in bounds.iter().flatten() {
                    self.expr(b);
                    self.expect_int(b, "slice indices must be integers");
                }
                match self.u.resolve(&container.ty) {
                    Type::List(_) => {
                        self.same(&container.ty.clone(), value, "the slice and the list")
                    }
                    Type::Var(_) => {}
                    t => self.report(
                        container.span,
                        format!(
                            "'{}' object does not support slice assignment",
                            t.class_name()
                        ),
                        "assign slices of a list",
                    ),
                }
            }
            StmtKind::DelSlice { container, bounds } => {
                self.expr(container);
                for b in bounds.iter().flatten() {
                    self.expr(b);
                    self.expect_int(b, "slice indices must be integers");
                }
                match self.u.resolve(&container.ty) {
                    Type::List(_) | Type::Var(_) => {}
                    t => self.report(
                        container.span,
                        format!(
                            "'{}' object does not support slice deletion",
                            t.class_name()
                        ),
                        "delete slices of a list",
                    ),
                }
            }
            StmtKind::AssignMany {
                places,
                value,
                starred,
            } => {
                self.expr(value);
                match self.u.resolve(&value.ty) {
                    Type::List(item) => {
                        for (i, p) in places.iter().enumerate() {
                            let t = if Some(i) == *starred {
                                Type::List(item.clone())
                            } else {
                                (*item).clone()
                            };
                            self.assign(p, &t, value.span);
                        }
                    }
                    Type::Tuple(items) if items.len() == places.len() => {
                        for (p, t) in places.iter().zip(items) {
                            self.assign(p, &t, value.span);
                        }
                    }
                    // A NamedTuple unpacks into its fields.
                    Type::Object(c) if starred.is_none() && self.record_fields(&c).is_some() => {
                        let fields = self.record_fields(&c).unwrap_or_default();
                        if fields.len() != places.len() {
                            self.report(
                                value.span,
                                format!(
                                    "a {c} has {} fields, unpacked into {} names",
                                    fields.len(),
                                    places.len()
                                ),
                                "unpack one name per field",
                            );
                        }
                        for (p, t) in places.iter().zip(fields) {
                            self.assign(p, &t, value.span);
                        }
                    }
                    Type::Var(_) => {}
                    // A str, set, dict, iterator or run-time typed value:
                    // its items, as a list would give them.
                    other => match self.element(value) {
                        Some(item) if !matches!(other, Type::Tuple(_)) || starred.is_some() => {
                            for (i, p) in places.iter().enumerate() {
                                let t = if Some(i) == *starred {
                                    Type::List(Box::new(item.clone()))
                                } else {
                                    item.clone()
                                };
                                self.assign(p, &t, value.span);
                            }
                        }
                        _ => self.report(
                            value.span,
                            format!("cannot unpack a {} into {} names", py(&other), places.len()),
                            "unpack a tuple with one item per name",
                        ),
                    },
                }
            }
            StmtKind::ForEach {
                targets,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                if let Some(item) = self.element(iter) {
                    self.bind_targets(targets, &item, iter.span);
                }
                self.block(body);
                self.block(orelse);
            }
            StmtKind::SetItem {
                container,
                index,
                op,
                value,
            } => {
                self.expr(container);
                self.expr(index);
                self.expr(value);
                if let Type::Object(class) = self.u.resolve(&container.ty) {
                    return self.instance_set_item(&class, container, index, *op, value);
                }
                if !self.mutable_container(container, "item assignment") {
                    return;
                }
                if let Some(item) = self.item_type(container, index) {
                    let stored = match op {
                        None => value.ty.clone(),
                        Some(op) => {
                            let (l, r) = (self.u.resolve(&item), self.u.resolve(&value.ty));
                            if l.is_var() || r.is_var() {
                                return;
                            }
                            let current = ir::Expr::new(ExprKind::None, l.clone(), value.span);
                            if let Some(t) = self.instance_binop(*op, &current, value, true) {
                                match t {
                                    Some(t) => t,
                                    None => return,
                                }
                            } else {
                                match binop_type(*op, &l, &r, value) {
                                    Ok(t) => t,
                                    Err(msg) => {
                                        return self.report(value.span, msg, "convert one operand")
                                    }
                                }
                            }
                        }
                    };
                    self.flow_or_report(
                        &item,
                        &stored,
                        value.span,
                        |e, f| format!("the container holds {e} but this stores {f}"),
                        "store values of the container's one type",
                    );
                }
            }
            StmtKind::DelItem { container, index } => {
                self.expr(container);
                self.expr(index);
                if let Type::Object(class) = self.u.resolve(&container.ty) {
                    return self.instance_del_item(&class, container, index);
                }
                if self.mutable_container(container, "item deletion") {
                    let _ = self.item_type(container, index);
                }
            }
            StmtKind::AugAssign { place, op, value } => {
                self.expr(value);
                let target = self.place_type(place);
                let current = ir::Expr::new(place.read(), target.clone(), value.span);
                if let Some(t) = self.instance_binop(*op, &current, value, true) {
                    if let Some(t) = t {
                        self.assign(place, &t, value.span);
                    }
                    return;
                }
                let (l, r) = (self.u.resolve(&target), self.u.resolve(&value.ty));
                if l.is_var() || r.is_var() {
                    return;
                }
                if let (Type::List(_), Type::List(_), BinOp::Add) = (&l, &r, op) {
                    let _ = self.u.unify(&target, &value.ty);
                }
                let (l, r) = (self.u.resolve(&target), self.u.resolve(&value.ty));
                match binop_type(*op, &l, &r, value) {
                    Ok(t) => {
                        if self.u.flow(&target, &t).is_err() {
                            self.report(
                                value.span,
                                format!("`{}=` on {} and {} gives {}, which would change the variable's type", op.python(), py(&l), py(&r), py(&t)),
                                "Molt gives each variable one type: start it as that type (for example 0.0 for a float)",
                            );
                        }
                    }
                    Err(msg) => self.report(
                        value.span,
                        msg,
                        "convert one operand so both have a supported type",
                    ),
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::SetAttr {
                object,
                name,
                op,
                value,
            } => self.set_attr(object, name, *op, value),
            StmtKind::Print {
                args,
                sep,
                end,
                file,
                ..
            } => {
                args.iter().chain(sep).chain(end).for_each(|e| self.expr(e));
                if let Some(file) = file {
                    self.expr(file);
                    self.print_file(file);
                }
            }
            StmtKind::If { cond, then, orelse } => {
                self.expr(cond);
                self.block(then);
                self.block(orelse);
            }
            StmtKind::While { cond, body, orelse } => {
                self.expr(cond);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::ForRange {
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => {
                for e in [Some(start), Some(stop), step.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    self.expr(e);
                    self.expect_int(e, "range() arguments must be ints");
                }
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Return(Some(v)) if self.yields.is_some() => {
                self.expr(v);
                if let Type::Generator(_, _, ret) = self.u.shallow(&self.ret) {
                    let help = "return the type its Generator[...] annotation names";
                    self.generator_flow(&ret, v, "returns", "return", help);
                } else if v.ty != Type::None {
                    self.report(
                        v.span,
                        "a generator's `return` with a value is not supported yet".into(),
                        "end the generator with a bare `return`",
                    );
                }
            }
            StmtKind::Return(_) if self.yields.is_some() => {}
            StmtKind::Return(v) => {
                let ty = v.as_ref().map(|v| {
                    self.expr(v);
                    // `return map(f, xs)`: the iterator object `iter()` gives.
                    match self.u.resolve(&v.ty) {
                        Type::Iter(item) if is_one_shot(v) => Type::Iterator(item),
                        _ => v.ty.clone(),
                    }
                });
                let ty = ty.unwrap_or(Type::None);
                let ret = self.ret.clone();
                if let Err(m) = self.u.flow(&ret, &ty) {
                    if !m.found.is_var() {
                        let span = v.as_ref().map(|v| v.span).unwrap_or((0, 0));
                        self.report(
                            span,
                            format!(
                                "the function returns {} here but {} elsewhere",
                                py(&m.found),
                                py(&m.expected)
                            ),
                            "return one type from every path (convert with float(...) or str(...))",
                        );
                    }
                }
            }
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                // Only a handler that names the exception can read `e.value`.
                let returned = if handlers.iter().any(|h| h.name.is_some()) {
                    self.generators_returning(body)
                } else {
                    Vec::new()
                };
                self.stopped.push(returned);
                for h in handlers {
                    self.block(&h.body);
                }
                self.stopped.pop();
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::With {
                body,
                exit,
                exit_raised,
                ..
            } => {
                self.expr(exit);
                self.expr(exit_raised);
                self.block(body);
            }
            StmtKind::Assert { cond, message } => {
                self.expr(cond);
                message.iter().for_each(|m| self.expr(m));
            }
            StmtKind::Exit(arg) => {
                if let Some(a) = arg {
                    self.expr(a);
                    let t = self.u.resolve(&a.ty);
                    if !matches!(
                        t,
                        Type::Int | Type::Bool | Type::Str | Type::None | Type::Var(_)
                    ) {
                        self.report(
                            a.span,
                            format!("sys.exit() with a {} is not supported", py(&t)),
                            "pass an int status or a str message",
                        );
                    }
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Yield(v) => {
                self.expr(v);
                if let Some(t) = self.yields.clone() {
                    self.generator_flow(&t, v, "yields", "yield", "yield values of one type");
                }
            }
            StmtKind::YieldFrom(v) => {
                self.expr(v);
                if let (Some(item), Some(t)) = (self.element(v), self.yields.clone()) {
                    let _ = self.u.flow(&t, &item);
                }
            }
        }
    }

    /// What a generator yields or returns flows into its annotated type;
    /// a mismatch between known types is reported.
    fn generator_flow(&mut self, slot: &Type, v: &ir::Expr, does: &str, what: &str, help: &str) {
        if let Err(m) = self.u.flow(slot, &v.ty) {
            if !m.expected.is_var() && !m.found.is_var() {
                let message = format!(
                    "the generator {does} {} here but is annotated to {what} {}",
                    py(&m.found),
                    py(&m.expected)
                );
                self.report(v.span, message, help);
            }
        }
    }

    /// Lists and dicts take item assignment; CPython raises TypeError for
    /// the others, which Molt reports before running anything.
    fn mutable_container(&mut self, container: &ir::Expr, what: &str) -> bool {
        let ty = match self.u.resolve(&container.ty) {
            // `x[i] = v` of a `T | None`: None raises TypeError.
            Type::Optional(inner) if what == "item assignment" => *inner,
            t => t,
        };
        match ty {
            Type::List(_) | Type::Dict(..) | Type::ByteArray | Type::Obj | Type::Var(_) => true,
            t => {
                self.report(
                    container.span,
                    format!("'{}' object does not support {what}", t.class_name()),
                    "build a new value instead, or use a list",
                );
                false
            }
        }
    }

    /// Lets a value of type `found` flow into `slot`. A mismatch between
    /// known types is reported with `message(expected, found)`; one with
    /// an unsolved side waits for a later walk.
    pub(super) fn flow_or_report(
        &mut self,
        slot: &Type,
        found: &Type,
        span: (u32, u32),
        message: impl FnOnce(String, String) -> String,
        help: &str,
    ) {
        if let Err(m) = self.u.flow(slot, found) {
            if !m.expected.is_var() && !m.found.is_var() {
                self.report(span, message(py(&m.expected), py(&m.found)), help);
            }
        }
    }

    /// Unifies a container's element type with one of its items.
    fn same(&mut self, expected: &Type, item: &ir::Expr, what: &str) {
        self.flow_or_report(
            expected,
            &item.ty,
            item.span,
            |e, f| format!("{what} mix {e} and {f}"),
            "Molt containers hold one type: convert the items, or use separate containers",
        );
    }

    /// Float keys are kept as `Obj`, whose hash and equality are CPython's
    /// (so `1`, `1.0` and `True` are one key).
    fn float_keys(&mut self, key: &Type) {
        if self.u.resolve(key) == Type::Float {
            let _ = self.u.flow(key, &Type::Obj);
        }
    }

    /// A `math` function's call: its type from its arguments'.
    fn math_call(
        &mut self,
        e: &ir::Expr,
        func: crate::math::MathFn,
        types: &[Type],
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
    ) {
        use crate::math::Shape;
        let item = match func.shape() {
            Shape::Fsum | Shape::Prod => match self.element(&args[0]) {
                Some(t) if !t.is_var() => Some(t),
                _ => return,
            },
            _ => None,
        };
        let mut keyword_types = Vec::new();
        for (_, value) in kwargs {
            let t = self.u.resolve(&value.ty);
            if t.is_var() {
                return;
            }
            keyword_types.push(t);
        }
        let start = kwargs
            .iter()
            .zip(&keyword_types)
            .find(|((k, _), _)| k == "start")
            .map(|(_, t)| t);
        let tolerances_real = func.shape() != Shape::IsClose
            || keyword_types
                .iter()
                .all(|t| matches!(t, Type::Int | Type::Bool | Type::Float));
        let result = if tolerances_real {
            func.result(types, item.as_ref(), start)
        } else {
            Err("math.isclose() tolerances must be real numbers".to_string())
        };
        match result {
            Ok(t) => {
                let _ = self.u.unify(&e.ty, &t);
            }
            Err(message) => self.report(
                e.span,
                message,
                "convert the arguments: `float(x)` for a real number, `int(x)` for an integer",
            ),
        }
    }

    /// What iterating over this value gives, once its type is known.
    fn element(&mut self, iter: &ir::Expr) -> Option<Type> {
        let iterated = match self.u.resolve(&iter.ty) {
            // A `T | None` iterates as a `T`, None raising TypeError.
            Type::Optional(inner) => *inner,
            t => t,
        };
        match iterated {
            Type::Var(_) => None,
            Type::Object(class) => self.instance_element(&class, iter.span),
            t if t.element().is_some() => t.element(),
            other => {
                self.report(
                    iter.span,
                    format!("'{}' object is not iterable here", py(&other)),
                    "iterate over a list, str, dict, range or a tuple of one type",
                );
                None
            }
        }
    }

    /// The type stored at `container[index]`, checking the index.
    fn item_type(&mut self, container: &ir::Expr, index: &ir::Expr) -> Option<Type> {
        // A `T | None` indexes as a `T`, None raising TypeError.
        if let Type::Optional(inner) = self.u.shallow(&container.ty) {
            if !matches!(*inner, Type::Object(_)) {
                let value = ir::Expr::new(ExprKind::None, *inner, container.span);
                return self.item_type(&value, index);
            }
        }
        if let Type::Object(class) = self.u.resolve(&container.ty) {
            return self.instance_item(&class, index);
        }
        // The item variables stay, so that storing another type widens them.
        match self.u.shallow(&container.ty) {
            Type::Obj => Some(Type::Obj),
            Type::List(t) => {
                self.expect_index(index, "list indices must be integers");
                Some(*t)
            }
            Type::VarTuple(t) => {
                self.expect_index(index, "tuple indices must be integers");
                Some(*t)
            }
            Type::Str => {
                self.expect_int(index, "string indices must be integers");
                Some(Type::Str)
            }
            Type::Bytes | Type::ByteArray => {
                self.expect_int(index, "byte indices must be integers");
                Some(Type::Int)
            }
            Type::Range => {
                self.expect_int(index, "range indices must be integers or slices");
                Some(Type::Int)
            }
            Type::Dict(k, v) => {
                self.same(&k, index, "dict keys");
                Some(*v)
            }
            Type::Tuple(items) => match crate::methods::literal_index(index) {
                Some(i) => {
                    let n = items.len() as i64;
                    let i = if i < 0 { i + n } else { i };
                    if (0..n).contains(&i) {
                        Some(items[i as usize].clone())
                    } else {
                        self.report(
                            index.span,
                            "tuple index out of range".into(),
                            "index within the tuple's length",
                        );
                        None
                    }
                }
                // An index known at run time needs one item type.
                None if !items.is_empty() && items.iter().all(|t| *t == items[0]) => {
                    self.expect_int(index, "tuple indices must be integers");
                    Some(items[0].clone())
                }
                None => {
                    self.report(
                        index.span,
                        "an index known only at run time into a tuple of mixed types is not supported yet".into(),
                        "write t[0], t[1], ... or unpack the tuple",
                    );
                    None
                }
            },
            Type::Var(_) => None,
            other => {
                self.report(
                    container.span,
                    format!("'{}' object is not subscriptable", other.class_name()),
                    "index a list, str, dict or tuple",
                );
                None
            }
        }
    }

    fn bind_targets(&mut self, targets: &[Place], item: &Type, span: (u32, u32)) {
        let types: Vec<Type> = targets.iter().map(|p| self.place_type(p)).collect();
        self.bind_types(&types, item, span);
    }

    /// Unifies loop targets with what the loop yields (unpacking tuples).
    fn bind_types(&mut self, targets: &[Type], item: &Type, span: (u32, u32)) {
        let results: Vec<Result<(), crate::types::Mismatch>> = if targets.len() == 1 {
            vec![self.u.unify(&targets[0], item)]
        } else {
            match self.u.resolve(item) {
                Type::Tuple(items) if items.len() == targets.len() => targets
                    .iter()
                    .zip(&items)
                    .map(|(t, i)| self.u.unify(t, i))
                    .collect(),
                Type::Var(_) => return,
                other => {
                    return self.report(
                        span,
                        format!(
                            "cannot unpack a {} into {} names",
                            py(&other),
                            targets.len()
                        ),
                        "unpack tuples with one item per name",
                    );
                }
            }
        };
        for r in results {
            if let Err(m) = r {
                if !m.expected.is_var() && !m.found.is_var() {
                    self.report(
                        span,
                        format!(
                            "the loop variable holds {} elsewhere but gets {} here",
                            py(&m.expected),
                            py(&m.found)
                        ),
                        "use a new name for this loop",
                    );
                }
            }
        }
    }

    /// A list or tuple index: an int, or a run-time typed value that is
    /// checked when it is used (`ExprKind::ObjIndex`).
    fn expect_index(&mut self, e: &ir::Expr, what: &str) {
        if self.u.resolve(&e.ty) != Type::Obj {
            self.expect_int(e, what);
        }
    }

    fn expect_int(&mut self, e: &ir::Expr, what: &str) {
        let t = self.u.resolve(&e.ty);
        if !matches!(t, Type::Int | Type::Bool | Type::Var(_)) {
            self.report(
                e.span,
                format!("{what}, not {}", py(&t)),
                "convert with int(...)",
            );
        }
    }

    fn expr(&mut self, e: &ir::Expr) {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::None
            | ExprKind::Sent => {}
            ExprKind::Local(_) | ExprKind::Global(_) => {}
            ExprKind::Binary { op, left, right } => {
                self.expr(left);
                self.expr(right);
                let (l, r) = (self.u.resolve(&left.ty), self.u.resolve(&right.ty));
                if l.is_var() || r.is_var() {
                    return;
                }
                // `xs + []`: an empty list takes the other list's element type.
                if let (Type::List(_), Type::List(_), BinOp::Add) = (&l, &r, op) {
                    let _ = self.u.unify(&left.ty, &right.ty);
                }
                // `[None] * n` is the same list type as `[None]`, item
                // variable included, so that storing a `P` later widens
                // the items to `P | None`.
                if *op == BinOp::Mul {
                    match (&l, &r) {
                        (Type::List(_), Type::Int | Type::Bool) => {
                            let _ = self.u.unify(&e.ty, &left.ty);
                            return;
                        }
                        (Type::Int | Type::Bool, Type::List(_)) => {
                            let _ = self.u.unify(&e.ty, &right.ty);
                            return;
                        }
                        _ => {}
                    }
                }
                // `str % x` is str's formatting whatever `x` is.
                let formatting = *op == BinOp::Mod && l == Type::Str;
                let by_method = match formatting {
                    true => None,
                    false => self.instance_binop(*op, left, right, false),
                };
                if let Some(t) = by_method {
                    if let Some(t) = t {
                        let _ = self.u.unify(&e.ty, &t);
                    }
                    return;
                }
                let (l, r) = (self.u.resolve(&left.ty), self.u.resolve(&right.ty));
                let (l, r) = (self.as_number(l), self.as_number(r));
                // `%`-formatting takes builtin values.
                if *op == BinOp::Mod && l == Type::Str {
                    let args = match &r {
                        Type::Tuple(items) => items.clone(),
                        t => vec![t.clone()],
                    };
                    // Instances at `%s`/`%r` of a literal template are
                    // formatted by their `__str__`/`__repr__`.
                    let convs = match &left.kind {
                        ExprKind::Str(text) => {
                            crate::percent::conversions(text).filter(|c| c.len() == args.len())
                        }
                        _ => None,
                    };
                    let by_instance = |i: usize, t: &Type| {
                        convs
                            .as_ref()
                            .is_some_and(|c| crate::percent::formats_instance(t, c[i]))
                    };
                    if let Some((_, t)) = args.iter().enumerate().find(|(i, t)| {
                        matches!(t, Type::Object(_) | Type::Enum(_) | Type::Optional(_))
                            && !by_instance(*i, t)
                    }) {
                        return self.report(
                            right.span,
                            format!("%-formatting a {} is not supported yet", py(t)),
                            "format it with an f-string or str.format",
                        );
                    }
                }
                if l == Type::Obj || r == Type::Obj {
                    self.objectify_partner(&l, left, right);
                }
                match binop_type(*op, &l, &r, right) {
                    Ok(t) => {
                        let _ = self.u.unify(&e.ty, &t);
                    }
                    Err(msg) => self.report(
                        e.span,
                        msg,
                        "convert one operand, for example with str(...) or float(...)",
                    ),
                }
            }
            ExprKind::Unary { op, operand } => {
                self.expr(operand);
                let t = self.u.resolve(&operand.ty);
                let t = self.as_number(t);
                let result = match (op, &t) {
                    (_, Type::Var(_)) => return,
                    (UnaryOp::Not, _) => Type::Bool,
                    (_, Type::Obj) => Type::Obj,
                    (_, Type::Object(class))
                        if self
                            .funcs
                            .contains_key(&format!("{class}.{}", unary_dunder(*op))) =>
                    {
                        self.funcs[&format!("{class}.{}", unary_dunder(*op))]
                            .1
                            .clone()
                    }
                    (UnaryOp::Neg | UnaryOp::Pos, Type::Float) => Type::Float,
                    (_, Type::Int | Type::Bool) => Type::Int,
                    _ => {
                        let sym = match op {
                            UnaryOp::Neg => "-",
                            UnaryOp::Pos => "+",
                            _ => "~",
                        };
                        self.report(
                            e.span,
                            format!("bad operand type for unary {sym}: '{}'", py(&t)),
                            "apply it to a number",
                        );
                        return;
                    }
                };
                let _ = self.u.unify(&e.ty, &result);
            }
            ExprKind::Compare { first, rest } => {
                self.expr(first);
                let mut left = first.as_ref();
                for (op, right) in rest {
                    self.expr(right);
                    self.compare(*op, left, right);
                    left = right;
                }
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                    self.flow_or_report(
                        &e.ty,
                        &v.ty,
                        e.span,
                        |a, b| format!("`and`/`or` here mixes {a} and {b}, so its value's type depends on the data"),
                        "give both operands one type, or use the expression only as a condition",
                    );
                }
            }
            ExprKind::IfElse { cond, then, orelse } => {
                self.expr(cond);
                self.expr(then);
                self.expr(orelse);
                for v in [then, orelse] {
                    // Named by the branches' own types: the expression's may
                    // already be their join, `object`.
                    let (a, b) = (
                        py(&self.u.resolve(&then.ty)),
                        py(&self.u.resolve(&orelse.ty)),
                    );
                    let help = if [a.as_str(), b.as_str()].contains(&"range") {
                        "make both branches the same type: list(range(...)) is the list of a range's items"
                    } else {
                        "make both branches the same type"
                    };
                    self.flow_or_report(
                        &e.ty,
                        &v.ty,
                        e.span,
                        |_, _| format!("the two branches give {a} and {b}"),
                        help,
                    );
                }
            }
            ExprKind::Call { func, args } => {
                args.iter().for_each(|a| self.expr(a));
                let (params, _) = self.funcs[func].clone();
                for (i, (p, a)) in params.iter().zip(args).enumerate() {
                    if let Err(m) = self.u.flow(p, &a.ty) {
                        // Calls that disagree: a copy of the function per call may fit.
                        if self.u.request_split(p) {
                            continue;
                        }
                        if !m.found.is_var() {
                            let help = if m.expected == Type::Float && m.found == Type::Int {
                                "Python keeps an int an int even where float is annotated; pass a float such as 1.0 or float(x)"
                            } else {
                                "pass a value of the annotated type"
                            };
                            self.report(
                                a.span,
                                format!("argument {} of {func}() is {} but the parameter is annotated {}", i + 1, py(&m.found), py(&m.expected)),
                                help,
                            );
                        }
                    }
                }
            }
            ExprKind::Builtin { func, args, kwargs } => {
                args.iter().for_each(|a| self.expr(a));
                kwargs.iter().for_each(|(_, a)| self.expr(a));
                self.builtin(e, *func, args, kwargs);
            }
            ExprKind::List(items) => {
                let Type::List(item) = e.ty.clone() else {
                    return;
                };
                for i in items {
                    self.expr(i);
                    self.same(&item, i, "list items");
                }
            }
            ExprKind::Dict(pairs) => {
                let Type::Dict(k, v) = e.ty.clone() else {
                    return;
                };
                for (key, value) in pairs {
                    self.expr(key);
                    self.expr(value);
                    self.same(&k, key, "dict keys");
                    self.same(&v, value, "dict values");
                }
                self.float_keys(&k);
                let key = self.u.resolve(&k);
                if !key.is_var() && !self.hashable(&key) {
                    self.report(
                        e.span,
                        format!("a {} cannot be a dict key", py(&key)),
                        "use int, str, bool or a tuple of those as keys",
                    );
                }
            }
            ExprKind::Set(items) => {
                let Type::Set(item) = e.ty.clone() else {
                    return;
                };
                for i in items {
                    self.expr(i);
                    self.same(&item, i, "set items");
                }
                self.float_keys(&item);
                let t = self.u.resolve(&item);
                if !t.is_var() && !self.hashable(&t) {
                    self.report(
                        e.span,
                        format!("unhashable type: '{}'", t.class_name()),
                        "set items must be hashable: int, str, bool, tuple or frozenset",
                    );
                }
            }
            ExprKind::Index { value, index } => {
                self.expr(value);
                self.expr(index);
                if let Some(t) = self.item_type(value, index) {
                    let _ = self.u.unify(&e.ty, &t);
                }
            }
            ExprKind::Slice {
                value,
                lower,
                upper,
                step,
            } => {
                self.expr(value);
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                    self.expect_int(part, "slice indices must be integers");
                }
                match self.u.resolve(&value.ty) {
                    t @ (Type::List(_)
                    | Type::VarTuple(_)
                    | Type::Str
                    | Type::Bytes
                    | Type::ByteArray
                    | Type::Range
                    | Type::Obj) => {
                        let _ = self.u.unify(&e.ty, &t);
                    }
                    Type::Var(_) => {}
                    t => self.report(
                        e.span,
                        format!("'{}' object cannot be sliced", t.class_name()),
                        "slice a list or a str",
                    ),
                }
            }
            ExprKind::Method {
                receiver,
                name,
                args,
                kwargs,
            } => {
                self.expr(receiver);
                args.iter().for_each(|a| self.expr(a));
                kwargs.iter().for_each(|(_, a)| self.expr(a));
                let recv = self.u.resolve(&receiver.ty);
                if let (Type::Func(sig), "__call__") = (&recv, name.as_str()) {
                    return self.call_value(e, sig, args);
                }
                // A method of the instance an exception carries.
                if let Type::Exc(class) = &recv {
                    if self.classes.iter().any(|c| &c.name == class) {
                        return self.method_call(e, class, name, args, kwargs);
                    }
                }
                let instance = match &recv {
                    Type::Optional(inner) => &**inner,
                    t => t,
                };
                if let Type::Object(class) = instance {
                    let bound = self
                        .program_args
                        .get(&e.span)
                        .and_then(|per_class| per_class.iter().find(|b| b.classes.contains(class)));
                    if let Some(bound) = bound {
                        bound.args.iter().for_each(|a| self.expr(a));
                        return self.method_call(e, class, name, &bound.args, &[]);
                    }
                }
                if let Type::Object(class) = &recv {
                    return self.method_call(e, class, name, args, kwargs);
                }
                if let Type::Enum(enum_name) = &recv {
                    return self.enum_method(e, enum_name, name, args);
                }
                if let Type::Optional(inner) = &recv {
                    if let Type::Object(class) = &**inner {
                        return self.method_call(e, class, name, args, kwargs);
                    }
                }
                if recv.is_var() {
                    return self.report(
                        receiver.span,
                        format!("cannot infer the type of the value whose `{name}` is called"),
                        "give the value a known type first, for example with an annotation",
                    );
                }
                if recv == Type::Obj {
                    // Dispatched by name at run time, with CPython's
                    // AttributeError for a method the value lacks.
                    if let Some((k, v)) = kwargs.first() {
                        return self.report(
                            v.span,
                            format!("keyword argument `{k}` of a method of a value whose type is known only at run time is not supported yet"),
                            "pass the arguments by position",
                        );
                    }
                    for a in args {
                        if self.u.objectify(&a.ty).is_err() {
                            return self.report(
                                a.span,
                                format!(
                                    "a {} cannot be passed to a method of a run-time typed value",
                                    py(&self.u.resolve(&a.ty))
                                ),
                                "pass a value Molt can store as an object",
                            );
                        }
                    }
                    let _ = self.u.unify(&e.ty, &Type::Obj);
                    return;
                }
                if let (Type::List(item), "sort") = (&recv, name.as_str()) {
                    if let Some((_, key)) = kwargs.iter().find(|(k, _)| k == "key") {
                        self.key_type(key, item);
                    }
                }
                // The receiver keeps its item variables, so that storing a
                // value of another type can widen them. A method of a file
                // that may be None is the file's (AttributeError for None).
                let recv = match self.u.shallow(&receiver.ty) {
                    Type::Optional(inner) if matches!(*inner, Type::File { .. }) => *inner,
                    recv => recv,
                };
                match crate::methods::method_type(self.u, &recv, name, args, kwargs) {
                    // `d.get(k)`: the value or None, known at run time.
                    Ok(Some(t))
                        if name == "get" && args.len() == 1 && matches!(recv, Type::Dict(..)) =>
                    {
                        match self.u.objectify(&t) {
                            Ok(()) => {
                                let _ = self.u.unify(&e.ty, &Type::Obj);
                            }
                            Err(_) => self.report(
                                e.span,
                                format!(
                                    "d.get(key) of a dict of {} values is not supported yet",
                                    py(&self.u.resolve(&t))
                                ),
                                "pass a default: d.get(key, default)",
                            ),
                        }
                    }
                    Ok(Some(t)) => {
                        let _ = self.u.unify(&e.ty, &t);
                    }
                    Ok(None) => {}
                    Err((msg, help)) => self.report(e.span, msg, &help),
                }
            }
            ExprKind::Comp {
                element,
                value,
                generators,
            } => {
                for g in generators {
                    self.expr(&g.iter);
                    if let Some(item) = self.element(&g.iter) {
                        let types: Vec<Type> = g.targets.iter().map(|(_, t)| t.clone()).collect();
                        self.bind_types(&types, &item, g.iter.span);
                    }
                    g.conds.iter().for_each(|c| self.expr(c));
                }
                self.expr(element);
                if let Some(v) = value {
                    self.expr(v);
                }
                if let (Type::List(item), None) = (&e.ty, value) {
                    if element.ty == Type::None {
                        self.same(item, element, "list items");
                    }
                }
            }
            ExprKind::Range { start, stop, step } => {
                for part in [Some(start), Some(stop), step.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    self.expr(part);
                    self.expect_int(part, "range() arguments must be ints");
                }
            }
            ExprKind::Bound(_) | ExprKind::FuncRef(_) => {}
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::Tuple(items) => items.iter().for_each(|i| self.expr(i)),
            ExprKind::Truthy(inner)
            | ExprKind::ToObj(inner)
            | ExprKind::Upcast(inner)
            | ExprKind::Downcast(inner)
            | ExprKind::ObjIndex { value: inner, .. }
            | ExprKind::NoneChecked { value: inner, .. }
            | ExprKind::Some(inner) => self.expr(inner),
            ExprKind::Narrowed { value, class } => {
                self.expr(value);
                self.narrowed(e, value, class);
            }
            ExprKind::NotNone(inner) => {
                self.expr(inner);
                match self.u.resolve(&inner.ty) {
                    Type::Optional(t) => {
                        let _ = self.u.unify(&e.ty, &t);
                    }
                    // Only None so far: the value may yet widen to `T | None`,
                    // and the read is of the `T`, which is not known yet.
                    Type::Var(_) | Type::None => {}
                    _ => {
                        let _ = self.u.unify(&e.ty, &inner.ty);
                    }
                }
            }
            ExprKind::Walrus { place, value } => {
                self.expr(value);
                self.assign(place, &value.ty, value.span);
                let _ = self.u.unify(&e.ty, &value.ty);
            }
            ExprKind::New { class, args } => {
                args.iter().for_each(|a| self.expr(a));
                self.new_instance(e, class, args);
            }
            ExprKind::NewExc { args, .. } => self.new_exception(args),
            ExprKind::Lambda { body, .. } => self.expr(body),
            ExprKind::ExcClass(_) | ExprKind::CacheInfo { .. } => {}
            ExprKind::ExcFromInstance(new) => {
                self.expr(new);
                self.exception_instance_args(new);
            }
            ExprKind::ExcInstance(inner) => self.expr(inner),
            ExprKind::Closure(c) => {
                c.captures.iter().for_each(|a| self.expr(a));
                c.bound.iter().for_each(|(_, a)| self.expr(a));
                if let Some(w) = &c.wraps {
                    self.expr(w);
                    if !matches!(self.u.resolve(&w.ty), Type::Func(_) | Type::Var(_)) {
                        self.report(
                            w.span,
                            "functools.wraps() takes the function being wrapped".into(),
                            "pass the decorated function, as in @functools.wraps(func)",
                        );
                    }
                }
                let locals = std::mem::take(&mut self.locals);
                let ret = self.ret.clone();
                // A generator expression inside a plain function leaves
                // the function's own `return` checks as they were.
                let yields = self.yields.take();
                self.function(&c.func);
                self.locals = locals;
                self.ret = ret;
                self.yields = yields;
            }
            ExprKind::Attr { value, name } => {
                self.expr(value);
                if let Type::Enum(enum_name) = self.u.resolve(&value.ty) {
                    return self.enum_attr(e, &enum_name, name);
                }
                if let Type::Exc(class) = self.u.resolve(&value.ty) {
                    return self.exception_attr(e, &class, name);
                }
                if let Type::ExcType = self.u.resolve(&value.ty) {
                    return self.exception_class_attr(e, name);
                }
                if let file @ Type::File { .. } = self.u.resolve(&value.ty) {
                    return self.file_attr(e, &file, name);
                }
                // A function's name.
                if let Type::Func(_) = self.u.resolve(&value.ty) {
                    match name.as_str() {
                        "__name__" => {
                            let _ = self.u.unify(&e.ty, &Type::Str);
                            return;
                        }
                        "__doc__" => {
                            let _ = self.u.unify(&e.ty, &Type::Optional(Box::new(Type::Str)));
                            return;
                        }
                        _ => {}
                    }
                }
                self.attr(e, value, name);
            }
            ExprKind::EnumMember { .. } | ExprKind::EnumMembers(_) => {}
            ExprKind::EnumLookup { name, arg, by_name } => {
                self.expr(arg);
                self.enum_lookup(name, arg, *by_name);
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) {
        for p in parts {
            if let FPart::Value { value, spec, .. } = p {
                self.expr(value);
                if let Some(Spec::Dynamic(inner)) = spec {
                    self.fparts(inner);
                }
                if let Some(Spec::Literal(spec)) = spec {
                    self.check_spec(value, spec);
                }
            }
        }
    }

    /// A literal format spec is checked against the value's type now, so a
    /// bad one is a diagnostic instead of a run-time ValueError.
    fn check_spec(&mut self, value: &ir::Expr, spec: &str) {
        use molt_rt::text::format_spec::{self, parse};
        let t = self.u.resolve(&value.ty);
        let result = parse(spec).and_then(|s| match t {
            Type::Int => format_spec::format_i64(0, &s),
            Type::Bool => format_spec::format_bool(false, &s),
            Type::Float => format_spec::format_float(0.0, &s),
            Type::Str => format_spec::format_str("", &s),
            Type::None if spec.is_empty() => Ok(String::new()),
            Type::Var(_) | Type::Obj => Ok(String::new()),
            // An enum member formats as its str (an IntEnum as its int).
            Type::Enum(_) => Ok(String::new()),
            _ => Err(format!(
                "unsupported format string passed to {}.__format__",
                py(&t)
            )),
        });
        if let Err(msg) = result {
            self.report(
                value.span,
                format!("invalid format spec '{spec}' for a {}: {msg}", py(&t)),
                "fix the format spec",
            );
        }
    }

    fn compare(&mut self, op: CmpOp, left: &ir::Expr, right: &ir::Expr) {
        // `set() <= s`: an empty set takes the other set's item type.
        if let (Type::Set(a) | Type::FrozenSet(a), Type::Set(b) | Type::FrozenSet(b)) =
            (self.u.resolve(&left.ty), self.u.resolve(&right.ty))
        {
            let _ = self.u.unify(&a, &b);
        }
        let (l, r) = (self.u.resolve(&left.ty), self.u.resolve(&right.ty));
        if l.is_var() || r.is_var() {
            return;
        }
        // A NamedTuple compared with a tuple: field by field.
        let record = match (&l, &r) {
            (Type::Object(c), Type::Tuple(items)) => Some((c, items, right)),
            (Type::Tuple(items), Type::Object(c)) => Some((c, items, left)),
            _ => None,
        };
        if let Some((class, items, tuple)) = record {
            if let Some(fields) = self.record_fields(class) {
                let display = matches!(tuple.kind, ExprKind::Tuple(_));
                let same = fields.len() == items.len()
                    && fields
                        .iter()
                        .zip(items)
                        .all(|(f, t)| f == t || (*f == Type::Obj && display));
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !same {
                    self.report(
                        right.span,
                        format!(
                            "'{}' between a {class} and a {} is not supported",
                            op.python(),
                            py(tuple_ty(&l, &r))
                        ),
                        "compare with == or != and a tuple of the fields' types",
                    );
                }
                return;
            }
        }
        let container = |t: &Type| {
            matches!(
                t,
                Type::List(_)
                    | Type::VarTuple(_)
                    | Type::Dict(..)
                    | Type::Tuple(_)
                    | Type::Iter(_)
                    | Type::Set(_)
                    | Type::FrozenSet(_)
            )
        };
        if (l == Type::Obj || r == Type::Obj) && !matches!(op, CmpOp::Is | CmpOp::IsNot) {
            // Decided at run time, with CPython's TypeErrors.
            self.objectify_partner(&l, left, right);
            return;
        }
        // Enum members and instances: what their classes allow.
        let decided = self
            .enum_compare(op, &l, &r)
            .map(|ok| {
                (
                    ok,
                    "compare members of one enum (an IntEnum's also with numbers)",
                )
            })
            .or_else(|| {
                self.instance_compare(op, &l, &r).map(|ok| {
                    (
                        ok,
                        "define the comparison method (__lt__, __eq__, ...) on the class",
                    )
                })
            });
        if let Some((ok, help)) = decided {
            if !ok {
                self.report(
                    right.span,
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.python(),
                        py(&l),
                        py(&r)
                    ),
                    help,
                );
            }
            return;
        }
        let sets = matches!((&l, &r), (Type::Set(a) | Type::FrozenSet(a), Type::Set(b) | Type::FrozenSet(b)) if a == b)
            || matches!(
                (&l, &r),
                (Type::Bytes | Type::ByteArray, Type::Bytes | Type::ByteArray)
            );
        let ok = match op {
            // Containers of different types could still be equal in Python
            // ([1] == [1.0]), so only equal container types compare.
            CmpOp::Eq | CmpOp::Ne => {
                sets || l == r
                    || (l.is_numeric() && r.is_numeric())
                    || !(container(&l) || container(&r))
            }
            CmpOp::Is | CmpOp::IsNot => {
                l == Type::None
                    || r == Type::None
                    || crate::types::optional_identity(&l, &r).is_some()
                    || classes::related_identity(self.classes, &l, &r).is_some()
                    // Identity is tracked for containers; `x is True` tests the value.
                    || ((l == Type::Obj || r == Type::Obj)
                        && [&l, &r].iter().all(|t| {
                            matches!(
                                t,
                                Type::Obj
                                    | Type::Bool
                                    | Type::List(_)
                                    | Type::Dict(..)
                                    | Type::Set(_)
                                    | Type::ByteArray
                            )
                        }))
                    || (l == r
                        && matches!(l, Type::List(_) | Type::Dict(..) | Type::Set(_) | Type::Func(_)))
            }
            CmpOp::In | CmpOp::NotIn => match &r {
                Type::Str => l == Type::Str,
                Type::Bytes | Type::ByteArray => {
                    matches!(l, Type::Int | Type::Bool | Type::Bytes | Type::ByteArray)
                }
                Type::List(t) | Type::VarTuple(t) => {
                    let t = (**t).clone();
                    self.u.flow(&t, &left.ty).is_ok()
                }
                Type::Dict(k, _) | Type::Set(k) | Type::FrozenSet(k) => {
                    let k = (**k).clone();
                    self.u.flow(&k, &left.ty).is_ok()
                }
                Type::Tuple(items) => items.iter().all(|t| *t == l),
                Type::Iterator(t) => {
                    let t = (**t).clone();
                    self.u.flow(&t, &left.ty).is_ok()
                }
                // `k in d.keys()`, `v in d.values()`.
                Type::Iter(t) => {
                    let view = matches!(&right.kind, ExprKind::Method { name, receiver, .. }
                        if matches!(name.as_str(), "keys" | "values" | "items")
                            && matches!(self.u.resolve(&receiver.ty), Type::Dict(..)));
                    view && self.u.unify(t, &left.ty).is_ok()
                }
                Type::Range => l == Type::Int,
                _ => false,
            },
            _ => sets || (l.is_numeric() && r.is_numeric()) || (l == r && self.orderable(&l)),
        };
        if !ok {
            let (msg, help) = match op {
                CmpOp::Is | CmpOp::IsNot => (
                    format!("`{}` between {} and {} compares identity, which Molt does not model for values", op.python(), py(&l), py(&r)),
                    "use == or != to compare values; `is` is for None",
                ),
                CmpOp::In | CmpOp::NotIn => (
                    format!("`{}` with {} and {} is not supported yet", op.python(), py(&l), py(&r)),
                    "test membership of an item of the container's type",
                ),
                _ => (
                    format!("'{}' not supported between instances of '{}' and '{}'", op.python(), py(&l), py(&r)),
                    "compare values of the same kind",
                ),
            };
            self.report(right.span, msg, help);
        }
    }

    /// The type a `key=` function gives for an element.
    fn key_type(&mut self, key: &ir::Expr, item: &Type) -> Option<Type> {
        if let ExprKind::Lambda { params, body } = &key.kind {
            let [(_, param)] = params.as_slice() else {
                self.report(
                    key.span,
                    format!(
                        "this lambda takes {} arguments but is given one item",
                        params.len()
                    ),
                    "write a lambda of one parameter: `lambda item: ...`",
                );
                return None;
            };
            let _ = self.u.unify(param, item);
            return Some(self.u.resolve(&body.ty));
        }
        let ExprKind::FuncRef(name) = &key.kind else {
            self.report(
                key.span,
                "key= must name a function here".into(),
                "write key=len, key=abs, key=str or the name of a def",
            );
            return None;
        };
        let item = self.u.resolve(item);
        if item.is_var() {
            return None;
        }
        let result = match (name.as_str(), &item) {
            (
                "len",
                Type::Str
                | Type::List(_)
                | Type::Dict(..)
                | Type::Tuple(_)
                | Type::Set(_)
                | Type::FrozenSet(_),
            ) => Ok(Type::Int),
            ("abs", Type::Int | Type::Bool)
            | ("int", Type::Int | Type::Bool | Type::Float | Type::Str)
            | ("ord", Type::Str) => Ok(Type::Int),
            ("abs", Type::Float) | ("float", Type::Int | Type::Bool | Type::Float | Type::Str) => {
                Ok(Type::Float)
            }
            ("str" | "repr", _) => Ok(Type::Str),
            (m, Type::Str) if m.starts_with("str.is") => Ok(Type::Bool),
            (m, Type::Str) if m.starts_with("str.") => Ok(Type::Str),
            (m, t) if m.starts_with("str.") => Err(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                &m[4..],
                t.class_name()
            )),
            (f, _) => match self.funcs.get(f).cloned() {
                Some((params, ret)) if params.len() == 1 => match self.u.unify(&params[0], &item) {
                    Ok(()) => Ok(ret),
                    Err(_) => Err(format!(
                        "{f}() takes {} but the items are {}",
                        py(&self.u.resolve(&params[0])),
                        py(&item)
                    )),
                },
                Some(_) => Err(format!("{f}() must take exactly one argument to be a key")),
                None => Err(format!("{f}() is not supported as a key for {}", py(&item))),
            },
        };
        match result {
            Ok(t) => {
                let _ = self.u.unify(
                    &key.ty,
                    &Type::Func(Box::new(crate::types::Signature {
                        params: vec![item],
                        ret: t.clone(),
                    })),
                );
                Some(t)
            }
            Err(msg) => {
                self.report(key.span, msg, "use a key function that takes one item");
                None
            }
        }
    }

    fn builtin(
        &mut self,
        e: &ir::Expr,
        func: Builtin,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
    ) {
        let types: Vec<Type> = args.iter().map(|a| self.u.resolve(&a.ty)).collect();
        if args
            .iter()
            .zip(&types)
            .any(|(a, t)| t.is_var() && !matches!(a.kind, ExprKind::FuncRef(_)))
        {
            return;
        }
        if let Builtin::Math(m) = func {
            return self.math_call(e, m, &types, args, kwargs);
        }
        if let Builtin::Random(r) = func {
            let given: Vec<Option<Type>> = types.iter().cloned().map(Some).collect();
            match r.result(&given) {
                Ok(t) => {
                    let _ = self.u.unify(&e.ty, &t);
                }
                Err(message) => self.report(
                    e.span,
                    message,
                    "see docs/supported.md for the random functions Molt translates",
                ),
            }
            return;
        }
        // `abs(v)`, `float(v)`, `int(v)` of an instance: its dunder.
        if let ([Type::Object(class)], Some(dunder)) = (types.as_slice(), builtin_dunder(func)) {
            let qualified = format!("{class}.{dunder}");
            match self.funcs.get(&qualified).cloned() {
                Some((_, ret)) => {
                    let _ = self.u.unify(&e.ty, &ret);
                }
                None => self.report(
                    e.span,
                    format!(
                        "bad operand type for {}(): '{class}'",
                        format!("{func:?}").to_lowercase()
                    ),
                    &format!("define {dunder} on the class"),
                ),
            }
            return;
        }
        let name = format!("{func:?}").to_lowercase();
        let allowed: &[&str] = match func {
            Builtin::Min | Builtin::Max => &["key", "default"],
            Builtin::Sorted => &["key", "reverse"],
            Builtin::Enumerate => &["start"],
            Builtin::Sum => &["start"],
            Builtin::Zip => &["strict"],
            Builtin::Product => &["repeat"],
            Builtin::Accumulate => &["initial"],
            Builtin::Open => &["encoding", "newline"],
            Builtin::PackArgs => &["spread"],
            Builtin::ZipLongest => &["fillvalue"],
            Builtin::IntFromBytes => &["byteorder", "signed"],
            Builtin::TypeName => &[crate::lower::TYPE_REPR_MODULE],
            _ => &[],
        };
        let arity = match func {
            Builtin::IntFromBytes | Builtin::DictFromKeys => Some(1..=2),
            Builtin::BytesFromHex | Builtin::ByteArrayFromHex => Some(1..=1),
            Builtin::StringIO => Some(0..=1),
            _ => None,
        };
        if let Some(arity) = arity {
            if !arity.contains(&args.len()) {
                return self.report(
                    e.span,
                    format!(
                        "{name}() takes {} to {} arguments ({} given)",
                        arity.start(),
                        arity.end(),
                        args.len()
                    ),
                    "check the call",
                );
            }
        }
        for (k, v) in kwargs {
            if !allowed.contains(&k.as_str()) {
                return self.report(
                    v.span,
                    format!("{name}() got an unexpected keyword argument '{k}'"),
                    "pass only the keyword arguments Molt supports here",
                );
            }
        }
        let kwarg = |k: &str| ir::kwarg(kwargs, k);
        // An instance iterates through its `__iter__`.
        let iterates = matches!(
            func,
            Builtin::List
                | Builtin::Tuple
                | Builtin::Set
                | Builtin::FrozenSet
                | Builtin::Sum
                | Builtin::Sorted
                | Builtin::Any
                | Builtin::All
                | Builtin::Enumerate
                | Builtin::Zip
                | Builtin::Map
                | Builtin::Filter
        ) || (matches!(func, Builtin::Min | Builtin::Max) && types.len() == 1);
        // A `T | None` iterates as a `T`, None raising TypeError.
        let iterated = |t: &Type| match t {
            Type::Optional(inner) if iterates => (**inner).clone(),
            t => t.clone(),
        };
        let instance_item = match types.first().map(iterated) {
            Some(Type::Object(c)) if iterates => self.instance_element(&c, e.span),
            _ => None,
        };
        let element = |t: &Type| match iterated(t) {
            Type::Object(_) => instance_item.clone(),
            t => t.element(),
        };
        let not_iterable = |t: &Type| format!("'{}' object is not iterable", t.class_name());
        if types.iter().any(Type::is_var)
            && matches!(
                func,
                Builtin::Count
                    | Builtin::Islice
                    | Builtin::Chain
                    | Builtin::Repeat
                    | Builtin::Cycle
                    | Builtin::Pairwise
                    | Builtin::Reduce
                    | Builtin::Product
                    | Builtin::Permutations
                    | Builtin::Combinations
                    | Builtin::CombinationsWithReplacement
                    | Builtin::Accumulate
                    | Builtin::Groupby
                    | Builtin::ZipLongest
                    | Builtin::Takewhile
                    | Builtin::Dropwhile
                    | Builtin::Tee
                    | Builtin::ChainFromIterable
            )
        {
            return;
        }
        let listed = self.itertools_result(func, args, &types, kwargs);
        let result = if let Some(r) = listed {
            r
        } else {
            match func {
            Builtin::Reduce => match types.as_slice() {
                [Type::Func(sig), items, rest @ ..] if sig.params.len() == 2 && rest.len() <= 1 => {
                    match element(items) {
                        None => Err(not_iterable(items)),
                        Some(item) => {
                            let acc = rest.first().cloned().unwrap_or_else(|| item.clone());
                            let fits = self.u.unify(&sig.params[0], &acc).is_ok()
                                && self.u.unify(&sig.params[1], &item).is_ok()
                                && self.u.unify(&sig.ret, &acc).is_ok();
                            if fits {
                                Ok(acc)
                            } else {
                                Err(format!(
                                    "reduce() needs a function of ({}, {}) giving {}",
                                    py(&acc),
                                    py(&item),
                                    py(&acc)
                                ))
                            }
                        }
                    }
                }
                _ => Err("reduce() takes a function of two arguments, an iterable and an initial value".to_string()),
            },
            Builtin::Count => match types.as_slice() {
                ts if ts.len() <= 2 && ts.iter().all(|t| *t == Type::Int) => {
                    Ok(Type::Iterator(Box::new(Type::Int)))
                }
                _ => Err("count() takes up to two ints here (start, step)".to_string()),
            },
            Builtin::Islice => match types.split_first() {
                Some((it, rest))
                    if (1..=3).contains(&rest.len())
                        && rest.iter().all(|t| matches!(t, Type::Int | Type::None)) =>
                {
                    match element(it) {
                        Some(item) => Ok(Type::Iterator(Box::new(item))),
                        None => Err(not_iterable(it)),
                    }
                }
                _ => Err("islice() takes an iterable and up to three ints or None".to_string()),
            },
            Builtin::Chain => {
                let mut item: Option<Type> = None;
                let mut failed = None;
                for t in &types {
                    match element(t) {
                        Some(i) => match &item {
                            Some(prev) if self.u.unify(prev, &i).is_err() => {
                                failed = Some(format!(
                                    "chain() of {} and {} items is not supported",
                                    py(prev),
                                    py(&i)
                                ));
                            }
                            Some(_) => {}
                            None => item = Some(i),
                        },
                        None => failed = Some(not_iterable(t)),
                    }
                }
                match (failed, item) {
                    (Some(msg), _) => Err(msg),
                    (None, Some(i)) => Ok(Type::Iterator(Box::new(i))),
                    (None, None) => Err("chain() needs at least one iterable here".to_string()),
                }
            }
            Builtin::Repeat => match types.as_slice() {
                [t] | [t, Type::Int] => Ok(Type::Iterator(Box::new(t.clone()))),
                _ => Err("repeat() takes a value and an int count".to_string()),
            },
            Builtin::Cycle | Builtin::Pairwise => match types.as_slice() {
                [t] => match element(t) {
                    Some(i) if func == Builtin::Cycle => Ok(Type::Iterator(Box::new(i))),
                    Some(i) => Ok(Type::Iterator(Box::new(Type::Tuple(vec![i.clone(), i])))),
                    None => Err(not_iterable(t)),
                },
                _ => Err(format!("{}() takes one iterable", if func == Builtin::Cycle { "cycle" } else { "pairwise" })),
            },
            Builtin::Abs => match &types[0] {
                Type::Obj => Ok(Type::Obj),
                Type::Int | Type::Bool => Ok(Type::Int),
                Type::Float => Ok(Type::Float),
                t => Err(format!("bad operand type for abs(): '{}'", py(t))),
            },
            Builtin::Min | Builtin::Max if types.len() > 1 && kwarg("default").is_some() => {
                Err(format!("Cannot specify a default for {name}() with multiple positional arguments"))
            }
            Builtin::Min | Builtin::Max if types.len() == 1 => match element(&types[0]) {
                Some(item) if kwarg("default").is_some_and(|d| self.u.unify(&item, &d.ty).is_err()) => {
                    Err(format!(
                        "a {name}() default of another type than the items ({}) is not supported yet",
                        py(&item)
                    ))
                }
                Some(item) => {
                    if let Some(key) = kwarg("key") {
                        self.key_type(key, &item);
                        Ok(item)
                    } else if self.orderable(&item) {
                        Ok(item)
                    } else {
                        Err(format!("{name}() of {} items needs a key", py(&item)))
                    }
                }
                None => Err(not_iterable(&types[0])),
            },
            Builtin::Min | Builtin::Max => {
                let first = &types[0];
                if let Some(key) = kwarg("key") {
                    self.key_type(key, first);
                }
                if types.iter().all(|t| t == first)
                    && (self.orderable(first) || kwarg("key").is_some())
                {
                    Ok(first.clone())
                } else if kwarg("key").is_none() && types.iter().all(Type::is_orderable) {
                    // Compared at run time; the result is whichever wins.
                    Ok(Type::Obj)
                } else {
                    Err(format!(
                        "{name}() of {} values could return either type",
                        types.iter().map(py).collect::<Vec<_>>().join(" and ")
                    ))
                }
            }
            Builtin::Int if types.len() == 2 => match (&types[0], &types[1]) {
                (Type::Str, Type::Int | Type::Bool) => Ok(Type::Int),
                _ => Err("int() can't convert non-string with explicit base".into()),
            },
            Builtin::Pow if types.len() == 3 => {
                if types.iter().all(|t| matches!(t, Type::Int | Type::Bool)) {
                    Ok(Type::Int)
                } else {
                    Err("pow() 3rd argument not allowed unless all arguments are integers".into())
                }
            }
            Builtin::Int | Builtin::Float => match &types[0] {
                Type::Int | Type::Bool | Type::Float | Type::Str | Type::Obj => {
                    Ok(self.u.resolve(&e.ty))
                }
                t => Err(format!(
                    "{name}() argument must be a string or a real number, not '{}'",
                    py(t)
                )),
            },
            Builtin::IntFromBytes => match (&types[0], types.get(1)) {
                (Type::Bytes | Type::ByteArray, None | Some(Type::Str)) => Ok(Type::Int),
                (t, _) => Err(format!(
                    "int.from_bytes() takes bytes and a byteorder str here, not {}",
                    py(t)
                )),
            },
            Builtin::BytesFromHex | Builtin::ByteArrayFromHex => match &types[0] {
                Type::Str if func == Builtin::BytesFromHex => Ok(Type::Bytes),
                Type::Str => Ok(Type::ByteArray),
                t => Err(format!("fromhex() argument must be str, not {}", t.class_name())),
            },
            Builtin::DictFromKeys => match element(&types[0]) {
                Some(k) if k.is_hashable() => Ok(Type::Dict(
                    Box::new(k),
                    Box::new(types.get(1).cloned().unwrap_or(Type::None)),
                )),
                Some(k) => Err(format!("unhashable type: '{}'", k.class_name())),
                None => Err(not_iterable(&types[0])),
            },
            Builtin::Iter => match &types[0] {
                t @ Type::Iterator(_) => Ok(t.clone()),
                t => match element(t) {
                    Some(item) => Ok(Type::Iterator(Box::new(item))),
                    None => Err(not_iterable(t)),
                },
            },
            Builtin::Next => match &types[0] {
                // `next(obj)`: its `__next__` (StopIteration propagates).
                Type::Object(class) if types.len() == 1 => {
                    match self.funcs.get(&format!("{class}.__next__")) {
                        Some((_, ret)) => Ok(ret.clone()),
                        None => Err(format!("'{class}' object is not an iterator")),
                    }
                }
                // An iterator over nothing known (`iter([])`) takes the default's type.
                Type::Iterator(item) if item.is_var() && types.len() == 2 => {
                    let _ = self.u.unify(item, &types[1]);
                    Ok(types[1].clone())
                }
                Type::Iterator(item) => match types.get(1) {
                    Some(d) if d != &**item => Ok(Type::Obj),
                    _ => Ok((**item).clone()),
                },
                Type::Generator(item, ..) => match types.get(1) {
                    Some(d) if d != &**item => Err(format!(
                        "next() of a generator of {} with a {} default is not supported",
                        item.python_name(),
                        d.python_name()
                    )),
                    _ => Ok((**item).clone()),
                },
                // `next(f)`: the file's next line.
                t @ Type::File { .. } if types.len() == 1 => t.element().ok_or_else(String::new),
                t => Err(format!(
                    "'{}' object is not an iterator here; call iter() on it first",
                    t.class_name()
                )),
            },
            Builtin::Str | Builtin::Repr | Builtin::Bool => match &types[0] {
                Type::Iter(_) | Type::Iterator(_) => Err(format!(
                    "{name}() of an iterator is not supported; make a list first with list(...)"
                )),
                _ => Ok(self.u.resolve(&e.ty)),
            },
            Builtin::Len => match &types[0] {
                Type::Str
                | Type::List(_)
                | Type::VarTuple(_)
                | Type::Dict(..)
                | Type::Tuple(_)
                | Type::Set(_)
                | Type::FrozenSet(_)
                | Type::Bytes
                | Type::ByteArray
                | Type::Range
                | Type::Obj => Ok(Type::Int),
                Type::Object(c) if self.instance_len(c).is_some() => Ok(Type::Int),
                t => Err(format!("object of type '{}' has no len()", t.class_name())),
            },
            Builtin::Pow => binop_type(BinOp::Pow, &types[0], &types[1], &args[1]),
            Builtin::Divmod => match (&types[0], &types[1]) {
                (Type::Int | Type::Bool, Type::Int | Type::Bool) => {
                    Ok(Type::Tuple(vec![Type::Int, Type::Int]))
                }
                (a, b) if a.is_numeric() && b.is_numeric() => {
                    Ok(Type::Tuple(vec![Type::Float, Type::Float]))
                }
                (a, b) => Err(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    py(a),
                    py(b)
                )),
            },
            Builtin::Sum => match element(&types[0]) {
                Some(Type::Int | Type::Bool)
                    if types
                        .get(1)
                        .is_none_or(|t| matches!(t, Type::Int | Type::Bool)) =>
                {
                    Ok(Type::Int)
                }
                Some(t @ (Type::Int | Type::Bool | Type::Float))
                    if types.get(1).is_none_or(|s| s.is_numeric()) =>
                {
                    if t == Type::Float || types.get(1) == Some(&Type::Float) {
                        Ok(Type::Float)
                    } else {
                        Ok(Type::Int)
                    }
                }
                Some(Type::Obj) => Ok(Type::Obj),
                Some(t) => Err(format!("sum() of {} items is not supported", py(&t))),
                None => Err(not_iterable(&types[0])),
            },
            Builtin::Sorted => match element(&types[0]) {
                Some(item) => {
                    if let Some(key) = kwarg("key") {
                        self.key_type(key, &item);
                    } else if !self.orderable(&item) {
                        return self.report(
                            e.span,
                            format!("sorted() of {} items needs a key", py(&item)),
                            "pass key=...",
                        );
                    }
                    Ok(Type::List(Box::new(item)))
                }
                None => Err(not_iterable(&types[0])),
            },
            Builtin::List => match types.first() {
                None => match self.u.resolve(&e.ty) {
                    Type::Var(_) => {
                        let item = self.u.fresh();
                        Ok(Type::List(Box::new(item)))
                    }
                    t => Ok(t),
                },
                Some(t) => match element(t) {
                    Some(item) => Ok(Type::List(Box::new(item))),
                    None => Err(not_iterable(t)),
                },
            },
            Builtin::Dict => match types.first() {
                None => match self.u.resolve(&e.ty) {
                    Type::Var(_) => {
                        let (k, v) = (self.u.fresh(), self.u.fresh());
                        Ok(Type::Dict(Box::new(k), Box::new(v)))
                    }
                    t => Ok(t),
                },
                Some(Type::Dict(k, v)) => Ok(Type::Dict(k.clone(), v.clone())),
                Some(t) => match element(t) {
                    Some(Type::Tuple(kv)) if kv.len() == 2 => {
                        Ok(Type::Dict(Box::new(kv[0].clone()), Box::new(kv[1].clone())))
                    }
                    _ => Err(format!(
                        "dict() of a {} is not supported; pass pairs",
                        py(t)
                    )),
                },
            },
            // Molt's typed tuples have a fixed length; one built from an
            // iterable is a run-time typed tuple.
            Builtin::Tuple => match types.first() {
                None => Ok(Type::Obj),
                Some(t) => match element(t) {
                    Some(item) => match self.u.objectify(&item) {
                        Ok(()) => Ok(Type::Obj),
                        Err(_) => Err(format!(
                            "tuple() of {} items is not supported",
                            py(&item)
                        )),
                    },
                    None => Err(not_iterable(t)),
                },
            },
            Builtin::Enumerate => match element(&types[0]) {
                Some(item) => {
                    if let Some(start) = args.get(1).or(kwarg("start")) {
                        self.expect_int(start, "enumerate() start must be an int");
                    }
                    Ok(Type::Iter(Box::new(Type::Tuple(vec![Type::Int, item]))))
                }
                None => Err(not_iterable(&types[0])),
            },
            Builtin::Zip
                if kwarg("strict").is_some_and(|s| !matches!(s.kind, ExprKind::Bool(_))) =>
            {
                Err("zip(strict=...) needs True or False written out here".into())
            }
            Builtin::Zip => {
                let items: Option<Vec<Type>> = types.iter().map(element).collect();
                match items {
                    Some(items) => Ok(Type::Iter(Box::new(Type::Tuple(items)))),
                    None => Err("zip() arguments must be iterable".into()),
                }
            }
            Builtin::Reversed => match &types[0] {
                Type::List(t) => Ok(Type::Iter(t.clone())),
                Type::Str => Ok(Type::Iter(Box::new(Type::Str))),
                Type::Range => Ok(Type::Iter(Box::new(Type::Int))),
                t => Err(format!("reversed() of a {} is not supported", py(t))),
            },
            Builtin::Any | Builtin::All => match element(&types[0]) {
                Some(_) => Ok(Type::Bool),
                None => Err(not_iterable(&types[0])),
            },
            Builtin::Round => match (&types[0], types.get(1)) {
                (Type::Float, None) | (Type::Int | Type::Bool, _) => Ok(Type::Int),
                (Type::Float, Some(Type::Int | Type::Bool)) => Ok(Type::Float),
                (t, _) => Err(format!(
                    "type {} doesn't define __round__ method",
                    t.class_name()
                )),
            },
            Builtin::Hex | Builtin::Oct | Builtin::Bin => match &types[0] {
                Type::Int | Type::Bool => Ok(Type::Str),
                t => Err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    t.class_name()
                )),
            },
            Builtin::Open => self.open_type(args, &types, kwarg("encoding"), kwarg("newline")),
            Builtin::PackArgs => {
                // One item variable for the life of the expression: a new
                // one per pass would never settle.
                let item = match self.u.resolve(&e.ty) {
                    Type::VarTuple(item) => *item,
                    _ => {
                        let item = self.u.fresh();
                        let _ = self.u.unify(&e.ty, &Type::VarTuple(Box::new(item.clone())));
                        item
                    }
                };
                let spread = kwarg("spread").map(|s| self.u.resolve(&s.ty).element());
                let fits = types.iter().all(|t| self.u.unify(&item, t).is_ok())
                    && match spread {
                        None => true,
                        Some(Some(t)) => self.u.unify(&item, &t).is_ok(),
                        Some(None) => false,
                    };
                if fits {
                    Ok(Type::VarTuple(Box::new(item)))
                } else {
                    Err("the arguments for `*args` must share one type".into())
                }
            }
            Builtin::StringIO => match types.as_slice() {
                [] | [Type::Str] => Ok(Type::File {
                    binary: false,
                    memory: true,
                }),
                [t] => Err(format!(
                    "initial_value must be str or None, not {}",
                    t.class_name()
                )),
                _ => Err("StringIO() takes at most one argument here".into()),
            },
            Builtin::Remove | Builtin::PathExists => match types.as_slice() {
                [Type::Str] if func == Builtin::Remove => Ok(Type::None),
                [Type::Str] => Ok(Type::Bool),
                _ => Err(format!("{name}() takes a path str here")),
            },
            Builtin::Input => match types.first() {
                None | Some(Type::Str) => Ok(Type::Str),
                Some(t) => Err(format!("input() prompt must be a str here, not {}", py(t))),
            },
            Builtin::Isinstance => Ok(Type::Bool),
            Builtin::Argv => Ok(Type::List(Box::new(Type::Str))),
            Builtin::SetRecursionLimit => match &types[0] {
                Type::Int | Type::Bool => Ok(Type::None),
                t => Err(format!("'{}' object cannot be interpreted as an integer", t.class_name())),
            },
            Builtin::Issubclass => match &types[0] {
                Type::ExcType => Ok(Type::Bool),
                t => Err(format!("issubclass() arg 1 must be a class, not {}", py(t))),
            },
            Builtin::TypeName => match &types[0] {
                Type::Iter(_) | Type::Func(_) => Err(format!(
                    "type() of a {} is not supported",
                    py(&types[0])
                )),
                _ => Ok(Type::Str),
            },
            Builtin::Set | Builtin::FrozenSet => {
                let make = |t: Type| {
                    if func == Builtin::Set {
                        Type::Set(Box::new(t))
                    } else {
                        Type::FrozenSet(Box::new(t))
                    }
                };
                match types.first() {
                    None => match self.u.resolve(&e.ty) {
                        Type::Var(_) => {
                            let item = self.u.fresh();
                            Ok(make(item))
                        }
                        t => Ok(t),
                    },
                    Some(t) => match element(t) {
                        Some(item) if self.hashable(&item) || item.is_var() => Ok(make(item)),
                        Some(item) => Err(format!("unhashable type: '{}'", item.class_name())),
                        None => Err(not_iterable(t)),
                    },
                }
            }
            Builtin::Bytes | Builtin::ByteArray => {
                let result = if func == Builtin::Bytes {
                    Type::Bytes
                } else {
                    Type::ByteArray
                };
                match (types.first(), types.get(1)) {
                    (None, _)
                    | (Some(Type::Int | Type::Bool | Type::Bytes | Type::ByteArray), None) => {
                        Ok(result)
                    }
                    (Some(Type::Str), Some(Type::Str)) => Ok(result),
                    (Some(Type::Str), None) => Err("string argument without an encoding".into()),
                    (Some(t), None)
                        if element(t).is_some_and(|i| matches!(i, Type::Int | Type::Bool)) =>
                    {
                        Ok(result)
                    }
                    (Some(t), _) => Err(format!(
                        "cannot convert '{}' object to {}",
                        t.class_name(),
                        result
                    )),
                }
            }
            Builtin::Hash => match &types[0] {
                t if t.is_hashable() || matches!(t, Type::Float) => Ok(Type::Int),
                t => Err(format!("unhashable type: '{}'", t.class_name())),
            },
            Builtin::Format => match types.get(1) {
                None | Some(Type::Str) => Ok(Type::Str),
                Some(t) => Err(format!(
                    "format() argument 2 must be str, not {}",
                    t.class_name()
                )),
            },
            Builtin::Map => match element(&types[1]) {
                Some(item) => match self.key_type(&args[0], &item) {
                    Some(t) => Ok(Type::Iter(Box::new(t))),
                    None => return,
                },
                None => Err(not_iterable(&types[1])),
            },
            Builtin::Filter => match element(&types[1]) {
                Some(item) => {
                    if !matches!(args[0].kind, ExprKind::None) {
                        self.key_type(&args[0], &item);
                    }
                    Ok(Type::Iter(Box::new(item)))
                }
                None => Err(not_iterable(&types[1])),
            },
            Builtin::Ord => match &types[0] {
                Type::Str => Ok(Type::Int),
                t => Err(format!(
                    "ord() expected string of length 1, but {} found",
                    t.class_name()
                )),
            },
            Builtin::Chr => match &types[0] {
                Type::Int | Type::Bool => Ok(Type::Str),
                t => Err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    t.class_name()
                )),
            },
            _ => unreachable!("itertools_result types {func:?}"),
        }
        };
        if let Some(reverse) = kwarg("reverse") {
            if !matches!(self.u.resolve(&reverse.ty), Type::Bool | Type::Var(_)) {
                self.report(
                    reverse.span,
                    "reverse= must be a bool".into(),
                    "pass True or False",
                );
            }
        }
        match result {
            Ok(t) => {
                if let Err(m) = self.u.unify(&e.ty, &t) {
                    if !m.expected.is_var() && !m.found.is_var() {
                        self.report(
                            e.span,
                            format!(
                                "{name}() gives {} here but {} is expected",
                                py(&m.found),
                                py(&m.expected)
                            ),
                            "use one type per variable",
                        );
                    }
                }
            }
            Err(msg) => self.report(e.span, msg, "check the argument types"),
        }
    }
}

/// The result type of `l op r`, or CPython's TypeError message.
/// The method a builtin calls on an instance: `abs` -> `__abs__`.
pub fn builtin_dunder(func: Builtin) -> Option<&'static str> {
    Some(match func {
        Builtin::Abs => "__abs__",
        Builtin::Float => "__float__",
        Builtin::Int => "__int__",
        _ => return None,
    })
}

/// The method behind a unary operator on an instance.
pub fn unary_dunder(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "__neg__",
        UnaryOp::Pos => "__pos__",
        UnaryOp::Invert => "__invert__",
        UnaryOp::Not => "__bool__",
    }
}

pub fn binop_type(op: BinOp, l: &Type, r: &Type, right: &ir::Expr) -> Result<Type, String> {
    use Type::*;
    let int_like = |t: &Type| matches!(t, Int | Bool);
    let fail = || {
        Err(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.python(),
            py(l),
            py(r)
        ))
    };
    if (*l == Obj || *r == Obj) && !(op == BinOp::Mod && *l == Str) {
        // Dispatched at run time, raising CPython's TypeError there.
        return Ok(Obj);
    }
    match op {
        BinOp::Add
        | BinOp::Sub
        | BinOp::Mul
        | BinOp::FloorDiv
        | BinOp::Mod
        | BinOp::Pow
        | BinOp::Div
            if l.is_numeric() && r.is_numeric() =>
        {
            let float = op == BinOp::Div || *l == Float || *r == Float;
            if float || (op == BinOp::Pow && is_negative_literal(right)) {
                Ok(Float)
            } else {
                Ok(Int)
            }
        }
        BinOp::Add if *l == Str && *r == Str => Ok(Str),
        BinOp::Add if matches!(l, List(_)) && l == r => Ok(l.clone()),
        BinOp::Add if matches!(l, Bytes | ByteArray) && matches!(r, Bytes | ByteArray) => {
            Ok(l.clone())
        }
        BinOp::Mul if matches!(l, Bytes | ByteArray) && int_like(r) => Ok(l.clone()),
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor if matches!((l, r), (Set(a) | FrozenSet(a), Set(b) | FrozenSet(b)) if a == b) => {
            Ok(l.clone())
        }
        BinOp::BitOr if matches!(l, Dict(..)) && l == r => Ok(l.clone()),
        BinOp::Mul if matches!(l, List(_)) && int_like(r) => Ok(l.clone()),
        BinOp::Mul if int_like(l) && matches!(r, List(_)) => Ok(r.clone()),
        BinOp::Mul if (*l == Str && int_like(r)) || (int_like(l) && *r == Str) => Ok(Str),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *l == Bool && *r == Bool => Ok(Bool),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Shr
            if int_like(l) && int_like(r) =>
        {
            Ok(Int)
        }
        BinOp::Mod if *l == Str => Ok(Str),
        _ => fail(),
    }
}

/// `enumerate`, `zip`, `reversed`, `map` and `filter` make iterators that
/// are consumed once, like `iter()`'s.
pub fn is_one_shot(e: &ir::Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Builtin {
            func: Builtin::Enumerate
                | Builtin::Zip
                | Builtin::Reversed
                | Builtin::Map
                | Builtin::Filter,
            ..
        }
    )
}

/// Lazy iterators and functions exist only where they are made.
fn holds_unstorable(t: &Type) -> bool {
    match t {
        Type::Iter(_) => true,
        // A function value is stored; what it takes and gives is not.
        Type::Func(_) => false,
        _ => t.children().into_iter().any(holds_unstorable),
    }
}

fn is_negative_literal(e: &ir::Expr) -> bool {
    match &e.kind {
        ExprKind::Int(v) => v.starts_with('-'),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => matches!(&operand.kind, ExprKind::Int(v) if v != "0"),
        _ => false,
    }
}

fn default_unknown(t: Type) -> Type {
    match t {
        Type::Var(_) => Type::None,
        Type::List(i) => Type::List(Box::new(default_unknown(*i))),
        Type::Set(i) => Type::Set(Box::new(default_unknown(*i))),
        Type::FrozenSet(i) => Type::FrozenSet(Box::new(default_unknown(*i))),
        Type::Iter(i) => Type::Iter(Box::new(default_unknown(*i))),
        Type::Dict(k, v) => {
            Type::Dict(Box::new(default_unknown(*k)), Box::new(default_unknown(*v)))
        }
        Type::Tuple(items) => Type::Tuple(items.into_iter().map(default_unknown).collect()),
        other => other,
    }
}

/// Writes solved types into the IR.
/// Calls lowered as a builtin's method whose receiver turned out an
/// instance of the program's classes: their arguments become the ones
/// bound to the program's method. The rest stay the builtin's.
fn put_program_args(
    m: &mut ir::Module,
    program_args: &mut HashMap<(u32, u32), Vec<ir::ClassArgs>>,
    u: &Unifier,
) {
    if program_args.is_empty() {
        return;
    }
    for f in m.functions.iter_mut().chain(std::iter::once(&mut m.main)) {
        crate::analyze::visit_exprs_mut(&mut f.body, &mut |e| {
            if let ExprKind::Method {
                receiver,
                args,
                kwargs,
                ..
            } = &mut e.kind
            {
                let class = match u.resolve(&receiver.ty) {
                    Type::Optional(inner) => match *inner {
                        Type::Object(class) => class,
                        _ => return,
                    },
                    Type::Object(class) => class,
                    _ => return,
                };
                let bound = program_args
                    .get(&e.span)
                    .and_then(|per_class| per_class.iter().find(|b| b.classes.contains(&class)));
                if let Some(bound) = bound {
                    *args = bound.args.clone();
                    kwargs.clear();
                }
            }
        });
    }
    program_args.clear();
}

fn finalize(m: &mut ir::Module, u: &Unifier) {
    for g in &mut m.globals {
        g.ty = u.resolve(&g.ty);
    }
    for c in &mut m.classes {
        for f in &mut c.fields {
            f.ty = default_unknown(u.resolve(&f.ty));
        }
    }
    for f in m.functions.iter_mut().chain(std::iter::once(&mut m.main)) {
        f.ret = u.resolve(&f.ret);
        // A function that always raises or exits returns nothing.
        if f.ret.is_var() && crate::analyze::diverges(&f.body) {
            f.ret = Type::None;
        }
        for p in &mut f.params {
            p.ty = u.resolve(&p.ty);
        }
        for l in &mut f.locals {
            l.ty = u.resolve(&l.ty);
        }
        // What stays unknown is the item type of an empty container nothing
        // constrains (`print([])`): any type prints the same, so None.
        crate::analyze::visit_exprs_mut(&mut f.body, &mut |e| {
            e.ty = default_unknown(u.resolve(&e.ty));
            if let ExprKind::Closure(c) = &mut e.kind {
                let f = &mut c.func;
                f.ret = u.resolve(&f.ret);
                for p in &mut f.params {
                    p.ty = u.resolve(&p.ty);
                }
                for l in &mut f.locals {
                    l.ty = u.resolve(&l.ty);
                }
            }
        });
    }
}
