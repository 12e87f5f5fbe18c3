//! Comparisons of `Obj`: `==` (as `PartialEq`), `<`, `<=`, `>`, `>=`,
//! and the operations built on them: sorting, `min()` and `max()`.
//!
//! Numbers compare exactly across `bool`, `int` and `float` (no rounding
//! of big ints; NaN is unordered). Lists and tuples compare
//! lexicographically as CPython does: skip the leading items that are
//! equal (an item identical to the other side's counts as equal without
//! comparing, so a list containing itself equals itself), then apply the
//! operator to the first differing pair, or to the lengths. Sets order by
//! inclusion. Any other pairing of kinds raises CPython's TypeError.
//!
//! Nested containers recurse; like CPython, a comparison nested past the
//! interpreter's recursion limit (two different lists that each contain
//! themselves, say) raises RecursionError instead of overflowing the stack.

use super::sort::timsort;
use super::{type_error, Obj};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::list::List;
use std::cell::Cell;
use std::cmp::Ordering;
use std::rc::Rc;

/// How deep comparisons nest before CPython 3.12 raises RecursionError
/// (its C recursion limit, as measured from module level).
const MAX_COMPARE_DEPTH: usize = 1498;

thread_local! {
    static COMPARE_DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// One level of nested comparison, counted while alive.
struct DepthGuard(());

impl DepthGuard {
    fn enter() -> PyResult<DepthGuard> {
        COMPARE_DEPTH.with(|depth| {
            let n = depth.get();
            if n >= MAX_COMPARE_DEPTH {
                return Err(PyErr::new(
                    ExcKind::RecursionError,
                    "maximum recursion depth exceeded in comparison",
                ));
            }
            depth.set(n + 1);
            Ok(DepthGuard(()))
        })
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        COMPARE_DEPTH.with(|depth| depth.set(depth.get().saturating_sub(1)));
    }
}

/// An ordering operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Whether the operator holds for an ordering; unordered (NaN) never.
    fn holds(self, ord: Option<Ordering>) -> bool {
        match (self, ord) {
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::Le, Some(o)) => o != Ordering::Greater,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (CmpOp::Ge, Some(o)) => o != Ordering::Less,
        }
    }
}

/// The exact ordering of two numbers; `None` when either is not a number.
fn number_cmp(a: &Obj, b: &Obj) -> Option<Option<Ordering>> {
    match (a, b) {
        (Obj::Float(x), Obj::Float(y)) => Some(x.partial_cmp(y)),
        (Obj::Float(x), _) => b.as_int().map(|i| i.cmp_f64(*x).map(Ordering::reverse)),
        (_, Obj::Float(y)) => a.as_int().map(|i| i.cmp_f64(*y)),
        _ => match (a.as_int(), b.as_int()) {
            (Some(x), Some(y)) => Some(Some(x.cmp(&y))),
            _ => None,
        },
    }
}

/// The ordering of two bytes-like values; `None` unless both are.
fn bytes_cmp(a: &Obj, b: &Obj) -> Option<Ordering> {
    a.with_bytes(|x| b.with_bytes(|y| x.cmp(y))).flatten()
}

/// CPython's `PyObject_RichCompareBool(x, y, Py_EQ)`: identical objects
/// are equal without being compared.
fn item_eq(x: &Obj, y: &Obj) -> PyResult<bool> {
    Ok(x.is_same(y) || x.py_eq(y)?)
}

fn seq_eq(a: &[Obj], b: &[Obj]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !item_eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Lexicographic order: the operator applied to the first pair of items
/// that differ, or to the lengths when one sequence is a prefix.
fn seq_compare(a: &[Obj], b: &[Obj], op: CmpOp) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b) {
        if !item_eq(x, y)? {
            return x.compare(y, op);
        }
    }
    Ok(op.holds(Some(a.len().cmp(&b.len()))))
}

/// Same size, and every key of `a` maps to an equal value in `b`.
fn dict_eq(a: &Dict<Obj, Obj>, b: &Dict<Obj, Obj>) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if a.len() != b.len() {
        return Ok(false);
    }
    for entry in a.iter() {
        let (key, value) = entry?;
        if !b.contains(&key) || !item_eq(&value, &b.get(&key)?)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_len(v: &Obj) -> Option<usize> {
    match v {
        Obj::Set(s) => Some(s.len()),
        Obj::FrozenSet(s) => Some(s.len()),
        _ => None,
    }
}

/// `a <= b` for two sets or frozensets.
fn is_subset(a: &Obj, b: &Obj) -> bool {
    let items = match a {
        Obj::Set(s) => s.to_vec(),
        Obj::FrozenSet(s) => s.to_vec(),
        _ => return false,
    };
    let contains = |x: &Obj| match b {
        Obj::Set(s) => s.contains(x),
        Obj::FrozenSet(s) => s.contains(x),
        _ => false,
    };
    set_len(a) <= set_len(b) && items.iter().all(contains)
}

/// Inclusion order of sets: `None` unless both operands are sets.
fn set_compare(a: &Obj, b: &Obj, op: CmpOp) -> Option<bool> {
    let (la, lb) = (set_len(a)?, set_len(b)?);
    Some(match op {
        CmpOp::Lt => la < lb && is_subset(a, b),
        CmpOp::Le => is_subset(a, b),
        CmpOp::Gt => la > lb && is_subset(b, a),
        CmpOp::Ge => is_subset(b, a),
    })
}

impl Obj {
    /// Python's `==`. Only a comparison nested too deeply can raise
    /// (RecursionError); `PartialEq` answers False in that case.
    pub fn py_eq(&self, other: &Obj) -> PyResult<bool> {
        let _depth = DepthGuard::enter()?;
        if let Some(ord) = number_cmp(self, other) {
            return Ok(ord == Some(Ordering::Equal));
        }
        Ok(match (self, other) {
            (Obj::None, Obj::None) => true,
            (Obj::Str(a), Obj::Str(b)) => a == b,
            (Obj::Tuple(a), Obj::Tuple(b)) => Rc::ptr_eq(a, b) || seq_eq(a, b)?,
            (Obj::List(a), Obj::List(b)) => {
                a.is(b) || a.with_slice(|x| b.with_slice(|y| seq_eq(x, y)))?
            }
            (Obj::Dict(a), Obj::Dict(b)) => dict_eq(a, b)?,
            _ => match (bytes_cmp(self, other), set_len(self), set_len(other)) {
                (Some(ord), _, _) => ord == Ordering::Equal,
                (None, Some(la), Some(lb)) => la == lb && is_subset(self, other),
                _ => false,
            },
        })
    }

    /// Applies an ordering operator, raising TypeError for kinds that
    /// have no order between them.
    pub(crate) fn compare(&self, other: &Obj, op: CmpOp) -> PyResult<bool> {
        let _depth = DepthGuard::enter()?;
        if let Some(ord) = number_cmp(self, other) {
            return Ok(op.holds(ord));
        }
        match (self, other) {
            (Obj::Str(a), Obj::Str(b)) => return Ok(op.holds(Some(a.cmp(b)))),
            (Obj::Tuple(a), Obj::Tuple(b)) => return seq_compare(a, b, op),
            (Obj::List(a), Obj::List(b)) => {
                return a.with_slice(|x| b.with_slice(|y| seq_compare(x, y, op)))
            }
            _ => {}
        }
        if let Some(ord) = bytes_cmp(self, other) {
            return Ok(op.holds(Some(ord)));
        }
        set_compare(self, other, op).ok_or_else(|| {
            type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(),
                other.type_name()
            ))
        })
    }

    /// `a < b`.
    pub fn lt(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, CmpOp::Lt)
    }

    /// `a <= b`.
    pub fn le(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, CmpOp::Le)
    }

    /// `a > b`.
    pub fn gt(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, CmpOp::Gt)
    }

    /// `a >= b`.
    pub fn ge(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, CmpOp::Ge)
    }

    /// `xs.sort()` / `xs.sort(reverse=True)`: CPython's sort, making the
    /// same comparisons in the same order, so the result (with NaNs or
    /// sets, whose order is partial) and the first error are CPython's.
    /// On an error the list is left as it was (CPython leaves it in some
    /// partly sorted state).
    pub fn sort_list(list: &List<Obj>, reverse: bool) -> PyResult<()> {
        let mut items = list.to_vec();
        sort_items(&mut items, reverse)?;
        list.clear();
        list.extend_from(items);
        Ok(())
    }

    /// `sorted(items)` / `sorted(items, reverse=True)`.
    pub fn sorted(items: impl IntoIterator<Item = Obj>, reverse: bool) -> PyResult<List<Obj>> {
        let mut items: Vec<Obj> = items.into_iter().collect();
        sort_items(&mut items, reverse)?;
        Ok(List::from(items))
    }

    /// `min(items)`: the first of the smallest, as CPython keeps the
    /// current minimum unless an item is strictly less.
    pub fn min_of(items: impl IntoIterator<Item = Obj>) -> PyResult<Obj> {
        extreme(items, CmpOp::Lt, "min")
    }

    /// `max(items)`: the first of the largest.
    pub fn max_of(items: impl IntoIterator<Item = Obj>) -> PyResult<Obj> {
        extreme(items, CmpOp::Gt, "max")
    }
}

/// Python's `==`; see [`Obj::py_eq`].
impl PartialEq for Obj {
    fn eq(&self, other: &Obj) -> bool {
        self.py_eq(other).unwrap_or(false)
    }
}

/// CPython sorts a reversed copy stably and reverses the result, which
/// keeps equal items in their original order.
/// Sorting and min/max by a key function that gives `Obj`s: every key is
/// computed first, in order, as CPython does, then the keys are compared.
impl Obj {
    /// `sorted(items, key=f, reverse=...)`.
    pub fn sorted_by_key<T: Clone>(
        items: impl IntoIterator<Item = T>,
        mut key: impl FnMut(&T) -> PyResult<Obj>,
        reverse: bool,
    ) -> PyResult<List<T>> {
        let mut pairs = Vec::new();
        for item in items {
            pairs.push((key(&item)?, item));
        }
        if reverse {
            pairs.reverse();
        }
        timsort(&mut pairs, |a, b| a.0.lt(&b.0))?;
        if reverse {
            pairs.reverse();
        }
        Ok(pairs.into_iter().map(|(_, item)| item).collect())
    }

    /// `xs.sort(key=f, reverse=...)`.
    pub fn sort_list_by_key<T: Clone>(
        list: &List<T>,
        key: impl FnMut(&T) -> PyResult<Obj>,
        reverse: bool,
    ) -> PyResult<()> {
        let sorted = Obj::sorted_by_key(list.to_vec(), key, reverse)?;
        list.clear();
        list.extend_from(sorted.to_vec());
        Ok(())
    }

    /// `min(items, key=f)`: the first item with the smallest key.
    pub fn min_by_key<T>(
        items: impl IntoIterator<Item = T>,
        key: impl FnMut(&T) -> PyResult<Obj>,
    ) -> PyResult<T> {
        extreme_by_key(items, key, CmpOp::Lt, "min")
    }

    /// `max(items, key=f)`: the first item with the largest key.
    pub fn max_by_key<T>(
        items: impl IntoIterator<Item = T>,
        key: impl FnMut(&T) -> PyResult<Obj>,
    ) -> PyResult<T> {
        extreme_by_key(items, key, CmpOp::Gt, "max")
    }
}

fn extreme_by_key<T>(
    items: impl IntoIterator<Item = T>,
    mut key: impl FnMut(&T) -> PyResult<Obj>,
    op: CmpOp,
    name: &str,
) -> PyResult<T> {
    let mut items = items.into_iter();
    let mut best = items.next().ok_or_else(|| {
        PyErr::new(
            ExcKind::ValueError,
            format!("{name}() iterable argument is empty"),
        )
    })?;
    let mut best_key = key(&best)?;
    for item in items {
        let k = key(&item)?;
        if k.compare(&best_key, op)? {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn sort_items(items: &mut [Obj], reverse: bool) -> PyResult<()> {
    if reverse {
        items.reverse();
    }
    timsort(items, |a, b| a.lt(b))?;
    if reverse {
        items.reverse();
    }
    Ok(())
}

fn extreme(items: impl IntoIterator<Item = Obj>, op: CmpOp, name: &str) -> PyResult<Obj> {
    extreme_by_key(items, |item| Ok(item.clone()), op, name)
}
