//! A base class that calls, or is called with, methods only its subclasses
//! define (`Constraint.satisfy` calls `self.choose_method(mark)`, which
//! each kind of constraint defines): CPython finds the method on the
//! instance's class when the call runs, and an instance without it raises
//! AttributeError. The base gets the method as exactly that, so that
//! values of the base's type have it:
//!
//! ```python
//! def choose_method(self, mark):
//!     raise AttributeError(f"'{type(self).__name__}' object has no attribute 'choose_method'")
//! ```
//!
//! The parameters are those of the first subclass that defines it, and
//! only hierarchies of single inheritance get them. Only
//! methods the program calls somewhere (`x.name(...)`) are added, on the
//! highest class whose subclasses define them; one that no call through
//! the base's type reaches is dropped again after inference.

use super::parse_stmt;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeMap, BTreeSet};

/// The first line of the body every added method has, by which inference
/// recognises one.
pub const MARK: &str = "object has no attribute";

/// Adds the methods to the classes of `body`.
pub fn add(body: &mut [Stmt]) {
    let classes: Vec<ClassInfo> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::ClassDef(c) => Some(ClassInfo::of(c)),
            _ => None,
        })
        .collect();
    let mut calls = Calls::default();
    for s in body.iter() {
        calls.visit_stmt(s);
    }
    let by_name: BTreeMap<&str, &ClassInfo> =
        classes.iter().map(|c| (c.name.as_str(), c)).collect();
    // Each class's ancestors among the module's classes (and the names of
    // bases the module does not define), computed once.
    let ancestors: BTreeMap<&str, Vec<&str>> = classes
        .iter()
        .map(|class| {
            let mut out: Vec<&str> = Vec::new();
            let mut todo = vec![class.name.as_str()];
            while let Some(c) = todo.pop() {
                for b in by_name
                    .get(c)
                    .map(|i| i.bases.as_slice())
                    .unwrap_or_default()
                {
                    if !out.contains(&b.as_str()) {
                        out.push(b.as_str());
                        todo.push(b.as_str());
                    }
                }
            }
            (class.name.as_str(), out)
        })
        .collect();
    let ancestors_of = |class: &str| ancestors.get(class).map(Vec::as_slice).unwrap_or_default();
    let derives = |sub: &str, class: &str| ancestors_of(sub).contains(&class);
    // Whether instances of `class` find `method` on their own class or a base.
    let has = |class: &str, method: &str| {
        std::iter::once(&class)
            .chain(ancestors_of(class))
            .any(|c| by_name.get(c).is_some_and(|i| i.members.contains(method)))
    };
    let mut added: Vec<(String, ast::StmtFunctionDef)> = Vec::new();
    for method in &calls.methods {
        if method.starts_with("__") || calls.stored.contains(method) {
            continue;
        }
        // The definitions of the method, in source order.
        let defs: Vec<&ClassInfo> = classes
            .iter()
            .filter(|c| c.defs.contains_key(method))
            .collect();
        let Some(first) = defs.first() else { continue };
        let Some(def) = first.defs[method].as_ref() else {
            continue;
        };
        // The highest class whose instances lack it while a subclass has it.
        let target = classes.iter().find(|c| {
            // With several bases a class's MRO could reach the added
            // method before the one it inherits now.
            let single = |k: &ClassInfo| k.bases.len() <= 1;
            let name = c.name.as_str();
            single(c)
                && classes
                    .iter()
                    .filter(|k| derives(&k.name, name))
                    .all(single)
                && !has(name, method)
                && ancestors_of(name).iter().all(|a| by_name.contains_key(a))
                && defs.iter().any(|d| derives(&d.name, name))
                && !ancestors_of(name)
                    .iter()
                    .any(|a| defs.iter().any(|d| derives(&d.name, a)))
        });
        if let Some(target) = target {
            added.push((target.name.clone(), stub(def, method)));
        }
    }
    for stmt in body.iter_mut() {
        let Stmt::ClassDef(c) = stmt else { continue };
        for (class, def) in &added {
            if c.name.as_str() == class {
                c.body.push(Stmt::FunctionDef(def.clone()));
            }
        }
    }
}

/// What the pass needs of a class: its bases (the program's), the names
/// its body binds, and its methods (with their `def` where a copy of the
/// parameters can stand in the base).
struct ClassInfo {
    name: String,
    bases: Vec<String>,
    members: BTreeSet<String>,
    defs: BTreeMap<String, Option<ast::StmtFunctionDef>>,
}

impl ClassInfo {
    fn of(c: &ast::StmtClassDef) -> Self {
        let mut bases = super::class_base_names(c);
        bases.retain(|b| b != "object");
        let mut members = BTreeSet::new();
        let mut defs = BTreeMap::new();
        for s in &c.body {
            match s {
                Stmt::FunctionDef(f) => {
                    members.insert(f.name.to_string());
                    let plain = f.decorator_list.is_empty()
                        && !f.is_async
                        && f.type_params.is_none()
                        && f.parameters
                            .args
                            .first()
                            .is_some_and(|p| p.default.is_none())
                        && f.parameters
                            .iter()
                            .all(|p| p.default().is_none_or(crate::lower::literal_default));
                    defs.insert(f.name.to_string(), plain.then(|| f.clone()));
                }
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        if let Expr::Name(n) = t {
                            members.insert(n.id.to_string());
                        }
                    }
                }
                Stmt::AnnAssign(a) => {
                    if let Expr::Name(n) = &*a.target {
                        members.insert(n.id.to_string());
                    }
                }
                _ => {}
            }
        }
        ClassInfo {
            name: c.name.to_string(),
            bases,
            members,
            defs,
        }
    }
}

/// The method names the program calls (`x.name(...)`), and the attribute
/// names it assigns anywhere (an instance attribute of that name could
/// hold the function instead).
#[derive(Default)]
struct Calls {
    methods: BTreeSet<String>,
    stored: BTreeSet<String>,
}

impl<'a> Visitor<'a> for Calls {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) => {
                if let Expr::Attribute(a) = &*c.func {
                    self.methods.insert(a.attr.to_string());
                }
            }
            Expr::Attribute(a) if a.ctx != ast::ExprContext::Load => {
                self.stored.insert(a.attr.to_string());
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// The stand-in for `method` in the base, with the parameters of `def`.
fn stub(def: &ast::StmtFunctionDef, method: &str) -> ast::StmtFunctionDef {
    let receiver = def.parameters.args[0].parameter.name.to_string();
    let raise = parse_stmt(
        &format!("raise AttributeError(f\"'{{type({receiver}).__name__}}' {MARK} '{method}'\")"),
        def.range(),
    );
    let mut stub = def.clone();
    stub.body.clear();
    stub.body.push(raise);
    stub.returns = None;
    stub
}
