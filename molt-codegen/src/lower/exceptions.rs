//! Exceptions: the program's exception classes, `raise`, and `try`
//! statements with their handlers.

use super::{docstring, span, Ctx, Frame};
use crate::ir::{self, ExprKind, StmtKind};
use crate::types::Type;
use molt_rt::ExcKind;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// An exception class the program defines.
#[derive(Debug, Clone)]
pub(super) struct ExcInfo {
    pub base: String,
    pub doc: Option<String>,
    pub line: u32,
    /// It has fields or methods (or derives from such a class): it is also
    /// one of the program's classes, whose instance the exception carries.
    pub rich: bool,
}

/// The base of `class Name(Base):` when it names an exception class.
fn exception_base<'a>(c: &'a ast::StmtClassDef, known: &impl Fn(&str) -> bool) -> Option<&'a str> {
    let args = c.arguments.as_ref()?;
    match args.args.as_ref() {
        [Expr::Name(b)] if known(b.id.as_str()) => Some(b.id.as_str()),
        _ => None,
    }
}

/// Whether a class body defines nothing: a docstring, `pass` or `...`.
fn is_empty_body(body: &[Stmt]) -> bool {
    body.iter().all(|s| match s {
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => matches!(&*e.value, Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)),
        _ => false,
    })
}

impl Ctx {
    /// Whether `name` is an exception class: builtin or the program's.
    pub(super) fn is_exception_class(&self, name: &str) -> bool {
        ExcKind::from_name(name).is_some() || self.exceptions.contains_key(name)
    }

    /// Whether this class statement defines an exception class.
    pub(super) fn defines_exception(&self, c: &ast::StmtClassDef) -> bool {
        self.exceptions.contains_key(c.name.id.as_str())
            || exception_base(c, &|b| self.is_exception_class(b)).is_some()
    }

    /// Records the exception classes the module defines, in order.
    pub(super) fn declare_exceptions(&mut self, body: &[Stmt]) {
        for stmt in body {
            let Stmt::ClassDef(c) = stmt else { continue };
            let Some(base) = exception_base(c, &|b| self.is_exception_class(b)) else {
                continue;
            };
            let name = c.name.id.to_string();
            if ExcKind::from_name(&name).is_some() || self.exceptions.contains_key(&name) {
                self.error(c.name.range, format!("`{name}` is defined twice"))
                    .help("give the exception class a name of its own");
                continue;
            }
            if let Some(d) = c.decorator_list.first() {
                self.error(d.range, "decorators of exception classes are not supported")
                    .help("define the exception class without a decorator");
            }
            let rich = !is_empty_body(&c.body) || self.is_rich_exception(base);
            let info = ExcInfo {
                base: base.to_string(),
                doc: docstring(&c.body),
                line: self.line(c.range),
                rich,
            };
            self.exceptions.insert(name.clone(), info);
            self.exception_order.push(name);
        }
    }

    /// Whether `name` is an exception class with fields or methods.
    pub(super) fn is_rich_exception(&self, name: &str) -> bool {
        self.exceptions.get(name).is_some_and(|i| i.rich)
    }

    /// A rich exception class's body as Molt compiles it: where its base
    /// is not one of the program's classes, `super().__init__(a, b)` stores
    /// `self.args = (a, b)`, a field of its own.
    pub(super) fn rich_exception_def(&mut self, c: &ast::StmtClassDef) -> ast::StmtClassDef {
        let mut def = c.clone();
        let base = &self.exceptions[c.name.id.as_str()].base;
        if self.is_rich_exception(base) {
            return def;
        }
        let mut body: Vec<Stmt> = Vec::new();
        if let Ok(parsed) = ruff_python_parser::parse_module("args: object\n") {
            for mut s in parsed.into_syntax().body {
                if let Stmt::AnnAssign(a) = &mut s {
                    a.range = c.name.range;
                    ruff_python_ast::relocate::relocate_expr(&mut a.target, c.name.range);
                    ruff_python_ast::relocate::relocate_expr(&mut a.annotation, c.name.range);
                }
                body.push(s);
            }
        }
        for stmt in def.body.drain(..) {
            let Stmt::FunctionDef(mut f) = stmt else {
                body.push(stmt);
                continue;
            };
            let this = f
                .parameters
                .args
                .first()
                .map(|p| p.parameter.name.id.to_string())
                .unwrap_or_else(|| "self".into());
            let mut new_body = Vec::new();
            for s in f.body.drain(..) {
                match self.super_init_args(&s) {
                    Some(args) => {
                        let text = format!(
                            "{this}.args = ({}{})\n",
                            args.join(", "),
                            if args.len() == 1 { "," } else { "" }
                        );
                        match ruff_python_parser::parse_module(&text) {
                            Ok(parsed) => {
                                for mut p in parsed.into_syntax().body {
                                    if let Stmt::Assign(a) = &mut p {
                                        a.range = s.range();
                                        for t in &mut a.targets {
                                            ruff_python_ast::relocate::relocate_expr(t, s.range());
                                        }
                                        ruff_python_ast::relocate::relocate_expr(
                                            &mut a.value,
                                            s.range(),
                                        );
                                    }
                                    new_body.push(p);
                                }
                            }
                            Err(_) => new_body.push(s),
                        }
                    }
                    None => new_body.push(s),
                }
            }
            f.body = new_body.into_iter().collect();
            body.push(Stmt::FunctionDef(f));
        }
        def.body = body.into_iter().collect();
        def
    }

    /// The source of `super().__init__(a, b)`'s arguments, for that statement.
    fn super_init_args(&self, s: &Stmt) -> Option<Vec<String>> {
        let Stmt::Expr(e) = s else {
            return None;
        };
        let Expr::Call(c) = &*e.value else {
            return None;
        };
        if super::classes::super_call(c) != Some("__init__") || !c.arguments.keywords.is_empty() {
            return None;
        }
        Some(c.arguments.args.iter().map(|a| self.src(a)).collect())
    }

    /// Each exception class's base, builtin classes included, for the
    /// unifier's subclass tests.
    /// Each exception class's ancestors, nearest first.
    pub(super) fn exception_ancestors(&self) -> Vec<(String, Vec<String>)> {
        let builtin = molt_rt::exc::ALL
            .iter()
            .map(|k| (k.name().to_string(), k.base().map(|b| b.name().to_string())));
        let defined = self
            .exceptions
            .iter()
            .map(|(n, i)| (n.clone(), Some(i.base.clone())));
        let bases: std::collections::HashMap<String, Option<String>> =
            builtin.chain(defined).collect();
        bases
            .keys()
            .map(|name| {
                let mut chain = Vec::new();
                let mut c = bases.get(name).cloned().flatten();
                while let Some(b) = c {
                    c = bases.get(&b).cloned().flatten();
                    chain.push(b);
                }
                (name.clone(), chain)
            })
            .collect()
    }

    pub(super) fn exception_defs(&self) -> Vec<ir::ExcClassDef> {
        self.exception_order
            .iter()
            .map(|n| {
                let info = &self.exceptions[n];
                ir::ExcClassDef {
                    name: n.clone(),
                    doc: info.doc.clone(),
                    base: info.base.clone(),
                    line: info.line,
                }
            })
            .collect()
    }

    /// `ValueError("bad")`: an exception value, or `None` when the call is
    /// not of an exception class.
    pub(super) fn lower_exception_call(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
    ) -> Option<Option<ir::Expr>> {
        let Expr::Name(n) = &*c.func else {
            return None;
        };
        let name = n.id.as_str();
        if !self.is_exception_class(name) || frame.types.contains_key(name) {
            return None;
        }
        if self.is_rich_exception(name) {
            // An instance of the class, carried by the exception.
            let made = self.lower_class_call(frame, c)?;
            return Some(made.map(|new| {
                ir::Expr::new(
                    ExprKind::ExcFromInstance(Box::new(new)),
                    Type::Exc(name.to_string()),
                    span(c.range()),
                )
            }));
        }
        if let Some(k) = c.arguments.keywords.first() {
            self.error(k.range, "exception classes take positional arguments only")
                .help("pass the values positionally");
            return Some(None);
        }
        let args = self.lower_positional(frame, c);
        Some(args.map(|args| {
            ir::Expr::new(
                ExprKind::NewExc {
                    class: name.to_string(),
                    args,
                },
                Type::Exc(name.to_string()),
                span(c.range()),
            )
        }))
    }

    /// `raise`, `raise E`, `raise E(...)`, `raise e`, `raise ... from ...`.
    pub(super) fn lower_raise(
        &mut self,
        frame: &mut Frame,
        r: &ast::StmtRaise,
    ) -> Option<StmtKind> {
        let exc = match r.exc.as_deref() {
            None => {
                if frame.handlers == 0 {
                    self.error(r.range, "a bare `raise` outside an `except` block is not supported")
                        .help("re-raise inside the `except` block that caught the exception, or raise a new one");
                    return None;
                }
                None
            }
            Some(e) => Some(self.lower_exception(frame, e)?),
        };
        let cause = match r.cause.as_deref() {
            None => None,
            Some(Expr::NoneLiteral(n)) => {
                Some(ir::Expr::new(ExprKind::None, Type::None, span(n.range)))
            }
            Some(c) => Some(self.lower_exception(frame, c)?),
        };
        Some(StmtKind::Raise { exc, cause })
    }

    /// An exception operand of `raise`: a class (raised with no
    /// arguments) or an exception value.
    fn lower_exception(&mut self, frame: &mut Frame, e: &Expr) -> Option<ir::Expr> {
        if let Expr::Name(n) = e {
            let name = n.id.as_str();
            if self.is_rich_exception(name) && !frame.types.contains_key(name) {
                let new = ir::Expr::new(
                    ExprKind::New {
                        class: name.to_string(),
                        args: Vec::new(),
                    },
                    Type::Object(name.to_string()),
                    span(n.range),
                );
                return Some(ir::Expr::new(
                    ExprKind::ExcFromInstance(Box::new(new)),
                    Type::Exc(name.to_string()),
                    span(n.range),
                ));
            }
            if self.is_exception_class(name) && !frame.types.contains_key(name) {
                return Some(ir::Expr::new(
                    ExprKind::NewExc {
                        class: name.to_string(),
                        args: Vec::new(),
                    },
                    Type::Exc(name.to_string()),
                    span(n.range),
                ));
            }
        }
        self.lower_expr(frame, e)
    }

    pub(super) fn lower_try(&mut self, frame: &mut Frame, t: &ast::StmtTry) -> Option<StmtKind> {
        if t.is_star {
            let at = t.handlers.first().map(|h| h.range()).unwrap_or(t.range);
            self.error(at, "`except*` is not supported")
                .help("catch the exception group's exceptions with plain `except` clauses");
            return None;
        }
        let body = self.lower_block(frame, &t.body);
        let mut handlers = Vec::new();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let classes = match h.type_.as_deref() {
                None => Vec::new(),
                Some(Expr::Tuple(items)) => items
                    .elts
                    .iter()
                    .map(|e| self.handler_class(e))
                    .collect::<Option<Vec<_>>>()?,
                Some(e) => vec![self.handler_class(e)?],
            };
            let class = classes
                .iter()
                .skip(1)
                .try_fold(classes.first().cloned(), |acc, c| {
                    acc.map(|a| self.u.common_base(&a, c))
                })
                .flatten()
                .unwrap_or_else(|| "BaseException".to_string());
            let name = h.name.as_ref().map(|n| n.id.to_string());
            let depth = frame.bound.len();
            if let Some(n) = &name {
                frame.bound.push((n.clone(), Type::Exc(class)));
            }
            frame.handlers += 1;
            let lowered = self.lower_block(frame, &h.body);
            frame.handlers -= 1;
            frame.bound.truncate(depth);
            handlers.push(ir::Handler {
                classes,
                name,
                body: lowered,
                line: self.line(h.range),
            });
        }
        let orelse = self.lower_block(frame, &t.orelse);
        let finalbody = self.lower_block(frame, &t.finalbody);
        Some(StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        })
    }

    /// A class named by an `except` clause.
    fn handler_class(&mut self, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n) if self.is_exception_class(n.id.as_str()) => Some(n.id.to_string()),
            other => {
                self.error(other.range(), "this is not an exception class Molt knows")
                    .help("name a builtin exception class or one this module defines, or a tuple of them");
                None
            }
        }
    }
}
