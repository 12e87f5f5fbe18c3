//! Python's `dict`: a shared, mutable mapping that keeps insertion order.
//!
//! Like `List`, a `Dict<K, V>` is a reference to an
//! `Rc<RefCell<IndexMap>>`; methods borrow only for their own duration.
//! Deleting uses `shift_remove`, so the order of the remaining keys is
//! CPython's. Iteration goes by position and raises CPython's RuntimeError
//! when the dict changes size during the loop.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::list::List;
use crate::PyDisplay;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::hash::Hash;
use std::rc::Rc;

type Map<K, V> = IndexMap<K, V, foldhash::fast::RandomState>;

pub struct Dict<K, V>(Rc<RefCell<Map<K, V>>>);

impl<K, V> Dict<K, V> {
    /// The dict's address: its identity, for `id()`-like bookkeeping such
    /// as the repr of a dict that contains itself.
    pub fn as_ptr(&self) -> *const u8 {
        Rc::as_ptr(&self.0) as *const u8
    }
}

impl<K, V> Clone for Dict<K, V> {
    /// Another reference to the same dict.
    fn clone(&self) -> Self {
        Dict(Rc::clone(&self.0))
    }
}

fn key_error<K: PyDisplay + std::any::Any>(key: &K) -> PyErr {
    crate::exc::key_error(key)
}

impl<K: Hash + Eq + Clone + PyDisplay + 'static, V: Clone> Dict<K, V> {
    pub fn new() -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(Map::default())))
    }

    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    /// Whether two dicts are the same object (`a is b`).
    pub fn is(&self, other: &Dict<K, V>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    /// Python truthiness.
    pub fn is_true(&self) -> bool {
        !self.is_empty()
    }

    /// `d[key]`.
    pub fn get(&self, key: &K) -> PyResult<V> {
        self.0
            .borrow()
            .get(key)
            .cloned()
            .ok_or_else(|| key_error(key))
    }

    /// `d.get(key, default)`.
    /// `d.get(key)` without a default: `None` when absent.
    pub fn get_opt(&self, key: &K) -> Option<V> {
        self.0.borrow().get(key).cloned()
    }

    pub fn get_or(&self, key: &K, default: V) -> V {
        self.0.borrow().get(key).cloned().unwrap_or(default)
    }

    /// `d[key] = value`: an existing key keeps its place.
    pub fn set(&self, key: K, value: V) {
        self.0.borrow_mut().insert(key, value);
    }

    /// `del d[key]`.
    pub fn del(&self, key: &K) -> PyResult<()> {
        match self.0.borrow_mut().shift_remove(key) {
            Some(_) => Ok(()),
            None => Err(key_error(key)),
        }
    }

    /// `key in d`.
    pub fn contains(&self, key: &K) -> bool {
        self.0.borrow().contains_key(key)
    }

    /// `d.setdefault(key, default)`.
    pub fn setdefault(&self, key: K, default: V) -> V {
        self.0.borrow_mut().entry(key).or_insert(default).clone()
    }

    /// `d.pop(key)`.
    pub fn pop(&self, key: &K) -> PyResult<V> {
        self.0
            .borrow_mut()
            .shift_remove(key)
            .ok_or_else(|| key_error(key))
    }

    /// `d.pop(key, default)`.
    pub fn pop_or(&self, key: &K, default: V) -> V {
        self.0.borrow_mut().shift_remove(key).unwrap_or(default)
    }

    /// `d.popitem()`: the last inserted pair.
    pub fn popitem(&self) -> PyResult<(K, V)> {
        self.0
            .borrow_mut()
            .pop()
            .ok_or_else(|| PyErr::new(ExcKind::KeyError, "'popitem(): dictionary is empty'"))
    }

    /// `d.update(other)`.
    /// `a | b`: a new dict with `b`'s entries after (and over) `a`'s.
    pub fn merged(&self, other: &Dict<K, V>) -> Dict<K, V> {
        let result = self.copy();
        result.update(other);
        result
    }

    pub fn update(&self, other: &Dict<K, V>) {
        let pairs: Vec<(K, V)> = other.items_vec();
        let mut map = self.0.borrow_mut();
        for (k, v) in pairs {
            map.insert(k, v);
        }
    }

    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    /// `d.copy()`.
    pub fn copy(&self) -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(self.0.borrow().clone())))
    }

    pub fn items_vec(&self) -> Vec<(K, V)> {
        self.0
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// `list(d)` / `list(d.keys())`.
    pub fn keys(&self) -> List<K> {
        self.0.borrow().keys().cloned().collect()
    }

    /// `list(d.values())`.
    pub fn values(&self) -> List<V> {
        self.0.borrow().values().cloned().collect()
    }

    /// `list(d.items())`.
    pub fn items(&self) -> List<(K, V)> {
        List::from(self.items_vec())
    }

    /// Iterates over the pairs in order; each step is a `PyResult` because
    /// CPython raises when the dict changes size during the loop.
    pub fn iter(&self) -> DictIter<K, V> {
        DictIter {
            dict: self.clone(),
            next: 0,
            len: self.len(),
            done: false,
        }
    }
}

impl<K: Hash + Eq + Clone + PyDisplay + 'static, V: Clone> Default for Dict<K, V> {
    fn default() -> Self {
        Dict::new()
    }
}

impl<K: Hash + Eq + Clone + PyDisplay + 'static, V: Clone> FromIterator<(K, V)> for Dict<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(iter.into_iter().collect())))
    }
}

impl<K: Hash + Eq, V: PartialEq> PartialEq for Dict<K, V> {
    fn eq(&self, other: &Dict<K, V>) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || {
            let (a, b) = (self.0.borrow(), other.0.borrow());
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k) == Some(v))
        }
    }
}

/// The iterator behind `for k, v in d.items()` (and keys and values).
pub struct DictIter<K, V> {
    dict: Dict<K, V>,
    next: usize,
    len: usize,
    done: bool,
}

impl<K: Clone, V: Clone> Iterator for DictIter<K, V> {
    type Item = PyResult<(K, V)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let map = self.dict.0.borrow();
        if map.len() != self.len {
            self.done = true;
            return Some(Err(PyErr::new(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            )));
        }
        let item = map
            .get_index(self.next)
            .map(|(k, v)| (k.clone(), v.clone()));
        self.next += 1;
        item.map(Ok)
    }
}

impl<K: PyDisplay, V: PyDisplay> PyDisplay for Dict<K, V> {
    fn write_str(&self, out: &mut String) {
        self.write_repr(out)
    }

    fn write_repr(&self, out: &mut String) {
        // A dict met again inside itself prints as `{...}`, as in CPython.
        let _entered = match crate::display::repr_enter(self.as_ptr()) {
            crate::display::ReprEntry::Entered(guard) => guard,
            crate::display::ReprEntry::Recursive => return out.push_str("{...}"),
            crate::display::ReprEntry::TooDeep => {
                crate::run::fatal(crate::display::repr_recursion_error())
            }
        };
        out.push('{');
        for (i, (k, v)) in self.0.borrow().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            k.write_repr(out);
            out.push_str(": ");
            v.write_repr(out);
        }
        out.push('}');
    }

    fn format_spec(&self, spec: &crate::text::format_spec::FormatSpec) -> Result<String, String> {
        let mut s = String::new();
        self.write_repr(&mut s);
        crate::text::format_spec::format_str(&s, spec)
            .map_err(|_| "unsupported format string passed to dict.__format__".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Int, Str};

    #[test]
    fn order_and_errors() {
        let d: Dict<Str, Int> = Dict::new();
        d.set(Str::from("b"), Int::from(1));
        d.set(Str::from("a"), Int::from(2));
        d.set(Str::from("b"), Int::from(3));
        assert_eq!(crate::repr(&d).as_str(), "{'b': 3, 'a': 2}");
        d.del(&Str::from("b")).unwrap();
        d.set(Str::from("b"), Int::from(4));
        assert_eq!(crate::repr(&d).as_str(), "{'a': 2, 'b': 4}");
        let e = d.get(&Str::from("x")).unwrap_err();
        assert_eq!(e.traceback_line(), "KeyError: 'x'");
    }

    #[test]
    fn iteration_detects_resizing() {
        let d: Dict<Int, Int> = (0..3).map(|i| (Int::from(i), Int::from(i))).collect();
        let mut it = d.iter();
        assert!(it.next().unwrap().is_ok());
        d.set(Int::from(9), Int::from(9));
        assert!(it.next().unwrap().is_err());
        assert!(it.next().is_none());
    }
}
