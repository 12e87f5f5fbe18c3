//! Type inference over the IR: solves every inference variable from how
//! values are produced and used, then writes the solved types back.
//!
//! Operators need concrete operand types to pick their result type, so the
//! constraints are walked repeatedly until no variable gets solved; only
//! the last walk reports errors, so each problem is reported once.

use crate::diagnostic::Diagnostic;
use crate::ir::{self, BinOp, Builtin, CmpOp, ExprKind, FPart, Place, Spec, StmtKind, UnaryOp};
use crate::types::{Type, Unifier};
use std::collections::HashMap;

pub fn infer_module(module: &mut ir::Module, mut u: Unifier) -> Result<(), Vec<Diagnostic>> {
    let globals: HashMap<String, Type> = module
        .globals
        .iter()
        .map(|g| (g.name.clone(), g.ty.clone()))
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
    loop {
        let before = u.solved_count();
        let mut walker = Walker {
            u: &mut u,
            globals: &globals,
            funcs: &funcs,
            diags: None,
            locals: HashMap::new(),
            ret: Type::None,
        };
        walker.module(module);
        if u.solved_count() == before {
            break;
        }
    }
    let mut walker = Walker {
        u: &mut u,
        globals: &globals,
        funcs: &funcs,
        diags: Some(&mut diags),
        locals: HashMap::new(),
        ret: Type::None,
    };
    walker.module(module);
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
    if !diags.is_empty() {
        return Err(diags);
    }
    finalize(module, &u);
    Ok(())
}

struct Walker<'a> {
    u: &'a mut Unifier,
    globals: &'a HashMap<String, Type>,
    funcs: &'a HashMap<String, (Vec<Type>, Type)>,
    /// `Some` on the reporting walk.
    diags: Option<&'a mut Vec<Diagnostic>>,
    locals: HashMap<String, Type>,
    ret: Type,
}

fn range(span: (u32, u32)) -> std::ops::Range<usize> {
    span.0 as usize..span.1 as usize
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
        self.block(&f.body);
        if !crate::analyze::diverges(&f.body) && self.u.unify(&f.ret, &Type::None).is_err() {
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
        for l in &f.locals {
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

    fn place_type(&self, p: &Place) -> Type {
        match p {
            Place::Local(n) => self.locals[n].clone(),
            Place::Global(n) => self.globals[n].clone(),
        }
    }

    fn assign(&mut self, place: &Place, ty: &Type, span: (u32, u32)) {
        let target = self.place_type(place);
        if let Err(m) = self.u.unify(&target, ty) {
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
                self.assign(place, &value.ty, value.span);
            }
            StmtKind::AssignMany { places, value } => {
                self.expr(value);
                if let Type::Tuple(items) = self.u.resolve(&value.ty) {
                    for (p, t) in places.iter().zip(items) {
                        self.assign(p, &t, value.span);
                    }
                }
            }
            StmtKind::AugAssign { place, op, value } => {
                self.expr(value);
                let target = self.place_type(place);
                let (l, r) = (self.u.resolve(&target), self.u.resolve(&value.ty));
                if l.is_var() || r.is_var() {
                    return;
                }
                match binop_type(*op, &l, &r, value) {
                    Ok(t) => {
                        if self.u.unify(&target, &t).is_err() {
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
            StmtKind::Print { args, sep, end } => {
                args.iter().chain(sep).chain(end).for_each(|e| self.expr(e));
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
            StmtKind::Return(v) => {
                let ty = v.as_ref().map(|v| {
                    self.expr(v);
                    v.ty.clone()
                });
                let ty = ty.unwrap_or(Type::None);
                let ret = self.ret.clone();
                if let Err(m) = self.u.unify(&ret, &ty) {
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
            StmtKind::Raise { message, .. } => message.iter().for_each(|m| self.expr(m)),
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
            | ExprKind::None => {}
            ExprKind::Local(_) | ExprKind::Global(_) => {}
            ExprKind::Binary { op, left, right } => {
                self.expr(left);
                self.expr(right);
                let (l, r) = (self.u.resolve(&left.ty), self.u.resolve(&right.ty));
                if l.is_var() || r.is_var() {
                    return;
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
                let result = match (op, &t) {
                    (_, Type::Var(_)) => return,
                    (UnaryOp::Not, _) => Type::Bool,
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
                    if let Err(m) = self.u.unify(&e.ty, &v.ty) {
                        if !m.expected.is_var() && !m.found.is_var() {
                            self.report(
                                e.span,
                                format!("`and`/`or` here mixes {} and {}, so its value's type depends on the data", py(&m.expected), py(&m.found)),
                                "give both operands one type, or use the expression only as a condition",
                            );
                        }
                    }
                }
            }
            ExprKind::IfElse { cond, then, orelse } => {
                self.expr(cond);
                self.expr(then);
                self.expr(orelse);
                for v in [then, orelse] {
                    if let Err(m) = self.u.unify(&e.ty, &v.ty) {
                        if !m.expected.is_var() && !m.found.is_var() {
                            self.report(
                                e.span,
                                format!(
                                    "the two branches give {} and {}",
                                    py(&m.expected),
                                    py(&m.found)
                                ),
                                "make both branches the same type",
                            );
                        }
                    }
                }
            }
            ExprKind::Call { func, args } => {
                args.iter().for_each(|a| self.expr(a));
                let (params, _) = self.funcs[func].clone();
                for (i, (p, a)) in params.iter().zip(args).enumerate() {
                    if let Err(m) = self.u.unify(p, &a.ty) {
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
            ExprKind::Builtin { func, args } => {
                args.iter().for_each(|a| self.expr(a));
                self.builtin(e, *func, args);
            }
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::Tuple(items) => items.iter().for_each(|i| self.expr(i)),
            ExprKind::Truthy(inner) => self.expr(inner),
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
            Type::Var(_) => Ok(String::new()),
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
        let (l, r) = (self.u.resolve(&left.ty), self.u.resolve(&right.ty));
        if l.is_var() || r.is_var() {
            return;
        }
        let ok = match op {
            CmpOp::Eq | CmpOp::Ne => true,
            CmpOp::Is | CmpOp::IsNot => l == Type::None || r == Type::None,
            CmpOp::In | CmpOp::NotIn => l == Type::Str && r == Type::Str,
            _ => (l.is_numeric() && r.is_numeric()) || (l == Type::Str && r == Type::Str),
        };
        if !ok {
            let (msg, help) = match op {
                CmpOp::Is | CmpOp::IsNot => (
                    format!("`{}` between {} and {} compares identity, which Molt does not model for values", op.python(), py(&l), py(&r)),
                    "use == or != to compare values; `is` is for None",
                ),
                CmpOp::In | CmpOp::NotIn => (
                    format!("`{}` with {} and {} is not supported yet", op.python(), py(&l), py(&r)),
                    "use `in` between two strings",
                ),
                _ => (
                    format!("'{}' not supported between instances of '{}' and '{}'", op.python(), py(&l), py(&r)),
                    "compare values of the same kind",
                ),
            };
            self.report(right.span, msg, help);
        }
    }

    fn builtin(&mut self, e: &ir::Expr, func: Builtin, args: &[ir::Expr]) {
        let types: Vec<Type> = args.iter().map(|a| self.u.resolve(&a.ty)).collect();
        if types.iter().any(Type::is_var) {
            return;
        }
        let name = format!("{func:?}").to_lowercase();
        let result = match func {
            Builtin::Abs => match &types[0] {
                Type::Int | Type::Bool => Ok(Type::Int),
                Type::Float => Ok(Type::Float),
                t => Err(format!("bad operand type for abs(): '{}'", py(t))),
            },
            Builtin::Min | Builtin::Max => {
                let first = &types[0];
                if types.iter().all(|t| t == first)
                    && matches!(first, Type::Int | Type::Float | Type::Str | Type::Bool)
                {
                    Ok(first.clone())
                } else {
                    Err(format!(
                        "{name}() of {} values could return either type",
                        types.iter().map(py).collect::<Vec<_>>().join(" and ")
                    ))
                }
            }
            Builtin::Int | Builtin::Float => match &types[0] {
                Type::Int | Type::Bool | Type::Float | Type::Str => Ok(self.u.resolve(&e.ty)),
                t => Err(format!(
                    "{name}() argument must be a string or a real number, not '{}'",
                    py(t)
                )),
            },
            Builtin::Str | Builtin::Repr | Builtin::Bool => Ok(self.u.resolve(&e.ty)),
            Builtin::Len => match &types[0] {
                Type::Str => Ok(Type::Int),
                t => Err(format!("object of type '{}' has no len()", py(t))),
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
        };
        match result {
            Ok(t) => {
                let _ = self.u.unify(&e.ty, &t);
            }
            Err(msg) => self.report(e.span, msg, "convert the arguments to one numeric type"),
        }
    }
}

/// The result type of `l op r`, or CPython's TypeError message.
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
        BinOp::Mul if (*l == Str && int_like(r)) || (int_like(l) && *r == Str) => Ok(Str),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *l == Bool && *r == Bool => Ok(Bool),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Shr
            if int_like(l) && int_like(r) =>
        {
            Ok(Int)
        }
        BinOp::Mod if *l == Str => {
            Err("str % formatting is not supported yet; use an f-string".into())
        }
        _ => fail(),
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

/// Writes solved types into the IR.
fn finalize(m: &mut ir::Module, u: &Unifier) {
    for g in &mut m.globals {
        g.ty = u.resolve(&g.ty);
    }
    for f in m.functions.iter_mut().chain(std::iter::once(&mut m.main)) {
        f.ret = u.resolve(&f.ret);
        for p in &mut f.params {
            p.ty = u.resolve(&p.ty);
        }
        for l in &mut f.locals {
            l.ty = u.resolve(&l.ty);
        }
        crate::analyze::visit_exprs_mut(&mut f.body, &mut |e| e.ty = u.resolve(&e.ty));
    }
}
