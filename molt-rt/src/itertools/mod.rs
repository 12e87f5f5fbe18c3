//! The `itertools` functions, over `PyIter`s: lazy, and consuming their
//! inputs exactly as far as CPython's do.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::iter::PyIter;

mod combinatoric;
mod streams;

pub use combinatoric::{
    combinations, combinations_with_replacement, permutations, product, product2, Row,
};
pub use streams::{
    accumulate, chain_from_iterable, dropwhile, groupby, takewhile, tee, zip_longest,
    zip_longest_padded,
};

/// `count(start, step)`.
pub fn count(start: Int, step: Int) -> PyIter<Int> {
    let mut next = start;
    PyIter::new(std::iter::from_fn(move || {
        let value = next.clone();
        next = &next + &step;
        Some(value)
    }))
}

/// An `islice` bound: None or an int from 0 to `sys.maxsize`.
fn bound(value: Option<&Int>, what: &str) -> PyResult<Option<usize>> {
    match value {
        None => Ok(None),
        Some(v) => match v.as_i64() {
            Some(n) if n >= 0 => Ok(Some(n as usize)),
            _ => Err(PyErr::new(
                ExcKind::ValueError,
                format!("{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."),
            )),
        },
    }
}

/// `islice(it, start, stop, step)`.
pub fn islice<T: 'static>(
    it: PyIter<T>,
    start: Option<&Int>,
    stop: Option<&Int>,
    step: Option<&Int>,
) -> PyResult<PyIter<T>> {
    let start = bound(start, "Indices")?.unwrap_or(0);
    let stop = bound(stop, "Stop")?;
    let step = match step {
        None => 1,
        Some(s) => match s.as_i64() {
            Some(n) if n >= 1 => n as usize,
            _ => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "Step for islice() must be a positive integer or None.",
                ))
            }
        },
    };
    let taken = match stop {
        Some(stop) if stop <= start => 0,
        Some(stop) => (stop - start).div_ceil(step),
        None => usize::MAX,
    };
    // Nothing is consumed before the first item is asked for.
    let mut started = false;
    let mut left = taken;
    let mut source = it;
    Ok(PyIter::fallible(std::iter::from_fn(move || {
        if left == 0 {
            return None;
        }
        let gap = if started { step - 1 } else { start };
        started = true;
        for _ in 0..gap {
            match source.next()? {
                Ok(_) => {}
                Err(e) => return Some(Err(e)),
            }
        }
        left -= 1;
        source.next()
    })))
}

/// `chain(a, b, ...)`.
pub fn chain<T: 'static>(parts: Vec<PyIter<T>>) -> PyIter<T> {
    PyIter::fallible(parts.into_iter().flatten())
}

/// `repeat(x)` and `repeat(x, n)`.
pub fn repeat<T: Clone + 'static>(value: T, times: Option<&Int>) -> PyIter<T> {
    let n = times.map(|t| t.as_i64().unwrap_or(i64::MAX).max(0) as usize);
    match n {
        Some(n) => PyIter::new(std::iter::repeat_n(value, n)),
        None => PyIter::new(std::iter::repeat(value)),
    }
}

/// `cycle(it)`: the items of one pass, saved, then again and again.
pub fn cycle<T: Clone + 'static>(it: PyIter<T>) -> PyIter<T> {
    let mut source = Some(it);
    let mut saved: Vec<T> = Vec::new();
    let mut at = 0;
    PyIter::fallible(std::iter::from_fn(move || {
        if let Some(s) = source.as_mut() {
            match s.next() {
                Some(Ok(v)) => {
                    saved.push(v.clone());
                    return Some(Ok(v));
                }
                Some(Err(e)) => return Some(Err(e)),
                None => source = None,
            }
        }
        if saved.is_empty() {
            return None;
        }
        let v = saved[at % saved.len()].clone();
        at += 1;
        Some(Ok(v))
    }))
}

/// `pairwise(it)`: overlapping pairs of neighbours.
pub fn pairwise<T: Clone + 'static>(it: PyIter<T>) -> PyIter<(T, T)> {
    let mut source = it;
    let mut last: Option<T> = None;
    PyIter::fallible(std::iter::from_fn(move || loop {
        let next = match source.next()? {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        match last.replace(next.clone()) {
            Some(prev) => return Some(Ok((prev, next))),
            None => continue,
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> PyIter<Int> {
        PyIter::new(
            v.iter()
                .map(|&i| Int::from(i))
                .collect::<Vec<_>>()
                .into_iter(),
        )
    }

    fn list<T>(it: PyIter<T>) -> Vec<T> {
        it.map(|r| r.unwrap_or_else(|_| unreachable!())).collect()
    }

    #[test]
    fn islice_consumes_only_what_it_gives() {
        let it = ints(&[0, 1, 2, 3, 4, 5]);
        let first = islice(it.clone(), None, Some(&Int::from(3)), None).unwrap();
        assert_eq!(list(first), vec![Int::from(0), Int::from(1), Int::from(2)]);
        assert_eq!(it.next_item().unwrap(), Int::from(3));
        let stepped = islice(
            ints(&[0, 1, 2, 3, 4, 5, 6]),
            Some(&Int::from(1)),
            None,
            Some(&Int::from(3)),
        );
        assert_eq!(list(stepped.unwrap()), vec![Int::from(1), Int::from(4)]);
    }

    #[test]
    fn cycle_pairwise_count() {
        let c = islice(cycle(ints(&[1, 2])), None, Some(&Int::from(5)), None).unwrap();
        assert_eq!(list(c).len(), 5);
        assert_eq!(list(pairwise(ints(&[1, 2, 3]))).len(), 2);
        let n = count(Int::from(10), Int::from(-3));
        assert_eq!(n.next_item().unwrap(), Int::from(10));
        assert_eq!(n.next_item().unwrap(), Int::from(7));
    }
}
