//! Monomorphization: an unannotated function the program calls with
//! arguments of different types (`add(1, 2)` and `add("a", "b")`) is
//! compiled once per combination of argument types, each a Rust function
//! with concrete types, instead of once over run-time typed values.
//!
//! Inference asks for a parameter to be widened when its calls disagree
//! on its type. The function is then split in the syntax tree: one copy
//! per call site, each call calling its own copy (a recursive call inside
//! a copy calls that copy), and inference runs again. After inference,
//! copies that came out with the same types are merged back into one, and
//! where several remain each is named after the types that tell them apart
//! (`do_unpacking_tuple`, `do_unpacking_list`).
//!
//! Only a function defined once at the top level, without decorators,
//! whose name is used for nothing but calls, is split; a library's public
//! functions keep their one signature. A copy whose parameters still
//! disagree (one call site passing values of several types) is widened to
//! run-time typed values as before, and a function whose copies do not
//! compile (a call with `[]` that says nothing of the items, an operation
//! Molt has only for run-time typed values) is compiled once, over
//! run-time typed values, as if it had not been split.

use crate::diagnostic::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::types::{Type, TypeVar};
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The most copies one function is split into at a time.
const MAX_CALL_SITES: usize = 64;
/// The most copies made in a whole program: splitting stops there, so that
/// functions that call each other cannot make copies forever.
const MAX_COPIES: usize = 512;

/// The copies made so far.
#[derive(Default)]
pub struct Instances {
    /// Copy name -> the function's name in the source.
    origin: BTreeMap<String, String>,
    /// Functions not to split: their copies did not compile (a call site
    /// whose arguments say too little on their own, or an operation Molt
    /// has only for run-time typed values), so they stay one function.
    blocked: HashSet<String>,
    /// The tree as it was before the first split, to start again from.
    unsplit: Option<ast::ModModule>,
}

impl Instances {
    /// After `items` (diagnostics of a program with copies): puts `module`
    /// back as it was before any split and blocks the split functions the
    /// diagnostics fall in (all of them when none does), so that inference
    /// starts again. False when nothing was split: the diagnostics stand.
    pub fn restart(&mut self, module: &mut ast::ModModule, items: &[Diagnostic]) -> bool {
        let Some(unsplit) = &self.unsplit else {
            return false;
        };
        // Errors of a run that split nothing are the program's own. (Each
        // restart blocks at least one function, so restarts end.)
        if self.origin.is_empty() {
            return false;
        }
        let split: HashSet<String> = self.origin.values().cloned().collect();
        let defs = function_ranges(&unsplit.body);
        let blamed: HashSet<String> = split
            .iter()
            .filter(|f| {
                defs.get(*f)
                    .is_some_and(|r| items.iter().any(|d| r.contains(&d.span.start)))
            })
            .cloned()
            .collect();
        self.blocked
            .extend(if blamed.is_empty() { split } else { blamed });
        self.origin.clear();
        *module = unsplit.clone();
        true
    }

    /// Splits the functions whose parameters inference asked to widen
    /// (`widen`, over the variables of `module`'s parameters), if any can
    /// be: whether it split one, so that inference must run again.
    pub fn split_widened(
        &mut self,
        ast: &mut ast::ModModule,
        module: &ir::Module,
        widen: &BTreeMap<TypeVar, Type>,
        keep_public: bool,
    ) -> bool {
        let mut split_any = false;
        for f in &module.functions {
            let widened = f
                .params
                .iter()
                .any(|p| matches!(&p.ty, Type::Var(v) if widen.contains_key(v)));
            if !widened || f.name.contains('.') {
                continue;
            }
            let source_name = self.origin.get(&f.name).unwrap_or(&f.name);
            if (keep_public && !source_name.starts_with('_')) || self.blocked.contains(source_name)
            {
                continue;
            }
            split_any |= self.split(ast, &f.name);
        }
        split_any
    }

    /// Splits `name` into one copy per call site, if it can be.
    fn split(&mut self, module: &mut ast::ModModule, name: &str) -> bool {
        if self.origin.len() >= MAX_COPIES || !splittable(&module.body, name) {
            return false;
        }
        let Some(at) = module.body.iter().position(|s| is_def(s, name)) else {
            return false;
        };
        if self.unsplit.is_none() {
            self.unsplit = Some(module.clone());
        }
        let Stmt::FunctionDef(def) = module.body.remove(at) else {
            unreachable!("position found the def")
        };
        let sites = RenameCalls {
            name,
            next: RefCell::new(Vec::new()),
        };
        for stmt in module.body.iter_mut() {
            sites.visit_stmt(stmt);
        }
        let copies = sites.next.into_inner();
        let root = self.origin.get(name).cloned().unwrap_or(name.to_string());
        for copy in copies.iter().rev() {
            let mut f = def.clone();
            f.name = ast::Identifier::new(copy.as_str(), f.name.range);
            // Recursive calls call the copy itself.
            let recursion = Retarget {
                from: name,
                to: copy,
            };
            for stmt in f.body.iter_mut() {
                recursion.visit_stmt(stmt);
            }
            module.body.insert(at, Stmt::FunctionDef(f));
            self.origin.insert(copy.clone(), root.clone());
        }
        true
    }

    /// After inference: copies with the same types become one function,
    /// and the copies of a function are named after it (with the types
    /// that tell them apart where several remain).
    pub fn merge(&self, module: &mut ir::Module) {
        if self.origin.is_empty() {
            return;
        }
        let mut groups: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for f in &module.functions {
            if let Some(root) = self.origin.get(&f.name) {
                groups
                    .entry(root.clone())
                    .or_default()
                    .push((f.name.clone(), signature_key(f)));
            }
        }
        let taken: HashSet<String> = module
            .functions
            .iter()
            .filter(|f| !self.origin.contains_key(&f.name))
            .map(|f| f.name.clone())
            .collect();
        let mut renames: HashMap<String, String> = HashMap::new();
        let mut dropped: HashSet<String> = HashSet::new();
        for (root, copies) in groups {
            // The first copy of each distinct signature stands for the rest.
            let mut kept: Vec<(String, String)> = Vec::new();
            for (copy, key) in copies {
                match kept.iter().find(|(_, k)| *k == key) {
                    Some((first, _)) => {
                        renames.insert(copy.clone(), first.clone());
                        dropped.insert(copy);
                    }
                    None => kept.push((copy, key)),
                }
            }
            let names = final_names(module, &root, &kept, &taken);
            for ((copy, _), final_name) in kept.iter().zip(names) {
                for target in renames.values_mut() {
                    if target == copy {
                        *target = final_name.clone();
                    }
                }
                renames.insert(copy.clone(), final_name);
            }
        }
        module.functions.retain(|f| !dropped.contains(&f.name));
        for f in module
            .functions
            .iter_mut()
            .chain(std::iter::once(&mut module.main))
        {
            if let Some(new) = renames.get(&f.name) {
                f.name = new.clone();
            }
            crate::analyze::visit_exprs_mut(&mut f.body, &mut |e| match &mut e.kind {
                ExprKind::Call { func, .. } | ExprKind::FuncRef(func) => {
                    if let Some(new) = renames.get(func.as_str()) {
                        *func = new.clone();
                    }
                }
                _ => {}
            });
        }
    }

    /// Diagnostics name a copy by its function's name.
    pub fn rename_in(&self, items: &mut [Diagnostic]) {
        // Longest first: `f__2__1` before `f__2`.
        let mut copies: Vec<(&String, &String)> = self.origin.iter().collect();
        copies.sort_by_key(|(copy, _)| std::cmp::Reverse(copy.len()));
        for d in items {
            for (copy, root) in &copies {
                let quoted = format!("`{copy}`");
                d.message = d.message.replace(&quoted, &format!("`{root}`"));
                d.message = d
                    .message
                    .replace(&format!("{copy}()"), &format!("{root}()"));
            }
        }
    }
}

/// What tells two copies apart: their parameter, return and local types.
fn signature_key(f: &ir::Function) -> String {
    let params: Vec<&Type> = f.params.iter().map(|p| &p.ty).collect();
    let locals: Vec<(&String, &Type)> = f.locals.iter().map(|l| (&l.name, &l.ty)).collect();
    format!("{params:?} {:?} {locals:?}", f.ret)
}

/// The Rust names of a function's distinct copies: its own name for one,
/// else its name and the types of the parameters that differ.
fn final_names(
    module: &ir::Module,
    root: &str,
    kept: &[(String, String)],
    taken: &HashSet<String>,
) -> Vec<String> {
    if kept.len() == 1 {
        return vec![root.to_string()];
    }
    let params: Vec<Vec<Type>> = kept
        .iter()
        .map(|(copy, _)| {
            module
                .function(copy)
                .map(|f| f.params.iter().map(|p| p.ty.clone()).collect())
                .unwrap_or_default()
        })
        .collect();
    let arity = params.first().map_or(0, Vec::len);
    let differ: Vec<usize> = (0..arity)
        .filter(|&i| params.iter().any(|p| p.get(i) != params[0].get(i)))
        .collect();
    let mut used: HashSet<String> = taken.clone();
    params
        .iter()
        .map(|types| {
            let words: Vec<String> = differ.iter().map(|&i| type_word(&types[i])).collect();
            let base = if words.is_empty() {
                root.to_string()
            } else {
                format!("{root}_{}", words.join("_"))
            };
            let mut name = base.clone();
            let mut n = 2;
            while used.contains(&name) {
                name = format!("{base}_{n}");
                n += 1;
            }
            used.insert(name.clone());
            name
        })
        .collect()
}

/// A type as words of a function's name: `int`, `list_bool`,
/// `int_or_none`, `gvector` (a class `GVector`).
fn type_word(t: &Type) -> String {
    match t {
        Type::Optional(inner) => format!("{}_or_none", type_word(inner)),
        Type::Obj => "object".to_string(),
        t => {
            let mut out = String::new();
            for word in snake(&t.python_name()).split(|c: char| !c.is_ascii_alphanumeric()) {
                if !word.is_empty() {
                    if !out.is_empty() {
                        out.push('_');
                    }
                    out.push_str(word);
                }
            }
            if out.is_empty() {
                "value".to_string()
            } else {
                out
            }
        }
    }
}

/// `GVector` as `gvector`, `TaskRec` as `task_rec`, `None` as `none`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let after_lower = i > 0 && chars[i - 1].is_lowercase();
        if c.is_uppercase() && after_lower {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The byte ranges of the module's top-level functions, by name.
fn function_ranges(body: &[Stmt]) -> HashMap<String, std::ops::Range<usize>> {
    body.iter()
        .filter_map(|s| match s {
            Stmt::FunctionDef(f) => Some((
                f.name.id.to_string(),
                f.range.start().to_usize()..f.range.end().to_usize(),
            )),
            _ => None,
        })
        .collect()
}

fn is_def(stmt: &Stmt, name: &str) -> bool {
    matches!(stmt, Stmt::FunctionDef(f) if f.name.id.as_str() == name)
}

/// Whether `name` is a top-level function defined once, without
/// decorators, that the program only calls, from at least two places
/// outside its own body (and at most `MAX_CALL_SITES`).
fn splittable(body: &[Stmt], name: &str) -> bool {
    let defs: Vec<&ast::StmtFunctionDef> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::FunctionDef(f) if f.name.id.as_str() == name => Some(f),
            _ => None,
        })
        .collect();
    let [def] = defs.as_slice() else {
        return false;
    };
    if !def.decorator_list.is_empty() || def.is_async {
        return false;
    }
    let mut uses = Uses {
        name,
        calls: 0,
        other: 0,
    };
    for stmt in body {
        if !is_def(stmt, name) {
            uses.visit_stmt(stmt);
        }
    }
    let outside = uses.calls;
    for stmt in &def.body {
        uses.visit_stmt(stmt);
    }
    uses.other == 0 && (2..=MAX_CALL_SITES).contains(&outside)
}

/// How a name is used: as the function of a call, or otherwise (read as
/// a value, bound, defined again, declared global).
struct Uses<'n> {
    name: &'n str,
    calls: usize,
    other: usize,
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) if f.name.id.as_str() == self.name => self.other += 1,
            Stmt::ClassDef(c) if c.name.id.as_str() == self.name => self.other += 1,
            Stmt::Global(ast::StmtGlobal { names, .. })
            | Stmt::Nonlocal(ast::StmtNonlocal { names, .. })
                if names.iter().any(|n| n.as_str() == self.name) =>
            {
                self.other += 1
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == self.name) => {
                self.calls += 1;
                self.visit_arguments(&c.arguments);
            }
            Expr::Name(n) if n.id.as_str() == self.name => self.other += 1,
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        if parameter.name.as_str() == self.name {
            self.other += 1;
        }
        visitor::walk_parameter(self, parameter);
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        if alias.asname.as_ref().unwrap_or(&alias.name).as_str() == self.name {
            self.other += 1;
        }
    }
}

/// Gives each call of `name` a copy of its own, `name__1`, `name__2`, ...
/// in the order the calls appear.
struct RenameCalls<'n> {
    name: &'n str,
    next: RefCell<Vec<String>>,
}

impl Transformer for RenameCalls<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        let Expr::Call(c) = expr else { return };
        let Expr::Name(n) = &mut *c.func else { return };
        if n.id.as_str() != self.name || n.ctx != ExprContext::Load {
            return;
        }
        let mut next = self.next.borrow_mut();
        let copy = format!("{}__{}", self.name, next.len() + 1);
        n.id = copy.as_str().into();
        next.push(copy);
    }
}

/// Points the calls of `from` in a copy's body (its recursive calls) at
/// the copy itself.
struct Retarget<'r> {
    from: &'r str,
    to: &'r str,
}

impl Transformer for Retarget<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        if let Expr::Call(c) = expr {
            if let Expr::Name(n) = &mut *c.func {
                if n.id.as_str() == self.from {
                    n.id = self.to.into();
                }
            }
        }
    }
}
