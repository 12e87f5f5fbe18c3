//! Flow facts about function bodies that decide how Rust declares each
//! local: definite assignment (mirroring rustc's own rules, so a local
//! Molt declares uninitialised always compiles), mutability, and whether a
//! block can fall through.

use crate::ir::{Binding, ExprKind, FPart, Function, Place, Spec, Stmt, StmtKind};
use std::collections::{BTreeSet, HashMap};

/// Whether control never falls off the end of this block, by rustc's
/// reckoning too: ends in return/raise/exit, an `if` whose branches all
/// diverge, or `while True` without a `break`.
pub fn diverges(body: &[Stmt]) -> bool {
    body.iter().any(stmt_diverges)
}

fn stmt_diverges(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise { .. } | StmtKind::Exit(_) => true,
        StmtKind::If { then, orelse, .. } => diverges(then) && diverges(orelse),
        StmtKind::While { cond, body, .. } => is_true_literal(cond) && !breaks(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            diverges(finalbody)
                || ((diverges(body) || diverges(orelse))
                    && handlers.iter().all(|h| diverges(&h.body)))
        }
        // An exception its manager suppresses continues after it.
        StmtKind::With {
            body, suppresses, ..
        } => diverges(body) && (!suppresses || !may_raise(body)),
        _ => false,
    }
}

/// Whether running `body` may raise, by its form: a call, a lookup, a
/// division... (Molt's code for it then has raise points.)
pub fn may_raise(body: &[Stmt]) -> bool {
    let mut found = false;
    let mut body = body.to_vec();
    visit_exprs_mut(&mut body, &mut |e| {
        found |= match &e.kind {
            ExprKind::Call { .. }
            | ExprKind::Method { .. }
            | ExprKind::Builtin { .. }
            | ExprKind::Index { .. }
            | ExprKind::Slice { .. }
            | ExprKind::Attr { .. }
            | ExprKind::New { .. }
            | ExprKind::Comp { .. }
            | ExprKind::Global(_)
            | ExprKind::NoneChecked { .. }
            | ExprKind::NotNone(_) => true,
            ExprKind::Binary { op, .. } => !matches!(
                op,
                crate::ir::BinOp::Add | crate::ir::BinOp::Sub | crate::ir::BinOp::Mul
            ),
            _ => false,
        };
    });
    found || body.iter().any(stmt_may_raise)
}

fn stmt_may_raise(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Raise { .. }
        | StmtKind::Assert { .. }
        | StmtKind::Exit(_)
        | StmtKind::With { .. }
        | StmtKind::SetItem { .. }
        | StmtKind::SetAttr { .. }
        | StmtKind::DelItem { .. }
        | StmtKind::SetSlice { .. }
        | StmtKind::DelSlice { .. }
        | StmtKind::AssignMany { .. }
        | StmtKind::ForEach { .. } => true,
        StmtKind::If { then, orelse, .. } => then.iter().chain(orelse).any(stmt_may_raise),
        StmtKind::While { body, orelse, .. } | StmtKind::ForRange { body, orelse, .. } => {
            body.iter().chain(orelse).any(stmt_may_raise)
        }
        StmtKind::Try { .. } => s.kind.blocks().into_iter().flatten().any(stmt_may_raise),
        _ => false,
    }
}

/// `while True:` and `while 1:`, which become `loop`.
pub fn is_true_literal(e: &crate::ir::Expr) -> bool {
    match &e.kind {
        ExprKind::Bool(true) => true,
        ExprKind::Truthy(inner) => matches!(&inner.kind, ExprKind::Int(v) if v != "0"),
        _ => false,
    }
}

/// Whether a loop body contains a `break` for that loop.
pub fn breaks(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If { then, orelse, .. } => breaks(then) || breaks(orelse),
        StmtKind::Try { .. } | StmtKind::With { .. } => {
            s.kind.blocks().into_iter().any(|b| breaks(b))
        }
        _ => false,
    })
}

/// Calls `f` on every expression, children first, closures' bodies
/// included.
pub fn visit_exprs_mut(body: &mut [Stmt], f: &mut dyn FnMut(&mut crate::ir::Expr)) {
    visit_exprs_in(body, f, true)
}

/// Calls `f` on every expression of these statements, children first,
/// but not inside the bodies of the closures they make.
pub fn visit_exprs_shallow_mut(body: &mut [Stmt], f: &mut dyn FnMut(&mut crate::ir::Expr)) {
    visit_exprs_in(body, f, false)
}

fn visit_exprs_in(body: &mut [Stmt], f: &mut dyn FnMut(&mut crate::ir::Expr), deep: bool) {
    for s in body {
        match &mut s.kind {
            StmtKind::Assign { value, .. }
            | StmtKind::AssignMany { value, .. }
            | StmtKind::AugAssign { value, .. } => visit_expr_in(value, f, deep),
            StmtKind::Expr(e) => visit_expr_in(e, f, deep),
            StmtKind::Print {
                args,
                sep,
                end,
                file,
                ..
            } => args
                .iter_mut()
                .chain(sep.iter_mut())
                .chain(end.iter_mut())
                .chain(file.iter_mut())
                .for_each(|e| visit_expr_in(e, f, deep)),
            StmtKind::If { cond, then, orelse }
            | StmtKind::While {
                cond,
                body: then,
                orelse,
            } => {
                visit_expr_in(cond, f, deep);
                visit_exprs_in(then, f, deep);
                visit_exprs_in(orelse, f, deep);
            }
            StmtKind::ForRange {
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => {
                visit_expr_in(start, f, deep);
                visit_expr_in(stop, f, deep);
                step.iter_mut().for_each(|e| visit_expr_in(e, f, deep));
                visit_exprs_in(body, f, deep);
                visit_exprs_in(orelse, f, deep);
            }
            StmtKind::Return(v) | StmtKind::Exit(v) => {
                v.iter_mut().for_each(|e| visit_expr_in(e, f, deep))
            }
            StmtKind::Yield(e) | StmtKind::YieldFrom(e) => visit_expr_in(e, f, deep),
            StmtKind::Raise { exc, cause } => exc
                .iter_mut()
                .chain(cause.iter_mut())
                .for_each(|e| visit_expr_in(e, f, deep)),
            StmtKind::Try { .. } => {
                for block in s.kind.blocks_mut() {
                    visit_exprs_in(block, f, deep);
                }
            }
            StmtKind::With {
                body,
                exit,
                exit_raised,
                ..
            } => {
                visit_expr_in(exit, f, deep);
                visit_expr_in(exit_raised, f, deep);
                visit_exprs_in(body, f, deep);
            }
            StmtKind::Assert { cond, message } => {
                visit_expr_in(cond, f, deep);
                message.iter_mut().for_each(|e| visit_expr_in(e, f, deep));
            }
            StmtKind::ForEach {
                iter, body, orelse, ..
            } => {
                visit_expr_in(iter, f, deep);
                visit_exprs_in(body, f, deep);
                visit_exprs_in(orelse, f, deep);
            }
            StmtKind::SetItem {
                container,
                index,
                value,
                ..
            } => {
                visit_expr_in(container, f, deep);
                visit_expr_in(index, f, deep);
                visit_expr_in(value, f, deep);
            }
            StmtKind::SetAttr { object, value, .. } => {
                visit_expr_in(object, f, deep);
                visit_expr_in(value, f, deep);
            }
            StmtKind::DelItem { container, index } => {
                visit_expr_in(container, f, deep);
                visit_expr_in(index, f, deep);
            }
            StmtKind::SetSlice {
                container,
                bounds,
                value,
            } => {
                visit_expr_in(container, f, deep);
                bounds
                    .iter_mut()
                    .flatten()
                    .for_each(|e| visit_expr_in(e, f, deep));
                visit_expr_in(value, f, deep);
            }
            StmtKind::DelSlice { container, bounds } => {
                visit_expr_in(container, f, deep);
                bounds
                    .iter_mut()
                    .flatten()
                    .for_each(|e| visit_expr_in(e, f, deep));
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }
}

fn visit_expr_in(e: &mut crate::ir::Expr, f: &mut dyn FnMut(&mut crate::ir::Expr), deep: bool) {
    match &mut e.kind {
        ExprKind::Binary { left, right, .. } => {
            visit_expr_in(left, f, deep);
            visit_expr_in(right, f, deep);
        }
        ExprKind::Unary { operand, .. }
        | ExprKind::Truthy(operand)
        | ExprKind::ToObj(operand)
        | ExprKind::Upcast(operand)
        | ExprKind::Downcast(operand)
        | ExprKind::Narrowed { value: operand, .. }
        | ExprKind::ObjIndex { value: operand, .. }
        | ExprKind::NotNone(operand)
        | ExprKind::NoneChecked { value: operand, .. }
        | ExprKind::Some(operand)
        | ExprKind::EnumLookup { arg: operand, .. }
        | ExprKind::Walrus { value: operand, .. }
        | ExprKind::Lambda { body: operand, .. }
        | ExprKind::ExcFromInstance(operand)
        | ExprKind::ExcInstance(operand)
        | ExprKind::Attr { value: operand, .. } => visit_expr_in(operand, f, deep),
        ExprKind::Compare { first, rest } => {
            visit_expr_in(first, f, deep);
            rest.iter_mut().for_each(|(_, e)| visit_expr_in(e, f, deep));
        }
        ExprKind::BoolOp { values: items, .. }
        | ExprKind::Call { args: items, .. }
        | ExprKind::New { args: items, .. }
        | ExprKind::NewExc { args: items, .. }
        | ExprKind::Builtin { args: items, .. }
        | ExprKind::Tuple(items) => items.iter_mut().for_each(|e| visit_expr_in(e, f, deep)),
        ExprKind::IfElse { cond, then, orelse } => {
            visit_expr_in(cond, f, deep);
            visit_expr_in(then, f, deep);
            visit_expr_in(orelse, f, deep);
        }
        ExprKind::FString(parts) => visit_fparts_in(parts, f, deep),
        ExprKind::List(items) | ExprKind::Set(items) => {
            items.iter_mut().for_each(|e| visit_expr_in(e, f, deep))
        }
        ExprKind::Dict(pairs) => pairs.iter_mut().for_each(|(k, v)| {
            visit_expr_in(k, f, deep);
            visit_expr_in(v, f, deep);
        }),
        ExprKind::Index { value, index } => {
            visit_expr_in(value, f, deep);
            visit_expr_in(index, f, deep);
        }
        ExprKind::Slice {
            value,
            lower,
            upper,
            step,
        } => {
            visit_expr_in(value, f, deep);
            for part in [lower, upper, step].into_iter().flatten() {
                visit_expr_in(part, f, deep);
            }
        }
        ExprKind::Method {
            receiver,
            args,
            kwargs,
            ..
        } => {
            visit_expr_in(receiver, f, deep);
            args.iter_mut().for_each(|e| visit_expr_in(e, f, deep));
            kwargs
                .iter_mut()
                .for_each(|(_, e)| visit_expr_in(e, f, deep));
        }
        ExprKind::Comp {
            element,
            value,
            generators,
        } => {
            for g in generators.iter_mut() {
                visit_expr_in(&mut g.iter, f, deep);
                g.conds.iter_mut().for_each(|e| visit_expr_in(e, f, deep));
            }
            visit_expr_in(element, f, deep);
            if let Some(v) = value {
                visit_expr_in(v, f, deep);
            }
        }
        ExprKind::Range { start, stop, step } => {
            visit_expr_in(start, f, deep);
            visit_expr_in(stop, f, deep);
            if let Some(s) = step {
                visit_expr_in(s, f, deep);
            }
        }
        ExprKind::Closure(c) => {
            c.captures
                .iter_mut()
                .chain(c.bound.iter_mut().map(|(_, e)| e))
                .chain(c.wraps.as_deref_mut())
                .for_each(|e| visit_expr_in(e, f, deep));
            if deep {
                visit_exprs_in(&mut c.func.body, f, deep);
            }
        }
        _ => {}
    }
    if let ExprKind::Builtin { kwargs, .. } = &mut e.kind {
        kwargs
            .iter_mut()
            .for_each(|(_, e)| visit_expr_in(e, f, deep));
    }
    f(e);
}

fn visit_fparts_in(parts: &mut [FPart], f: &mut dyn FnMut(&mut crate::ir::Expr), deep: bool) {
    for p in parts {
        if let FPart::Value { value, spec, .. } = p {
            visit_expr_in(value, f, deep);
            if let Some(Spec::Dynamic(inner)) = spec {
                visit_fparts_in(inner, f, deep);
            }
        }
    }
}

/// Names a statement reads or writes, recursively.
/// The locals a statement reads or assigns.
pub(crate) fn mentions(s: &Stmt, out: &mut BTreeSet<String>) {
    let mut s = s.clone();
    visit_exprs_mut(std::slice::from_mut(&mut s), &mut |e| match &e.kind {
        ExprKind::Local(n)
        | ExprKind::Walrus {
            place: Place::Local(n),
            ..
        } => {
            out.insert(n.clone());
        }
        _ => {}
    });
    fn places(s: &Stmt, out: &mut BTreeSet<String>) {
        let mut add = |p: &Place| {
            if let Place::Local(n) = p {
                out.insert(n.clone());
            }
        };
        match &s.kind {
            StmtKind::Assign { place, .. } | StmtKind::AugAssign { place, .. } => add(place),
            StmtKind::AssignMany { places: ps, .. } => ps.iter().for_each(add),
            StmtKind::ForRange {
                var, body, orelse, ..
            } => {
                add(var);
                body.iter().chain(orelse).for_each(|s| places(s, out));
            }
            StmtKind::ForEach {
                targets,
                body,
                orelse,
                ..
            } => {
                targets.iter().for_each(add);
                body.iter().chain(orelse).for_each(|s| places(s, out));
            }
            StmtKind::If { then, orelse, .. }
            | StmtKind::While {
                body: then, orelse, ..
            } => {
                then.iter().chain(orelse).for_each(|s| places(s, out));
            }
            StmtKind::Try { .. } | StmtKind::With { .. } => {
                for block in s.kind.blocks() {
                    block.iter().for_each(|s| places(s, out));
                }
            }
            _ => {}
        }
    }
    places(&s, out);
}

/// Decides each local's Rust binding and mutability, and those of the
/// closures the function makes.
pub fn bind_locals(f: &mut Function) {
    // A closure's captured variables keep what its maker decided.
    let free: BTreeSet<String> = f
        .locals
        .iter()
        .filter(|l| matches!(l.binding, Binding::Free | Binding::FreeShared))
        .map(|l| l.name.clone())
        .collect();
    let mut maybe_unbound = BTreeSet::new();
    let params: BTreeSet<String> = f.params.iter().map(|p| p.name.clone()).collect();
    definite(
        &f.body,
        params.union(&free).cloned().collect(),
        &mut maybe_unbound,
    );

    let mut writes: HashMap<String, (usize, bool)> = HashMap::new();
    count_writes(&f.body, false, &mut writes);
    // `xs += ys` on a list extends it in place: not a write of the variable.
    let lists: BTreeSet<String> = f
        .locals
        .iter()
        .filter(|l| {
            matches!(
                l.ty,
                crate::types::Type::List(_) | crate::types::Type::Set(_)
            )
        })
        .map(|l| l.name.clone())
        .collect();
    subtract_in_place_updates(&f.body, &lists, &mut writes);
    for local in &mut f.locals {
        if free.contains(&local.name) {
            continue;
        }
        // A generator's body is split at its yields: its variables keep
        // their values between calls, in cells that start unbound.
        if f.generator {
            local.binding = Binding::MaybeUnbound;
            local.mutable = true;
            continue;
        }
        let (count, in_loop) = writes.get(&local.name).copied().unwrap_or((0, false));
        local.binding = if maybe_unbound.contains(&local.name) {
            Binding::MaybeUnbound
        } else if is_loop_variable(&f.body, &local.name) {
            Binding::LoopVariable
        } else if first_use_declares(&f.body, &local.name) {
            Binding::AtFirstAssignment
        } else if first_use_is_if_value(&f.body, &local.name) {
            Binding::IfValue
        } else {
            Binding::Hoisted
        };
        local.mutable = match local.binding {
            Binding::MaybeUnbound => true,
            Binding::LoopVariable => false,
            _ => count > 1 || in_loop,
        };
    }
    bind_closures(f, &writes);
}

/// Decides which variables the function shares with the closures it
/// makes (a `Shared` cell) and which they copy, then binds the closures'
/// own locals.
fn bind_closures(f: &mut Function, writes: &HashMap<String, (usize, bool)>) {
    let bindings: HashMap<String, Binding> = f
        .locals
        .iter()
        .map(|l| (l.name.clone(), l.binding))
        .collect();
    let params: BTreeSet<String> = f.params.iter().map(|p| p.name.clone()).collect();
    // Top-level plain assignments, by statement index.
    let assigned_at = |name: &str| {
        f.body.iter().position(
            |s| matches!(&s.kind, StmtKind::Assign { place: Place::Local(n), .. } if n == name),
        )
    };
    let mut shared: BTreeSet<String> = BTreeSet::new();
    let mut captures: Vec<(usize, String, bool)> = Vec::new();
    for (i, s) in f.body.iter().enumerate() {
        let mut stmt = vec![s.clone()];
        visit_exprs_shallow_mut(&mut stmt, &mut |e| {
            if let ExprKind::Closure(c) = &e.kind {
                let mut inner = BTreeSet::new();
                written_deep(&c.func.body, &mut inner);
                for n in c.capture_names() {
                    captures.push((i, n.to_string(), inner.contains(n)));
                }
            }
        });
    }
    for (i, name, written_inside) in captures {
        let cell = match bindings.get(&name) {
            Some(Binding::FreeShared) => true,
            Some(Binding::Free) => false,
            _ => {
                let (count, in_loop) = writes.get(&name).copied().unwrap_or((0, false));
                let copied = if params.contains(&name) {
                    count == 0
                } else {
                    count == 1 && !in_loop && assigned_at(&name).is_some_and(|j| j < i)
                };
                written_inside || !copied
            }
        };
        if cell && !matches!(bindings.get(&name), Some(Binding::FreeShared)) {
            shared.insert(name);
        }
    }
    for name in &shared {
        match f.locals.iter_mut().find(|l| &l.name == name) {
            Some(l) => {
                l.binding = Binding::Shared;
                l.mutable = false;
            }
            None => {
                if let Some(p) = f.params.iter().find(|p| &p.name == name) {
                    f.locals.push(crate::ir::Local {
                        name: name.clone(),
                        ty: p.ty.clone(),
                        binding: Binding::Shared,
                        mutable: false,
                    });
                }
            }
        }
    }
    let cells: BTreeSet<String> = f
        .locals
        .iter()
        .filter(|l| matches!(l.binding, Binding::Shared | Binding::FreeShared))
        .map(|l| l.name.clone())
        .collect();
    visit_exprs_shallow_mut(&mut f.body, &mut |e| {
        if let ExprKind::Closure(c) = &mut e.kind {
            let captured: BTreeSet<String> = c.capture_names().map(str::to_string).collect();
            for l in &mut c.func.locals {
                if captured.contains(&l.name) {
                    l.binding = if cells.contains(&l.name) {
                        Binding::FreeShared
                    } else {
                        Binding::Free
                    };
                    l.mutable = false;
                }
            }
            bind_locals(&mut c.func);
        }
    });
}

/// Names assigned in these statements or in the closures they make.
fn written_deep(body: &[Stmt], out: &mut BTreeSet<String>) {
    let mut writes = HashMap::new();
    count_writes(body, false, &mut writes);
    out.extend(writes.into_keys());
    let mut body = body.to_vec();
    visit_exprs_mut(&mut body, &mut |e| {
        if let ExprKind::Closure(c) = &e.kind {
            let mut writes = HashMap::new();
            count_writes(&c.func.body, false, &mut writes);
            out.extend(writes.into_keys());
        }
    });
}

/// Whether the first statement that mentions `name` is an `if` that
/// assigns it at the end of every branch (see [`assigns_in_every_branch`]).
fn first_use_is_if_value(body: &[Stmt], name: &str) -> bool {
    for s in body {
        let mut names = BTreeSet::new();
        mentions(s, &mut names);
        if names.contains(name) {
            return assigns_in_every_branch(s, name);
        }
    }
    false
}

/// `if c: ...; x = a` / `elif d: ...; x = b` / `else: ...; x = c`, with `x`
/// mentioned nowhere else in the statement: it can become
/// `let x = if c { ...; a } else if d { ...; b } else { ...; c };`.
pub fn assigns_in_every_branch(s: &Stmt, name: &str) -> bool {
    let StmtKind::If { cond, then, orelse } = &s.kind else {
        return false;
    };
    let mentioned = |stmts: &[Stmt]| {
        let mut names = BTreeSet::new();
        stmts.iter().for_each(|s| mentions(s, &mut names));
        names.contains(name)
    };
    let ends_with_assign = |block: &[Stmt]| match block.split_last() {
        Some((last, init)) => {
            matches!(&last.kind, StmtKind::Assign { place: Place::Local(n), value }
                if n == name && !mentioned(&[Stmt { line: 0, kind: StmtKind::Expr(value.clone()) }]))
                && !mentioned(init)
        }
        None => false,
    };
    let cond_free = !mentioned(&[Stmt {
        line: 0,
        kind: StmtKind::Expr(cond.clone()),
    }]);
    let else_ok = match orelse.as_slice() {
        [nested @ Stmt {
            kind: StmtKind::If { .. },
            ..
        }] => assigns_in_every_branch(nested, name),
        block => ends_with_assign(block),
    };
    cond_free && ends_with_assign(then) && else_ok
}

fn first_use_declares(body: &[Stmt], name: &str) -> bool {
    for s in body {
        let mut names = BTreeSet::new();
        mentions(s, &mut names);
        if names.contains(name) {
            return match &s.kind {
                StmtKind::Assign {
                    place: Place::Local(n),
                    value,
                } if n == name => {
                    let mut inside = BTreeSet::new();
                    mentions(
                        &Stmt {
                            line: 0,
                            kind: StmtKind::Expr(value.clone()),
                        },
                        &mut inside,
                    );
                    !inside.contains(name)
                }
                _ => false,
            };
        }
    }
    false
}

/// Whether every mention of `name` is as the variable of `for` loops (or
/// inside their bodies, which do not assign it): then each loop binds it in
/// Rust's `for` pattern and no outer declaration is needed.
fn is_loop_variable(body: &[Stmt], name: &str) -> bool {
    loop_uses(body, name).is_some_and(|loops| loops > 0)
}

/// The number of such loops, or `None` if `name` is used otherwise.
fn loop_uses(body: &[Stmt], name: &str) -> Option<usize> {
    let mentioned = |e: &crate::ir::Expr| {
        let mut found = BTreeSet::new();
        mentions(
            &Stmt {
                line: 0,
                kind: StmtKind::Expr(e.clone()),
            },
            &mut found,
        );
        found.contains(name)
    };
    let mut loops = 0;
    for s in body {
        match &s.kind {
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                if [Some(start), Some(stop), step.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(&mentioned)
                {
                    return None;
                }
                let mut in_else = BTreeSet::new();
                orelse.iter().for_each(|s| mentions(s, &mut in_else));
                if in_else.contains(name) {
                    return None;
                }
                if matches!(var, Place::Local(v) if v == name) {
                    let mut writes = HashMap::new();
                    count_writes(body, false, &mut writes);
                    if writes.contains_key(name) {
                        return None;
                    }
                    loops += 1;
                } else {
                    loops += loop_uses(body, name)?;
                }
            }
            StmtKind::ForEach {
                targets,
                iter,
                body,
                orelse,
            } => {
                if mentioned(iter) {
                    return None;
                }
                let mut in_else = BTreeSet::new();
                orelse.iter().for_each(|s| mentions(s, &mut in_else));
                if in_else.contains(name) {
                    return None;
                }
                if targets
                    .iter()
                    .any(|t| matches!(t, Place::Local(v) if v == name))
                {
                    let mut writes = HashMap::new();
                    count_writes(body, false, &mut writes);
                    if writes.contains_key(name) {
                        return None;
                    }
                    loops += 1;
                } else {
                    loops += loop_uses(body, name)?;
                }
            }
            StmtKind::While { cond, body, orelse }
            | StmtKind::If {
                cond,
                then: body,
                orelse,
            } => {
                if mentioned(cond) {
                    return None;
                }
                loops += loop_uses(body, name)?;
                loops += loop_uses(orelse, name)?;
            }
            _ => {
                let mut found = BTreeSet::new();
                mentions(s, &mut found);
                if found.contains(name) {
                    return None;
                }
            }
        }
    }
    Some(loops)
}

fn subtract_in_place_updates(
    body: &[Stmt],
    lists: &BTreeSet<String>,
    writes: &mut HashMap<String, (usize, bool)>,
) {
    let mut in_place: HashMap<String, usize> = HashMap::new();
    let mut stmts = body.to_vec();
    fn walk(body: &[Stmt], lists: &BTreeSet<String>, out: &mut HashMap<String, usize>) {
        for s in body {
            match &s.kind {
                StmtKind::AugAssign {
                    place: Place::Local(n),
                    op:
                        crate::ir::BinOp::Add
                        | crate::ir::BinOp::Mul
                        | crate::ir::BinOp::BitOr
                        | crate::ir::BinOp::BitAnd
                        | crate::ir::BinOp::Sub
                        | crate::ir::BinOp::BitXor,
                    ..
                } if lists.contains(n) => {
                    *out.entry(n.clone()).or_default() += 2;
                }
                StmtKind::If { then, orelse, .. }
                | StmtKind::While {
                    body: then, orelse, ..
                } => {
                    walk(then, lists, out);
                    walk(orelse, lists, out);
                }
                StmtKind::ForRange { body, orelse, .. }
                | StmtKind::ForEach { body, orelse, .. } => {
                    walk(body, lists, out);
                    walk(orelse, lists, out);
                }
                _ => {}
            }
        }
    }
    walk(&stmts, lists, &mut in_place);
    stmts.clear();
    for (name, n) in in_place {
        if let Some(w) = writes.get_mut(&name) {
            w.0 = w.0.saturating_sub(n);
            // Only plain assignments in loops need `mut` now.
            let mut assigned = HashMap::new();
            count_plain_assignments(body, false, &name, &mut assigned);
            w.1 = assigned.get(&name).is_some_and(|(_, looped)| *looped);
        }
    }
}

fn count_plain_assignments(
    body: &[Stmt],
    in_loop: bool,
    name: &str,
    out: &mut HashMap<String, (usize, bool)>,
) {
    let filtered: Vec<Stmt> = body
        .iter()
        .filter(
            |s| !matches!(&s.kind, StmtKind::AugAssign { place: Place::Local(n), .. } if n == name),
        )
        .cloned()
        .collect();
    count_writes(&filtered, in_loop, out);
}

/// The expressions a statement evaluates itself (not those of nested
/// blocks), and whether they run repeatedly (a `while` condition).
fn own_exprs(s: &Stmt) -> (Vec<&crate::ir::Expr>, bool) {
    match &s.kind {
        StmtKind::If { cond, .. } => (vec![cond], false),
        StmtKind::While { cond, .. } => (vec![cond], true),
        StmtKind::ForEach { iter, .. } => (vec![iter], false),
        StmtKind::ForRange {
            start, stop, step, ..
        } => (
            std::iter::once(start)
                .chain(Some(stop))
                .chain(step.as_ref())
                .collect(),
            false,
        ),
        StmtKind::Assign { value, .. }
        | StmtKind::AssignMany { value, .. }
        | StmtKind::AugAssign { value, .. }
        | StmtKind::Expr(value) => (vec![value], false),
        StmtKind::Print {
            args,
            sep,
            end,
            file,
            ..
        } => (
            args.iter().chain(sep).chain(end).chain(file).collect(),
            false,
        ),
        StmtKind::SetItem {
            container,
            index,
            value,
            ..
        } => (vec![value, container, index], false),
        StmtKind::SetAttr { object, value, .. } => (vec![value, object], false),
        StmtKind::DelItem { container, index } => (vec![container, index], false),
        StmtKind::SetSlice {
            container,
            bounds,
            value,
        } => (
            std::iter::once(value)
                .chain(Some(container))
                .chain(bounds.iter().flatten())
                .collect(),
            false,
        ),
        StmtKind::DelSlice { container, bounds } => (
            std::iter::once(container)
                .chain(bounds.iter().flatten())
                .collect(),
            false,
        ),
        StmtKind::Return(v) | StmtKind::Exit(v) => (v.iter().collect(), false),
        StmtKind::Raise { exc, cause } => (exc.iter().chain(cause).collect(), false),
        StmtKind::Try { .. } => (Vec::new(), false),
        StmtKind::With {
            exit, exit_raised, ..
        } => (vec![exit, exit_raised], false),
        StmtKind::Assert { cond, message } => {
            (std::iter::once(cond).chain(message).collect(), false)
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => (Vec::new(), false),
        StmtKind::Yield(e) | StmtKind::YieldFrom(e) => (vec![e], false),
    }
}

/// The names a statement's own expressions store with `:=`, and whether
/// each store can run more than once (in a comprehension or a `while`
/// condition).
fn walrus_stores(s: &Stmt) -> Vec<(String, bool)> {
    fn walk(e: &crate::ir::Expr, repeated: bool, out: &mut Vec<(String, bool)>) {
        if let ExprKind::Walrus {
            place: Place::Local(n),
            ..
        } = &e.kind
        {
            out.push((n.clone(), repeated));
        }
        // Inside a comprehension, all but the first iterable run once per item.
        let comprehension = matches!(e.kind, ExprKind::Comp { .. });
        for (i, child) in children(e).into_iter().enumerate() {
            walk(child, repeated || (comprehension && i > 0), out);
        }
    }
    let (exprs, repeated) = own_exprs(s);
    let mut out = Vec::new();
    for e in exprs {
        walk(e, repeated, &mut out);
    }
    out
}

fn count_writes(body: &[Stmt], in_loop: bool, out: &mut HashMap<String, (usize, bool)>) {
    let add = |p: &Place, weight: usize, out: &mut HashMap<String, (usize, bool)>| {
        if let Place::Local(n) = p {
            let e = out.entry(n.clone()).or_default();
            e.0 += weight;
            e.1 |= in_loop;
        }
    };
    for s in body {
        for (name, repeated) in walrus_stores(s) {
            add(&Place::Local(name), if repeated { 2 } else { 1 }, out);
        }
        match &s.kind {
            StmtKind::Assign { place, .. } => add(place, 1, out),
            StmtKind::AugAssign { place, .. } => add(place, 2, out),
            StmtKind::AssignMany { places, .. } => places.iter().for_each(|p| add(p, 1, out)),
            StmtKind::ForRange {
                var, body, orelse, ..
            } => {
                add(var, 1, out);
                out.entry(match var {
                    Place::Local(n) | Place::Global(n) => n.clone(),
                })
                .or_default()
                .1 = true;
                loop_writes(body, orelse, in_loop, out);
            }
            StmtKind::ForEach {
                targets,
                body,
                orelse,
                ..
            } => {
                for t in targets {
                    add(t, 1, out);
                    if let Place::Local(n) = t {
                        out.entry(n.clone()).or_default().1 = true;
                    }
                }
                loop_writes(body, orelse, in_loop, out);
            }
            StmtKind::While { body, orelse, .. } => loop_writes(body, orelse, in_loop, out),
            // An exception can leave the body anywhere, so the handlers and
            // `finally` may assign after the body did: every write counts.
            StmtKind::Try { .. } | StmtKind::With { .. } => {
                for block in s.kind.blocks() {
                    count_writes(block, in_loop, out);
                }
            }
            StmtKind::If { then, orelse, .. } => {
                // Only one branch runs: a name needs `mut` for the writes
                // along one path, not the sum over both branches.
                let (mut a, mut b) = (HashMap::new(), HashMap::new());
                count_writes(then, in_loop, &mut a);
                count_writes(orelse, in_loop, &mut b);
                merge_exclusive(a, b, out);
            }
            _ => {}
        }
    }
}

/// The writes of a loop. A write on a path of the body that ends in
/// `break` runs at most once per run of the loop, and never together with
/// the `else` (`for ...: if ...: found = x; break` / `else: found = None`
/// writes `found` once, as rustc sees it too); any other write in the body
/// repeats.
fn loop_writes(
    body: &[Stmt],
    orelse: &[Stmt],
    in_loop: bool,
    out: &mut HashMap<String, (usize, bool)>,
) {
    let mut exits = HashMap::new();
    loop_body_writes(body, in_loop, out, &mut exits);
    let mut after = HashMap::new();
    count_writes(orelse, in_loop, &mut after);
    merge_exclusive(exits, after, out);
}

/// Splits a loop body's writes into those that repeat (`repeated`) and
/// those on paths that end in the loop's `break` (`exits`).
fn loop_body_writes(
    body: &[Stmt],
    in_loop: bool,
    repeated: &mut HashMap<String, (usize, bool)>,
    exits: &mut HashMap<String, (usize, bool)>,
) {
    if let Some((last, before)) = body.split_last() {
        if matches!(last.kind, StmtKind::Break) {
            count_writes(before, in_loop, exits);
            return;
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::If { then, orelse, .. } if walrus_stores(s).is_empty() => {
                let (mut then_exits, mut else_exits) = (HashMap::new(), HashMap::new());
                loop_body_writes(then, in_loop, repeated, &mut then_exits);
                loop_body_writes(orelse, in_loop, repeated, &mut else_exits);
                merge_exclusive(then_exits, else_exits, exits);
            }
            _ => count_writes(std::slice::from_ref(s), true, repeated),
        }
    }
}

/// Adds the writes of two paths of which at most one runs.
fn merge_exclusive(
    a: HashMap<String, (usize, bool)>,
    b: HashMap<String, (usize, bool)>,
    out: &mut HashMap<String, (usize, bool)>,
) {
    let names: BTreeSet<String> = a.keys().chain(b.keys()).cloned().collect();
    for name in names {
        let x = a.get(&name).copied().unwrap_or_default();
        let y = b.get(&name).copied().unwrap_or_default();
        let e = out.entry(name).or_default();
        e.0 += x.0.max(y.0);
        e.1 |= x.1 || y.1;
    }
}

/// Definitely-assigned names after `body`, or `None` when it cannot fall
/// through. Reads of names outside the set are collected as maybe-unbound.
fn definite(
    body: &[Stmt],
    mut set: BTreeSet<String>,
    unbound: &mut BTreeSet<String>,
) -> Option<BTreeSet<String>> {
    for s in body {
        // Reads must follow a store; a walrus stores for what comes after
        // it (when it surely runs: not in a comprehension or after `and`).
        let check =
            |e: &crate::ir::Expr, set: &mut BTreeSet<String>, unbound: &mut BTreeSet<String>| {
                reads_after_stores(e, set, unbound, true);
            };
        match &s.kind {
            StmtKind::Assign { place, value } => {
                check(value, &mut set, unbound);
                if let Place::Local(n) = place {
                    set.insert(n.clone());
                }
            }
            StmtKind::AssignMany { places, value, .. } => {
                check(value, &mut set, unbound);
                for p in places {
                    if let Place::Local(n) = p {
                        set.insert(n.clone());
                    }
                }
            }
            StmtKind::AugAssign { place, value, .. } => {
                check(value, &mut set, unbound);
                if let Place::Local(n) = place {
                    if !set.contains(n) {
                        unbound.insert(n.clone());
                    }
                }
            }
            StmtKind::Expr(e) => check(e, &mut set, unbound),
            StmtKind::Print {
                args,
                sep,
                end,
                file,
                ..
            } => args
                .iter()
                .chain(sep)
                .chain(end)
                .chain(file)
                .for_each(|e| check(e, &mut set, unbound)),
            StmtKind::If { cond, then, orelse } => {
                check(cond, &mut set, unbound);
                let a = definite(then, set.clone(), unbound);
                let b = definite(orelse, set.clone(), unbound);
                set = match (a, b) {
                    (Some(a), Some(b)) => a.intersection(&b).cloned().collect(),
                    (Some(a), None) => a,
                    (None, Some(b)) => b,
                    (None, None) => return None,
                };
            }
            StmtKind::While { cond, body, orelse } => {
                check(cond, &mut set, unbound);
                let forever = is_true_literal(cond);
                set = loop_definite(&[], body, orelse, forever, &set, unbound)?;
            }
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                check(start, &mut set, unbound);
                check(stop, &mut set, unbound);
                step.iter().for_each(|e| check(e, &mut set, unbound));
                set = loop_definite(
                    std::slice::from_ref(var),
                    body,
                    orelse,
                    false,
                    &set,
                    unbound,
                )?;
            }
            StmtKind::ForEach {
                targets,
                iter,
                body,
                orelse,
            } => {
                check(iter, &mut set, unbound);
                set = loop_definite(targets, body, orelse, false, &set, unbound)?;
            }
            StmtKind::SetItem {
                container,
                index,
                value,
                ..
            } => {
                check(container, &mut set, unbound);
                check(index, &mut set, unbound);
                check(value, &mut set, unbound);
            }
            StmtKind::SetAttr { object, value, .. } => {
                check(value, &mut set, unbound);
                check(object, &mut set, unbound);
            }
            StmtKind::DelItem { container, index } => {
                check(container, &mut set, unbound);
                check(index, &mut set, unbound);
            }
            StmtKind::SetSlice {
                container,
                bounds,
                value,
            } => {
                check(container, &mut set, unbound);
                bounds
                    .iter()
                    .flatten()
                    .for_each(|e| check(e, &mut set, unbound));
                check(value, &mut set, unbound);
            }
            StmtKind::DelSlice { container, bounds } => {
                check(container, &mut set, unbound);
                bounds
                    .iter()
                    .flatten()
                    .for_each(|e| check(e, &mut set, unbound));
            }
            StmtKind::Return(v) | StmtKind::Exit(v) => {
                v.iter().for_each(|e| check(e, &mut set, unbound));
                return None;
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter()
                    .chain(cause)
                    .for_each(|e| check(e, &mut set, unbound));
                return None;
            }
            // A handler or `finally` can start anywhere in the body: it
            // knows only what was bound before the `try`.
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let normal = definite(body, set.clone(), unbound)
                    .and_then(|after| definite(orelse, after, unbound));
                let mut ends: Vec<BTreeSet<String>> = normal.into_iter().collect();
                for h in handlers {
                    ends.extend(definite(&h.body, set.clone(), unbound));
                }
                definite(finalbody, set.clone(), unbound);
                let mut ends = ends.into_iter();
                let first = ends.next()?;
                let joined = ends.fold(first, |a, b| a.intersection(&b).cloned().collect());
                set = definite(finalbody, joined, unbound)?;
            }
            // A suppressed exception continues with what was bound before.
            StmtKind::With {
                body,
                exit,
                exit_raised,
                suppresses,
                ..
            } => {
                check(exit, &mut set, unbound);
                check(exit_raised, &mut set, unbound);
                let after = definite(body, set.clone(), unbound);
                match after {
                    Some(after) if !suppresses => set = after,
                    Some(_) => {}
                    None if *suppresses && may_raise(body) => {}
                    None => return None,
                }
            }
            StmtKind::Assert { cond, message } => {
                check(cond, &mut set, unbound);
                message.iter().for_each(|e| check(e, &mut set, unbound));
            }
            StmtKind::Break | StmtKind::Continue => return None,
            StmtKind::Yield(e) | StmtKind::YieldFrom(e) => check(e, &mut set, unbound),
            StmtKind::Pass => {}
        }
    }
    Some(set)
}

/// A loop's body runs with its targets bound (maybe not at all); its `else`
/// runs with what was bound before the loop. After the loop, a name is
/// bound if the `else` binds it and so does the body before each `break`
/// (`for ...: if ...: found = x; break` / `else: found = None`); `None`
/// when the loop cannot end (its `else` leaves and nothing breaks). The
/// `else` of `while True:` never runs: only a `break` ends that loop.
fn loop_definite(
    targets: &[Place],
    body: &[Stmt],
    orelse: &[Stmt],
    forever: bool,
    before: &BTreeSet<String>,
    unbound: &mut BTreeSet<String>,
) -> Option<BTreeSet<String>> {
    let mut inner = before.clone();
    inner.extend(targets.iter().filter_map(|t| match t {
        Place::Local(n) => Some(n.clone()),
        Place::Global(_) => None,
    }));
    definite(body, inner.clone(), unbound);
    let mut ends = Vec::new();
    bound_at_breaks(body, inner, &mut ends);
    let after_else = definite(orelse, before.clone(), unbound);
    if !forever {
        ends.extend(after_else);
    }
    let mut ends = ends.into_iter();
    let first = ends.next()?;
    Some(ends.fold(first, |a, b| a.intersection(&b).cloned().collect()))
}

/// The names surely bound at each `break` of the loop whose body is
/// `body` (not of loops nested in it), given `set` bound at its start.
fn bound_at_breaks(body: &[Stmt], mut set: BTreeSet<String>, out: &mut Vec<BTreeSet<String>>) {
    // Reads are checked by `definite` over the whole body already.
    let mut ignored = BTreeSet::new();
    for s in body {
        match &s.kind {
            StmtKind::Break => {
                out.push(set);
                return;
            }
            StmtKind::If { cond, then, orelse } => {
                let mut tested = set.clone();
                reads_after_stores(cond, &mut tested, &mut ignored, true);
                bound_at_breaks(then, tested.clone(), out);
                bound_at_breaks(orelse, tested, out);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                bound_at_breaks(body, set.clone(), out);
                for h in handlers {
                    bound_at_breaks(&h.body, set.clone(), out);
                }
                bound_at_breaks(finalbody, set.clone(), out);
                if let Some(after) = definite(body, set.clone(), &mut ignored) {
                    bound_at_breaks(orelse, after, out);
                }
            }
            StmtKind::With { body, .. } => bound_at_breaks(body, set.clone(), out),
            _ => {}
        }
        match definite(std::slice::from_ref(s), set, &mut ignored) {
            Some(after) => set = after,
            None => return,
        }
    }
}

/// Marks the locals `e` reads before any store as possibly unbound, and
/// adds the names a walrus in `e` surely stores to `set`.
fn reads_after_stores(
    e: &crate::ir::Expr,
    set: &mut BTreeSet<String>,
    unbound: &mut BTreeSet<String>,
    sure: bool,
) {
    match &e.kind {
        ExprKind::Local(n) => {
            if !set.contains(n) {
                unbound.insert(n.clone());
            }
        }
        ExprKind::Walrus { place, value } => {
            reads_after_stores(value, set, unbound, sure);
            if let (true, Place::Local(n)) = (sure, place) {
                set.insert(n.clone());
            }
        }
        ExprKind::BoolOp { values, .. } => {
            for (i, v) in values.iter().enumerate() {
                reads_after_stores(v, set, unbound, sure && i == 0);
            }
        }
        ExprKind::IfElse { cond, then, orelse } => {
            reads_after_stores(cond, set, unbound, sure);
            reads_after_stores(then, set, unbound, false);
            reads_after_stores(orelse, set, unbound, false);
        }
        ExprKind::Comp {
            element,
            value,
            generators,
        } => {
            // The first iterable runs once, here; the rest runs per item,
            // in order, so a store in a condition precedes the element's
            // reads, but may not run at all.
            let mut inner: Option<BTreeSet<String>> = None;
            for g in generators {
                match inner.as_mut() {
                    None => reads_after_stores(&g.iter, set, unbound, sure),
                    Some(inner) => reads_after_stores(&g.iter, inner, unbound, true),
                }
                let inner = inner.get_or_insert_with(|| set.clone());
                g.conds
                    .iter()
                    .for_each(|c| reads_after_stores(c, inner, unbound, true));
            }
            let mut inner = inner.unwrap_or_else(|| set.clone());
            reads_after_stores(element, &mut inner, unbound, true);
            if let Some(v) = value {
                reads_after_stores(v, &mut inner, unbound, true);
            }
        }
        _ => {
            for child in children(e) {
                reads_after_stores(child, set, unbound, sure);
            }
        }
    }
}

/// The operands of an expression, in evaluation order.
fn children(e: &crate::ir::Expr) -> Vec<&crate::ir::Expr> {
    match &e.kind {
        ExprKind::Binary { left, right, .. } => vec![left, right],
        ExprKind::Unary { operand, .. }
        | ExprKind::Truthy(operand)
        | ExprKind::ToObj(operand)
        | ExprKind::Upcast(operand)
        | ExprKind::Downcast(operand)
        | ExprKind::Narrowed { value: operand, .. }
        | ExprKind::ObjIndex { value: operand, .. }
        | ExprKind::NotNone(operand)
        | ExprKind::NoneChecked { value: operand, .. }
        | ExprKind::Some(operand)
        | ExprKind::EnumLookup { arg: operand, .. }
        | ExprKind::Walrus { value: operand, .. }
        | ExprKind::Lambda { body: operand, .. }
        | ExprKind::ExcFromInstance(operand)
        | ExprKind::ExcInstance(operand)
        | ExprKind::Attr { value: operand, .. } => vec![operand],
        ExprKind::Compare { first, rest } => std::iter::once(&**first)
            .chain(rest.iter().map(|(_, e)| e))
            .collect(),
        ExprKind::BoolOp { values: items, .. }
        | ExprKind::Call { args: items, .. }
        | ExprKind::New { args: items, .. }
        | ExprKind::NewExc { args: items, .. }
        | ExprKind::Tuple(items)
        | ExprKind::List(items)
        | ExprKind::Set(items) => items.iter().collect(),
        ExprKind::Builtin { args, kwargs, .. } => {
            args.iter().chain(kwargs.iter().map(|(_, e)| e)).collect()
        }
        ExprKind::Method {
            receiver,
            args,
            kwargs,
            ..
        } => std::iter::once(&**receiver)
            .chain(args)
            .chain(kwargs.iter().map(|(_, e)| e))
            .collect(),
        ExprKind::IfElse { cond, then, orelse } => vec![cond, then, orelse],
        ExprKind::Dict(pairs) => pairs.iter().flat_map(|(k, v)| [k, v]).collect(),
        ExprKind::Index { value, index } => vec![value, index],
        ExprKind::Slice {
            value,
            lower,
            upper,
            step,
        } => std::iter::once(&**value)
            .chain(lower.as_deref())
            .chain(upper.as_deref())
            .chain(step.as_deref())
            .collect(),
        ExprKind::Comp {
            element,
            value,
            generators,
        } => {
            let mut out = Vec::new();
            for g in generators {
                out.push(&g.iter);
                out.extend(g.conds.iter());
            }
            out.push(element);
            out.extend(value.as_deref());
            out
        }
        ExprKind::Range { start, stop, step } => std::iter::once(&**start)
            .chain(Some(&**stop))
            .chain(step.as_deref())
            .collect(),
        ExprKind::FString(parts) => {
            let mut out = Vec::new();
            fparts(parts, &mut out);
            out
        }
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::None
        | ExprKind::Sent
        | ExprKind::Local(_)
        | ExprKind::Global(_)
        | ExprKind::FuncRef(_)
        | ExprKind::EnumMember { .. }
        | ExprKind::EnumMembers(_)
        | ExprKind::ExcClass(_)
        | ExprKind::CacheInfo { .. }
        | ExprKind::Bound(_) => Vec::new(),
        // Made here, it reads its captures here; its body runs later.
        ExprKind::Closure(c) => c
            .captures
            .iter()
            .chain(c.bound.iter().map(|(_, e)| e))
            .chain(c.wraps.as_deref())
            .collect(),
    }
}

fn fparts<'a>(parts: &'a [FPart], out: &mut Vec<&'a crate::ir::Expr>) {
    for p in parts {
        if let FPart::Value { value, spec, .. } = p {
            out.push(value);
            if let Some(Spec::Dynamic(inner)) = spec {
                fparts(inner, out);
            }
        }
    }
}

/// The functions that can call themselves, directly or through others
/// (a method call counts as a call of every method of that name): they
/// count their frames against the recursion limit.
pub fn recursive_functions(m: &crate::ir::Module) -> BTreeSet<String> {
    let names: Vec<&str> = m.functions.iter().map(|f| f.name.as_str()).collect();
    let mut calls: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for f in &m.functions {
        let mut out = BTreeSet::new();
        let mut body = f.body.clone();
        visit_exprs_mut(&mut body, &mut |e| match &e.kind {
            // A decorated function is called through the module variable
            // of its name.
            ExprKind::Call { func, .. } | ExprKind::FuncRef(func) | ExprKind::Global(func) => {
                out.insert(func.clone());
            }
            ExprKind::New { class, .. } => {
                out.insert(format!("{class}.__init__"));
            }
            ExprKind::Method { name, .. } => {
                let suffix = format!(".{name}");
                out.extend(
                    names
                        .iter()
                        .filter(|n| n.ends_with(&suffix))
                        .map(|n| n.to_string()),
                );
            }
            _ => {}
        });
        calls.insert(f.name.as_str(), out);
    }
    let mut recursive = BTreeSet::new();
    for f in &names {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut stack: Vec<&str> = calls[f].iter().map(String::as_str).collect();
        while let Some(g) = stack.pop() {
            if g == *f {
                recursive.insert(f.to_string());
                break;
            }
            if seen.insert(g) {
                if let Some(next) = calls.get(g) {
                    stack.extend(next.iter().map(String::as_str));
                }
            }
        }
    }
    recursive
}

/// The classes the program makes instances of (`Point(...)`, `cls(...)`).
pub fn constructed_classes(m: &crate::ir::Module) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for f in m.functions.iter().chain(std::iter::once(&m.main)) {
        let mut body = f.body.clone();
        visit_exprs_mut(&mut body, &mut |e| {
            if let ExprKind::New { class, .. } = &e.kind {
                out.insert(class.clone());
            }
        });
    }
    out
}
