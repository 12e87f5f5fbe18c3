//! `enum.Enum` and `enum.IntEnum`: a Python enum class becomes a Rust
//! enum with one variant per member, and implements [`PyEnum`]; these
//! functions give it CPython's `str`, `repr`, `hash` and lookups.

use crate::display::PyDisplay;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::hash::PyHash;
use crate::list::List;
use crate::str::Str;
use crate::text::format_spec::FormatSpec;

/// What the runtime needs to know about an enum class.
pub trait PyEnum: Copy + PartialEq + 'static {
    /// The members' value type.
    type Value: Clone + PartialEq + PyDisplay + PyHash;
    /// The class's name.
    const CLASS: &'static str;
    /// An `IntEnum`: prints, formats and hashes as its value.
    const INT: bool;
    /// The members in definition order (aliases excluded).
    const MEMBERS: &'static [Self];

    /// The member's name.
    fn name(self) -> &'static str;
    /// The member's value.
    fn value(self) -> Self::Value;
}

/// `str(member)`: `Color.RED`, or the value for an `IntEnum`.
pub fn write_str<E: PyEnum>(member: E, out: &mut String) {
    if E::INT {
        member.value().write_str(out);
    } else {
        out.push_str(E::CLASS);
        out.push('.');
        out.push_str(member.name());
    }
}

/// `repr(member)`: `<Color.RED: 1>`.
pub fn write_repr<E: PyEnum>(member: E, out: &mut String) {
    out.push('<');
    out.push_str(E::CLASS);
    out.push('.');
    out.push_str(member.name());
    out.push_str(": ");
    member.value().write_repr(out);
    out.push('>');
}

/// `format(member, spec)`: the `str` for an `Enum`, the value's format
/// for an `IntEnum`.
pub fn format_spec<E: PyEnum>(member: E, spec: &FormatSpec) -> Result<String, String> {
    if E::INT {
        return member.value().format_spec(spec);
    }
    let mut s = String::new();
    write_str(member, &mut s);
    Str::from(s).format_spec(spec)
}

/// `hash(member)`: the hash of its name (of its value for an `IntEnum`).
pub fn py_hash<E: PyEnum>(member: E) -> i64 {
    if E::INT {
        member.value().py_hash()
    } else {
        member.name().py_hash()
    }
}

/// `Color(value)`: the member with this value.
pub fn from_value<E: PyEnum>(value: &E::Value) -> PyResult<E> {
    E::MEMBERS
        .iter()
        .copied()
        .find(|m| m.value() == *value)
        .ok_or_else(|| {
            let mut r = String::new();
            value.write_repr(&mut r);
            PyErr::new(
                ExcKind::ValueError,
                format!("{r} is not a valid {}", E::CLASS),
            )
        })
}

/// `Color["RED"]`: the member with this name.
pub fn from_name<E: PyEnum>(name: &str) -> PyResult<E> {
    E::MEMBERS
        .iter()
        .copied()
        .find(|m| m.name() == name)
        .ok_or_else(|| {
            let mut r = String::new();
            Str::from(name).write_repr(&mut r);
            PyErr::new(ExcKind::KeyError, r)
        })
}

/// `list(Color)`: the members in definition order.
pub fn members<E: PyEnum>() -> List<E> {
    List::from(E::MEMBERS.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Int;

    #[derive(Clone, Copy, PartialEq)]
    enum Color {
        Red,
        Green,
    }

    impl PyEnum for Color {
        type Value = Int;
        const CLASS: &'static str = "Color";
        const INT: bool = false;
        const MEMBERS: &'static [Self] = &[Color::Red, Color::Green];

        fn name(self) -> &'static str {
            match self {
                Color::Red => "RED",
                Color::Green => "GREEN",
            }
        }

        fn value(self) -> Int {
            match self {
                Color::Red => Int::from(1),
                Color::Green => Int::from(2),
            }
        }
    }

    #[test]
    fn str_and_repr() {
        let mut s = String::new();
        write_str(Color::Red, &mut s);
        assert_eq!(s, "Color.RED");
        let mut r = String::new();
        write_repr(Color::Green, &mut r);
        assert_eq!(r, "<Color.GREEN: 2>");
    }

    #[test]
    fn lookups() {
        assert!(from_value::<Color>(&Int::from(2)).unwrap() == Color::Green);
        let err = from_value::<Color>(&Int::from(7)).err().unwrap();
        assert_eq!(err.traceback_line(), "ValueError: 7 is not a valid Color");
        let err = from_name::<Color>("BLUE").err().unwrap();
        assert_eq!(err.traceback_line(), "KeyError: 'BLUE'");
    }
}
