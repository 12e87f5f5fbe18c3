//! The `itertools` functions that transform one stream as it is read:
//! `accumulate`, `groupby`, `takewhile`, `dropwhile`, `zip_longest`, `tee`
//! and `chain.from_iterable`.

use super::Row;
use crate::exc::PyResult;
use crate::iter::PyIter;
use crate::shared::{Func1, Func2};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// `accumulate(it, func, initial=...)`: running results of `func`.
pub fn accumulate<T: Clone + 'static>(
    it: PyIter<T>,
    func: Func2<T, T, T>,
    initial: Option<T>,
) -> PyIter<T> {
    let mut total: Option<T> = None;
    let mut first = initial;
    PyIter::fallible(std::iter::from_fn(move || {
        if let Some(start) = first.take() {
            total = Some(start.clone());
            return Some(Ok(start));
        }
        let item = match it.next_opt() {
            Ok(Some(item)) => item,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        let next = match total.take() {
            None => Ok(item),
            Some(acc) => func(acc, item),
        };
        Some(next.inspect(|v| total = Some(v.clone())))
    }))
}

/// `takewhile(pred, it)`.
pub fn takewhile<T: Clone + 'static>(pred: Func1<T, bool>, it: PyIter<T>) -> PyIter<T> {
    let mut done = false;
    PyIter::fallible(std::iter::from_fn(move || {
        if done {
            return None;
        }
        let item = match it.next_opt() {
            Ok(Some(item)) => item,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        match pred(item.clone()) {
            Ok(true) => Some(Ok(item)),
            Ok(false) => {
                done = true;
                None
            }
            Err(e) => Some(Err(e)),
        }
    }))
}

/// `dropwhile(pred, it)`.
pub fn dropwhile<T: Clone + 'static>(pred: Func1<T, bool>, it: PyIter<T>) -> PyIter<T> {
    let mut dropping = true;
    PyIter::fallible(std::iter::from_fn(move || loop {
        let item = match it.next_opt() {
            Ok(Some(item)) => item,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        if dropping {
            match pred(item.clone()) {
                Ok(true) => continue,
                Ok(false) => dropping = false,
                Err(e) => return Some(Err(e)),
            }
        }
        return Some(Ok(item));
    }))
}

/// What a `groupby` and its groups share: the source, one item of
/// lookahead with its key, and which group is current.
struct Grouping<T, K> {
    source: PyIter<T>,
    key: Func1<T, K>,
    ahead: Option<(K, T)>,
    exhausted: bool,
    group: usize,
}

impl<T: Clone, K> Grouping<T, K> {
    /// Reads one item into the lookahead.
    fn advance(&mut self) -> PyResult<()> {
        self.ahead = None;
        match self.source.next_opt()? {
            Some(item) => self.ahead = Some(((self.key)(item.clone())?, item)),
            None => self.exhausted = true,
        }
        Ok(())
    }
}

/// `groupby(it, key)`: runs of items with equal keys. As in CPython,
/// moving to the next group leaves the previous group's iterator empty.
pub fn groupby<T: Clone + 'static, K: Clone + PartialEq + 'static>(
    it: PyIter<T>,
    key: Func1<T, K>,
) -> PyIter<(K, PyIter<T>)> {
    let state = Rc::new(RefCell::new(Grouping {
        source: it,
        key,
        ahead: None,
        exhausted: false,
        group: 0,
    }));
    let mut current: Option<K> = None;
    PyIter::fallible(std::iter::from_fn(move || {
        let mut s = state.borrow_mut();
        // Skip what is left of the current group.
        loop {
            if s.ahead.is_none() && !s.exhausted {
                if let Err(e) = s.advance() {
                    return Some(Err(e));
                }
            }
            match (&s.ahead, &current) {
                (None, _) => return None,
                (Some((k, _)), Some(c)) if k == c => {
                    if let Err(e) = s.advance() {
                        return Some(Err(e));
                    }
                }
                (Some((k, _)), _) => {
                    let k = k.clone();
                    current = Some(k.clone());
                    s.group += 1;
                    let id = s.group;
                    let shared = Rc::clone(&state);
                    let group = PyIter::fallible(std::iter::from_fn(move || {
                        let mut s = shared.borrow_mut();
                        if s.group != id {
                            return None;
                        }
                        if s.ahead.is_none() && !s.exhausted {
                            if let Err(e) = s.advance() {
                                return Some(Err(e));
                            }
                        }
                        match s.ahead.take() {
                            Some((ik, item)) if ik == k => Some(Ok(item)),
                            other => {
                                s.ahead = other;
                                None
                            }
                        }
                    }));
                    return Some(Ok((current.clone()?, group)));
                }
            }
        }
    }))
}

/// `zip_longest(*its, fillvalue=fill)` over iterators of one item type.
pub fn zip_longest<T: Clone + 'static, R: Row<T> + 'static>(
    its: Vec<PyIter<T>>,
    fill: T,
) -> PyIter<R> {
    let mut live: Vec<Option<PyIter<T>>> = its.into_iter().map(Some).collect();
    PyIter::fallible(std::iter::from_fn(move || {
        let mut row = Vec::with_capacity(live.len());
        for slot in live.iter_mut() {
            let item = match slot.as_ref().map(PyIter::next_opt) {
                Some(Ok(Some(item))) => Some(item),
                Some(Err(e)) => return Some(Err(e)),
                Some(Ok(None)) | None => None,
            };
            if item.is_none() {
                *slot = None;
            }
            row.push(item);
        }
        if row.iter().all(Option::is_none) {
            return None;
        }
        let row: Vec<T> = row
            .into_iter()
            .map(|item| item.unwrap_or_else(|| fill.clone()))
            .collect();
        Some(Ok(R::from_items(&row)))
    }))
}

/// `zip_longest(*its)`: rows padded with None.
pub fn zip_longest_padded<T: Clone + 'static, R: Row<Option<T>> + 'static>(
    its: Vec<PyIter<T>>,
) -> PyIter<R> {
    let wrapped = its
        .into_iter()
        .map(|it| PyIter::fallible(it.map(|item| item.map(Some))))
        .collect();
    zip_longest(wrapped, None)
}

/// What `tee`'s iterators share: the source and, per iterator, the items
/// read from it that this iterator has not yet returned.
struct Tee<T> {
    source: PyIter<T>,
    queues: Vec<VecDeque<T>>,
}

/// `tee(it, n)`: `n` independent iterators over the items of `it`.
pub fn tee<T: Clone + 'static, R: Row<PyIter<T>>>(it: PyIter<T>) -> R {
    let shared = Rc::new(RefCell::new(Tee {
        source: it,
        queues: vec![VecDeque::new(); R::LEN],
    }));
    let copies: Vec<PyIter<T>> = (0..R::LEN)
        .map(|me| {
            let shared = Rc::clone(&shared);
            PyIter::fallible(std::iter::from_fn(move || {
                let mut t = shared.borrow_mut();
                if let Some(item) = t.queues[me].pop_front() {
                    return Some(Ok(item));
                }
                match t.source.next_opt() {
                    Ok(Some(item)) => {
                        for (i, q) in t.queues.iter_mut().enumerate() {
                            if i != me {
                                q.push_back(item.clone());
                            }
                        }
                        Some(Ok(item))
                    }
                    Ok(None) => None,
                    Err(e) => Some(Err(e)),
                }
            }))
        })
        .collect();
    R::from_items(&copies)
}

/// `chain.from_iterable(parts)`: the items of each part in turn, each
/// part turned into an iterator only when reached.
pub fn chain_from_iterable<P: 'static, T: 'static>(
    parts: PyIter<P>,
    iterate: impl Fn(P) -> PyIter<T> + 'static,
) -> PyIter<T> {
    let mut current: Option<PyIter<T>> = None;
    PyIter::fallible(std::iter::from_fn(move || loop {
        if let Some(part) = current.as_ref() {
            match part.next_opt() {
                Ok(Some(item)) => return Some(Ok(item)),
                Ok(None) => current = None,
                Err(e) => return Some(Err(e)),
            }
        }
        match parts.next_opt() {
            Ok(Some(p)) => current = Some(iterate(p)),
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::Function;

    fn ints(v: &'static [i64]) -> PyIter<i64> {
        PyIter::new(v.iter().copied())
    }

    fn list<T>(it: PyIter<T>) -> Vec<T> {
        it.map(|r| r.unwrap_or_else(|_| unreachable!())).collect()
    }

    #[test]
    fn accumulate_and_whiles() {
        let add: Func2<i64, i64, i64> = Function::new("add", Rc::new(|a, b| Ok(a + b)));
        assert_eq!(
            list(accumulate(ints(&[1, 2, 3]), add.clone(), None)),
            [1, 3, 6]
        );
        assert_eq!(list(accumulate(ints(&[1, 2]), add, Some(10))), [10, 11, 13]);
        let small: Func1<i64, bool> = Function::new("small", Rc::new(|x| Ok(x < 3)));
        assert_eq!(list(takewhile(small.clone(), ints(&[1, 2, 5, 1]))), [1, 2]);
        assert_eq!(list(dropwhile(small, ints(&[1, 2, 5, 1]))), [5, 1]);
    }

    #[test]
    fn groupby_runs_and_stale_groups() {
        let id: Func1<i64, i64> = Function::new("id", Rc::new(Ok));
        let groups = list(groupby(ints(&[5, 5, 6, 6, 6, 5]), id.clone()));
        let keys: Vec<i64> = groups.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, [5, 6, 5]);
        // Read after the outer iterator moved on: empty, as in CPython.
        assert!(list(groups[0].1.clone()).is_empty());
        let mut outer = groupby(ints(&[1, 1, 2]), id);
        let (_, first) = outer.next().unwrap().unwrap();
        assert_eq!(list(first), [1, 1]);
    }

    #[test]
    fn zip_longest_tee_chain() {
        let z: Vec<(i64, i64)> = list(zip_longest(vec![ints(&[1, 2, 3]), ints(&[4])], 0));
        assert_eq!(z, [(1, 4), (2, 0), (3, 0)]);
        let (a, b): (PyIter<i64>, PyIter<i64>) = tee(ints(&[1, 2, 3]));
        assert_eq!(a.next_item().unwrap(), 1);
        assert_eq!(list(b), [1, 2, 3]);
        assert_eq!(list(a), [2, 3]);
        let parts = PyIter::new(vec![vec![1, 2], vec![], vec![3]].into_iter());
        let flat = chain_from_iterable(parts, |p: Vec<i64>| PyIter::new(p.into_iter()));
        assert_eq!(list(flat), [1, 2, 3]);
    }
}
