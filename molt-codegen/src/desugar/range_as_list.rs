//! A local that holds a `range` on one path and a list on another, and is
//! only ever read as a sequence: `cells = range(n) if last is None else
//! [last]`, then `for i in cells:`. Iterating, `len`, indexing and `in`
//! cannot tell a range from the list of its items, so there the range
//! becomes that list (`list(range(n))`) and the local has one list type.
//!
//! Anything else that could tell them apart (printing, `==`, slicing,
//! storing the value elsewhere, mutating it) leaves the local alone, and
//! inference reports the two types as it would without this pass.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeMap, BTreeSet};

/// Builtins that only iterate their positional arguments.
const CONSUMERS: &[&str] = &[
    "len",
    "list",
    "tuple",
    "set",
    "frozenset",
    "sorted",
    "sum",
    "min",
    "max",
    "any",
    "all",
    "enumerate",
    "zip",
    "reversed",
];

/// Rewrites the functions (and methods) of `body`, at any depth.
pub fn rewrite(body: &mut [Stmt]) {
    if binds_range(body) {
        return;
    }
    rewrite_functions(body);
}

fn rewrite_functions(body: &mut [Stmt]) {
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(f) => {
                let names = sequence_locals(&f.parameters, &f.body);
                if !names.is_empty() {
                    rewrite_assignments(&mut f.body, &names);
                }
                rewrite_functions(&mut f.body);
            }
            Stmt::ClassDef(c) => rewrite_functions(&mut c.body),
            _ => {}
        }
    }
}

/// Whether the module rebinds `range` itself, which the pass would then
/// misread.
fn binds_range(body: &[Stmt]) -> bool {
    crate::resolve::function_scope(&[], body)
        .locals
        .iter()
        .any(|n| n == "range")
}

/// The locals of a function body that the pass applies to.
fn sequence_locals(params: &ast::Parameters, body: &[Stmt]) -> BTreeSet<String> {
    let mut bindings = Bindings::default();
    for s in body {
        bindings.visit_stmt(s);
    }
    let mut reads = Reads {
        names: bindings.plain.keys().cloned().collect(),
        other: BTreeSet::new(),
    };
    for s in body {
        reads.visit_stmt(s);
    }
    let param_names: BTreeSet<String> = params.iter().map(|p| p.name().to_string()).collect();
    bindings
        .plain
        .into_iter()
        .filter(|(name, values)| {
            !bindings.other.contains(name)
                && !reads.other.contains(name)
                && !param_names.contains(name)
                && values.iter().any(|v| v.has_range)
                && values.iter().any(|v| v.has_other)
        })
        .map(|(name, _)| name)
        .collect()
}

/// What the branches of an assigned value are: `range(...)` calls and
/// anything else.
#[derive(Default, Clone, Copy)]
struct Branches {
    has_range: bool,
    has_other: bool,
}

fn branches(e: &Expr, out: &mut Branches) {
    match e {
        Expr::If(i) => {
            branches(&i.body, out);
            branches(&i.orelse, out);
        }
        e if is_range_call(e) => out.has_range = true,
        _ => out.has_other = true,
    }
}

fn is_range_call(e: &Expr) -> bool {
    matches!(e, Expr::Call(c) if matches!(&*c.func, Expr::Name(f) if f.id.as_str() == "range"))
}

/// The bindings of a function's own scope: `name = value` statements, by
/// name, and every other way a name is bound there.
#[derive(Default)]
struct Bindings {
    plain: BTreeMap<String, Vec<Branches>>,
    other: BTreeSet<String>,
}

impl<'a> Visitor<'a> for Bindings {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(a) => {
                if let [Expr::Name(n)] = a.targets.as_slice() {
                    let mut b = Branches::default();
                    branches(&a.value, &mut b);
                    self.plain.entry(n.id.to_string()).or_default().push(b);
                    self.visit_expr(&a.value);
                    return;
                }
            }
            Stmt::FunctionDef(f) => {
                // Its own scope; only its name binds here.
                self.other.insert(f.name.to_string());
                return;
            }
            Stmt::ClassDef(c) => {
                self.other.insert(c.name.to_string());
                return;
            }
            Stmt::Global(g) => self.other.extend(g.names.iter().map(|n| n.to_string())),
            Stmt::Nonlocal(n) => self.other.extend(n.names.iter().map(|n| n.to_string())),
            Stmt::Import(i) => self.other.extend(i.names.iter().map(|a| {
                a.asname
                    .as_ref()
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string())
            })),
            Stmt::ImportFrom(i) => self.other.extend(
                i.names
                    .iter()
                    .map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string()),
            ),
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.other.insert(n.to_string());
                    }
                }
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) if n.ctx != ast::ExprContext::Load => {
                self.other.insert(n.id.to_string());
            }
            Expr::Named(n) => {
                if let Expr::Name(t) = &*n.target {
                    self.other.insert(t.id.to_string());
                }
            }
            // Their own scopes.
            Expr::Lambda(_) => return,
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        // A `match` capture binds a name.
        let mut names = Vec::new();
        capture_names(pattern, &mut names);
        self.other.extend(names);
    }
}

fn capture_names(p: &ast::Pattern, out: &mut Vec<String>) {
    struct Captures<'o>(&'o mut Vec<String>);
    impl<'a> Visitor<'a> for Captures<'_> {
        fn visit_pattern(&mut self, p: &'a ast::Pattern) {
            match p {
                ast::Pattern::MatchAs(m) => self.0.extend(m.name.iter().map(|n| n.to_string())),
                ast::Pattern::MatchStar(m) => self.0.extend(m.name.iter().map(|n| n.to_string())),
                ast::Pattern::MatchMapping(m) => {
                    self.0.extend(m.rest.iter().map(|n| n.to_string()))
                }
                _ => {}
            }
            visitor::walk_pattern(self, p);
        }
    }
    Captures(out).visit_pattern(p);
}

/// The reads of `names` that are not as a sequence (anywhere in the body,
/// nested scopes included, which can only make the pass more cautious).
struct Reads {
    names: BTreeSet<String>,
    other: BTreeSet<String>,
}

impl Reads {
    fn is_ours(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if self.names.contains(n.id.as_str()))
    }

    fn visit_unless_ours(&mut self, e: &Expr) {
        if !self.is_ours(e) {
            self.visit_expr(e);
        }
    }
}

impl<'a> Visitor<'a> for Reads {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_unless_ours(&f.iter);
                self.visit_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) => {
                self.visit_expr(&a.value);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                if self.names.contains(n.id.as_str()) {
                    self.other.insert(n.id.to_string());
                }
            }
            Expr::Call(c) if matches!(&*c.func, Expr::Name(f) if CONSUMERS.contains(&f.id.as_str())) =>
            {
                for a in &c.arguments.args {
                    self.visit_unless_ours(a);
                }
                for k in &c.arguments.keywords {
                    self.visit_expr(&k.value);
                }
            }
            Expr::Subscript(s)
                if s.ctx == ast::ExprContext::Load && !matches!(&*s.slice, Expr::Slice(_)) =>
            {
                self.visit_unless_ours(&s.value);
                self.visit_expr(&s.slice);
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left);
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.visit_unless_ours(right);
                    } else {
                        self.visit_expr(right);
                    }
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_comprehension(&mut self, c: &'a ast::Comprehension) {
        self.visit_unless_ours(&c.iter);
        self.visit_expr(&c.target);
        for cond in &c.ifs {
            self.visit_expr(cond);
        }
    }
}

/// Wraps the `range(...)` branches of the assignments to `names` in
/// `list(...)`, in this scope only.
fn rewrite_assignments(body: &mut [Stmt], names: &BTreeSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::Assign(a) => {
                if let [Expr::Name(n)] = a.targets.as_slice() {
                    if names.contains(n.id.as_str()) {
                        listify(&mut a.value);
                    }
                }
            }
            Stmt::If(i) => {
                rewrite_assignments(&mut i.body, names);
                for clause in &mut i.elif_else_clauses {
                    rewrite_assignments(&mut clause.body, names);
                }
            }
            Stmt::For(f) => {
                rewrite_assignments(&mut f.body, names);
                rewrite_assignments(&mut f.orelse, names);
            }
            Stmt::While(w) => {
                rewrite_assignments(&mut w.body, names);
                rewrite_assignments(&mut w.orelse, names);
            }
            Stmt::With(w) => rewrite_assignments(&mut w.body, names),
            Stmt::Try(t) => {
                rewrite_assignments(&mut t.body, names);
                for h in &mut t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    rewrite_assignments(&mut h.body, names);
                }
                rewrite_assignments(&mut t.orelse, names);
                rewrite_assignments(&mut t.finalbody, names);
            }
            Stmt::Match(m) => {
                for case in &mut m.cases {
                    rewrite_assignments(&mut case.body, names);
                }
            }
            _ => {}
        }
    }
}

fn listify(e: &mut Expr) {
    match e {
        Expr::If(i) => {
            listify(&mut i.body);
            listify(&mut i.orelse);
        }
        e if is_range_call(e) => {
            let range = e.range();
            let inner = std::mem::replace(
                e,
                Expr::NoneLiteral(ast::ExprNoneLiteral {
                    node_index: Default::default(),
                    range,
                }),
            );
            *e = super::call_of("list", &[inner], range);
        }
        _ => {}
    }
}
