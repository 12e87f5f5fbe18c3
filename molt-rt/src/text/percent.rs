//! printf-style formatting, `template % args`, following CPython 3.12's
//! `PyUnicode_Format` (`Objects/unicodeobject.c`) step by step so that
//! output, the order in which arguments are consumed and every error
//! (type and message) match.
//!
//! Also home of [`FormatArg`], the dynamically typed argument the
//! generated code builds for `%`, `str.format` and `format()`.
//!
//! Out of scope: mapping keys (`"%(name)s" % d`) raise a clear
//! `NotImplementedError`; a lone surrogate from `%c` (which a Rust string
//! cannot hold) raises `ValueError`.

use num_traits::Signed;

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::text::float_repr::write_float_repr;
use crate::text::format_spec::{self, FormatSpec};
use crate::text::str_repr::write_str_repr;
use crate::PyDisplay;

/// One argument of `%`, `str.format` or `format()`, with the Python type
/// the translator knows statically.
#[derive(Clone, Copy)]
pub enum FormatArg<'a> {
    Int(&'a Int),
    Float(f64),
    Bool(bool),
    Str(&'a str),
    /// Python's `None`.
    None,
    /// Lists, dicts, tuples, ...: only `str()`/`repr()` and an empty
    /// format spec are supported, as for `object.__format__`.
    Other(&'a dyn PyDisplay),
}

impl<'a> FormatArg<'a> {
    /// Wraps any displayable value (a list, dict, tuple, ...).
    pub fn other(v: &'a dyn PyDisplay) -> FormatArg<'a> {
        FormatArg::Other(v)
    }

    /// `type(v).__name__`, as CPython's messages show it.
    pub fn type_name(&self) -> String {
        match self {
            FormatArg::Int(_) => "int".to_string(),
            FormatArg::Float(_) => "float".to_string(),
            FormatArg::Bool(_) => "bool".to_string(),
            FormatArg::Str(_) => "str".to_string(),
            FormatArg::None => "NoneType".to_string(),
            FormatArg::Other(v) => other_type_name(*v),
        }
    }

    /// Appends `str(v)`; fails only for an int beyond CPython's
    /// 4300-digit conversion limit.
    pub fn write_str(&self, out: &mut String) -> PyResult<()> {
        match self {
            FormatArg::Int(v) => match v {
                Int::Small(n) => {
                    use std::fmt::Write as _;
                    let _ = write!(out, "{n}");
                }
                Int::Big(_) => out.push_str(&v.to_str_checked()?),
            },
            FormatArg::Float(x) => write_float_repr(out, *x),
            FormatArg::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            FormatArg::Str(s) => out.push_str(s),
            FormatArg::None => out.push_str("None"),
            FormatArg::Other(v) => v.write_str(out),
        }
        Ok(())
    }

    /// Appends `repr(v)`.
    pub fn write_repr(&self, out: &mut String) -> PyResult<()> {
        match self {
            FormatArg::Str(s) => write_str_repr(out, s),
            FormatArg::Other(v) => v.write_repr(out),
            _ => self.write_str(out)?,
        }
        Ok(())
    }

    /// Appends `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn write_ascii(&self, out: &mut String) -> PyResult<()> {
        let mut repr = String::new();
        self.write_repr(&mut repr)?;
        push_ascii_escaped(out, &repr);
        Ok(())
    }
}

/// The name of a wrapped value's type. The containers' `format_spec`
/// reports it in its error for a spec their `__format__` refuses; other
/// values are recognised by the shape of their repr.
fn other_type_name(v: &dyn PyDisplay) -> String {
    let probe = FormatSpec {
        kind: Some('d'),
        ..FormatSpec::default()
    };
    if let Err(msg) = v.format_spec(&probe) {
        if let Some(name) = msg
            .strip_prefix("unsupported format string passed to ")
            .and_then(|rest| rest.strip_suffix(".__format__"))
        {
            return name.to_string();
        }
    }
    let mut repr = String::new();
    v.write_repr(&mut repr);
    match repr.chars().next() {
        Some('[') => "list",
        Some('(') => "tuple",
        Some('{') => "dict",
        _ => "object",
    }
    .to_string()
}

/// `backslashreplace` of the non-ASCII characters, as `ascii()` does.
pub fn push_ascii_escaped(out: &mut String, s: &str) {
    use std::fmt::Write as _;
    for c in s.chars() {
        let cp = c as u32;
        let _ = match cp {
            0..=0x7f => {
                out.push(c);
                Ok(())
            }
            0x80..=0xff => write!(out, "\\x{cp:02x}"),
            0x100..=0xffff => write!(out, "\\u{cp:04x}"),
            _ => write!(out, "\\U{cp:08x}"),
        };
    }
}

macro_rules! from_value {
    ($($t:ty => |$v:ident| $e:expr;)*) => {
        $(impl<'a> From<$t> for FormatArg<'a> {
            fn from($v: $t) -> FormatArg<'a> {
                $e
            }
        })*
    };
}

from_value! {
    &'a Int => |v| FormatArg::Int(v);
    f64 => |v| FormatArg::Float(v);
    &'a f64 => |v| FormatArg::Float(*v);
    bool => |v| FormatArg::Bool(v);
    &'a bool => |v| FormatArg::Bool(*v);
    &'a str => |v| FormatArg::Str(v);
    &'a Str => |v| FormatArg::Str(v.as_str());
    &'a String => |v| FormatArg::Str(v.as_str());
    () => |_v| FormatArg::None;
    &'a () => |_v| FormatArg::None;
}

impl<'a, T: PyDisplay + 'a> From<&'a crate::List<T>> for FormatArg<'a> {
    fn from(v: &'a crate::List<T>) -> FormatArg<'a> {
        FormatArg::Other(v)
    }
}

impl<'a, K: PyDisplay + 'a, V: PyDisplay + 'a> From<&'a crate::Dict<K, V>> for FormatArg<'a> {
    fn from(v: &'a crate::Dict<K, V>) -> FormatArg<'a> {
        FormatArg::Other(v)
    }
}

macro_rules! from_tuple {
    ($($name:ident),+) => {
        impl<'a, $($name: PyDisplay + 'a),+> From<&'a ($($name,)+)> for FormatArg<'a> {
            fn from(v: &'a ($($name,)+)) -> FormatArg<'a> {
                FormatArg::Other(v)
            }
        }
    };
}

from_tuple!(A);
from_tuple!(A, B);
from_tuple!(A, B, C);
from_tuple!(A, B, C, D);
from_tuple!(A, B, C, D, E);
from_tuple!(A, B, C, D, E, F);
from_tuple!(A, B, C, D, E, F, G);
from_tuple!(A, B, C, D, E, F, G, H);

// ------------------------------------------------------------ errors

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}

fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::OverflowError, msg)
}

fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

/// Maps a message of the format-spec module to CPython's exception type.
pub(crate) fn spec_error(msg: String) -> PyErr {
    if msg == format_spec::OUT_OF_MEMORY {
        return memory_error();
    }
    match msg.as_str() {
        "%c arg not in range(0x110000)"
        | "Python int too large to convert to C long"
        | "int too large to convert to float" => overflow_error(msg),
        _ => value_error(msg),
    }
}

/// Reserves room for `extra` more bytes, as a MemoryError on failure.
fn reserve(out: &mut String, extra: usize) -> PyResult<()> {
    out.try_reserve(extra).map_err(|_| memory_error())
}

// ----------------------------------------------------------- parsing

/// A read position in the template.
struct Cursor<'t> {
    text: &'t str,
    byte: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.text[self.byte..].chars().next()?;
        self.byte += c.len_utf8();
        Some(c)
    }
}

#[derive(Clone, Copy, Default)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// One conversion specifier after parsing (`unicode_format_arg_t`).
struct Spec {
    flags: Flags,
    width: Option<usize>,
    prec: Option<usize>,
    ch: char,
    /// Code-point index of `ch` in the template (for error messages).
    index: usize,
}

/// The arguments and how many have been consumed.
struct Args<'s, 'a> {
    args: &'s [FormatArg<'a>],
    next: usize,
}

impl<'a> Args<'_, 'a> {
    fn next(&mut self) -> PyResult<FormatArg<'a>> {
        let arg = self
            .args
            .get(self.next)
            .copied()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(arg)
    }
}

/// `template % args`. A right operand that is not a tuple is passed as a
/// one-element slice (or given to [`percent_format_single`], which is
/// exact for a list or dict operand too).
pub fn percent_format(template: &str, args: &[FormatArg]) -> PyResult<Str> {
    format_with(template, args, false)
}

/// `template % value` for a right operand that is not a tuple. Same as
/// `percent_format(template, &[value])`, except that CPython never reports
/// a mapping-like operand (a list or dict) as unconverted:
/// `"abc" % [1]` is `'abc'`, while `"abc" % ([1],)` raises.
pub fn percent_format_single(template: &str, value: FormatArg) -> PyResult<Str> {
    let mapping = match value {
        FormatArg::Other(v) => matches!(other_type_name(v).as_str(), "list" | "dict"),
        _ => false,
    };
    format_with(template, &[value], mapping)
}

/// `template % value` for a right operand that is not a tuple, when the
/// caller knows whether CPython sees it as a mapping: any type with
/// `__getitem__` that is not a tuple or str (a list, dict, bytes or
/// bytearray). A mapping operand never raises "not all arguments
/// converted".
pub fn percent_format_value(template: &str, value: FormatArg, mapping: bool) -> PyResult<Str> {
    format_with(template, &[value], mapping)
}

fn format_with(template: &str, args: &[FormatArg], mapping: bool) -> PyResult<Str> {
    let mut out = String::with_capacity(template.len() + 8 * args.len());
    let mut args = Args { args, next: 0 };
    let mut cur = Cursor {
        text: template,
        byte: 0,
    };
    loop {
        let rest = &template[cur.byte..];
        let Some(lit) = rest.find('%') else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..lit]);
        cur.byte += lit;
        cur.next(); // The '%'.
        if template[cur.byte..].starts_with('%') {
            cur.next();
            out.push('%');
            continue;
        }
        let spec = parse_spec(&mut cur, &mut args)?;
        format_arg(&mut out, &spec, &mut args)?;
    }
    if args.next < args.args.len() && !mapping {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Str::from(out))
}

/// `unicode_format_arg_parse`: flags, width, precision, length modifier
/// and the conversion character (`*` values come from `args`).
fn parse_spec(cur: &mut Cursor, args: &mut Args) -> PyResult<Spec> {
    const INCOMPLETE: &str = "incomplete format";
    let mut flags = Flags::default();
    let mut ch = cur.next();
    if ch == Some('(') {
        return Err(crate::exc::unsupported(
            "printf-style formatting with mapping keys ('%(name)s') is not supported",
        ));
    }
    while let Some(c) = ch {
        match c {
            '-' => flags.ljust = true,
            '+' => flags.sign = true,
            ' ' => flags.blank = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
        ch = cur.next();
    }
    let mut width = None;
    if ch == Some('*') {
        let w = star_value(
            args.next()?,
            "Python int too large to convert to C ssize_t",
            i64::MAX,
        )?;
        if w < 0 {
            flags.ljust = true;
        }
        width = Some(w.unsigned_abs() as usize);
        ch = cur.next();
    } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
        let mut w = d as usize;
        loop {
            ch = cur.next();
            let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                break;
            };
            if w > (isize::MAX as usize - d as usize) / 10 {
                return Err(value_error("width too big"));
            }
            w = w * 10 + d as usize;
        }
        width = Some(w);
    }
    let mut prec = None;
    if ch == Some('.') {
        prec = Some(0);
        ch = cur.next();
        if ch == Some('*') {
            let p = star_value(
                args.next()?,
                "Python int too large to convert to C int",
                i64::from(i32::MAX),
            )?;
            prec = Some(p.max(0) as usize);
            ch = cur.next();
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            let mut p = d as usize;
            loop {
                ch = cur.next();
                let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                    break;
                };
                if p > (i32::MAX as usize - d as usize) / 10 {
                    return Err(value_error("precision too big"));
                }
                p = p * 10 + d as usize;
            }
            prec = Some(p);
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = cur.next();
    }
    let ch = ch.ok_or_else(|| value_error(INCOMPLETE))?;
    let before = &cur.text[..cur.byte - ch.len_utf8()];
    Ok(Spec {
        flags,
        width,
        prec,
        ch,
        index: if before.is_ascii() {
            before.len()
        } else {
            before.chars().count()
        },
    })
}

/// A `*` width or precision: an int within `[-max - 1, max]`.
fn star_value(v: FormatArg, too_large: &str, max: i64) -> PyResult<i64> {
    let n = match v {
        FormatArg::Int(i) => i.as_i64(),
        FormatArg::Bool(b) => Some(i64::from(b)),
        _ => return Err(type_error("* wants int")),
    };
    match n {
        Some(n) if n >= -max - 1 && n <= max => Ok(n),
        _ => Err(overflow_error(too_large)),
    }
}

// -------------------------------------------------------- converting

/// `unicode_format_arg_format` + `unicode_format_arg_output`.
fn format_arg(out: &mut String, spec: &Spec, args: &mut Args) -> PyResult<()> {
    let v = args.next()?;
    let mut text = String::new();
    let numeric = match spec.ch {
        's' => {
            v.write_str(&mut text)?;
            false
        }
        'r' => {
            v.write_repr(&mut text)?;
            false
        }
        'a' => {
            v.write_ascii(&mut text)?;
            false
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            text = format_long(v, spec)?;
            true
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            text = format_float(v, spec)?;
            true
        }
        'c' => {
            text.push(format_char(v)?);
            false
        }
        c => {
            let shown = if ('\x1f'..='~').contains(&c) { c } else { '?' };
            return Err(value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                c as u32, spec.index
            )));
        }
    };
    output(out, &text, spec, numeric)
}

/// `mainformatlong` + `_PyUnicode_FormatLong`: sign, `0x`/`0o` prefix
/// under `#`, then the digits zero-padded to the precision.
fn format_long(v: FormatArg, spec: &Spec) -> PyResult<String> {
    let ch = spec.ch;
    let converted;
    let n: &Int = match v {
        FormatArg::Int(i) => i,
        FormatArg::Bool(b) => {
            converted = Int::from(b);
            &converted
        }
        FormatArg::Float(x) if !matches!(ch, 'o' | 'x' | 'X') => {
            converted = crate::float::to_int(x)?;
            &converted
        }
        _ => {
            let what = if matches!(ch, 'o' | 'x' | 'X') {
                "an integer"
            } else {
                "a real number"
            };
            return Err(type_error(format!(
                "%{ch} format: {what} is required, not {}",
                v.type_name()
            )));
        }
    };
    let prec = spec.prec.unwrap_or(0);
    if prec > i32::MAX as usize - 3 {
        return Err(overflow_error("precision too large"));
    }
    let (base, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = match (n, base) {
        (Int::Small(s), 8) => format!("{:o}", s.unsigned_abs()),
        (Int::Small(s), 16) => format!("{:x}", s.unsigned_abs()),
        (Int::Small(s), _) => s.unsigned_abs().to_string(),
        (Int::Big(b), 10) => {
            let mut s = n.to_str_checked()?;
            if b.is_negative() {
                s.remove(0);
            }
            s
        }
        (Int::Big(b), _) => b.magnitude().to_str_radix(base),
    };
    let mut text = String::new();
    reserve(&mut text, prec.max(digits.len()) + 4)?;
    if n.is_negative() {
        text.push('-');
    }
    if spec.flags.alt {
        text.push_str(prefix);
    }
    text.extend(std::iter::repeat_n('0', prec.saturating_sub(digits.len())));
    if ch == 'X' {
        text.push_str(&digits.to_ascii_uppercase());
    } else {
        text.push_str(&digits);
    }
    Ok(text)
}

/// `formatfloat`: `PyOS_double_to_string(x, ch, prec, alt)`.
fn format_float(v: FormatArg, spec: &Spec) -> PyResult<String> {
    let x = match v {
        FormatArg::Float(x) => x,
        FormatArg::Int(i) => i.to_f64()?,
        FormatArg::Bool(b) => f64::from(u8::from(b)),
        _ => {
            return Err(type_error(format!(
                "must be real number, not {}",
                v.type_name()
            )))
        }
    };
    let fs = FormatSpec {
        kind: Some(spec.ch),
        precision: Some(spec.prec.unwrap_or(6)),
        alternate: spec.flags.alt,
        ..FormatSpec::default()
    };
    format_spec::format_float(x, &fs).map_err(spec_error)
}

/// `formatchar`: a one-character str or an int code point.
fn format_char(v: FormatArg) -> PyResult<char> {
    const WANTS: &str = "%c requires int or char";
    let code = match v {
        FormatArg::Str(s) => {
            let mut chars = s.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(WANTS)),
            };
        }
        FormatArg::Int(i) => i.as_i64(),
        FormatArg::Bool(b) => Some(i64::from(b)),
        _ => return Err(type_error(WANTS)),
    };
    match code {
        Some(c @ 0..=0x10ffff) => char::from_u32(c as u32).ok_or_else(|| {
            value_error(format!(
                "character U+{c:04x} is a surrogate and cannot be represented"
            ))
        }),
        _ => Err(overflow_error("%c arg not in range(0x110000)")),
    }
}

/// `unicode_format_arg_output`: precision truncation for `s`/`r`/`a`,
/// sign, `#` prefix, and padding to the width (zeros only for numbers).
fn output(out: &mut String, text: &str, spec: &Spec, numeric: bool) -> PyResult<()> {
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut len = text.chars().count();
    let fits_width = spec.width.is_none_or(|w| w <= len);
    let fits_prec = spec.prec.is_none_or(|p| p >= len);
    if fits_width && fits_prec && !(flags.sign || flags.blank) {
        out.push_str(text);
        return Ok(());
    }
    let mut body = text;
    if matches!(spec.ch, 's' | 'r' | 'a') {
        if let Some(p) = spec.prec.filter(|&p| p < len) {
            len = p;
            body = body.char_indices().nth(p).map_or(body, |(i, _)| &body[..i]);
        }
    }
    let mut sign = numeric;
    let mut sign_char = '\0';
    if sign {
        match body.chars().next() {
            Some(c @ ('-' | '+')) => {
                sign_char = c;
                len -= 1;
                body = &body[1..];
            }
            _ if flags.sign => sign_char = '+',
            _ if flags.blank => sign_char = ' ',
            _ => sign = false,
        }
    }
    let mut width = spec.width.unwrap_or(0).max(len);
    reserve(out, body.len() + width + 1)?;
    if sign {
        if fill != ' ' {
            out.push(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefix = flags.alt && matches!(spec.ch, 'x' | 'X' | 'o');
    if prefix {
        if fill != ' ' {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(sign_char);
        }
        if prefix {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
    }
    out.push_str(body);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(())
}

#[cfg(test)]
// The tables hold literals such as 3.14159 exactly as the CPython probes used them.
#[allow(clippy::approx_constant, clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::{Dict, List};

    fn big(s: &str) -> Int {
        Int::parse(s).expect("test ints are decimal")
    }

    fn fmt(template: &str, args: &[FormatArg]) -> Result<String, (ExcKind, String)> {
        percent_format(template, args)
            .map(|s| s.as_str().to_string())
            .map_err(|e| (e.kind(), e.message().to_string()))
    }

    #[track_caller]
    fn ok(template: &str, args: &[FormatArg], want: &str) {
        assert_eq!(fmt(template, args), Ok(want.to_string()), "{template:?}");
    }

    #[track_caller]
    fn err(template: &str, args: &[FormatArg], kind: ExcKind, msg: &str) {
        assert_eq!(
            fmt(template, args),
            Err((kind, msg.to_string())),
            "{template:?}"
        );
    }

    use ExcKind::{MemoryError, NotImplementedError, OverflowError, TypeError, ValueError};
    use FormatArg::{Bool as B, Float as F, None as N, Str as S};

    fn i(v: &Int) -> FormatArg<'_> {
        FormatArg::Int(v)
    }

    #[test]
    fn basics() {
        let five = Int::from(5);
        ok("%d items", &[i(&five)], "5 items");
        ok("%s and %s", &[S("cats"), S("dogs")], "cats and dogs");
        ok("%r vs %s", &[S("x"), S("x")], "'x' vs x");
        ok(
            "%f %e %g",
            &[F(3.14159), F(31415.9), F(0.00001234)],
            "3.141590 3.141590e+04 1.234e-05",
        );
        let (a, b, c, d) = (Int::from(255), Int::from(8), Int::from(65), Int::from(-3));
        ok(
            "%x %X %o %c %c",
            &[i(&a), i(&a), i(&b), i(&c), S("z")],
            "ff FF 10 A z",
        );
        let seven = Int::from(7);
        ok("%i %u %%", &[i(&d), i(&seven)], "-3 7 %");
        ok("%d%%", &[i(&Int::from(30))], "30%");
        ok("no args %%", &[], "no args %");
        ok("", &[], "");
        ok("plain", &[], "plain");
        ok("%s%%", &[i(&five)], "5%");
        ok("100%% %s", &[S("ok")], "100% ok");
        ok("%s", &[S("a%sb")], "a%sb");
        ok("%s%s", &[S("%s"), S("%%")], "%s%%");
        ok(
            "%ld %hi %Lf",
            &[i(&Int::from(1)), i(&Int::from(2)), F(3.5)],
            "1 2 3.500000",
        );
    }

    #[test]
    fn str_repr_ascii() {
        ok(
            "%s %r %a",
            &[S("é"), S("é"), S("é😀ሴ")],
            "é 'é' '\\xe9\\U0001f600\\u1234'",
        );
        ok(
            "%a|%r",
            &[S("\x7f\u{80}\u{ff}\u{100}"), S("\n\t'\"")],
            "'\\x7f\\x80\\xff\\u0100'|'\\n\\t\\'\"'",
        );
        ok("%s|%r", &[S("\n\t"), N], "\n\t|None");
        ok("%s %s %s", &[N, B(true), B(false)], "None True False");
        ok("%5s|", &[B(true)], " True|");
        let n = Int::from(12345);
        ok("%.2s|%5s|%r", &[i(&n), i(&n), i(&n)], "12|12345|12345");
        ok(
            "%s|%r|%s|%r|%s",
            &[F(0.1), F(1e16), F(f64::NAN), F(f64::NEG_INFINITY), F(1e-7)],
            "0.1|1e+16|nan|-inf|1e-07",
        );
        ok("%s", &[F(123456789012345678.0)], "1.2345678901234568e+17");
        ok("%s|%r|%a", &[F(-0.0), F(-0.0), F(-0.0)], "-0.0|-0.0|-0.0");
        ok("%#s|%#r", &[S("a"), S("b")], "a|'b'");
        let neg = big("-1000000000000000000000000000000");
        ok(
            "%s|%r",
            &[i(&neg), i(&neg.neg())],
            "-1000000000000000000000000000000|1000000000000000000000000000000",
        );
    }

    #[test]
    fn string_width_precision() {
        ok(
            "[%8s] [%-8s] [%.2s]",
            &[S("abc"), S("abc"), S("abcdef")],
            "[     abc] [abc     ] [ab]",
        );
        ok(
            "%.3s|%.0s|%5.2s|%-5.1r|%.3a",
            &[S("abcdef"), S("abc"), S("xyz"), S("q"), S("é")],
            "abc||   xy|'    |'\\x",
        );
        ok("[%5s] [%-5r]", &[S("é"), S("é")], "[    é] ['é'  ]");
        ok("%5.1s|%-6s|", &[S("é😀x"), S("ü")], "    é|ü     |");
        ok("%05s|%+s|% s", &[S("ab"), S("x"), S("y")], "   ab|x|y");
        ok("%.s|%5.s|", &[S("abc"), S("a")], "|     |");
    }

    #[test]
    fn integers() {
        let v = Int::from(42);
        ok(
            "[%5d] [%-5d] [%05d] [%+d] [% d]",
            &[i(&v), i(&v), i(&v), i(&v), i(&v)],
            "[   42] [42   ] [00042] [+42] [ 42]",
        );
        let (ff, eight, fortytwo, big12345) = (
            Int::from(255),
            Int::from(8),
            Int::from(42),
            Int::from(12345),
        );
        ok(
            "%+x|%#5x|%#05x|%-#8x|%#X|%#o|%#.5x|%.5d|%.2d",
            &[
                i(&ff),
                i(&ff),
                i(&ff),
                i(&ff),
                i(&ff),
                i(&eight),
                i(&ff),
                i(&fortytwo),
                i(&big12345),
            ],
            "+ff| 0xff|0x0ff|0xff    |0XFF|0o10|0x000ff|00042|12345",
        );
        let (m3, p3) = (Int::from(-3), Int::from(3));
        ok(
            "%+05d|% 05d|%-+5d|%05d",
            &[i(&m3), i(&p3), i(&p3), i(&m3)],
            "-0003| 0003|+3   |-0003",
        );
        let (m255, m8) = (Int::from(-255), Int::from(-8));
        ok(
            "%#x|%#010x|%#.3o|%o",
            &[i(&m255), i(&m255), i(&m8), i(&m8)],
            "-0xff|-0x00000ff|-0o010|-10",
        );
        let (seven, m7) = (Int::from(7), Int::from(-7));
        ok(
            "%+.3d|% 5.3d|%010.4d|%-010.4d|",
            &[i(&seven), i(&seven), i(&m7), i(&m7)],
            "+007|  007|-000000007|-0007     |",
        );
        let zero = Int::from(0);
        ok(
            "%#o|%#x|%#.0x|%.0d|%#.x",
            &[i(&zero), i(&zero), i(&zero), i(&zero), i(&zero)],
            "0o0|0x0|0x0|0|0x0",
        );
        let one = Int::from(1);
        ok(
            "%0-5d|%+-+-5d|%  5d|%0 5d|",
            &[i(&p3), i(&one), i(&one), i(&one)],
            "3    |+1   |    1| 0001|",
        );
        ok(
            "%d|%d|%x|%x|%.d",
            &[B(true), B(false), B(true), B(false), i(&Int::from(5))],
            "1|0|1|0|5",
        );
        let min = Int::from(i64::MIN);
        ok(
            "%d|%x|%#o",
            &[i(&min), i(&min), i(&min)],
            "-9223372036854775808|-8000000000000000|-0o1000000000000000000000",
        );
    }

    #[test]
    fn big_integers() {
        let p64 = big("18446744073709551616");
        ok(
            "%d|%x|%#X",
            &[i(&p64), i(&p64.neg()), i(&big("1180591620717411303424"))],
            "18446744073709551616|-10000000000000000|0X400000000000000000",
        );
        let p100 = big("1267650600228229401496703205376");
        ok(
            "%u|%#x|%e",
            &[i(&p100), i(&p100), i(&p100)],
            "1267650600228229401496703205376|0x10000000000000000000000000|1.267651e+30",
        );
        ok(
            "%g|%f",
            &[
                i(&big("100000000000000000000")),
                i(&big("-1180591620717411303424")),
            ],
            "1e+20|-1180591620717411303424.000000",
        );
        let e30 = big("1000000000000000000000000000000");
        ok(
            "%d|%i",
            &[i(&e30), i(&e30.neg())],
            "1000000000000000000000000000000|-1000000000000000000000000000000",
        );
        ok(
            "%030d",
            &[i(&big("-100000000000000000000"))],
            "-00000000100000000000000000000",
        );
        ok(
            "%5d|%-5d|",
            &[i(&big("100000000000000000000")), i(&Int::from(1))],
            "100000000000000000000|1    |",
        );
        let huge = Int::from_big(num_bigint::BigInt::from(10).pow(5000));
        let limit = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        err("%s", &[i(&huge)], ValueError, limit);
        err("%d", &[i(&huge)], ValueError, limit);
        err("{}%r", &[i(&huge)], ValueError, limit);
        assert!(fmt("%x", &[i(&huge)]).is_ok());
        err(
            "%f",
            &[i(&Int::from_big(num_bigint::BigInt::from(10).pow(400)))],
            OverflowError,
            "int too large to convert to float",
        );
    }

    #[test]
    fn floats_to_integer_codes() {
        ok(
            "%d|%d|%i %u|%d",
            &[F(3.99), F(-0.5), F(3.9), F(-3.9), F(1e30)],
            "3|0|3 -3|1000000000000000019884624838656",
        );
        err(
            "%d",
            &[F(f64::NAN)],
            ValueError,
            "cannot convert float NaN to integer",
        );
        err(
            "%d",
            &[F(f64::INFINITY)],
            OverflowError,
            "cannot convert float infinity to integer",
        );
        err(
            "%x",
            &[F(1.5)],
            TypeError,
            "%x format: an integer is required, not float",
        );
    }

    #[test]
    fn floats() {
        ok(
            "[%.3f] [%10.2f] [%-10.1f] [%+.0f]",
            &[F(3.14159), F(2.71828), F(1.5), F(2.5)],
            "[3.142] [      2.72] [1.5       ] [+2]",
        );
        ok(
            "[%#x] [%#o] [%08.3f] [%-+6d]",
            &[
                i(&Int::from(255)),
                i(&Int::from(8)),
                F(-3.14159),
                i(&Int::from(7)),
            ],
            "[0xff] [0o10] [-003.142] [+7    ]",
        );
        ok(
            "[%e] [%.2E] [%G]",
            &[F(0.000123), F(123456.789), F(1e-10)],
            "[1.230000e-04] [1.23E+05] [1E-10]",
        );
        ok(
            "%.0f|%#.0f|%.0e|%#.0e|%g|%#g|%.0g|%G|%F|%E",
            &[
                F(2.5),
                F(2.5),
                F(2.5),
                F(2.5),
                F(1e16),
                F(1.0),
                F(0.5),
                F(1e-10),
                F(f64::INFINITY),
                F(f64::NAN),
            ],
            "2|2.|2e+00|2.e+00|1e+16|1.00000|0.5|1E-10|INF|NAN",
        );
        ok(
            "%f|%e|%g",
            &[F(-0.0), F(-0.0), F(-0.0)],
            "-0.000000|-0.000000e+00|-0",
        );
        ok(
            "%010.3f|%-10.3f|%+.3e|% .2g",
            &[F(-1.5), F(1.5), F(0.1), F(0.1)],
            "-00001.500|1.500     |+1.000e-01| 0.1",
        );
        ok(
            "%010f|%+010f|%010s",
            &[F(f64::NAN), F(f64::INFINITY), S("x")],
            "0000000nan|+000000inf|         x",
        );
        ok(
            "%f|%+f|% f|%-8f|%08.2f|%.2e",
            &[
                F(f64::NEG_INFINITY),
                F(f64::NAN),
                F(f64::INFINITY),
                F(f64::NEG_INFINITY),
                F(f64::NEG_INFINITY),
                F(f64::NAN),
            ],
            "-inf|+nan| inf|-inf    |-0000inf|nan",
        );
        ok("%f|%g|%.20f|%.30e", &[F(1e16), F(1e16), F(0.1), F(0.1)], "10000000000000000.000000|1e+16|0.10000000000000000555|1.000000000000000055511151231258e-01");
        ok(
            "%g %g %g %g %g",
            &[F(0.0001), F(0.00001), F(123456.0), F(1234567.0), F(1e-5)],
            "0.0001 1e-05 123456 1.23457e+06 1e-05",
        );
        ok("%#g %#.3g", &[F(0.0001), F(1.0)], "0.000100000 1.00");
        ok(
            "%.3g|%10.3g|%-10.3G|",
            &[F(1234.5), F(0.00012345), F(1e20)],
            "1.23e+03|  0.000123|1E+20     |",
        );
        ok(
            "%e|%.1e|%.2f|%.2f|%.0f|%.0f|%.3f",
            &[
                F(0.0),
                F(9.96),
                F(2.675),
                F(0.125),
                F(0.5),
                F(1.5),
                F(1e-300),
            ],
            "0.000000e+00|1.0e+01|2.67|0.12|0|2|0.000",
        );
        ok(
            "%f|%f|%.1f",
            &[B(true), i(&Int::from(-2)), B(false)],
            "1.000000|-2.000000|0.0",
        );
        ok("%-05.1f|%.f", &[F(2.25), F(2.5)], "2.2  |2");
        ok("%f", &[F(1e300)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000");
    }

    #[test]
    fn star_width_and_precision() {
        let (six, one, two, m10, m5, m3, five) = (
            Int::from(6),
            Int::from(1),
            Int::from(2),
            Int::from(-10),
            Int::from(-5),
            Int::from(-3),
            Int::from(5),
        );
        ok(
            "[%*d] [%-*d] [%.*f]",
            &[i(&six), i(&one), i(&six), i(&two), i(&two), F(3.14159)],
            "[     1] [2     ] [3.14]",
        );
        ok("%*.*f|", &[i(&m10), i(&two), F(3.14159)], "3.14      |");
        ok(
            "%-*s|%*d|",
            &[i(&m5), S("a"), i(&m5), i(&two)],
            "a    |2    |",
        );
        ok(
            "%0*d|%.*s|%.*f",
            &[i(&five), i(&m3), i(&two), S("abc"), i(&m3), F(2.5)],
            "-0003|ab|2",
        );
        ok("%*s|%.*s", &[B(true), S("a"), B(true), S("abc")], "a|a");
        err("%*d", &[F(1.5), i(&two)], TypeError, "* wants int");
        err("%s %*s", &[S("a"), S("b")], TypeError, "* wants int");
        err(
            "%.*d",
            &[i(&Int::from(1i64 << 40)), i(&two)],
            OverflowError,
            "Python int too large to convert to C int",
        );
        err(
            "%.*f",
            &[i(&Int::from(1i64 << 31)), F(1.0)],
            OverflowError,
            "Python int too large to convert to C int",
        );
        let p70 = big("1180591620717411303424");
        err(
            "%*d",
            &[i(&p70), i(&two)],
            OverflowError,
            "Python int too large to convert to C ssize_t",
        );
        err(
            "%*%",
            &[i(&Int::from(3))],
            TypeError,
            "not enough arguments for format string",
        );
    }

    #[test]
    fn chars() {
        let (e, a, t) = (Int::from(233), Int::from(65), Int::from(1));
        ok(
            "%c%c|%5c|%-3c|",
            &[i(&e), S("é"), S("x"), i(&a)],
            "éé|    x|A  |",
        );
        ok(
            "%05c|%+c|%#c|%-5c|%.0c|",
            &[S("a"), S("b"), S("c"), S("é"), S("x")],
            "    a|b|c|é    |x|",
        );
        ok("%c|%c", &[B(true), i(&t)], "\u{1}|\u{1}");
        ok("%c", &[i(&Int::from(0x1f600))], "😀");
        err("%c", &[S("ab")], TypeError, "%c requires int or char");
        err("%c", &[S("")], TypeError, "%c requires int or char");
        err("%c", &[F(65.0)], TypeError, "%c requires int or char");
        err("%c", &[N], TypeError, "%c requires int or char");
        err(
            "%c",
            &[i(&Int::from(-1))],
            OverflowError,
            "%c arg not in range(0x110000)",
        );
        err(
            "%c",
            &[i(&Int::from(0x110000))],
            OverflowError,
            "%c arg not in range(0x110000)",
        );
        err(
            "%c",
            &[i(&big("1180591620717411303424"))],
            OverflowError,
            "%c arg not in range(0x110000)",
        );
        // A lone surrogate cannot live in a Rust string (CPython returns '\ud800').
        err(
            "%c",
            &[i(&Int::from(0xd800))],
            ValueError,
            "character U+d800 is a surrogate and cannot be represented",
        );
    }

    #[test]
    fn argument_count_errors() {
        let one = Int::from(1);
        let two = Int::from(2);
        const FEW: &str = "not enough arguments for format string";
        const MANY: &str = "not all arguments converted during string formatting";
        err("%d-%d", &[i(&one)], TypeError, FEW);
        err("%d %d %d", &[i(&one), i(&two)], TypeError, FEW);
        err("%s", &[], TypeError, FEW);
        err("%y", &[], TypeError, FEW);
        err("%*", &[], TypeError, FEW);
        err("%5%", &[], TypeError, FEW);
        err("%-5%", &[], TypeError, FEW);
        err("%.3%", &[], TypeError, FEW);
        err("% %", &[], TypeError, FEW);
        err("%s", &[S("a"), S("b")], TypeError, MANY);
        err("abc", &[i(&Int::from(5))], TypeError, MANY);
        err("abc", &[S("x")], TypeError, MANY);
        err("", &[i(&one)], TypeError, MANY);
        err("%%", &[i(&one)], TypeError, MANY);
    }

    #[test]
    fn syntax_errors() {
        let one = Int::from(1);
        const INC: &str = "incomplete format";
        err("%", &[], ValueError, INC);
        err("%5", &[i(&one)], ValueError, INC);
        err("%.", &[i(&one)], ValueError, INC);
        err("%-", &[i(&one)], ValueError, INC);
        err("%0", &[i(&one)], ValueError, INC);
        err("%*", &[i(&one)], ValueError, INC);
        err("%l", &[i(&one)], ValueError, INC);
        err("%%%", &[], ValueError, INC);
        err(
            "%y",
            &[i(&one)],
            ValueError,
            "unsupported format character 'y' (0x79) at index 1",
        );
        err(
            "ab%5y",
            &[i(&one)],
            ValueError,
            "unsupported format character 'y' (0x79) at index 4",
        );
        err(
            "é%y",
            &[i(&one)],
            ValueError,
            "unsupported format character 'y' (0x79) at index 2",
        );
        err(
            "%5%",
            &[i(&one)],
            ValueError,
            "unsupported format character '%' (0x25) at index 2",
        );
        err(
            "%-%",
            &[i(&one)],
            ValueError,
            "unsupported format character '%' (0x25) at index 2",
        );
        err(
            "%3$s",
            &[i(&one)],
            ValueError,
            "unsupported format character '$' (0x24) at index 2",
        );
        err(
            "%..",
            &[i(&one)],
            ValueError,
            "unsupported format character '.' (0x2e) at index 2",
        );
        err(
            "%é",
            &[i(&one)],
            ValueError,
            "unsupported format character '?' (0xe9) at index 1",
        );
        err(
            "%\x01",
            &[i(&one)],
            ValueError,
            "unsupported format character '?' (0x1) at index 1",
        );
        err(
            "%\x1f",
            &[i(&one)],
            ValueError,
            "unsupported format character '\x1f' (0x1f) at index 1",
        );
        err(
            "%\x7f",
            &[i(&one)],
            ValueError,
            "unsupported format character '?' (0x7f) at index 1",
        );
        err(
            "%😀",
            &[i(&one)],
            ValueError,
            "unsupported format character '?' (0x1f600) at index 1",
        );
        err(
            "%100000000000000000000d",
            &[i(&one)],
            ValueError,
            "width too big",
        );
        err(
            "%.100000000000d",
            &[i(&one)],
            ValueError,
            "precision too big",
        );
        err(
            "%.2147483647d",
            &[i(&one)],
            OverflowError,
            "precision too large",
        );
        err(
            "%.2147483645x",
            &[i(&one)],
            OverflowError,
            "precision too large",
        );
        err(
            "%(a)s",
            &[S("x")],
            NotImplementedError,
            "molt: printf-style formatting with mapping keys ('%(name)s') is not supported",
        );
    }

    #[test]
    fn type_errors() {
        let one = Int::from(1);
        let list: List<Int> = List::new();
        list.append(Int::from(1));
        let dict: Dict<Str, Int> = Dict::new();
        let tup = (Int::from(1), Str::from("a"));
        err(
            "%d",
            &[S("42")],
            TypeError,
            "%d format: a real number is required, not str",
        );
        err(
            "%i",
            &[N],
            TypeError,
            "%i format: a real number is required, not NoneType",
        );
        err(
            "%d",
            &[(&list).into()],
            TypeError,
            "%d format: a real number is required, not list",
        );
        err(
            "%u",
            &[(&dict).into()],
            TypeError,
            "%u format: a real number is required, not dict",
        );
        err(
            "%d",
            &[(&tup).into()],
            TypeError,
            "%d format: a real number is required, not tuple",
        );
        err(
            "%x",
            &[S("a")],
            TypeError,
            "%x format: an integer is required, not str",
        );
        err(
            "%o",
            &[N],
            TypeError,
            "%o format: an integer is required, not NoneType",
        );
        err(
            "%X",
            &[(&list).into()],
            TypeError,
            "%X format: an integer is required, not list",
        );
        err("%f", &[S("a")], TypeError, "must be real number, not str");
        err("%f", &[N], TypeError, "must be real number, not NoneType");
        err(
            "%e",
            &[(&list).into()],
            TypeError,
            "must be real number, not list",
        );
        err(
            "%c",
            &[(&list).into()],
            TypeError,
            "%c requires int or char",
        );
        // The argument is consumed before the conversion character is checked.
        err(
            "%d %y",
            &[i(&one)],
            TypeError,
            "not enough arguments for format string",
        );
    }

    #[test]
    fn containers() {
        let list: List<Int> = List::new();
        list.append(Int::from(1));
        list.append(Int::from(2));
        let strs: List<Str> = List::new();
        strs.append(Str::from("a"));
        let dict: Dict<Int, Str> = Dict::new();
        dict.set(Int::from(1), Str::from("a"));
        let tup = (Int::from(1), Int::from(2));
        let unit = ((),);
        ok(
            "%s|%r|%s|%s|%s",
            &[
                (&list).into(),
                (&strs).into(),
                (&dict).into(),
                (&tup).into(),
                (&unit).into(),
            ],
            "[1, 2]|['a']|{1: 'a'}|(1, 2)|(None,)",
        );
        ok(
            "%8s|%-8r|%.3s",
            &[(&list).into(), (&strs).into(), (&list).into()],
            "  [1, 2]|['a']   |[1,",
        );
        ok("%d%s", &[i(&Int::from(1)), (&list).into()], "1[1, 2]");
    }

    #[test]
    fn single_operand() {
        let list: List<Int> = List::new();
        list.append(Int::from(1));
        let dict: Dict<Str, Int> = Dict::new();
        let five = Int::from(5);
        let single = |t: &str, v: FormatArg| {
            percent_format_single(t, v)
                .map(|s| s.as_str().to_string())
                .map_err(|e| (e.kind(), e.message().to_string()))
        };
        assert_eq!(single("abc", (&list).into()), Ok("abc".to_string()));
        assert_eq!(single("abc", (&dict).into()), Ok("abc".to_string()));
        assert_eq!(single("%s", (&list).into()), Ok("[1]".to_string()));
        assert_eq!(single("%s|%%", (&dict).into()), Ok("{}|%".to_string()));
        assert_eq!(single("%d", i(&five)), Ok("5".to_string()));
        let few = (
            TypeError,
            "not enough arguments for format string".to_string(),
        );
        let many = (
            TypeError,
            "not all arguments converted during string formatting".to_string(),
        );
        assert_eq!(single("%s %s", (&list).into()), Err(few));
        assert_eq!(single("abc", i(&five)), Err(many.clone()));
        assert_eq!(single("abc", S("x")), Err(many.clone()));
        assert_eq!(single("abc", N), Err(many.clone()));
        // A list inside a 1-tuple is an ordinary argument.
        err("abc", &[(&list).into()], TypeError, &many.1);
    }

    #[test]
    fn memory_error_for_absurd_width() {
        let r = fmt("%9223372036854775807d", &[i(&Int::from(1))]);
        assert_eq!(r, Err((MemoryError, String::new())));
    }

    /// `template % args` for a sample of a differential run against
    /// CPython 3.12.1 (flags x width x precision x conversion x value, `*`
    /// arguments and random templates); every distinct error appears.
    #[test]
    fn cpython_table() {
        use super::table::{borrow, own, A};
        #[rustfmt::skip]
        const CASES: &[(&str, &[A], Result<&str, (ExcKind, &str)>)] = &[
        ("[%d]", &[A::F(f64::NAN)], Err((ValueError, "cannot convert float NaN to integer"))),
        ("[%d]", &[A::F(f64::INFINITY)], Err((OverflowError, "cannot convert float infinity to integer"))),
        ("[%d]", &[A::S("")], Err((TypeError, "%d format: a real number is required, not str"))),
        ("[%i]", &[A::S("")], Err((TypeError, "%i format: a real number is required, not str"))),
        ("[%u]", &[A::S("")], Err((TypeError, "%u format: a real number is required, not str"))),
        ("[%o]", &[A::F(0.0)], Err((TypeError, "%o format: an integer is required, not float"))),
        ("[%x]", &[A::F(0.0)], Err((TypeError, "%x format: an integer is required, not float"))),
        ("[%X]", &[A::F(0.0)], Err((TypeError, "%X format: an integer is required, not float"))),
        ("[%e]", &[A::S("")], Err((TypeError, "must be real number, not str"))),
        ("[%c]", &[A::I("-1")], Err((OverflowError, "%c arg not in range(0x110000)"))),
        ("[%c]", &[A::F(0.0)], Err((TypeError, "%c requires int or char"))),
        ("%5c", &[], Err((TypeError, "not enough arguments for format string"))),
        ("x%L", &[A::I("1")], Err((ValueError, "incomplete format"))),
        ("1", &[A::I("2"), A::S("a"), A::I("2")], Err((TypeError, "not all arguments converted during string formatting"))),
        ("1%yx%", &[A::I("1")], Err((ValueError, "unsupported format character 'y' (0x79) at index 2"))),
        ("f%*", &[A::S("bc"), A::N], Err((TypeError, "* wants int"))),
        ("[%+ 1.1g]", &[A::F(0.1)], Ok("[+0.1]")),
        ("[%0.0r]", &[A::F(9.995)], Ok("[]")),
        ("[% #1.1g]", &[A::F(-0.0)], Ok("[-0.]")),
        ("[%+ 0.3g]", &[A::F(1e+16)], Ok("[+1e+16]")),
        ("[%+00G]", &[A::F(0.5)], Ok("[+0.5]")),
        ("[%+ 1.r]", &[A::I("7")], Ok("[ ]")),
        ("[% 0.3X]", &[A::I("1")], Ok("[ 001]")),
        ("[%0#12x]", &[A::I("7")], Ok("[0x0000000007]")),
        ("[%+#1.G]", &[A::F(1e-05)], Ok("[+1.E-05]")),
        ("[%-1.3G]", &[A::F(9.995)], Ok("[9.99]")),
        ("[%00s]", &[A::F(0.0)], Ok("[0.0]")),
        ("[%1.3s]", &[A::F(123456.789)], Ok("[123]")),
        ("[%12X]", &[A::B(false)], Ok("[           0]")),
        ("[%12.0u]", &[A::B(true)], Ok("[           1]")),
        ("[%-07.12g]", &[A::I("-255")], Ok("[-255   ]")),
        ("[%+#1.1E]", &[A::F(f64::INFINITY)], Ok("[+INF]")),
        ("[% o]", &[A::I("0")], Ok("[ 0]")),
        ("[%0#7.0i]", &[A::F(2.5)], Ok("[0000002]")),
        ("[% 0.1c]", &[A::I("233")], Ok("[é]")),
        ("[%+12a]", &[A::S("a")], Ok("[         'a']")),
        ("[%#0.s]", &[A::S("a'b")], Ok("[]")),
        ("[% #7.d]", &[A::I("42")], Ok("[     42]")),
        ("[%+#0.0r]", &[A::F(5e-324)], Ok("[]")),
        ("[%-#0.3F]", &[A::I("233")], Ok("[233.000]")),
        ("[%+ 7.1g]", &[A::I("0")], Ok("[     +0]")),
        ("[%-#7.3s]", &[A::I("7")], Ok("[7      ]")),
        ("[% 00.0a]", &[A::F(f64::NAN)], Ok("[]")),
        ("[%12.1s]", &[A::F(f64::NEG_INFINITY)], Ok("[           -]")),
        ("[%-012.s]", &[A::F(1e+300)], Ok("[            ]")),
        ("[% 01.3o]", &[A::I("10000000000000000000000000")], Ok("[ 4105452130240024411200000000]")),
        ("[%+7.s]", &[A::S("")], Ok("[       ]")),
        ("[%#0.d]", &[A::I("-18446744073709551617")], Ok("[-18446744073709551617]")),
        ("[%0.1c]", &[A::I("1")], Ok("[\u{1}]")),
        ("[%-+.0i]", &[A::I("10000000000000000000000000")], Ok("[+10000000000000000000000000]")),
        ("[%012i]", &[A::I("233")], Ok("[000000000233]")),
        ("[%+#1.d]", &[A::F(1e+22)], Ok("[+10000000000000000000000]")),
        ("[% 1.3X]", &[A::I("42")], Ok("[ 02A]")),
        ("[%+ e]", &[A::I("42")], Ok("[+4.200000e+01]")),
        ("[% 00.r]", &[A::F(f64::NEG_INFINITY)], Ok("[]")),
        ("[%+ 1.1d]", &[A::I("233")], Ok("[+233]")),
        ("[% 012.12g]", &[A::F(5e-324)], Ok("[ 4.94065645841e-324]")),
        ("[% 1.3f]", &[A::I("-18446744073709551617")], Ok("[-18446744073709551616.000]")),
        ("[%-+12.3g]", &[A::I("233")], Ok("[+233        ]")),
        ("[%+00.r]", &[A::S("😀x")], Ok("[]")),
        ("[%-+12.12X]", &[A::I("7")], Ok("[+000000000007]")),
        ("[% #7G]", &[A::F(0.5)], Ok("[ 0.500000]")),
        ("[%- 1.1e]", &[A::I("42")], Ok("[ 4.2e+01]")),
        ("[%-+7s]", &[A::I("-255")], Ok("[-255   ]")),
        ("[%-#7.3E]", &[A::I("-1")], Ok("[-1.000E+00]")),
        ("[%-07.12G]", &[A::F(1e+22)], Ok("[1E+22  ]")),
        ("[%-7d]", &[A::I("-255")], Ok("[-255   ]")),
        ("[%+07.0s]", &[A::T(3)], Ok("[       ]")),
        ("[% 07.1i]", &[A::I("-255")], Ok("[-000255]")),
        ("[%+#g]", &[A::I("9223372036854775808")], Ok("[+9.22337e+18]")),
        ("[%-#12.3s]", &[A::I("10000000000000000000000000")], Ok("[100         ]")),
        ("[%012.1E]", &[A::F(1e+16)], Ok("[000001.0E+16]")),
        ("[%+#7.F]", &[A::F(0.5)], Ok("[    +0.]")),
        ("[%+.1r]", &[A::T(3)], Ok("[(]")),
        ("[% 0.0i]", &[A::F(0.0)], Ok("[ 0]")),
        ("[%-+.1a]", &[A::B(false)], Ok("[F]")),
        ("[% 07.e]", &[A::I("-1")], Ok("[-01e+00]")),
        ("[%.1f]", &[A::I("-255")], Ok("[-255.0]")),
        ("0", &[], Ok("0")),
        ("[%-+0.1e]", &[A::I("-255")], Ok("[-2.6e+02]")),
        ("[%+#7.3G]", &[A::F(0.0)], Ok("[  +0.00]")),
        ("[%-0.12E]", &[A::F(1e+22)], Ok("[1.000000000000E+22]")),
        ("[%+ 0.12d]", &[A::B(false)], Ok("[+000000000000]")),
        ("[%-01.3i]", &[A::I("10000000000000000000000000")], Ok("[10000000000000000000000000]")),
        ("[%012.r]", &[A::B(false)], Ok("[            ]")),
        ("01L", &[], Ok("01L")),
        ("[%#7.1u]", &[A::F(123456.789)], Ok("[ 123456]")),
        ("[%+ 7.0F]", &[A::I("-1")], Ok("[     -1]")),
        ("[%#7.0u]", &[A::I("65")], Ok("[     65]")),
        ("[%-07.3E]", &[A::F(f64::NEG_INFINITY)], Ok("[-INF   ]")),
        ("[%-+0.3F]", &[A::I("-1")], Ok("[-1.000]")),
        ("[%- 0.3i]", &[A::F(2.5)], Ok("[ 002]")),
        ("[%#12.1d]", &[A::I("-1")], Ok("[          -1]")),
        ("[%12.a]", &[A::S("a'b")], Ok("[            ]")),
        ("[%.12d]", &[A::F(123456.789)], Ok("[000000123456]")),
        ("[%-1.e]", &[A::I("1")], Ok("[1e+00]")),
        ("[%0.0e]", &[A::F(9.995)], Ok("[1e+01]")),
        ("[%+0.0i]", &[A::F(1e-05)], Ok("[+0]")),
        ("[%0#12g]", &[A::F(f64::NAN)], Ok("[000000000nan]")),
        ("[%+12.0F]", &[A::F(123456.789)], Ok("[     +123457]")),
        ("[%-+0.12a]", &[A::F(1e+16)], Ok("[1e+16]")),
        ("[%-#7.3F]", &[A::I("9223372036854775808")], Ok("[9223372036854775808.000]")),
        ("[%7.0g]", &[A::F(1e+22)], Ok("[  1e+22]")),
        ("[%-#1.1i]", &[A::F(1e+22)], Ok("[10000000000000000000000]")),
        ("[%#1.12r]", &[A::I("233")], Ok("[233]")),
        ("[%0.1s]", &[A::F(0.1)], Ok("[0]")),
        ("[%-#.1X]", &[A::I("42")], Ok("[0X2A]")),
        ("[% #1.3s]", &[A::N], Ok("[Non]")),
        ("[%+0.12E]", &[A::F(2.5)], Ok("[+2.500000000000E+00]")),
        ("[%-+12.f]", &[A::F(-1.5)], Ok("[-2          ]")),
        ("[% #1.i]", &[A::F(0.5)], Ok("[ 0]")),
        ("[% #12.0E]", &[A::I("-18446744073709551617")], Ok("[     -2.E+19]")),
        ("[%#1.1f]", &[A::I("7")], Ok("[7.0]")),
        ("[%#0.0d]", &[A::F(1e+22)], Ok("[10000000000000000000000]")),
        ("[% 07.0F]", &[A::F(-0.0)], Ok("[-000000]")),
        ("*", &[], Ok("*")),
        ("[%-#0.u]", &[A::I("7")], Ok("[7]")),
        ("[%0#.u]", &[A::I("10000000000000000000000000")], Ok("[10000000000000000000000000]")),
        ("[%+00.3e]", &[A::I("65")], Ok("[+6.500e+01]")),
        ("[%#12.3a]", &[A::F(1e-05)], Ok("[         1e-]")),
        ("[% 0.1u]", &[A::F(0.1)], Ok("[ 0]")),
        ("[% 12d]", &[A::F(1e+22)], Ok("[ 10000000000000000000000]")),
        ("[%012.3i]", &[A::I("0")], Ok("[000000000000]")),
        ("[% #0.1g]", &[A::I("0")], Ok("[ 0.]")),
        ("[%012.0G]", &[A::F(0.5)], Ok("[0000000000.5]")),
        ("[%+0.1x]", &[A::I("10000000000000000000000000")], Ok("[+84595161401484a000000]")),
        ("[%0a]", &[A::F(-1.5)], Ok("[-1.5]")),
        ("[% 12.12r]", &[A::F(0.1)], Ok("[         0.1]")),
        ("[%+0.1X]", &[A::I("-18446744073709551617")], Ok("[-10000000000000001]")),
        ("[%-#g]", &[A::F(f64::INFINITY)], Ok("[inf]")),
        ("[%+01.3G]", &[A::I("-1")], Ok("[-1]")),
        ("[% 12.X]", &[A::B(true)], Ok("[           1]")),
        ("[%+07.0a]", &[A::I("1")], Ok("[       ]")),
        ("fxLd2", &[], Ok("fxLd2")),
        ("[% 07.12u]", &[A::I("-18446744073709551617")], Ok("[-18446744073709551617]")),
        ("[%1.1g]", &[A::F(0.5)], Ok("[0.5]")),
        ("[%- 0.12s]", &[A::S("a")], Ok("[a]")),
        ("[%#1.0F]", &[A::I("9223372036854775808")], Ok("[9223372036854775808.]")),
        ("[%-07.1u]", &[A::F(1e-05)], Ok("[0      ]")),
        ("[%-012.3F]", &[A::I("-255")], Ok("[-255.000    ]")),
        ("[%12.12g]", &[A::F(123456.789)], Ok("[  123456.789]")),
        ("[%-0.e]", &[A::I("10000000000000000000000000")], Ok("[1e+25]")),
        ("[%.3d]", &[A::B(true)], Ok("[001]")),
        ("[%+0.12E]", &[A::F(5e-324)], Ok("[+4.940656458412E-324]")),
        ("[%+07.0r]", &[A::I("42")], Ok("[       ]")),
        ("[%+#7.3E]", &[A::F(0.0)], Ok("[+0.000E+00]")),
        ("[%-+12.d]", &[A::F(1e+22)], Ok("[+10000000000000000000000]")),
        ("[%1.12e]", &[A::F(0.5)], Ok("[5.000000000000e-01]")),
        ("[%-1.12X]", &[A::I("233")], Ok("[0000000000E9]")),
        ("[%-07.3F]", &[A::F(f64::NEG_INFINITY)], Ok("[-INF   ]")),
        ("[% 012r]", &[A::I("42")], Ok("[          42]")),
        ("[%-+12.3s]", &[A::S("héllo")], Ok("[hél         ]")),
        ("[%-0.r]", &[A::I("10000000000000000000000000")], Ok("[]")),
        ("[% .0u]", &[A::I("1")], Ok("[ 1]")),
        ("[% #7.1d]", &[A::F(0.1)], Ok("[      0]")),
        ("[%-+.0o]", &[A::I("1")], Ok("[+1]")),
        ("[%-0.3e]", &[A::F(f64::NEG_INFINITY)], Ok("[-inf]")),
        ("[%- 0.g]", &[A::F(-1.5)], Ok("[-2]")),
        ("[% #12.1e]", &[A::F(1e+300)], Ok("[    1.0e+300]")),
        ("[% 0.3d]", &[A::I("233")], Ok("[ 233]")),
        ("Léa1", &[], Ok("Léa1")),
        ("[%0#7.1r]", &[A::F(123456.789)], Ok("[      1]")),
        ("[%00.12f]", &[A::I("7")], Ok("[7.000000000000]")),
        ("[%+ 0.12E]", &[A::F(f64::NEG_INFINITY)], Ok("[-INF]")),
        ("[%-+0F]", &[A::F(1e+22)], Ok("[+10000000000000000000000.000000]")),
        ("[%-#7.i]", &[A::F(1e+16)], Ok("[10000000000000000]")),
        ("[%-#12.3i]", &[A::F(5e-324)], Ok("[000         ]")),
        ("[%0#1.0i]", &[A::B(true)], Ok("[1]")),
        ("[%0#12.12X]", &[A::B(true)], Ok("[0X000000000001]")),
        ("[%-#0.12r]", &[A::I("-1")], Ok("[-1]")),
        ("[%#7.3s]", &[A::F(2.5)], Ok("[    2.5]")),
        ("[%+ 0.1e]", &[A::F(0.5)], Ok("[+5.0e-01]")),
        ("[%#1d]", &[A::F(1e+16)], Ok("[10000000000000000]")),
        ("[% 07.r]", &[A::I("0")], Ok("[       ]")),
        ("[%7.12F]", &[A::I("1")], Ok("[1.000000000000]")),
        ("[%-7.1F]", &[A::F(0.0)], Ok("[0.0    ]")),
        ("[%+1s]", &[A::L(&[1, 2])], Ok("[[1, 2]]")),
        ("[%+ 7.3g]", &[A::B(true)], Ok("[     +1]")),
        ("[%+#1.0u]", &[A::I("0")], Ok("[+0]")),
        ("[%+ 1r]", &[A::F(0.1)], Ok("[0.1]")),
        ("[% 12.3G]", &[A::F(0.5)], Ok("[         0.5]")),
        ("[%- 1.0r]", &[A::S("a")], Ok("[ ]")),
        ("[%0#1.u]", &[A::I("-18446744073709551617")], Ok("[-18446744073709551617]")),
        ("[%-+0F]", &[A::I("7")], Ok("[+7.000000]")),
        ("[% #1.12x]", &[A::I("9223372036854775808")], Ok("[ 0x8000000000000000]")),
        ("[% 7s]", &[A::I("-255")], Ok("[   -255]")),
        ("[%+00.0o]", &[A::B(true)], Ok("[+1]")),
        ("[% #7.3E]", &[A::F(f64::INFINITY)], Ok("[    INF]")),
        ("[%#12.1e]", &[A::F(1e-05)], Ok("[     1.0e-05]")),
        ("[%0#7.3r]", &[A::I("10000000000000000000000000")], Ok("[    100]")),
        ("[%+#0.0e]", &[A::F(-0.0)], Ok("[-0.e+00]")),
        ("[%+ .12a]", &[A::I("9223372036854775808")], Ok("[922337203685]")),
        ("[% 0.0X]", &[A::I("1")], Ok("[ 1]")),
        ("[% #0o]", &[A::I("7")], Ok("[ 0o7]")),
        ("[% 00.12a]", &[A::T(3)], Ok("[(3,)]")),
        ("[%0s]", &[A::I("-1")], Ok("[-1]")),
        ("[%+7.3r]", &[A::F(0.1)], Ok("[    0.1]")),
        ("[%- 12X]", &[A::B(false)], Ok("[ 0          ]")),
        ("[%-0.3a]", &[A::I("9223372036854775808")], Ok("[922]")),
        ("[%-+12.F]", &[A::B(true)], Ok("[+1          ]")),
        ("[% 1.12G]", &[A::F(1e+22)], Ok("[ 1E+22]")),
        ("[% #.3r]", &[A::F(f64::NEG_INFINITY)], Ok("[-in]")),
        ("[%+01.i]", &[A::I("-1")], Ok("[-1]")),
        ("[%-.12g]", &[A::B(true)], Ok("[1]")),
        ("[%1.12i]", &[A::I("1")], Ok("[000000000001]")),
        ("[%00.0u]", &[A::F(9.995)], Ok("[9]")),
        ("[%-+.1u]", &[A::F(0.0)], Ok("[+0]")),
        ("[% 01.1d]", &[A::F(0.5)], Ok("[ 0]")),
        ("[%+#1.12G]", &[A::F(f64::NAN)], Ok("[+NAN]")),
        ("[% 012.12e]", &[A::F(1e+300)], Ok("[ 1.000000000000e+300]")),
        ("[%-012.3e]", &[A::I("7")], Ok("[7.000e+00   ]")),
        ("[% 01.0a]", &[A::S("héllo")], Ok("[ ]")),
        ("[%#0.12a]", &[A::F(0.5)], Ok("[0.5]")),
        ("[%- 12.1F]", &[A::F(0.5)], Ok("[ 0.5        ]")),
        ("[% #1.3e]", &[A::I("-1")], Ok("[-1.000e+00]")),
        ("[%-g]", &[A::I("-255")], Ok("[-255]")),
        ("[%+#1.1r]", &[A::S("😀x")], Ok("[']")),
        ("[%-+.3G]", &[A::F(1e-05)], Ok("[+1E-05]")),
        ("[%-#1.1E]", &[A::F(123456.789)], Ok("[1.2E+05]")),
        ("[% #12.1G]", &[A::F(0.0)], Ok("[          0.]")),
        ("[%-#7x]", &[A::I("-255")], Ok("[-0xff  ]")),
        ("[%-#a]", &[A::F(1e-05)], Ok("[1e-05]")),
        ("[%-0.i]", &[A::I("-255")], Ok("[-255]")),
        ("[%+#.12u]", &[A::I("233")], Ok("[+000000000233]")),
        ("[%#12.1e]", &[A::F(f64::INFINITY)], Ok("[         inf]")),
        ("[%+7G]", &[A::F(0.5)], Ok("[   +0.5]")),
        ("[% 12.12r]", &[A::S("é")], Ok("[         'é']")),
        ("[%-#7.s]", &[A::F(0.0)], Ok("[       ]")),
        ("[%12.12s]", &[A::F(9.995)], Ok("[       9.995]")),
        ("[%7s]", &[A::S("a'b")], Ok("[    a'b]")),
        ("[%-#12.1i]", &[A::I("233")], Ok("[233         ]")),
        ("[%#1.3E]", &[A::I("42")], Ok("[4.200E+01]")),
        ("[%-.1e]", &[A::I("-1")], Ok("[-1.0e+00]")),
        ("[%+#7.12X]", &[A::B(false)], Ok("[+0X000000000000]")),
        ("[%0#1.12a]", &[A::N], Ok("[None]")),
        ("[%#7.12d]", &[A::F(0.5)], Ok("[000000000000]")),
        ("[%-0.12i]", &[A::I("42")], Ok("[000000000042]")),
        ("[%+0E]", &[A::F(0.1)], Ok("[+1.000000E-01]")),
        ("[% #.1F]", &[A::I("65")], Ok("[ 65.0]")),
        ("[%-01.1g]", &[A::I("-255")], Ok("[-3e+02]")),
        ("[%+#.3e]", &[A::F(-1.5)], Ok("[-1.500e+00]")),
        ("[%#.1i]", &[A::B(true)], Ok("[1]")),
        ("[%0.0i]", &[A::F(1e+16)], Ok("[10000000000000000]")),
        ("[%+ .3x]", &[A::B(true)], Ok("[+001]")),
        ("[%-+.E]", &[A::F(1e+22)], Ok("[+1E+22]")),
        ("[%12F]", &[A::I("-1")], Ok("[   -1.000000]")),
        ("[%-+0.12c]", &[A::B(false)], Ok("[\u{0}]")),
        ("[%-+12.3r]", &[A::I("9223372036854775808")], Ok("[922         ]")),
        ("[% 012.12u]", &[A::F(123456.789)], Ok("[ 000000123456]")),
        ("[%0u]", &[A::F(123456.789)], Ok("[123456]")),
        ("[% #7.1f]", &[A::B(true)], Ok("[    1.0]")),
        ("[%7.1o]", &[A::I("65")], Ok("[    101]")),
        ("[%-#12.1g]", &[A::I("-1")], Ok("[-1.         ]")),
        ("[%#f]", &[A::I("0")], Ok("[0.000000]")),
        ("[%+ 1s]", &[A::B(false)], Ok("[False]")),
        ("[%+012.1a]", &[A::I("0")], Ok("[           0]")),
        ("[%+0.1a]", &[A::F(123456.789)], Ok("[1]")),
        ("[%0#1.0G]", &[A::I("-18446744073709551617")], Ok("[-2.E+19]")),
        ("[%-#7.3r]", &[A::S("a'b")], Ok("[\"a'    ]")),
        ("[%+o]", &[A::B(true)], Ok("[+1]")),
        ("[%+0r]", &[A::F(-0.0)], Ok("[-0.0]")),
        ("[%+#0.d]", &[A::F(1e+22)], Ok("[+10000000000000000000000]")),
        ("[%-+0.d]", &[A::F(1e+16)], Ok("[+10000000000000000]")),
        ("[%-0.0G]", &[A::I("-1")], Ok("[-1]")),
        ("[% 00.0f]", &[A::I("7")], Ok("[ 7]")),
        ("[%01.3a]", &[A::S("")], Ok("['']")),
        ("[%0#.E]", &[A::F(f64::NAN)], Ok("[NAN]")),
        ("[%+07.1d]", &[A::F(123456.789)], Ok("[+123456]")),
        ("[%- 1d]", &[A::F(5e-324)], Ok("[ 0]")),
        ("[%+#12.3r]", &[A::N], Ok("[         Non]")),
        ("[%#7.s]", &[A::S("héllo")], Ok("[       ]")),
        ("[%+ .3i]", &[A::F(123456.789)], Ok("[+123456]")),
        ("[% 1.1G]", &[A::I("233")], Ok("[ 2E+02]")),
        ("[%- 1.1i]", &[A::I("65")], Ok("[ 65]")),
        ("[%+00.3a]", &[A::F(1e+16)], Ok("[1e+]")),
        ("[% #12E]", &[A::B(true)], Ok("[ 1.000000E+00]")),
        ];
        for (template, args, want) in CASES {
            let owned = own(args);
            let args: Vec<FormatArg> = owned.iter().map(borrow).collect();
            let want = want
                .map(str::to_string)
                .map_err(|(k, m)| (k, m.to_string()));
            assert_eq!(fmt(template, &args), want, "{template:?}");
        }
    }

    #[test]
    fn ascii_escape() {
        let mut s = String::new();
        push_ascii_escaped(&mut s, "aé\u{100}😀\x7f");
        assert_eq!(s, "a\\xe9\\u0100\\U0001f600\x7f");
    }
}

/// Arguments of the CPython-generated test tables, shared with
/// `str_format`'s tests.
#[cfg(test)]
// The tables hold literals such as 3.14159 exactly as the CPython probes used them.
#[allow(clippy::approx_constant, clippy::type_complexity)]
pub(crate) mod table {
    use super::FormatArg;
    use crate::{Int, List};

    /// A test argument: an int as decimal text, a float, a str, a bool,
    /// None, a list of ints or a 1-tuple of an int.
    pub enum A {
        I(&'static str),
        F(f64),
        S(&'static str),
        B(bool),
        N,
        L(&'static [i64]),
        T(i64),
    }

    pub enum Owned {
        I(Int),
        F(f64),
        S(&'static str),
        B(bool),
        N,
        L(List<Int>),
        T((Int,)),
    }

    pub fn own(args: &[A]) -> Vec<Owned> {
        args.iter()
            .map(|a| match a {
                A::I(s) => Owned::I(Int::parse(s).expect("decimal")),
                A::F(x) => Owned::F(*x),
                A::S(s) => Owned::S(s),
                A::B(b) => Owned::B(*b),
                A::N => Owned::N,
                A::L(xs) => {
                    let l = List::new();
                    for x in *xs {
                        l.append(Int::from(*x));
                    }
                    Owned::L(l)
                }
                A::T(x) => Owned::T((Int::from(*x),)),
            })
            .collect()
    }

    pub fn borrow(o: &Owned) -> FormatArg<'_> {
        match o {
            Owned::I(i) => FormatArg::Int(i),
            Owned::F(x) => FormatArg::Float(*x),
            Owned::S(s) => FormatArg::Str(s),
            Owned::B(b) => FormatArg::Bool(*b),
            Owned::N => FormatArg::None,
            Owned::L(l) => l.into(),
            Owned::T(t) => t.into(),
        }
    }
}
