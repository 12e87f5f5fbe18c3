//! `functools.reduce`.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::iter::PyIter;
use crate::shared::Func2;

/// `reduce(f, items)`: the first item starts the fold.
pub fn reduce<T>(f: Func2<T, T, T>, items: PyIter<T>) -> PyResult<T> {
    let first = items.next_opt()?.ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "reduce() of empty iterable with no initial value",
        )
    })?;
    fold(f, items, first)
}

/// `reduce(f, items, initial)`.
pub fn fold<A, T>(f: Func2<A, T, A>, items: PyIter<T>, initial: A) -> PyResult<A> {
    let mut acc = initial;
    while let Some(item) = items.next_opt()? {
        acc = f(acc, item)?;
    }
    Ok(acc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::Function;
    use std::rc::Rc;

    #[test]
    fn folds_left() {
        let sub: Func2<i64, i64, i64> = Function::new("sub", Rc::new(|a, b| Ok(a - b)));
        let items = PyIter::new(vec![10, 1, 2].into_iter());
        assert_eq!(reduce(sub.clone(), items).unwrap(), 7);
        let empty = PyIter::new(Vec::<i64>::new().into_iter());
        assert_eq!(
            reduce(sub.clone(), empty).unwrap_err().traceback_line(),
            "TypeError: reduce() of empty iterable with no initial value"
        );
        let empty = PyIter::new(Vec::<i64>::new().into_iter());
        assert_eq!(fold(sub, empty, 5).unwrap(), 5);
    }
}
