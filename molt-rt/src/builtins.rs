//! Builtin functions whose Python semantics differ from Rust's obvious
//! counterparts.

use crate::exc::{name_error, unbound_local, ExcKind, ExitArg, PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;

/// `min(a, b)`: the first of equal values, and `b` only when `b < a`
/// (so NaN handling follows CPython's comparisons).
#[inline]
pub fn min<T: PartialOrd>(a: T, b: T) -> T {
    if b < a {
        b
    } else {
        a
    }
}

/// `max(a, b)`: the first of equal values, and `b` only when `b > a`.
#[inline]
pub fn max<T: PartialOrd>(a: T, b: T) -> T {
    if b > a {
        b
    } else {
        a
    }
}

/// Reads a local that may not be assigned yet.
pub fn read_local<T: Clone>(value: &Option<T>, name: &str) -> PyResult<T> {
    value.clone().ok_or_else(|| unbound_local(name))
}

/// Reads a module-level name that may not be assigned yet.
pub fn read_name<T: Clone>(value: &Option<T>, name: &str) -> PyResult<T> {
    value.clone().ok_or_else(|| name_error(name))
}

/// `sys.exit(arg)`: the `SystemExit` to return.
pub fn sys_exit(arg: impl Into<ExitArg>) -> PyErr {
    PyErr::system_exit(arg.into())
}

impl From<()> for ExitArg {
    fn from((): ()) -> ExitArg {
        ExitArg::None
    }
}

impl From<Int> for ExitArg {
    fn from(v: Int) -> ExitArg {
        match v.as_i64() {
            Some(c) => ExitArg::Code(c),
            None => ExitArg::Code(-1),
        }
    }
}

impl From<bool> for ExitArg {
    fn from(v: bool) -> ExitArg {
        ExitArg::Code(v.into())
    }
}

impl From<Str> for ExitArg {
    fn from(v: Str) -> ExitArg {
        ExitArg::Message(v.to_string())
    }
}

impl From<&str> for ExitArg {
    fn from(v: &str) -> ExitArg {
        ExitArg::Message(v.to_string())
    }
}

fn empty(which: &str) -> PyErr {
    PyErr::new(
        crate::ExcKind::ValueError,
        format!("{which}() iterable argument is empty"),
    )
}

/// `min(iterable)`: the first of the smallest items.
pub fn min_of<T: PartialOrd>(items: impl Iterator<Item = T>, which: &str) -> PyResult<T> {
    items.reduce(min).ok_or_else(|| empty(which))
}

/// `max(iterable)`: the first of the largest items.
pub fn max_of<T: PartialOrd>(items: impl Iterator<Item = T>, which: &str) -> PyResult<T> {
    items.reduce(max).ok_or_else(|| empty(which))
}

/// `min(iterable, key=f)`: the first item whose key is smallest.
pub fn min_by_key<T, K: PartialOrd>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> K,
    which: &str,
) -> PyResult<T> {
    let mut best: Option<(K, T)> = None;
    for item in items {
        let k = key(&item);
        if best.as_ref().is_none_or(|(bk, _)| k < *bk) {
            best = Some((k, item));
        }
    }
    best.map(|(_, t)| t).ok_or_else(|| empty(which))
}

/// `max(iterable, key=f)`: the first item whose key is largest.
pub fn max_by_key<T, K: PartialOrd>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> K,
    which: &str,
) -> PyResult<T> {
    let mut best: Option<(K, T)> = None;
    for item in items {
        let k = key(&item);
        if best.as_ref().is_none_or(|(bk, _)| k > *bk) {
            best = Some((k, item));
        }
    }
    best.map(|(_, t)| t).ok_or_else(|| empty(which))
}

/// `sum()` of floats, with CPython 3.12's compensated (Neumaier) summation
/// so that results match to the last bit.
pub fn sum_float(items: impl Iterator<Item = f64>, start: f64) -> f64 {
    let mut total = start;
    let mut compensation = 0.0;
    for x in items {
        let t = total + x;
        if total.abs() >= x.abs() {
            compensation += (total - t) + x;
        } else {
            compensation += (x - t) + total;
        }
        total = t;
    }
    if compensation != 0.0 && compensation.is_finite() {
        total += compensation;
    }
    total
}

/// `sum()` of ints converted to float on the way (each conversion can raise).
pub fn sum_float_checked(items: impl Iterator<Item = PyResult<f64>>, start: f64) -> PyResult<f64> {
    let items: Vec<f64> = items.collect::<PyResult<Vec<f64>>>()?;
    Ok(sum_float(items.into_iter(), start))
}

/// `sorted(iterable, reverse=...)`.
pub fn sorted<T: Clone + PartialOrd>(
    items: impl Iterator<Item = T>,
    reverse: bool,
) -> crate::List<T> {
    let list: crate::List<T> = items.collect();
    list.sort(reverse);
    list
}

/// `sorted(iterable, key=f, reverse=...)`.
pub fn sorted_by_key<T: Clone, K: PartialOrd>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> K,
    reverse: bool,
) -> crate::List<T> {
    let list: crate::List<T> = items.collect();
    list.sort_by_key(key, reverse);
    list
}

/// `sorted(iterable, key=f)` for a key function that can raise: keys are
/// computed first, in order, and the first exception propagates.
pub fn try_sorted_by_key<T: Clone, K: PartialOrd>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> PyResult<K>,
    reverse: bool,
) -> PyResult<crate::List<T>> {
    let list: crate::List<T> = items.collect();
    list.try_sort_by_key(key, reverse)?;
    Ok(list)
}

/// `min(iterable, key=f)` for a key function that can raise.
pub fn try_min_by_key<T, K: PartialOrd>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> PyResult<K>,
    which: &str,
) -> PyResult<T> {
    pick_by_key(items, key, which, |new, best| new < best)
}

/// `max(iterable, key=f)` for a key function that can raise.
pub fn try_max_by_key<T, K: PartialOrd>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> PyResult<K>,
    which: &str,
) -> PyResult<T> {
    pick_by_key(items, key, which, |new, best| new > best)
}

/// `filter(f, iterable)` for a predicate that can raise.
pub fn try_filter<T>(
    items: impl Iterator<Item = T>,
    keep: impl Fn(&T) -> PyResult<bool>,
) -> PyResult<Vec<T>> {
    let mut kept = Vec::new();
    for item in items {
        if keep(&item)? {
            kept.push(item);
        }
    }
    Ok(kept)
}

/// The first item whose key beats every earlier one, computing keys in order.
fn pick_by_key<T, K>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> PyResult<K>,
    which: &str,
    better: impl Fn(&K, &K) -> bool,
) -> PyResult<T> {
    let mut best: Option<(K, T)> = None;
    for item in items {
        let k = key(&item)?;
        if best.as_ref().is_none_or(|(bk, _)| better(&k, bk)) {
            best = Some((k, item));
        }
    }
    best.map(|(_, t)| t).ok_or_else(|| empty(which))
}

/// `zip(a, b, strict=True)`: pairs, then ValueError if one iterable
/// outlasts the other.
pub fn zip_strict<A, B>(
    mut a: impl Iterator<Item = A>,
    mut b: impl Iterator<Item = B>,
) -> impl Iterator<Item = PyResult<(A, B)>> {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let strict_error = |message: &str| Some(Err(PyErr::new(ExcKind::ValueError, message)));
        match (a.next(), b.next()) {
            (Some(x), Some(y)) => Some(Ok((x, y))),
            (Some(_), None) => {
                done = true;
                strict_error("zip() argument 2 is shorter than argument 1")
            }
            (None, Some(_)) => {
                done = true;
                strict_error("zip() argument 2 is longer than argument 1")
            }
            (None, None) => None,
        }
    })
}

/// `zip(a, b, c, strict=True)`.
pub fn zip_strict3<A, B, C>(
    mut a: impl Iterator<Item = A>,
    mut b: impl Iterator<Item = B>,
    mut c: impl Iterator<Item = C>,
) -> impl Iterator<Item = PyResult<(A, B, C)>> {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let x = a.next();
        let first_ended = x.is_none();
        let y = if first_ended { None } else { b.next() };
        let result = match (x, y) {
            (Some(x), Some(y)) => match c.next() {
                Some(z) => return Some(Ok((x, y, z))),
                None => "zip() argument 3 is shorter than arguments 1-2",
            },
            (Some(_), None) => "zip() argument 2 is shorter than argument 1",
            (None, _) => {
                if b.next().is_some() {
                    "zip() argument 2 is longer than argument 1"
                } else if c.next().is_some() {
                    "zip() argument 3 is longer than arguments 1-2"
                } else {
                    return None;
                }
            }
        };
        done = true;
        Some(Err(PyErr::new(ExcKind::ValueError, result)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_sums_match_cpython() {
        assert_eq!(sum_float(std::iter::repeat_n(0.1, 10), 0.0), 1.0);
        assert_eq!(sum_float([0.1, 0.2, 0.3].into_iter(), 0.0), 0.6);
        assert_eq!(sum_float([1e100, 1.0, -1e100].into_iter(), 0.0), 1.0);
    }

    #[test]
    fn min_max_keep_the_first() {
        let words = ["bb", "a", "cc"];
        assert_eq!(
            max_by_key(words.into_iter(), |w| w.len(), "max").unwrap(),
            "bb"
        );
        assert_eq!(
            min_by_key(["bb", "a", "c"].into_iter(), |w| w.len(), "min").unwrap(),
            "a"
        );
        assert!(min_of(std::iter::empty::<i64>(), "min").is_err());
    }
}
