//! Calls of `math` functions: `molt_std::math::sqrt(x)?`, with each
//! argument converted as CPython converts it (an int to a float, raising
//! OverflowError when it is too large).

use super::{Code, Emitter, Prec};
use crate::ir;
use crate::math::{MathFn, Shape};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    pub(super) fn math_call(
        &mut self,
        func: MathFn,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: Type,
    ) -> Code {
        let f = format_ident!("{}", func.name());
        let path = quote!(molt_std::math::#f);
        match func.shape() {
            Shape::FloatRaises | Shape::Float2Raises => {
                let args = self.reals(args);
                self.try_(quote!(#path(#(#args),*)), ty)
            }
            Shape::Float | Shape::Float2 => {
                let args = self.reals(args);
                Code::new(quote!(#path(#(#args),*)), Prec::Postfix, ty)
            }
            Shape::Log => {
                let mut logs = args.iter().map(|a| self.log_arg(a));
                let x = logs.next().unwrap_or_default();
                let call = match (func, logs.next()) {
                    (MathFn::Log, Some(base)) => quote!(#path(#x, Some(#base))),
                    (MathFn::Log, None) => quote!(#path(#x, None)),
                    _ => quote!(#path(#x)),
                };
                self.try_(call, ty)
            }
            Shape::Rounding if matches!(args[0].ty, Type::Int | Type::Bool) => {
                // An int is its own floor, ceiling and truncation.
                let n = self.int_owned(&args[0]);
                Code::new(n, Prec::Postfix, ty)
            }
            Shape::Rounding | Shape::Ldexp => {
                let x = self.float_operand(&args[0]).ts;
                match args.get(1) {
                    Some(i) => {
                        let i = self.operand_ref(i);
                        self.try_(quote!(#path(#x, #i)), ty)
                    }
                    None => self.try_(quote!(#path(#x)), ty),
                }
            }
            Shape::IntRaises | Shape::Comb => {
                let ints: Vec<TokenStream> = args.iter().map(|a| self.operand_ref(a)).collect();
                self.try_(quote!(#path(#(#ints),*)), ty)
            }
            Shape::Perm => {
                let n = self.operand_ref(&args[0]);
                let k = match args.get(1) {
                    Some(k) => {
                        let k = self.operand_ref(k);
                        quote!(Some(#k))
                    }
                    None => quote!(None),
                };
                self.try_(quote!(#path(#n, #k)), ty)
            }
            Shape::IntVariadic => {
                let ints: Vec<TokenStream> = args.iter().map(|a| self.int_owned(a)).collect();
                Code::new(quote!(#path(&[#(#ints),*])), Prec::Postfix, ty)
            }
            Shape::Hypot => {
                let args = self.reals(args);
                Code::new(quote!(#path(&[#(#args),*])), Prec::Postfix, ty)
            }
            Shape::Predicate => {
                let x = self.float_operand(&args[0]).ts;
                let method = match func {
                    MathFn::Isnan => quote!(is_nan),
                    MathFn::Isinf => quote!(is_infinite),
                    _ => quote!(is_finite),
                };
                // Called as a function: a float literal's type is then known.
                Code::new(quote!(f64::#method(#x)), Prec::Postfix, ty)
            }
            Shape::IsClose => {
                let args = self.reals(args);
                let tolerance = |this: &mut Self, name: &str, default: TokenStream| match kwargs
                    .iter()
                    .find(|(k, _)| k == name)
                {
                    Some((_, v)) => this.float_operand(v).ts,
                    None => default,
                };
                let rel = tolerance(self, "rel_tol", quote!(1e-09));
                let abs = tolerance(self, "abs_tol", quote!(0.0));
                self.try_(quote!(#path(#(#args),*, #rel, #abs)), ty)
            }
            Shape::Fsum => {
                let items = self.float_items(&args[0]);
                self.try_(quote!(#path(#items)), ty)
            }
            Shape::Prod => {
                let start = kwargs.iter().find(|(k, _)| k == "start").map(|(_, v)| v);
                if ty == Type::Float {
                    let items = self.float_items(&args[0]);
                    let start = match start {
                        Some(s) => self.float_operand(s).ts,
                        None => quote!(1.0),
                    };
                    Code::new(
                        quote!(molt_std::math::prod_float(#items, #start)),
                        Prec::Postfix,
                        ty,
                    )
                } else {
                    let it = self.iterate(&args[0], false).ts;
                    let int = self.int_type();
                    let items = if args[0].ty.element() == Some(Type::Bool) {
                        quote!(#it.map(#int::from))
                    } else {
                        it
                    };
                    let start = match start {
                        Some(s) => self.int_owned(s),
                        None => quote!(#int::from(1)),
                    };
                    Code::new(
                        quote!(molt_std::math::prod_int(#items, #start)),
                        Prec::Postfix,
                        ty,
                    )
                }
            }
            Shape::Modf | Shape::Frexp => {
                let x = self.float_operand(&args[0]).ts;
                Code::new(quote!(#path(#x)), Prec::Postfix, ty)
            }
        }
    }

    /// An iterable of real numbers as an iterator of `f64`s; ints are
    /// converted first, so one too large raises before any is used.
    fn float_items(&mut self, iterable: &ir::Expr) -> TokenStream {
        let it = self.iterate(iterable, false).ts;
        match iterable.ty.element() {
            Some(Type::Float) => it,
            Some(Type::Bool) => quote!(#it.map(f64::from)),
            _ => {
                self.uses.insert("PyResult");
                let items = self
                    .try_(
                        quote!(#it.map(|x| x.to_f64()).collect::<PyResult<Vec<f64>>>()),
                        Type::None,
                    )
                    .ts;
                quote!(#items.into_iter())
            }
        }
    }

    /// Real-number arguments as `f64`s.
    pub(super) fn reals(&mut self, args: &[ir::Expr]) -> Vec<TokenStream> {
        args.iter().map(|a| self.float_operand(a).ts).collect()
    }

    /// An int or bool argument as an owned `Int`.
    fn int_owned(&mut self, e: &ir::Expr) -> TokenStream {
        if e.ty == Type::Bool {
            let int = self.int_type();
            let b = self.expr(e).at(Prec::Block);
            return quote!(#int::from(#b));
        }
        self.owned(e)
    }

    /// A `log` argument: an int keeps its exact value.
    fn log_arg(&mut self, e: &ir::Expr) -> TokenStream {
        match e.ty {
            Type::Int => {
                let n = self.operand_ref(e);
                quote!(molt_std::math::LogArg::Int(#n))
            }
            _ => {
                let x = self.float_operand(e).ts;
                quote!(molt_std::math::LogArg::Float(#x))
            }
        }
    }
}
