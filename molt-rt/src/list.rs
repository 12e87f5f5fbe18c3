//! Python's `list`: a shared, mutable sequence.
//!
//! A `List<T>` is a reference: cloning it aliases the same list, as
//! assigning a list does in Python. The elements sit in an
//! `Rc<RefCell<Vec<T>>>`. Every method borrows the cell only for its own
//! duration and never calls back into translated code while it holds the
//! borrow, so no program can trigger a borrow panic: iteration re-borrows
//! per element (and, like CPython, sees appends made during the loop), and
//! `sort` moves the elements out while it runs.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use std::cell::RefCell;
use std::rc::Rc;

pub struct List<T>(Rc<RefCell<Vec<T>>>);

impl<T> List<T> {
    /// The list's address: its identity, for `id()`-like bookkeeping such
    /// as the repr of a list that contains itself.
    pub fn as_ptr(&self) -> *const u8 {
        Rc::as_ptr(&self.0) as *const u8
    }
}

impl<T> Clone for List<T> {
    /// Another reference to the same list.
    fn clone(&self) -> Self {
        List(Rc::clone(&self.0))
    }
}

fn index_error(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, what)
}

/// Resolves a Python index (negative from the end) against a length.
#[inline]
pub fn resolve_index(index: &Int, len: usize) -> Option<usize> {
    let i = index.as_i64()?;
    let len = i64::try_from(len).ok()?;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// The positions a Python slice selects, with CPython's clamping rules.
pub fn slice_indices(
    len: usize,
    start: Option<&Int>,
    stop: Option<&Int>,
    step: Option<&Int>,
) -> PyResult<Vec<usize>> {
    let step = match step {
        None => 1,
        Some(s) if s.is_zero() => {
            return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"))
        }
        Some(s) => s.as_i64().unwrap_or(if s.is_negative() {
            i64::MIN + 1
        } else {
            i64::MAX
        }),
    };
    let len = len as i64;
    let clamp = |v: Option<&Int>, default: i64, low: i64, high: i64| -> i64 {
        match v {
            None => default,
            Some(v) => {
                let v = v.as_i64().unwrap_or(if v.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                });
                let v = if v < 0 { v + len } else { v };
                v.clamp(low, high)
            }
        }
    };
    let mut out = Vec::new();
    if step > 0 {
        let (start, stop) = (clamp(start, 0, 0, len), clamp(stop, len, 0, len));
        let mut i = start;
        while i < stop {
            out.push(i as usize);
            i = match i.checked_add(step) {
                Some(n) => n,
                None => break,
            };
        }
    } else {
        let (start, stop) = (
            clamp(start, len - 1, -1, len - 1),
            clamp(stop, -1, -1, len - 1),
        );
        let mut i = start;
        while i > stop {
            out.push(i as usize);
            i = match i.checked_add(step) {
                Some(n) => n,
                None => break,
            };
        }
    }
    Ok(out)
}

/// `data[start:stop:step] = values` for lists and bytearrays: a plain slice
/// may change the length; an extended one must match it, with CPython's
/// ValueError naming `what` was assigned ("sequence", "bytes").
pub fn assign_slice<T>(
    data: &mut Vec<T>,
    start: Option<&Int>,
    stop: Option<&Int>,
    step: Option<&Int>,
    values: Vec<T>,
    what: &str,
) -> PyResult<()> {
    if step.is_none_or(|s| *s == 1) {
        let len = data.len() as i64;
        let bound = |v: Option<&Int>, default: i64| match v {
            None => default,
            Some(v) => {
                let v = v.as_i64().unwrap_or(if v.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                });
                let v = if v < 0 { v + len } else { v };
                v.clamp(0, len)
            }
        };
        let lo = bound(start, 0);
        let hi = bound(stop, len).max(lo);
        data.splice(lo as usize..hi as usize, values);
        return Ok(());
    }
    let picked = slice_indices(data.len(), start, stop, step)?;
    if picked.len() != values.len() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "attempt to assign {what} of size {} to extended slice of size {}",
                values.len(),
                picked.len()
            ),
        ));
    }
    for (i, v) in picked.into_iter().zip(values) {
        data[i] = v;
    }
    Ok(())
}

impl<T: Clone> List<T> {
    pub fn new() -> List<T> {
        List(Rc::new(RefCell::new(Vec::new())))
    }

    /// Whether two lists are the same object (`a is b`).
    pub fn is(&self, other: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Runs `f` on the elements, borrowed for the call only. `f` must not
    /// change this list (it would be a borrow error); reading it, or
    /// reading other lists, is fine.
    pub fn with_slice<R>(&self, f: impl FnOnce(&[T]) -> R) -> R {
        f(&self.0.borrow())
    }

    /// Runs `f` on the elements, borrowed mutably for the call only
    /// (`random.shuffle` reorders them in place). `f` must not read or
    /// change this list through another handle.
    pub fn with_slice_mut<R>(&self, f: impl FnOnce(&mut [T]) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }

    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    /// Python truthiness.
    pub fn is_true(&self) -> bool {
        !self.is_empty()
    }

    /// A copy of the elements.
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().clone()
    }

    /// `xs[i]`.
    #[inline]
    pub fn get(&self, index: &Int) -> PyResult<T> {
        let items = self.0.borrow();
        match resolve_index(index, items.len()) {
            Some(i) => Ok(items[i].clone()),
            None => Err(index_error("list index out of range")),
        }
    }

    /// `xs[i] = value`.
    #[inline]
    pub fn set(&self, index: &Int, value: T) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        match resolve_index(index, items.len()) {
            Some(i) => {
                items[i] = value;
                Ok(())
            }
            None => Err(index_error("list assignment index out of range")),
        }
    }

    /// `del xs[i]`.
    pub fn del(&self, index: &Int) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        match resolve_index(index, items.len()) {
            Some(i) => {
                items.remove(i);
                Ok(())
            }
            None => Err(index_error("list assignment index out of range")),
        }
    }

    /// `xs[start:stop:step]`: a new list.
    pub fn slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<List<T>> {
        let items = self.0.borrow();
        let picked = slice_indices(items.len(), start, stop, step)?;
        Ok(List::from(
            picked
                .into_iter()
                .map(|i| items[i].clone())
                .collect::<Vec<T>>(),
        ))
    }

    /// `xs[start:stop:step] = values`; a plain slice may change the length,
    /// an extended one must match it (CPython's ValueError otherwise).
    pub fn set_slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
        values: &List<T>,
    ) -> PyResult<()> {
        let values = values.to_vec();
        assign_slice(
            &mut self.0.borrow_mut(),
            start,
            stop,
            step,
            values,
            "sequence",
        )
    }

    /// `del xs[start:stop:step]`.
    pub fn del_slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        let mut picked = slice_indices(items.len(), start, stop, step)?;
        picked.sort_unstable();
        for i in picked.into_iter().rev() {
            items.remove(i);
        }
        Ok(())
    }

    /// `a, b, *rest = xs`: checks the length CPython's way.
    pub fn unpack(&self, before: usize, starred: bool, after: usize) -> PyResult<Vec<T>> {
        let items = self.to_vec();
        let fixed = before + after;
        if starred {
            if items.len() < fixed {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "not enough values to unpack (expected at least {fixed}, got {})",
                        items.len()
                    ),
                ));
            }
        } else if items.len() < fixed {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!(
                    "not enough values to unpack (expected {fixed}, got {})",
                    items.len()
                ),
            ));
        } else if items.len() > fixed {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("too many values to unpack (expected {fixed})"),
            ));
        }
        Ok(items)
    }

    pub fn append(&self, value: T) {
        self.0.borrow_mut().push(value);
    }

    /// `xs.extend(other)`; `xs.extend(xs)` doubles the list, as in CPython.
    pub fn extend(&self, other: &List<T>) {
        let extra = other.to_vec();
        self.0.borrow_mut().extend(extra);
    }

    /// Appends the items of any iterable.
    pub fn extend_from(&self, items: impl IntoIterator<Item = T>) {
        let extra: Vec<T> = items.into_iter().collect();
        self.0.borrow_mut().extend(extra);
    }

    /// `xs.insert(i, value)`, clamping the index as CPython does.
    pub fn insert(&self, index: &Int, value: T) {
        let mut items = self.0.borrow_mut();
        let len = items.len() as i64;
        let i = index.as_i64().unwrap_or(if index.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        items.insert(i as usize, value);
    }

    /// `xs.pop()`.
    pub fn pop(&self) -> PyResult<T> {
        self.0
            .borrow_mut()
            .pop()
            .ok_or_else(|| index_error("pop from empty list"))
    }

    /// `xs.pop(i)`.
    pub fn pop_at(&self, index: &Int) -> PyResult<T> {
        let mut items = self.0.borrow_mut();
        if items.is_empty() {
            return Err(index_error("pop from empty list"));
        }
        match resolve_index(index, items.len()) {
            Some(i) => Ok(items.remove(i)),
            None => Err(index_error("pop index out of range")),
        }
    }

    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    pub fn reverse(&self) {
        self.0.borrow_mut().reverse();
    }

    /// `xs.copy()` and `xs[:]`: a new list with the same elements.
    pub fn copy(&self) -> List<T> {
        List::from(self.to_vec())
    }

    /// `xs + ys`.
    pub fn concat(&self, other: &List<T>) -> List<T> {
        let mut items = self.to_vec();
        items.extend(other.to_vec());
        List::from(items)
    }

    /// `xs * n`.
    pub fn repeat(&self, n: &Int) -> PyResult<List<T>> {
        let items = self.to_vec();
        let n = match n.as_i64() {
            Some(n) if n <= 0 => return Ok(List::new()),
            Some(n) => n as usize,
            None if n.is_negative() || items.is_empty() => return Ok(List::new()),
            None => return Err(PyErr::new(ExcKind::MemoryError, "")),
        };
        if items
            .len()
            .checked_mul(n)
            .is_none_or(|total| total > isize::MAX as usize / 64)
        {
            return Err(PyErr::new(ExcKind::MemoryError, ""));
        }
        let mut out = Vec::with_capacity(items.len() * n);
        for _ in 0..n {
            out.extend(items.iter().cloned());
        }
        Ok(List::from(out))
    }

    /// `xs *= n`: repeats the list in place, so aliases see it.
    pub fn repeat_in_place(&self, n: &Int) -> PyResult<()> {
        let repeated = self.repeat(n)?.to_vec();
        *self.0.borrow_mut() = repeated;
        Ok(())
    }

    /// Iterates by index, as CPython does: items appended during the loop
    /// are visited, and no borrow is held between steps.
    pub fn iter(&self) -> ListIter<T> {
        ListIter {
            list: self.clone(),
            next: 0,
        }
    }

    /// Iterates from the end (`reversed(xs)`).
    pub fn iter_rev(&self) -> std::iter::Rev<std::vec::IntoIter<T>> {
        self.to_vec().into_iter().rev()
    }

    /// Sorts with a key computed once per element, stably, like
    /// `list.sort(key=...)`; `reverse` keeps equal elements in order.
    pub fn sort_by_key<K: PartialOrd>(&self, key: impl Fn(&T) -> K, reverse: bool) {
        // Elements are moved out while sorting: a key function that looks at
        // the list sees it empty, as CPython's sort shows it.
        let items = std::mem::take(&mut *self.0.borrow_mut());
        let mut keyed: Vec<(K, T)> = items.into_iter().map(|x| (key(&x), x)).collect();
        if reverse {
            // A stable descending sort keeps equal elements in their order, as
            // CPython's reverse-sort-reverse does.
            keyed.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        } else {
            keyed.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
        }
        let sorted: Vec<T> = keyed.into_iter().map(|(_, x)| x).collect();
        let mut cell = self.0.borrow_mut();
        let added = std::mem::replace(&mut *cell, sorted);
        cell.extend(added);
    }
}

impl<T: Clone> List<T> {
    /// `xs.sort(key=f)` for a key function that can raise: every key is
    /// computed before anything moves, so an exception leaves the list as
    /// it was (CPython's sort does the same).
    pub fn try_sort_by_key<K: PartialOrd>(
        &self,
        key: impl Fn(&T) -> PyResult<K>,
        reverse: bool,
    ) -> PyResult<()> {
        let items = self.to_vec();
        let keys: Vec<K> = items.iter().map(&key).collect::<PyResult<_>>()?;
        let mut keyed: Vec<(K, T)> = keys.into_iter().zip(items).collect();
        if reverse {
            keyed.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        } else {
            keyed.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
        }
        *self.0.borrow_mut() = keyed.into_iter().map(|(_, x)| x).collect();
        Ok(())
    }
}

impl<T: Clone + PartialOrd> List<T> {
    /// `xs.sort()` and `xs.sort(reverse=True)`.
    pub fn sort(&self, reverse: bool) {
        self.sort_by_key(|x| x.clone(), reverse);
    }
}

impl<T: Clone + PartialEq> List<T> {
    /// `value in xs`.
    pub fn contains(&self, value: &T) -> bool {
        self.0.borrow().iter().any(|x| x == value)
    }

    /// `xs.count(value)`.
    pub fn count(&self, value: &T) -> Int {
        Int::from_usize(self.0.borrow().iter().filter(|x| *x == value).count())
    }
}

impl<T: Clone + PartialEq + crate::PyDisplay> List<T> {
    /// `xs.index(value)`.
    pub fn index(&self, value: &T) -> PyResult<Int> {
        self.index_in(value, None, None)
    }

    /// `xs.index(value, start, stop)`: the bounds clamp as slice bounds do.
    pub fn index_in(&self, value: &T, start: Option<&Int>, stop: Option<&Int>) -> PyResult<Int> {
        let items = self.0.borrow();
        let len = items.len() as i64;
        let clamp = |v: Option<&Int>, default: i64| match v {
            None => default,
            Some(v) => {
                let v = v
                    .as_i64()
                    .unwrap_or(if v.is_negative() { -len - 1 } else { len });
                (if v < 0 { v + len } else { v }).clamp(0, len)
            }
        };
        let (start, stop) = (clamp(start, 0) as usize, clamp(stop, len) as usize);
        let found = items
            .get(start..stop.max(start))
            .and_then(|window| window.iter().position(|x| x == value));
        match found {
            Some(i) => Ok(Int::from_usize(start + i)),
            None => Err(PyErr::new(
                ExcKind::ValueError,
                format!("{} is not in list", crate::repr(value)),
            )),
        }
    }

    /// `xs.remove(value)`.
    pub fn remove(&self, value: &T) -> PyResult<()> {
        let mut items = self.0.borrow_mut();
        match items.iter().position(|x| x == value) {
            Some(i) => {
                items.remove(i);
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::ValueError,
                "list.remove(x): x not in list",
            )),
        }
    }
}

impl<T: Clone> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

impl<T, const N: usize> From<[T; N]> for List<T> {
    /// A list display: `[a, b, c]`.
    fn from(items: [T; N]) -> List<T> {
        List::from(Vec::from(items))
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> List<T> {
        List(Rc::new(RefCell::new(items)))
    }
}

impl<T: Clone> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> List<T> {
        List::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0.borrow() == *other.0.borrow()
    }
}

impl<T: PartialOrd> PartialOrd for List<T> {
    fn partial_cmp(&self, other: &List<T>) -> Option<std::cmp::Ordering> {
        self.0.borrow().partial_cmp(&*other.0.borrow())
    }
}

/// The iterator behind `for x in xs`.
pub struct ListIter<T> {
    list: List<T>,
    next: usize,
}

impl<T: Clone> Iterator for ListIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        let item = self.list.0.borrow().get(self.next).cloned();
        self.next += 1;
        item
    }
}

impl<T: crate::PyDisplay> crate::PyDisplay for List<T> {
    fn write_str(&self, out: &mut String) {
        self.write_repr(out)
    }

    fn write_repr(&self, out: &mut String) {
        // A list met again inside itself prints as `[...]`, as in CPython.
        let _entered = match crate::display::repr_enter(self.as_ptr()) {
            crate::display::ReprEntry::Entered(guard) => guard,
            crate::display::ReprEntry::Recursive => return out.push_str("[...]"),
            crate::display::ReprEntry::TooDeep => {
                crate::run::fatal(crate::display::repr_recursion_error())
            }
        };
        out.push('[');
        for (i, item) in self.0.borrow().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.write_repr(out);
        }
        out.push(']');
    }

    fn format_spec(&self, spec: &crate::text::format_spec::FormatSpec) -> Result<String, String> {
        let mut s = String::new();
        self.write_repr(&mut s);
        crate::text::format_spec::format_str(&s, spec)
            .map_err(|_| "unsupported format string passed to list.__format__".to_string())
    }
}

/// `t[i]` on a tuple whose items share one type, with an index known only
/// at run time.
pub fn tuple_item<T, const N: usize>(items: [T; N], index: &Int) -> PyResult<T> {
    resolve_index(index, N)
        .and_then(|i| items.into_iter().nth(i))
        .ok_or_else(|| index_error("tuple index out of range"))
}

/// `t.index(x)` on a tuple whose items share one type.
pub fn tuple_index<T: PartialEq, const N: usize>(items: [T; N], value: &T) -> PyResult<Int> {
    match items.iter().position(|x| x == value) {
        Some(i) => Ok(Int::from_usize(i)),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            "tuple.index(x): x not in tuple",
        )),
    }
}

/// `t.count(x)` on a tuple whose items share one type.
pub fn tuple_count<T: PartialEq, const N: usize>(items: [T; N], value: &T) -> Int {
    Int::from_usize(items.iter().filter(|x| *x == value).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> List<Int> {
        v.iter().map(|x| Int::from(*x)).collect()
    }

    #[test]
    fn aliasing_and_repr() {
        let a = ints(&[1, 2]);
        let b = a.clone();
        b.append(Int::from(3));
        assert_eq!(crate::repr(&a).as_str(), "[1, 2, 3]");
        a.extend(&a.clone());
        assert_eq!(a.len(), 6);
    }

    #[test]
    fn indexing_and_slices() {
        let a = ints(&[0, 1, 2, 3, 4, 5]);
        assert_eq!(a.get(&Int::from(-1)).unwrap(), Int::from(5));
        assert!(a.get(&Int::from(6)).is_err());
        let s = a.slice(None, None, Some(&Int::from(-2))).unwrap();
        assert_eq!(crate::repr(&s).as_str(), "[5, 3, 1]");
        let s = a
            .slice(Some(&Int::from(-100)), Some(&Int::from(2)), None)
            .unwrap();
        assert_eq!(crate::repr(&s).as_str(), "[0, 1]");
        assert!(a.slice(None, None, Some(&Int::from(0))).is_err());
    }

    #[test]
    fn sort_is_stable() {
        let words: List<crate::Str> = ["bb", "a", "cc", "d"]
            .iter()
            .map(|s| crate::Str::from(*s))
            .collect();
        words.sort_by_key(|s| s.len(), false);
        assert_eq!(crate::repr(&words).as_str(), "['a', 'd', 'bb', 'cc']");
        words.sort_by_key(|s| s.len(), true);
        assert_eq!(crate::repr(&words).as_str(), "['bb', 'cc', 'a', 'd']");
    }
}
