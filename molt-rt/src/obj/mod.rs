//! `Obj`: a Python value whose type is known only at run time.
//!
//! The translator gives a value a static Rust type (`Int`, `List<Str>`,
//! ...) wherever Python's types allow it. `Obj` is for the rest: a list
//! like `[1, "a", 2.5]`, a list that contains itself, a dict keyed by both
//! ints and floats. Every operation dispatches on the kinds of its operands
//! and reproduces CPython 3.12 exactly, results, exception types and
//! messages alike, by delegating to the same runtime helpers the statically
//! typed code uses (`Int::floor_div`, `float::modulo`, `Str::concat`, the
//! CPython-ordered `Set`, ...).
//!
//! Containers hold the same shared handles as their static forms: an
//! `Obj::List` *is* a `List<Obj>`, so converting one to the other keeps
//! the object's identity and aliasing. As in the rest of the runtime, no
//! method holds a `RefCell` borrow while it could mutate the same
//! container, so no Python program can cause a borrow panic.
//!
//! What Molt cannot reproduce: float NaN identity (CPython's `x = nan;
//! [x] == [x]` is True through the identity shortcut; here it is False,
//! as for distinct NaN objects), and complex results (`(-8) ** 0.5`),
//! which raise Molt's loud `NotImplementedError`.
//!
//! The implementation is split by concern: `ops` (arithmetic), `compare`
//! (`==`, `<`, ..., sorting, min/max), `items` (subscripts, `in`,
//! iteration), `display` (`str`, `repr`, `format`), `sort` (CPython's
//! list sort, comparison for comparison) and `methods` (method calls,
//! `x.append(1)`, through [`Obj::call_method`]).

mod compare;
mod display;
mod items;
mod methods;
mod ops;
mod sort;
#[cfg(test)]
mod tests;

pub use items::ObjIter;

use crate::bytes::{ByteArray, Bytes};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::hash::{hash_f64, hash_tuple, PyHash, HASH_NONE};
use crate::int::Int;
use crate::list::List;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use std::borrow::Cow;
use std::rc::Rc;

/// A dynamically typed Python value.
#[derive(Clone)]
pub enum Obj {
    None,
    Bool(bool),
    Int(Int),
    Float(f64),
    Str(Str),
    Bytes(Bytes),
    ByteArray(ByteArray),
    Tuple(Rc<[Obj]>),
    List(List<Obj>),
    Dict(Dict<Obj, Obj>),
    Set(Set<Obj>),
    FrozenSet(FrozenSet<Obj>),
}

/// Builtin classes, for isinstance().
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
}

/// A statically typed value that can become an `Obj`.
///
/// Only `List<Obj>` (and `Dict<Obj, Obj>`, `Set<Obj>`) convert, never
/// `List<Int>`: a list is a shared mutable object, and converting would
/// have to copy it, breaking aliasing. The translator types a list that
/// may meet an `Obj` as `List<Obj>` from the start.
pub trait IntoObj {
    fn into_obj(self) -> Obj;
}

/// A `TypeError` with CPython's message.
pub(crate) fn type_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, message)
}

impl Obj {
    /// `type(x).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Obj::None => "NoneType",
            Obj::Bool(_) => "bool",
            Obj::Int(_) => "int",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::Bytes(_) => "bytes",
            Obj::ByteArray(_) => "bytearray",
            Obj::Tuple(_) => "tuple",
            Obj::List(_) => "list",
            Obj::Dict(_) => "dict",
            Obj::Set(_) => "set",
            Obj::FrozenSet(_) => "frozenset",
        }
    }

    /// The exact class, `type(x)`.
    pub fn class(&self) -> Class {
        match self {
            Obj::None => Class::NoneType,
            Obj::Bool(_) => Class::Bool,
            Obj::Int(_) => Class::Int,
            Obj::Float(_) => Class::Float,
            Obj::Str(_) => Class::Str,
            Obj::Bytes(_) => Class::Bytes,
            Obj::ByteArray(_) => Class::ByteArray,
            Obj::Tuple(_) => Class::Tuple,
            Obj::List(_) => Class::List,
            Obj::Dict(_) => Class::Dict,
            Obj::Set(_) => Class::Set,
            Obj::FrozenSet(_) => Class::FrozenSet,
        }
    }

    /// `isinstance(x, class)`: `bool` is a subclass of `int`.
    pub fn is_instance(&self, class: Class) -> bool {
        self.class() == class || (class == Class::Int && matches!(self, Obj::Bool(_)))
    }

    /// Python truthiness, `bool(x)`.
    pub fn is_true(&self) -> bool {
        match self {
            Obj::None => false,
            Obj::Bool(b) => *b,
            Obj::Int(i) => i.is_true(),
            Obj::Float(f) => *f != 0.0,
            Obj::Str(s) => s.is_true(),
            Obj::Bytes(b) => b.is_true(),
            Obj::ByteArray(b) => b.is_true(),
            Obj::Tuple(t) => !t.is_empty(),
            Obj::List(l) => l.is_true(),
            Obj::Dict(d) => d.is_true(),
            Obj::Set(s) => s.is_true(),
            Obj::FrozenSet(s) => s.is_true(),
        }
    }

    /// A tuple of the given items.
    pub fn tuple(items: Vec<Obj>) -> Obj {
        Obj::Tuple(Rc::from(items))
    }

    /// `len(x)`.
    pub fn len(&self) -> PyResult<Int> {
        let n = match self {
            Obj::Str(s) => s.len(),
            Obj::Bytes(b) => b.len(),
            Obj::ByteArray(b) => b.len(),
            Obj::Tuple(t) => t.len(),
            Obj::List(l) => l.len(),
            Obj::Dict(d) => d.len(),
            Obj::Set(s) => s.len(),
            Obj::FrozenSet(s) => s.len(),
            _ => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name()
                )))
            }
        };
        Ok(Int::from_usize(n))
    }

    /// `x is y` for the mutable containers and tuples, which have an
    /// identity Molt tracks; values without one (numbers, strings) never
    /// count as identical here.
    pub fn is_same(&self, other: &Obj) -> bool {
        match (self, other) {
            (Obj::List(a), Obj::List(b)) => a.is(b),
            (Obj::Dict(a), Obj::Dict(b)) => a.is(b),
            (Obj::Set(a), Obj::Set(b)) => a.is(b),
            (Obj::FrozenSet(a), Obj::FrozenSet(b)) => a.is(b),
            (Obj::ByteArray(a), Obj::ByteArray(b)) => a.is(b),
            (Obj::Tuple(a), Obj::Tuple(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The value as an int when it is an `int` or a `bool`.
    pub(crate) fn as_int(&self) -> Option<Cow<'_, Int>> {
        match self {
            Obj::Int(i) => Some(Cow::Borrowed(i)),
            Obj::Bool(b) => Some(Cow::Owned(Int::from(*b))),
            _ => None,
        }
    }

    /// The bytes of a `bytes` or `bytearray`, for the operations that
    /// accept any bytes-like operand.
    pub(crate) fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        use crate::bytes::BytesLike;
        match self {
            Obj::Bytes(b) => Some(b.with_bytes(f)),
            Obj::ByteArray(b) => Some(b.with_bytes(f)),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------
// int(), float()

impl Obj {
    /// `int(x)`: truncates floats, parses strings and bytes.
    pub fn to_int(&self) -> PyResult<Int> {
        match self {
            Obj::Int(i) => Ok(i.clone()),
            Obj::Bool(b) => Ok(Int::from(*b)),
            Obj::Float(f) => crate::float::to_int(*f),
            Obj::Str(s) => Int::parse(s),
            Obj::Bytes(_) | Obj::ByteArray(_) => {
                let text = self.ascii_number_text();
                let parsed = text.as_deref().map(Int::parse);
                // The message shows a bytearray as the bytes it was copied to.
                let shown = match self {
                    Obj::ByteArray(b) => Obj::Bytes(b.to_bytes()),
                    _ => self.clone(),
                };
                shown.bytes_parse_result(parsed, "invalid literal for int() with base 10: ")
            }
            _ => Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                self.type_name()
            ))),
        }
    }

    /// An index into a list or tuple (`what`): an int or a bool, anything
    /// else CPython's TypeError.
    pub fn to_index(&self, what: &str) -> PyResult<Int> {
        match self {
            Obj::Int(i) => Ok(i.clone()),
            Obj::Bool(b) => Ok(Int::from(i64::from(*b))),
            _ => Err(type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name()
            ))),
        }
    }

    /// A real number where a `math` function takes one (`math.sqrt(x)`):
    /// ints, floats and bools, anything else CPython's TypeError.
    pub fn to_real(&self) -> PyResult<f64> {
        match self {
            Obj::Float(f) => Ok(*f),
            Obj::Int(i) => i.to_f64(),
            Obj::Bool(b) => Ok(f64::from(u8::from(*b))),
            _ => Err(type_error(format!(
                "must be real number, not {}",
                self.type_name()
            ))),
        }
    }

    /// `float(x)`.
    pub fn to_float(&self) -> PyResult<f64> {
        match self {
            Obj::Float(f) => Ok(*f),
            Obj::Int(i) => i.to_f64(),
            Obj::Bool(b) => Ok(f64::from(u8::from(*b))),
            Obj::Str(s) => crate::float::parse(s),
            Obj::Bytes(_) | Obj::ByteArray(_) => {
                let text = self.ascii_number_text();
                let parsed = text.as_deref().map(crate::float::parse);
                self.bytes_parse_result(parsed, "could not convert string to float: ")
            }
            _ => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                self.type_name()
            ))),
        }
    }

    /// The text of a bytes operand of `int()`/`float()`. CPython parses
    /// the raw bytes as ASCII, so any other byte, and the ASCII control
    /// characters that str parsing would take as whitespace, make it
    /// invalid (`None`).
    fn ascii_number_text(&self) -> Option<String> {
        self.with_bytes(|b| {
            let valid = b
                .iter()
                .all(|&c| c.is_ascii() && !(0x1c..=0x1f).contains(&c));
            valid.then(|| b.iter().map(|&c| c as char).collect())
        })
        .flatten()
    }

    /// Rewrites a parse error of bytes to show `self`'s repr, as CPython's
    /// message does (other errors, such as the digit limit, pass through).
    fn bytes_parse_result<T>(
        &self,
        parsed: Option<PyResult<T>>,
        invalid_prefix: &str,
    ) -> PyResult<T> {
        let invalid = || {
            PyErr::new(
                ExcKind::ValueError,
                format!("{invalid_prefix}{}", crate::repr(self)),
            )
        };
        match parsed {
            None => Err(invalid()),
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) if e.message().starts_with(invalid_prefix) => Err(invalid()),
            Some(Err(e)) => Err(e),
        }
    }
}

// ---------------------------------------------------------------------------
// Hashing

impl Obj {
    /// Raises CPython's TypeError for a value that cannot be a dict key or
    /// set element (a list, dict, set or bytearray, also inside a tuple).
    pub fn check_hashable(&self) -> PyResult<()> {
        match self {
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) => Err(type_error(
                format!("unhashable type: '{}'", self.type_name()),
            )),
            Obj::Tuple(items) => items.iter().try_for_each(Obj::check_hashable),
            _ => Ok(()),
        }
    }

    /// `hash(x)`, raising for unhashable values.
    pub fn hash_checked(&self) -> PyResult<Int> {
        self.check_hashable()?;
        Ok(Int::from(self.py_hash()))
    }
}

impl PyHash for Obj {
    /// CPython's `hash()`. Unhashable values hash as 0: callers that may
    /// meet them (dict keys, set elements) call `check_hashable` first.
    fn py_hash(&self) -> i64 {
        match self {
            Obj::None => HASH_NONE,
            Obj::Bool(b) => b.py_hash(),
            Obj::Int(i) => i.py_hash(),
            Obj::Float(f) => hash_f64(*f),
            Obj::Str(s) => s.py_hash(),
            Obj::Bytes(b) => b.py_hash(),
            Obj::Tuple(items) => {
                let lanes: Vec<i64> = items.iter().map(PyHash::py_hash).collect();
                hash_tuple(&lanes)
            }
            Obj::FrozenSet(s) => s.py_hash(),
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) => 0,
        }
    }
}

/// Python's `hash()`, so that equal values (`1 == 1.0 == True`) land on
/// the same key of a `Dict<Obj, Obj>` or `Set<Obj>`.
impl std::hash::Hash for Obj {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_i64(self.py_hash())
    }
}

/// Python's `==` is an equivalence on hashable values except for NaN,
/// which, like distinct NaN objects in CPython, never finds itself.
impl Eq for Obj {}

// ---------------------------------------------------------------------------
// Conversions into Obj

impl IntoObj for Obj {
    fn into_obj(self) -> Obj {
        self
    }
}

impl IntoObj for Int {
    fn into_obj(self) -> Obj {
        Obj::Int(self)
    }
}

impl IntoObj for i64 {
    fn into_obj(self) -> Obj {
        Obj::Int(Int::from(self))
    }
}

impl IntoObj for f64 {
    fn into_obj(self) -> Obj {
        Obj::Float(self)
    }
}

impl IntoObj for bool {
    fn into_obj(self) -> Obj {
        Obj::Bool(self)
    }
}

impl IntoObj for () {
    fn into_obj(self) -> Obj {
        Obj::None
    }
}

impl<T: IntoObj> IntoObj for Option<T> {
    fn into_obj(self) -> Obj {
        match self {
            Some(v) => v.into_obj(),
            None => Obj::None,
        }
    }
}

impl IntoObj for Str {
    fn into_obj(self) -> Obj {
        Obj::Str(self)
    }
}

impl IntoObj for &str {
    fn into_obj(self) -> Obj {
        Obj::Str(Str::from(self))
    }
}

impl IntoObj for Bytes {
    fn into_obj(self) -> Obj {
        Obj::Bytes(self)
    }
}

impl IntoObj for ByteArray {
    fn into_obj(self) -> Obj {
        Obj::ByteArray(self)
    }
}

/// The same list object, not a copy.
impl IntoObj for List<Obj> {
    fn into_obj(self) -> Obj {
        Obj::List(self)
    }
}

/// The same dict object, not a copy.
impl IntoObj for Dict<Obj, Obj> {
    fn into_obj(self) -> Obj {
        Obj::Dict(self)
    }
}

/// The same set object, not a copy.
impl IntoObj for Set<Obj> {
    fn into_obj(self) -> Obj {
        Obj::Set(self)
    }
}

/// A frozenset is immutable, so its elements can be converted: the result
/// keeps the table layout and therefore CPython's order. A `FrozenSet<Obj>`
/// is passed through as the same object.
impl<T: IntoObj + Clone + 'static> IntoObj for FrozenSet<T> {
    fn into_obj(self) -> Obj {
        let any: &dyn std::any::Any = &self;
        match any.downcast_ref::<FrozenSet<Obj>>() {
            Some(same) => Obj::FrozenSet(same.clone()),
            None => Obj::FrozenSet(self.map_elements(|x| x.clone().into_obj())),
        }
    }
}

macro_rules! tuple_into_obj {
    ($($name:ident $index:tt),+) => {
        impl<$($name: IntoObj),+> IntoObj for ($($name,)+) {
            fn into_obj(self) -> Obj {
                Obj::tuple(vec![$(self.$index.into_obj()),+])
            }
        }
    };
}

tuple_into_obj!(A 0);
tuple_into_obj!(A 0, B 1);
tuple_into_obj!(A 0, B 1, C 2);
tuple_into_obj!(A 0, B 1, C 2, D 3);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_into_obj!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

impl Obj {
    /// `sep.join(items)` over run-time typed items, which must all be strs.
    pub fn join(sep: &Str, items: impl Iterator<Item = Obj>) -> PyResult<Str> {
        let mut parts = Vec::new();
        for (i, item) in items.enumerate() {
            match item {
                Obj::Str(s) => parts.push(s),
                other => {
                    return Err(type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        other.type_name()
                    )))
                }
            }
        }
        Ok(sep.join_py(&parts))
    }
}
