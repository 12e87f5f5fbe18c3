//! `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`: CPython's orders, over pools read whole
//! when the iterator is made (as CPython reads them).
//!
//! The tuples they yield have a length fixed by the program, so the result
//! type is a Rust tuple (`(Int, Int)`) and its length is the `r` argument.

use crate::empty_tuple::EmptyTuple;
use crate::exc::PyResult;
use crate::iter::PyIter;

/// A tuple of `LEN` items of one type, built from a slice of them.
pub trait Row<T>: Sized {
    const LEN: usize;
    fn from_items(items: &[T]) -> Self;
}

macro_rules! rows {
    ($($len:literal: ($($i:tt),*);)*) => {$(
        impl<T: Clone> Row<T> for ($(rows!(@ty $i T),)*) {
            const LEN: usize = $len;
            fn from_items(items: &[T]) -> Self {
                ($(items[$i].clone(),)*)
            }
        }
    )*};
    (@ty $i:tt $t:ident) => { $t };
}

impl<T> Row<T> for EmptyTuple {
    const LEN: usize = 0;
    fn from_items(_: &[T]) -> Self {
        EmptyTuple
    }
}

rows! {
    1: (0);
    2: (0, 1);
    3: (0, 1, 2);
    4: (0, 1, 2, 3);
    5: (0, 1, 2, 3, 4);
    6: (0, 1, 2, 3, 4, 5);
    7: (0, 1, 2, 3, 4, 5, 6);
    8: (0, 1, 2, 3, 4, 5, 6, 7);
}

fn read_pool<T>(it: PyIter<T>) -> PyResult<Vec<T>> {
    it.collect()
}

/// Index vectors in CPython's order, each turned into a row.
fn rows_of<T: Clone + 'static, R: Row<T> + 'static>(
    pool: Vec<T>,
    mut indices: Option<Vec<usize>>,
    advance: impl Fn(&mut Vec<usize>) -> bool + 'static,
) -> PyIter<R> {
    PyIter::new(std::iter::from_fn(move || {
        let current = indices.take()?;
        let items: Vec<T> = current.iter().map(|&i| pool[i].clone()).collect();
        let mut next = current;
        if advance(&mut next) {
            indices = Some(next);
        }
        Some(R::from_items(&items))
    }))
}

/// `combinations(it, r)`, with `r` the row length.
pub fn combinations<T: Clone + 'static, R: Row<T> + 'static>(it: PyIter<T>) -> PyResult<PyIter<R>> {
    let pool = read_pool(it)?;
    let (n, r) = (pool.len(), R::LEN);
    let first = (r <= n).then(|| (0..r).collect());
    Ok(rows_of(pool, first, move |ix| {
        // The rightmost index that can still move right.
        let Some(i) = (0..r).rev().find(|&i| ix[i] != i + n - r) else {
            return false;
        };
        ix[i] += 1;
        for j in i + 1..r {
            ix[j] = ix[j - 1] + 1;
        }
        true
    }))
}

/// `combinations_with_replacement(it, r)`.
pub fn combinations_with_replacement<T: Clone + 'static, R: Row<T> + 'static>(
    it: PyIter<T>,
) -> PyResult<PyIter<R>> {
    let pool = read_pool(it)?;
    let (n, r) = (pool.len(), R::LEN);
    let first = (n > 0 || r == 0).then(|| vec![0; r]);
    Ok(rows_of(pool, first, move |ix| {
        let Some(i) = (0..r).rev().find(|&i| ix[i] != n - 1) else {
            return false;
        };
        let v = ix[i] + 1;
        for slot in &mut ix[i..] {
            *slot = v;
        }
        true
    }))
}

/// `permutations(it, r)`: rows of `r` distinct positions, in
/// lexicographic order of the positions.
pub fn permutations<T: Clone + 'static, R: Row<T> + 'static>(it: PyIter<T>) -> PyResult<PyIter<R>> {
    let pool = read_pool(it)?;
    let (n, r) = (pool.len(), R::LEN);
    let first = (r <= n).then(|| (0..r).collect());
    Ok(rows_of(pool, first, move |ix| {
        // The next r-prefix of a permutation of 0..n in lexicographic order.
        let mut used = vec![false; n];
        for &i in ix.iter() {
            used[i] = true;
        }
        for pos in (0..r).rev() {
            used[ix[pos]] = false;
            if let Some(bigger) = (ix[pos] + 1..n).find(|&c| !used[c]) {
                ix[pos] = bigger;
                used[bigger] = true;
                let mut free = (0..n).filter(|&c| !used[c]);
                for slot in &mut ix[pos + 1..] {
                    *slot = free.next().unwrap_or(0);
                }
                return true;
            }
        }
        false
    }))
}

/// `product(*pools, repeat=n)` over pools of one item type.
pub fn product<T: Clone + 'static, R: Row<T> + 'static>(
    pools: Vec<PyIter<T>>,
    repeat: usize,
) -> PyResult<PyIter<R>> {
    let read: Vec<Vec<T>> = pools.into_iter().map(read_pool).collect::<PyResult<_>>()?;
    let pools: Vec<Vec<T>> = (0..repeat).flat_map(|_| read.iter().cloned()).collect();
    let lens: Vec<usize> = pools.iter().map(Vec::len).collect();
    let first = lens.iter().all(|&l| l > 0).then(|| vec![0; lens.len()]);
    let mut indices = first;
    Ok(PyIter::new(std::iter::from_fn(move || {
        let current = indices.take()?;
        let items: Vec<T> = current
            .iter()
            .zip(&pools)
            .map(|(&i, pool)| pool[i].clone())
            .collect();
        let mut next = current;
        if odometer(&mut next, &lens) {
            indices = Some(next);
        }
        Some(R::from_items(&items))
    })))
}

/// `product(a, b)` over pools of two item types.
pub fn product2<A: Clone + 'static, B: Clone + 'static>(
    a: PyIter<A>,
    b: PyIter<B>,
) -> PyResult<PyIter<(A, B)>> {
    let (a, b) = (read_pool(a)?, read_pool(b)?);
    let lens = [a.len(), b.len()];
    let mut indices = lens.iter().all(|&l| l > 0).then(|| vec![0, 0]);
    Ok(PyIter::new(std::iter::from_fn(move || {
        let current = indices.take()?;
        let row = (a[current[0]].clone(), b[current[1]].clone());
        let mut next = current;
        if odometer(&mut next, &lens) {
            indices = Some(next);
        }
        Some(row)
    })))
}

/// Advances mixed-radix `indices` (rightmost fastest); false when done.
fn odometer(indices: &mut [usize], lens: &[usize]) -> bool {
    for i in (0..indices.len()).rev() {
        indices[i] += 1;
        if indices[i] < lens[i] {
            return true;
        }
        indices[i] = 0;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(v: &'static [i64]) -> PyIter<i64> {
        PyIter::new(v.iter().copied())
    }

    fn all<R>(it: PyResult<PyIter<R>>) -> Vec<R> {
        it.unwrap_or_else(|_| unreachable!())
            .map(|r| r.unwrap_or_else(|_| unreachable!()))
            .collect()
    }

    #[test]
    fn combinations_in_cpython_order() {
        let c: Vec<(i64, i64)> = all(combinations(pool(&[1, 2, 3, 4])));
        assert_eq!(c, vec![(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]);
        let none: Vec<(i64, i64, i64)> = all(combinations(pool(&[1, 2])));
        assert!(none.is_empty());
        let empty_row: Vec<EmptyTuple> = all(combinations(pool(&[1, 2])));
        assert_eq!(empty_row.len(), 1);
        let w: Vec<(i64, i64)> = all(combinations_with_replacement(pool(&[1, 2, 3])));
        assert_eq!(w, vec![(1, 1), (1, 2), (1, 3), (2, 2), (2, 3), (3, 3)]);
    }

    #[test]
    fn permutations_in_cpython_order() {
        let p: Vec<(i64, i64, i64)> = all(permutations(pool(&[1, 2, 3])));
        assert_eq!(
            p,
            vec![
                (1, 2, 3),
                (1, 3, 2),
                (2, 1, 3),
                (2, 3, 1),
                (3, 1, 2),
                (3, 2, 1)
            ]
        );
        let two: Vec<(i64, i64)> = all(permutations(pool(&[0, 1, 2, 3, 4])));
        assert_eq!(two.len(), 20);
        assert_eq!(two[4], (1, 0));
        let too_long: Vec<(i64, i64, i64)> = all(permutations(pool(&[1, 2])));
        assert!(too_long.is_empty());
    }

    #[test]
    fn products() {
        let p: Vec<(i64, i64, i64)> = all(product(vec![pool(&[0, 1])], 3));
        assert_eq!(p.len(), 8);
        assert_eq!(p[1], (0, 0, 1));
        let e: Vec<(i64, i64)> = all(product(vec![pool(&[1, 2]), pool(&[])], 1));
        assert!(e.is_empty());
        let unit: Vec<EmptyTuple> = all(product(Vec::<PyIter<i64>>::new(), 1));
        assert_eq!(unit.len(), 1);
        let mixed = all(product2(pool(&[1, 2]), PyIter::new("ab".chars())));
        assert_eq!(mixed, vec![(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]);
    }
}
