//! Name resolution: which names each scope binds, following Python's rule
//! that any assignment in a function makes a name local unless it is
//! declared `global`.

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use std::collections::{BTreeSet, HashSet};

/// The names one function (or the module body) binds and declares global.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    /// Assigned names in first-assignment order, parameters first.
    pub locals: Vec<String>,
    pub globals: HashSet<String>,
    /// Names declared `nonlocal`: the enclosing function's variables.
    pub nonlocals: HashSet<String>,
}

impl Scope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.iter().any(|l| l == name)
    }

    fn bind(&mut self, name: &str) {
        if !self.globals.contains(name) && !self.nonlocals.contains(name) && !self.is_local(name) {
            self.locals.push(name.to_string());
        }
    }
}

/// Collects the scope of a function body with its parameter names.
pub fn function_scope(params: &[String], body: &[Stmt]) -> Scope {
    let mut scope = Scope::default();
    collect_globals(body, &mut scope.globals);
    collect_nonlocals(body, &mut scope.nonlocals);
    for p in params {
        scope.bind(p);
    }
    collect_bindings(body, &mut scope);
    for name in walrus_targets(body) {
        scope.bind(&name);
    }
    scope
}

/// Names bound by `name := value` anywhere in these statements, including
/// inside comprehensions, whose walrus binds in the enclosing function.
fn walrus_targets(body: &[Stmt]) -> Vec<String> {
    use ruff_python_ast::visitor::{self, Visitor};
    struct Targets(Vec<String>);
    impl<'b> Visitor<'b> for Targets {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Named(n) = expr {
                if let Expr::Name(name) = &*n.target {
                    self.0.push(name.id.to_string());
                }
            }
            visitor::walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::FunctionDef(_) | Stmt::ClassDef(_) = stmt {
                return;
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut v = Targets(Vec::new());
    for s in body {
        v.visit_stmt(s);
    }
    v.0
}

fn collect_nonlocals(body: &[Stmt], out: &mut HashSet<String>) {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct Nonlocals<'a>(&'a mut HashSet<String>);
    impl<'b> StatementVisitor<'b> for Nonlocals<'_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            match stmt {
                Stmt::Nonlocal(n) => self.0.extend(n.names.iter().map(|n| n.id.to_string())),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    Nonlocals(out).visit_body(body);
}

fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.id.to_string())),
            Stmt::If(s) => {
                collect_globals(&s.body, out);
                for c in &s.elif_else_clauses {
                    collect_globals(&c.body, out);
                }
            }
            Stmt::While(s) => {
                collect_globals(&s.body, out);
                collect_globals(&s.orelse, out);
            }
            Stmt::For(s) => {
                collect_globals(&s.body, out);
                collect_globals(&s.orelse, out);
            }
            Stmt::Try(t) => try_blocks(t).for_each(|b| collect_globals(b, out)),
            Stmt::With(w) => collect_globals(&w.body, out),
            _ => {}
        }
    }
}

/// The blocks of a `try` statement, handlers included.
pub(crate) fn try_blocks(t: &ruff_python_ast::StmtTry) -> impl Iterator<Item = &[Stmt]> {
    std::iter::once(&t.body[..])
        .chain(t.handlers.iter().map(|h| match h {
            ruff_python_ast::ExceptHandler::ExceptHandler(h) => &h.body[..],
        }))
        .chain([&t.orelse[..], &t.finalbody[..]])
}

fn bind_target(target: &Expr, scope: &mut Scope) {
    match target {
        Expr::Name(n) => scope.bind(&n.id),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| bind_target(e, scope)),
        Expr::List(t) => t.elts.iter().for_each(|e| bind_target(e, scope)),
        Expr::Starred(s) => bind_target(&s.value, scope),
        _ => {}
    }
}

fn collect_bindings(body: &[Stmt], scope: &mut Scope) {
    for stmt in body {
        match stmt {
            Stmt::Assign(a) => a.targets.iter().for_each(|t| bind_target(t, scope)),
            Stmt::AugAssign(a) => bind_target(&a.target, scope),
            Stmt::AnnAssign(a) => bind_target(&a.target, scope),
            Stmt::For(f) => {
                bind_target(&f.target, scope);
                collect_bindings(&f.body, scope);
                collect_bindings(&f.orelse, scope);
            }
            Stmt::While(w) => {
                collect_bindings(&w.body, scope);
                collect_bindings(&w.orelse, scope);
            }
            Stmt::If(i) => {
                collect_bindings(&i.body, scope);
                for c in &i.elif_else_clauses {
                    collect_bindings(&c.body, scope);
                }
            }
            // A handler's `as` name is the handler's own (see lower).
            Stmt::Try(t) => try_blocks(t).for_each(|b| collect_bindings(b, scope)),
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(target) = &item.optional_vars {
                        bind_target(target, scope);
                    }
                }
                collect_bindings(&w.body, scope);
            }
            Stmt::FunctionDef(f) => scope.bind(&f.name.id),
            Stmt::ClassDef(c) => scope.bind(&c.name.id),
            Stmt::Match(m) => {
                for case in &m.cases {
                    let mut names = Vec::new();
                    captured_names(&case.pattern, &mut names);
                    names.iter().for_each(|n| scope.bind(n));
                    collect_bindings(&case.body, scope);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    let first = bound.id.split('.').next().unwrap_or_default();
                    scope.bind(first);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    scope.bind(&alias.asname.as_ref().unwrap_or(&alias.name).id);
                }
            }
            _ => {}
        }
    }
}

/// The module-level names that some function reads or writes: these must
/// live outside the module's `main` so that functions can reach them.
pub fn shared_globals(module: &[Stmt], module_names: &HashSet<String>) -> BTreeSet<String> {
    let mut shared = BTreeSet::new();
    // Methods read module names as functions do.
    let methods = module.iter().flat_map(|s| match s {
        Stmt::ClassDef(c) => c.body.iter().collect(),
        _ => Vec::new(),
    });
    for stmt in module.iter().chain(methods) {
        if let Stmt::FunctionDef(f) = stmt {
            let params: Vec<String> = all_params(&f.parameters)
                .map(|p| p.name.id.to_string())
                .collect();
            let scope = function_scope(&params, &f.body);
            for g in &scope.globals {
                shared.insert(g.clone());
            }
            let mut reads = Vec::new();
            names_read(&f.body, &mut reads);
            for name in reads {
                if !scope.is_local(&name) && module_names.contains(&name) {
                    shared.insert(name);
                }
            }
        }
    }
    shared
}

pub fn all_params(p: &ast::Parameters) -> impl Iterator<Item = &ast::Parameter> {
    p.posonlyargs
        .iter()
        .chain(&p.args)
        .chain(&p.kwonlyargs)
        .map(|p| &p.parameter)
        .chain(p.vararg.as_deref())
        .chain(p.kwarg.as_deref())
}

/// Every name loaded anywhere in these statements, nested functions and
/// lambdas included (what they read, the function makes them read).
pub fn names_read(body: &[Stmt], out: &mut Vec<String>) {
    use ruff_python_ast::visitor::{self, Visitor};
    struct Reads<'a>(&'a mut Vec<String>, HashSet<String>);
    impl<'a, 'b> Visitor<'b> for Reads<'a> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            let generators = match expr {
                Expr::ListComp(c) => &c.generators[..],
                Expr::SetComp(c) => &c.generators[..],
                Expr::DictComp(c) => &c.generators[..],
                Expr::Generator(c) => &c.generators[..],
                _ => &[],
            };
            // A comprehension's own variables are not the module's.
            for g in generators {
                let mut scope = Scope::default();
                bind_target(&g.target, &mut scope);
                self.1.extend(scope.locals);
            }
            if let Expr::Name(n) = expr {
                if !self.1.contains(n.id.as_str()) {
                    self.0.push(n.id.to_string());
                }
            }
            visitor::walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::Nonlocal(n) = stmt {
                self.0.extend(n.names.iter().map(|n| n.id.to_string()));
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut v = Reads(out, HashSet::new());
    for s in body {
        v.visit_stmt(s);
    }
}

/// The names a pattern captures, for scoping.
pub fn captured_names(p: &Pattern, out: &mut Vec<String>) {
    match p {
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                captured_names(inner, out);
            }
            if let Some(n) = &a.name {
                out.push(n.id.to_string());
            }
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                out.push(n.id.to_string());
            }
        }
        Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| captured_names(p, out)),
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| captured_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| captured_names(p, out));
            if let Some(r) = &m.rest {
                out.push(r.id.to_string());
            }
        }
        Pattern::MatchClass(c) => {
            c.arguments
                .patterns
                .iter()
                .for_each(|p| captured_names(p, out));
            c.arguments
                .keywords
                .iter()
                .for_each(|k| captured_names(&k.pattern, out));
        }
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
    }
}
