//! Subscripts (`x[i]`, `x[i] = v`, `del x[i]`, slices), membership
//! (`item in x`) and iteration of `Obj`, with CPython's error messages,
//! which differ from type to type (`list indices must be integers or
//! slices, not str` but `string indices must be integers, not 'str'`).

use super::{type_error, Obj};
use crate::bytes::{ByteArrayIter, BytesIter};
use crate::dict::DictIter;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::list::{resolve_index, slice_indices, ListIter};
use crate::set::{FrozenSetIter, SetIter};
use crate::str::Str;
use std::rc::Rc;

fn index_error(message: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, message)
}

/// A sequence index: an int or bool that fits a machine word (CPython's
/// `IndexError: cannot fit 'int' into an index-sized integer` otherwise).
/// `None` when the index is not an int at all.
fn seq_index(index: &Obj) -> PyResult<Option<Int>> {
    match index.as_int() {
        Some(i) if i.as_i64().is_some() => Ok(Some(i.into_owned())),
        Some(_) => Err(index_error("cannot fit 'int' into an index-sized integer")),
        None => Ok(None),
    }
}

/// The TypeError of a sequence given a non-int index; `what` is how
/// CPython names the type (`list`, `tuple`, `byte`, `bytearray`).
fn indices_error(what: &str, index: &Obj) -> PyErr {
    type_error(format!(
        "{what} indices must be integers or slices, not {}",
        index.type_name()
    ))
}

/// The index of a list, tuple, bytes or bytearray subscript.
fn sequence_index(what: &str, index: &Obj) -> PyResult<Int> {
    seq_index(index)?.ok_or_else(|| indices_error(what, index))
}

impl Obj {
    /// `x[index]`.
    pub fn getitem(&self, index: &Obj) -> PyResult<Obj> {
        match self {
            Obj::List(l) => l.get(&sequence_index("list", index)?),
            Obj::Tuple(t) => {
                let i = sequence_index("tuple", index)?;
                match resolve_index(&i, t.len()) {
                    Some(i) => Ok(t[i].clone()),
                    None => Err(index_error("tuple index out of range")),
                }
            }
            Obj::Str(s) => match seq_index(index)? {
                Some(i) => s.get_item_py(&i).map(Obj::Str),
                None => Err(type_error(format!(
                    "string indices must be integers, not '{}'",
                    index.type_name()
                ))),
            },
            Obj::Bytes(b) => b.get(&sequence_index("byte", index)?).map(Obj::Int),
            Obj::ByteArray(b) => b.get(&sequence_index("bytearray", index)?).map(Obj::Int),
            Obj::Dict(d) => {
                index.check_hashable()?;
                d.get(index)
            }
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name()
            ))),
        }
    }

    /// `x[start:stop:step]`: a new object of the same type.
    pub fn slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<Obj> {
        match self {
            Obj::List(l) => l.slice(start, stop, step).map(Obj::List),
            Obj::Tuple(t) => {
                let picked = slice_indices(t.len(), start, stop, step)?;
                Ok(Obj::tuple(
                    picked.into_iter().map(|i| t[i].clone()).collect(),
                ))
            }
            Obj::Str(s) => s.slice_py(start, stop, step).map(Obj::Str),
            Obj::Bytes(b) => b.slice(start, stop, step).map(Obj::Bytes),
            Obj::ByteArray(b) => b.slice(start, stop, step).map(Obj::ByteArray),
            // Slices are hashable in 3.12, so this is a failed lookup.
            Obj::Dict(_) => Err(PyErr::new(
                ExcKind::KeyError,
                format!(
                    "slice({}, {}, {})",
                    slice_part(start),
                    slice_part(stop),
                    slice_part(step)
                ),
            )),
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name()
            ))),
        }
    }

    /// `x[index] = value`.
    pub fn setitem(&self, index: &Obj, value: Obj) -> PyResult<()> {
        match self {
            Obj::List(l) => l.set(&sequence_index("list", index)?, value),
            Obj::Dict(d) => {
                index.check_hashable()?;
                d.set(index.clone(), value);
                Ok(())
            }
            Obj::ByteArray(b) => {
                // CPython converts the index, then the value, then checks the range.
                let i = sequence_index("bytearray", index)?;
                let Some(v) = value.as_int() else {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        value.type_name()
                    )));
                };
                b.set(&i, &v)
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name()
            ))),
        }
    }

    /// `del x[index]`.
    pub fn delitem(&self, index: &Obj) -> PyResult<()> {
        match self {
            Obj::List(l) => l.del(&sequence_index("list", index)?),
            Obj::Dict(d) => {
                index.check_hashable()?;
                d.del(index)
            }
            Obj::ByteArray(b) => b.del(&sequence_index("bytearray", index)?),
            // Containers without item deletion say "doesn't"; other
            // objects "does not", as CPython's two code paths do.
            Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
                Err(type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name()
                )))
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item deletion",
                self.type_name()
            ))),
        }
    }

    /// `item in self`.
    pub fn contains(&self, item: &Obj) -> PyResult<bool> {
        match self {
            Obj::List(l) => l.with_slice(|items| contains_item(items, item)),
            Obj::Tuple(t) => contains_item(t, item),
            Obj::Dict(d) => {
                item.check_hashable()?;
                Ok(d.contains(item))
            }
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_contains(item),
            Obj::Str(s) => match item {
                Obj::Str(sub) => Ok(s.contains_py(sub)),
                _ => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Obj::Bytes(_) | Obj::ByteArray(_) => self.bytes_contains(item),
            _ => Err(type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name()
            ))),
        }
    }

    /// `item in s` for a set: a set item is looked up as the equal
    /// frozenset (`set() in {frozenset()}` is True), as CPython does.
    fn set_contains(&self, item: &Obj) -> PyResult<bool> {
        let frozen;
        let key = match item {
            Obj::Set(s) => {
                frozen = Obj::FrozenSet(s.to_frozen());
                &frozen
            }
            _ => item,
        };
        key.check_hashable()?;
        Ok(match self {
            Obj::Set(s) => s.contains(key),
            Obj::FrozenSet(s) => s.contains(key),
            _ => false,
        })
    }

    /// `item in b`: a byte value or a bytes-like substring.
    fn bytes_contains(&self, item: &Obj) -> PyResult<bool> {
        let hay = match self {
            Obj::Bytes(b) => b.clone(),
            Obj::ByteArray(b) => b.to_bytes(),
            _ => return Ok(false),
        };
        if let Some(v) = item.as_int() {
            return hay.contains_byte(&v);
        }
        match item {
            Obj::Bytes(sub) => Ok(hay.contains(sub)),
            Obj::ByteArray(sub) => Ok(hay.contains(sub)),
            _ => Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                item.type_name()
            ))),
        }
    }

    /// `iter(x)`, for `for` loops and everything that consumes iterables.
    pub fn iter(&self) -> PyResult<ObjIter> {
        let state = match self {
            Obj::List(l) => State::List(l.iter()),
            Obj::Tuple(t) => State::Tuple(Rc::clone(t), 0),
            Obj::Str(s) => State::Strs(s.chars_py().into_iter()),
            Obj::Bytes(b) => State::Bytes(b.iter()),
            Obj::ByteArray(b) => State::ByteArray(b.iter()),
            Obj::Dict(d) => State::Dict(d.iter()),
            Obj::Set(s) => State::Set(s.iter()),
            Obj::FrozenSet(s) => State::FrozenSet(s.iter()),
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name()
                )))
            }
        };
        Ok(ObjIter(state))
    }
}

/// A bound as `repr(slice(...))` shows it.
fn slice_part(bound: Option<&Int>) -> String {
    bound.map_or_else(|| "None".to_string(), |b| b.to_string())
}

/// `item in seq` for a list or tuple: identity or `==`.
fn contains_item(items: &[Obj], item: &Obj) -> PyResult<bool> {
    for x in items {
        if x.is_same(item) || x.py_eq(item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The iterator of an `Obj`: `for x in obj`.
///
/// Lists and bytearrays are read by index, so items appended during the
/// loop are seen, as in CPython. A dict or set that changes size during
/// the loop makes CPython raise RuntimeError: [`ObjIter::try_next`]
/// reports it; the `Iterator` impl, which cannot, ends the loop there.
pub struct ObjIter(State);

enum State {
    List(ListIter<Obj>),
    Tuple(Rc<[Obj]>, usize),
    Strs(std::vec::IntoIter<Str>),
    Bytes(BytesIter),
    ByteArray(ByteArrayIter),
    Dict(DictIter<Obj, Obj>),
    Set(SetIter<Obj>),
    FrozenSet(FrozenSetIter<Obj>),
}

impl ObjIter {
    /// The next item, `Ok(None)` at the end, or CPython's RuntimeError
    /// when a dict or set changed size during the loop.
    pub fn try_next(&mut self) -> PyResult<Option<Obj>> {
        Ok(match &mut self.0 {
            State::List(it) => it.next(),
            State::Tuple(items, next) => {
                let item = items.get(*next).cloned();
                *next += 1;
                item
            }
            State::Strs(it) => it.next().map(Obj::Str),
            State::Bytes(it) => it.next().map(Obj::Int),
            State::ByteArray(it) => it.next().map(Obj::Int),
            State::Dict(it) => it.next().transpose()?.map(|(k, _)| k),
            State::Set(it) => it.next().transpose()?,
            State::FrozenSet(it) => it.next(),
        })
    }
}

impl ObjIter {
    /// The items as results, ending after an error: the form of iterator
    /// that carries CPython's RuntimeError to the consumer (for example
    /// into `PyIter::fallible`).
    pub fn fallible(mut self) -> impl Iterator<Item = PyResult<Obj>> {
        let mut failed = false;
        std::iter::from_fn(move || {
            if failed {
                return None;
            }
            let step = self.try_next().transpose();
            failed = matches!(step, Some(Err(_)));
            step
        })
    }
}

impl Iterator for ObjIter {
    type Item = Obj;

    fn next(&mut self) -> Option<Obj> {
        self.try_next().ok().flatten()
    }
}
