//! `@contextlib.contextmanager` functions, inlined into the `with`
//! statements that use them.
//!
//! ```python
//! @contextmanager            with tag("p") as p:
//! def tag(name):                 print(p)
//!     print("<" + name + ">")
//!     try:                   is
//!         yield name
//!     finally:               tag_name_0 = "p"
//!         print("</" + ...)  print("<" + tag_name_0 + ">")
//!                            try:
//!                                p = tag_name_0
//!                                print(p)
//!                            finally:
//!                                print("</" + ...)
//! ```
//!
//! That is the generator's meaning: the block runs where the generator is
//! suspended, so what it raises meets the `try` around the `yield`, and
//! what the generator does after the yield runs when the block ends. Each
//! inlining renames the function's variables apart. Molt inlines only what
//! keeps that meaning: one `yield`, outside loops, no `return` in the
//! function, and no `return`, `break` or `continue` leaving the block.

use super::{unique_name, Ctx, Frame};
use crate::resolve;
use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
use ruff_python_ast::visitor::transformer::{walk_expr, walk_stmt as walk_stmt_mut, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

impl Ctx {
    /// Whether a decorator is `@contextmanager` or `@contextlib.contextmanager`.
    fn is_contextmanager(&self, d: &ast::Decorator) -> bool {
        match &d.expression {
            Expr::Name(n) => {
                n.id.as_str() == "contextmanager" && self.imports.contains("contextmanager")
            }
            Expr::Attribute(a) => {
                a.attr.id.as_str() == "contextmanager"
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "contextlib")
                    && self.imports.contains("contextlib")
            }
            _ => false,
        }
    }

    /// Sets the module's context manager functions aside (they are
    /// inlined, not compiled), returning the other statements.
    pub(super) fn take_context_managers(&mut self, body: &[Stmt]) -> Vec<Stmt> {
        let mut rest = Vec::new();
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(f)
                    if f.decorator_list.iter().any(|d| self.is_contextmanager(d)) =>
                {
                    if f.decorator_list.len() > 1 {
                        self.error(
                            f.range,
                            "a @contextmanager function with other decorators is not supported",
                        )
                        .help("keep only @contextmanager");
                    }
                    self.context_managers
                        .insert(f.name.id.to_string(), f.clone());
                }
                other => rest.push(other.clone()),
            }
        }
        rest
    }

    /// `with cm(args) as v: body` for a context manager function `cm`,
    /// as the statements it amounts to; `None` for other managers.
    pub(super) fn inline_context_manager(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        inner: Vec<Stmt>,
    ) -> Option<Option<Vec<Stmt>>> {
        let Expr::Call(call) = &item.context_expr else {
            return None;
        };
        let Expr::Name(callee) = &*call.func else {
            return None;
        };
        if frame.types.contains_key(callee.id.as_str()) {
            return None;
        }
        let def = self.context_managers.get(callee.id.as_str())?.clone();
        Some(self.inline(frame, &def, call, item, inner))
    }

    fn inline(
        &mut self,
        frame: &mut Frame,
        def: &ast::StmtFunctionDef,
        call: &ast::ExprCall,
        item: &ast::WithItem,
        inner: Vec<Stmt>,
    ) -> Option<Vec<Stmt>> {
        let name = def.name.id.as_str();
        let refuse = |cx: &mut Ctx, at: TextRange, what: &str, help: &str| -> Option<Vec<Stmt>> {
            cx.error(
                at,
                format!("{what} is not supported in a @contextmanager function used by `with`"),
            )
            .help(help.to_string());
            None
        };
        let shape = Shape::of(&def.body);
        match (shape.yields, shape.yield_in_loop, shape.returns) {
            (_, _, Some(at)) => {
                return refuse(self, at, "`return`", "let the function end after its yield");
            }
            (1, false, None) => {}
            _ => {
                return refuse(
                    self,
                    def.name.range,
                    "anything but exactly one `yield` outside loops",
                    "yield once",
                );
            }
        }
        if let Some(at) = leaves(&inner) {
            self.error(at, "`return`, `break` or `continue` out of a `with` block of a @contextmanager function is not supported")
                .help("end the block normally, and act on its result after the `with`");
            return None;
        }
        let p = &def.parameters;
        if !p.posonlyargs.is_empty()
            || !p.kwonlyargs.is_empty()
            || p.vararg.is_some()
            || p.kwarg.is_some()
        {
            return refuse(
                self,
                p.range,
                "a parameter list other than plain parameters",
                "use plain parameters",
            );
        }
        if !call.arguments.keywords.is_empty() || call.arguments.args.len() > p.args.len() {
            self.error(
                call.arguments.range,
                format!("call {name}() with its arguments by position here"),
            )
            .help("pass one argument per parameter, by position");
            return None;
        }
        // The function's variables, renamed apart from the caller's.
        let params: Vec<String> = p
            .args
            .iter()
            .map(|a| a.parameter.name.id.to_string())
            .collect();
        let scope = resolve::function_scope(&params, &def.body);
        let mut renames = HashMap::new();
        for local in &scope.locals {
            let fresh = unique_name(frame, &format!("{name}_{local}"));
            let var = self.u.fresh();
            frame.types.insert(fresh.clone(), var);
            frame.scope.locals.push(fresh.clone());
            renames.insert(local.clone(), fresh);
        }
        // A global the function reads must not be shadowed where it is inlined.
        let mut reads = Reads::default();
        for s in &def.body {
            reads.visit_stmt(s);
        }
        if !frame.is_module {
            if let Some(shadowed) = reads
                .0
                .iter()
                .find(|n| !renames.contains_key(*n) && frame.scope.is_local(n))
            {
                self.error(call.range(), format!("{name}() reads the module's `{shadowed}`, which this function's own `{shadowed}` hides"))
                    .help("rename the local variable");
                return None;
            }
        }
        let mut out = Vec::new();
        for (i, param) in p.args.iter().enumerate() {
            let value = match (call.arguments.args.get(i), &param.default) {
                (Some(a), _) => a.clone(),
                (None, Some(d)) => (**d).clone(),
                (None, None) => {
                    self.error(
                        call.arguments.range,
                        format!(
                            "{name}() missing required argument '{}'",
                            param.parameter.name.id
                        ),
                    )
                    .help("pass a value for each parameter without a default");
                    return None;
                }
            };
            out.push(assign(
                &renames[param.parameter.name.id.as_str()],
                value,
                call.range(),
            ));
        }
        // Its `global` declarations become the caller's.
        for g in &scope.globals {
            if !frame.is_module && frame.scope.is_local(g) {
                self.error(
                    call.range(),
                    format!("{name}() assigns the module's `{g}`, which this function's own `{g}` hides"),
                )
                .help("rename the local variable");
                return None;
            }
            frame.scope.globals.insert(g.clone());
        }
        let rename = Rename(&renames);
        let mut body: Vec<Stmt> = def
            .body
            .iter()
            .skip(usize::from(super::docstring(&def.body).is_some()))
            .filter(|s| !matches!(s, Stmt::Global(_)))
            .cloned()
            .collect();
        for s in &mut body {
            rename.visit_stmt(s);
        }
        let mut block = Vec::new();
        let mut inner = Some(inner);
        splice(&mut body, &mut |value: Option<Expr>, at| {
            if let Some(v) = value {
                match &item.optional_vars {
                    Some(target) => block.push(Stmt::Assign(ast::StmtAssign {
                        node_index: Default::default(),
                        range: at,
                        targets: vec![(**target).clone()],
                        value: Box::new(v),
                    })),
                    // A yielded name or literal nobody binds does nothing.
                    None if matches!(v, Expr::Name(_)) || v.is_literal_expr() => {}
                    None => block.push(Stmt::Expr(ast::StmtExpr {
                        node_index: Default::default(),
                        range: at,
                        value: Box::new(v),
                    })),
                }
            }
            block.extend(inner.take().unwrap_or_default());
            std::mem::take(&mut block)
        });
        out.extend(body);
        Some(out)
    }
}

fn assign(name: &str, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![Expr::Name(ast::ExprName {
            node_index: Default::default(),
            range,
            id: name.into(),
            ctx: ast::ExprContext::Store,
        })],
        value: Box::new(value),
    })
}

/// Replaces the `yield` statement in `body` (at any depth of `if`, `try`
/// and `with`) by what `replace` gives for its value.
fn splice(body: &mut Vec<Stmt>, replace: &mut dyn FnMut(Option<Expr>, TextRange) -> Vec<Stmt>) {
    let mut i = 0;
    while i < body.len() {
        if let Stmt::Expr(e) = &body[i] {
            if let Expr::Yield(y) = &*e.value {
                let new = replace(y.value.as_deref().cloned(), e.range);
                let n = new.len();
                body.splice(i..=i, new);
                i += n;
                continue;
            }
        }
        match &mut body[i] {
            Stmt::If(s) => {
                splice_thin(&mut s.body, replace);
                for c in &mut s.elif_else_clauses {
                    splice_thin(&mut c.body, replace);
                }
            }
            Stmt::Try(t) => {
                splice_thin(&mut t.body, replace);
                for h in &mut t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    splice_thin(&mut h.body, replace);
                }
                splice_thin(&mut t.orelse, replace);
                splice_thin(&mut t.finalbody, replace);
            }
            Stmt::With(w) => splice_thin(&mut w.body, replace),
            _ => {}
        }
        i += 1;
    }
}

fn splice_thin<B>(body: &mut B, replace: &mut dyn FnMut(Option<Expr>, TextRange) -> Vec<Stmt>)
where
    B: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
{
    let mut v: Vec<Stmt> = std::mem::take(body).into_iter().collect();
    splice(&mut v, replace);
    *body = v.into_iter().collect();
}

/// How a context manager function's body yields and returns.
#[derive(Default)]
struct Shape {
    yields: usize,
    yield_in_loop: bool,
    returns: Option<TextRange>,
    loops: usize,
}

impl Shape {
    fn of(body: &[Stmt]) -> Shape {
        let mut s = Shape::default();
        s.visit_body(body);
        s
    }
}

impl<'a> Visitor<'a> for Shape {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(r) => {
                self.returns.get_or_insert(r.range);
            }
            Stmt::For(_) | Stmt::While(_) => {
                self.loops += 1;
                visitor::walk_stmt(self, stmt);
                self.loops -= 1;
            }
            Stmt::Expr(e) if matches!(&*e.value, Expr::Yield(_)) => {
                self.yields += 1;
                self.yield_in_loop |= self.loops > 0;
                if let Expr::Yield(y) = &*e.value {
                    if let Some(v) = &y.value {
                        self.visit_expr(v);
                    }
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // A yield used as a value is not the one statement Molt splices.
            Expr::Yield(_) | Expr::YieldFrom(_) => self.yields += 2,
            Expr::Lambda(_) => {}
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// The first `return`, or `break`/`continue` outside a loop of the block.
pub(super) fn leaves(body: &[Stmt]) -> Option<TextRange> {
    struct Finder {
        found: Option<TextRange>,
        loops: usize,
    }
    impl<'a> StatementVisitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Return(r) => {
                    self.found.get_or_insert(r.range);
                }
                Stmt::Break(b) if self.loops == 0 => {
                    self.found.get_or_insert(b.range);
                }
                Stmt::Continue(c) if self.loops == 0 => {
                    self.found.get_or_insert(c.range);
                }
                Stmt::For(_) | Stmt::While(_) => {
                    self.loops += 1;
                    walk_stmt(self, s);
                    self.loops -= 1;
                }
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut f = Finder {
        found: None,
        loops: 0,
    };
    f.visit_body(body);
    f.found
}

/// The names a body reads.
#[derive(Default)]
struct Reads(Vec<String>);

impl<'a> Visitor<'a> for Reads {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(n) = expr {
            if n.ctx.is_load() && !self.0.iter().any(|r| r == n.id.as_str()) {
                self.0.push(n.id.to_string());
            }
        }
        visitor::walk_expr(self, expr);
    }
}

/// Renames the function's variables (not inside nested functions, which
/// Molt's lowering handles as closures over the renamed names).
struct Rename<'r>(&'r HashMap<String, String>);

impl Transformer for Rename<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::Try(t) = stmt {
            for h in &mut t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(n) = &mut h.name {
                    if let Some(new) = self.0.get(n.id.as_str()) {
                        n.id = new.as_str().into();
                    }
                }
            }
        }
        walk_stmt_mut(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(n) = expr {
            if let Some(new) = self.0.get(n.id.as_str()) {
                n.id = new.as_str().into();
            }
            return;
        }
        walk_expr(self, expr);
    }
}
