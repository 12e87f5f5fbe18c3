//! Exceptions as Rust control flow.
//!
//! A raising function returns `PyResult<T>` and raises with `?` or
//! `return Err(..)`. A `try` body is a labelled block in which each of
//! those becomes `break 'label err` instead, so the handlers after the
//! block see the exception:
//!
//! ```text
//! 'try_1: {
//!     let err = 'body_1: {
//!         ...body, raising with `break 'body_1 err`...
//!         ...else...
//!         break 'try_1;
//!     };
//!     if err.matches(ExcKind::ValueError) { ...handler... } else { return Err(err); }
//! }
//! ```
//!
//! A `finally` block is copied to every way out of the statement (the end,
//! each `return`, `break`, `continue` and raise), as CPython's compiler
//! does. Both shapes keep every path visible to rustc, so a variable
//! assigned in the body and in every handler is definitely assigned after
//! the statement, with no run-time flags.

use super::{ident, Code, Emitter, Prec};
use crate::analyze;
use crate::ir::{self, ExprKind, StmtKind};
use crate::types::Type;
use molt_rt::ExcKind;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;
use syn::visit_mut::{self, VisitMut};

/// The static describing a program's exception class: `NOT_FOUND` for
/// `NotFound`.
pub(super) fn class_static(m: &ir::Module, class: &str) -> Ident {
    let mut name = String::new();
    for (i, ch) in class.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            name.push('_');
        }
        name.extend(ch.to_uppercase());
    }
    while m
        .globals
        .iter()
        .any(|g| g.name.to_uppercase().replace('.', "_") == name)
    {
        name.push_str("_CLASS");
    }
    format_ident!("{}", name)
}

/// What a raise point inside a protected region turns into.
enum Unwind<'a> {
    /// Inside a `try` body: leave the labelled block with the exception.
    Catch(&'a syn::Lifetime),
    /// Inside a `try` with `finally`: run the `finally` block first.
    Finally {
        body: &'a [syn::Stmt],
        /// The block as it runs while the exception `err` propagates: an
        /// exception it raises has `err` as its `__context__`.
        unwinding: &'a [syn::Stmt],
        diverges: bool,
        value: &'a Ident,
        err: &'a Ident,
    },
    /// Inside a `finally` block run while `err` propagates.
    Context(&'a Ident),
}

/// Rewrites the raise points (and, for `finally`, the other ways out) of
/// code emitted for a protected region. Closures and nested items keep
/// their own `?` and `return`.
struct Rewrite<'a> {
    unwind: Unwind<'a>,
    /// Loops entered inside the region: their `break`s stay inside.
    loops: usize,
    /// Labels defined inside the region.
    labels: Vec<String>,
    /// How many points were rewritten.
    count: usize,
}

impl Rewrite<'_> {
    fn finally_block(&self, tail: TokenStream) -> syn::Expr {
        let Unwind::Finally { body, diverges, .. } = &self.unwind else {
            unreachable!("only a finally region runs a finally block")
        };
        let tail = if *diverges { quote!() } else { tail };
        syn::parse_quote!({ #(#body)* #tail })
    }

    /// The `finally` block run as `err` propagates, then re-raising it.
    fn unwinding_block(&self, payload: Option<&syn::Expr>) -> syn::Expr {
        let Unwind::Finally {
            unwinding,
            diverges,
            err,
            ..
        } = &self.unwind
        else {
            unreachable!("only a finally region runs a finally block")
        };
        let bind = match payload {
            Some(p) if *diverges => quote!(let _ = #p;),
            Some(syn::Expr::Path(p)) if p.path.is_ident(*err) => quote!(),
            Some(p) => quote!(let #err = #p;),
            None => quote!(),
        };
        let tail = if *diverges {
            quote!()
        } else {
            quote!(return Err(#err);)
        };
        syn::parse_quote!({ #bind #(#unwinding)* #tail })
    }

    fn escapes(&self, label: &Option<syn::Lifetime>) -> bool {
        match label {
            Some(l) => !self.labels.contains(&l.ident.to_string()),
            None => self.loops == 0,
        }
    }
}

/// Turns a final `break 'caught err;` into the block's value `err`, and
/// says whether it did.
fn value_of_final_break(code: TokenStream, caught: &syn::Lifetime) -> (TokenStream, bool) {
    let Ok(mut block) = syn::parse2::<syn::Block>(quote!({ #code })) else {
        return (code, false);
    };
    let Some(syn::Stmt::Expr(syn::Expr::Break(b), _)) = block.stmts.last() else {
        return (code, false);
    };
    let (Some(label), Some(value)) = (&b.label, &b.expr) else {
        return (code, false);
    };
    if label.ident != caught.ident {
        return (code, false);
    }
    let value = (**value).clone();
    block.stmts.pop();
    block.stmts.push(syn::Stmt::Expr(value, None));
    let stmts = block.stmts;
    (quote!(#(#stmts)*), true)
}

/// Statements ending with a value, as that value when only line markers
/// precede it: `(markers, value)`.
fn single_value(code: TokenStream) -> (TokenStream, TokenStream) {
    let Ok(block) = syn::parse2::<syn::Block>(quote!({ #code })) else {
        return (quote!(), quote!({ #code }));
    };
    let (last, init) = match block.stmts.split_last() {
        Some(split) => split,
        None => return (quote!(), quote!({ #code })),
    };
    let is_marker =
        |s: &syn::Stmt| matches!(s, syn::Stmt::Macro(m) if m.mac.path.is_ident("__molt_line"));
    match last {
        syn::Stmt::Expr(value, None) if init.iter().all(is_marker) => {
            (quote!(#(#init)*), quote!(#value))
        }
        _ => (quote!(), quote!({ #code })),
    }
}

/// Splits tokens at the top-level `sep` punctuation.
fn split_top_level(ts: TokenStream, sep: char) -> Vec<TokenStream> {
    let mut parts = vec![TokenStream::new()];
    for tt in ts {
        match &tt {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == sep => {
                parts.push(TokenStream::new())
            }
            _ => parts.last_mut().expect("one part").extend([tt]),
        }
    }
    parts
}

/// A statement that starts with `match` ends there: `match x {..}.f()`
/// needs parentheses around the `match`.
fn paren_leading_match(e: &mut syn::Expr) {
    let lead = match e {
        syn::Expr::MethodCall(m) => &mut m.receiver,
        syn::Expr::Field(f) => &mut f.base,
        syn::Expr::Index(i) => &mut i.expr,
        syn::Expr::Binary(b) => &mut b.left,
        syn::Expr::Assign(a) => &mut a.left,
        syn::Expr::Call(c) => &mut c.func,
        syn::Expr::Cast(c) => &mut c.expr,
        syn::Expr::Try(t) => &mut t.expr,
        _ => return,
    };
    if matches!(**lead, syn::Expr::Match(_)) {
        let inner = (**lead).clone();
        **lead = syn::parse_quote!((#inner));
    } else {
        paren_leading_match(lead);
    }
}

/// `Err(x)`'s `x`.
fn err_payload(e: &syn::Expr) -> Option<&syn::Expr> {
    wrapped(e, "Err")
}

/// `Ok(x)`'s or `Err(x)`'s `x`.
fn ok_or_err_payload(e: &syn::Expr) -> Option<&syn::Expr> {
    wrapped(e, "Ok").or_else(|| wrapped(e, "Err"))
}

fn wrapped<'e>(e: &'e syn::Expr, variant: &str) -> Option<&'e syn::Expr> {
    let syn::Expr::Call(call) = e else {
        return None;
    };
    let syn::Expr::Path(p) = &*call.func else {
        return None;
    };
    (p.path.is_ident(variant) && call.args.len() == 1).then(|| &call.args[0])
}

/// Drops the `return` of a function's last statement where it is the
/// function's value (`if c { return a; } else { return b; }` at the end
/// becomes `if c { a } else { b }`), as clippy's `needless_return` asks.
pub(super) fn drop_tail_returns(file: &mut syn::File) {
    struct Tails;
    impl VisitMut for Tails {
        fn visit_block_mut(&mut self, b: &mut syn::Block) {
            visit_mut::visit_block_mut(self, b);
        }
        fn visit_item_fn_mut(&mut self, f: &mut syn::ItemFn) {
            visit_mut::visit_item_fn_mut(self, f);
            tail_block(&mut f.block);
        }
        fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
            visit_mut::visit_impl_item_fn_mut(self, f);
            tail_block(&mut f.block);
        }
    }
    Tails.visit_file_mut(file);
}

/// Whether a block's statements end with the returning statement
/// `tail_block` rewrites; rewrites it.
fn tail_block(b: &mut syn::Block) -> bool {
    let Some(last) = b.stmts.last_mut() else {
        return false;
    };
    match last {
        syn::Stmt::Expr(syn::Expr::Return(r), _) => {
            let Some(v) = r.expr.take() else {
                return false;
            };
            *last = syn::Stmt::Expr(*v, None);
            true
        }
        syn::Stmt::Expr(syn::Expr::If(i), semi) if i.else_branch.is_some() => {
            let rewritten = tail_if(i);
            if rewritten {
                *semi = None;
            }
            rewritten
        }
        syn::Stmt::Expr(syn::Expr::Block(inner), semi) if inner.label.is_none() => {
            let rewritten = tail_block(&mut inner.block);
            if rewritten {
                *semi = None;
            }
            rewritten
        }
        _ => false,
    }
}

/// Rewrites every branch of an `if`/`else if`/`else` chain, all or none.
fn tail_if(i: &mut syn::ExprIf) -> bool {
    let mut probe = i.clone();
    if !tail_if_all(&mut probe) {
        return false;
    }
    *i = probe;
    true
}

fn tail_if_all(i: &mut syn::ExprIf) -> bool {
    if !tail_block(&mut i.then_branch) {
        return false;
    }
    match i.else_branch.as_mut().map(|(_, e)| &mut **e) {
        Some(syn::Expr::Block(b)) => tail_block(&mut b.block),
        Some(syn::Expr::If(inner)) => tail_if_all(inner),
        _ => false,
    }
}

impl VisitMut for Rewrite<'_> {
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}

    /// The macros Molt emits take expressions, which may raise too.
    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        use syn::parse::Parser;
        type Args = syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>;
        let name = m.path.segments.last().map(|s| s.ident.to_string());
        let parse = |ts: TokenStream| Args::parse_terminated.parse2(ts).ok();
        match name.as_deref() {
            Some("py_print" | "py_eprint" | "fstring" | "vec") => {
                let mut parts = split_top_level(m.tokens.clone(), ';');
                let mut out = Vec::new();
                for part in &mut parts {
                    let Some(mut args) = parse(part.clone()) else {
                        return;
                    };
                    args.iter_mut().for_each(|a| self.visit_expr_mut(a));
                    out.push(quote!(#args));
                }
                m.tokens = quote!(#(#out);*);
            }
            Some("matches") => {
                let mut parts = split_top_level(m.tokens.clone(), ',');
                let Some(first) = parts.first_mut() else {
                    return;
                };
                let Ok(mut value) = syn::parse2::<syn::Expr>(first.clone()) else {
                    return;
                };
                self.visit_expr_mut(&mut value);
                *first = quote!(#value);
                m.tokens = quote!(#(#parts),*);
            }
            _ => {}
        }
    }

    fn visit_stmt_mut(&mut self, s: &mut syn::Stmt) {
        visit_mut::visit_stmt_mut(self, s);
        if let syn::Stmt::Expr(e, _) = s {
            paren_leading_match(e);
        }
        // `return x;` that became a block needs no `;`.
        if let syn::Stmt::Expr(syn::Expr::Block(b), semi) = s {
            if b.label.is_none() {
                *semi = None;
            }
        }
    }

    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        match e {
            syn::Expr::Closure(_) => {}
            syn::Expr::Loop(syn::ExprLoop { label, .. })
            | syn::Expr::While(syn::ExprWhile { label, .. })
            | syn::Expr::ForLoop(syn::ExprForLoop { label, .. }) => {
                let pushed = label.as_ref().map(|l| l.name.ident.to_string());
                self.labels.extend(pushed.clone());
                self.loops += 1;
                visit_mut::visit_expr_mut(self, e);
                self.loops -= 1;
                if pushed.is_some() {
                    self.labels.pop();
                }
            }
            syn::Expr::Block(syn::ExprBlock { label: Some(l), .. }) => {
                self.labels.push(l.name.ident.to_string());
                visit_mut::visit_expr_mut(self, e);
                self.labels.pop();
            }
            syn::Expr::Try(t) => {
                self.visit_expr_mut(&mut t.expr);
                let inner = &t.expr;
                self.count += 1;
                *e = match &self.unwind {
                    Unwind::Catch(label) => syn::parse_quote! {
                        match #inner {
                            Ok(value) => value,
                            Err(err) => break #label err,
                        }
                    },
                    Unwind::Finally { err, diverges, .. } => {
                        let pattern = if *diverges { quote!(_) } else { quote!(#err) };
                        let handler = self.unwinding_block(None);
                        syn::parse_quote! {
                            match #inner {
                                Ok(value) => value,
                                Err(#pattern) => #handler,
                            }
                        }
                    }
                    Unwind::Context(err) => syn::parse_quote! {
                        #inner.map_err(|raised| raised.during(&#err))?
                    },
                };
            }
            syn::Expr::Return(r) => {
                let before = self.count;
                if let Some(v) = r.expr.as_mut() {
                    self.visit_expr_mut(v);
                }
                match &self.unwind {
                    Unwind::Catch(label) => {
                        if let Some(payload) = r.expr.as_deref().and_then(err_payload) {
                            self.count += 1;
                            // A block as the value reads as the loop's body.
                            *e = if matches!(payload, syn::Expr::Block(_)) {
                                syn::parse_quote!(break #label (#payload))
                            } else {
                                syn::parse_quote!(break #label #payload)
                            };
                        } else if let (Some(v), true) = (&r.expr, self.count > before) {
                            // A value that can raise is computed before the
                            // `return`, not inside it.
                            *e = syn::parse_quote!({ let returned = #v; return returned; });
                        }
                    }
                    Unwind::Context(err) => {
                        if let Some(payload) = r.expr.as_deref().and_then(err_payload) {
                            self.count += 1;
                            *e = syn::parse_quote!(return Err(#payload.during(&#err)));
                        }
                    }
                    Unwind::Finally {
                        value, diverges, ..
                    } => {
                        self.count += 1;
                        *e = match r.expr.as_deref() {
                            Some(v) if err_payload(v).is_some() => {
                                self.unwinding_block(err_payload(v))
                            }
                            // The `finally` block returns instead: only the
                            // value's side effects remain.
                            Some(v) if *diverges => {
                                let v = ok_or_err_payload(v).unwrap_or(v);
                                let mut block = self.finally_block(quote!());
                                if let syn::Expr::Block(b) = &mut block {
                                    b.block.stmts.insert(0, syn::parse_quote!(let _ = #v;));
                                }
                                block
                            }
                            Some(v) => {
                                let value = *value;
                                let mut block = self.finally_block(quote!(return #value;));
                                if let syn::Expr::Block(b) = &mut block {
                                    b.block.stmts.insert(0, syn::parse_quote!(let #value = #v;));
                                }
                                block
                            }
                            None => self.finally_block(quote!(return;)),
                        };
                    }
                }
            }
            syn::Expr::Break(b) if matches!(self.unwind, Unwind::Finally { .. }) => {
                if let Some(v) = b.expr.as_mut() {
                    self.visit_expr_mut(v);
                }
                if self.escapes(&b.label) {
                    self.count += 1;
                    let jump = b.clone();
                    *e = self.finally_block(quote!(#jump;));
                }
            }
            syn::Expr::Continue(c) if matches!(self.unwind, Unwind::Finally { .. }) => {
                if self.escapes(&c.label) {
                    self.count += 1;
                    let jump = c.clone();
                    *e = self.finally_block(quote!(#jump;));
                }
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }
}

/// Applies `unwind` to emitted statements; returns them and how many
/// points it rewrote.
/// Code whose raise points leave the block labelled `label` with the
/// exception: its statements and how many points there were.
pub(super) fn rewrite_caught(code: TokenStream, label: &syn::Lifetime) -> (TokenStream, usize) {
    rewrite(code, Unwind::Catch(label))
}

/// A `finally` block's code as it runs while `err` propagates: what it
/// raises has `err` as its `__context__`.
pub(super) fn rewrite_unwinding(code: TokenStream, err: &Ident) -> TokenStream {
    rewrite(code, Unwind::Context(err)).0
}

fn rewrite(code: TokenStream, unwind: Unwind) -> (TokenStream, usize) {
    rewrite_inside(code, unwind, Vec::new())
}

/// `rewrite` of code that will sit inside blocks with these labels.
fn rewrite_inside(code: TokenStream, unwind: Unwind, labels: Vec<String>) -> (TokenStream, usize) {
    let mut block: syn::Block = match syn::parse2(quote!({ #code })) {
        Ok(b) => b,
        Err(e) => unreachable!("molt emitted invalid Rust ({e}): {code}"),
    };
    let mut r = Rewrite {
        unwind,
        loops: 0,
        labels,
        count: 0,
    };
    r.visit_block_mut(&mut block);
    let stmts = block.stmts;
    (quote!(#(#stmts)*), r.count)
}

/// Whether a block always ends by leaving the enclosing code.
pub(super) fn leaves(body: &[ir::Stmt]) -> bool {
    analyze::diverges(body)
        || matches!(
            body.last().map(|s| &s.kind),
            Some(StmtKind::Break | StmtKind::Continue)
        )
}

/// Whether `body` reads the handler variable `name`.
fn reads_bound(body: &[ir::Stmt], name: &str) -> bool {
    let mut found = false;
    let mut body = body.to_vec();
    analyze::visit_exprs_mut(&mut body, &mut |e| {
        if matches!(&e.kind, ExprKind::Bound(n) if n == name) {
            found = true;
        }
    });
    found
}

/// Whether `body` raises (outside nested `try` statements' bodies) in a
/// way that refers to the exception being handled.
fn raises_in(body: &[ir::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Raise { .. } => true,
        StmtKind::If { then, orelse, .. } => raises_in(then) || raises_in(orelse),
        StmtKind::While { body, orelse, .. }
        | StmtKind::ForRange { body, orelse, .. }
        | StmtKind::ForEach { body, orelse, .. } => raises_in(body) || raises_in(orelse),
        StmtKind::Try { .. } => s.kind.blocks().into_iter().any(|b| raises_in(b)),
        _ => false,
    })
}

impl Emitter<'_> {
    fn try_label(&mut self, base: &str) -> syn::Lifetime {
        self.labels += 1;
        syn::Lifetime::new(&format!("'{base}_{}", self.labels), Span::call_site())
    }

    /// A class test of `err`: `err.matches(ExcKind::ValueError)`.
    fn class_test(&mut self, err: &Ident, class: &str) -> TokenStream {
        let class = self.exc_class(class);
        quote!(#err.matches(#class))
    }

    /// `ExcKind::ValueError`, or `&NOT_FOUND` for the program's class.
    pub(super) fn exc_class(&mut self, class: &str) -> TokenStream {
        match ExcKind::from_name(class) {
            Some(k) => {
                self.uses.insert("ExcKind");
                let k = format_ident!("{}", k.name());
                quote!(ExcKind::#k)
            }
            None => {
                let s = class_static(self.module, class);
                quote!(&#s)
            }
        }
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &[ir::Stmt],
        handlers: &[ir::Handler],
        orelse: &[ir::Stmt],
        finalbody: &[ir::Stmt],
    ) -> TokenStream {
        // `break` and `continue` inside the labelled blocks must name
        // their loop.
        let in_block = self.loops.last().map(|l| l.in_block);
        if let Some(l) = self.loops.last_mut() {
            l.in_block = true;
        }
        let handled = self.handled_try(body, handlers, orelse);
        let out = if finalbody.is_empty() {
            handled
        } else {
            let fin = self.block(finalbody);
            let fin_stmts: Vec<syn::Stmt> = match syn::parse2::<syn::Block>(quote!({ #fin })) {
                Ok(b) => b.stmts,
                Err(e) => unreachable!("molt emitted invalid Rust ({e}): {fin}"),
            };
            let value = self.own_name("returned");
            let err = self.own_name("err");
            let diverges = leaves(finalbody);
            let (unwinding, _) = rewrite(fin.clone(), Unwind::Context(&err));
            let unwinding: Vec<syn::Stmt> = match syn::parse2::<syn::Block>(quote!({ #unwinding }))
            {
                Ok(b) => b.stmts,
                Err(e) => unreachable!("molt emitted invalid Rust ({e}): {unwinding}"),
            };
            let (code, _) = rewrite(
                handled,
                Unwind::Finally {
                    body: &fin_stmts,
                    unwinding: &unwinding,
                    diverges,
                    value: &value,
                    err: &err,
                },
            );
            // Whether control can reach the end of the protected part.
            let falls_through = !(analyze::diverges(body) || analyze::diverges(orelse))
                || handlers.iter().any(|h| !leaves(&h.body));
            if falls_through {
                quote!(#code #fin)
            } else {
                code
            }
        };
        if let (Some(l), Some(was)) = (self.loops.last_mut(), in_block) {
            l.in_block = was;
        }
        out
    }

    /// `with`: the body, protected like a `try` body; `exit` runs when it
    /// ends (also by `return`, `break` or `continue`), `exit_raised` when
    /// it raises, and the exception leaves unless that returns true.
    pub(super) fn with_stmt(
        &mut self,
        body: &[ir::Stmt],
        exit: &ir::Expr,
        exit_raised: &ir::Expr,
        caught: &str,
        suppresses: bool,
    ) -> TokenStream {
        let in_block = self.loops.last().map(|l| l.in_block);
        if let Some(l) = self.loops.last_mut() {
            l.in_block = true;
        }
        let exit_code = self.expr(exit).ts;
        let exit_stmt = quote!(#exit_code;);
        let raised = self.raises;
        self.protected.push(raised);
        let body_code = self.block(body);
        self.protected.pop();
        self.raises = raised;
        let caught_label = self.try_label("body");
        let (body_code, points) = rewrite(body_code, Unwind::Catch(&caught_label));
        let exit_stmts: Vec<syn::Stmt> = match syn::parse2::<syn::Block>(quote!({ #exit_stmt })) {
            Ok(b) => b.stmts,
            Err(e) => unreachable!("molt emitted invalid Rust ({e}): {exit_stmt}"),
        };
        let value = self.own_name("returned");
        let err = self.own_name("err");
        let (body_code, _) = rewrite_inside(
            body_code,
            Unwind::Finally {
                body: &exit_stmts,
                unwinding: &exit_stmts,
                diverges: false,
                value: &value,
                err: &err,
            },
            vec![caught_label.ident.to_string()],
        );
        let completes = !analyze::diverges(body);
        let out = if points == 0 {
            // Its own block, as in Python: a variable it assigns is
            // declared before the statement.
            if completes {
                quote!({ #body_code } #exit_stmt)
            } else {
                quote!({ #body_code })
            }
        } else {
            let (body_code, ends_raising) = value_of_final_break(body_code, &caught_label);
            let completes = completes && !ends_raising;
            let labelled = points > usize::from(ends_raising);
            let done_label = self.try_label("with");
            let tail = if completes {
                quote!(#exit_stmt break #done_label;)
            } else {
                quote!()
            };
            let (markers, protected) = if labelled {
                (quote!(), quote!(#caught_label: { #body_code #tail }))
            } else {
                single_value(body_code)
            };
            let caught = ident(caught);
            self.handled.push(caught.clone());
            let reraise_err = self.err(quote!(#caught));
            let handling = if suppresses {
                let test = ir::Expr::new(
                    ExprKind::Unary {
                        op: ir::UnaryOp::Not,
                        operand: Box::new(ir::truthy(exit_raised.clone())),
                    },
                    Type::Bool,
                    exit_raised.span,
                );
                let test = self.expr(&test).at(Prec::Or);
                quote! {
                    #markers
                    let #caught = #protected;
                    if #test {
                        return #reraise_err;
                    }
                }
            } else {
                let call = self.expr(exit_raised).ts;
                quote! {
                    #markers
                    let #caught = #protected;
                    #call;
                    return #reraise_err;
                }
            };
            self.handled.pop();
            if completes {
                quote!(#done_label: { #handling })
            } else {
                quote!({ #handling })
            }
        };
        if let (Some(l), Some(was)) = (self.loops.last_mut(), in_block) {
            l.in_block = was;
        }
        out
    }

    /// The `try` without its `finally`.
    fn handled_try(
        &mut self,
        body: &[ir::Stmt],
        handlers: &[ir::Handler],
        orelse: &[ir::Stmt],
    ) -> TokenStream {
        let raised = self.raises;
        self.protected.push(raised);
        let body_code = self.block(body);
        self.protected.pop();
        let body_raises = self.raises;
        self.raises = raised;
        let orelse_code = self.block(orelse);
        if handlers.is_empty() {
            // Nothing catches what the body raises: it leaves (after any
            // `finally`).
            self.raises |= body_raises;
            // Its own block, as in Python: a variable it assigns is
            // declared before the statement.
            return quote!({ #body_code } #orelse_code);
        }
        let caught = self.try_label("body");
        let (body_code, points) = rewrite(body_code, Unwind::Catch(&caught));
        if points == 0 {
            // Nothing in the body can raise: the handlers never run.
            return quote!(#body_code #orelse_code);
        }
        // A body that ends by raising gives the exception as its value.
        let (body_code, ends_raising) = value_of_final_break(body_code, &caught);
        let labelled = points > usize::from(ends_raising);
        let err = self.own_name("err");
        let (chain, uses_err) = self.handler_chain(&err, handlers);
        let completes = !(analyze::diverges(body) || analyze::diverges(orelse) || ends_raising);
        let (done_label, done) = if completes {
            let l = self.try_label("try");
            (quote!(#l:), quote!(break #l;))
        } else {
            (quote!(), quote!())
        };
        let (markers, protected) = match (labelled, ends_raising) {
            (true, false) => (quote!(), quote!(#caught: { #body_code #orelse_code #done })),
            (true, true) => (quote!(), quote!(#caught: { #body_code })),
            (false, true) => single_value(body_code),
            (false, false) => unreachable!("a body with raise points breaks out or ends raising"),
        };
        let caught_stmt = if uses_err {
            quote!(#markers let #err = #protected;)
        } else {
            quote!(#markers #protected;)
        };
        quote! {
            #done_label {
                #caught_stmt
                #chain
            }
        }
    }

    /// `if err.matches(A) { .. } else if .. { .. } else { return Err(err); }`,
    /// and whether it uses `err`.
    pub(super) fn handler_chain(
        &mut self,
        err: &Ident,
        handlers: &[ir::Handler],
    ) -> (TokenStream, bool) {
        let mut arms = Vec::new();
        let mut catch_all = None;
        for h in handlers {
            let (code, uses_err) = self.handler_body(err, h);
            let all = h.classes.is_empty() || h.classes.iter().any(|c| c == "BaseException");
            if all {
                catch_all = Some((code, uses_err));
                break;
            }
            let tests: Vec<TokenStream> =
                h.classes.iter().map(|c| self.class_test(err, c)).collect();
            arms.push(quote!(if #(#tests)||* { #code }));
        }
        let (fallback, fallback_uses) = match catch_all {
            Some(found) => found,
            None => {
                let reraise = self.err(quote!(#err));
                (quote!(return #reraise;), true)
            }
        };
        if arms.is_empty() {
            return (fallback, fallback_uses);
        }
        (quote!(#(#arms)else* else { #fallback }), true)
    }

    fn handler_body(&mut self, err: &Ident, h: &ir::Handler) -> (TokenStream, bool) {
        let bound = h.name.as_ref().filter(|n| reads_bound(&h.body, n));
        let (binding, handled) = match bound {
            Some(n) => {
                let id = ident(n);
                (quote!(let #id = #err;), id)
            }
            None => (quote!(), err.clone()),
        };
        self.handled.push(handled);
        let body = self.block(&h.body);
        self.handled.pop();
        // An unnamed handler that does not raise leaves the exception unused.
        let uses_err = bound.is_some() || raises_in(&h.body);
        (quote!(#binding #body), uses_err)
    }

    /// `Err(exception)` for a `raise` statement.
    pub(super) fn raised(
        &mut self,
        exc: Option<&ir::Expr>,
        cause: Option<&ir::Expr>,
    ) -> TokenStream {
        self.uses.insert("PyErr");
        let handled = self.handled.last().cloned();
        let mut value = match (exc, &handled) {
            (Some(e), _) => {
                let v = self.owned(e);
                match &handled {
                    Some(h) => quote!(#v.during(&#h)),
                    None => v,
                }
            }
            (None, Some(h)) => quote!(#h.clone()),
            (None, None) => unreachable!("lowering rejects a bare raise outside a handler"),
        };
        if let Some(c) = cause {
            let c = if c.ty == Type::None {
                quote!(None)
            } else {
                let c = self.owned(c);
                quote!(Some(#c))
            };
            value = quote!(#value.with_cause(#c));
        }
        self.err(value)
    }

    /// `ValueError("bad")`: a `PyErr` not raised yet.
    pub(super) fn new_exception(&mut self, class: &str, args: &[ir::Expr], ty: Type) -> Code {
        self.uses.insert("PyErr");
        let c = self.exc_class(class);
        let ts = match args {
            [] if ExcKind::from_name(class).is_some() => quote!(PyErr::new(#c, "")),
            [m] if m.ty == Type::Str && ExcKind::from_name(class) != Some(ExcKind::KeyError) => {
                let m = self.message(m);
                quote!(PyErr::with_message(#c, #m))
            }
            _ => {
                let items: Vec<TokenStream> = args
                    .iter()
                    .map(|a| {
                        let obj =
                            ir::Expr::new(ExprKind::ToObj(Box::new(a.clone())), Type::Obj, a.span);
                        self.owned(&obj)
                    })
                    .collect();
                quote!(PyErr::with_args(#c, vec![#(#items),*]))
            }
        };
        Code::new(ts, Prec::Postfix, ty)
    }

    /// `e.args`, `e.__cause__`, `e.__context__`.
    pub(super) fn exception_attr(&mut self, value: &ir::Expr, name: &str, ty: Type) -> Code {
        let v = self.expr(value).at(Prec::Postfix);
        let ts = match name {
            "args" => quote!(molt_rt::Obj::tuple(#v.args())),
            "__cause__" => quote!(#v.cause()),
            "__context__" => quote!(#v.context()),
            "__suppress_context__" => quote!(#v.suppress_context()),
            "__class__" => quote!(#v.class()),
            "value" => match &ty {
                Type::Optional(value) => {
                    let value = self.ty(value);
                    quote!(#v.stop_value::<#value>())
                }
                // No generator returns a value: it is None (the exception
                // is still read).
                _ => quote!({ let _ = &#v; }),
            },
            "__name__" => {
                self.uses.insert("Str");
                quote!(Str::from(#v.name()))
            }
            // A field of the instance it carries.
            _ => {
                let view = self.exception_view(value);
                return self.attr(&view, name, ty);
            }
        };
        Code::new(ts, Prec::Postfix, ty)
    }

    /// An exception of a class with fields, as the instance it carries.
    pub(super) fn exception_view(&self, value: &ir::Expr) -> ir::Expr {
        let Type::Exc(class) = &value.ty else {
            unreachable!("a view of a non-exception")
        };
        ir::Expr::new(
            ExprKind::ExcInstance(Box::new(value.clone())),
            Type::Object(class.clone()),
            value.span,
        )
    }

    /// The instance an exception carries, as its class's value (the
    /// family's enum when the class has subclasses).
    pub(super) fn exception_instance(&mut self, value: &ir::Expr, ty: Type) -> Code {
        let Type::Object(class) = &ty else {
            unreachable!("an exception's instance is an object")
        };
        let v = self.expr(value).at(Prec::Postfix);
        let ts = match super::families::family(class) {
            None => {
                let t = super::type_ident(class);
                quote!(#v.carried::<#t>())
            }
            Some(_) => {
                let any = super::families::enum_ident(class);
                quote!(#any::from_exception(&#v))
            }
        };
        Code::new(ts, Prec::Postfix, ty)
    }

    /// `AnyC::from_exception(&e)`: the instance an exception of class `C`
    /// or of a subclass carries.
    pub(super) fn family_of_exception(&mut self, class: &str, members: &[String]) -> TokenStream {
        self.uses.insert("PyErr");
        let any = super::families::enum_ident(class);
        let expect = format!("an exception of class {class} carries its instance");
        let arms: Vec<TokenStream> = members
            .iter()
            .map(|k| {
                let t = super::type_ident(k);
                quote!(if let Some(instance) = exception.instance::<#t>() { return #any::from(instance); })
            })
            .collect();
        let doc =
            format!(" The instance an exception of class `{class}` (or of a subclass) carries.");
        quote! {
            #[doc = #doc]
            pub fn from_exception(exception: &PyErr) -> #any {
                #(#arms)*
                unreachable!(#expect)
            }
        }
    }

    /// `Class(args)` of an exception class with fields: the instance,
    /// raised as an exception that carries it.
    pub(super) fn exception_from_instance(&mut self, new: &ir::Expr, ty: Type) -> Code {
        let (ExprKind::New { class, args }, Type::Exc(_)) = (&new.kind, &ty) else {
            unreachable!("an exception is made from a new instance")
        };
        self.uses.insert("PyErr");
        let c = self.module.class(class);
        let args_always_set = c
            .and_then(|c| c.fields.iter().find(|f| f.name == "args"))
            .is_some_and(|f| f.always_set);
        let has_str = c.is_some_and(|c| c.methods.iter().any(|m| m.name == "__str__"));
        let instance_name = self.own_name("instance");
        let instance = ir::Expr::new(
            ExprKind::Bound(instance_name.to_string()),
            Type::Object(class.clone()),
            new.span,
        );
        // The constructor's arguments, kept for `args` unless `__init__`
        // sets them.
        let mut binds = Vec::new();
        let mut passed = Vec::new();
        let mut as_objects = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if args_always_set {
                passed.push(self.owned(a));
                continue;
            }
            let name = self.own_name(&format!("arg{i}"));
            let v = self.owned(a);
            binds.push(quote!(let #name = #v;));
            let bound = ir::Expr::new(ExprKind::Bound(name.to_string()), a.ty.clone(), a.span);
            passed.push(if super::is_copy(&a.ty) {
                quote!(#name)
            } else {
                quote!(#name.clone())
            });
            let obj = ir::Expr::new(ExprKind::ToObj(Box::new(bound)), Type::Obj, a.span);
            as_objects.push(self.owned(&obj));
        }
        let t = super::type_ident(class);
        let made = self
            .call_code(
                quote!(#t::new(#(#passed),*)),
                &format!("{class}.__init__"),
                Type::Object(class.clone()),
            )
            .ts;
        let fill = if args_always_set {
            quote!()
        } else {
            self.uses.insert("Obj");
            quote! {
                if !#instance_name.args.is_set() {
                    #instance_name.args.set(Obj::tuple(vec![#(#as_objects),*]));
                }
            }
        };
        // Read from the struct itself: the instance is of exactly this class.
        let args_field = c.and_then(|c| c.fields.iter().find(|f| f.name == "args"));
        let args_read = match args_field.map(super::classes::storage) {
            Some(super::classes::Storage::Slot) => {
                let shown = class.as_str();
                self.try_(quote!(#instance_name.args.get(#shown, "args")), Type::Obj)
                    .ts
            }
            Some(_) => quote!(#instance_name.args.get()),
            None => unreachable!("an exception class with fields has `args`"),
        };
        let message = if has_str {
            let call = ir::Expr::new(
                ExprKind::Method {
                    receiver: Box::new(instance.clone()),
                    name: "__str__".into(),
                    args: Vec::new(),
                    kwargs: Vec::new(),
                },
                Type::Str,
                new.span,
            );
            let text = self.expr(&call).at(Prec::Postfix);
            quote!(Some(#text.to_string()))
        } else {
            quote!(None)
        };
        let static_class = class_static(self.module, class);
        let ts = quote!({
            #(#binds)*
            let #instance_name = #made;
            #fill
            PyErr::from_instance(&#static_class, #instance_name.clone(), #args_read, #message)
        });
        Code::new(ts, Prec::Block, ty)
    }

    /// `issubclass(t, (A, B))` of an exception class.
    pub(super) fn exception_issubclass(&mut self, value: &ir::Expr, names: &str, ty: Type) -> Code {
        let v = self.expr(value).at(Prec::Postfix);
        let tests: Vec<TokenStream> = names
            .split(',')
            .map(|n| {
                if n == "object" {
                    return quote!(true);
                }
                let c = self.exc_class(n);
                quote!(#v.is_subclass_of(#c.into()))
            })
            .collect();
        Code::new(quote!(#(#tests)||*), Prec::Or, ty)
    }

    /// `isinstance(e, (A, B))` of an exception.
    pub(super) fn exception_isinstance(&mut self, value: &ir::Expr, names: &str, ty: Type) -> Code {
        let v = self.expr(value).at(Prec::Postfix);
        let tests: Vec<TokenStream> = names
            .split(',')
            .filter(|n| {
                ExcKind::from_name(n).is_some()
                    || self.module.exceptions.iter().any(|e| e.name == *n)
            })
            .map(|n| {
                let c = self.exc_class(n);
                quote!(#v.matches(#c))
            })
            .collect();
        let ts = if tests.is_empty() {
            quote!(false)
        } else {
            quote!(#(#tests)||*)
        };
        Code::new(ts, Prec::Or, ty)
    }
}

/// The statics of the program's exception classes that `named` mentions,
/// with the bases they need.
pub(super) fn class_items(m: &ir::Module, named: &BTreeSet<String>) -> Vec<TokenStream> {
    let mut kept: BTreeSet<String> = m
        .exceptions
        .iter()
        .filter(|e| named.contains(&class_static(m, &e.name).to_string()))
        .map(|e| e.name.clone())
        .collect();
    loop {
        let before = kept.len();
        for e in &m.exceptions {
            if kept.contains(&e.name) && ExcKind::from_name(&e.base).is_none() {
                kept.insert(e.base.clone());
            }
        }
        if kept.len() == before {
            break;
        }
    }
    m.exceptions
        .iter()
        .filter(|e| kept.contains(&e.name))
        .map(|e| {
            let id = class_static(m, &e.name);
            let name = &e.name;
            let base = match ExcKind::from_name(&e.base) {
                Some(k) => {
                    let k = format_ident!("{}", k.name());
                    quote!(molt_rt::ExcClass::Builtin(molt_rt::ExcKind::#k))
                }
                None => {
                    let b = class_static(m, &e.base);
                    quote!(molt_rt::ExcClass::User(&#b))
                }
            };
            let doc = e
                .doc
                .as_ref()
                .map(|d| super::doc_attrs(d, false))
                .unwrap_or_else(|| {
                    let d = format!(" The exception class `{name}`.");
                    quote!(#[doc = #d])
                });
            quote! {
                #doc
                pub static #id: molt_rt::ExcType = molt_rt::ExcType {
                    name: #name,
                    base: #base,
                };
            }
        })
        .collect()
}
