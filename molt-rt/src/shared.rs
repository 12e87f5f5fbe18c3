//! Variables shared between a function and the closures it makes.
//!
//! A closure that assigns an enclosing function's variable (`nonlocal`),
//! or whose variable the function assigns again after making it, must see
//! one variable, not a copy: both hold a [`Shared`] handle to one cell.

use crate::exc::{ExcKind, PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// A function value: any function, closure or lambda taking no argument
/// and giving `R` (or raising); `Func1` to `Func4` take one to four.
pub type Func0<R> = Rc<dyn Fn() -> PyResult<R>>;
pub type Func1<A, R> = Rc<dyn Fn(A) -> PyResult<R>>;
pub type Func2<A, B, R> = Rc<dyn Fn(A, B) -> PyResult<R>>;
pub type Func3<A, B, C, R> = Rc<dyn Fn(A, B, C) -> PyResult<R>>;
pub type Func4<A, B, C, D, R> = Rc<dyn Fn(A, B, C, D) -> PyResult<R>>;

/// One variable, unbound until its first assignment.
pub struct Shared<T>(Rc<RefCell<Option<T>>>);

impl<T> Clone for Shared<T> {
    /// Another handle to the same variable.
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: Clone> Shared<T> {
    pub fn unbound() -> Shared<T> {
        Shared(Rc::new(RefCell::new(None)))
    }

    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(RefCell::new(Some(value))))
    }

    /// A read in the function that owns the variable.
    #[inline]
    pub fn get(&self, name: &str) -> PyResult<T> {
        self.0.borrow().clone().ok_or_else(|| {
            PyErr::new(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        })
    }

    /// A read in a closure.
    #[inline]
    pub fn get_free(&self, name: &str) -> PyResult<T> {
        self.0.borrow().clone().ok_or_else(|| {
            PyErr::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        })
    }

    #[inline]
    pub fn set(&self, value: T) {
        *self.0.borrow_mut() = Some(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_share_one_variable() {
        let a: Shared<i64> = Shared::unbound();
        assert_eq!(
            a.get("n").unwrap_err().traceback_line(),
            "UnboundLocalError: cannot access local variable 'n' where it is not associated with a value"
        );
        let b = a.clone();
        b.set(3);
        assert_eq!(a.get("n").unwrap(), 3);
        assert!(b.get_free("n").is_ok());
    }
}
