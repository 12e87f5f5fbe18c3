//! Lambdas made in a comprehension that read its variable.
//!
//! `fs = [lambda: i for i in range(3)]` gives three functions that all
//! return 2: the comprehension's `i` is one variable, which each lambda
//! reads when it is called. The assignment is rewritten into the loop it
//! is, over a variable of its own name (`i_comp`), so that the lambdas
//! share it as closures (or module functions) share any variable
//! assigned after they are made:
//!
//! ```text
//! fs = []
//! for i_comp in range(3):
//!     fs.append(lambda: i_comp)
//! ```

use super::{parse_stmt, Desugar};
use ruff_python_ast::visitor::transformer::{walk_expr, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

impl Desugar {
    /// Rewrites such assignments in `body` and the bodies inside it.
    pub(super) fn unroll_late_binding<B>(&self, body: &mut B)
    where
        B: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
    {
        let mut out = Vec::new();
        for mut stmt in std::mem::take(body) {
            match &mut stmt {
                Stmt::FunctionDef(f) => self.unroll_late_binding(&mut f.body),
                Stmt::ClassDef(c) => self.unroll_late_binding(&mut c.body),
                Stmt::If(i) => {
                    self.unroll_late_binding(&mut i.body);
                    for c in &mut i.elif_else_clauses {
                        self.unroll_late_binding(&mut c.body);
                    }
                }
                Stmt::For(f) => {
                    self.unroll_late_binding(&mut f.body);
                    self.unroll_late_binding(&mut f.orelse);
                }
                Stmt::While(w) => {
                    self.unroll_late_binding(&mut w.body);
                    self.unroll_late_binding(&mut w.orelse);
                }
                Stmt::With(w) => self.unroll_late_binding(&mut w.body),
                Stmt::Try(t) => {
                    self.unroll_late_binding(&mut t.body);
                    for h in &mut t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        self.unroll_late_binding(&mut h.body);
                    }
                    self.unroll_late_binding(&mut t.orelse);
                    self.unroll_late_binding(&mut t.finalbody);
                }
                _ => {}
            }
            match self.unrolled(&stmt) {
                Some(stmts) => out.extend(stmts),
                None => out.push(stmt),
            }
        }
        *body = out.into_iter().collect();
    }

    /// `name = [...]` or `name: T = {...}` whose lambdas read the
    /// comprehension's variables, as statements.
    fn unrolled(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let (target, annotation, value) = match stmt {
            Stmt::Assign(a) => match a.targets.as_slice() {
                [Expr::Name(n)] => (n, None, &*a.value),
                _ => return None,
            },
            Stmt::AnnAssign(a) => match (&*a.target, a.value.as_deref()) {
                (Expr::Name(n), Some(v)) => (n, Some(&a.annotation), v),
                _ => return None,
            },
            _ => return None,
        };
        let (generators, store) = match value {
            Expr::ListComp(c) => (&c.generators, format!("{}.append(__h0)", target.id)),
            Expr::DictComp(c) => (&c.generators, format!("{}[__h0] = __h1", target.id)),
            _ => return None,
        };
        if generators.iter().any(|g| g.is_async) {
            return None;
        }
        let mut variables = HashSet::new();
        for g in generators {
            names_in(&g.target, &mut variables);
        }
        let items: Vec<&Expr> = match value {
            Expr::ListComp(c) => vec![&c.elt],
            Expr::DictComp(c) => vec![c.key.as_deref()?, &c.value],
            _ => return None,
        };
        if !items.iter().any(|e| lambda_reads(e, &variables)) {
            return None;
        }
        // Each variable gets a name no other code uses.
        let renames: HashMap<String, String> = variables
            .iter()
            .map(|v| {
                let mut name = format!("{v}_comp");
                while self.names.bound.contains(&name) {
                    name.push('_');
                }
                (v.clone(), name)
            })
            .collect();
        let rename = Rename(&renames);
        let range = stmt.range();
        let empty = match value {
            Expr::ListComp(_) => "[]",
            _ => "{}",
        };
        let mut init = parse_stmt(&format!("{} = {empty}", target.id), range);
        if let (Some(annotation), Stmt::Assign(a)) = (annotation, &init) {
            init = Stmt::AnnAssign(ast::StmtAnnAssign {
                range,
                node_index: Default::default(),
                target: Box::new(a.targets[0].clone()),
                annotation: annotation.clone(),
                value: Some(a.value.clone()),
                simple: true,
            });
        }
        let mut values: Vec<Expr> = items.iter().map(|e| (*e).clone()).collect();
        for v in &mut values {
            rename.visit_expr(v);
        }
        let holes: Vec<&Expr> = values.iter().collect();
        let mut inner = vec![fill_stmt(parse_stmt(&store, range), &holes)];
        for g in generators.iter().rev() {
            for cond in g.ifs.iter().rev() {
                let mut cond = cond.clone();
                rename.visit_expr(&mut cond);
                let Stmt::If(mut i) = parse_stmt("if __h0:\n    pass", range) else {
                    unreachable!("parsed an if")
                };
                i.test = Box::new(cond);
                i.body = inner.into_iter().collect();
                inner = vec![Stmt::If(i)];
            }
            let (mut t, mut iter) = (g.target.clone(), g.iter.clone());
            rename.visit_expr(&mut t);
            // The first iterable is evaluated outside the comprehension.
            if !std::ptr::eq(g, &generators[0]) {
                rename.visit_expr(&mut iter);
            }
            let Stmt::For(mut f) = parse_stmt("for __h0 in __h1:\n    pass", range) else {
                unreachable!("parsed a for")
            };
            f.target = Box::new(t);
            f.iter = Box::new(iter);
            f.body = inner.into_iter().collect();
            inner = vec![Stmt::For(f)];
        }
        let mut out = vec![init];
        out.extend(inner);
        Some(out)
    }
}

/// The names a comprehension target binds.
fn names_in(target: &Expr, out: &mut HashSet<String>) {
    match target {
        Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| names_in(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| names_in(e, out)),
        _ => {}
    }
}

/// Whether a lambda in `e` reads one of `variables` in its body (not
/// through a parameter of the same name).
fn lambda_reads(e: &Expr, variables: &HashSet<String>) -> bool {
    struct Finder<'v> {
        variables: &'v HashSet<String>,
        shadowed: Vec<HashSet<String>>,
        in_lambda: usize,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Lambda(l) => {
                    if let Some(p) = &l.parameters {
                        for d in p
                            .iter_non_variadic_params()
                            .filter_map(|p| p.default.as_deref())
                        {
                            self.visit_expr(d);
                        }
                    }
                    let params = l
                        .parameters
                        .iter()
                        .flat_map(|p| p.iter())
                        .map(|p| p.name().id.to_string())
                        .collect();
                    self.shadowed.push(params);
                    self.in_lambda += 1;
                    self.visit_expr(&l.body);
                    self.in_lambda -= 1;
                    self.shadowed.pop();
                }
                Expr::Name(n)
                    if self.in_lambda > 0
                        && self.variables.contains(n.id.as_str())
                        && !self.shadowed.iter().any(|s| s.contains(n.id.as_str())) =>
                {
                    self.found = true
                }
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut f = Finder {
        variables,
        shadowed: Vec::new(),
        in_lambda: 0,
        found: false,
    };
    f.visit_expr(e);
    f.found
}

/// Renames the comprehension's variables, except where a lambda's
/// parameter of the same name hides them.
struct Rename<'r>(&'r HashMap<String, String>);

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        match expr {
            Expr::Name(n) => {
                if let Some(new) = self.0.get(n.id.as_str()) {
                    n.id = new.as_str().into();
                }
            }
            Expr::Lambda(l) => {
                let params: HashSet<String> = l
                    .parameters
                    .iter()
                    .flat_map(|p| p.iter())
                    .map(|p| p.name().id.to_string())
                    .collect();
                if let Some(p) = l.parameters.as_deref_mut() {
                    for d in p
                        .posonlyargs
                        .iter_mut()
                        .chain(p.args.iter_mut())
                        .chain(p.kwonlyargs.iter_mut())
                        .filter_map(|p| p.default.as_deref_mut())
                    {
                        self.visit_expr(d);
                    }
                }
                let kept: HashMap<String, String> = self
                    .0
                    .iter()
                    .filter(|(k, _)| !params.contains(*k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                Rename(&kept).visit_expr(&mut l.body);
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// The statement with its `__h0`.. holes filled.
fn fill_stmt(mut stmt: Stmt, holes: &[&Expr]) -> Stmt {
    super::Fill { holes }.visit_stmt(&mut stmt);
    stmt
}
