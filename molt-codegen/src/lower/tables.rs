//! Lookup tables: a module-level dict or list literal that the program
//! only reads (`rate = TIER_DISCOUNTS[tier]`, `for lo, hi in STEPS`)
//! becomes a Rust `const` the runtime scans, instead of a shared cell built
//! when the module loads.
//!
//! A table must be indistinguishable from the dict or list it replaces, so
//! every use of the name is checked: membership tests, subscripts, `.get`,
//! `len` and `for` loops qualify; anything that could mutate, alias or show
//! the container (a call argument, an assignment, a method such as
//! `append`, `print`) keeps it an ordinary global.

use crate::ir::{self, ExprKind};
use crate::types::Type;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

/// The most entries a dict table has: lookups scan them in order.
const MAX_DICT_ENTRIES: usize = 16;

/// The table a literal makes, if its items are all literals of one kind
/// (dict keys str or int, and no key repeated).
pub(super) fn table_literal(value: &Expr) -> Option<ir::Expr> {
    let r = super::span(value.range());
    match value {
        Expr::Dict(d) if !d.items.is_empty() && d.items.len() <= MAX_DICT_ENTRIES => {
            let mut entries = Vec::new();
            let mut keys = HashSet::new();
            for item in &d.items {
                let key = item_literal(item.key.as_ref()?)?;
                let key_text = match &key.kind {
                    ExprKind::Str(s) => format!("s{s}"),
                    ExprKind::Int(i) => format!("i{i}"),
                    _ => return None,
                };
                if !keys.insert(key_text) {
                    return None;
                }
                entries.push((key, item_literal(&item.value)?));
            }
            Some(ir::Expr::new(ExprKind::Dict(entries), Type::None, r))
        }
        Expr::List(l) if !l.elts.is_empty() => {
            let items = l.elts.iter().map(item_literal).collect::<Option<_>>()?;
            Some(ir::Expr::new(ExprKind::List(items), Type::None, r))
        }
        _ => None,
    }
}

/// A number, bool, str or None literal, or a tuple of them.
fn item_literal(e: &Expr) -> Option<ir::Expr> {
    let r = super::span(e.range());
    match e {
        Expr::StringLiteral(s) => Some(ir::Expr::new(
            ExprKind::Str(s.value.to_str().to_string()),
            Type::Str,
            r,
        )),
        Expr::NoneLiteral(_) => Some(ir::Expr::new(ExprKind::None, Type::None, r)),
        Expr::Tuple(t) if !t.elts.is_empty() => {
            let items: Vec<ir::Expr> = t.elts.iter().map(item_literal).collect::<Option<_>>()?;
            let ty = Type::Tuple(items.iter().map(|i| i.ty.clone()).collect());
            Some(ir::Expr::new(ExprKind::Tuple(items), ty, r))
        }
        e => super::literal(e),
    }
}

/// Drops from `candidates` (names with whether each is a dict) every name
/// the module uses other than by reading entries, or binds anywhere other
/// than its one assignment.
pub(super) fn keep_read_only(body: &[Stmt], candidates: &mut HashMap<String, bool>) {
    let mut uses = Uses {
        candidates,
        rejected: HashSet::new(),
        in_len: HashSet::new(),
        len_rebound: false,
    };
    uses.visit_body(body);
    let Uses {
        mut rejected,
        in_len,
        len_rebound,
        ..
    } = uses;
    if len_rebound {
        rejected.extend(in_len);
    }
    candidates.retain(|name, _| !rejected.contains(name));
}

struct Uses<'c> {
    candidates: &'c HashMap<String, bool>,
    rejected: HashSet<String>,
    /// Tables passed to `len`, which is only the builtin if nothing
    /// rebinds the name.
    in_len: HashSet<String>,
    len_rebound: bool,
}

impl Uses<'_> {
    /// The candidate this expression names, if it is one.
    fn table(&self, e: &Expr) -> Option<(String, bool)> {
        let Expr::Name(n) = e else { return None };
        let is_dict = self.candidates.get(n.id.as_str())?;
        Some((n.id.to_string(), *is_dict))
    }

    fn bind(&mut self, name: &str) {
        if name == "len" {
            self.len_rebound = true;
        }
        if self.candidates.contains_key(name) {
            self.rejected.insert(name.to_string());
        }
    }

    /// Visits an iterable, accepting a list table in its place.
    fn visit_iterable(&mut self, iter: &Expr) {
        if !matches!(self.table(iter), Some((_, false))) {
            self.visit_expr(iter);
        }
    }
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_iterable(&f.iter);
                self.visit_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::FunctionDef(f) => {
                self.bind(&f.name.id);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::ClassDef(c) => {
                self.bind(&c.name.id);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Global(g) => g.names.iter().for_each(|n| self.bind(n)),
            Stmt::Nonlocal(n) => n.names.iter().for_each(|n| self.bind(n)),
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                if n.ctx.is_store() && n.id.as_str() == "len" {
                    self.len_rebound = true;
                }
                // A read of the name itself: none of the reading forms
                // below took it.
                if self.candidates.contains_key(n.id.as_str()) && !n.ctx.is_store() {
                    self.rejected.insert(n.id.to_string());
                }
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let membership = matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn);
                    if !(membership && self.table(right).is_some()) {
                        self.visit_expr(right);
                    }
                }
            }
            Expr::Subscript(s)
                if s.ctx.is_load()
                    && !matches!(&*s.slice, Expr::Slice(_))
                    && self.table(&s.value).is_some() =>
            {
                self.visit_expr(&s.slice);
            }
            Expr::Call(call) => {
                let args = &call.arguments;
                let plain = args.keywords.is_empty()
                    && !args.args.iter().any(|a| matches!(a, Expr::Starred(_)));
                match &*call.func {
                    // `d.get(key)`, `d.get(key, default)`.
                    Expr::Attribute(a)
                        if plain
                            && a.attr.id.as_str() == "get"
                            && (1..=2).contains(&args.args.len())
                            && matches!(self.table(&a.value), Some((_, true))) =>
                    {
                        args.args.iter().for_each(|a| self.visit_expr(a));
                    }
                    Expr::Name(f) if plain && f.id.as_str() == "len" && args.args.len() == 1 => {
                        match self.table(&args.args[0]) {
                            Some((name, _)) => {
                                self.in_len.insert(name);
                            }
                            None => visitor::walk_expr(self, expr),
                        }
                    }
                    _ => visitor::walk_expr(self, expr),
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_comprehension(&mut self, c: &'a ast::Comprehension) {
        self.visit_iterable(&c.iter);
        self.visit_expr(&c.target);
        c.ifs.iter().for_each(|e| self.visit_expr(e));
    }

    fn visit_parameter(&mut self, p: &'a ast::Parameter) {
        self.bind(&p.name.id);
        visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler) = h;
        if let Some(name) = &handler.name {
            self.bind(name);
        }
        visitor::walk_except_handler(self, h);
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
        self.bind(bound.id.split('.').next().unwrap_or_default());
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => p.name.iter().for_each(|n| self.bind(n)),
            ast::Pattern::MatchStar(p) => p.name.iter().for_each(|n| self.bind(n)),
            ast::Pattern::MatchMapping(p) => p.rest.iter().for_each(|n| self.bind(n)),
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }
}

/// Keeps a table only where inference gave its container exactly the
/// types of its literal items (`{"a": 0, "b": 0.5}` is not a table of
/// floats), so reading an entry gives what the dict or list would.
pub fn confirm(module: &mut ir::Module) {
    for g in &mut module.globals {
        let Some(value) = &g.constant else { continue };
        let fits = match (&value.kind, &g.ty) {
            (ExprKind::Dict(entries), Type::Dict(k, v)) => {
                matches!(**k, Type::Str | Type::Int)
                    && entries
                        .iter()
                        .all(|(key, value)| key.ty == **k && value.ty == **v && storable(&value.ty))
            }
            (ExprKind::List(items), Type::List(t)) => {
                storable(t) && items.iter().all(|i| i.ty == **t)
            }
            (ExprKind::Dict(_) | ExprKind::List(_), _) => false,
            _ => true,
        };
        if !fits {
            g.constant = None;
        }
    }
}

/// Whether a table item of this type is a Rust constant.
fn storable(t: &Type) -> bool {
    match t {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None => true,
        Type::Tuple(items) => items.len() <= 6 && items.iter().all(storable),
        _ => false,
    }
}
