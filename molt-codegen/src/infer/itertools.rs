//! The result types of the itertools functions that build rows, groups
//! and copies: tuples whose length the program fixes, and iterators.

use super::Walker;
use crate::ir::{self, Builtin, ExprKind};
use crate::types::Type;

/// The longest row the runtime builds (`molt_rt::itertools::Row`).
const MAX_ROW: usize = 8;

impl Walker<'_> {
    /// `None` for a builtin this module does not type.
    pub(super) fn itertools_result(
        &mut self,
        func: Builtin,
        args: &[ir::Expr],
        types: &[Type],
        kwargs: &[(String, ir::Expr)],
    ) -> Option<Result<Type, String>> {
        let kwarg = |k: &str| ir::kwarg(kwargs, k);
        Some(match func {
            Builtin::Permutations
            | Builtin::Combinations
            | Builtin::CombinationsWithReplacement => self.selections(func, args, types),
            Builtin::Product => self.product(types, kwarg("repeat")),
            Builtin::Accumulate => match types {
                [it, Type::Func(sig)] if sig.params.len() == 2 => item(it).and_then(|item| {
                    let initial = kwarg("initial").map(|i| i.ty.clone());
                    let fits = self.u.unify(&sig.params[0], &item).is_ok()
                        && self.u.unify(&sig.params[1], &item).is_ok()
                        && self.u.unify(&sig.ret, &item).is_ok()
                        && initial.is_none_or(|i| self.u.unify(&i, &item).is_ok());
                    if fits {
                        Ok(Type::Iterator(Box::new(item)))
                    } else {
                        Err(
                            "accumulate() needs a function and an initial value of the items' type"
                                .into(),
                        )
                    }
                }),
                _ => Err("accumulate() takes an iterable and a function of two arguments".into()),
            },
            Builtin::Groupby => match types {
                [it, Type::Func(sig)] if sig.params.len() == 1 => item(it).and_then(|item| {
                    self.u
                        .unify(&sig.params[0], &item)
                        .map_err(|_| "groupby()'s key must take the items".to_string())?;
                    let group = Type::Iterator(Box::new(item));
                    Ok(Type::Iterator(Box::new(Type::Tuple(vec![
                        sig.ret.clone(),
                        group,
                    ]))))
                }),
                _ => Err("groupby() takes an iterable and a key function".into()),
            },
            Builtin::Takewhile | Builtin::Dropwhile => match types {
                [Type::Func(sig), it] if sig.params.len() == 1 => item(it).and_then(|item| {
                    let fits = self.u.unify(&sig.params[0], &item).is_ok()
                        && self.u.unify(&sig.ret, &Type::Bool).is_ok();
                    if fits {
                        Ok(Type::Iterator(Box::new(item)))
                    } else {
                        Err("the predicate must take the items".into())
                    }
                }),
                _ => Err("takewhile() and dropwhile() take a predicate and an iterable".into()),
            },
            Builtin::ZipLongest => self.zip_longest(types, kwarg("fillvalue")),
            Builtin::Tee => match (types, args.get(1)) {
                ([it], None) => item(it).and_then(|i| row(Type::Iterator(Box::new(i)), 2)),
                ([it, Type::Int], Some(n)) => match n.literal_usize() {
                    Some(n) => item(it).and_then(|i| row(Type::Iterator(Box::new(i)), n)),
                    None => Err("tee()'s count must be a literal int here".into()),
                },
                _ => Err("tee() takes an iterable and a count".into()),
            },
            Builtin::ChainFromIterable => match types {
                [outer] => item(outer)
                    .and_then(|part| item(&part))
                    .map(|i| Type::Iterator(Box::new(i))),
                _ => Err("chain.from_iterable() takes one iterable of iterables".into()),
            },
            _ => return None,
        })
    }

    /// `permutations(it, r)`, `combinations(it, r)`: rows of `r` items.
    fn selections(
        &mut self,
        func: Builtin,
        args: &[ir::Expr],
        types: &[Type],
    ) -> Result<Type, String> {
        let name = format!("{func:?}").to_lowercase();
        let (it, r) = match (types, args) {
            ([it], [a]) if func == Builtin::Permutations => match static_len(a) {
                Some(n) => (it, n),
                None => {
                    return Err(
                        "permutations() of an iterable whose length Molt cannot see needs r".into(),
                    )
                }
            },
            ([it, Type::Int], [_, r]) => match r.literal_usize() {
                Some(n) => (it, n),
                None => {
                    return Err(format!(
                        "{name}()'s r must be a literal non-negative int here"
                    ))
                }
            },
            _ => return Err(format!("{name}() takes an iterable and a length r")),
        };
        item(it).and_then(|i| row(i, r))
    }

    /// `product(*pools, repeat=n)`: one item from each pool per row.
    fn product(&mut self, types: &[Type], repeat: Option<&ir::Expr>) -> Result<Type, String> {
        let repeat = match repeat {
            None => 1,
            Some(r) => r
                .literal_usize()
                .ok_or("product()'s repeat must be a literal int here")?,
        };
        let items = types.iter().map(item).collect::<Result<Vec<_>, _>>()?;
        let alike = items
            .windows(2)
            .all(|w| self.u.resolve(&w[0]) == self.u.resolve(&w[1]))
            || (items.iter().any(Type::is_var)
                && items.iter().all(|i| self.u.unify(i, &items[0]).is_ok()));
        if alike {
            let row: Vec<Type> = (0..repeat).flat_map(|_| items.iter().cloned()).collect();
            if row.len() > MAX_ROW {
                return Err(format!(
                    "product() rows longer than {MAX_ROW} are not supported"
                ));
            }
            return Ok(Type::Iterator(Box::new(Type::Tuple(row))));
        }
        match items.as_slice() {
            [a, b] if repeat == 1 => Ok(Type::Iterator(Box::new(Type::Tuple(vec![
                a.clone(),
                b.clone(),
            ])))),
            _ => Err("product() of more than two kinds of items is not supported".into()),
        }
    }

    /// `zip_longest(*its, fillvalue=f)`: rows padded with `f` (or None).
    fn zip_longest(&mut self, types: &[Type], fill: Option<&ir::Expr>) -> Result<Type, String> {
        let items = types.iter().map(item).collect::<Result<Vec<_>, _>>()?;
        let Some(first) = items.first() else {
            return Ok(Type::Iterator(Box::new(Type::Tuple(Vec::new()))));
        };
        let mut all = items.iter().collect::<Vec<_>>();
        let fill_ty = fill.map(|f| f.ty.clone());
        all.extend(fill_ty.as_ref());
        if !all.iter().all(|i| self.u.unify(i, first).is_ok()) {
            return Err("zip_longest() of iterables with different item types (or another fillvalue type) is not supported".into());
        }
        let cell = match fill {
            Some(_) => first.clone(),
            None => Type::Optional(Box::new(first.clone())),
        };
        row(cell, items.len())
    }
}

fn item(t: &Type) -> Result<Type, String> {
    t.element()
        .ok_or_else(|| format!("'{}' object is not iterable", t.class_name()))
}

/// An iterator of tuples of `n` values of type `cell`.
fn row(cell: Type, n: usize) -> Result<Type, String> {
    if n > MAX_ROW {
        return Err(format!("rows longer than {MAX_ROW} are not supported"));
    }
    Ok(Type::Iterator(Box::new(Type::Tuple(vec![cell; n]))))
}

/// How many items a list, tuple or string literal has.
fn static_len(e: &ir::Expr) -> Option<usize> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => Some(items.len()),
        ExprKind::Str(s) => Some(s.chars().count()),
        _ => None,
    }
}
