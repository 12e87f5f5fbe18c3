//! `str.format` and `format()`, following CPython 3.12's
//! `Objects/stringlib/unicode_format.h`: fields are parsed and rendered
//! one at a time, left to right, so that the first error CPython would
//! raise is the one raised here, with the same type and message.
//!
//! Out of scope: attribute and index access in a field name (`{p.x}`,
//! `{0[1]}`) raises a clear `NotImplementedError` once the field's first
//! part has been looked up.

use crate::exc::{unsupported, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::text::format_spec;
use crate::text::parse_number::decimal_value;
use crate::text::percent::{spec_error, FormatArg};
use crate::text::str_repr::write_str_repr;

fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    template: &str,
    args: &[FormatArg],
    kwargs: &[(&str, FormatArg)],
) -> PyResult<Str> {
    let mut out = String::with_capacity(template.len() + 8 * (args.len() + kwargs.len()));
    let mut fmt = Formatter {
        args,
        kwargs,
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    fmt.build(&mut out, template, 2)?;
    Ok(Str::from(out))
}

/// `format(value, spec)`.
pub fn format_builtin(value: FormatArg, spec: &str) -> PyResult<Str> {
    let mut out = String::new();
    render_field(&mut out, value, spec)?;
    Ok(Str::from(out))
}

/// Whether fields so far were numbered automatically (`{}`) or by hand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct Formatter<'s, 'a> {
    args: &'s [FormatArg<'a>],
    kwargs: &'s [(&'s str, FormatArg<'a>)],
    auto: AutoNumber,
    next_auto: usize,
}

/// A replacement field as `parse_field` splits it.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The spec holds nested `{...}` fields.
    spec_needs_expanding: bool,
}

impl<'a> Formatter<'_, 'a> {
    /// `build_string` + `output_markup`: literal text and fields in turn.
    fn build(&mut self, out: &mut String, s: &str, depth: u32) -> PyResult<()> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let bytes = s.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            // `MarkupIterator_next`: literal text up to the first brace.
            let start = pos;
            let mut brace = None;
            while pos < bytes.len() {
                let c = bytes[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    brace = Some(c);
                    break;
                }
            }
            let at_end = pos >= bytes.len();
            let mut literal_end = pos;
            let mut markup = brace.is_some();
            match brace {
                Some(b'}') if at_end || bytes[pos] != b'}' => {
                    return Err(value_error("Single '}' encountered in format string"));
                }
                Some(b'{') if at_end => {
                    return Err(value_error("Single '{' encountered in format string"));
                }
                Some(c) if bytes[pos] == c => {
                    // `{{` or `}}`: the literal keeps one brace.
                    pos += 1;
                    markup = false;
                }
                Some(_) => literal_end -= 1,
                None => {}
            }
            out.push_str(&s[start..literal_end]);
            if markup {
                let field = parse_field(s, &mut pos)?;
                self.output_field(out, &field, depth)?;
            }
        }
        Ok(())
    }

    /// Looks the field up, converts it, expands its spec and renders it.
    fn output_field(&mut self, out: &mut String, field: &Field, depth: u32) -> PyResult<()> {
        let obj = self.field_object(field.name)?;
        let converted;
        let obj = match field.conversion {
            None => obj,
            Some(c) => {
                let mut text = String::new();
                match c {
                    'r' => obj.write_repr(&mut text)?,
                    's' => obj.write_str(&mut text)?,
                    'a' => obj.write_ascii(&mut text)?,
                    _ => {
                        let cp = c as u32;
                        return Err(value_error(if cp > 32 && cp < 127 {
                            format!("Unknown conversion specifier {c}")
                        } else {
                            format!("Unknown conversion specifier \\x{cp:x}")
                        }));
                    }
                }
                converted = text;
                FormatArg::Str(&converted)
            }
        };
        if field.spec_needs_expanding {
            let mut spec = String::new();
            self.build(&mut spec, field.spec, depth - 1)?;
            render_field(out, obj, &spec)
        } else {
            render_field(out, obj, field.spec)
        }
    }

    /// `get_field_object` + `field_name_split`.
    fn field_object(&mut self, name: &str) -> PyResult<FormatArg<'a>> {
        let split = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(split);
        let index = get_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.auto == AutoNumber::Init {
                self.auto = if empty {
                    AutoNumber::Auto
                } else {
                    AutoNumber::Manual
                };
            }
            match (self.auto, empty) {
                (AutoNumber::Manual, true) => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                (AutoNumber::Auto, false) => return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                _ => {}
            }
        }
        let index = if empty {
            self.next_auto += 1;
            Some(self.next_auto - 1)
        } else {
            index
        };
        let obj = match index {
            Some(i) => self.args.get(i).copied().ok_or_else(|| {
                PyErr::new(
                    ExcKind::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
            })?,
            None => match self.kwargs.iter().find(|(k, _)| *k == first) {
                Some((_, v)) => *v,
                None => {
                    let mut key = String::new();
                    write_str_repr(&mut key, first);
                    return Err(PyErr::new(ExcKind::KeyError, key));
                }
            },
        };
        if !rest.is_empty() {
            check_first_accessor(rest)?;
            return Err(unsupported(&format!(
                "attribute or index access in str.format fields ('{{{name}}}') is not supported"
            )));
        }
        Ok(obj)
    }
}

/// The syntax checks `FieldNameIterator_next` makes on the first `.attr`
/// or `[key]` after a field's first part, before any lookup.
fn check_first_accessor(rest: &str) -> PyResult<()> {
    let name = if let Some(attr) = rest.strip_prefix('.') {
        &attr[..attr.find(['.', '[']).unwrap_or(attr.len())]
    } else {
        let item = rest.strip_prefix('[').unwrap_or(rest);
        let Some(end) = item.find(']') else {
            return Err(value_error("Missing ']' in format string"));
        };
        get_integer(&item[..end])?;
        &item[..end]
    };
    if name.is_empty() {
        return Err(value_error("Empty attribute in format string"));
    }
    Ok(())
}

/// `parse_field`: reads a field after its `{` up to the matching `}`.
fn parse_field<'t>(s: &'t str, pos: &mut usize) -> PyResult<Field<'t>> {
    let bytes = s.as_bytes();
    let name_start = *pos;
    let mut c = 0u8;
    let mut ended = false;
    while *pos < bytes.len() {
        c = bytes[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < bytes.len() && bytes[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                ended = true;
                break;
            }
            _ => {}
        }
    }
    if !ended {
        return Err(value_error("expected '}' before end of string"));
    }
    let mut field = Field {
        name: &s[name_start..*pos - 1],
        conversion: None,
        spec: "",
        spec_needs_expanding: false,
    };
    if c == b'}' {
        return Ok(field);
    }
    if c == b'!' {
        let Some(conv) = s[*pos..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        *pos += conv.len_utf8();
        field.conversion = Some(conv);
        if let Some(next) = s[*pos..].chars().next() {
            *pos += next.len_utf8();
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < bytes.len() {
        let b = bytes[*pos];
        *pos += 1;
        match b {
            b'{' => {
                field.spec_needs_expanding = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &s[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// `get_integer`: a field name made only of (Unicode) decimal digits.
fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// `render_field`: `format(value, spec)` appended to `out`.
fn render_field(out: &mut String, value: FormatArg, spec: &str) -> PyResult<()> {
    let text = match value {
        FormatArg::Str(s) if spec.is_empty() => {
            out.push_str(s);
            return Ok(());
        }
        FormatArg::Int(Int::Small(n)) if spec.is_empty() => {
            use std::fmt::Write as _;
            let _ = write!(out, "{n}");
            return Ok(());
        }
        FormatArg::Str(s) => parse(spec).and_then(|p| format_spec::format_str(s, &p)),
        FormatArg::Int(Int::Small(n)) => parse(spec).and_then(|p| format_spec::format_i64(*n, &p)),
        FormatArg::Int(Int::Big(b)) => parse(spec).and_then(|p| format_spec::format_int(b, &p)),
        FormatArg::Float(x) => parse(spec).and_then(|p| format_spec::format_float(x, &p)),
        FormatArg::Bool(b) => parse(spec).and_then(|p| format_spec::format_bool(b, &p)),
        FormatArg::None | FormatArg::Other(_) => {
            if !spec.is_empty() {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "unsupported format string passed to {}.__format__",
                        value.type_name()
                    ),
                ));
            }
            return value.write_str(out);
        }
    };
    out.push_str(&text.map_err(spec_error)?);
    Ok(())
}

fn parse(spec: &str) -> Result<format_spec::FormatSpec, String> {
    format_spec::parse(spec)
}

#[cfg(test)]
// The tables hold literals such as 3.14159 exactly as the CPython probes used them.
#[allow(clippy::approx_constant, clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::{Dict, List};
    use ExcKind::{
        IndexError, KeyError, MemoryError, NotImplementedError, OverflowError, TypeError,
        ValueError,
    };
    use FormatArg::{Bool as B, Float as F, None as N, Str as S};

    fn i(v: &Int) -> FormatArg<'_> {
        FormatArg::Int(v)
    }

    fn big(s: &str) -> Int {
        Int::parse(s).expect("test ints are decimal")
    }

    fn run(
        t: &str,
        args: &[FormatArg],
        kwargs: &[(&str, FormatArg)],
    ) -> Result<String, (ExcKind, String)> {
        str_format(t, args, kwargs)
            .map(|s| s.as_str().to_string())
            .map_err(|e| (e.kind(), e.message().to_string()))
    }

    #[track_caller]
    fn ok(t: &str, args: &[FormatArg], want: &str) {
        assert_eq!(run(t, args, &[]), Ok(want.to_string()), "{t:?}");
    }

    #[track_caller]
    fn ok_kw(t: &str, args: &[FormatArg], kwargs: &[(&str, FormatArg)], want: &str) {
        assert_eq!(run(t, args, kwargs), Ok(want.to_string()), "{t:?}");
    }

    #[track_caller]
    fn err(t: &str, args: &[FormatArg], kind: ExcKind, msg: &str) {
        err_kw(t, args, &[], kind, msg)
    }

    #[track_caller]
    fn err_kw(t: &str, args: &[FormatArg], kwargs: &[(&str, FormatArg)], kind: ExcKind, msg: &str) {
        assert_eq!(run(t, args, kwargs), Err((kind, msg.to_string())), "{t:?}");
    }

    #[track_caller]
    fn fmt(v: FormatArg, spec: &str, want: Result<&str, (ExcKind, &str)>) {
        let got = format_builtin(v, spec)
            .map(|s| s.as_str().to_string())
            .map_err(|e| (e.kind(), e.message().to_string()));
        let want = want
            .map(str::to_string)
            .map_err(|(k, m)| (k, m.to_string()));
        assert_eq!(got, want, "spec {spec:?}");
    }

    #[test]
    fn positional() {
        let (one, two, three) = (Int::from(1), Int::from(2), Int::from(3));
        ok("{} + {} = {}", &[i(&one), i(&two), i(&three)], "1 + 2 = 3");
        ok("{0} {1} {0}", &[S("a"), S("b")], "a b a");
        ok("{1}{0}", &[S("x"), S("y")], "yx");
        ok("{{literal}} {}", &[S("braces")], "{literal} braces");
        ok("{0!r} {0!s} {0!a}", &[S("é")], "'é' é '\\xe9'");
        ok(
            "{:>6}|{:<6}|{:^6}",
            &[S("r"), S("l"), S("c")],
            "     r|l     |  c   ",
        );
        ok("{0:*^10}", &[S("mid")], "***mid****");
        ok("", &[], "");
        ok("{}", &[S("")], "");
        ok("a{}b", &[F(1.0)], "a1.0b");
        ok("{}", &[N], "None");
        ok("{0}{1}{0}", &[S("é"), S("ü")], "éüé");
        ok("{٣}", &[i(&one), i(&one), i(&one), S("three")], "three");
        ok("{}{}", &[S("a"), S("b"), S("unused")], "ab");
        ok("no fields", &[i(&one)], "no fields");
    }

    #[test]
    fn keywords() {
        let (forty, one, two) = (Int::from(40), Int::from(1), Int::from(2));
        ok_kw(
            "{name} is {age}",
            &[],
            &[("name", S("Bob")), ("age", i(&forty))],
            "Bob is 40",
        );
        ok_kw(
            "{a}-{b}-{a}",
            &[],
            &[("a", i(&one)), ("b", i(&two))],
            "1-2-1",
        );
        ok_kw(
            "{first} {0} {second}",
            &[S("mid")],
            &[("first", S("F")), ("second", S("S"))],
            "F mid S",
        );
        ok_kw("{}{x}{}", &[i(&one), i(&two)], &[("x", S("3"))], "132");
        ok_kw("{x}{}", &[i(&one)], &[("x", i(&two))], "21");
        ok_kw("{é}", &[], &[("é", i(&two))], "2");
        ok_kw("{x!r:>4}", &[], &[("x", i(&one))], "   1");
        err_kw(
            "{0}{name}{}",
            &[i(&one)],
            &[("name", S("n"))],
            ValueError,
            "cannot switch from manual field specification to automatic field numbering",
        );
        err_kw("{x} {y}", &[], &[("x", i(&one))], KeyError, "'y'");
        err("{x}", &[i(&one)], KeyError, "'x'");
        err("{ x}", &[], KeyError, "' x'");
        err("{-1}", &[i(&one)], KeyError, "'-1'");
        err("{0x}", &[i(&one)], KeyError, "'0x'");
        err("{é}", &[i(&one)], KeyError, "'é'");
        err("{a'b}", &[i(&one)], KeyError, "\"a'b\"");
        err("{a]}", &[], KeyError, "'a]'");
    }

    #[test]
    fn numbering_errors() {
        let one = Int::from(1);
        err(
            "{}{0}",
            &[i(&one)],
            ValueError,
            "cannot switch from automatic field numbering to manual field specification",
        );
        err(
            "{0}{}",
            &[i(&one)],
            ValueError,
            "cannot switch from manual field specification to automatic field numbering",
        );
        err(
            "{}{}{}",
            &[i(&one), i(&one)],
            IndexError,
            "Replacement index 2 out of range for positional args tuple",
        );
        err(
            "{} {} {}",
            &[S("only"), S("two")],
            IndexError,
            "Replacement index 2 out of range for positional args tuple",
        );
        err(
            "{}",
            &[],
            IndexError,
            "Replacement index 0 out of range for positional args tuple",
        );
        err(
            "{0}",
            &[],
            IndexError,
            "Replacement index 0 out of range for positional args tuple",
        );
        err(
            "{1}",
            &[i(&one)],
            IndexError,
            "Replacement index 1 out of range for positional args tuple",
        );
        err(
            "{99999999999999999999}",
            &[i(&one)],
            ValueError,
            "Too many decimal digits in format string",
        );
        // The field is looked up before its conversion is checked.
        err(
            "{0!x}",
            &[],
            IndexError,
            "Replacement index 0 out of range for positional args tuple",
        );
        err(
            "{0!x:{1}}",
            &[i(&one)],
            ValueError,
            "Unknown conversion specifier x",
        );
        // A field before a syntax error is rendered (and fails) first.
        err(
            "{1}}",
            &[i(&one)],
            IndexError,
            "Replacement index 1 out of range for positional args tuple",
        );
    }

    #[test]
    fn syntax_errors() {
        let one = Int::from(1);
        let a = [i(&one)];
        err(
            "}",
            &[],
            ValueError,
            "Single '}' encountered in format string",
        );
        err(
            "a}b",
            &[],
            ValueError,
            "Single '}' encountered in format string",
        );
        err(
            "}}}",
            &[],
            ValueError,
            "Single '}' encountered in format string",
        );
        err(
            "{:}}",
            &a,
            ValueError,
            "Single '}' encountered in format string",
        );
        err(
            "{",
            &[],
            ValueError,
            "Single '{' encountered in format string",
        );
        err(
            "a{",
            &[],
            ValueError,
            "Single '{' encountered in format string",
        );
        err("{0", &a, ValueError, "expected '}' before end of string");
        err("{0[}", &a, ValueError, "expected '}' before end of string");
        err("{0[1}", &a, ValueError, "expected '}' before end of string");
        err(
            "{0!",
            &a,
            ValueError,
            "end of string while looking for conversion specifier",
        );
        err("{0!r", &a, ValueError, "unmatched '{' in format spec");
        err("{0!r:", &a, ValueError, "unmatched '{' in format spec");
        err("{0:", &a, ValueError, "unmatched '{' in format spec");
        err("{:{}", &a, ValueError, "unmatched '{' in format spec");
        err("{!}", &a, ValueError, "unmatched '{' in format spec");
        err("{!x}", &a, ValueError, "Unknown conversion specifier x");
        err(
            "{!rr}",
            &a,
            ValueError,
            "expected ':' after conversion specifier",
        );
        err("{!é}", &a, ValueError, "Unknown conversion specifier \\xe9");
        err(
            "{!\x01}",
            &a,
            ValueError,
            "Unknown conversion specifier \\x1",
        );
        err("{! }", &a, ValueError, "Unknown conversion specifier \\x20");
        err("{a{}", &a, ValueError, "unexpected '{' in field name");
        err(
            "{:{:{}}}",
            &[i(&one), i(&one), i(&one)],
            ValueError,
            "Max string recursion exceeded",
        );
    }

    #[test]
    fn escapes() {
        let (five, one) = (Int::from(5), Int::from(1));
        ok("{{}}{{{0}}}", &[i(&five)], "{}{5}");
        ok("}}{{", &[], "}{");
        ok("{}}}", &[i(&one)], "1}");
        ok("{{{}", &[i(&one)], "{1");
        ok("é{{ü}}", &[], "é{ü}");
    }

    #[test]
    fn nested_specs() {
        let (four, eight, three, two, seven, ten) = (
            Int::from(4),
            Int::from(8),
            Int::from(3),
            Int::from(2),
            Int::from(7),
            Int::from(10),
        );
        ok_kw(
            "[{:>{w}}] [{:<{w}}]",
            &[S("ab"), S("cd")],
            &[("w", i(&four))],
            "[  ab] [cd  ]",
        );
        ok_kw(
            "[{:>{w}}] [{:<{w}}]",
            &[S("ab"), S("cd")],
            &[("w", i(&eight))],
            "[      ab] [cd      ]",
        );
        ok_kw(
            "{:{fill}{align}{width}}",
            &[S("x")],
            &[("fill", S("*")), ("align", S("^")), ("width", i(&seven))],
            "***x***",
        );
        for (p, want) in ["3", "3.1", "3.14", "3.142"].iter().enumerate() {
            ok("{0:.{1}f}", &[F(3.14159), i(&Int::from(p as i64))], want);
        }
        ok(
            "{:{}}|{:{}}",
            &[S("a"), i(&three), S("b"), i(&two)],
            "a  |b ",
        );
        ok("{:{}}{}", &[S("a"), i(&three), S("z")], "a  z");
        ok_kw(
            "{:{w}.{p}f}",
            &[F(3.14159)],
            &[("w", i(&ten)), ("p", i(&two))],
            "      3.14",
        );
        ok("{0!r:{1}}", &[S("a"), i(&Int::from(5))], "'a'  ");
        ok("{!r:{}}", &[i(&Int::from(1)), i(&Int::from(5))], "1    ");
        ok("{0:{0}}", &[i(&Int::from(5))], "    5");
        ok("{:{}<5}", &[i(&Int::from(1)), S("*")], "1****");
        ok("{:{}}", &[i(&Int::from(1)), S("")], "1");
        err(
            "{:{1}}",
            &[S("a"), i(&three)],
            ValueError,
            "cannot switch from automatic field numbering to manual field specification",
        );
        err(
            "{0:{}}",
            &[S("a"), i(&three)],
            ValueError,
            "cannot switch from manual field specification to automatic field numbering",
        );
        err(
            "{:{{}}}",
            &[i(&Int::from(1))],
            ValueError,
            "Invalid format specifier '{}' for object of type 'int'",
        );
        err(
            "{:.{}f}",
            &[F(1.5)],
            IndexError,
            "Replacement index 1 out of range for positional args tuple",
        );
        err(
            "{:{}}",
            &[F(3.5)],
            IndexError,
            "Replacement index 1 out of range for positional args tuple",
        );
        err("{:{x}}", &[F(3.5)], KeyError, "'x'");
        err("{x:{y}}", &[], KeyError, "'x'");
        err(
            "{:{}}",
            &[],
            IndexError,
            "Replacement index 0 out of range for positional args tuple",
        );
        err(
            "{}{:{}}",
            &[i(&Int::from(1))],
            IndexError,
            "Replacement index 1 out of range for positional args tuple",
        );
        err(
            "{0:{1}}",
            &[i(&Int::from(1))],
            IndexError,
            "Replacement index 1 out of range for positional args tuple",
        );
    }

    #[test]
    fn specs() {
        let n = Int::from(1234567);
        ok(
            "{:,} {:_} {:,.2f}",
            &[i(&n), i(&n), F(1234567.891)],
            "1,234,567 1_234_567 1,234,567.89",
        );
        let (ff, eight, five) = (Int::from(255), Int::from(8), Int::from(5));
        ok(
            "{:x} {:X} {:o} {:b} {:#x} {:#b}",
            &[i(&ff), i(&ff), i(&eight), i(&five), i(&ff), i(&five)],
            "ff FF 10 101 0xff 0b101",
        );
        ok(
            "{:_x} {:08b}",
            &[i(&Int::from(4294967295)), i(&five)],
            "ffff_ffff 00000101",
        );
        ok(
            "{:%} {:.1%} {:.0%}",
            &[F(0.25), F(0.123), F(1.0)],
            "25.000000% 12.3% 100%",
        );
        ok(
            "{:e} {:.3e} {:E}",
            &[F(12345.678), F(0.000123), F(1e100)],
            "1.234568e+04 1.230e-04 1.000000E+100",
        );
        ok(
            "{:g} {:g} {:g} {:.3g}",
            &[F(1e-5), F(123456789.0), F(100.0), F(3.14159)],
            "1e-05 1.23457e+08 100 3.14",
        );
        let (p5, m5, p42, m42) = (Int::from(5), Int::from(-5), Int::from(42), Int::from(-42));
        ok("{:+d} {: d} {:-d}", &[i(&p5), i(&p5), i(&m5)], "+5  5 -5");
        ok(
            "{:=+8d}|{:0=8d}|{:08.2f}",
            &[i(&p42), i(&m42), F(-3.14159)],
            "+     42|-0000042|-0003.14",
        );
        ok(
            "{:c} {:n}",
            &[i(&Int::from(9731)), i(&Int::from(1000))],
            "☃ 1000",
        );
        ok(
            "{:d}|{:5d}|{:<5d}|",
            &[i(&Int::from(1)), i(&Int::from(22)), i(&Int::from(333))],
            "1|   22|333  |",
        );
        ok(
            "{:04d}|{:s}|{:>3s}",
            &[i(&Int::from(7)), S("ok"), S("x")],
            "0007|ok|  x",
        );
        ok(
            "{:^11}|{:ñ^7}|{!r:^9}|{!a:^12}",
            &[S("中文"), S("é"), S("é"), S("é")],
            "    中文     |ñññéñññ|   'é'   |   '\\xe9'   ",
        );
        ok("{:.2}|{:5.1}|", &[S("abc"), S("abc")], "ab|a    |");
        ok("{:\x00<5}", &[i(&Int::from(1))], "1\x00\x00\x00\x00");
    }

    #[test]
    fn float_values() {
        ok(
            "{}|{}|{}|{}|{}",
            &[F(0.1), F(1e16), F(f64::NAN), F(f64::INFINITY), F(-0.0)],
            "0.1|1e+16|nan|inf|-0.0",
        );
        ok(
            "{:e}|{:.17g}|{:g}|{:n}|{:.3}",
            &[F(0.1), F(0.1), F(1e16), F(1e16), F(0.1)],
            "1.000000e-01|0.10000000000000001|1e+16|1e+16|0.1",
        );
        ok(
            "{:+}|{:z.1f}|{:.0%}|{:%}",
            &[F(-0.0), F(-0.01), F(0.005), F(0.1)],
            "-0.0|0.0|0%|10.000000%",
        );
        ok(
            "{:08.3f}|{:+08.3f}|{:>10,.2f}|",
            &[F(f64::NAN), F(f64::NEG_INFINITY), F(-1234.5)],
            "00000nan|-0000inf| -1,234.50|",
        );
        ok(
            "{!r}|{!s}|{!a}",
            &[F(1.5), F(-0.0), F(1e-7)],
            "1.5|-0.0|1e-07",
        );
    }

    #[test]
    fn int_and_bool_values() {
        let e30 = big("1000000000000000000000000000000");
        ok("{}|{:,}|{:_x}|{:n}", &[i(&e30), i(&e30), i(&big("1180591620717411303424")), i(&big("100000000000000000000"))], "1000000000000000000000000000000|1,000,000,000,000,000,000,000,000,000,000|40_0000_0000_0000_0000|100000000000000000000");
        ok(
            "{}|{!s}|{:d}|{:5}|{:f}|{!r}",
            &[B(true), B(true), B(true), B(true), B(true), B(false)],
            "True|True|1|    1|1.000000|False",
        );
        ok(
            "{:c}|{}|{:x}",
            &[
                i(&Int::from(233)),
                i(&Int::from(i64::MIN)),
                i(&Int::from(i64::MIN)),
            ],
            "é|-9223372036854775808|-8000000000000000",
        );
        let huge = Int::from_big(num_bigint::BigInt::from(10).pow(5000));
        let limit = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        err("{}", &[i(&huge)], ValueError, limit);
        err("{:d}", &[i(&huge)], ValueError, limit);
        err("{!r}", &[i(&huge)], ValueError, limit);
        err(
            "{:c}",
            &[i(&Int::from(0x110000))],
            OverflowError,
            "%c arg not in range(0x110000)",
        );
        err(
            "{:c}",
            &[i(&big("1180591620717411303424"))],
            OverflowError,
            "Python int too large to convert to C long",
        );
        err(
            "{:f}",
            &[i(&Int::from_big(num_bigint::BigInt::from(10).pow(400)))],
            OverflowError,
            "int too large to convert to float",
        );
    }

    #[test]
    fn spec_errors() {
        err(
            "{:d}",
            &[S("ok")],
            ValueError,
            "Unknown format code 'd' for object of type 'str'",
        );
        err(
            "{!r:d}",
            &[i(&Int::from(1))],
            ValueError,
            "Unknown format code 'd' for object of type 'str'",
        );
        err(
            "{:x}",
            &[F(1.5)],
            ValueError,
            "Unknown format code 'x' for object of type 'float'",
        );
        err(
            "{:d}",
            &[F(1.0)],
            ValueError,
            "Unknown format code 'd' for object of type 'float'",
        );
        err(
            "{:s}",
            &[i(&Int::from(1))],
            ValueError,
            "Unknown format code 's' for object of type 'int'",
        );
        err(
            "{:,s}",
            &[S("a")],
            ValueError,
            "Cannot specify ',' with 's'.",
        );
        err(
            "{:=5}",
            &[S("a")],
            ValueError,
            "'=' alignment not allowed in string format specifier",
        );
        err(
            "{:+}",
            &[S("a")],
            ValueError,
            "Sign not allowed in string format specifier",
        );
        err(
            "{:.2147483648f}",
            &[F(1.0)],
            ValueError,
            "precision too big",
        );
        err(
            "{:99999999999999999999}",
            &[i(&Int::from(1))],
            ValueError,
            "Too many decimal digits in format string",
        );
        err(
            "{:abc}",
            &[i(&Int::from(1))],
            ValueError,
            "Invalid format specifier 'abc' for object of type 'int'",
        );
        let r = run("{:9223372036854775807}", &[S("a")], &[]);
        assert_eq!(r.map_err(|e| e.0), Err(MemoryError));
    }

    #[test]
    fn none_and_containers() {
        let list: List<Int> = List::new();
        list.append(Int::from(1));
        list.append(Int::from(2));
        let dict: Dict<Str, Int> = Dict::new();
        dict.set(Str::from("k"), Int::from(1));
        let tup = (Int::from(1),);
        ok(
            "{}|{}|{}|{:}",
            &[
                (&list).into(),
                (&dict).into(),
                (&tup).into(),
                (&list).into(),
            ],
            "[1, 2]|{'k': 1}|(1,)|[1, 2]",
        );
        ok(
            "{!r:5}|{!s:>8}|{!r}",
            &[N, (&list).into(), (&dict).into()],
            "None |  [1, 2]|{'k': 1}",
        );
        err(
            "{:5}",
            &[N],
            TypeError,
            "unsupported format string passed to NoneType.__format__",
        );
        err(
            "{:5}",
            &[(&list).into()],
            TypeError,
            "unsupported format string passed to list.__format__",
        );
        err(
            "{:>5}",
            &[(&tup).into()],
            TypeError,
            "unsupported format string passed to tuple.__format__",
        );
        err(
            "{:x}",
            &[(&dict).into()],
            TypeError,
            "unsupported format string passed to dict.__format__",
        );
    }

    #[test]
    fn out_of_scope_field_access() {
        let one = Int::from(1);
        err(
            "{0.real}",
            &[i(&one)],
            NotImplementedError,
            "molt: attribute or index access in str.format fields ('{0.real}') is not supported",
        );
        err(
            "{0[0]}",
            &[i(&one)],
            NotImplementedError,
            "molt: attribute or index access in str.format fields ('{0[0]}') is not supported",
        );
        // The first part is still looked up first, as in CPython.
        err("{x.y}", &[i(&one)], KeyError, "'x'");
        err(
            "{0.x}",
            &[],
            IndexError,
            "Replacement index 0 out of range for positional args tuple",
        );
        err("{x[0]}", &[], KeyError, "'x'");
        err(
            "{0.}",
            &[i(&one)],
            ValueError,
            "Empty attribute in format string",
        );
        err(
            "{.}",
            &[i(&one)],
            ValueError,
            "Empty attribute in format string",
        );
        err("{x.[0]}", &[], KeyError, "'x'");
        err_kw(
            "{x.[0]}",
            &[],
            &[("x", i(&one))],
            ValueError,
            "Empty attribute in format string",
        );
        err(
            "{0[]}",
            &[i(&one)],
            ValueError,
            "Empty attribute in format string",
        );
        err(
            "{0[99999999999999999999]}",
            &[i(&one)],
            ValueError,
            "Too many decimal digits in format string",
        );
    }

    /// `template.format(*args, **kwargs)` for a sample of a differential
    /// run against CPython 3.12.1 (random specs x values, random field
    /// syntax); `true` passes the keywords `x='X', é=2.5, 0x=7`.
    #[test]
    fn cpython_table() {
        use crate::text::percent::table::{borrow, own, Owned, A};
        #[rustfmt::skip]
        const CASES: &[(&str, &[A], bool, Result<&str, (ExcKind, &str)>)] = &[
        ("{:>+z#0_.2r}", &[A::F(0.0)], false, Err((ValueError, "Cannot specify '_' with 'r'."))),
        ("{:^09_.10}", &[A::B(true)], false, Err((ValueError, "Precision not allowed in integer format specifier"))),
        ("{:é^ z9.0f}", &[A::N], false, Err((TypeError, "unsupported format string passed to NoneType.__format__"))),
        ("{!a:é^ z9.0f}", &[A::N], false, Err((ValueError, "Unknown format code 'f' for object of type 'str'"))),
        ("{!a:<#09,.10%}", &[A::I("233")], false, Err((ValueError, "Unknown format code '%' for object of type 'str'"))),
        ("{:é^-z#01_.0o}", &[A::F(0.0)], false, Err((ValueError, "Unknown format code 'o' for object of type 'float'"))),
        ("{:0> #1,.0r}", &[A::S("héllo")], false, Err((ValueError, "Cannot specify ',' with 'r'."))),
        ("{!a:0> #0_.10G}", &[A::T(3)], false, Err((ValueError, "Unknown format code 'G' for object of type 'str'"))),
        ("{:= z#9.0x}", &[A::F(0.0)], false, Err((ValueError, "Unknown format code 'x' for object of type 'float'"))),
        ("{!a:> 1E}", &[A::F(1e+16)], false, Err((ValueError, "Unknown format code 'E' for object of type 'str'"))),
        ("{!a:0> #01.0F}", &[A::I("10000000000000000000000000")], false, Err((ValueError, "Unknown format code 'F' for object of type 'str'"))),
        ("{:^+#0_.2g}", &[A::S("😀")], false, Err((ValueError, "Unknown format code 'g' for object of type 'str'"))),
        ("{:*< z.10d}", &[A::F(1e+16)], false, Err((ValueError, "Unknown format code 'd' for object of type 'float'"))),
        ("{:^ #09.10}", &[A::S("héllo")], false, Err((ValueError, "Space not allowed in string format specifier"))),
        ("{!a:>-#9_.0X}", &[A::B(true)], false, Err((ValueError, "Unknown format code 'X' for object of type 'str'"))),
        ("{!r:*<+z#01.10e}", &[A::N], false, Err((ValueError, "Unknown format code 'e' for object of type 'str'"))),
        ("{:<+z#1_.2b}", &[A::F(123456.789)], false, Err((ValueError, "Unknown format code 'b' for object of type 'float'"))),
        ("{: z09.10s}", &[A::B(false)], false, Err((ValueError, "Unknown format code 's' for object of type 'bool'"))),
        ("{!a:>-.10s}", &[A::I("233")], false, Err((ValueError, "Sign not allowed in string format specifier"))),
        ("{:^-#0.2r}", &[A::I("-18446744073709551616")], false, Err((ValueError, "Unknown format code 'r' for object of type 'int'"))),
        ("{:^ z9_X}", &[A::I("-18446744073709551616")], false, Err((ValueError, "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("{:< #1.10c}", &[A::F(-0.0)], false, Err((ValueError, "Unknown format code 'c' for object of type 'float'"))),
        ("{!r:>+0.0n}", &[A::I("0")], false, Err((ValueError, "Unknown format code 'n' for object of type 'str'"))),
        ("{:*<#1.10s}", &[A::S("😀")], false, Err((ValueError, "Alternate form (#) not allowed in string format specifier"))),
        ("{:01c}", &[A::I("10000000000000000000000000")], false, Err((OverflowError, "Python int too large to convert to C long"))),
        ("{!r:=1.0}", &[A::F(1e+16)], false, Err((ValueError, "'=' alignment not allowed in string format specifier"))),
        ("{:=-1c}", &[A::I("255")], false, Err((ValueError, "Sign not allowed with integer format specifier 'c'"))),
        ("{:^1c}", &[A::I("-1")], false, Err((OverflowError, "%c arg not in range(0x110000)"))),
        ("{!}. !d", &[], true, Err((ValueError, "expected ':' after conversion specifier"))),
        ("!}}0!5{!1", &[A::S("ab")], true, Err((ValueError, "unmatched '{' in format spec"))),
        ("[!s0{[daé", &[A::I("3"), A::I("3"), A::S("é")], true, Err((ValueError, "expected '}' before end of string"))),
        (">}1:d}", &[A::S("é"), A::I("3"), A::N], true, Err((ValueError, "Single '}' encountered in format string"))),
        ("{", &[], true, Err((ValueError, "Single '{' encountered in format string"))),
        ("[{]x}", &[A::N, A::I("1"), A::I("3")], true, Err((KeyError, "']x'"))),
        (".0r{ds]}", &[], true, Err((KeyError, "'ds]'"))),
        ("xé{]{>x}", &[A::F(2.5), A::N], true, Err((ValueError, "unexpected '{' in field name"))),
        (">d{!", &[], true, Err((ValueError, "end of string while looking for conversion specifier"))),
        (" {:5s0[}", &[A::I("1"), A::S("ab")], true, Err((ValueError, "Invalid format specifier '5s0[' for object of type 'int'"))),
        ("{}:0", &[], true, Err((IndexError, "Replacement index 0 out of range for positional args tuple"))),
        ("[.{s:}1!", &[A::S("é"), A::I("1")], true, Err((KeyError, "'s'"))),
        ("!{é!::]}", &[A::S("ab"), A::I("3")], true, Err((ValueError, "Unknown conversion specifier :"))),
        ("0{.: }x", &[A::S("é")], true, Err((ValueError, "Empty attribute in format string"))),
        ("{x:[}:é", &[], true, Err((ValueError, "Unknown format code '[' for object of type 'str'"))),
        ("a>{::}.", &[A::F(2.5), A::S("é"), A::S("é")], true, Err((ValueError, "Unknown format code ':' for object of type 'float'"))),
        ("x{dxrx}>1", &[A::N, A::I("3")], true, Err((KeyError, "'dxrx'"))),
        ("!{:.!x} ", &[A::S("é"), A::F(2.5), A::I("3")], true, Err((ValueError, "Format specifier missing precision"))),
        ("{10}!1", &[], true, Err((IndexError, "Replacement index 10 out of range for positional args tuple"))),
        ("[{:!}x", &[A::S("é"), A::N], true, Err((ValueError, "Unknown format code '!' for object of type 'str'"))),
        ("!{}{:a}", &[A::N, A::I("1"), A::S("ab")], true, Err((ValueError, "Unknown format code 'a' for object of type 'int'"))),
        ("{155}", &[], true, Err((IndexError, "Replacement index 155 out of range for positional args tuple"))),
        ("0{}{5}{", &[A::N], true, Err((ValueError, "cannot switch from automatic field numbering to manual field specification"))),
        ("{1}s :{}]", &[A::N, A::I("3")], true, Err((ValueError, "cannot switch from manual field specification to automatic field numbering"))),
        ("0r{:1 }>0", &[A::I("3"), A::N, A::I("3")], true, Err((ValueError, "Unknown format code '\\x20' for object of type 'int'"))),
        ("..>", &[A::F(2.5), A::I("1")], true, Ok("..>")),
        (">0d", &[A::S("é"), A::I("3"), A::I("3")], true, Ok(">0d")),
        ("!1a.1!r", &[A::I("1")], true, Ok("!1a.1!r")),
        ("{:> 09_.0G}", &[A::F(0.1)], false, Ok("00000 0.1")),
        ("{:0> z#9.10g}", &[A::I("255")], false, Ok(" 255.0000000")),
        ("s55!", &[A::I("1"), A::N], true, Ok("s55!")),
        ("{:<z9.10F}", &[A::I("-18446744073709551616")], false, Ok("-18446744073709551616.0000000000")),
        ("{:+z9.2e}", &[A::F(f64::NAN)], false, Ok("     +nan")),
        ("0[:a", &[A::S("é"), A::N], true, Ok("0[:a")),
        ("{:<-#09,.10G}", &[A::I("-18446744073709551616")], false, Ok("-1.844674407E+19")),
        ("{:=+0_.2g}", &[A::I("10000000000000000000000000")], false, Ok("+1e+25")),
        ("{:é^+z#09.10G}", &[A::I("0")], false, Ok("+0.000000000")),
        ("{:>z#01_.10F}", &[A::F(1e+16)], false, Ok("10_000_000_000_000_000.0000000000")),
        ("d", &[A::S("ab")], true, Ok("d")),
        (".]", &[A::S("ab")], true, Ok(".]")),
        ("{:< 0.10f}", &[A::B(false)], false, Ok(" 0.0000000000")),
        ("{:*<+z#9_.2E}", &[A::F(0.1)], false, Ok("+1.00E-01")),
        ("{:<0_.10e}", &[A::F(1e+16)], false, Ok("1.0000000000e+16")),
        ("{:=+0,.10e}", &[A::F(1e+16)], false, Ok("+1.0000000000e+16")),
        ("{:é^ z#_f}", &[A::F(1e+16)], false, Ok(" 10_000_000_000_000_000.000000")),
        ("{:*<-z#0,.10g}", &[A::F(5e-324)], false, Ok("4.940656458e-324")),
        ("{:>+#0.2F}", &[A::F(0.1)], false, Ok("+0.10")),
        ("{:<-z#1_.10E}", &[A::I("10000000000000000000000000")], false, Ok("1.0000000000E+25")),
        ("s]x:", &[], true, Ok("s]x:")),
        ("{{", &[], true, Ok("{")),
        ("1[!d", &[A::F(2.5), A::S("é")], true, Ok("1[!d")),
        ("{:<+z#0.10G}", &[A::F(123456.789)], false, Ok("+123456.7890")),
        ("{:=+z1.0f}", &[A::F(5e-324)], false, Ok("+0")),
        ("{:< 1.0F}", &[A::F(123456.789)], false, Ok(" 123457")),
        ("xr1{{:", &[A::F(2.5), A::I("3")], true, Ok("xr1{:")),
        ("{:>-z#0_f}", &[A::I("233")], false, Ok("233.000000")),
        ("{: z0E}", &[A::F(f64::NEG_INFINITY)], false, Ok("-INF")),
        (":x[[d 01", &[], true, Ok(":x[[d 01")),
        ("{:_f}", &[A::F(-1.5)], false, Ok("-1.500000")),
        (":1!a", &[A::I("1")], true, Ok(":1!a")),
        ("{:^-z,.10G}", &[A::I("233")], false, Ok("233")),
        ("{:>+z#1_.10%}", &[A::I("-18446744073709551616")], false, Ok("-1_844_674_407_370_955_161_600.0000000000%")),
        ("{:é^z09_.10G}", &[A::I("233")], false, Ok("ééé233ééé")),
        ("{:-_.0%}", &[A::F(-1.5)], false, Ok("-150%")),
        ("{:0> .2E}", &[A::F(0.1)], false, Ok(" 1.00E-01")),
        ("{:= #_.0f}", &[A::F(f64::NEG_INFINITY)], false, Ok("-inf")),
        ("{:-1,.2e}", &[A::F(5e-324)], false, Ok("4.94e-324")),
        ("{:=-1_d}", &[A::B(true)], false, Ok("1")),
        ("x !", &[], true, Ok("x !")),
        ("{:^z#9,.10g}", &[A::I("-18446744073709551616")], false, Ok("-1.844674407e+19")),
        ("{:0>z9.0g}", &[A::F(5e-324)], false, Ok("0005e-324")),
        (".s", &[A::I("3"), A::I("3")], true, Ok(".s")),
        ("{:^ z0_E}", &[A::F(5e-324)], false, Ok(" 4.940656E-324")),
        ("{:-#09,.0E}", &[A::I("42")], false, Ok("0,004.E+01")),
        ("{:^+0_}", &[A::F(123456.789)], false, Ok("+123_456.789")),
        ("{: z9,.10}", &[A::F(-1.5)], false, Ok("     -1.5")),
        ("{: z1,.2E}", &[A::F(0.1)], false, Ok(" 1.00E-01")),
        ("{:^+z09,.10F}", &[A::F(123456.789)], false, Ok("+123,456.7890000000")),
        ("]a!}}:", &[A::N, A::I("3")], true, Ok("]a!}:")),
        ("5r ", &[A::S("ab"), A::N], true, Ok("5r ")),
        (">", &[A::I("1"), A::F(2.5), A::I("1")], true, Ok(">")),
        ("5sx1r }}", &[A::N, A::I("3")], true, Ok("5sx1r }")),
        ("{:<+,.2%}", &[A::B(true)], false, Ok("+100.00%")),
        ("{:^z#01%}", &[A::F(-1.5)], false, Ok("-150.000000%")),
        ("{:^#0.10E}", &[A::F(5e-324)], false, Ok("4.9406564584E-324")),
        ("r", &[A::I("1")], true, Ok("r")),
        ("{:^0.10g}", &[A::F(f64::NEG_INFINITY)], false, Ok("-inf")),
        ("{:0>-z1_.0%}", &[A::F(-1.5)], false, Ok("-150%")),
        ("]:d", &[A::N], true, Ok("]:d")),
        ("{:^-01_.10F}", &[A::B(false)], false, Ok("0.0000000000")),
        ("x !", &[A::F(2.5), A::S("é")], true, Ok("x !")),
        ("{:*<#0.10f}", &[A::F(5e-324)], false, Ok("0.0000000000")),
        ("{:>-9,d}", &[A::I("255")], false, Ok("      255")),
        ("{:0> z#_.2%}", &[A::F(f64::NAN)], false, Ok(" nan%")),
        ("{:*<-z#0_.2f}", &[A::F(5e-324)], false, Ok("0.00")),
        ("{:<#09.2G}", &[A::I("-1")], false, Ok("-1.000000")),
        ("{:> z#09,.0g}", &[A::B(false)], false, Ok("000000 0.")),
        ("]:", &[A::N, A::N, A::S("ab")], true, Ok("]:")),
        ("10", &[A::I("1"), A::N], true, Ok("10")),
        ("{:0>-,.2E}", &[A::I("42")], false, Ok("4.20E+01")),
        ("{:>z9_.0E}", &[A::F(123456.789)], false, Ok("    1E+05")),
        ("!éx[d", &[], true, Ok("!éx[d")),
        ("{:>+z#,.2f}", &[A::I("0")], false, Ok("+0.00")),
        ("{:>z#9.10e}", &[A::I("42")], false, Ok("4.2000000000e+01")),
        ("0", &[A::I("3"), A::S("ab")], true, Ok("0")),
        (">", &[A::S("é"), A::I("3"), A::S("ab")], true, Ok(">")),
        ("{:>z#09.2F}", &[A::F(123456.789)], false, Ok("123456.79")),
        ("x", &[A::F(2.5)], true, Ok("x")),
        (".1é", &[], true, Ok(".1é")),
        ("{:<-1_.10G}", &[A::F(0.0)], false, Ok("0")),
        ("{:*< 1f}", &[A::I("42")], false, Ok(" 42.000000")),
        ("{:^ #0g}", &[A::F(123456.789)], false, Ok(" 123457.")),
        ("{:é^z09_.2%}", &[A::F(-0.0)], false, Ok("éé0.00%éé")),
        ("{:>1,.2f}", &[A::F(5e-324)], false, Ok("0.00")),
        ("{:>z1,.10%}", &[A::I("10000000000000000000000000")], false, Ok("1,000,000,000,000,000,150,726,508,544.0000000000%")),
        ("{:^#.0E}", &[A::F(1e+16)], false, Ok("1.E+16")),
        ("1d", &[A::I("1"), A::S("é"), A::I("1")], true, Ok("1d")),
        ("{:=+z9f}", &[A::F(1e+16)], false, Ok("+10000000000000000.000000")),
        ("{:^ #0,.10F}", &[A::F(5e-324)], false, Ok(" 0.0000000000")),
        ("{:é^1,g}", &[A::B(true)], false, Ok("1")),
        ("{:é^+z09.2f}", &[A::I("10000000000000000000000000")], false, Ok("+10000000000000000905969664.00")),
        (":10é1[  ", &[], true, Ok(":10é1[  ")),
        ("{:0>#,.10E}", &[A::I("-1")], false, Ok("-1.0000000000E+00")),
        ("{:<-z.2E}", &[A::I("42")], false, Ok("4.20E+01")),
        ("{{é}}", &[A::I("3"), A::S("ab")], true, Ok("{é}")),
        ("{:^+1.0F}", &[A::B(false)], false, Ok("+0")),
        (":0d", &[], true, Ok(":0d")),
        ("{:=+01,E}", &[A::F(0.1)], false, Ok("+1.000000E-01")),
        ("{:^+z01.10f}", &[A::I("10000000000000000000000000")], false, Ok("+10000000000000000905969664.0000000000")),
        ("{:>z_.2G}", &[A::I("42")], false, Ok("42")),
        ("{:<+z#09.2e}", &[A::I("42")], false, Ok("+4.20e+01")),
        ("{:>z#9,.0}", &[A::F(f64::NEG_INFINITY)], false, Ok("     -inf")),
        ("{:*< 9_.10E}", &[A::F(5e-324)], false, Ok(" 4.9406564584E-324")),
        ("!", &[], true, Ok("!")),
        ("s", &[A::N], true, Ok("s")),
        ("00{x}]:", &[A::S("é"), A::F(2.5), A::F(2.5)], true, Ok("00X]:")),
        ("{:^-01_.2g}", &[A::I("0")], false, Ok("0")),
        ("d!", &[], true, Ok("d!")),
        ("{:=+z09F}", &[A::I("255")], false, Ok("+255.000000")),
        ("50x0", &[A::N], true, Ok("50x0")),
        ("{: #01_%}", &[A::B(false)], false, Ok(" 0.000000%")),
        ("{:-z01,.2f}", &[A::I("10000000000000000000000000")], false, Ok("10,000,000,000,000,000,905,969,664.00")),
        ("{:= #0_.10F}", &[A::F(1e+16)], false, Ok(" 10_000_000_000_000_000.0000000000")),
        ("{:+#09,.10g}", &[A::I("233")], false, Ok("+233.0000000")),
        ("{:<+z#01,g}", &[A::I("10000000000000000000000000")], false, Ok("+1.00000e+25")),
        ("{:=+z9_.0f}", &[A::F(5e-324)], false, Ok("+       0")),
        ("{:=-01_.2%}", &[A::F(f64::NEG_INFINITY)], false, Ok("-inf%")),
        ("{:^#09_.2g}", &[A::I("-18446744073709551616")], false, Ok("-1.8e+190")),
        ("d.:{}", &[A::I("3"), A::F(2.5), A::S("é")], true, Ok("d.:3")),
        ("}}>", &[A::S("ab"), A::N, A::S("ab")], true, Ok("}>")),
        ("{:0> #_.2E}", &[A::F(-0.0)], false, Ok("-0.00E+00")),
        ("]", &[A::S("ab")], true, Ok("]")),
        ("{:-1.2%}", &[A::F(0.1)], false, Ok("10.00%")),
        ("{:=-#9,f}", &[A::F(123456.789)], false, Ok("123,456.789000")),
        ("{:é^-z#1.10%}", &[A::I("10000000000000000000000000")], false, Ok("1000000000000000150726508544.0000000000%")),
        ("{:> z9f}", &[A::I("233")], false, Ok(" 233.000000")),
        ("{:0> z#01.10e}", &[A::I("-18446744073709551616")], false, Ok("-1.8446744074e+19")),
        ("{:<#,.2E}", &[A::F(f64::NAN)], false, Ok("NAN")),
        ("!", &[A::S("ab"), A::N, A::I("1")], true, Ok("!")),
        ("{:*<-0.2e}", &[A::F(1e+16)], false, Ok("1.00e+16")),
        (">s!x!0.0", &[A::N], true, Ok(">s!x!0.0")),
        ("0é", &[A::I("3"), A::I("1")], true, Ok("0é")),
        ("{:>+#09.2G}", &[A::F(f64::NAN)], false, Ok("00000+NAN")),
        ("{:>#9,.2G}", &[A::F(0.0)], false, Ok("      0.0")),
        ("{:é^ #0_.0}", &[A::F(f64::NAN)], false, Ok(" nan")),
        ("{:é^ z09.10%}", &[A::I("10000000000000000000000000")], false, Ok(" 1000000000000000150726508544.0000000000%")),
        ("{:+#09,.10g}", &[A::I("10000000000000000000000000")], false, Ok("+1.000000000e+25")),
        (":1", &[A::I("3"), A::S("ab")], true, Ok(":1")),
        ("{:>+,.0G}", &[A::I("42")], false, Ok("+4E+01")),
        ("{:=z,f}", &[A::I("-1")], false, Ok("-1.000000")),
        ("{:é^#1.0e}", &[A::F(0.1)], false, Ok("1.e-01")),
        ("{:^ z#01,.10F}", &[A::I("233")], false, Ok(" 233.0000000000")),
        ("{:z#9,G}", &[A::I("-18446744073709551616")], false, Ok("-1.84467E+19")),
        ("{:= #0,.0e}", &[A::F(1e+16)], false, Ok(" 1.e+16")),
        ("{:^-#9_e}", &[A::I("-18446744073709551616")], false, Ok("-1.844674e+19")),
        (" !1", &[A::N, A::S("ab"), A::S("ab")], true, Ok(" !1")),
        ("1", &[], true, Ok("1")),
        ("{:^ #1.0g}", &[A::B(true)], false, Ok(" 1.")),
        ("{:+z0_.2g}", &[A::I("0")], false, Ok("+0")),
        ("{:é^-#9,f}", &[A::F(0.1)], false, Ok("0.100000é")),
        ("{:^+z09_.0g}", &[A::I("233")], false, Ok("0+2e+0200")),
        ("{:=z#0_.2F}", &[A::B(false)], false, Ok("0.00")),
        ("0r.d", &[], true, Ok("0r.d")),
        ("{:<-z0,.0e}", &[A::I("233")], false, Ok("2e+02")),
        ("{:> z#0.10%}", &[A::F(1e+16)], false, Ok(" 1000000000000000000.0000000000%")),
        ("!]x1 !s0", &[A::N, A::F(2.5), A::N], true, Ok("!]x1 !s0")),
        ("{:*<9.2g}", &[A::F(1e+16)], false, Ok("1e+16****")),
        (".!0:0[", &[], true, Ok(".!0:0[")),
        ("r[r:>::", &[], true, Ok("r[r:>::")),
        ("{:<z01,.2e}", &[A::I("10000000000000000000000000")], false, Ok("1.00e+25")),
        ("{:é^+#0,.10g}", &[A::I("42")], false, Ok("+42.00000000")),
        ("{:^ z1.10E}", &[A::I("10000000000000000000000000")], false, Ok(" 1.0000000000E+25")),
        (" }} 11x>", &[A::S("ab"), A::N, A::I("3")], true, Ok(" } 11x>")),
        ("r0", &[A::I("3"), A::I("3")], true, Ok("r0")),
        ("{:<+z#9,F}", &[A::I("10000000000000000000000000")], false, Ok("+10,000,000,000,000,000,905,969,664.000000")),
        ("{:=#0.2F}", &[A::I("10000000000000000000000000")], false, Ok("10000000000000000905969664.00")),
        ("{:0> #0_.10%}", &[A::F(f64::NAN)], false, Ok(" nan%")),
        ("{:é^+0.0G}", &[A::F(-1.5)], false, Ok("-2")),
        (".]:55:", &[A::S("é"), A::S("é")], true, Ok(".]:55:")),
        ("{:*<-#9.2g}", &[A::F(0.1)], false, Ok("0.10*****")),
        ("{:= z#09_.2F}", &[A::I("-18446744073709551616")], false, Ok("-18_446_744_073_709_551_616.00")),
        ("{:=#09_.2e}", &[A::I("233")], false, Ok("02.33e+02")),
        ("{:>-z#1_.10f}", &[A::F(f64::NAN)], false, Ok("nan")),
        ("{:>z9.0e}", &[A::F(5e-324)], false, Ok("   5e-324")),
        ("{:=z#_.2e}", &[A::F(5e-324)], false, Ok("4.94e-324")),
        ("0x:5a[[", &[A::S("ab"), A::N, A::S("é")], true, Ok("0x:5a[[")),
        ("xsd0", &[A::I("3"), A::S("ab")], true, Ok("xsd0")),
        ("{:0>-#09_.0%}", &[A::I("-18446744073709551616")], false, Ok("-1_844_674_407_370_955_161_600.%")),
        ("{:> z09,.0f}", &[A::I("10000000000000000000000000")], false, Ok(" 10,000,000,000,000,000,905,969,664")),
        ("x115055", &[A::I("3"), A::N], true, Ok("x115055")),
        ("1:r", &[A::I("3")], true, Ok("1:r")),
        ("{:>z#0_.0f}", &[A::I("-1")], false, Ok("-1.")),
        ("{{", &[A::N, A::N], true, Ok("{")),
        ("{:=+z#,.10e}", &[A::I("10000000000000000000000000")], false, Ok("+1.0000000000e+25")),
        ("!]0[x ", &[A::N, A::S("ab"), A::S("é")], true, Ok("!]0[x ")),
        ("{:<-z0_.0f}", &[A::F(0.0)], false, Ok("0")),
        ("!0.", &[], true, Ok("!0.")),
        ("{:<+01,E}", &[A::F(0.0)], false, Ok("+0.000000E+00")),
        ("a", &[], true, Ok("a")),
        ("x1x0", &[A::S("ab"), A::N], true, Ok("x1x0")),
        ("{:= z1_.10}", &[A::F(-1.5)], false, Ok("-1.5")),
        ("{:=-09.0e}", &[A::I("10000000000000000000000000")], false, Ok("00001e+25")),
        ("{:0>-#9_}", &[A::I("233")], false, Ok("000000233")),
        ("{:é^-z#0g}", &[A::F(5e-324)], false, Ok("4.94066e-324")),
        ("{:=+z09.10%}", &[A::I("10000000000000000000000000")], false, Ok("+1000000000000000150726508544.0000000000%")),
        ("{:= #09.10}", &[A::F(-1.5)], false, Ok("-1.500000000")),
        ("{}", &[A::N, A::S("é"), A::S("ab")], true, Ok("None")),
        ("][é]", &[A::I("3"), A::F(2.5), A::S("é")], true, Ok("][é]")),
        (":arax:.", &[A::N], true, Ok(":arax:.")),
        (">", &[A::I("3"), A::I("3")], true, Ok(">")),
        (" 1é{{ds05", &[A::N], true, Ok(" 1é{ds05")),
        ("a:sd].]", &[], true, Ok("a:sd].]")),
        ("{:> z01,.10g}", &[A::F(1e+16)], false, Ok(" 1e+16")),
        ("{:^+0o}", &[A::B(false)], false, Ok("+0")),
        ("{:^ #0.2g}", &[A::I("10000000000000000000000000")], false, Ok(" 1.0e+25")),
        ("{:#9,.0F}", &[A::I("255")], false, Ok("     255.")),
        ("{}0.", &[A::S("é")], true, Ok("é0.")),
        ("{:<-z0,.0%}", &[A::I("0")], false, Ok("0%")),
        ("{:*<z01_.10}", &[A::F(f64::NAN)], false, Ok("nan")),
        ("{:<#1,.2f}", &[A::I("233")], false, Ok("233.00")),
        (":", &[A::S("é")], true, Ok(":")),
        (" 1d0a]", &[], true, Ok(" 1d0a]")),
        ("{:=-#1_b}", &[A::I("-18446744073709551616")], false, Ok("-0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("{:> #01,.2%}", &[A::F(0.0)], false, Ok(" 0.00%")),
        ("]", &[A::N, A::F(2.5), A::I("1")], true, Ok("]")),
        ("{:^+.10g}", &[A::I("233")], false, Ok("+233")),
        ("{: z01.2n}", &[A::F(123456.789)], false, Ok(" 1.2e+05")),
        ("{:*<+#9,%}", &[A::B(true)], false, Ok("+100.000000%")),
        ("{:0>+09.0F}", &[A::B(true)], false, Ok("0000000+1")),
        ("a0xdd:[", &[A::S("ab")], true, Ok("a0xdd:[")),
        (":].xé 5>", &[A::F(2.5)], true, Ok(":].xé 5>")),
        ("1}}é{{1!s", &[A::F(2.5), A::I("1"), A::I("3")], true, Ok("1}é{1!s")),
        ("{:= z9.0F}", &[A::F(0.1)], false, Ok("        0")),
        ("1é111!r1r", &[], true, Ok("1é111!r1r")),
        (" x!!:", &[A::S("ab"), A::F(2.5), A::S("é")], true, Ok(" x!!:")),
        ("{:#1.0}", &[A::F(f64::NEG_INFINITY)], false, Ok("-inf")),
        ("{:0> 1_.10%}", &[A::F(123456.789)], false, Ok(" 12_345_678.9000000004%")),
        ("0d0}}rr1", &[A::N], true, Ok("0d0}rr1")),
        ("{:z1_.10e}", &[A::F(0.1)], false, Ok("1.0000000000e-01")),
        ("{:>z0_.0G}", &[A::F(123456.789)], false, Ok("1E+05")),
        ("0x:rs10", &[A::S("é"), A::S("é"), A::S("ab")], true, Ok("0x:rs10")),
        ("{:*< #_E}", &[A::I("-1")], false, Ok("-1.000000E+00")),
        ("{:<z1.10e}", &[A::F(f64::NEG_INFINITY)], false, Ok("-inf")),
        ("{:>+z#01.2n}", &[A::F(-0.0)], false, Ok("+0.0")),
        ("{:>+z#.0g}", &[A::F(f64::NAN)], false, Ok("+nan")),
        ("{:é^+z#9,.10F}", &[A::I("42")], false, Ok("+42.0000000000")),
        ("5!:é0", &[], true, Ok("5!:é0")),
        (".xr]x", &[A::F(2.5)], true, Ok(".xr]x")),
        ("{:é^z#09.10G}", &[A::F(-0.0)], false, Ok("0.000000000")),
        ("{: 0,.10g}", &[A::F(f64::NEG_INFINITY)], false, Ok("-inf")),
        ("{: #09,.2E}", &[A::F(f64::NEG_INFINITY)], false, Ok("-00000INF")),
        ("{:é^-#01,G}", &[A::F(0.0)], false, Ok("0.00000")),
        ("{:>+z09E}", &[A::F(-0.0)], false, Ok("+0.000000E+00")),
        ("dxdr!", &[A::F(2.5), A::S("é")], true, Ok("dxdr!")),
        ("s", &[], true, Ok("s")),
        ("{:>z.10G}", &[A::I("255")], false, Ok("255")),
        ("{:>#01f}", &[A::B(true)], false, Ok("1.000000")),
        ("0é:11", &[A::I("1"), A::I("3"), A::F(2.5)], true, Ok("0é:11")),
        (":xad", &[A::F(2.5), A::I("1")], true, Ok(":xad")),
        (">]x0a", &[], true, Ok(">]x0a")),
        ("{:é^z1_.2G}", &[A::I("0")], false, Ok("0")),
        (" .rda", &[], true, Ok(" .rda")),
        ("x1:", &[A::S("é")], true, Ok("x1:")),
        ("{:> z9,G}", &[A::I("-18446744073709551616")], false, Ok("-1.84467E+19")),
        ("{:0> #F}", &[A::I("42")], false, Ok(" 42.000000")),
        ];
        let kw_owned = [Owned::S("X"), Owned::F(2.5), Owned::I(Int::from(7))];
        let kwargs = [
            ("x", borrow(&kw_owned[0])),
            ("é", borrow(&kw_owned[1])),
            ("0x", borrow(&kw_owned[2])),
        ];
        for (template, args, use_kw, want) in CASES {
            let owned = own(args);
            let args: Vec<FormatArg> = owned.iter().map(borrow).collect();
            let kw: &[(&str, FormatArg)] = if *use_kw { &kwargs } else { &[] };
            let want = want
                .map(str::to_string)
                .map_err(|(k, m)| (k, m.to_string()));
            assert_eq!(run(template, &args, kw), want, "{template:?}");
        }
    }

    #[test]
    fn builtin_format() {
        fmt(F(3.14159), ".2f", Ok("3.14"));
        fmt(i(&Int::from(255)), "x", Ok("ff"));
        fmt(S("s"), "^9", Ok("    s    "));
        fmt(F(1e6), ",.1f", Ok("1,000,000.0"));
        fmt(i(&Int::from(12)), "", Ok("12"));
        fmt(F(1.5), "", Ok("1.5"));
        fmt(S("x"), "", Ok("x"));
        fmt(B(true), "", Ok("True"));
        fmt(B(true), "d", Ok("1"));
        fmt(N, "", Ok("None"));
        fmt(
            N,
            "x",
            Err((
                TypeError,
                "unsupported format string passed to NoneType.__format__",
            )),
        );
        let list: List<Int> = List::new();
        list.append(Int::from(1));
        fmt((&list).into(), "", Ok("[1]"));
        fmt(
            (&list).into(),
            "s",
            Err((
                TypeError,
                "unsupported format string passed to list.__format__",
            )),
        );
        fmt(
            S("a"),
            "d",
            Err((
                ValueError,
                "Unknown format code 'd' for object of type 'str'",
            )),
        );
        fmt(
            i(&Int::from(1)),
            "abc",
            Err((
                ValueError,
                "Invalid format specifier 'abc' for object of type 'int'",
            )),
        );
        fmt(
            F(1.0),
            "s",
            Err((
                ValueError,
                "Unknown format code 's' for object of type 'float'",
            )),
        );
        fmt(F(-0.0), "", Ok("-0.0"));
        fmt(F(f64::NAN), "+", Ok("+nan"));
        fmt(
            i(&big("-1000000000000000000000")),
            ",",
            Ok("-1,000,000,000,000,000,000,000"),
        );
    }
}
