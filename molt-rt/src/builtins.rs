//! Builtin functions whose Python semantics differ from Rust's obvious
//! counterparts.

use crate::exc::{name_error, unbound_local, ExitArg, PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;

/// `min(a, b)`: the first of equal values, and `b` only when `b < a`
/// (so NaN handling follows CPython's comparisons).
pub fn min<T: PartialOrd>(a: T, b: T) -> T {
    if b < a {
        b
    } else {
        a
    }
}

/// `max(a, b)`: the first of equal values, and `b` only when `b > a`.
pub fn max<T: PartialOrd>(a: T, b: T) -> T {
    if b > a {
        b
    } else {
        a
    }
}

/// Reads a local that may not be assigned yet.
pub fn read_local<T: Clone>(value: &Option<T>, name: &str) -> PyResult<T> {
    value.clone().ok_or_else(|| unbound_local(name))
}

/// Reads a module-level name that may not be assigned yet.
pub fn read_name<T: Clone>(value: &Option<T>, name: &str) -> PyResult<T> {
    value.clone().ok_or_else(|| name_error(name))
}

/// `sys.exit(arg)`: the `SystemExit` to return.
pub fn sys_exit(arg: impl Into<ExitArg>) -> PyErr {
    PyErr::system_exit(arg.into())
}

impl From<()> for ExitArg {
    fn from((): ()) -> ExitArg {
        ExitArg::None
    }
}

impl From<Int> for ExitArg {
    fn from(v: Int) -> ExitArg {
        match v.as_i64() {
            Some(c) => ExitArg::Code(c),
            None => ExitArg::Code(-1),
        }
    }
}

impl From<bool> for ExitArg {
    fn from(v: bool) -> ExitArg {
        ExitArg::Code(v.into())
    }
}

impl From<Str> for ExitArg {
    fn from(v: Str) -> ExitArg {
        ExitArg::Message(v.to_string())
    }
}

impl From<&str> for ExitArg {
    fn from(v: &str) -> ExitArg {
        ExitArg::Message(v.to_string())
    }
}
