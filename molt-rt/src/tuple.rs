//! `tuple[T, ...]`: a tuple whose length is known only at run time, such
//! as a function's `*args`. Immutable, so its items are shared freely.

use crate::display::PyDisplay;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::hash::{hash_tuple, PyHash};
use crate::int::Int;
use crate::list::{resolve_index, slice_indices, List};
use crate::text::format_spec::{self, FormatSpec};
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tuple<T>(Rc<[T]>);

impl<T> From<Vec<T>> for Tuple<T> {
    fn from(items: Vec<T>) -> Self {
        Tuple(items.into())
    }
}

impl<T, const N: usize> From<[T; N]> for Tuple<T> {
    fn from(items: [T; N]) -> Self {
        Tuple(Rc::from(Vec::from(items)))
    }
}

impl<T> FromIterator<T> for Tuple<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Tuple(items.into_iter().collect())
    }
}

impl<T> Default for Tuple<T> {
    fn default() -> Self {
        Tuple(Rc::from(Vec::new()))
    }
}

impl<T: Clone + 'static> Tuple<T> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Python truthiness.
    pub fn is_true(&self) -> bool {
        !self.0.is_empty()
    }

    /// The items, in order.
    pub fn iter(&self) -> impl Iterator<Item = T> + 'static {
        let items = Rc::clone(&self.0);
        (0..items.len()).map(move |i| items[i].clone())
    }

    pub fn with_slice<R>(&self, f: impl FnOnce(&[T]) -> R) -> R {
        f(&self.0)
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.0.to_vec()
    }

    /// `t[i]`.
    pub fn get(&self, index: &Int) -> PyResult<T> {
        match resolve_index(index, self.0.len()) {
            Some(i) => Ok(self.0[i].clone()),
            None => Err(PyErr::new(ExcKind::IndexError, "tuple index out of range")),
        }
    }

    /// `t[start:stop:step]`.
    pub fn slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<Tuple<T>> {
        let picked = slice_indices(self.0.len(), start, stop, step)?;
        Ok(picked.into_iter().map(|i| self.0[i].clone()).collect())
    }

    pub fn contains(&self, value: &T) -> bool
    where
        T: PartialEq,
    {
        self.0.contains(value)
    }

    /// `t.count(x)`.
    pub fn count(&self, value: &T) -> Int
    where
        T: PartialEq,
    {
        Int::from_usize(self.0.iter().filter(|x| *x == value).count())
    }

    /// `list(t)`.
    pub fn to_list(&self) -> List<T> {
        List::from(self.to_vec())
    }
}

impl<T: PyDisplay> PyDisplay for Tuple<T> {
    fn write_str(&self, out: &mut String) {
        self.write_repr(out)
    }

    fn write_repr(&self, out: &mut String) {
        out.push('(');
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.write_repr(out);
        }
        if self.0.len() == 1 {
            out.push(',');
        }
        out.push(')');
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        let mut s = String::new();
        self.write_repr(&mut s);
        format_spec::format_str(&s, spec)
            .map_err(|_| "unsupported format string passed to tuple.__format__".to_string())
    }
}

impl<T: PyHash> PyHash for Tuple<T> {
    fn py_hash(&self) -> i64 {
        let lanes: Vec<i64> = self.0.iter().map(PyHash::py_hash).collect();
        hash_tuple(&lanes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_and_hashes_as_a_tuple() {
        let t = Tuple::from(vec![Int::from(1), Int::from(2)]);
        assert_eq!(crate::repr(&t), "(1, 2)");
        assert_eq!(crate::repr(&Tuple::from(vec![Int::from(7)])), "(7,)");
        assert_eq!(crate::repr(&Tuple::<Int>::default()), "()");
        assert_eq!(t.py_hash(), (Int::from(1), Int::from(2)).py_hash());
        assert!(t.get(&Int::from(2)).is_err());
        assert_eq!(
            t.slice(Some(&Int::from(1)), None, None)
                .ok()
                .map(|s| s.len()),
            Some(1)
        );
    }
}
