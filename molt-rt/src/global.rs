//! Module-level variables that functions share: one cell per variable per
//! thread, empty until the module assigns it (reading it earlier raises
//! `NameError`, as in CPython).

use crate::exc::{name_error, PyResult};
use std::cell::RefCell;
use std::thread::LocalKey;

/// The storage of one module-level variable.
pub struct Global<T>(RefCell<Option<T>>);

impl<T> Global<T> {
    pub const fn unbound() -> Global<T> {
        Global(RefCell::new(None))
    }
}

/// Reads `name`, raising `NameError` before its first assignment.
pub fn get<T: Clone + 'static>(cell: &'static LocalKey<Global<T>>, name: &str) -> PyResult<T> {
    cell.with(|g| g.0.borrow().clone())
        .ok_or_else(|| name_error(name))
}

/// Assigns `name`.
pub fn set<T: 'static>(cell: &'static LocalKey<Global<T>>, value: T) {
    cell.with(|g| *g.0.borrow_mut() = Some(value));
}
