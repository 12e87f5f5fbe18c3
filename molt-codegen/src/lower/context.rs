//! `with` statements, with PEP 343's meaning:
//!
//! ```python
//! mgr = EXPR
//! VAR = mgr.__enter__()
//! BLOCK        # ends: mgr.__exit__(None, None, None)
//!              # raises e: if not mgr.__exit__(e.__class__, e, None): raise
//! ```

use super::{Ctx, Frame};
use crate::ir;
use crate::types::Type;
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

/// Moves every node of a template to the `with` statement it stands for,
/// so that diagnostics and line numbers point there.
struct Relocate(TextRange);

impl Transformer for Relocate {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::Assign(s) => s.range = self.0,
            Stmt::Expr(s) => s.range = self.0,
            Stmt::Try(s) => {
                s.range = self.0;
                for h in &mut s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.range = self.0;
                }
            }
            Stmt::If(s) => s.range = self.0,
            Stmt::Raise(s) => s.range = self.0,
            _ => {}
        }
        transformer::walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        ruff_python_ast::relocate::relocate_expr(expr, self.0);
    }
}

impl Ctx {
    pub(super) fn lower_with(
        &mut self,
        frame: &mut Frame,
        w: &ast::StmtWith,
        out: &mut Vec<ir::Stmt>,
    ) {
        if w.is_async {
            self.error(w.range, "`async with` is not supported")
                .help("Molt compiles synchronous code; use a plain `with`");
            return;
        }
        self.lower_with_items(frame, &w.items, &w.body, w.range, out);
    }

    /// One manager after another: `with a, b:` is `with a: with b:`.
    fn lower_with_items(
        &mut self,
        frame: &mut Frame,
        items: &[ast::WithItem],
        body: &[Stmt],
        range: TextRange,
        out: &mut Vec<ir::Stmt>,
    ) {
        let Some((item, rest)) = items.split_first() else {
            out.extend(self.lower_block(frame, body));
            return;
        };
        if let Some(stmts) = self.library_manager(frame, item, rest, body, range) {
            for s in &stmts {
                self.lower_stmt(frame, s, out);
            }
            return;
        }
        let fresh = self.u.fresh();
        let mgr = self.temporary(frame, "manager", fresh);
        let manager = self.src(&item.context_expr);
        let enter = match &item.optional_vars {
            Some(target) => format!("{} = {mgr}.__enter__()", self.src(target)),
            None => format!("{mgr}.__enter__()"),
        };
        let Some(setup) = self.parse_statements(&format!("{mgr} = ({manager})\n{enter}\n"), range)
        else {
            return;
        };
        for s in &setup {
            self.lower_stmt(frame, s, out);
        }
        let suppresses = self.may_suppress(&item.context_expr);
        let caught = super::unique_name(frame, "raised");
        let exit = self.parse_relocated(&format!("{mgr}.__exit__(None, None, None)"), range);
        let reraise = self.parse_relocated(
            &format!("{mgr}.__exit__({caught}.__class__, {caught}, None)"),
            range,
        );
        let (Some(exit), Some(reraise)) = (exit, reraise) else {
            return;
        };
        let mut inner = Vec::new();
        self.lower_with_items(frame, rest, body, range, &mut inner);
        let exit = self.lower_expr(frame, &exit);
        let depth = frame.bound.len();
        frame
            .bound
            .push((caught.clone(), Type::Exc("BaseException".into())));
        let reraise = self.lower_expr(frame, &reraise);
        frame.bound.truncate(depth);
        let (Some(exit), Some(exit_raised)) = (exit, reraise) else {
            return;
        };
        out.push(ir::Stmt {
            line: self.line(range),
            kind: ir::StmtKind::With {
                body: inner,
                exit,
                exit_raised,
                caught,
                suppresses,
            },
        });
    }

    /// The managers whose `__exit__` is known, as the statements they
    /// amount to: a file closes itself (`f = open(...)`, then `try: BODY
    /// finally: f.close()`), and `contextlib.suppress(E)` is
    /// `try: BODY except E: pass`.
    fn library_manager(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        range: TextRange,
    ) -> Option<Vec<Stmt>> {
        let inner = || -> Vec<Stmt> {
            if rest.is_empty() {
                body.to_vec()
            } else {
                vec![Stmt::With(ast::StmtWith {
                    node_index: Default::default(),
                    range,
                    is_async: false,
                    items: rest.to_vec(),
                    body: body.iter().cloned().collect(),
                })]
            }
        };
        if let Some(inlined) = self.inline_context_manager(frame, item, inner()) {
            // After a refusal (reported), the `with` is left out.
            return Some(inlined.unwrap_or_default());
        }
        let Expr::Call(c) = &item.context_expr else {
            return None;
        };
        let shadowed = |n: &str| frame.types.contains_key(n) || self.funcs.contains_key(n);
        let suppress = match &*c.func {
            Expr::Name(n) if n.id.as_str() == "open" && !shadowed("open") => false,
            Expr::Name(n) if n.id.as_str() == "suppress" && self.imports.contains("suppress") => {
                true
            }
            Expr::Attribute(a) => match &*a.value {
                Expr::Name(m)
                    if m.id.as_str() == "contextlib"
                        && a.attr.id.as_str() == "suppress"
                        && self.imports.contains("contextlib") =>
                {
                    true
                }
                _ => return None,
            },
            _ => return None,
        };
        let text = if suppress {
            if item.optional_vars.is_some() || !c.arguments.keywords.is_empty() {
                self.error(item.range, "`with suppress(...) as name` is not supported")
                    .help("drop the `as` part");
                return None;
            }
            let classes: Vec<String> = c.arguments.args.iter().map(|a| self.src(a)).collect();
            format!(
                "try:\n    pass\nexcept ({},):\n    pass\n",
                classes.join(", ")
            )
        } else {
            let var = match &item.optional_vars {
                Some(target) => self.src(target),
                None => {
                    let fresh = self.u.fresh();
                    self.temporary(frame, "file", fresh)
                }
            };
            let open = self.src(&item.context_expr);
            format!("{var} = {open}\ntry:\n    pass\nfinally:\n    {var}.close()\n")
        };
        // Placed at the item, so that diagnostics point at `open(...)`.
        let mut stmts = self.parse_statements(&text, item.range)?;
        let inner = inner();
        let Some(Stmt::Try(t)) = stmts.last_mut() else {
            return None;
        };
        t.body = inner.into_iter().collect();
        Some(stmts)
    }

    /// Whether the manager's `__exit__` may return true, swallowing the
    /// exception: unknown unless the manager is made by `Class(...)` whose
    /// `__exit__` returns only None or False.
    fn may_suppress(&self, manager: &Expr) -> bool {
        let Expr::Call(c) = manager else {
            return true;
        };
        let Expr::Name(n) = &*c.func else {
            return true;
        };
        let Some(info) = self.classes.get(n.id.as_str()) else {
            return true;
        };
        let order = std::iter::once(n.id.to_string()).chain(info.mro.iter().cloned());
        for name in order {
            if let Some(exit) = self.method_def(&name, "__exit__") {
                return !never_true(&exit);
            }
        }
        true
    }

    /// Statements of Molt's own, placed at `range`.
    fn parse_statements(&mut self, text: &str, range: TextRange) -> Option<Vec<Stmt>> {
        let Ok(parsed) = ruff_python_parser::parse_module(text) else {
            self.error(range, "molt could not translate this `with` statement")
                .help("give each item one context manager expression");
            return None;
        };
        let relocate = Relocate(range);
        let mut stmts: Vec<Stmt> = parsed.into_syntax().body.into_iter().collect();
        for s in &mut stmts {
            relocate.visit_stmt(s);
        }
        Some(stmts)
    }

    /// An expression of Molt's own, placed at `range`.
    fn parse_relocated(&mut self, text: &str, range: TextRange) -> Option<Expr> {
        let Ok(parsed) = ruff_python_parser::parse_expression(text) else {
            self.error(range, "molt could not translate this `with` statement")
                .help("give each item one context manager expression");
            return None;
        };
        let mut e = *parsed.into_syntax().body;
        Relocate(range).visit_expr(&mut e);
        Some(e)
    }
}

/// Whether a function returns only None or False.
fn never_true(f: &ast::StmtFunctionDef) -> bool {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct Returns(bool);
    impl<'a> StatementVisitor<'a> for Returns {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Return(r) => {
                    let falsy = matches!(
                        r.value.as_deref(),
                        None | Some(Expr::NoneLiteral(_))
                            | Some(Expr::BooleanLiteral(ast::ExprBooleanLiteral {
                                value: false,
                                ..
                            }))
                    );
                    self.0 &= falsy;
                }
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
    }
    if matches!(f.returns.as_deref(), Some(Expr::NoneLiteral(_))) {
        return true;
    }
    let mut r = Returns(true);
    r.visit_body(&f.body);
    r.0
}
