//! A first-class Python iterator, what `iter(x)` returns.
//!
//! The handle is shared: `next(it)` and a `for` loop over the same
//! iterator take turns consuming it, as in CPython. Items are results so
//! that iterators which can raise (a dict changing size) carry the error
//! to the code that asks for the next item.

use crate::exc::{ExcKind, PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

type Source<T> = Box<dyn Iterator<Item = PyResult<T>>>;

pub struct PyIter<T>(Rc<RefCell<Source<T>>>);

impl<T> Clone for PyIter<T> {
    /// Another handle to the same iterator.
    fn clone(&self) -> Self {
        PyIter(Rc::clone(&self.0))
    }
}

impl<T: 'static> PyIter<T> {
    pub fn new(items: impl Iterator<Item = T> + 'static) -> PyIter<T> {
        PyIter::fallible(items.map(Ok))
    }

    pub fn fallible(items: impl Iterator<Item = PyResult<T>> + 'static) -> PyIter<T> {
        PyIter(Rc::new(RefCell::new(Box::new(items))))
    }

    /// `close()` of a generator that only yields: it is exhausted.
    pub fn close(&self) {
        *self.0.borrow_mut() = Box::new(std::iter::empty());
    }
}

impl<T> PyIter<T> {
    /// The next item, or `None` once the iterator is exhausted.
    pub fn next_opt(&self) -> PyResult<Option<T>> {
        let item = self.0.borrow_mut().next();
        item.transpose()
    }

    /// `next(it)`: StopIteration once exhausted.
    pub fn next_item(&self) -> PyResult<T> {
        self.next_opt()?
            .ok_or_else(|| PyErr::new(ExcKind::StopIteration, ""))
    }

    /// `item in it`: consumes the iterator up to the first equal item.
    pub fn contains(&self, item: &T) -> PyResult<bool>
    where
        T: PartialEq,
    {
        while let Some(x) = self.next_opt()? {
            if x == *item {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `next(it, default)`.
    pub fn next_or(&self, default: T) -> PyResult<T> {
        Ok(self.next_opt()?.unwrap_or(default))
    }
}

impl<T> Iterator for PyIter<T> {
    type Item = PyResult<T>;

    fn next(&mut self) -> Option<PyResult<T>> {
        self.0.borrow_mut().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_share_one_position() {
        let it = PyIter::new(vec![1, 2, 3].into_iter());
        assert_eq!(it.next_item().unwrap(), 1);
        let rest: Vec<i32> = it.clone().map(Result::unwrap).collect();
        assert_eq!(rest, vec![2, 3]);
        assert_eq!(it.next_item().unwrap_err().kind(), ExcKind::StopIteration);
        assert_eq!(it.next_or(7).unwrap(), 7);
    }
}
