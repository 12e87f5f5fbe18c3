//! The itertools and functools functions: calls into
//! `molt_rt::itertools` and `molt_rt::functools`, with the row types the
//! program fixes spelled out (`combinations::<_, (Int, Int)>`).

use super::{Code, Emitter, Prec};
use crate::ir::{self, Builtin, ExprKind};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// `None` for the builtins that are not from itertools or functools.
    pub(super) fn itertools_builtin(
        &mut self,
        func: Builtin,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: &Type,
    ) -> Option<Code> {
        let ty = ty.clone();
        let kwarg = |k: &str| ir::kwarg(kwargs, k);
        Some(match func {
            Builtin::Count => {
                let int = self.int_type();
                let start = match args.first() {
                    Some(a) => self.owned(a),
                    None => quote!(#int::from(0)),
                };
                let step = match args.get(1) {
                    Some(a) => self.owned(a),
                    None => quote!(#int::from(1)),
                };
                Code::new(
                    quote!(molt_rt::itertools::count(#start, #step)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Islice => {
                let it = self.as_iterator(&args[0]);
                let bound = |e: &mut Self, a: Option<&ir::Expr>| match a {
                    None => quote!(None),
                    Some(a) if a.ty == Type::None => quote!(None),
                    Some(a) => {
                        let v = e.operand_ref(a);
                        quote!(Some(#v))
                    }
                };
                let (start, stop, step) = match &args[1..] {
                    [stop] => (quote!(None), bound(self, Some(stop)), quote!(None)),
                    [start, stop] => (
                        bound(self, Some(start)),
                        bound(self, Some(stop)),
                        quote!(None),
                    ),
                    [start, stop, step] => (
                        bound(self, Some(start)),
                        bound(self, Some(stop)),
                        bound(self, Some(step)),
                    ),
                    _ => unreachable!("inference checks islice's arguments"),
                };
                self.try_(
                    quote!(molt_rt::itertools::islice(#it, #start, #stop, #step)),
                    ty,
                )
            }
            Builtin::Chain => {
                let parts: Vec<TokenStream> = args.iter().map(|a| self.as_iterator(a)).collect();
                Code::new(
                    quote!(molt_rt::itertools::chain(vec![#(#parts),*])),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Repeat => {
                let v = self.owned(&args[0]);
                let n = match args.get(1) {
                    Some(n) => {
                        let n = self.operand_ref(n);
                        quote!(Some(#n))
                    }
                    None => quote!(None),
                };
                Code::new(
                    quote!(molt_rt::itertools::repeat(#v, #n)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Cycle | Builtin::Pairwise => {
                let it = self.as_iterator(&args[0]);
                let f = if func == Builtin::Cycle {
                    quote!(cycle)
                } else {
                    quote!(pairwise)
                };
                Code::new(quote!(molt_rt::itertools::#f(#it)), Prec::Postfix, ty)
            }
            Builtin::Reduce => {
                let f = self.owned(&args[0]);
                let items = self.as_iterator(&args[1]);
                match args.get(2) {
                    Some(initial) => {
                        let initial = self.owned(initial);
                        self.try_(quote!(molt_rt::functools::fold(#f, #items, #initial)), ty)
                    }
                    None => self.try_(quote!(molt_rt::functools::reduce(#f, #items)), ty),
                }
            }
            Builtin::Permutations
            | Builtin::Combinations
            | Builtin::CombinationsWithReplacement => {
                let it = self.as_iterator(&args[0]);
                let row = self.row_type(&ty);
                let f = match func {
                    Builtin::Permutations => quote!(permutations),
                    Builtin::Combinations => quote!(combinations),
                    _ => quote!(combinations_with_replacement),
                };
                self.try_(quote!(molt_rt::itertools::#f::<_, #row>(#it)), ty)
            }
            Builtin::Product => {
                let Type::Iterator(row) = &ty else {
                    return None;
                };
                let Type::Tuple(cells) = &**row else {
                    return None;
                };
                let pools: Vec<TokenStream> = args.iter().map(|a| self.as_iterator(a)).collect();
                if cells.windows(2).any(|w| w[0] != w[1]) {
                    let (a, b) = (&pools[0], &pools[1]);
                    return Some(self.try_(quote!(molt_rt::itertools::product2(#a, #b)), ty));
                }
                let repeat = match kwarg("repeat") {
                    Some(r) => r.literal_usize()?,
                    None => 1,
                };
                let row = self.ty(row);
                let pools = if pools.is_empty() {
                    quote!(Vec::<molt_rt::PyIter<()>>::new())
                } else {
                    quote!(vec![#(#pools),*])
                };
                let cell = if cells.is_empty() {
                    quote!(())
                } else {
                    quote!(_)
                };
                self.try_(
                    quote!(molt_rt::itertools::product::<#cell, #row>(#pools, #repeat)),
                    ty,
                )
            }
            Builtin::Accumulate => {
                let it = self.as_iterator(&args[0]);
                let f = self.owned(&args[1]);
                let initial = match kwarg("initial") {
                    Some(i) => {
                        let i = self.owned(i);
                        quote!(Some(#i))
                    }
                    None => quote!(None),
                };
                Code::new(
                    quote!(molt_rt::itertools::accumulate(#it, #f, #initial)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Groupby => {
                let it = self.as_iterator(&args[0]);
                let key = self.owned(&args[1]);
                Code::new(
                    quote!(molt_rt::itertools::groupby(#it, #key)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::Takewhile | Builtin::Dropwhile => {
                let pred = self.owned(&args[0]);
                let it = self.as_iterator(&args[1]);
                let f = if func == Builtin::Takewhile {
                    quote!(takewhile)
                } else {
                    quote!(dropwhile)
                };
                Code::new(
                    quote!(molt_rt::itertools::#f(#pred, #it)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::ZipLongest => {
                let row = self.row_type(&ty);
                let its: Vec<TokenStream> = args.iter().map(|a| self.as_iterator(a)).collect();
                let call = match kwarg("fillvalue") {
                    Some(fill) => {
                        let fill = self.owned(fill);
                        quote!(molt_rt::itertools::zip_longest::<_, #row>(vec![#(#its),*], #fill))
                    }
                    None => {
                        quote!(molt_rt::itertools::zip_longest_padded::<_, #row>(vec![#(#its),*]))
                    }
                };
                Code::new(call, Prec::Postfix, ty)
            }
            Builtin::Tee => {
                let it = self.as_iterator(&args[0]);
                let copies = self.ty(&ty);
                Code::new(
                    quote!(molt_rt::itertools::tee::<_, #copies>(#it)),
                    Prec::Postfix,
                    ty,
                )
            }
            Builtin::ChainFromIterable => {
                let parts = self.as_iterator(&args[0]);
                let part_ty = args[0].ty.element()?;
                let name = self.own_name("part");
                let part = ir::Expr::new(ExprKind::Local(name.to_string()), part_ty, args[0].span);
                let items = self.as_iterator(&part);
                Code::new(
                    quote!(molt_rt::itertools::chain_from_iterable(#parts, |#name| #items)),
                    Prec::Postfix,
                    ty,
                )
            }
            _ => return None,
        })
    }

    /// The Rust tuple type of the rows an iterator of tuples yields.
    fn row_type(&mut self, ty: &Type) -> TokenStream {
        match ty {
            Type::Iterator(row) => self.ty(row),
            other => self.ty(other),
        }
    }
}
