//! Nested `def`s and lambdas used as values: closures over the enclosing
//! function's variables.

use super::{docstring, local, mentioned, names_read, span, Ctx, Frame};
use crate::ir::{self, Binding, ExprKind, StmtKind};
use crate::resolve;
use crate::types::{Signature, Type};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

/// What a closure is made from.
enum Body<'a> {
    Def(&'a [Stmt]),
    Lambda(&'a Expr),
}

/// A nested def or a lambda, before lowering.
struct ClosureDef<'a> {
    name: &'a str,
    params: Vec<String>,
    sig: Signature,
    body: Body<'a>,
    range: TextRange,
    doc: Option<String>,
}

impl Ctx {
    /// `def name(...)` inside a function: `name = <closure>`.
    pub(super) fn lower_nested_def(
        &mut self,
        frame: &mut Frame,
        f: &ast::StmtFunctionDef,
    ) -> Option<StmtKind> {
        // `functools.wraps(f)` gives it `f`'s name.
        if let Some(d) = f.decorator_list.iter().find(|d| !self.is_wraps(d)) {
            self.error(
                d.range,
                "decorators of nested functions are not supported yet",
            )
            .help("call the function directly");
            return None;
        }
        if let Some(rest) = f.parameters.vararg.as_ref().or(f.parameters.kwarg.as_ref()) {
            self.error(
                rest.range,
                "`*args` and `**kwargs` in nested functions are not supported yet",
            )
            .help("define the function at module level");
            return None;
        }
        let sig = self.params_signature(f, None)?;
        let params: Vec<String> = super::args::def_params(&f.parameters)
            .map(|p| p.parameter.name.id.to_string())
            .collect();
        let doc = docstring(&f.body);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        let name = f.name.id.to_string();
        let def = ClosureDef {
            name: &name,
            params,
            sig,
            body: Body::Def(body),
            range: f.range,
            doc,
        };
        let wrapped = match f.decorator_list.first().map(|d| &d.expression) {
            Some(Expr::Call(c)) if c.arguments.args.len() == 1 => {
                Some(Box::new(self.lower_expr(frame, &c.arguments.args[0])?))
            }
            _ => None,
        };
        let mut closure = self.lower_closure(frame, def, Vec::new())?;
        if let ExprKind::Closure(c) = &mut closure.kind {
            c.wraps = wrapped;
        }
        let (place, _) = self.place(frame, &name, f.name.range)?;
        Some(StmtKind::Assign {
            place,
            value: closure,
        })
    }

    /// A lambda stored, passed or returned as a function value.
    pub(super) fn lower_lambda_value(
        &mut self,
        frame: &mut Frame,
        l: &ast::ExprLambda,
    ) -> Option<ir::Expr> {
        // `lambda x, k=k: ...`: `k` is bound to the default's value where
        // the lambda is made (the idiom that captures a loop's value).
        let mut bound = Vec::new();
        let mut params = Vec::new();
        if let Some(p) = &l.parameters {
            let plain = p.posonlyargs.is_empty()
                && p.kwonlyargs.is_empty()
                && p.vararg.is_none()
                && p.kwarg.is_none();
            if !plain {
                self.error(
                    p.range,
                    "lambdas with keyword-only or starred parameters are not supported yet",
                )
                .help("give the lambda plain parameters, or write a def");
                return None;
            }
            for a in &p.args {
                let name = a.parameter.name.id.to_string();
                match &a.default {
                    Some(d) => bound.push((name, self.lower_expr(frame, d)?)),
                    None if !bound.is_empty() => {
                        self.error(
                            a.range,
                            "a parameter without a default after one with a default",
                        )
                        .help("put the parameters with defaults last");
                        return None;
                    }
                    None => params.push(name),
                }
            }
        }
        let sig = Signature {
            params: params.iter().map(|_| self.u.fresh()).collect(),
            ret: self.u.fresh(),
        };
        let def = ClosureDef {
            name: "<lambda>",
            params,
            sig,
            body: Body::Lambda(&l.body),
            range: l.range,
            doc: None,
        };
        self.lower_closure(frame, def, bound)
    }

    /// `(f(x) for x in xs if p(x))` stored or passed as an iterator: a
    /// generator closure over the enclosing variables, called at once with
    /// the first iterable (which Python evaluates where the expression is).
    pub(super) fn lower_generator_value(
        &mut self,
        frame: &mut Frame,
        g: &ast::ExprGenerator,
    ) -> Option<ir::Expr> {
        let source_name = super::unique_name(frame, "source");
        let first = &g.generators[0];
        if first.is_async {
            self.error(first.range, "async comprehensions are not supported")
                .help("use a plain for");
            return None;
        }
        // Python calls iter() on the first iterable where the expression is.
        let iterable = self.lower_expr(frame, &first.iter)?;
        let source = ir::Expr::new(
            ExprKind::Builtin {
                func: ir::Builtin::Iter,
                args: vec![iterable],
                kwargs: Vec::new(),
            },
            self.u.fresh(),
            span(first.iter.range()),
        );
        // for x in <source>: [for y in ys:] if c: yield elt
        let yield_stmt = Stmt::Expr(ast::StmtExpr {
            range: g.elt.range(),
            node_index: Default::default(),
            value: Box::new(Expr::Yield(ast::ExprYield {
                range: g.elt.range(),
                node_index: Default::default(),
                value: Some(g.elt.clone()),
            })),
        });
        let mut body = vec![yield_stmt];
        for (i, c) in g.generators.iter().enumerate().rev() {
            for cond in c.ifs.iter().rev() {
                body = vec![Stmt::If(ast::StmtIf {
                    range: cond.range(),
                    node_index: Default::default(),
                    test: Box::new(cond.clone()),
                    body: body.into(),
                    elif_else_clauses: Vec::new(),
                })];
            }
            let iter = if i == 0 {
                Expr::Name(ast::ExprName {
                    range: c.iter.range(),
                    node_index: Default::default(),
                    id: source_name.as_str().into(),
                    ctx: ast::ExprContext::Load,
                })
            } else {
                c.iter.clone()
            };
            body = vec![Stmt::For(ast::StmtFor {
                range: c.range,
                node_index: Default::default(),
                is_async: c.is_async,
                target: Box::new(c.target.clone()),
                iter: Box::new(iter),
                body: body.into(),
                orelse: Default::default(),
            })];
        }
        let sig = Signature {
            params: vec![source.ty.clone()],
            ret: Type::Iterator(Box::new(self.u.fresh())),
        };
        let def = ClosureDef {
            name: "<genexpr>",
            params: vec![source_name],
            sig,
            body: Body::Def(&body),
            range: g.range,
            doc: None,
        };
        let closure = self.lower_closure(frame, def, Vec::new())?;
        let ty = match &closure.ty {
            Type::Func(sig) => sig.ret.clone(),
            _ => unreachable!("a closure is a function value"),
        };
        Some(ir::Expr::new(
            ExprKind::Method {
                receiver: Box::new(closure),
                name: "__call__".into(),
                args: vec![source],
                kwargs: Vec::new(),
            },
            ty,
            span(g.range),
        ))
    }

    /// `bound`: the closure's own variables given values where it is made.
    fn lower_closure(
        &mut self,
        frame: &mut Frame,
        def: ClosureDef,
        bound: Vec<(String, ir::Expr)>,
    ) -> Option<ir::Expr> {
        let ClosureDef {
            name,
            params,
            sig,
            body,
            range,
            doc,
        } = def;
        let stmts: Vec<Stmt> = match &body {
            Body::Def(stmts) => stmts.to_vec(),
            Body::Lambda(_) => Vec::new(),
        };
        let scope = resolve::function_scope(&params, &stmts);
        let mut reads = Vec::new();
        match &body {
            Body::Def(stmts) => names_read_into(stmts, &mut reads),
            Body::Lambda(e) => {
                let wrapped = Stmt::Expr(ast::StmtExpr {
                    range: e.range(),
                    node_index: Default::default(),
                    value: Box::new((*e).clone()),
                });
                names_read_into(std::slice::from_ref(&wrapped), &mut reads);
            }
        }
        // The enclosing function's variables the closure uses.
        reads.retain(|n| !bound.iter().any(|(b, _)| b == n));
        let mut free: Vec<String> = Vec::new();
        for n in reads.iter().chain(scope.nonlocals.iter()) {
            let enclosing = frame.types.contains_key(n.as_str())
                && !frame.scope.globals.contains(n.as_str())
                && !(frame.is_module && self.shared.contains(n.as_str()));
            if !scope.is_local(n)
                && !scope.globals.contains(n.as_str())
                && enclosing
                && !free.contains(n)
            {
                free.push(n.clone());
            }
        }
        for n in &scope.nonlocals {
            if !free.contains(n) {
                self.error(range, format!("no binding for nonlocal '{n}' found"))
                    .help("assign the variable in the enclosing function first");
                return None;
            }
        }
        if let Some((b, _)) = frame.bound.iter().find(|(b, _)| reads.contains(b)) {
            self.error(
                range,
                format!("a closure that reads the comprehension variable `{b}` is supported only in a comprehension assigned to a name"),
            )
            .help("assign the comprehension to a variable first (`fs = [...]`); its closures then share the variable, as in Python");
            return None;
        }
        let generator = match &body {
            Body::Def(stmts) => super::generators::yields(stmts),
            Body::Lambda(_) => false,
        };
        if generator {
            if !self.check_generator(&stmts) {
                return None;
            }
            if matches!(self.u.resolve(&sig.ret), Type::Var(_)) {
                let item = self.u.fresh();
                let _ = self.u.unify(&sig.ret, &Type::Iterator(Box::new(item)));
            }
        }
        let mut inner = Frame {
            scope,
            types: HashMap::new(),
            is_module: false,
            ret: sig.ret.clone(),
            bound: Vec::new(),
            class: None,
            narrowed: Vec::new(),
            reads: reads.iter().cloned().collect(),
            after_reads: Vec::new(),
            loops: 0,
            handlers: 0,
            generator,
        };
        for (p, t) in params.iter().zip(&sig.params) {
            inner.types.insert(p.clone(), t.clone());
        }
        for n in inner.scope.locals.clone() {
            inner.types.entry(n).or_insert_with(|| self.u.fresh());
        }
        for n in &free {
            inner
                .types
                .insert(n.clone(), frame.types[n.as_str()].clone());
            inner.scope.locals.push(n.clone());
        }
        for (n, value) in &bound {
            inner.types.insert(n.clone(), value.ty.clone());
            inner.scope.locals.push(n.clone());
        }
        let lowered = match &body {
            Body::Def(stmts) => self.lower_block(&mut inner, stmts),
            Body::Lambda(e) => {
                let value = self.lower_expr(&mut inner, e)?;
                let _ = self.u.unify(&sig.ret, &value.ty);
                vec![ir::Stmt {
                    line: self.line(range),
                    kind: StmtKind::Return(Some(value)),
                }]
            }
        };
        let used = mentioned(&lowered);
        let mut locals: Vec<ir::Local> = inner
            .scope
            .locals
            .iter()
            .filter(|n| {
                !params.contains(n)
                    && !free.contains(n)
                    && !bound.iter().any(|(b, _)| b == *n)
                    && used.contains(*n)
            })
            .map(|n| local(n, &inner.types[n]))
            .collect();
        for n in free.iter().chain(bound.iter().map(|(b, _)| b)) {
            let mut l = local(n, &inner.types[n]);
            l.binding = Binding::Free;
            l.mutable = false;
            locals.push(l);
        }
        let func = ir::Function {
            name: name.to_string(),
            doc,
            params: params
                .iter()
                .zip(&sig.params)
                .map(|(name, ty)| ir::Param {
                    name: name.clone(),
                    ty: ty.clone(),
                })
                .collect(),
            ret: sig.ret.clone(),
            locals,
            body: lowered,
            raises: true,
            cache: None,
            generator,
            external: None,
            line: self.line(range),
            span: span(range),
        };
        let captures = free
            .iter()
            .map(|n| {
                ir::Expr::new(
                    ExprKind::Local(n.clone()),
                    frame.types[n.as_str()].clone(),
                    span(range),
                )
            })
            .collect();
        Some(ir::Expr::new(
            ExprKind::Closure(Box::new(ir::Closure {
                func,
                captures,
                bound,
                wraps: None,
            })),
            Type::Func(Box::new(sig)),
            span(range),
        ))
    }
}

fn names_read_into(body: &[Stmt], out: &mut Vec<String>) {
    let read = names_read(body);
    out.extend(read);
    out.sort();
    out.dedup();
}
