//! Variables shared between a function and the closures it makes.
//!
//! A closure that assigns an enclosing function's variable (`nonlocal`),
//! or whose variable the function assigns again after making it, must see
//! one variable, not a copy: both hold a [`Shared`] handle to one cell.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use std::cell::RefCell;
use std::rc::Rc;

/// A function value: a shared closure with the function's `__name__` and
/// `__doc__`. It is called like the closure (`f(x)`, through `Deref`).
pub struct Function<F: ?Sized> {
    name: &'static str,
    doc: Option<&'static str>,
    /// A module-level def, which is one object however often it is named.
    def: bool,
    call: Rc<F>,
}

impl<F: ?Sized> Function<F> {
    /// A closure or lambda: each one made is another object.
    pub fn new(name: &'static str, call: Rc<F>) -> Function<F> {
        Function {
            name,
            doc: None,
            def: false,
            call,
        }
    }

    /// The module-level def `name` as a value.
    pub fn def(name: &'static str, call: Rc<F>) -> Function<F> {
        Function {
            def: true,
            ..Function::new(name, call)
        }
    }

    /// With its docstring.
    pub fn with_doc(mut self, doc: Option<&'static str>) -> Function<F> {
        self.doc = doc;
        self
    }

    /// `f.__name__`.
    pub fn name(&self) -> Str {
        Str::from(self.name)
    }

    /// `f.__doc__`.
    pub fn doc(&self) -> Option<Str> {
        self.doc.map(Str::from)
    }

    /// The name and docstring a wrapper made with `functools.wraps(self)`
    /// takes.
    pub fn static_name(&self) -> &'static str {
        self.name
    }

    pub fn static_doc(&self) -> Option<&'static str> {
        self.doc
    }

    /// `f is g`.
    pub fn is(&self, other: &Function<F>) -> bool {
        if self.def || other.def {
            self.def && other.def && self.name == other.name
        } else {
            Rc::ptr_eq(&self.call, &other.call)
        }
    }
}

impl<F: ?Sized> Clone for Function<F> {
    /// Another handle to the same function.
    fn clone(&self) -> Self {
        Function {
            name: self.name,
            doc: self.doc,
            def: self.def,
            call: Rc::clone(&self.call),
        }
    }
}

impl<F: ?Sized> std::ops::Deref for Function<F> {
    type Target = F;

    fn deref(&self) -> &F {
        &self.call
    }
}

/// A function value taking no argument and giving `R` (or raising);
/// `Func1` to `Func8` take one to eight.
pub type Func0<R> = Function<dyn Fn() -> PyResult<R>>;
pub type Func1<A, R> = Function<dyn Fn(A) -> PyResult<R>>;
pub type Func2<A, B, R> = Function<dyn Fn(A, B) -> PyResult<R>>;
pub type Func3<A, B, C, R> = Function<dyn Fn(A, B, C) -> PyResult<R>>;
pub type Func4<A, B, C, D, R> = Function<dyn Fn(A, B, C, D) -> PyResult<R>>;
pub type Func5<A, B, C, D, E, R> = Function<dyn Fn(A, B, C, D, E) -> PyResult<R>>;
pub type Func6<A, B, C, D, E, F, R> = Function<dyn Fn(A, B, C, D, E, F) -> PyResult<R>>;
pub type Func7<A, B, C, D, E, F, G, R> = Function<dyn Fn(A, B, C, D, E, F, G) -> PyResult<R>>;
pub type Func8<A, B, C, D, E, F, G, H, R> = Function<dyn Fn(A, B, C, D, E, F, G, H) -> PyResult<R>>;

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
