//! A bound method passed to a call as a value,
//! `runner.bench_func("run", game.run, 1)`: the lambda it behaves as,
//! `lambda iterations: game.run(iterations)`, which later passes already
//! translate.
//!
//! Python binds the method to the object `game` names when the argument is
//! evaluated; the lambda looks `game` up when it is called. The two find
//! the same object when `game` is assigned once in its scope, outside any
//! loop, from a call of one of the program's classes, and no scope declares
//! it `global` or `nonlocal`. The class (or a base it inherits from) must
//! define the method as a plain `def` with positional parameters only, so
//! that the lambda takes exactly the arguments the method does.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

/// Rewrites the method values passed to calls in every scope of `body`.
pub fn rewrite(body: &mut [Stmt]) {
    let classes = Classes::collect(body);
    let mut shared = Shared::default();
    for stmt in body.iter() {
        shared.visit_stmt(stmt);
    }
    rewrite_scope(body, &classes, &shared.0);
}

/// The program's classes: their bases and the parameters (after `self`)
/// of each method that a lambda can stand for.
#[derive(Default)]
struct Classes {
    bases: HashMap<String, Vec<String>>,
    methods: HashMap<String, HashMap<String, Option<Vec<String>>>>,
}

impl Classes {
    fn collect(body: &[Stmt]) -> Self {
        let mut out = Classes::default();
        for stmt in body {
            let Stmt::ClassDef(c) = stmt else { continue };
            out.bases
                .insert(c.name.id.to_string(), super::class_base_names(c));
            let methods = c
                .body
                .iter()
                .filter_map(|m| match m {
                    Stmt::FunctionDef(f) => Some((f.name.id.to_string(), plain_params(f))),
                    _ => None,
                })
                .collect();
            out.methods.insert(c.name.id.to_string(), methods);
        }
        out
    }

    /// The parameters of `class.method`, found in the class or along its
    /// single bases; None where there is no such plain method.
    fn params(&self, class: &str, method: &str) -> Option<&Vec<String>> {
        let mut class = class;
        loop {
            if let Some(found) = self.methods.get(class)?.get(method) {
                return found.as_ref();
            }
            match self.bases.get(class)?.as_slice() {
                [base] => class = base,
                _ => return None,
            }
        }
    }
}

/// The parameters after `self` of a method without decorators, defaults,
/// `*args`, keyword-only parameters or `**kwargs`.
fn plain_params(f: &ast::StmtFunctionDef) -> Option<Vec<String>> {
    let p = &f.parameters;
    if !f.decorator_list.is_empty()
        || f.is_async
        || !p.posonlyargs.is_empty()
        || p.vararg.is_some()
        || !p.kwonlyargs.is_empty()
        || p.kwarg.is_some()
        || p.args.iter().any(|a| a.default.is_some())
    {
        return None;
    }
    let (_self, rest) = p.args.split_first()?;
    Some(
        rest.iter()
            .map(|a| a.parameter.name.id.to_string())
            .collect(),
    )
}

/// Names some scope declares `global` or `nonlocal`: another scope may
/// rebind them.
#[derive(Default)]
struct Shared(HashSet<String>);

impl<'a> Visitor<'a> for Shared {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Global(ast::StmtGlobal { names, .. })
        | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) = stmt
        {
            self.0.extend(names.iter().map(|n| n.id.to_string()));
        }
        visitor::walk_stmt(self, stmt);
    }
}

fn rewrite_scope(body: &mut [Stmt], classes: &Classes, shared: &HashSet<String>) {
    let mut stores = Stores::default();
    for stmt in body.iter() {
        stores.visit_stmt(stmt);
    }
    let instances: HashMap<String, String> = stores
        .made
        .into_iter()
        .filter(|(name, _)| stores.count.get(name) == Some(&1) && !shared.contains(name))
        .collect();
    let rewrite = Rewrite {
        instances: &instances,
        classes,
    };
    for stmt in body.iter_mut() {
        match stmt {
            Stmt::FunctionDef(f) => rewrite_scope(&mut f.body, classes, shared),
            Stmt::ClassDef(c) => {
                for member in c.body.iter_mut() {
                    if let Stmt::FunctionDef(f) = member {
                        rewrite_scope(&mut f.body, classes, shared);
                    }
                }
            }
            _ => rewrite.visit_stmt(stmt),
        }
    }
}

/// The stores of one scope: how often each name is bound, and the names
/// bound (outside loops) to a call of one of the program's classes.
#[derive(Default)]
struct Stores {
    count: HashMap<String, usize>,
    made: HashMap<String, String>,
    loops: usize,
}

impl Stores {
    fn bind(&mut self, name: &str) {
        *self.count.entry(name.to_string()).or_default() += 1;
    }
}

impl<'a> Visitor<'a> for Stores {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.bind(&f.name.id),
            Stmt::ClassDef(c) => self.bind(&c.name.id),
            Stmt::Import(i) => i.names.iter().for_each(|a| {
                self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
            }),
            Stmt::ImportFrom(i) => i.names.iter().for_each(|a| {
                self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
            }),
            Stmt::For(_) | Stmt::While(_) => {
                self.loops += 1;
                visitor::walk_stmt(self, stmt);
                self.loops -= 1;
            }
            Stmt::Assign(a) => {
                if let ([Expr::Name(target)], Expr::Call(call), 0) =
                    (a.targets.as_slice(), &*a.value, self.loops)
                {
                    if let Expr::Name(class) = &*call.func {
                        self.made
                            .insert(target.id.to_string(), class.id.to_string());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // Their own scopes.
            Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_) => {}
            Expr::Name(n) if n.ctx != ExprContext::Load => self.bind(&n.id),
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(name) = &h.name {
            self.bind(name);
        }
        visitor::walk_except_handler(self, handler);
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        // A capture pattern binds whatever it matched.
        match pattern {
            ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
            | ast::Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. }) => self.bind(n),
            ast::Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => {
                self.bind(n)
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }
}

struct Rewrite<'r> {
    /// Variable -> the class it holds an instance of.
    instances: &'r HashMap<String, String>,
    classes: &'r Classes,
}

impl Rewrite<'_> {
    /// The lambda `arg` behaves as, if it is a method of an instance.
    fn lambda(&self, arg: &Expr) -> Option<Expr> {
        let Expr::Attribute(attr) = arg else {
            return None;
        };
        let Expr::Name(receiver) = &*attr.value else {
            return None;
        };
        let class = self.instances.get(receiver.id.as_str())?;
        let params = self.classes.params(class, &attr.attr)?;
        if params.iter().any(|p| p == receiver.id.as_str()) {
            return None;
        }
        let params = params.join(", ");
        let src = format!("lambda {params}: {}.{}({params})", receiver.id, attr.attr);
        Some(super::template(&src, &[], arg.range()))
    }
}

impl Transformer for Rewrite<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        // Nested scopes have their own names.
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            transformer::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        // Lambdas and comprehensions bind names of their own.
        if matches!(
            expr,
            Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_)
        ) {
            return;
        }
        transformer::walk_expr(self, expr);
        let Expr::Call(c) = expr else { return };
        let args = c.arguments.args.iter_mut();
        let keywords = c.arguments.keywords.iter_mut().map(|k| &mut k.value);
        for arg in args.chain(keywords) {
            if let Some(lambda) = self.lambda(arg) {
                *arg = lambda;
            }
        }
    }
}
