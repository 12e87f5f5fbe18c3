//! `str()`, `repr()` and `format()` of `Obj`.
//!
//! Containers print their items' reprs. A container met again while it
//! is being printed (a list that contains itself) prints as `[...]`,
//! `{...}` or `(...)`, through the same stack of containers being printed
//! that the typed `List` and `Dict` use, so the two kinds can nest. Too
//! deep a nesting is CPython's RecursionError, and an int past the digit
//! limit its ValueError: `repr_checked`/`str_checked` return them, while
//! the infallible `PyDisplay` methods end the program as an uncaught
//! exception would (as the runtime does for ints elsewhere).

use super::Obj;
use crate::display::{repr_enter, repr_recursion_error, ReprEntry};
use crate::exc::PyResult;
use crate::int::Int;
use crate::str::Str;
use crate::text::format_spec::FormatSpec;
use crate::text::percent::FormatArg;
use crate::PyDisplay;
use std::fmt;

impl Obj {
    /// `repr(x)`, raising where CPython would.
    pub fn repr_checked(&self) -> PyResult<Str> {
        let mut out = String::new();
        self.write(&mut out, true)?;
        Ok(Str::from(out))
    }

    /// `str(x)`, raising where CPython would.
    pub fn str_checked(&self) -> PyResult<Str> {
        let mut out = String::new();
        self.write(&mut out, false)?;
        Ok(Str::from(out))
    }

    /// Appends `repr(self)` or `str(self)`; they differ only for a str.
    fn write(&self, out: &mut String, repr: bool) -> PyResult<()> {
        match self {
            Obj::None => out.push_str("None"),
            Obj::Bool(b) => b.write_str(out),
            Obj::Int(i @ Int::Small(_)) => i.write_str(out),
            Obj::Int(i) => out.push_str(&i.to_str_checked()?),
            Obj::Float(f) => f.write_str(out),
            Obj::Str(s) if repr => s.write_repr(out),
            Obj::Str(s) => out.push_str(s),
            Obj::Bytes(b) => b.write_repr(out),
            Obj::ByteArray(b) => b.write_repr(out),
            Obj::Tuple(t) => nested(out, t.as_ptr() as *const u8, "(...)", |out| {
                out.push('(');
                write_items(out, t.iter().cloned())?;
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                Ok(())
            })?,
            Obj::List(l) => nested(out, l.as_ptr(), "[...]", |out| {
                out.push('[');
                write_items(out, l.iter())?;
                out.push(']');
                Ok(())
            })?,
            Obj::Dict(d) => nested(out, d.as_ptr(), "{...}", |out| {
                out.push('{');
                for (i, entry) in d.iter().enumerate() {
                    let (key, value) = entry?;
                    if i > 0 {
                        out.push_str(", ");
                    }
                    key.write(out, true)?;
                    out.push_str(": ");
                    value.write(out, true)?;
                }
                out.push('}');
                Ok(())
            })?,
            Obj::Set(s) => {
                let addr = crate::set::AnySet::identity(s);
                nested(out, addr, "set(...)", |out| {
                    if s.is_empty() {
                        out.push_str("set()");
                        return Ok(());
                    }
                    out.push('{');
                    write_items(out, s.to_vec().into_iter())?;
                    out.push('}');
                    Ok(())
                })?
            }
            Obj::FrozenSet(s) => {
                let addr = crate::set::AnySet::identity(s);
                nested(out, addr, "frozenset(...)", |out| {
                    if s.is_empty() {
                        out.push_str("frozenset()");
                        return Ok(());
                    }
                    out.push_str("frozenset({");
                    write_items(out, s.iter())?;
                    out.push_str("})");
                    Ok(())
                })?
            }
        }
        Ok(())
    }
}

/// Writes a container through `body`, or `placeholder` when the container
/// at `addr` is already being printed further out. Empty containers are
/// entered too: CPython counts their repr towards the recursion limit.
fn nested(
    out: &mut String,
    addr: *const u8,
    placeholder: &str,
    body: impl FnOnce(&mut String) -> PyResult<()>,
) -> PyResult<()> {
    match repr_enter(addr) {
        ReprEntry::Entered(_guard) => body(out),
        ReprEntry::Recursive => {
            out.push_str(placeholder);
            Ok(())
        }
        ReprEntry::TooDeep => Err(repr_recursion_error()),
    }
}

/// The items' reprs, separated by `", "`.
fn write_items(out: &mut String, items: impl Iterator<Item = Obj>) -> PyResult<()> {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write(out, true)?;
    }
    Ok(())
}

impl PyDisplay for Obj {
    fn write_str(&self, out: &mut String) {
        if let Err(e) = self.write(out, false) {
            crate::run::fatal(e)
        }
    }

    fn write_repr(&self, out: &mut String) {
        if let Err(e) = self.write(out, true) {
            crate::run::fatal(e)
        }
    }

    /// The value's own `__format__`; containers have `object.__format__`,
    /// which accepts only the empty spec.
    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        match self {
            Obj::None => ().format_spec(spec),
            Obj::Bool(b) => b.format_spec(spec),
            Obj::Int(i) => i.format_spec(spec),
            Obj::Float(f) => f.format_spec(spec),
            Obj::Str(s) => s.format_spec(spec),
            Obj::Bytes(b) => b.format_spec(spec),
            Obj::ByteArray(b) => b.format_spec(spec),
            _ if spec.is_empty() => Ok(crate::str(self).to_string()),
            _ => Err(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name()
            )),
        }
    }
}

/// An `Obj` argument of `%`, `str.format` and `format()`.
impl<'a> From<&'a Obj> for FormatArg<'a> {
    fn from(v: &'a Obj) -> FormatArg<'a> {
        match v {
            Obj::None => FormatArg::None,
            Obj::Bool(b) => FormatArg::Bool(*b),
            Obj::Int(i) => FormatArg::Int(i),
            Obj::Float(f) => FormatArg::Float(*f),
            Obj::Str(s) => FormatArg::Str(s.as_str()),
            _ => FormatArg::Other(v),
        }
    }
}

/// The repr, as for `{:?}` in Rust code and test assertions.
impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr_checked() {
            Ok(s) => f.write_str(&s),
            Err(e) => write!(f, "<{e}>"),
        }
    }
}

/// `str(x)`.
impl fmt::Display for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.str_checked() {
            Ok(s) => f.write_str(&s),
            Err(e) => write!(f, "<{e}>"),
        }
    }
}
