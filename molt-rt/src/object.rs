//! Instances of the user's classes.
//!
//! A Python class becomes a Rust struct whose fields are [`Field`]s (or
//! `Cell`s for `float` and `bool`), and an instance is an `Rc` of it:
//! shared, with identity, as in Python. A field is read with `get()` and
//! written with `set()`, each borrowing the field only for the call, so
//! reading one field while another statement writes it can never collide.
//! A field that the class's `__init__` does not always assign is a
//! [`Slot`], whose read raises CPython's AttributeError while it is unset.

use crate::display::PyDisplay;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::text::format_spec::FormatSpec;
use std::cell::RefCell;
use std::rc::Rc;

/// A field of an instance, read and written whole.
#[derive(Default)]
pub struct Field<T>(RefCell<T>);

impl<T: Clone> Field<T> {
    pub fn new(value: T) -> Field<T> {
        Field(RefCell::new(value))
    }

    /// The field's value (a shared container is shared, not copied).
    #[inline]
    pub fn get(&self) -> T {
        self.0.borrow().clone()
    }

    #[inline]
    pub fn set(&self, value: T) {
        *self.0.borrow_mut() = value;
    }
}

/// A field that may not be assigned yet.
pub struct Slot<T> {
    value: RefCell<Option<T>>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot {
            value: RefCell::new(None),
        }
    }
}

impl<T: Clone> Slot<T> {
    /// The value, or CPython's AttributeError while the field is unset.
    #[inline]
    pub fn get(&self, class: &str, name: &str) -> PyResult<T> {
        match &*self.value.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::new(
                ExcKind::AttributeError,
                format!("'{class}' object has no attribute '{name}'"),
            )),
        }
    }

    #[inline]
    pub fn set(&self, value: T) {
        *self.value.borrow_mut() = Some(value);
    }

    /// Whether the field has a value.
    pub fn is_set(&self) -> bool {
        self.value.borrow().is_some()
    }
}

/// What the runtime needs to know about a user's class: its name and its
/// `__repr__`/`__str__`/`__hash__`, where the class defines them.
pub trait PyClass: Sized {
    /// The class's `__qualname__`.
    const NAME: &'static str;

    /// `repr(self)`: `<__main__.Point object at 0x...>` unless the class
    /// defines `__repr__`.
    fn py_repr(this: &Rc<Self>) -> PyResult<String> {
        Ok(default_repr(Self::NAME, this))
    }

    /// `str(self)`: the repr unless the class defines `__str__`.
    fn py_str(this: &Rc<Self>) -> PyResult<String> {
        Self::py_repr(this)
    }

    /// `hash(self)`: by identity unless the class defines `__hash__`.
    fn py_hash(this: &Rc<Self>) -> PyResult<i64> {
        Ok(identity_hash(this))
    }
}

/// CPython's default `object.__repr__`.
pub fn default_repr<T>(class: &str, this: &Rc<T>) -> String {
    format!(
        "<__main__.{class} object at {:#x}>",
        Rc::as_ptr(this) as usize
    )
}

/// CPython's default `object.__hash__`: the address rotated by 4 bits.
pub fn identity_hash<T>(this: &Rc<T>) -> i64 {
    let addr = Rc::as_ptr(this) as usize as u64;
    let h = addr.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `a is b` for instances.
#[inline]
pub fn is<T>(a: &Rc<T>, b: &Rc<T>) -> bool {
    Rc::ptr_eq(a, b)
}

/// `a is b` where either may be None: the same instance, or both None.
#[inline]
pub fn is_optional<T>(a: Option<&Rc<T>>, b: Option<&Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

impl<T: PyClass> PyDisplay for Rc<T> {
    fn write_str(&self, out: &mut String) {
        match T::py_str(self) {
            Ok(s) => out.push_str(&s),
            Err(e) => crate::run::fatal(e),
        }
    }

    fn write_repr(&self, out: &mut String) {
        match T::py_repr(self) {
            Ok(s) => out.push_str(&s),
            Err(e) => crate::run::fatal(e),
        }
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        if *spec == FormatSpec::default() {
            let mut out = String::new();
            self.write_str(&mut out);
            Ok(out)
        } else {
            Err(format!(
                "unsupported format string passed to {}.__format__",
                T::NAME
            ))
        }
    }
}

impl<T: PyClass> crate::hash::PyHash for Rc<T> {
    fn py_hash(&self) -> i64 {
        match T::py_hash(self) {
            Ok(h) => h,
            Err(e) => crate::run::fatal(e),
        }
    }
}

/// A `__hash__` result as CPython uses it: kept when it fits a machine
/// word (with -1, the error marker, becoming -2), else the int's hash.
pub fn hash_result(h: &crate::Int) -> i64 {
    use crate::hash::PyHash;
    match h.as_i64() {
        Some(-1) => -2,
        Some(v) => v,
        None => h.py_hash(),
    }
}

/// `for x in obj`: the items of an instance's iterator (what its
/// `__iter__` gave), taken with `next` (its `__next__`) until that raises
/// StopIteration; another exception ends the iteration as an error item.
pub fn iterate<I, T>(
    iterator: I,
    mut next: impl FnMut(&I) -> PyResult<T>,
) -> impl Iterator<Item = PyResult<T>> {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match next(&iterator) {
            Ok(v) => Some(Ok(v)),
            Err(e) => {
                done = true;
                if e.matches(ExcKind::StopIteration) {
                    None
                } else {
                    Some(Err(e))
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Point {
        x: Field<crate::Int>,
        label: Slot<crate::Str>,
    }

    impl PyClass for Point {
        const NAME: &'static str = "Point";
    }

    #[test]
    fn fields_are_shared_through_the_rc() {
        let p = Rc::new(Point::default());
        let q = p.clone();
        q.x.set(crate::Int::from(3));
        assert_eq!(p.x.get(), crate::Int::from(3));
        assert!(is(&p, &q));
    }

    #[test]
    fn unset_slot_raises_attribute_error() {
        let p = Rc::new(Point::default());
        let err = p.label.get("Point", "label").unwrap_err();
        assert_eq!(
            err.traceback_line(),
            "AttributeError: 'Point' object has no attribute 'label'"
        );
        p.label.set(crate::Str::from("a"));
        assert_eq!(&*p.label.get("Point", "label").unwrap(), "a");
    }

    #[test]
    fn default_repr_names_the_class() {
        let p = Rc::new(Point::default());
        assert!(crate::repr(&p).starts_with("<__main__.Point object at 0x"));
    }
}
