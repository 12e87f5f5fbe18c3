//! `str()`, `repr()` and `format()` of Python values.

use crate::exc::{value_error, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::text::format_spec::{self, FormatSpec};
use crate::text::{float_repr::write_float_repr, str_repr::write_str_repr};

/// How a value prints in Python: `str()`, `repr()` and `format()`.
pub trait PyDisplay {
    /// Appends `str(self)`.
    fn write_str(&self, out: &mut String);

    /// Appends `repr(self)`.
    fn write_repr(&self, out: &mut String) {
        self.write_str(out)
    }

    /// `format(self, spec)`, or the ValueError message for a bad spec.
    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String>;
}

impl PyDisplay for Int {
    fn write_str(&self, out: &mut String) {
        match self {
            Int::Small(v) => {
                use std::fmt::Write;
                let _ = write!(out, "{v}");
            }
            Int::Big(_) => match self.to_str_checked() {
                Ok(s) => out.push_str(&s),
                // A print or f-string of an int past CPython's digit limit raises
                // ValueError there; displaying is infallible here, so end as an
                // uncaught ValueError would.
                Err(e) => crate::run::fatal(e),
            },
        }
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        match self {
            Int::Small(v) => format_spec::format_i64(*v, spec),
            Int::Big(b) => format_spec::format_int(b, spec),
        }
    }
}

impl PyDisplay for f64 {
    fn write_str(&self, out: &mut String) {
        write_float_repr(out, *self)
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        format_spec::format_float(*self, spec)
    }
}

impl PyDisplay for bool {
    fn write_str(&self, out: &mut String) {
        out.push_str(if *self { "True" } else { "False" })
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        format_spec::format_bool(*self, spec)
    }
}

impl PyDisplay for () {
    fn write_str(&self, out: &mut String) {
        out.push_str("None")
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        if *spec == FormatSpec::default() {
            Ok("None".to_string())
        } else {
            Err("unsupported format string passed to NoneType.__format__".to_string())
        }
    }
}

impl PyDisplay for Str {
    fn write_str(&self, out: &mut String) {
        out.push_str(self)
    }

    fn write_repr(&self, out: &mut String) {
        write_str_repr(out, self)
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        format_spec::format_str(self, spec)
    }
}

/// String literals of generated code: the literal text of f-strings.
impl PyDisplay for &str {
    fn write_str(&self, out: &mut String) {
        out.push_str(self)
    }

    fn write_repr(&self, out: &mut String) {
        write_str_repr(out, self)
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        format_spec::format_str(self, spec)
    }
}

impl<T: PyDisplay + ?Sized> PyDisplay for &T {
    fn write_str(&self, out: &mut String) {
        (**self).write_str(out)
    }

    fn write_repr(&self, out: &mut String) {
        (**self).write_repr(out)
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        (**self).format_spec(spec)
    }
}

thread_local! {
    /// The containers whose repr is being written, innermost last, by
    /// address: CPython's `Py_ReprEnter`. A list or dict met again inside
    /// itself prints as `[...]` or `{...}` instead of recursing forever.
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How deep containers nest before CPython 3.12's repr raises
/// RecursionError (its C recursion limit, as measured from module level).
pub(crate) const MAX_REPR_DEPTH: usize = 1497;

/// The outcome of [`repr_enter`].
pub(crate) enum ReprEntry {
    /// The container is now on the stack until the guard is dropped.
    Entered(ReprGuard),
    /// The container is already being printed: write its placeholder.
    Recursive,
    /// Nested too deeply: CPython raises RecursionError.
    TooDeep,
}

/// Removes its container from the repr stack when dropped.
pub(crate) struct ReprGuard(());

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|stack| {
            stack.borrow_mut().pop();
        });
    }
}

/// Enters the repr of the container at `addr`.
pub(crate) fn repr_enter(addr: *const u8) -> ReprEntry {
    let addr = addr as usize;
    REPR_ACTIVE.with(|stack| {
        let mut stack = stack.borrow_mut();
        if stack.contains(&addr) {
            ReprEntry::Recursive
        } else if stack.len() >= MAX_REPR_DEPTH {
            ReprEntry::TooDeep
        } else {
            stack.push(addr);
            ReprEntry::Entered(ReprGuard(()))
        }
    })
}

/// CPython's error for a repr nested past the recursion limit.
pub(crate) fn repr_recursion_error() -> crate::exc::PyErr {
    crate::exc::PyErr::new(
        crate::exc::ExcKind::RecursionError,
        "maximum recursion depth exceeded while getting the repr of an object",
    )
}

/// `str(value)`.
pub fn str<T: PyDisplay + ?Sized>(value: &T) -> Str {
    let mut out = String::new();
    value.write_str(&mut out);
    Str::from(out)
}

/// `repr(value)`.
pub fn repr<T: PyDisplay + ?Sized>(value: &T) -> Str {
    let mut out = String::new();
    value.write_repr(&mut out);
    Str::from(out)
}

/// `format(value, spec)` for a spec the translator has already checked
/// against the value's type, so it cannot fail.
pub fn format<T: PyDisplay + ?Sized>(value: &T, spec: &str) -> Str {
    match format_checked(value, spec) {
        Ok(s) => s,
        Err(e) => crate::run::fatal(e),
    }
}

/// `format(value, spec)` for a spec computed at run time.
pub fn format_checked<T: PyDisplay + ?Sized>(value: &T, spec: &str) -> PyResult<Str> {
    let parsed = format_spec::parse(spec).map_err(value_error)?;
    value
        .format_spec(&parsed)
        .map(Str::from)
        .map_err(value_error)
}

/// Builds an f-string: literal parts and values, each appended as `str()`.
#[macro_export]
macro_rules! fstring {
    ($($part:expr),* $(,)?) => {{
        let mut out = ::std::string::String::new();
        $( $crate::PyDisplay::write_str(&$part, &mut out); )*
        $crate::Str::from(out)
    }};
}

/// Tuples print as `(a, b)`, and a 1-tuple as `(a,)`.
macro_rules! tuple_display {
    ($($name:ident $index:tt),+) => {
        impl<$($name: PyDisplay),+> PyDisplay for ($($name,)+) {
            fn write_str(&self, out: &mut String) {
                self.write_repr(out)
            }

            fn write_repr(&self, out: &mut String) {
                out.push('(');
                let mut first = true;
                $(
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.$index.write_repr(out);
                )+
                if [$(stringify!($index)),+].len() == 1 {
                    out.push(',');
                }
                let _ = first;
                out.push(')');
            }

            fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
                let mut s = String::new();
                self.write_repr(&mut s);
                format_spec::format_str(&s, spec).map_err(|_| "unsupported format string passed to tuple.__format__".to_string())
            }
        }
    };
}

tuple_display!(A 0);
tuple_display!(A 0, B 1);
tuple_display!(A 0, B 1, C 2);
tuple_display!(A 0, B 1, C 2, D 3);
tuple_display!(A 0, B 1, C 2, D 3, E 4);
tuple_display!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_display!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_display!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// `T | None`: `None`, or the value as it prints itself.
impl<T: PyDisplay> PyDisplay for Option<T> {
    fn write_str(&self, out: &mut String) {
        match self {
            Some(v) => v.write_str(out),
            None => out.push_str("None"),
        }
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Some(v) => v.write_repr(out),
            None => out.push_str("None"),
        }
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        match self {
            Some(v) => v.format_spec(spec),
            None => ().format_spec(spec),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tuples() {
        assert_eq!(repr(&(Int::from(1),)).as_str(), "(1,)");
        assert_eq!(
            repr(&(Int::from(1), Str::from("a"), 2.5)).as_str(),
            "(1, 'a', 2.5)"
        );
    }
}
