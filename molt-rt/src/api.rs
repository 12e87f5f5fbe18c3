//! The typed Rust API of a Python module that a Rust crate embeds (through
//! molt-codegen's `Builder` or `include_py!`): how Rust values become
//! Python values and back, and the error a raised exception becomes.
//!
//! What a caller sees is `Send + Sync`: [`Error`] and the Rust sides of
//! the conversions. The Python values behind them are not (they share
//! with `Rc`); they live only during one call, on the calling thread.

use crate::exc::ExcClass;
use crate::{Dict, Int, List, PyDisplay, PyErr, PyResult, Str};
use std::fmt;
use std::hash::Hash;

pub use indexmap::IndexMap;

/// A Python exception that reached Rust: its class, the classes it derives
/// from and `str()` of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The class and its ancestors, nearest first (`["KeyError",
    /// "LookupError", "Exception", "BaseException"]`).
    classes: Vec<&'static str>,
    message: String,
}

impl Error {
    /// The exception's class name, as Python prints it (`ValueError`).
    pub fn class_name(&self) -> &str {
        self.classes[0]
    }

    /// `str(e)` in Python.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether `except name:` would catch it: its class is `name` or
    /// derives from it.
    pub fn is_instance_of(&self, name: &str) -> bool {
        self.classes.contains(&name)
    }
}

impl fmt::Display for Error {
    /// The last line of CPython's traceback: `ValueError: bad tier`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.classes[0])
        } else {
            write!(f, "{}: {}", self.classes[0], self.message)
        }
    }
}

impl std::error::Error for Error {}

impl From<PyErr> for Error {
    fn from(err: PyErr) -> Error {
        let mut classes = Vec::new();
        let mut class = Some(err.class());
        while let Some(c) = class {
            classes.push(c.name());
            class = match c {
                ExcClass::Builtin(k) => k.base().map(ExcClass::Builtin),
                ExcClass::User(t) => Some(t.base),
            };
        }
        Error {
            classes,
            message: err.message().to_string(),
        }
    }
}

/// Finishes a call from Rust into Python: prints what the call left in
/// the output buffer (no process exit will flush it) and turns a raised
/// exception into an [`Error`].
#[inline]
pub fn finish<T>(result: PyResult<T>) -> Result<T, Error> {
    crate::io::flush();
    result.map_err(Error::from)
}

/// Finishes a call that cannot raise: prints what it left in the output
/// buffer.
#[inline]
pub fn returned<T>(value: T) -> T {
    crate::io::flush();
    value
}

/// A Rust value that a Python function takes: `i64` for `int`, `&str` for
/// `str`, slices for `list`, and so on. Conversion copies: Python code never
/// sees the caller's value itself, and its changes to what it was given stay
/// in Python.
pub trait ToPy {
    /// The runtime's representation of the Python value.
    type Py;
    fn to_py(&self) -> Self::Py;
}

/// A Rust value that a Python function returns. Conversion fails where
/// Rust's type is narrower than Python's: an `int` beyond `i64` raises
/// OverflowError, as CPython's conversions to C integers do.
pub trait FromPy: Sized {
    type Py;
    fn from_py(py: Self::Py) -> PyResult<Self>;
}

macro_rules! same {
    ($($t:ty),*) => {$(
        impl ToPy for $t {
            type Py = $t;
            #[inline]
            fn to_py(&self) -> $t {
                *self
            }
        }
        impl FromPy for $t {
            type Py = $t;
            #[inline]
            fn from_py(py: $t) -> PyResult<$t> {
                Ok(py)
            }
        }
    )*};
}

same!(f64, bool);

impl ToPy for () {
    type Py = ();
    fn to_py(&self) {}
}

impl FromPy for () {
    type Py = ();
    fn from_py(_: ()) -> PyResult<()> {
        Ok(())
    }
}

impl ToPy for i64 {
    type Py = Int;
    #[inline]
    fn to_py(&self) -> Int {
        Int::Small(*self)
    }
}

impl FromPy for i64 {
    type Py = Int;
    #[inline]
    fn from_py(py: Int) -> PyResult<i64> {
        py.as_i64()
            .ok_or_else(|| crate::exc::overflow("Python int too large to convert to i64"))
    }
}

impl ToPy for str {
    type Py = Str;
    #[inline]
    fn to_py(&self) -> Str {
        Str::from(self)
    }
}

impl ToPy for String {
    type Py = Str;
    #[inline]
    fn to_py(&self) -> Str {
        Str::from(self.as_str())
    }
}

impl FromPy for String {
    type Py = Str;
    fn from_py(py: Str) -> PyResult<String> {
        Ok(py.as_str().to_string())
    }
}

impl<T: ToPy + ?Sized> ToPy for &T {
    type Py = T::Py;
    #[inline]
    fn to_py(&self) -> T::Py {
        (**self).to_py()
    }
}

impl<T: ToPy> ToPy for [T]
where
    T::Py: Clone,
{
    type Py = List<T::Py>;
    fn to_py(&self) -> List<T::Py> {
        self.iter().map(ToPy::to_py).collect()
    }
}

impl<T: ToPy> ToPy for Vec<T>
where
    T::Py: Clone,
{
    type Py = List<T::Py>;
    fn to_py(&self) -> List<T::Py> {
        self.as_slice().to_py()
    }
}

impl<T: FromPy> FromPy for Vec<T>
where
    T::Py: Clone,
{
    type Py = List<T::Py>;
    fn from_py(py: List<T::Py>) -> PyResult<Vec<T>> {
        py.to_vec().into_iter().map(T::from_py).collect()
    }
}

impl<T: ToPy> ToPy for Option<T> {
    type Py = Option<T::Py>;
    fn to_py(&self) -> Option<T::Py> {
        self.as_ref().map(ToPy::to_py)
    }
}

impl<T: FromPy> FromPy for Option<T> {
    type Py = Option<T::Py>;
    fn from_py(py: Option<T::Py>) -> PyResult<Option<T>> {
        py.map(T::from_py).transpose()
    }
}

/// Python dicts keep insertion order, and so does `IndexMap`: Python code
/// iterates a dict it was given in the caller's order, and the caller
/// iterates a returned dict in Python's.
impl<K: ToPy, V: ToPy, S> ToPy for IndexMap<K, V, S>
where
    K::Py: Hash + Eq + Clone + PyDisplay + 'static,
    V::Py: Clone,
{
    type Py = Dict<K::Py, V::Py>;
    fn to_py(&self) -> Dict<K::Py, V::Py> {
        self.iter().map(|(k, v)| (k.to_py(), v.to_py())).collect()
    }
}

impl<K: FromPy + Hash + Eq, V: FromPy> FromPy for IndexMap<K, V>
where
    K::Py: Hash + Eq + Clone + PyDisplay + 'static,
    V::Py: Clone,
{
    type Py = Dict<K::Py, V::Py>;
    fn from_py(py: Dict<K::Py, V::Py>) -> PyResult<IndexMap<K, V>> {
        py.items_vec()
            .into_iter()
            .map(|(k, v)| Ok((K::from_py(k)?, V::from_py(v)?)))
            .collect()
    }
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: ToPy),+> ToPy for ($($t,)+) {
            type Py = ($($t::Py,)+);
            fn to_py(&self) -> Self::Py {
                ($(self.$i.to_py(),)+)
            }
        }
        impl<$($t: FromPy),+> FromPy for ($($t,)+) {
            type Py = ($($t::Py,)+);
            fn from_py(py: Self::Py) -> PyResult<Self> {
                Ok(($($t::from_py(py.$i)?,)+))
            }
        }
    )*};
}

tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}

/// A module's top-level code runs once per thread, before the first call
/// from Rust on that thread: module state lives with the Python values,
/// which do not cross threads.
pub struct ModuleState(std::cell::Cell<bool>);

impl ModuleState {
    pub const fn new() -> ModuleState {
        ModuleState(std::cell::Cell::new(false))
    }

    /// Runs `module_main` unless it already ran on this thread. Like a
    /// failed import in CPython, top-level code that raised runs again on
    /// the next call.
    pub fn load(&self, module_main: fn() -> PyResult<()>) -> PyResult<()> {
        if !self.0.get() {
            module_main()?;
            self.0.set(true);
        }
        Ok(())
    }
}

impl Default for ModuleState {
    fn default() -> Self {
        ModuleState::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExcKind;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn api_types_cross_threads() {
        assert_send_sync::<Error>();
        assert_send_sync::<IndexMap<String, Vec<(i64, f64)>>>();
    }

    #[test]
    fn error_keeps_class_chain_and_message() {
        let e = Error::from(PyErr::new(ExcKind::KeyError, "'x'"));
        assert_eq!(e.class_name(), "KeyError");
        assert!(e.is_instance_of("LookupError"));
        assert!(e.is_instance_of("Exception"));
        assert!(!e.is_instance_of("ValueError"));
        assert_eq!(e.to_string(), "KeyError: 'x'");
    }

    #[test]
    fn conversions_round_trip() {
        let v = vec![(String::from("a"), 1i64), (String::from("b"), 2)];
        let py = v.to_py();
        assert_eq!(py.len(), 2);
        assert_eq!(Vec::<(String, i64)>::from_py(py).unwrap(), v);
        let m: IndexMap<String, f64> = [("z".into(), 1.0), ("a".into(), 2.0)].into();
        let back = IndexMap::<String, f64>::from_py(m.to_py()).unwrap();
        assert_eq!(back.keys().collect::<Vec<_>>(), ["z", "a"]);
    }

    #[test]
    fn big_int_to_i64_overflows() {
        let big = Int::from_big(num_bigint::BigInt::from(1u8) << 70);
        let err = i64::from_py(big).unwrap_err();
        assert_eq!(err.class_name(), "OverflowError");
    }
}
