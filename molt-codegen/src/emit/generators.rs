//! Generators as state machines in stable Rust.
//!
//! A generator function returns a `PyIter` over `std::iter::from_fn` with a
//! `move` closure. The body is split at its `yield`s into numbered blocks;
//! each call of the closure runs blocks from the current `state` until the
//! next yield (`state = 3; return Some(Ok(value));`) or the end
//! (`return None`). The function's variables are declared before the
//! closure (as `Option`s: a variable may be assigned in one block and read
//! in another), so the closure owns them between calls. Statements without
//! a yield, a `return` or a jump out of a split loop are emitted as usual,
//! loops and all; only the control flow around yields becomes states.

use super::{Code, Emitter, Prec};
use crate::analyze;
use crate::ir::{self, Binding, ExprKind, Place, StmtKind};
use crate::types::Type;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// How a block ends.
enum Term {
    Goto(usize),
    Branch(TokenStream, usize, usize),
    /// Yield the value, resuming at the block.
    Yield(TokenStream, usize),
    /// The generator is exhausted.
    Stop,
    /// Code that sets the state itself.
    Raw(TokenStream),
}

#[derive(Default)]
struct Block {
    code: Vec<TokenStream>,
    term: Option<Term>,
}

#[derive(Default)]
struct Machine {
    blocks: Vec<Block>,
    /// Declarations the blocks share: the iterators of split loops.
    decls: Vec<TokenStream>,
    /// The blocks a `Term::Raw` block goes to, by block.
    raw_targets: std::collections::HashMap<usize, Vec<usize>>,
}

impl Machine {
    fn block(&mut self) -> usize {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    fn end(&mut self, b: usize, term: Term) {
        if self.blocks[b].term.is_none() {
            self.blocks[b].term = Some(term);
        }
    }

    /// Where control really goes from `b`: past empty blocks that only
    /// jump on.
    fn forward(&self, mut b: usize) -> usize {
        for _ in 0..self.blocks.len() {
            match &self.blocks[b] {
                Block {
                    code,
                    term: Some(Term::Goto(next)),
                } if code.is_empty() && *next != b => b = *next,
                _ => break,
            }
        }
        b
    }

    /// Jumps past empty blocks, then the blocks control can reach from the
    /// first, in order.
    fn tidy(&mut self) -> Vec<usize> {
        for i in 0..self.blocks.len() {
            let term = self.blocks[i].term.take();
            self.blocks[i].term = term.map(|t| match t {
                Term::Goto(k) => Term::Goto(self.forward(k)),
                Term::Branch(c, a, b) => Term::Branch(c, self.forward(a), self.forward(b)),
                Term::Yield(v, k) => Term::Yield(v, self.forward(k)),
                other => other,
            });
        }
        let mut seen = vec![false; self.blocks.len()];
        let mut stack = vec![0];
        while let Some(b) = stack.pop() {
            if std::mem::replace(&mut seen[b], true) {
                continue;
            }
            match &self.blocks[b].term {
                Some(Term::Goto(k)) | Some(Term::Yield(_, k)) => stack.push(*k),
                Some(Term::Branch(_, a, c)) => stack.extend([*a, *c]),
                // Raw terminators name their targets in their code.
                Some(Term::Raw(_)) => stack.extend(self.raw_targets[&b].iter().copied()),
                _ => {}
            }
        }
        (0..self.blocks.len()).filter(|b| seen[*b]).collect()
    }
}

/// Whether a statement must be split: it yields, returns, or leaves an
/// enclosing split loop with `break`/`continue`.
fn splits(s: &ir::Stmt) -> bool {
    match &s.kind {
        StmtKind::Yield(_) | StmtKind::YieldFrom(_) | StmtKind::Return(_) => true,
        StmtKind::Break | StmtKind::Continue => true,
        StmtKind::If { then, orelse, .. } => then.iter().chain(orelse).any(splits),
        StmtKind::While { body, orelse, .. }
        | StmtKind::ForRange { body, orelse, .. }
        | StmtKind::ForEach { body, orelse, .. } => {
            body.iter().any(yields_or_returns) || orelse.iter().any(splits)
        }
        StmtKind::Try { .. } | StmtKind::With { .. } => {
            s.kind.blocks().into_iter().flatten().any(yields_or_returns)
        }
        _ => false,
    }
}

/// Whether a statement yields or returns anywhere inside.
fn yields_or_returns(s: &ir::Stmt) -> bool {
    match &s.kind {
        StmtKind::Yield(_) | StmtKind::YieldFrom(_) | StmtKind::Return(_) => true,
        StmtKind::If { then, orelse, .. } => then.iter().chain(orelse).any(yields_or_returns),
        StmtKind::While { body, orelse, .. }
        | StmtKind::ForRange { body, orelse, .. }
        | StmtKind::ForEach { body, orelse, .. } => {
            body.iter().chain(orelse).any(yields_or_returns)
        }
        StmtKind::Try { .. } | StmtKind::With { .. } => {
            s.kind.blocks().into_iter().flatten().any(yields_or_returns)
        }
        _ => false,
    }
}

impl Emitter<'_> {
    /// The body of a generator function: its variables, then the iterator.
    pub(super) fn generator_body(&mut self, f: &ir::Function) -> TokenStream {
        let Type::Iterator(_) = &f.ret else {
            unreachable!("inference gives a generator an iterator type")
        };
        let mut decls = Vec::new();
        // What a generator closure captures is already bound.
        let own = |l: &&ir::Local| !matches!(l.binding, Binding::Free | Binding::FreeShared);
        for l in f.locals.iter().filter(own) {
            let name = self.local_ident(&l.name);
            let ty = self.ty(&l.ty);
            decls.push(quote!(let mut #name: Option<#ty> = None;));
        }
        let mut m = Machine::default();
        let mut cur = m.block();
        let mut loops = Vec::new();
        self.split(&f.body, &mut m, &mut cur, &mut loops);
        m.end(cur, Term::Stop);
        let state = self.own_name("state");
        let reachable = m.tidy();
        let lit = proc_macro2::Literal::usize_unsuffixed;
        let done = lit(m.blocks.len());
        // A machine whose every block yields or ends needs no loop; its
        // `match` is then the closure's value.
        let jumps = reachable.iter().any(|&b| {
            !matches!(
                m.blocks[b].term,
                Some(Term::Yield(..)) | Some(Term::Stop) | None
            )
        });
        let arms = |tail: bool| -> Vec<TokenStream> {
            let ret = if tail { quote!() } else { quote!(return) };
            reachable
                .iter()
                .map(|&i| {
                    let b = &m.blocks[i];
                    let code = &b.code;
                    let i = lit(i);
                    let term = match b.term.as_ref().unwrap_or(&Term::Stop) {
                        Term::Goto(k) => {
                            let k = lit(*k);
                            quote!(#state = #k; continue;)
                        }
                        Term::Branch(c, t, e) => {
                            let (t, e) = (lit(*t), lit(*e));
                            let simple = syn::parse2::<syn::Expr>(c.clone())
                                .is_ok_and(|x| !matches!(x, syn::Expr::Block(_)));
                            if simple {
                                quote!(#state = if #c { #t } else { #e }; continue;)
                            } else {
                                quote!(let go = #c; #state = if go { #t } else { #e }; continue;)
                            }
                        }
                        Term::Yield(v, k) => {
                            let k = lit(*k);
                            quote!(#state = #k; #ret Some(Ok(#v)))
                        }
                        Term::Stop => quote!(#state = #done; #ret None),
                        Term::Raw(ts) => ts.clone(),
                    };
                    let end = if tail { quote!() } else { quote!(;) };
                    match b.term {
                        Some(Term::Yield(..)) | Some(Term::Stop) | None => {
                            quote!(#i => { #(#code)* #term #end })
                        }
                        _ => quote!(#i => { #(#code)* #term }),
                    }
                })
                .collect()
        };
        let dispatch = |tail: bool| {
            let arms = arms(tail);
            let other = if tail {
                quote!(None)
            } else {
                quote!(return None)
            };
            quote! {
                match #state {
                    #(#arms)*
                    _ => #other,
                }
            }
        };
        let machine = if jumps {
            let d = dispatch(false);
            quote!(loop { #d })
        } else {
            dispatch(false)
        };
        // An exception ends the generator: raised to the consumer, once.
        let step = syn::Lifetime::new("'step", proc_macro2::Span::call_site());
        let (machine, points) = super::exceptions::rewrite_caught(machine, &step);
        let body = if points == 0 && !jumps {
            dispatch(true)
        } else if points == 0 {
            machine
        } else {
            let done = &done;
            let err = self.own_name("err");
            quote! {
                let #err = #step: { #machine };
                #state = #done;
                Some(Err(#err))
            }
        };
        let extra = &m.decls;
        self.uses.insert("PyIter");
        // The variables live from one call to the next; rustc is told so
        // (else it takes one that each call sets before reading for dead).
        let kept: Vec<Ident> = f
            .locals
            .iter()
            .filter(own)
            .map(|l| self.local_ident(&l.name))
            .collect();
        let keep = if kept.is_empty() {
            quote!()
        } else {
            quote!(let _ = (#(&#kept,)*);)
        };
        quote! {
            #(#decls)*
            #(#extra)*
            let mut #state = 0;
            PyIter::fallible(std::iter::from_fn(move || { #keep #body }))
        }
    }

    /// Splits statements into blocks from `cur`; `loops` holds each split
    /// loop's `(continue, break)` blocks, innermost last.
    fn split(
        &mut self,
        body: &[ir::Stmt],
        m: &mut Machine,
        cur: &mut usize,
        loops: &mut Vec<(usize, usize)>,
    ) {
        for s in body {
            if !splits(s) {
                let code = self.stmt(s);
                m.blocks[*cur].code.push(code);
                continue;
            }
            match &s.kind {
                StmtKind::Yield(v) => {
                    // Computed before the generator pauses (where it can raise).
                    let raised = std::mem::replace(&mut self.raises, false);
                    let value = self.owned(v);
                    let can_raise = self.raises;
                    self.raises |= raised;
                    let yielded = self.own_name("yielded");
                    let value = if can_raise {
                        m.blocks[*cur].code.push(quote!(let #yielded = #value;));
                        quote!(#yielded)
                    } else {
                        value
                    };
                    let next = m.block();
                    m.end(*cur, Term::Yield(value, next));
                    *cur = next;
                }
                StmtKind::YieldFrom(iterable) => {
                    let (iter, item) = self.loop_iterator(iterable, m, cur);
                    let head = m.block();
                    let after = m.block();
                    m.end(*cur, Term::Goto(head));
                    let state = self.own_name("state");
                    let (h, a) = (
                        proc_macro2::Literal::usize_unsuffixed(head),
                        proc_macro2::Literal::usize_unsuffixed(after),
                    );
                    m.raw_targets.insert(head, vec![head, after]);
                    m.end(
                        head,
                        Term::Raw(quote! {
                            match #iter.as_ref().expect("the iterator is set").next_opt()? {
                                Some(#item) => {
                                    #state = #h;
                                    return Some(Ok(#item));
                                }
                                None => {
                                    #state = #a;
                                    continue;
                                }
                            }
                        }),
                    );
                    *cur = after;
                }
                StmtKind::Return(_) => {
                    m.end(*cur, Term::Stop);
                    *cur = m.block();
                }
                StmtKind::Break | StmtKind::Continue => {
                    let (cont, brk) = *loops.last().expect("lowering keeps jumps in loops");
                    let to = if matches!(s.kind, StmtKind::Break) {
                        brk
                    } else {
                        cont
                    };
                    m.end(*cur, Term::Goto(to));
                    *cur = m.block();
                }
                StmtKind::If { cond, then, orelse } => {
                    let c = self.expr(cond).at(Prec::Or);
                    let (t, e, after) = (m.block(), m.block(), m.block());
                    m.end(*cur, Term::Branch(c, t, e));
                    let mut b = t;
                    self.split(then, m, &mut b, loops);
                    m.end(b, Term::Goto(after));
                    let mut b = e;
                    self.split(orelse, m, &mut b, loops);
                    m.end(b, Term::Goto(after));
                    *cur = after;
                }
                StmtKind::While { cond, body, orelse } => {
                    let (head, inner, otherwise, after) =
                        (m.block(), m.block(), m.block(), m.block());
                    m.end(*cur, Term::Goto(head));
                    if analyze::is_true_literal(cond) {
                        m.end(head, Term::Goto(inner));
                    } else {
                        let c = self.expr(cond).at(Prec::Or);
                        m.end(head, Term::Branch(c, inner, otherwise));
                    }
                    let blocks = LoopBlocks {
                        head,
                        inner,
                        otherwise,
                        after,
                    };
                    self.split_loop(body, orelse, blocks, m, cur, loops);
                }
                StmtKind::ForRange {
                    var,
                    start,
                    stop,
                    step,
                    body,
                    orelse,
                } => {
                    let range = ir::Expr::new(
                        ExprKind::Range {
                            start: Box::new(start.clone()),
                            stop: Box::new(stop.clone()),
                            step: step.clone().map(Box::new),
                        },
                        Type::Iter(Box::new(Type::Int)),
                        start.span,
                    );
                    self.split_for(
                        std::slice::from_ref(var),
                        &range,
                        body,
                        orelse,
                        m,
                        cur,
                        loops,
                    );
                }
                StmtKind::ForEach {
                    targets,
                    iter,
                    body,
                    orelse,
                } => self.split_for(targets, iter, body, orelse, m, cur, loops),
                _ => unreachable!("lowering rejects a yield or return inside try and with"),
            }
        }
    }

    /// An iterator over `iterable`, kept between blocks: its variable and
    /// the name of the item it gives.
    fn loop_iterator(
        &mut self,
        iterable: &ir::Expr,
        m: &mut Machine,
        cur: &mut usize,
    ) -> (Ident, Ident) {
        let item_ty = match &iterable.ty {
            Type::Iterator(t) | Type::Iter(t) => (**t).clone(),
            t => t.element().unwrap_or(Type::Obj),
        };
        let iter = self.own_name(&format!("iterator_{}", m.decls.len()));
        let t = self.ty(&item_ty);
        self.uses.insert("PyIter");
        m.decls
            .push(quote!(let mut #iter: Option<PyIter<#t>> = None;));
        let made = self.as_iterator(iterable);
        m.blocks[*cur].code.push(quote!(#iter = Some(#made);));
        (iter, self.own_name("item"))
    }

    #[allow(clippy::too_many_arguments)]
    fn split_for(
        &mut self,
        targets: &[Place],
        iterable: &ir::Expr,
        body: &[ir::Stmt],
        orelse: &[ir::Stmt],
        m: &mut Machine,
        cur: &mut usize,
        loops: &mut Vec<(usize, usize)>,
    ) {
        let item_ty = match &iterable.ty {
            Type::Iterator(t) | Type::Iter(t) => (**t).clone(),
            t => t.element().unwrap_or(Type::Obj),
        };
        let (iter, item) = self.loop_iterator(iterable, m, cur);
        let (head, inner, otherwise, after) = (m.block(), m.block(), m.block(), m.block());
        m.end(*cur, Term::Goto(head));
        let stores: Vec<TokenStream> = match targets {
            [one] => vec![self.store(one, Code::place(quote!(#item), item_ty.clone()))],
            many => {
                let parts: Vec<Ident> = (0..many.len())
                    .map(|i| format_ident!("{}_{}", item, i))
                    .collect();
                let types = match &item_ty {
                    Type::Tuple(ts) => ts.clone(),
                    _ => vec![Type::Obj; many.len()],
                };
                let mut out = vec![quote!(let (#(#parts),*) = #item;)];
                for ((p, place), t) in parts.iter().zip(many).zip(types) {
                    out.push(self.store(place, Code::place(quote!(#p), t)));
                }
                out
            }
        };
        let state = self.own_name("state");
        m.raw_targets.insert(head, vec![inner, otherwise]);
        let (i, o) = (
            proc_macro2::Literal::usize_unsuffixed(inner),
            proc_macro2::Literal::usize_unsuffixed(otherwise),
        );
        m.end(
            head,
            Term::Raw(quote! {
                match #iter.as_ref().expect("the iterator is set").next_opt()? {
                    Some(#item) => {
                        #(#stores)*
                        #state = #i;
                        continue;
                    }
                    None => {
                        #state = #o;
                        continue;
                    }
                }
            }),
        );
        let blocks = LoopBlocks {
            head,
            inner,
            otherwise,
            after,
        };
        self.split_loop(body, orelse, blocks, m, cur, loops);
    }

    /// A split loop's body (from `inner`, back to `head`) and `else` (from
    /// `otherwise`), continuing at `after`.
    fn split_loop(
        &mut self,
        body: &[ir::Stmt],
        orelse: &[ir::Stmt],
        blocks: LoopBlocks,
        m: &mut Machine,
        cur: &mut usize,
        loops: &mut Vec<(usize, usize)>,
    ) {
        let LoopBlocks {
            head,
            inner,
            otherwise,
            after,
        } = blocks;
        loops.push((head, after));
        let mut b = inner;
        self.split(body, m, &mut b, loops);
        m.end(b, Term::Goto(head));
        loops.pop();
        let mut b = otherwise;
        self.split(orelse, m, &mut b, loops);
        m.end(b, Term::Goto(after));
        *cur = after;
    }
}

/// The blocks of a split loop: its test, its body, its `else`, and what
/// follows it.
struct LoopBlocks {
    head: usize,
    inner: usize,
    otherwise: usize,
    after: usize,
}
