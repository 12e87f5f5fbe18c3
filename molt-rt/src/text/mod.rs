//! Text conversions that must match CPython 3.12 character for character:
//! `repr(float)`, `repr(str)`, the format-spec mini-language and
//! `int(str, base)` / `float(str)` parsing.
//!
//! Every function here is total: bad input yields `Err(String)` carrying the
//! exact CPython exception message (without the `ValueError: ` prefix), never
//! a panic.

pub mod float_repr;
pub mod format_spec;
pub mod parse_number;
pub mod percent;
pub mod str_format;
pub mod str_repr;
pub mod unicode_tables;
