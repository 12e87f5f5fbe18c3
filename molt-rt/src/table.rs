//! Read-only module constants: a dict or list literal assigned once at the
//! top level that the program only looks things up in.
//!
//! The translator proves no code mutates, aliases or prints such a value,
//! so it needs neither a shared cell nor a run-time build step: its entries
//! are a `const` slice of Rust values, converted to Python values as they
//! are read. A lookup scans the entries, which for the small tables this
//! is used for beats hashing the key.

use crate::api::ToPy;
use crate::exc::{key_error, ExcKind, PyErr, PyResult};
use crate::{Int, PyDisplay, Str};

/// A key a [`Map`] stores as a Rust value and compares with the Python
/// value being looked up.
pub trait TableKey: Sized {
    type Py: PyDisplay + 'static;
    /// The value stored under `key`.
    fn find<'a, V>(entries: &'a [(Self, V)], key: &Self::Py) -> Option<&'a V>;
}

impl TableKey for &'static str {
    type Py = Str;
    #[inline]
    fn find<'a, V>(entries: &'a [(Self, V)], key: &Str) -> Option<&'a V> {
        let key = key.as_str();
        entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
}

impl TableKey for i64 {
    type Py = Int;
    #[inline]
    fn find<'a, V>(entries: &'a [(Self, V)], key: &Int) -> Option<&'a V> {
        let key = key.as_i64()?;
        entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
}

/// A dict constant: `TIER_DISCOUNTS = {"basic": 0.0, "gold": 0.12}`.
#[derive(Clone, Copy)]
pub struct Map<K: 'static, V: 'static> {
    entries: &'static [(K, V)],
}

impl<K: TableKey, V: ToPy> Map<K, V> {
    pub const fn new(entries: &'static [(K, V)]) -> Self {
        Map { entries }
    }

    #[inline]
    fn find(&self, key: &K::Py) -> Option<&V> {
        K::find(self.entries, key)
    }

    /// `key in d`.
    #[inline]
    pub fn contains(&self, key: &K::Py) -> bool {
        self.find(key).is_some()
    }

    /// `d[key]`.
    #[inline]
    pub fn get(&self, key: &K::Py) -> PyResult<V::Py> {
        match self.find(key) {
            Some(v) => Ok(v.to_py()),
            None => Err(key_error(key)),
        }
    }

    /// `d.get(key)`: `None` when absent.
    #[inline]
    pub fn get_opt(&self, key: &K::Py) -> Option<V::Py> {
        self.find(key).map(ToPy::to_py)
    }

    /// `d.get(key, default)`.
    #[inline]
    pub fn get_or(&self, key: &K::Py, default: V::Py) -> V::Py {
        self.find(key).map_or(default, ToPy::to_py)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A list constant: `STEPS = [(100, 0.1), (20, 0.05)]`.
#[derive(Clone, Copy)]
pub struct Seq<T: 'static> {
    items: &'static [T],
}

impl<T: ToPy> Seq<T> {
    pub const fn new(items: &'static [T]) -> Self {
        Seq { items }
    }

    /// `for x in xs`.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = T::Py> {
        self.items.iter().map(ToPy::to_py)
    }

    /// `xs[i]`.
    #[inline]
    pub fn get(&self, index: &Int) -> PyResult<T::Py> {
        match crate::list::resolve_index(index, self.items.len()) {
            Some(i) => Ok(self.items[i].to_py()),
            None => Err(PyErr::new(ExcKind::IndexError, "list index out of range")),
        }
    }

    /// `x in xs`.
    pub fn contains(&self, value: &T::Py) -> bool
    where
        T::Py: PartialEq,
    {
        self.iter().any(|item| item == *value)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIERS: Map<&str, f64> = Map::new(&[("basic", 0.0), ("gold", 0.12)]);
    const CODES: Map<i64, &str> = Map::new(&[(1, "one"), (-2, "minus two")]);
    const STEPS: Seq<(i64, f64)> = Seq::new(&[(100, 0.1), (20, 0.05)]);

    #[test]
    fn map_looks_up_str_and_int_keys() {
        assert!(TIERS.contains(&Str::from("gold")));
        assert!(!TIERS.contains(&Str::from("silver")));
        assert_eq!(TIERS.get(&Str::from("gold")).unwrap(), 0.12);
        assert_eq!(TIERS.get_or(&Str::from("x"), 1.5), 1.5);
        assert_eq!(TIERS.get_opt(&Str::from("basic")), Some(0.0));
        assert_eq!(CODES.get(&Int::from(-2)).unwrap(), Str::from("minus two"));
        assert_eq!(TIERS.len(), 2);
    }

    #[test]
    fn missing_key_is_a_key_error_with_the_repr() {
        let e = TIERS.get(&Str::from("silver")).unwrap_err();
        assert_eq!(e.traceback_line(), "KeyError: 'silver'");
        let e = CODES.get(&Int::from(7)).unwrap_err();
        assert_eq!(e.traceback_line(), "KeyError: 7");
    }

    #[test]
    fn seq_iterates_indexes_and_contains() {
        let items: Vec<(Int, f64)> = STEPS.iter().collect();
        assert_eq!(items, vec![(Int::from(100), 0.1), (Int::from(20), 0.05)]);
        assert_eq!(STEPS.get(&Int::from(-1)).unwrap(), (Int::from(20), 0.05));
        let e = STEPS.get(&Int::from(2)).unwrap_err();
        assert_eq!(e.traceback_line(), "IndexError: list index out of range");
        assert!(STEPS.contains(&(Int::from(20), 0.05)));
        assert!(!STEPS.contains(&(Int::from(20), 0.5)));
    }
}
