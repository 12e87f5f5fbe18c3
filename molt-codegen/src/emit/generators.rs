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
//!
//! A generator with the whole protocol (`Type::Generator`: it is sent
//! values, returns one, or yields inside `try`) is a `molt_rt::Generator`
//! over a closure called with how it is resumed and returning a `Step`.
//! Each block there belongs to a region: the block that handles what it
//! raises (an `except` dispatch or a `finally` run while unwinding, the
//! exception passed in `caught`), or none, when it leaves the generator.
//! A block a `yield` resumes starts by taking the resumption: the value
//! sent, or the exception thrown in, raised right there.

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
    /// A protocol generator returns this value.
    Return(TokenStream),
    /// Code that sets the state itself.
    Raw(TokenStream),
}

#[derive(Default)]
struct Block {
    code: Vec<TokenStream>,
    term: Option<Term>,
    /// The block that handles what this one raises (protocol generators).
    handler: Option<usize>,
}

/// A `finally` block that a `return`, `break` or `continue` from inside
/// its `try` body runs on the way out.
struct Finally {
    body: Vec<ir::Stmt>,
    /// The region around the `try` statement.
    outer: Option<usize>,
    /// How many split loops enclose the `try` statement.
    loops: usize,
}

#[derive(Default)]
struct Machine {
    /// A `molt_rt::Generator` body rather than an iterator's.
    protocol: bool,
    /// A protocol generator's send type.
    send: Option<Type>,
    /// The region new blocks belong to.
    region: Option<usize>,
    /// The `finally` blocks around the statement being split, innermost last.
    finally: Vec<Finally>,
    /// The machine's variable passing an exception to its handler block.
    caught: Option<Ident>,
    blocks: Vec<Block>,
    /// Declarations the blocks share: the iterators of split loops.
    decls: Vec<TokenStream>,
    /// The blocks a block's code or `Term::Raw` goes to, by block.
    raw_targets: std::collections::HashMap<usize, Vec<usize>>,
    /// Some block's code jumps (`continue 'machine`), so the machine's
    /// loop is labelled.
    code_jumps: bool,
}

impl Machine {
    fn block(&mut self) -> usize {
        self.blocks.push(Block {
            handler: self.region,
            ..Block::default()
        });
        self.blocks.len() - 1
    }

    /// A block of another region.
    fn block_in(&mut self, region: Option<usize>) -> usize {
        let b = self.block();
        self.blocks[b].handler = region;
        b
    }

    /// The `continue` that goes round the machine's loop (labelled in a
    /// protocol generator, whose blocks are labelled blocks).
    fn again(&self) -> TokenStream {
        if self.protocol {
            quote!(continue 'machine)
        } else {
            quote!(continue)
        }
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
                    ..
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
            // What a block raises goes to its handler.
            stack.extend(self.blocks[b].handler);
            // Raw terminators and code that leaves a loop name their
            // targets in their code.
            stack.extend(self.raw_targets.get(&b).into_iter().flatten().copied());
            match &self.blocks[b].term {
                Some(Term::Goto(k)) | Some(Term::Yield(_, k)) => stack.push(*k),
                Some(Term::Branch(_, a, c)) => stack.extend([*a, *c]),
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
        let send = match &f.ret {
            Type::Iterator(_) => None,
            Type::Generator(_, send, _) => Some((**send).clone()),
            _ => unreachable!("inference gives a generator an iterator type"),
        };
        let mut decls = Vec::new();
        // The generator's own variables (what a generator closure captures
        // is already bound), kept by the closure from one call to the next.
        let mut kept = Vec::new();
        for l in &f.locals {
            if matches!(l.binding, Binding::Free | Binding::FreeShared) {
                continue;
            }
            let name = self.local_ident(&l.name);
            let ty = self.ty(&l.ty);
            decls.push(quote!(let mut #name: Option<#ty> = None;));
            kept.push(name);
        }
        let mut m = Machine {
            protocol: send.is_some(),
            send: send.clone(),
            ..Machine::default()
        };
        if m.protocol {
            m.caught = Some(self.own_name("caught"));
        }
        let mut cur = m.block();
        let mut loops = Vec::new();
        self.split(&f.body, &mut m, &mut cur, &mut loops);
        m.end(cur, Term::Stop);
        let state = self.own_name("state");
        let reachable = m.tidy();
        if let Some(send) = &send {
            return self.protocol_machine(send, &m, &reachable, decls, kept);
        }
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
                            let (c, block) = condition(c);
                            if block {
                                quote!(let go = #c; #state = if go { #t } else { #e }; continue;)
                            } else {
                                quote!(#state = if #c { #t } else { #e }; continue;)
                            }
                        }
                        Term::Yield(v, k) => {
                            let k = lit(*k);
                            quote!(#state = #k; #ret Some(Ok(#v)))
                        }
                        Term::Stop => quote!(#state = #done; #ret None),
                        Term::Raw(ts) => ts.clone(),
                        Term::Return(_) => unreachable!("only protocol generators return values"),
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
        let machine = if m.code_jumps {
            let d = dispatch(false);
            quote!('machine: loop { #d })
        } else if jumps {
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
        let keep = keep_alive(&kept);
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
        let mut rest = body.iter().peekable();
        while let Some(s) = rest.next() {
            if !splits(s) {
                let code = self.whole_stmt(s, m, *cur, loops);
                m.blocks[*cur].code.push(code);
                continue;
            }
            // `x = yield v` and `x = yield from it`: the assignment that
            // follows reads what the yield gives.
            let receives = rest.peek().and_then(|next| match &next.kind {
                StmtKind::Assign { place, value } if matches!(value.kind, ExprKind::Sent) => {
                    Some((place.clone(), value.ty.clone()))
                }
                _ => None,
            });
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
                    if m.protocol {
                        // Resumed: a value sent in, or an exception thrown.
                        let binds = receives.is_some_and(|(_, t)| t != Type::None);
                        let sent = self.own_name("sent");
                        let take = quote!(resume.take().sent()?);
                        m.blocks[next].code.push(if binds {
                            quote!(let #sent = #take;)
                        } else {
                            quote!(#take;)
                        });
                    }
                }
                StmtKind::YieldFrom(iterable) if m.protocol => {
                    if receives.is_some() {
                        rest.next();
                    }
                    self.split_delegation(iterable, receives.map(|(p, _)| p), m, cur);
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
                    m.raw_targets.entry(head).or_default().extend([head, after]);
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
                StmtKind::Return(value) => {
                    let term = match value {
                        Some(v) if m.protocol && m.finally.is_empty() => {
                            let v = self.owned(v);
                            let returned = self.own_name("returned");
                            m.blocks[*cur].code.push(quote!(let #returned = #v;));
                            Term::Return(quote!(#returned))
                        }
                        // Kept while the `finally` blocks run.
                        Some(v) if m.protocol => {
                            let t = self.ty(&v.ty);
                            let v = self.owned(v);
                            let returned = self.own_name(&format!("returned_{}", m.decls.len()));
                            m.decls.push(quote!(let mut #returned: Option<#t> = None;));
                            m.blocks[*cur].code.push(quote!(#returned = Some(#v);));
                            Term::Return(
                                quote!(#returned.take().expect("the returned value is kept")),
                            )
                        }
                        _ if m.protocol => Term::Return(quote!(())),
                        _ => Term::Stop,
                    };
                    // Every `finally` around it runs first.
                    self.run_finally_blocks(0, m, cur);
                    m.end(*cur, term);
                    *cur = m.block();
                }
                StmtKind::Break | StmtKind::Continue => {
                    let (cont, brk) = *loops.last().expect("lowering keeps jumps in loops");
                    let to = if matches!(s.kind, StmtKind::Break) {
                        brk
                    } else {
                        cont
                    };
                    // The `finally` blocks inside the loop run first.
                    self.run_finally_blocks(loops.len(), m, cur);
                    m.end(*cur, Term::Goto(to));
                    *cur = m.block();
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    let parts = TryParts {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    };
                    self.split_try(parts, m, cur, loops);
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
                        Type::Range,
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
                _ => unreachable!("lowering rejects a yield or return inside with"),
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
        let iterated = match &iterable.ty {
            Type::Optional(inner) => &**inner,
            t => t,
        };
        let item_ty = match iterated {
            Type::Iterator(t) | Type::Iter(t) => (**t).clone(),
            Type::Object(class) => self.instance_item_type(class),
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
        m.raw_targets
            .entry(head)
            .or_default()
            .extend([inner, otherwise]);
        let (i, o) = (
            proc_macro2::Literal::usize_unsuffixed(inner),
            proc_macro2::Literal::usize_unsuffixed(otherwise),
        );
        let again = m.again();
        m.end(
            head,
            Term::Raw(quote! {
                match #iter.as_ref().expect("the iterator is set").next_opt()? {
                    Some(#item) => {
                        #(#stores)*
                        #state = #i;
                        #again;
                    }
                    None => {
                        #state = #o;
                        #again;
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

    /// A statement that does not yield, emitted whole in block `cur`. A
    /// `try` or `with` in it may still `break` or `continue` the split
    /// loop around it: that sets the state to a block that runs the
    /// `finally` blocks in between and goes on to the loop's head or end.
    fn whole_stmt(
        &mut self,
        s: &ir::Stmt,
        m: &mut Machine,
        cur: usize,
        loops: &[(usize, usize)],
    ) -> TokenStream {
        let Some(&(head, after)) = loops
            .last()
            .filter(|_| super::jumps(std::slice::from_ref(s)))
        else {
            return self.stmt(s);
        };
        let mut exit = |to: usize, m: &mut Machine| {
            let start = m.block();
            let mut b = start;
            self.run_finally_blocks(loops.len(), m, &mut b);
            m.end(b, Term::Goto(to));
            start
        };
        let (cont, brk) = (exit(head, m), exit(after, m));
        self.loops.push(super::LoopCtx {
            machine: Some(super::MachineExits {
                state: self.own_name("state"),
                cont,
                brk,
            }),
            ..Default::default()
        });
        let code = self.stmt(s);
        self.loops.pop();
        if std::mem::take(&mut self.machine_jumped) {
            m.code_jumps = true;
            m.raw_targets.entry(cur).or_default().extend([cont, brk]);
        }
        code
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

/// `let _ = (&a, &b);`: the variables live from one call of the machine to
/// the next, and rustc is told so (else it takes one that each call sets
/// before reading for dead).
fn keep_alive(kept: &[Ident]) -> TokenStream {
    if kept.is_empty() {
        quote!()
    } else {
        quote!(let _ = (#(&#kept,)*);)
    }
}

/// The parts of a `try` statement.
struct TryParts<'a> {
    body: &'a [ir::Stmt],
    handlers: &'a [ir::Handler],
    orelse: &'a [ir::Stmt],
    finalbody: &'a [ir::Stmt],
}

impl Emitter<'_> {
    /// The closure of a protocol generator: a `molt_rt::Generator` over a
    /// machine whose blocks pass what they raise to their handler blocks.
    fn protocol_machine(
        &mut self,
        send: &Type,
        m: &Machine,
        reachable: &[usize],
        decls: Vec<TokenStream>,
        mut kept: Vec<Ident>,
    ) -> TokenStream {
        let state = self.own_name("state");
        let caught = m
            .caught
            .clone()
            .expect("a protocol machine passes exceptions");
        let lit = proc_macro2::Literal::usize_unsuffixed;
        let raised = syn::Lifetime::new("'raised", proc_macro2::Span::call_site());
        // Exceptions pass to handler blocks through `caught`.
        let handled = reachable.iter().any(|&b| m.blocks[b].handler.is_some());
        // Blocks that only yield or return need no loop around them; their
        // steps are then the arms' values.
        let jumps = handled
            || m.code_jumps
            || reachable.iter().any(|&b| {
                !matches!(
                    m.blocks[b].term,
                    Some(Term::Yield(..) | Term::Stop | Term::Return(_)) | None
                )
            });
        let arms: Vec<TokenStream> = reachable
            .iter()
            .map(|&i| {
                let b = &m.blocks[i];
                let code = &b.code;
                let term = |tail: bool| {
                    let ret = if tail { quote!() } else { quote!(return) };
                    let end = if tail { quote!() } else { quote!(;) };
                    match b.term.as_ref().unwrap_or(&Term::Stop) {
                        Term::Goto(k) => {
                            let k = lit(*k);
                            quote!(#state = #k; continue 'machine;)
                        }
                        Term::Branch(c, t, e) => {
                            let (t, e) = (lit(*t), lit(*e));
                            let (c, _) = condition(c);
                            quote!(let go = #c; #state = if go { #t } else { #e }; continue 'machine;)
                        }
                        Term::Yield(v, k) => {
                            let k = lit(*k);
                            quote!(#state = #k; #ret Step::Yield(#v) #end)
                        }
                        Term::Stop => quote!(#ret Step::Return(()) #end),
                        Term::Return(v) => quote!(#ret Step::Return(#v) #end),
                        Term::Raw(ts) => ts.clone(),
                    }
                };
                let t = term(false);
                let (body, points) =
                    super::exceptions::rewrite_caught(quote!(#(#code)* #t), &raised);
                let i = lit(i);
                if points == 0 {
                    if jumps {
                        return quote!(#i => { #body });
                    }
                    let t = term(true);
                    return quote!(#i => { #(#code)* #t });
                }
                let handle = match b.handler {
                    Some(h) => {
                        let h = lit(h);
                        quote!(#caught = Some(err); #state = #h; continue 'machine;)
                    }
                    None if jumps => quote!(return Step::Raise(err);),
                    None => quote!(Step::Raise(err)),
                };
                quote!(#i => { let err = #raised: { #body }; #handle })
            })
            .collect();
        for used in ["Generator", "Resume", "Step"] {
            self.uses.insert(used);
        }
        let s = self.ty(send);
        let extra = &m.decls;
        let passing = if handled {
            self.uses.insert("PyErr");
            quote!(let mut #caught: Option<PyErr> = None;)
        } else {
            quote!()
        };
        kept.extend(handled.then(|| caught.clone()));
        let keep = keep_alive(&kept);
        let dispatch = quote! {
            match #state {
                #(#arms)*
                _ => unreachable!("a finished generator is not resumed"),
            }
        };
        let machine = if jumps {
            quote!('machine: loop { #dispatch })
        } else {
            dispatch
        };
        quote! {
            #(#decls)*
            #(#extra)*
            #passing
            let mut #state = 0;
            Generator::new(move |mut resume: Resume<#s>| {
                #keep
                #machine
            })
        }
    }

    /// What `x = yield v` assigns: the value sent, as the send type says.
    pub(super) fn sent_value(&mut self, ty: Type) -> Code {
        let sent = self.own_name("sent");
        match &ty {
            Type::None => Code::new(quote!(()), Prec::Postfix, ty),
            Type::Optional(_) => Code::new(quote!(#sent.flatten()), Prec::Postfix, ty),
            t => {
                let name = t.python_name();
                let value = quote!(#sent.ok_or_else(|| molt_rt::generator::none_sent(#name)));
                self.try_(value, ty)
            }
        }
    }

    /// `g.send(v)`, `g.throw(e)`, `g.close()`.
    pub(super) fn generator_method(
        &mut self,
        recv: TokenStream,
        receiver: &Type,
        name: &str,
        args: &[ir::Expr],
        ty: Type,
    ) -> Code {
        match name {
            "send" if matches!(args[0].kind, ExprKind::None) => {
                self.try_(quote!(#recv.send_none()), ty)
            }
            "send" | "throw" => {
                let m = format_ident!("{}", name);
                let v = self.owned(&args[0]);
                self.try_(quote!(#recv.#m(#v)), ty)
            }
            // A plain iterator's close cannot raise.
            "close" if matches!(receiver, Type::Iterator(_)) => {
                Code::new(quote!(#recv.close()), Prec::Postfix, ty)
            }
            _ => self.try_(quote!(#recv.close()), ty),
        }
    }

    /// The `finally` blocks that a jump out of `loops` enclosing loops
    /// (a `return` for 0) passes, each run in the region around its `try`.
    fn run_finally_blocks(&mut self, loops: usize, m: &mut Machine, cur: &mut usize) {
        let passed: Vec<(Vec<ir::Stmt>, Option<usize>)> = m
            .finally
            .iter()
            .rev()
            .filter(|f| f.loops >= loops)
            .map(|f| (f.body.clone(), f.outer))
            .collect();
        for (body, outer) in passed {
            let b = m.block_in(outer);
            m.end(*cur, Term::Goto(b));
            let code = self.block(&body);
            m.blocks[b].code.push(code);
            *cur = b;
        }
    }

    /// A `try` statement that yields or returns, in a protocol generator:
    /// its body's region is the `except` dispatch (or the `finally` run
    /// while unwinding); the `finally` block is copied to each way out.
    fn split_try(
        &mut self,
        parts: TryParts,
        m: &mut Machine,
        cur: &mut usize,
        loops: &mut Vec<(usize, usize)>,
    ) {
        let TryParts {
            body,
            handlers,
            orelse,
            finalbody,
        } = parts;
        let caught = m
            .caught
            .clone()
            .expect("a protocol machine passes exceptions");
        let outer = m.region;
        let after = m.block();
        let unwinding = (!finalbody.is_empty()).then(|| m.block());
        m.region = unwinding.or(outer);
        let dispatch = (!handlers.is_empty()).then(|| m.block());
        m.region = dispatch.or(unwinding).or(outer);
        if !finalbody.is_empty() {
            m.finally.push(Finally {
                body: finalbody.to_vec(),
                outer,
                loops: loops.len(),
            });
        }
        let start = m.block();
        m.end(*cur, Term::Goto(start));
        let mut b = start;
        self.split(body, m, &mut b, loops);
        // `else` runs outside the handlers' reach.
        m.region = unwinding.or(outer);
        let e = m.block();
        m.end(b, Term::Goto(e));
        let mut b = e;
        self.split(orelse, m, &mut b, loops);
        let mut ends = vec![b];
        if let Some(d) = dispatch {
            let err = self.own_name("err");
            let (chain, _) = self.handler_chain(&err, handlers);
            m.blocks[d].code.push(quote! {
                let #err = #caught.take().expect("the handler receives the exception");
                #chain
            });
            if handlers.iter().all(|h| super::exceptions::leaves(&h.body)) {
                m.raw_targets.entry(d).or_default();
                m.end(d, Term::Raw(quote!()));
            } else {
                ends.push(d);
            }
        }
        if !finalbody.is_empty() {
            m.finally.pop();
        }
        m.region = outer;
        let Some(unwinding) = unwinding else {
            for b in ends {
                m.end(b, Term::Goto(after));
            }
            *cur = after;
            return;
        };
        let fin = m.block();
        for b in ends {
            m.end(b, Term::Goto(fin));
        }
        let code = self.block(finalbody);
        m.blocks[fin].code.push(code);
        m.end(fin, Term::Goto(after));
        // The exception's way out: `finally`, then raised again.
        let err = self.own_name("err");
        let code = self.block(finalbody);
        let code = super::exceptions::rewrite_unwinding(code, &err);
        let reraise = if super::exceptions::leaves(finalbody) {
            quote!()
        } else {
            quote!(return Err(#err);)
        };
        m.blocks[unwinding].code.push(quote! {
            let #err = #caught.take().expect("the finally block receives the exception");
            #code
            #reraise
        });
        m.raw_targets.entry(unwinding).or_default();
        m.end(unwinding, Term::Raw(quote!()));
        *cur = after;
    }

    /// `yield from it` in a protocol generator: a sub-generator is
    /// resumed as this one is (values sent and exceptions thrown pass
    /// through) and what it returns is stored in `into`; another iterator
    /// is iterated, and gives None.
    fn split_delegation(
        &mut self,
        iterable: &ir::Expr,
        into: Option<Place>,
        m: &mut Machine,
        cur: &mut usize,
    ) {
        let state = self.own_name("state");
        let (head, after) = (m.block(), m.block());
        let (h, a) = (
            proc_macro2::Literal::usize_unsuffixed(head),
            proc_macro2::Literal::usize_unsuffixed(after),
        );
        let store = |this: &mut Self, value: TokenStream, ty: Type| match &into {
            Some(place) => this.store(place, Code::place(value, ty)),
            None => quote!(),
        };
        let step = if let Type::Generator(_, sub_send, sub_ret) = &iterable.ty {
            let sub = self.own_name(&format!("delegate_{}", m.decls.len()));
            let t = self.ty(&iterable.ty);
            m.decls.push(quote!(let mut #sub: Option<#t> = None;));
            let made = self.owned(iterable);
            m.blocks[*cur].code.push(quote!(#sub = Some(#made);));
            let how = if m.send.as_ref() == Some(&**sub_send) {
                quote!(resume.take())
            } else {
                quote!(resume.take().without_value())
            };
            let returned = self.own_name("returned");
            let (pattern, stored) = match &into {
                Some(_) => (
                    quote!(#returned),
                    store(self, quote!(#returned), (**sub_ret).clone()),
                ),
                None => (quote!(_), quote!()),
            };
            quote! {
                match #sub.as_ref().expect("the sub-generator is set").delegate(#how) {
                    Step::Yield(item) => {
                        #state = #h;
                        return Step::Yield(item);
                    }
                    Step::Return(#pattern) => {
                        #stored
                        #state = #a;
                        continue 'machine;
                    }
                    Step::Raise(err) => return Err(err),
                }
            }
        } else {
            let (iter, item) = self.loop_iterator(iterable, m, cur);
            let stored = store(self, quote!(()), Type::None);
            quote! {
                resume.take().sent()?;
                match #iter.as_ref().expect("the iterator is set").next_opt()? {
                    Some(#item) => {
                        #state = #h;
                        return Step::Yield(#item);
                    }
                    None => {
                        #stored
                        #state = #a;
                        continue 'machine;
                    }
                }
            }
        };
        m.end(*cur, Term::Goto(head));
        m.raw_targets.entry(head).or_default().extend([head, after]);
        m.end(head, Term::Raw(step));
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

/// A branch's condition without the parentheses rustc finds unneeded
/// around a condition or `let` value, and whether it is a block
/// (`{ let a = ..; a < b }`), which clippy asks to bind before the `if`.
fn condition(c: &TokenStream) -> (TokenStream, bool) {
    let expr = match syn::parse2::<syn::Expr>(c.clone()) {
        Ok(syn::Expr::Paren(p)) => *p.expr,
        Ok(e) => e,
        Err(_) => return (c.clone(), false),
    };
    let block = matches!(expr, syn::Expr::Block(_));
    (quote!(#expr), block)
}
