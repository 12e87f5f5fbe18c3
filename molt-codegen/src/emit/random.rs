//! Calls of `random` functions: `molt_std::random::randint(&a, &b)?`,
//! each drawing from the module's one generator.

use super::{Code, Emitter, Prec};
use crate::ir;
use crate::random::RandomFn;
use crate::types::Type;
use quote::{format_ident, quote};

impl Emitter<'_> {
    pub(super) fn random_call(&mut self, func: RandomFn, args: &[ir::Expr], ty: Type) -> Code {
        let f = format_ident!("{}", func.name());
        let path = quote!(molt_std::random::#f);
        let plain = |ts| Code::new(ts, Prec::Postfix, ty.clone());
        match func {
            RandomFn::Seed => match args.first() {
                Some(a) if a.ty != Type::None => {
                    let a = self.operand_ref(a);
                    plain(quote!(#path(#a)))
                }
                _ => plain(quote!(molt_std::random::seed_from_entropy())),
            },
            RandomFn::Random => plain(quote!(#path())),
            RandomFn::Getrandbits | RandomFn::Randint => {
                let ints: Vec<_> = args.iter().map(|a| self.operand_ref(a)).collect();
                self.try_(quote!(#path(#(#ints),*)), ty)
            }
            RandomFn::Randrange => {
                let mut ints = args.iter().map(|a| self.operand_ref(a));
                let start = ints.next().unwrap_or_default();
                let stop = ints.next().map_or(quote!(None), |s| quote!(Some(#s)));
                let step = ints.next().map_or(quote!(None), |s| quote!(Some(#s)));
                self.try_(quote!(#path(#start, #stop, #step)), ty)
            }
            RandomFn::Choice => {
                let seq = self.operand_ref(&args[0]);
                let call = match args[0].ty {
                    Type::Str => quote!(molt_std::random::choice_char(#seq)),
                    Type::Range => quote!(molt_std::random::choice_range(#seq)),
                    _ => quote!(#path(#seq)),
                };
                self.try_(call, ty)
            }
            RandomFn::Shuffle => {
                let list = self.operand_ref(&args[0]);
                plain(quote!(#path(#list)))
            }
            RandomFn::Sample => {
                let population = self.operand_ref(&args[0]);
                let k = self.operand_ref(&args[1]);
                let call = match args[0].ty {
                    Type::Range => quote!(molt_std::random::sample_range(#population, #k)),
                    _ => quote!(#path(#population, #k)),
                };
                self.try_(call, ty)
            }
            RandomFn::Uniform | RandomFn::Gauss | RandomFn::Normalvariate => {
                let mut reals = self.reals(args);
                // Gauss's defaults, for the arguments left out at the end.
                let defaults = [quote!(0.0), quote!(1.0)];
                reals.extend(defaults[reals.len().min(2)..].iter().cloned());
                plain(quote!(#path(#(#reals),*)))
            }
            RandomFn::Triangular => {
                let mut reals = self.reals(args).into_iter();
                let low = reals.next().unwrap_or(quote!(0.0));
                let high = reals.next().unwrap_or(quote!(1.0));
                let mode = reals.next().map_or(quote!(None), |m| quote!(Some(#m)));
                plain(quote!(#path(#low, #high, #mode)))
            }
            RandomFn::Expovariate => {
                let lambd = self.reals(args).pop().unwrap_or(quote!(1.0));
                self.try_(quote!(#path(#lambd)), ty)
            }
        }
    }
}
