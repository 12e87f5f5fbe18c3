//! The format-spec mini-language (`format()`, f-strings, `str.format`) for
//! `int`, `bool`, `float` and `str`, following CPython 3.12's
//! `Python/formatter_unicode.c` step by step so that output and error
//! messages match exactly:
//!
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`
//!
//! `parse` is independent of the value's type. The few errors CPython
//! reports with the type's name or default presentation type (trailing
//! garbage, `,` with `s`, ...) are raised by the `format_*` functions, in the
//! same order CPython raises them.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{
    float_repr, push_digits, push_exponent, push_zeros, shortest_digits, split_exponent,
};
use super::parse_number::decimal_value;

/// Message returned when the padded result cannot be allocated (CPython
/// raises `MemoryError` there); callers may map it to that exception.
pub const OUT_OF_MEMORY: &str = "MemoryError: formatted result too large";

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

/// Where the value goes inside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option; `Omitted` differs from `Minus` only for strings, which
/// refuse any explicit sign.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sign {
    #[default]
    Omitted,
    Minus,
    Plus,
    Space,
}

/// A parsed format spec, not yet checked against a value type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character actually used (`'0'` when `zero_pad` set it).
    pub fill: char,
    /// Explicit alignment; the default depends on the value type.
    pub align: Option<Align>,
    pub sign: Sign,
    /// `z`: turn a negative zero result into a positive one (floats only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag was given without an explicit fill: numbers then default
    /// to `=` alignment, strings keep `<`.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type; `None` uses the value type's default.
    pub kind: Option<char>,
    /// The whole spec when characters follow the type: CPython's message
    /// names the value's type, so the `format_*` call reports it.
    pub invalid: Option<Box<str>>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Omitted,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            kind: None,
            invalid: None,
        }
    }
}

impl FormatSpec {
    /// True for the spec parsed from `""`, which means plain `str(value)`
    /// (every non-empty spec sets at least one field).
    pub fn is_empty(&self) -> bool {
        *self == FormatSpec::default()
    }
}

// ------------------------------------------------------------- parsing

/// A read position in the spec, one code point at a time.
struct Cursor<'a> {
    rest: &'a str,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.rest.chars().nth(1)
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.rest = &self.rest[c.len_utf8()..];
        }
    }

    /// Consumes `c` if it is next.
    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.bump();
        }
        found
    }

    /// Reads a run of (Unicode) decimal digits like CPython's `get_integer`,
    /// refusing values above `isize::MAX` (`Py_ssize_t`).
    fn integer(&mut self) -> Result<Option<usize>, String> {
        let mut value: Option<usize> = None;
        while let Some(d) = self.peek().and_then(decimal_value) {
            let acc = value.unwrap_or(0);
            if acc > (isize::MAX as usize - d as usize) / 10 {
                return Err("Too many decimal digits in format string".to_string());
            }
            value = Some(acc * 10 + d as usize);
            self.bump();
        }
        Ok(value)
    }
}

/// Parses a format spec (the text after `:` in a replacement field).
pub fn parse(spec: &str) -> Result<FormatSpec, String> {
    let mut cur = Cursor { rest: spec };
    let mut out = FormatSpec::default();
    let fill_given = parse_fill_align(&mut cur, &mut out);
    out.sign = parse_sign(&mut cur);
    out.no_neg_zero = cur.eat('z');
    out.alternate = cur.eat('#');
    if !fill_given && cur.eat('0') {
        out.fill = '0';
        out.zero_pad = true;
    }
    out.width = cur.integer()?;
    out.grouping = parse_grouping(&mut cur)?;
    if cur.eat('.') {
        let precision = cur.integer()?;
        out.precision = Some(precision.ok_or("Format specifier missing precision")?);
    }
    let mut rest = cur.rest.chars();
    match (rest.next(), rest.next()) {
        (None, _) => {}
        (Some(c), None) => out.kind = Some(c),
        _ => out.invalid = Some(spec.into()),
    }
    Ok(out)
}

/// `[[fill]align]`; returns whether a fill character was given.
fn parse_fill_align(cur: &mut Cursor, out: &mut FormatSpec) -> bool {
    if let Some(align) = cur.peek_second().and_then(Align::from_char) {
        out.fill = cur.peek().unwrap_or(' ');
        out.align = Some(align);
        cur.bump();
        cur.bump();
        return true;
    }
    if let Some(align) = cur.peek().and_then(Align::from_char) {
        out.align = Some(align);
        cur.bump();
    }
    false
}

fn parse_sign(cur: &mut Cursor) -> Sign {
    let sign = match cur.peek() {
        Some('+') => Sign::Plus,
        Some('-') => Sign::Minus,
        Some(' ') => Sign::Space,
        _ => return Sign::Omitted,
    };
    cur.bump();
    sign
}

/// `,` or `_`, refusing both together in either order.
fn parse_grouping(cur: &mut Cursor) -> Result<Option<char>, String> {
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    let mut grouping = None;
    if cur.eat(',') {
        grouping = Some(',');
    }
    if cur.peek() == Some('_') {
        if grouping.is_some() {
            return Err(BOTH.to_string());
        }
        grouping = Some('_');
        cur.bump();
    }
    if cur.peek() == Some(',') && grouping == Some('_') {
        return Err(BOTH.to_string());
    }
    Ok(grouping)
}

// ---------------------------------------------------------- validation

/// How CPython shows a presentation type in messages (`%c` or `\x%x`).
fn code_text(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_code(kind: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(kind)
    )
}

/// Checks shared by every type, in CPython's order; returns the effective
/// presentation type (`'\0'` meaning "none" for floats).
fn check_common(spec: &FormatSpec, type_name: &str, default_kind: char) -> Result<char, String> {
    if let Some(raw) = &spec.invalid {
        return Err(format!(
            "Invalid format specifier '{raw}' for object of type '{type_name}'"
        ));
    }
    let kind = spec.kind.unwrap_or(default_kind);
    if let Some(sep) = spec.grouping {
        let allowed = match kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !allowed {
            return Err(format!(
                "Cannot specify '{sep}' with '{}'.",
                code_text(kind)
            ));
        }
    }
    Ok(kind)
}

// ------------------------------------------------------ number layout

/// Field geometry resolved for one numeric value.
struct Layout {
    fill: char,
    align: Align,
    width: usize,
    /// Digits per group (0: no grouping) and the separator.
    group: usize,
    sep: Option<char>,
}

impl Layout {
    fn numeric(spec: &FormatSpec, kind: char) -> Layout {
        let default_align = if spec.zero_pad {
            Align::AfterSign
        } else {
            Align::Right
        };
        let group = match (spec.grouping, kind) {
            (None, _) => 0,
            (Some(_), 'b' | 'o' | 'x' | 'X') => 4,
            (Some(_), _) => 3,
        };
        Layout {
            fill: spec.fill,
            align: spec.align.unwrap_or(default_align),
            width: spec.width.unwrap_or(0),
            group,
            sep: spec.grouping,
        }
    }
}

/// A formatted number split the way CPython's `calc_number_widths` sees it:
/// `<sign><prefix><digits>[.]<remainder>`, where only `digits` is grouped
/// and zero-padded.
struct NumberParts<'a> {
    sign: Option<char>,
    prefix: &'a str,
    digits: &'a [u8],
    decimal: bool,
    remainder: &'a str,
}

/// The sign character shown for a value given the spec's sign option.
fn sign_char(negative: bool, sign: Sign) -> Option<char> {
    match (negative, sign) {
        (true, _) => Some('-'),
        (false, Sign::Plus) => Some('+'),
        (false, Sign::Space) => Some(' '),
        (false, _) => None,
    }
}

/// Reserves room for a result, turning absurd widths into an error rather
/// than an allocation abort.
fn reserve(out: &mut String, bytes: usize) -> Result<(), String> {
    out.try_reserve(bytes)
        .map_err(|_| OUT_OF_MEMORY.to_string())
}

/// Digit count after zero padding to `min_width`, and number of groups,
/// mirroring `_PyUnicode_InsertThousandsGrouping`'s counting pass.
fn group_shape(ndigits: usize, min_width: usize, group: usize) -> (usize, usize) {
    if group == 0 {
        return (ndigits.max(min_width).max(1), 1);
    }
    let (mut remaining, mut min_width) = (ndigits, min_width);
    let (mut total, mut groups) = (0, 0);
    loop {
        let len = group.min(remaining.max(min_width).max(1));
        total += len;
        groups += 1;
        remaining -= remaining.min(len);
        min_width = min_width.saturating_sub(len);
        if remaining == 0 && min_width == 0 {
            return (total, groups);
        }
        min_width = min_width.saturating_sub(1); // The separator's width.
    }
}

/// Writes `digits` left-padded with zeros to `total`, with a separator
/// before every complete group counted from the right.
fn push_grouped(out: &mut String, digits: &[u8], total: usize, layout: &Layout) {
    let zeros = total - digits.len().min(total);
    for i in 0..total {
        if let Some(sep) = layout.sep {
            if i > 0 && layout.group > 0 && (total - i).is_multiple_of(layout.group) {
                out.push(sep);
            }
        }
        out.push(if i < zeros {
            '0'
        } else {
            char::from(digits[i - zeros])
        });
    }
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Lays out a number in its field (`calc_number_widths` + `fill_number`).
fn render_number(parts: &NumberParts, layout: &Layout) -> Result<String, String> {
    let mut out = String::new();
    let fixed = usize::from(parts.sign.is_some())
        + parts.prefix.len()
        + usize::from(parts.decimal)
        + parts.remainder.chars().count();
    let zero_fill = layout.fill == '0' && layout.align == Align::AfterSign;
    let min_width = if zero_fill {
        layout.width.saturating_sub(fixed)
    } else {
        0
    };
    // Fail on absurd widths before `group_shape` walks them.
    reserve(&mut out, min_width)?;
    let (total, groups) = if parts.digits.is_empty() {
        (0, 0) // `c` and inf/nan: nothing to group or zero-pad.
    } else {
        group_shape(parts.digits.len(), min_width, layout.group)
    };
    let seps = if layout.sep.is_some() {
        groups.saturating_sub(1)
    } else {
        0
    };
    let padding = layout.width.saturating_sub(fixed + total + seps);
    let (left, inner, right) = split_padding(padding, layout.align);
    let fill_bytes = padding.saturating_mul(layout.fill.len_utf8());
    reserve(
        &mut out,
        (fixed + total + seps + parts.remainder.len()).saturating_add(fill_bytes),
    )?;
    push_fill(&mut out, layout.fill, left);
    out.extend(parts.sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, layout.fill, inner);
    push_grouped(&mut out, parts.digits, total, layout);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, layout.fill, right);
    Ok(out)
}

/// Splits padding into (left, after-sign, right) for an alignment.
fn split_padding(padding: usize, align: Align) -> (usize, usize, usize) {
    match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    }
}

// ------------------------------------------------------------ integers

/// An integer argument without forcing small values into a `BigInt`.
#[derive(Clone, Copy)]
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntArg::Small(v) => v < 0,
            IntArg::Big(v) => v.is_negative(),
        }
    }

    /// `float(v)`, refusing values beyond the float range like CPython.
    fn to_f64(self) -> Result<f64, String> {
        match self {
            IntArg::Small(v) => Ok(v as f64),
            IntArg::Big(v) => bigint_to_f64(v),
        }
    }

    /// `PyLong_AsLong`, used by the `c` type.
    fn to_i64(self) -> Result<i64, String> {
        match self {
            IntArg::Small(v) => Ok(v),
            IntArg::Big(v) => v
                .to_i64()
                .ok_or_else(|| "Python int too large to convert to C long".to_string()),
        }
    }
}

/// Correctly rounded int-to-float conversion: the top 64 bits plus a
/// sticky bit for anything below are rounded once by the `u64` conversion.
fn bigint_to_f64(v: &BigInt) -> Result<f64, String> {
    const TOO_LARGE: &str = "int too large to convert to float";
    let mag = v.magnitude();
    let bits = mag.bits();
    let magnitude = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else if bits > 1024 {
        return Err(TOO_LARGE.to_string());
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        (top | u64::from(sticky)) as f64 * 2f64.powi(shift as i32)
    };
    if magnitude.is_infinite() {
        return Err(TOO_LARGE.to_string());
    }
    Ok(if v.is_negative() {
        -magnitude
    } else {
        magnitude
    })
}

/// Digits of an integer magnitude: on the stack for `i64`, on the heap
/// for big integers.
enum DigitText {
    Stack([u8; 64], usize),
    Heap(Vec<u8>),
}

impl DigitText {
    fn as_bytes(&self) -> &[u8] {
        match self {
            DigitText::Stack(buf, start) => &buf[(*start).min(64)..],
            DigitText::Heap(v) => v,
        }
    }
}

/// Magnitude digits of `v` in `base` (lowercase, or uppercase for `X`).
fn int_digits(v: IntArg, base: u32, upper: bool) -> Result<DigitText, String> {
    let mut text = match v {
        IntArg::Small(n) => stack_digits(n.unsigned_abs(), base),
        IntArg::Big(n) => DigitText::Heap(big_digits(n, base)?),
    };
    if upper {
        match &mut text {
            DigitText::Stack(buf, _) => buf.make_ascii_uppercase(),
            DigitText::Heap(v) => v.make_ascii_uppercase(),
        }
    }
    Ok(text)
}

fn stack_digits(mut n: u64, base: u32) -> DigitText {
    let mut buf = [0u8; 64];
    let mut start = 64;
    loop {
        start -= 1;
        let d = (n % u64::from(base)) as u32;
        buf[start] = char::from_digit(d, base).map_or(b'0', |c| c as u8);
        n /= u64::from(base);
        if n == 0 {
            return DigitText::Stack(buf, start);
        }
    }
}

/// Big-integer digits, refusing decimal conversions longer than CPython's
/// default 4300-digit limit (checked cheaply by bit length first).
fn big_digits(n: &BigInt, base: u32) -> Result<Vec<u8>, String> {
    const LIMIT: &str = "Exceeds the limit (4300 digits) for integer string conversion; \
                         use sys.set_int_max_str_digits() to increase the limit";
    let mag = n.magnitude();
    // Any value of more than 14290 bits has more than 4302 decimal digits.
    if base == 10 && mag.bits() > 14290 {
        return Err(LIMIT.to_string());
    }
    let digits = mag.to_str_radix(base).into_bytes();
    if base == 10 && digits.len() > MAX_STR_DIGITS {
        return Err(LIMIT.to_string());
    }
    Ok(digits)
}

/// `format(v, spec)` for an `int`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    if spec.is_empty() {
        let digits = big_digits(v, 10)?;
        let mut out = String::with_capacity(digits.len() + 1);
        if v.is_negative() {
            out.push('-');
        }
        push_digits(&mut out, &digits);
        return Ok(out);
    }
    format_int_arg(IntArg::Big(v), spec, "int")
}

/// `format(v, spec)` for an `int` that fits in an `i64`, without a
/// `BigInt` (same results as `format_int`).
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_int_arg(IntArg::Small(v), spec, "int")
}

/// `format(v, spec)` for a `bool`: `str(v)` for an empty spec, otherwise
/// formatted as the integer 1 or 0 (errors name the type `bool`).
pub fn format_bool(v: bool, spec: &FormatSpec) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(if v { "True" } else { "False" }.to_string());
    }
    format_int_arg(IntArg::Small(i64::from(v)), spec, "bool")
}

/// `int.__format__` for a non-empty spec.
fn format_int_arg(v: IntArg, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let kind = check_common(spec, type_name, 'd')?;
    match kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integer(v, spec, kind),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_kind(v.to_f64()?, spec, kind),
        _ => Err(unknown_code(kind, type_name)),
    }
}

/// Integer presentation types (`format_long_internal`).
fn format_integer(v: IntArg, spec: &FormatSpec, kind: char) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if kind == 'c' {
        return format_char(v, spec);
    }
    let (base, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = int_digits(v, base, kind == 'X')?;
    let parts = NumberParts {
        sign: sign_char(v.is_negative(), spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        decimal: false,
        remainder: "",
    };
    render_number(&parts, &Layout::numeric(spec, kind))
}

/// The `c` type: the integer as a character.
fn format_char(v: IntArg, spec: &FormatSpec) -> Result<String, String> {
    if spec.sign != Sign::Omitted {
        return Err("Sign not allowed with integer format specifier 'c'".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
    }
    let code = v.to_i64()?;
    if !(0..=0x10ffff).contains(&code) {
        return Err("%c arg not in range(0x110000)".to_string());
    }
    // CPython would build a lone surrogate, which a Rust string cannot hold.
    let c = char::from_u32(code as u32).ok_or_else(|| {
        format!("character U+{code:04x} is a surrogate and cannot be represented")
    })?;
    let mut buf = [0u8; 4];
    let parts = NumberParts {
        sign: None,
        prefix: "",
        digits: &[],
        decimal: false,
        remainder: c.encode_utf8(&mut buf),
    };
    render_number(&parts, &Layout::numeric(spec, 'c'))
}

// -------------------------------------------------------------- floats

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let kind = check_common(spec, "float", '\0')?;
    match kind {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_kind(v, spec, kind),
        _ => Err(unknown_code(kind, "float")),
    }
}

/// How the digits of a float are produced (CPython's format codes after
/// `PyOS_double_to_string` normalises them).
#[derive(Clone, Copy, PartialEq, Eq)]
enum FloatMode {
    /// Shortest repr digits (no type, no precision).
    Repr,
    /// `e`: `precision` digits after the point.
    Exp,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits.
    General,
}

/// Options for producing the text of a finite float.
struct FloatStyle {
    mode: FloatMode,
    precision: usize,
    /// No type given: keep a `.0` on integral values in positional form.
    add_dot_0: bool,
    alternate: bool,
    upper: bool,
}

/// `format_float_internal` for a float presentation type (or none).
fn format_float_kind(v: f64, spec: &FormatSpec, kind: char) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let value = if kind == '%' { v * 100.0 } else { v };
    let style = float_style(spec, kind);
    let (mut negative, mut body) = float_text(value, &style)?;
    if kind == '%' {
        body.push('%');
    }
    if negative && spec.no_neg_zero && value.is_finite() && mantissa_is_zero(&body) {
        negative = false;
    }
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let parts = NumberParts {
        sign: sign_char(negative, spec.sign),
        prefix: "",
        digits: digits.as_bytes(),
        decimal: rest.starts_with('.'),
        remainder: rest.strip_prefix('.').unwrap_or(rest),
    };
    render_number(&parts, &Layout::numeric(spec, kind))
}

/// Maps a presentation type and precision to the digit-generation style.
fn float_style(spec: &FormatSpec, kind: char) -> FloatStyle {
    let (mode, precision) = match (kind, spec.precision) {
        ('\0', None) => (FloatMode::Repr, 0),
        ('\0', Some(p)) => (FloatMode::General, p),
        ('e' | 'E', p) => (FloatMode::Exp, p.unwrap_or(6)),
        ('f' | 'F' | '%', p) => (FloatMode::Fixed, p.unwrap_or(6)),
        (_, p) => (FloatMode::General, p.unwrap_or(6)),
    };
    FloatStyle {
        mode,
        // Precision 0 makes no sense for `g`: CPython reads it as 1.
        precision: if mode == FloatMode::General {
            precision.max(1)
        } else {
            precision
        },
        add_dot_0: kind == '\0',
        alternate: spec.alternate,
        upper: matches!(kind, 'E' | 'F' | 'G'),
    }
}

/// Whether every digit before any exponent is zero (for the `z` option).
fn mantissa_is_zero(body: &str) -> bool {
    body.bytes()
        .take_while(|b| !matches!(b, b'e' | b'E'))
        .filter(u8::is_ascii_digit)
        .all(|b| b == b'0')
}

/// The unsigned text of `x` and whether a minus sign belongs in front
/// (never for nan, whose sign CPython ignores).
fn float_text(x: f64, style: &FloatStyle) -> Result<(bool, String), String> {
    if x.is_nan() {
        return Ok((false, if style.upper { "NAN" } else { "nan" }.to_string()));
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        return Ok((
            negative,
            if style.upper { "INF" } else { "inf" }.to_string(),
        ));
    }
    // Only `f`, `e` and `#g` pad out to the precision; other output is
    // bounded by the digits an `f64` has.
    let pads = matches!(style.mode, FloatMode::Fixed | FloatMode::Exp)
        || (style.mode == FloatMode::General && style.alternate);
    let mut body = String::new();
    reserve(
        &mut body,
        if pads {
            style.precision.saturating_add(32)
        } else {
            32
        },
    )?;
    match style.mode {
        FloatMode::Fixed => write_fixed(&mut body, x.abs(), style),
        _ => write_digits_mode(&mut body, x.abs(), style),
    }
    Ok((negative, body))
}

/// Any finite `f64` has at most 1074 digits after the point, so digits
/// past this precision are zeros we append ourselves (Rust's formatter
/// limits precision to 16 bits).
const MAX_EXACT_FRACTION: usize = 1100;

/// Significant digits past which a finite `f64` only has zeros (767 is
/// the most an `f64` needs).
const MAX_EXACT_DIGITS: usize = 800;

/// `f`: correctly rounded fixed notation straight from Rust's formatter.
fn write_fixed(out: &mut String, x: f64, style: &FloatStyle) {
    use std::fmt::Write as _;
    let exact = style.precision.min(MAX_EXACT_FRACTION);
    let _ = write!(out, "{x:.exact$}");
    push_zeros(out, style.precision - exact);
    if style.precision == 0 && style.alternate {
        out.push('.');
    }
}

/// `r`, `e` and `g`: digits from Rust's shortest or `{:.Ne}` output, laid
/// out by `write_layout`.
fn write_digits_mode(out: &mut String, x: f64, style: &FloatStyle) {
    let (digits, exp) = match style.mode {
        FloatMode::Repr => {
            let short = shortest_digits(x);
            (short.digits().to_vec(), short.exp)
        }
        FloatMode::Exp => rounded_digits(x, style.precision.saturating_add(1)),
        _ => rounded_digits(x, style.precision),
    };
    write_layout(out, &digits, i64::from(exp) + 1, style);
}

/// `count` correctly rounded significant digits of `x` without trailing
/// zeros (at least one digit), plus the exponent of the first digit.
fn rounded_digits(x: f64, count: usize) -> (Vec<u8>, i32) {
    use std::fmt::Write as _;
    let after_point = count.clamp(1, MAX_EXACT_DIGITS) - 1;
    let mut text = String::new();
    let _ = write!(text, "{x:.after_point$e}");
    let (mantissa, exp) = split_exponent(&text);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp)
}

/// CPython's `format_float_short` layout: places the point (`decpt` is its
/// position relative to `digits`), pads with zeros, picks exponent form.
fn write_layout(out: &mut String, digits: &[u8], decpt: i64, style: &FloatStyle) {
    let precision = style.precision as i64;
    let use_exp = match style.mode {
        FloatMode::Exp => true,
        FloatMode::Repr => decpt <= -4 || decpt > 16,
        _ => decpt <= -4 || decpt > precision - i64::from(style.add_dot_0),
    };
    let min_end = match style.mode {
        FloatMode::Exp => precision + 1,
        FloatMode::General if style.alternate => precision,
        _ => 0,
    };
    let (decpt, exp) = if use_exp { (1, decpt - 1) } else { (decpt, 0) };
    let len = digits.len() as i64;
    let floor = if !use_exp && style.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    let end = min_end.max(len).max(floor);
    push_positional(out, digits, decpt, end);
    if out.ends_with('.') && !style.alternate {
        out.pop();
    }
    if use_exp {
        push_exponent(out, if style.upper { 'E' } else { 'e' }, exp as i32);
    }
}

/// Writes `digits` with the point at `decpt`, zero-extended to `end`
/// digit positions (the point always appears; the caller may drop it).
fn push_positional(out: &mut String, digits: &[u8], decpt: i64, end: i64) {
    let len = digits.len() as i64;
    if decpt <= 0 {
        out.push_str("0.");
        push_zeros(out, decpt.unsigned_abs() as usize);
        push_digits(out, digits);
    } else if decpt <= len {
        let (int_part, frac_part) = digits.split_at(decpt as usize);
        push_digits(out, int_part);
        out.push('.');
        push_digits(out, frac_part);
    } else {
        push_digits(out, digits);
        push_zeros(out, (decpt - len) as usize);
        out.push('.');
        push_zeros(out, (end - decpt).max(0) as usize);
        return;
    }
    push_zeros(out, (end - len).max(0) as usize);
}

// ------------------------------------------------------------- strings

/// `format(v, spec)` for a `str`.
pub fn format_str(v: &str, spec: &FormatSpec) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let kind = check_common(spec, "str", 's')?;
    if kind != 's' {
        return Err(unknown_code(kind, "str"));
    }
    check_str_options(spec)?;
    let text = match spec.precision {
        Some(p) => v.char_indices().nth(p).map_or(v, |(i, _)| &v[..i]),
        None => v,
    };
    let len = text.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let (left, _, right) = split_padding(padding, spec.align.unwrap_or(Align::Left));
    let mut out = String::new();
    reserve(
        &mut out,
        text.len() + padding.saturating_mul(spec.fill.len_utf8()),
    )?;
    push_fill(&mut out, spec.fill, left);
    out.push_str(text);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// Options that make no sense for strings (`format_string_internal`).
fn check_str_options(spec: &FormatSpec) -> Result<(), String> {
    let message = match spec.sign {
        Sign::Space => Some("Space not allowed in string format specifier"),
        Sign::Plus | Sign::Minus => Some("Sign not allowed in string format specifier"),
        Sign::Omitted if spec.no_neg_zero => {
            Some("Negative zero coercion (z) not allowed in string format specifier")
        }
        Sign::Omitted if spec.alternate => {
            Some("Alternate form (#) not allowed in string format specifier")
        }
        Sign::Omitted if spec.align == Some(Align::AfterSign) => {
            Some("'=' alignment not allowed in string format specifier")
        }
        Sign::Omitted => None,
    };
    message.map_or(Ok(()), |m| Err(m.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;
    use V::{B, F, I, S};

    /// A value of one of the formatted types.
    enum V {
        I(&'static str),
        F(u64),
        S(&'static str),
        B(bool),
    }

    fn fmt_int(v: &str, spec: &str) -> Result<String, String> {
        let big: BigInt = v.parse().expect("test values are decimal");
        let via_big = parse(spec).and_then(|s| format_int(&big, &s));
        if let Ok(small) = v.parse::<i64>() {
            assert_eq!(
                parse(spec).and_then(|s| format_i64(small, &s)),
                via_big,
                "i64 {v} {spec:?}"
            );
        }
        via_big
    }

    fn run(v: &V, spec: &str) -> Result<String, String> {
        match *v {
            V::I(text) => fmt_int(text, spec),
            V::F(bits) => parse(spec).and_then(|s| format_float(f64::from_bits(bits), &s)),
            V::S(text) => parse(spec).and_then(|s| format_str(text, &s)),
            V::B(b) => parse(spec).and_then(|s| format_bool(b, &s)),
        }
    }

    #[test]
    fn table_from_cpython() {
        for (v, spec, want) in CASES {
            let want = want.map(str::to_string).map_err(str::to_string);
            assert_eq!(run(v, spec), want, "spec {spec:?}");
        }
    }

    #[test]
    fn parse_fields() {
        let spec = parse("*^+z#012_.3f").expect("valid spec");
        assert_eq!(spec.fill, '*');
        assert_eq!(spec.align, Some(Align::Center));
        assert_eq!(spec.sign, Sign::Plus);
        assert!(spec.no_neg_zero && spec.alternate && !spec.zero_pad);
        assert_eq!(spec.width, Some(12));
        assert_eq!(spec.grouping, Some('_'));
        assert_eq!(spec.precision, Some(3));
        assert_eq!(spec.kind, Some('f'));
        let zero = parse("010").expect("valid spec");
        assert!(zero.zero_pad && zero.fill == '0' && zero.align.is_none());
        assert!(parse("").expect("empty").is_empty());
        assert!(!parse("s").expect("type only").is_empty());
        let bad = parse("abc").expect("reported at format time");
        assert_eq!(bad.invalid.as_deref(), Some("abc"));
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            parse("."),
            Err("Format specifier missing precision".to_string())
        );
        assert_eq!(
            parse(",_"),
            Err("Cannot specify both ',' and '_'.".to_string())
        );
        let huge = "9".repeat(20);
        assert_eq!(
            parse(&huge),
            Err("Too many decimal digits in format string".to_string())
        );
    }

    #[test]
    fn huge_width_is_an_error_not_an_abort() {
        let spec = parse("1000000000000000000").expect("valid spec");
        assert_eq!(format_i64(5, &spec), Err(OUT_OF_MEMORY.to_string()));
        assert_eq!(format_str("x", &spec), Err(OUT_OF_MEMORY.to_string()));
        assert_eq!(format_float(1.5, &spec), Err(OUT_OF_MEMORY.to_string()));
    }

    #[test]
    fn large_precisions() {
        // Checked against CPython 3.12.1 with len() and slicing.
        let f = format_float(0.1, &parse(".70000f").expect("spec")).expect("formats");
        assert_eq!(f.len(), 70002);
        assert!(f.starts_with("0.1000000000000000055511151231257827021181583404541015625000"));
        assert!(f[60..].bytes().all(|b| b == b'0'));
        let e = format_float(5e-324, &parse(".1000e").expect("spec")).expect("formats");
        assert!(e.starts_with("4.9406564584124654417656879286822137236505980261432476442558568250"));
        assert!(e.ends_with("0000e-324") && e.len() == 1007);
        let g = format_float(1.0, &parse("#.1000g").expect("spec")).expect("formats");
        assert_eq!(g.len(), 1001);
    }

    #[test]
    fn big_integers() {
        let ten = BigInt::from(10);
        let under = num_traits::pow(ten.clone(), 4299);
        let text = format_int(&under, &parse("d").expect("spec")).expect("4300 digits");
        assert_eq!(text.len(), 4300);
        let over = num_traits::pow(ten, 4300);
        let limit = "Exceeds the limit (4300 digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(
            format_int(&over, &FormatSpec::default()),
            Err(limit.to_string())
        );
        assert_eq!(
            format_int(&-over.clone(), &parse(",").expect("spec")),
            Err(limit.to_string())
        );
        let hex = format_int(&over, &parse("x").expect("spec")).expect("hex has no limit");
        assert_eq!(hex.len(), 3572);
        let huge = BigInt::from(1) << 20000u32;
        assert_eq!(
            format_int(&huge, &parse("d").expect("spec")),
            Err(limit.to_string())
        );
    }

    #[test]
    fn surrogate_char_is_refused() {
        let err = format_i64(0xd800, &parse("c").expect("spec")).expect_err("no surrogates");
        assert!(err.contains("surrogate"));
    }

    // (value, spec, format(value, spec) or the exception message), all
    // generated with CPython 3.12.1.
    const CASES: &[(V, &str, Result<&str, &str>)] = &[
        (I("1114111"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("18446744073709551615"), "E", Ok("1.844674E+19")),
        (I("0"), "G", Ok("0")),
        (F(0x3fc0000000000000), "z#", Ok("0.125")),
        (I("-5"), "G", Ok("-5")),
        (I("255"), "#010_x", Ok("0x000_00ff")),
        (F(0x7ff8000000000000), ".1074f", Ok("nan")),
        (F(0x405edd2f1a9fbe77), ".3000000000g", Err("precision too big")),
        (I("255"), "0<10", Ok("2550000000")),
        (I("18446744073709551615"), "#010x", Ok("0xffffffffffffffff")),
        (S("\u{1f600}"), "-", Err("Sign not allowed in string format specifier")),
        (F(0x405edd2f1a9fbe77), "+z.1f", Ok("+123.5")),
        (S(""), "", Ok("")),
        (I("0"), "f", Ok("0.000000")),
        (I("-1"), "#x", Ok("-0x1")),
        (I("5"), "0=10_", Ok("00_000_005")),
        (I("-9223372036854775808"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("18446744073709551615"), "#d", Ok("18446744073709551615")),
        (I("5"), "c", Ok("\u{5}")),
        (F(0x4004000000000000), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("18446744073709551616"), "010n", Ok("18446744073709551616")),
        (F(0x3fc0000000000000), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (I("-100000000000000000000"), "#010_x", Ok("-0x5_6bc7_5e2d_6310_0000")),
        (F(0x4341c37937e08000), "1\u{0}", Ok("1e+16")),
        (S("\u{1f600}"), "005", Ok("\u{1f600}0000")),
        (F(0x405edd2f1a9fbe77), "#.0%", Ok("12346.%")),
        (I("1000000000000000001"), "e", Ok("1.000000e+18")),
        (I("100000000000000000000"), ",", Ok("100,000,000,000,000,000,000")),
        (I("1114111"), "#", Ok("1114111")),
        (F(0x0000000000000001), ".3ff", Err("Invalid format specifier '.3ff' for object of type 'float'")),
        (I("-255"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x3ff0000000000000), "0=15", Ok("0000000000001.0")),
        (I("-1"), ".2%", Ok("-100.00%")),
        (I("0"), "0", Ok("0")),
        (I("-9223372036854775808"), "#o", Ok("-0o1000000000000000000000")),
        (F(0x4341c37937e08000), "F", Ok("10000000000000000.000000")),
        (I("18446744073709551616"), "\u{e9}>8,d", Ok("18,446,744,073,709,551,616")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "^6", Ok(" \u{65e5}\u{672c}\u{8a9e}  ")),
        (I("0"), "0=5c", Ok("0000\u{0}")),
        (I("18446744073709551616"), "#", Ok("18446744073709551616")),
        (F(0x7fefffffffffffff), "G", Ok("1.79769E+308")),
        (I("9223372036854775808"), "_.1e", Ok("9.2e+18")),
        (F(0x7ff0000000000000), "E", Ok("INF")),
        (I("5"), ".0f", Ok("5")),
        (F(0x4004000000000000), ".18", Ok("2.5")),
        (I("4611686018427387904"), "010", Ok("4611686018427387904")),
        (F(0x3fc0000000000000), "\u{0}", Ok("0.125")),
        (S("ab"), " ", Err("Space not allowed in string format specifier")),
        (F(0x3fc0000000000000), "#.17g", Ok("0.12500000000000000")),
        (F(0x0000000000000001), "0>15", Ok("0000000005e-324")),
        (F(0x8000000000000000), ".16", Ok("-0.0")),
        (F(0xbff8000000000000), "\u{661}\u{660}.\u{662}f", Ok("     -1.50")),
        (F(0x3fc0000000000000), "030,.2f", Ok("000,000,000,000,000,000,000.12")),
        (I("1000000000000000001"), "-#10b", Ok("0b110111100000101101101011001110100111011001000000000000000001")),
        (I("1114112"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x4341c37937e08000), "G", Ok("1E+16")),
        (I("-1"), "f", Ok("-1.000000")),
        (F(0x405edd2f1a9fbe77), ".2147483647", Ok("123.4560000000000030695446184836328029632568359375")),
        (F(0x7ff8000000000000), "010_", Ok("0000000nan")),
        (I("-1234567"), "0", Ok("-1234567")),
        (F(0x3ff0000000000000), "030,.2f", Ok("000,000,000,000,000,000,001.00")),
        (I("18446744073709551615"), "F", Ok("18446744073709551616.000000")),
        (I("100000000000000000000"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7ff8000000000000), ".770", Ok("nan")),
        (I("1114112"), "d", Ok("1114112")),
        (I("0"), ".0f", Ok("0")),
        (F(0x7fefffffffffffff), "0", Ok("1.7976931348623157e+308")),
        (I("5"), "_X", Ok("5")),
        (I("4611686018427387904"), " ", Ok(" 4611686018427387904")),
        (I("-255"), "_o", Ok("-377")),
        (I("1114111"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x7ff0000000000000), "\u{661}\u{660}.\u{662}f", Ok("       inf")),
        (I("9223372036854775808"), "-#10b", Ok("0b1000000000000000000000000000000000000000000000000000000000000000")),
        (I("1000000000000000001"), "0<10", Ok("1000000000000000001")),
        (F(0x3fb999999999999a), ".767g", Ok("0.1000000000000000055511151231257827021181583404541015625")),
        (F(0x7ff0000000000000), "#z", Err("Unknown format code 'z' for object of type 'float'")),
        (F(0x7ff8000000000000), "0", Ok("nan")),
        (I("1114112"), ">5c", Err("%c arg not in range(0x110000)")),
        (F(0x7ff0000000000000), ",", Ok("inf")),
        (F(0x405edd2f1a9fbe77), "n", Ok("123.456")),
        (F(0x7ff0000000000000), ".2147483648", Err("precision too big")),
        (F(0x7ff8000000000000), "x=15", Ok("xxxxxxxxxxxxnan")),
        (I("1234567"), "=10", Ok("   1234567")),
        (F(0x3fc0000000000000), ".\u{662}f", Ok("0.12")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), ".", Err("Format specifier missing precision")),
        (I("1114112"), "%", Ok("111411200.000000%")),
        (F(0x7ff8000000000000), ".17", Ok("nan")),
        (I("0"), "#d", Ok("0")),
        (I("100000000000000000000"), "*<4c", Err("Python int too large to convert to C long")),
        (S("ab"), "5", Ok("ab   ")),
        (I("-5"), "0", Ok("-5")),
        (S("\u{1f600}"), "", Ok("\u{1f600}")),
        (F(0x7ff0000000000000), "#.1000g", Ok("inf")),
        (I("-9223372036854775808"), "#x", Ok("-0x8000000000000000")),
        (F(0x000012688b70e62b), ",", Ok("1e-310")),
        (F(0x4341c37937e08000), "#.0e", Ok("1.e+16")),
        (S("ab"), "x^7", Ok("xxabxxx")),
        (I("1234567"), "#o", Ok("0o4553207")),
        (F(0x3ff0000000000000), "E", Ok("1.000000E+00")),
        (F(0x7fefffffffffffff), ",", Ok("1.7976931348623157e+308")),
        (I("-100000000000000000000"), "+", Ok("-100000000000000000000")),
        (I("5"), "010,", Ok("00,000,005")),
        (I("18446744073709551615"), "_X", Ok("FFFF_FFFF_FFFF_FFFF")),
        (I("1114111"), "=", Ok("1114111")),
        (I("-100000000000000000000"), "010", Ok("-100000000000000000000")),
        (I("1114111"), "0", Ok("1114111")),
        (I("18446744073709551615"), "0^10", Ok("18446744073709551615")),
        (I("1114112"), "=", Ok("1114112")),
        (I("-9223372036854775808"), "0^10", Ok("-9223372036854775808")),
        (F(0x405edd2f1a9fbe77), "020,.1e", Ok("00,000,000,001.2e+02")),
        (F(0x000012688b70e62b), "#.0f", Ok("0.")),
        (F(0x0000000000000001), ".\u{662}f", Ok("0.00")),
        (I("-9223372036854775808"), "#n", Ok("-9223372036854775808")),
        (I("1114111"), "#010_x", Ok("0x010_ffff")),
        (I("4611686018427387904"), "-#10b", Ok("0b100000000000000000000000000000000000000000000000000000000000000")),
        (I("-5"), "g", Ok("-5")),
        (I("-1234567"), "0^10", Ok("0-12345670")),
        (I("-5"), "x", Ok("-5")),
        (I("-1234567"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x8000000000000000), "030,.2f", Ok("-00,000,000,000,000,000,000.00")),
        (I("-1234567"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (I("5"), "=", Ok("5")),
        (I("255"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (I("18446744073709551615"), "-#10b", Ok("0b1111111111111111111111111111111111111111111111111111111111111111")),
        (I("1234567"), "0^10", Ok("0123456700")),
        (I("4611686018427387904"), "c", Err("%c arg not in range(0x110000)")),
        (F(0x4341c37937e08000), ".17", Ok("1e+16")),
        (I("4611686018427387904"), "_o", Ok("4_0000_0000_0000_0000_0000")),
        (I("-1"), ",", Ok("-1")),
        (I("-255"), "x", Ok("-ff")),
        (F(0x3fb999999999999a), "\u{e9}<10", Ok("0.1\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}")),
        (S("ab"), "-", Err("Sign not allowed in string format specifier")),
        (I("1234567"), " ", Ok(" 1234567")),
        (I("100000000000000000000"), "g", Ok("1e+20")),
        (I("1000000000000000001"), ",.2f", Ok("1,000,000,000,000,000,000.00")),
        (F(0x7ff0000000000000), ".3", Ok("inf")),
        (I("-255"), "#X", Ok("-0XFF")),
        (I("-1"), "=10", Ok("-        1")),
        (I("1234567"), "G", Ok("1.23457E+06")),
        (I("1114112"), "e", Ok("1.114112e+06")),
        (F(0x4004000000000000), ".\u{662}f", Ok("2.50")),
        (I("65"), ",.2f", Ok("65.00")),
        (I("18446744073709551615"), "e", Ok("1.844674e+19")),
        (I("4611686018427387904"), ".2%", Ok("461168601842738790400.00%")),
        (I("0"), "", Ok("0")),
        (I("18446744073709551615"), ".2%", Ok("1844674407370955161600.00%")),
        (S("h\u{e9}llo"), "005", Ok("h\u{e9}llo")),
        (I("4611686018427387904"), "#010_x", Ok("0x4000_0000_0000_0000")),
        (F(0x405edd2f1a9fbe77), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (F(0x3fc0000000000000), "010_", Ok("00_000.125")),
        (F(0x3ff0000000000000), "#.0e", Ok("1.e+00")),
        (I("-100000000000000000000"), "^7c", Err("Python int too large to convert to C long")),
        (S("h\u{e9}llo"), ".", Err("Format specifier missing precision")),
        (I("9223372036854775808"), "_X", Ok("8000_0000_0000_0000")),
        (F(0x7ff8000000000000), ".0%", Ok("nan%")),
        (B(true), "#x", Ok("0x1")),
        (S("\u{1f600}"), "^5", Ok("  \u{1f600}  ")),
        (S("h\u{e9}llo"), "\u{e9}", Err("Unknown format code '\\xe9' for object of type 'str'")),
        (I("4611686018427387904"), ".1", Err("Precision not allowed in integer format specifier")),
        (I("-100000000000000000000"), "_X", Ok("-5_6BC7_5E2D_6310_0000")),
        (I("-100000000000000000000"), "0=5c", Err("Python int too large to convert to C long")),
        (F(0x405edd2f1a9fbe77), ".770", Ok("123.4560000000000030695446184836328029632568359375")),
        (I("1114111"), "%", Ok("111411100.000000%")),
        (I("100000000000000000000"), "%", Ok("10000000000000000000000.000000%")),
        (F(0x7ff0000000000000), "1\u{0}", Ok("inf")),
        (I("100000000000000000000"), "#d", Ok("100000000000000000000")),
        (I("0"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("-9223372036854775808"), "010n", Ok("-9223372036854775808")),
        (I("18446744073709551615"), "x", Ok("ffffffffffffffff")),
        (I("-1"), "#n", Ok("-1")),
        (I("9223372036854775808"), "+010", Ok("+9223372036854775808")),
        (F(0x7ff0000000000000), ".1075f", Ok("inf")),
        (I("0"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (I("-1"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-1"), ".1", Err("Precision not allowed in integer format specifier")),
        (S("h\u{e9}llo"), ",", Err("Cannot specify ',' with 's'.")),
        (I("100000000000000000000"), "#n", Ok("100000000000000000000")),
        (I("0"), "g", Ok("0")),
        (F(0x3ff0000000000000), "#.0f", Ok("1.")),
        (F(0x3fb999999999999a), ".2147483647", Ok("0.1000000000000000055511151231257827021181583404541015625")),
        (I("255"), "0^10", Ok("0002550000")),
        (I("-255"), "0^10", Ok("000-255000")),
        (F(0x8000000000000000), ".2147483648", Err("precision too big")),
        (F(0x3ff0000000000000), ".770", Ok("1.0")),
        (I("-255"), "F", Ok("-255.000000")),
        (F(0x4004000000000000), "+z.1f", Ok("+2.5")),
        (I("1000000000000000001"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-100000000000000000000"), "E", Ok("-1.000000E+20")),
        (B(false), ".2", Err("Precision not allowed in integer format specifier")),
        (I("-9223372036854775808"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x4341c37937e08000), "z#", Ok("1.e+16")),
        (I("-255"), "n", Ok("-255")),
        (I("1114111"), "#o", Ok("0o4177777")),
        (I("1114111"), "#n", Ok("1114111")),
        (I("5"), "_.1e", Ok("5.0e+00")),
        (I("1000000000000000001"), "x", Ok("de0b6b3a7640001")),
        (F(0x8000000000000000), "#.0%", Ok("-0.%")),
        (F(0x7ff0000000000000), "<<", Ok("inf")),
        (I("-9223372036854775808"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-1"), "g", Ok("-1")),
        (I("-9223372036854775808"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (S(""), "d", Err("Unknown format code 'd' for object of type 'str'")),
        (S("h\u{e9}llo"), "d", Err("Unknown format code 'd' for object of type 'str'")),
        (I("65"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-255"), ".1", Err("Precision not allowed in integer format specifier")),
        (I("-1234567"), "#", Ok("-1234567")),
        (I("-1234567"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (I("18446744073709551615"), "=", Ok("18446744073709551615")),
        (I("100000000000000000000"), "d", Ok("100000000000000000000")),
        (I("1114112"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("18446744073709551615"), "-", Ok("18446744073709551615")),
        (I("-1234567"), "#o", Ok("-0o4553207")),
        (I("18446744073709551615"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (S("h\u{e9}llo"), "5,", Err("Cannot specify ',' with 's'.")),
        (F(0x8000000000000000), ".1000g", Ok("-0")),
        (B(false), "%", Ok("0.000000%")),
        (F(0x3ff0000000000000), "#.17g", Ok("1.0000000000000000")),
        (F(0x7fefffffffffffff), "\u{0}", Ok("1.7976931348623157e+308")),
        (I("1114111"), "#d", Ok("1114111")),
        (F(0x4004000000000000), "#", Ok("2.5")),
        (F(0x0000000000000001), "#.3g", Ok("4.94e-324")),
        (I("1234567"), ".2%", Ok("123456700.00%")),
        (F(0xbff8000000000000), ".2147483648", Err("precision too big")),
        (B(true), "s", Err("Unknown format code 's' for object of type 'bool'")),
        (F(0xbff8000000000000), "\u{e9}<10", Ok("-1.5\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}")),
        (B(false), "e", Ok("0.000000e+00")),
        (F(0x7ff8000000000000), "<<", Ok("nan")),
        (F(0x000012688b70e62b), "0=+12.3f", Ok("+0000000.000")),
        (I("65"), "#010_x", Ok("0x000_0041")),
        (B(false), "5", Ok("    0")),
        (I("1000000000000000001"), "0", Ok("1000000000000000001")),
        (I("9223372036854775808"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("1234567"), "-#10b", Ok("0b100101101011010000111")),
        (I("1234567"), "#_b", Ok("0b1_0010_1101_0110_1000_0111")),
        (S(""), "\u{1f600}>4", Ok("\u{1f600}\u{1f600}\u{1f600}\u{1f600}")),
        (F(0x405edd2f1a9fbe77), ".0%", Ok("12346%")),
        (I("18446744073709551615"), "^7c", Err("Python int too large to convert to C long")),
        (F(0x7fefffffffffffff), ".3", Ok("1.8e+308")),
        (I("-1"), "010n", Ok("-000000001")),
        (I("1114111"), "010,", Ok("01,114,111")),
        (I("0"), "c", Ok("\u{0}")),
        (I("0"), ".2%", Ok("0.00%")),
        (S(""), "_s", Err("Cannot specify '_' with 's'.")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "-", Err("Sign not allowed in string format specifier")),
        (F(0x7ff0000000000000), "\u{1f600}^9", Ok("\u{1f600}\u{1f600}\u{1f600}inf\u{1f600}\u{1f600}\u{1f600}")),
        (S("\u{1f600}"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'str'")),
        (F(0x4004000000000000), ".3ff", Err("Invalid format specifier '.3ff' for object of type 'float'")),
        (F(0x3fb999999999999a), "#.3g", Ok("0.100")),
        (I("4611686018427387904"), "0=5c", Err("%c arg not in range(0x110000)")),
        (F(0x3fb999999999999a), ".17", Ok("0.10000000000000001")),
        (I("18446744073709551616"), "n", Ok("18446744073709551616")),
        (I("5"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("-1"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (S(""), "\u{0}", Err("Unknown format code '\\x0' for object of type 'str'")),
        (S(""), "\u{1d7e3}", Ok(" ")),
        (I("9223372036854775808"), "E", Ok("9.223372E+18")),
        (S("ab"), "=5", Err("'=' alignment not allowed in string format specifier")),
        (I("0"), ".0c", Err("Precision not allowed in integer format specifier")),
        (I("65"), "=10", Ok("        65")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "\u{e9}", Err("Unknown format code '\\xe9' for object of type 'str'")),
        (F(0x405edd2f1a9fbe77), "z.0f", Ok("123")),
        (F(0x3fc0000000000000), "\u{e9}<10", Ok("0.125\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}")),
        (F(0x7ff0000000000000), "010_", Ok("0000000inf")),
        (F(0x8000000000000000), ".0", Ok("-0e+00")),
        (F(0x7ff8000000000000), ".3000000000g", Err("precision too big")),
        (I("-5"), "010,", Ok("-0,000,005")),
        (I("1234567"), "_", Ok("1_234_567")),
        (I("-1"), "_X", Ok("-1")),
        (I("4611686018427387904"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (I("9223372036854775808"), ".2%", Ok("922337203685477580800.00%")),
        (F(0x000012688b70e62b), ".0%", Ok("0%")),
        (F(0x405edd2f1a9fbe77), "_", Ok("123.456")),
        (I("1114112"), "#010x", Ok("0x00110000")),
        (I("18446744073709551616"), ".0f", Ok("18446744073709551616")),
        (I("1000000000000000001"), "^7c", Err("%c arg not in range(0x110000)")),
        (I("-5"), ",c", Err("Cannot specify ',' with 'c'.")),
        (I("1234567"), "x", Ok("12d687")),
        (I("4611686018427387904"), "0<10", Ok("4611686018427387904")),
        (I("-1234567"), "_.1e", Ok("-1.2e+06")),
        (I("4611686018427387904"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (I("18446744073709551616"), " ", Ok(" 18446744073709551616")),
        (I("-5"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (S(""), "1.", Err("Format specifier missing precision")),
        (F(0x4341c37937e08000), "\u{1f600}^9", Ok("\u{1f600}\u{1f600}1e+16\u{1f600}\u{1f600}")),
        (S("h\u{e9}llo"), "5", Ok("h\u{e9}llo")),
        (I("-255"), "=10", Ok("-      255")),
        (F(0x7ff0000000000000), "#.0f", Ok("inf")),
        (I("-5"), "f", Ok("-5.000000")),
        (I("-255"), "010", Ok("-000000255")),
        (S("\u{1f600}"), "^6", Ok("  \u{1f600}   ")),
        (F(0x3fb999999999999a), "#.0e", Ok("1.e-01")),
        (F(0x4004000000000000), "\u{e9}<10", Ok("2.5\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}")),
        (I("1114111"), "+010", Ok("+001114111")),
        (I("255"), "0=10_", Ok("00_000_255")),
        (F(0x0000000000000001), "010_", Ok("0_005e-324")),
        (F(0x3fc0000000000000), "#.0g", Ok("0.1")),
        (I("100000000000000000000"), ",.2f", Ok("100,000,000,000,000,000,000.00")),
        (I("-9223372036854775808"), "010,", Ok("-9,223,372,036,854,775,808")),
        (S("ab"), "s", Ok("ab")),
        (I("65"), ".0c", Err("Precision not allowed in integer format specifier")),
        (I("-100000000000000000000"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-255"), "010n", Ok("-000000255")),
        (F(0x7ff8000000000000), "#.0f", Ok("nan")),
        (I("100000000000000000000"), "x", Ok("56bc75e2d63100000")),
        (F(0x3ff0000000000000), "_.3f", Ok("1.000")),
        (I("1234567"), "F", Ok("1234567.000000")),
        (F(0x4004000000000000), "#.3g", Ok("2.50")),
        (I("0"), "_.1e", Ok("0.0e+00")),
        (F(0x7ff0000000000000), "zz", Err("Unknown format code 'z' for object of type 'float'")),
        (S("\u{1f600}"), ".10", Ok("\u{1f600}")),
        (F(0x3fb999999999999a), "1\u{0}", Ok("0.1")),
        (I("1000000000000000001"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0xbff8000000000000), "#.3g", Ok("-1.50")),
        (I("0"), "e", Ok("0.000000e+00")),
        (F(0xbff8000000000000), "#g", Ok("-1.50000")),
        (I("18446744073709551616"), "0", Ok("18446744073709551616")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "d", Err("Unknown format code 'd' for object of type 'str'")),
        (I("-255"), ",", Ok("-255")),
        (F(0x8000000000000000), "0", Ok("-0.0")),
        (I("65"), "-", Ok("65")),
        (I("18446744073709551615"), "c", Err("Python int too large to convert to C long")),
        (F(0x7ff8000000000000), "#.17g", Ok("nan")),
        (F(0x4341c37937e08000), "#.3g", Ok("1.00e+16")),
        (I("1114112"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("5"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0xbff8000000000000), ".3ff", Err("Invalid format specifier '.3ff' for object of type 'float'")),
        (I("9223372036854775808"), "_o", Ok("10_0000_0000_0000_0000_0000")),
        (I("18446744073709551615"), "#", Ok("18446744073709551615")),
        (I("0"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("1000000000000000001"), "_X", Ok("DE0_B6B3_A764_0001")),
        (S("\u{1f600}"), ".0", Ok("")),
        (F(0x405edd2f1a9fbe77), "#.3", Ok("1.23e+02")),
        (F(0x3fb999999999999a), "#", Ok("0.1")),
        (I("255"), "#o", Ok("0o377")),
        (S(""), "abc", Err("Invalid format specifier 'abc' for object of type 'str'")),
        (F(0x7ff8000000000000), ".2147483647", Ok("nan")),
        (F(0x7ff8000000000000), "#.0e", Ok("nan")),
        (S(""), ",", Err("Cannot specify ',' with 's'.")),
        (F(0x000012688b70e62b), "#", Ok("1.e-310")),
        (F(0x0000000000000001), ",", Ok("5e-324")),
        (I("65"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (F(0x405edd2f1a9fbe77), ".3ff", Err("Invalid format specifier '.3ff' for object of type 'float'")),
        (I("18446744073709551615"), "#n", Ok("18446744073709551615")),
        (I("65"), "0", Ok("65")),
        (F(0x405edd2f1a9fbe77), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("1000000000000000001"), "#010x", Ok("0xde0b6b3a7640001")),
        (F(0x3fc0000000000000), "n", Ok("0.125")),
        (I("100000000000000000000"), "0^10", Ok("100000000000000000000")),
        (I("1114112"), "#o", Ok("0o4200000")),
        (I("-255"), "_.1e", Ok("-2.6e+02")),
        (F(0x0000000000000001), ".0%", Ok("0%")),
        (I("-9223372036854775808"), "x", Ok("-8000000000000000")),
        (I("-100000000000000000000"), "-#10b", Ok("-0b1010110101111000111010111100010110101100011000100000000000000000000")),
        (F(0x3fb999999999999a), ".3000000000g", Err("precision too big")),
        (S("\u{1f600}"), "<5", Ok("\u{1f600}    ")),
        (F(0x3fb999999999999a), "020,.1e", Ok("00,000,000,001.0e-01")),
        (I("1114112"), "+", Ok("+1114112")),
        (F(0x3fb999999999999a), "#z", Err("Unknown format code 'z' for object of type 'float'")),
        (F(0x4341c37937e08000), " .3e", Ok(" 1.000e+16")),
        (I("65"), "#o", Ok("0o101")),
        (F(0x0000000000000001), "\u{1f600}^9", Ok("\u{1f600}5e-324\u{1f600}\u{1f600}")),
        (F(0xbff8000000000000), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("18446744073709551615"), "%", Ok("1844674407370955161600.000000%")),
        (I("-255"), "#x", Ok("-0xff")),
        (I("100000000000000000000"), "+010", Ok("+100000000000000000000")),
        (F(0x000012688b70e62b), ".18", Ok("9.99999999999996945e-311")),
        (F(0x4341c37937e08000), "#z", Err("Unknown format code 'z' for object of type 'float'")),
        (I("18446744073709551616"), ",", Ok("18,446,744,073,709,551,616")),
        (I("4611686018427387904"), "", Ok("4611686018427387904")),
        (I("1114111"), "x", Ok("10ffff")),
        (I("9223372036854775808"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (F(0x7ff0000000000000), ".2000f", Ok("inf")),
        (I("-1234567"), "0=10_", Ok("-1_234_567")),
        (I("-1234567"), "0=5c", Err("%c arg not in range(0x110000)")),
        (I("18446744073709551615"), "g", Ok("1.84467e+19")),
        (I("-1234567"), "f", Ok("-1234567.000000")),
        (F(0x4341c37937e08000), ".18", Ok("10000000000000000.0")),
        (F(0x3fc0000000000000), "+z.1f", Ok("+0.1")),
        (F(0xbff8000000000000), "%", Ok("-150.000000%")),
        (I("18446744073709551616"), "#010x", Ok("0x10000000000000000")),
        (I("1114111"), ".0c", Err("Precision not allowed in integer format specifier")),
        (I("-1234567"), ",.2f", Ok("-1,234,567.00")),
        (I("5"), "#010_x", Ok("0x000_0005")),
        (F(0x405edd2f1a9fbe77), "#.3g", Ok("123.")),
        (B(true), "%", Ok("100.000000%")),
        (S("\u{1f600}"), ",s", Err("Cannot specify ',' with 's'.")),
        (B(true), "abc", Err("Invalid format specifier 'abc' for object of type 'bool'")),
        (F(0x3fb999999999999a), ".1000g", Ok("0.1000000000000000055511151231257827021181583404541015625")),
        (F(0x4341c37937e08000), "#", Ok("1.e+16")),
        (I("255"), "#010x", Ok("0x000000ff")),
        (I("100000000000000000000"), "F", Ok("100000000000000000000.000000")),
        (I("-255"), "G", Ok("-255")),
        (I("-9223372036854775808"), "g", Ok("-9.22337e+18")),
        (F(0x3ff0000000000000), "#_g", Ok("1.00000")),
        (S(""), "-", Err("Sign not allowed in string format specifier")),
        (F(0x000012688b70e62b), "#.3g", Ok("1.00e-310")),
        (I("-100000000000000000000"), "=10", Ok("-100000000000000000000")),
        (I("1114111"), "010", Ok("0001114111")),
        (F(0x7fefffffffffffff), "010_", Ok("1.7976931348623157e+308")),
        (I("1114111"), "#x", Ok("0x10ffff")),
        (I("1114111"), "+", Ok("+1114111")),
        (F(0x7ff0000000000000), ".767g", Ok("inf")),
        (I("65"), "#d", Ok("65")),
        (B(false), "_", Ok("0")),
        (I("-9223372036854775808"), "010", Ok("-9223372036854775808")),
        (I("1114111"), ".0f", Ok("1114111")),
        (I("-1234567"), ",", Ok("-1,234,567")),
        (F(0x0000000000000001), "n", Ok("4.94066e-324")),
        (I("1114112"), "^7c", Err("%c arg not in range(0x110000)")),
        (F(0x4341c37937e08000), "#.17g", Ok("10000000000000000.")),
        (I("1114112"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x4341c37937e08000), "zz", Err("Unknown format code 'z' for object of type 'float'")),
        (I("18446744073709551615"), ",.2f", Ok("18,446,744,073,709,551,616.00")),
        (I("4611686018427387904"), "#x", Ok("0x4000000000000000")),
        (F(0x000012688b70e62b), "010_", Ok("0_001e-310")),
        (F(0x7ff0000000000000), ".\u{662}f", Ok("inf")),
        (F(0x4004000000000000), "_.3f", Ok("2.500")),
        (I("1234567"), "0", Ok("1234567")),
        (F(0xbff8000000000000), "x=15", Ok("-xxxxxxxxxxx1.5")),
        (I("1234567"), "010,", Ok("01,234,567")),
        (I("0"), "*<4c", Ok("\u{0}***")),
        (F(0x3ff0000000000000), ".18", Ok("1.0")),
        (F(0x7ff8000000000000), "\u{1f600}^9", Ok("\u{1f600}\u{1f600}\u{1f600}nan\u{1f600}\u{1f600}\u{1f600}")),
        (F(0x4341c37937e08000), "#.3", Ok("1.00e+16")),
        (F(0x3fb999999999999a), "G", Ok("0.1")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "5.2", Ok("\u{65e5}\u{672c}   ")),
        (F(0x7ff8000000000000), "010", Ok("0000000nan")),
        (I("1114111"), ",c", Err("Cannot specify ',' with 'c'.")),
        (I("65"), " ", Ok(" 65")),
        (F(0x7ff8000000000000), "\u{0}", Ok("nan")),
        (F(0x7ff8000000000000), ".3", Ok("nan")),
        (F(0x3fb999999999999a), ",", Ok("0.1")),
        (I("255"), ".0f", Ok("255")),
        (I("5"), "e", Ok("5.000000e+00")),
        (I("1114111"), "=10", Ok("   1114111")),
        (F(0x0000000000000001), "020,.1e", Ok("0,000,000,004.9e-324")),
        (F(0xbff8000000000000), "0=+12.3f", Ok("-0000001.500")),
        (I("4611686018427387904"), "=10", Ok("4611686018427387904")),
        (F(0x4341c37937e08000), "%", Ok("1000000000000000000.000000%")),
        (I("-1234567"), "c", Err("%c arg not in range(0x110000)")),
        (I("-100000000000000000000"), "010n", Ok("-100000000000000000000")),
        (F(0x4004000000000000), "x=15", Ok("xxxxxxxxxxxx2.5")),
        (I("-1"), "c", Err("%c arg not in range(0x110000)")),
        (F(0x3fc0000000000000), "#.0f", Ok("0.")),
        (I("-100000000000000000000"), "#x", Ok("-0x56bc75e2d63100000")),
        (F(0x4004000000000000), "zz", Err("Unknown format code 'z' for object of type 'float'")),
        (I("18446744073709551616"), ".2%", Ok("1844674407370955161600.00%")),
        (I("1114112"), "0", Ok("1114112")),
        (F(0xbff8000000000000), "#.0g", Ok("-2.")),
        (S(""), "<5", Ok("     ")),
        (I("1114112"), "#X", Ok("0X110000")),
        (F(0x7ff8000000000000), ".1000g", Ok("nan")),
        (I("-1234567"), "%", Ok("-123456700.000000%")),
        (F(0x8000000000000000), "z#", Ok("0.0")),
        (I("65"), "*<4c", Ok("A***")),
        (F(0x4341c37937e08000), "=+12.3f", Ok("+10000000000000000.000")),
        (I("9223372036854775808"), "#x", Ok("0x8000000000000000")),
        (I("-100000000000000000000"), "0=10_", Ok("-100_000_000_000_000_000_000")),
        (F(0x3ff0000000000000), "#.3", Ok("1.00")),
        (I("18446744073709551615"), "0=10_", Ok("18_446_744_073_709_551_615")),
        (F(0x7ff8000000000000), ".\u{662}f", Ok("nan")),
        (I("4611686018427387904"), "E", Ok("4.611686E+18")),
        (S(""), ".1", Ok("")),
        (I("5"), "", Ok("5")),
        (S("ab"), "0=5", Err("'=' alignment not allowed in string format specifier")),
        (I("9223372036854775808"), "#", Ok("9223372036854775808")),
        (I("18446744073709551615"), "_.1e", Ok("1.8e+19")),
        (F(0x8000000000000000), ".3ff", Err("Invalid format specifier '.3ff' for object of type 'float'")),
        (F(0x405edd2f1a9fbe77), "#.0f", Ok("123.")),
        (I("-255"), "0=10_", Ok("-0_000_255")),
        (I("0"), "-#10b", Ok("       0b0")),
        (F(0xbff8000000000000), ",\u{0}", Ok("-1.5")),
        (F(0x8000000000000000), "_.3f", Ok("-0.000")),
        (F(0x7ff0000000000000), "#", Ok("inf")),
        (I("100000000000000000000"), "#010_x", Ok("0x5_6bc7_5e2d_6310_0000")),
        (F(0x7ff0000000000000), "\u{0}", Ok("inf")),
        (I("-1"), "+010", Ok("-000000001")),
        (I("65"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (F(0x7fefffffffffffff), " .3e", Ok(" 1.798e+308")),
        (I("5"), " ", Ok(" 5")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "\u{1d7e3}", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        (I("65"), "#", Ok("65")),
        (F(0x3ff0000000000000), "\u{e9}<10", Ok("1.0\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}")),
        (F(0x8000000000000000), ".2147483647", Ok("-0.0")),
        (F(0x3fb999999999999a), "#.17g", Ok("0.10000000000000001")),
        (F(0x405edd2f1a9fbe77), " .3e", Ok(" 1.235e+02")),
        (I("-1234567"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("-1"), "\u{e9}>8,d", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-1")),
        (F(0x0000000000000001), "#.0f", Ok("0.")),
        (S("ab"), "^5.2s", Ok(" ab  ")),
        (F(0x405edd2f1a9fbe77), ",", Ok("123.456")),
        (I("1234567"), "%", Ok("123456700.000000%")),
        (I("18446744073709551615"), "+", Ok("+18446744073709551615")),
        (I("5"), "G", Ok("5")),
        (F(0x4341c37937e08000), "z", Ok("1e+16")),
        (F(0x3ff0000000000000), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("100000000000000000000"), "010", Ok("100000000000000000000")),
        (F(0xbff8000000000000), "#.0", Ok("-2.e+00")),
        (I("255"), "x", Ok("ff")),
        (I("0"), "^7c", Ok("   \u{0}   ")),
        (I("5"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), ",s", Err("Cannot specify ',' with 's'.")),
        (I("18446744073709551616"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("18446744073709551616"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (F(0x7ff0000000000000), ".800e", Ok("inf")),
        (F(0x3fc0000000000000), "0=+12.3f", Ok("+0000000.125")),
        (I("1114112"), "#d", Ok("1114112")),
        (F(0x3fb999999999999a), "F", Ok("0.100000")),
        (I("-5"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-1234567"), "G", Ok("-1.23457E+06")),
        (F(0x7fefffffffffffff), "#.0", Ok("2.e+308")),
        (B(true), "", Ok("True")),
        (S("\u{1f600}"), ".", Err("Format specifier missing precision")),
        (F(0x4341c37937e08000), ".16", Ok("1e+16")),
        (F(0x7ff0000000000000), ".799e", Ok("inf")),
        (I("18446744073709551616"), "#n", Ok("18446744073709551616")),
        (I("1000000000000000001"), ">5c", Err("%c arg not in range(0x110000)")),
        (I("18446744073709551616"), "e", Ok("1.844674e+19")),
        (F(0x8000000000000000), "z", Ok("0.0")),
        (S("\u{1f600}"), "d", Err("Unknown format code 'd' for object of type 'str'")),
        (I("1000000000000000001"), "#", Ok("1000000000000000001")),
        (I("4611686018427387904"), "010,", Ok("4,611,686,018,427,387,904")),
        (I("-1234567"), "g", Ok("-1.23457e+06")),
        (I("1114112"), ",.2f", Ok("1,114,112.00")),
        (I("1114111"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("18446744073709551616"), "x", Ok("10000000000000000")),
        (F(0x3fb999999999999a), ".0%", Ok("10%")),
        (I("-5"), "#n", Ok("-5")),
        (I("-9223372036854775808"), "=", Ok("-9223372036854775808")),
        (F(0x7ff0000000000000), "#_g", Ok("inf")),
        (F(0x405edd2f1a9fbe77), ".2147483648", Err("precision too big")),
        (I("-100000000000000000000"), "#n", Ok("-100000000000000000000")),
        (F(0x7ff0000000000000), "#.17g", Ok("inf")),
        (F(0x4341c37937e08000), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (I("100000000000000000000"), ".1", Err("Precision not allowed in integer format specifier")),
        (I("-255"), "c", Err("%c arg not in range(0x110000)")),
        (S(""), "5", Ok("     ")),
        (I("1114112"), "#_b", Ok("0b1_0001_0000_0000_0000_0000")),
        (I("255"), "_.1e", Ok("2.6e+02")),
        (I("65"), "#x", Ok("0x41")),
        (F(0x0000000000000001), ".17", Ok("4.9406564584124654e-324")),
        (S("h\u{e9}llo"), "#", Err("Alternate form (#) not allowed in string format specifier")),
        (F(0x7ff0000000000000), "#.0g", Ok("inf")),
        (I("-255"), "+", Ok("-255")),
        (I("-1"), ".3e", Ok("-1.000e+00")),
        (I("-100000000000000000000"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (I("9223372036854775808"), "+", Ok("+9223372036854775808")),
        (I("5"), "_", Ok("5")),
        (I("0"), ">5c", Ok("    \u{0}")),
        (I("-1"), "n", Ok("-1")),
        (I("65"), ".1", Err("Precision not allowed in integer format specifier")),
        (I("-1"), "-#10b", Ok("      -0b1")),
        (F(0x7ff0000000000000), "#.0", Ok("inf")),
        (F(0x7ff0000000000000), "020,.1e", Ok("00000000000000000inf")),
        (F(0x4004000000000000), "n", Ok("2.5")),
        (S("ab"), "abc", Err("Invalid format specifier 'abc' for object of type 'str'")),
        (S("ab"), "<05", Ok("ab000")),
        (F(0x3fc0000000000000), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("255"), "+010", Ok("+000000255")),
        (F(0x405edd2f1a9fbe77), ".3", Ok("1.23e+02")),
        (S("ab"), ",s", Err("Cannot specify ',' with 's'.")),
        (S("ab"), "+", Err("Sign not allowed in string format specifier")),
        (S("ab"), ".,", Err("Format specifier missing precision")),
        (F(0x3ff0000000000000), "0", Ok("1.0")),
        (F(0xbff8000000000000), "z.0f", Ok("-2")),
        (I("5"), "-#10b", Ok("     0b101")),
        (F(0x0000000000000001), "#.0g", Ok("5.e-324")),
        (F(0x4004000000000000), "010", Ok("00000002.5")),
        (F(0x405edd2f1a9fbe77), ".16", Ok("123.456")),
        (F(0xbff8000000000000), ".18", Ok("-1.5")),
        (I("-100000000000000000000"), "_", Ok("-100_000_000_000_000_000_000")),
        (F(0x7ff8000000000000), "F", Ok("NAN")),
        (S("h\u{e9}llo"), ">5", Ok("h\u{e9}llo")),
        (F(0x7ff8000000000000), ".799e", Ok("nan")),
        (I("-100000000000000000000"), "G", Ok("-1E+20")),
        (F(0x7ff0000000000000), ".16", Ok("inf")),
        (F(0x3ff0000000000000), "=+12.3f", Ok("+      1.000")),
        (I("1234567"), "^7c", Err("%c arg not in range(0x110000)")),
        (I("-255"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("1000000000000000001"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (F(0x405edd2f1a9fbe77), "zz", Err("Unknown format code 'z' for object of type 'float'")),
        (I("-9223372036854775808"), "c", Err("%c arg not in range(0x110000)")),
        (F(0x000012688b70e62b), "#.0", Ok("1.e-310")),
        (F(0x3fb999999999999a), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (F(0x4341c37937e08000), ".3", Ok("1e+16")),
        (F(0x3fc0000000000000), "_", Ok("0.125")),
        (I("0"), "d", Ok("0")),
        (F(0x4341c37937e08000), ".2147483647", Ok("10000000000000000.0")),
        (I("9223372036854775808"), ">5c", Err("Python int too large to convert to C long")),
        (F(0x4004000000000000), "#.0f", Ok("2.")),
        (B(false), ">5", Ok("    0")),
        (F(0x7ff0000000000000), ",\u{0}", Ok("inf")),
        (I("18446744073709551616"), "_X", Ok("1_0000_0000_0000_0000")),
        (I("-5"), "#x", Ok("-0x5")),
        (F(0xbff8000000000000), "#z", Err("Unknown format code 'z' for object of type 'float'")),
        (F(0x3ff0000000000000), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (F(0x3fc0000000000000), ".0%", Ok("12%")),
        (I("1000000000000000001"), "f", Ok("1000000000000000000.000000")),
        (F(0x4341c37937e08000), ".767g", Ok("10000000000000000")),
        (I("4611686018427387904"), "0", Ok("4611686018427387904")),
        (F(0x0000000000000001), "#.17g", Ok("4.9406564584124654e-324")),
        (F(0x000012688b70e62b), "#.17g", Ok("9.9999999999999694e-311")),
        (F(0x3ff0000000000000), "#.3g", Ok("1.00")),
        (F(0x3fc0000000000000), ".3ff", Err("Invalid format specifier '.3ff' for object of type 'float'")),
        (F(0x4004000000000000), "\u{661}\u{660}.\u{662}f", Ok("      2.50")),
        (F(0x000012688b70e62b), "0>15", Ok("0000000001e-310")),
        (F(0x7ff0000000000000), "+z.1f", Ok("+inf")),
        (I("-255"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x4341c37937e08000), ",", Ok("1e+16")),
        (I("1114112"), " ", Ok(" 1114112")),
        (F(0x3ff0000000000000), "G", Ok("1")),
        (F(0x3ff0000000000000), "\u{1f600}^9", Ok("\u{1f600}\u{1f600}\u{1f600}1.0\u{1f600}\u{1f600}\u{1f600}")),
        (F(0x405edd2f1a9fbe77), "#.0", Ok("1.e+02")),
        (S("ab"), "5,", Err("Cannot specify ',' with 's'.")),
        (F(0x8000000000000000), "G", Ok("-0")),
        (F(0x3fc0000000000000), "#_g", Ok("0.125000")),
        (I("-1234567"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7ff0000000000000), ".18", Ok("inf")),
        (I("4611686018427387904"), "=", Ok("4611686018427387904")),
        (I("18446744073709551616"), "_o", Ok("20_0000_0000_0000_0000_0000")),
        (I("100000000000000000000"), "0=10_", Ok("100_000_000_000_000_000_000")),
        (F(0x3ff0000000000000), ".767g", Ok("1")),
        (I("5"), "+", Ok("+5")),
        (I("1114111"), "c", Ok("\u{10ffff}")),
        (I("100000000000000000000"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (I("5"), "#010x", Ok("0x00000005")),
        (F(0x0000000000000001), "%", Ok("0.000000%")),
        (I("9223372036854775808"), "n", Ok("9223372036854775808")),
        (I("-9223372036854775808"), "^7c", Err("%c arg not in range(0x110000)")),
        (F(0x000012688b70e62b), "*^+15.4e", Ok("*+1.0000e-310**")),
        (I("255"), "-#10b", Ok("0b11111111")),
        (I("5"), "#_b", Ok("0b101")),
        (I("65"), "=", Ok("65")),
        (F(0x000012688b70e62b), "\u{661}\u{660}.\u{662}f", Ok("      0.00")),
        (I("65"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (B(false), "d", Ok("0")),
        (F(0x7ff0000000000000), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (I("-1"), ".0f", Ok("-1")),
        (I("9223372036854775808"), "0^10", Ok("9223372036854775808")),
        (F(0x3fc0000000000000), "010", Ok("000000.125")),
        (F(0x3fb999999999999a), "#.0", Ok("0.1")),
        (F(0x7ff8000000000000), ".2147483648", Err("precision too big")),
        (I("4611686018427387904"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7ff0000000000000), ".0", Ok("inf")),
        (F(0x0000000000000001), "#g", Ok("4.94066e-324")),
        (F(0xbff8000000000000), "#.0f", Ok("-2.")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "_", Err("Cannot specify '_' with 's'.")),
        (F(0x7ff8000000000000), ".1075f", Ok("nan")),
        (F(0x4004000000000000), ",\u{0}", Ok("2.5")),
        (I("18446744073709551615"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7fefffffffffffff), "#.17g", Ok("1.7976931348623157e+308")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "0=5", Err("'=' alignment not allowed in string format specifier")),
        (F(0x4004000000000000), "#.0", Ok("2.e+00")),
        (S("ab"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'str'")),
        (I("-1234567"), "\u{e9}>8,d", Ok("-1,234,567")),
        (F(0x7ff0000000000000), ".0g", Ok("inf")),
        (F(0x8000000000000000), "#_g", Ok("-0.00000")),
        (I("5"), "010n", Ok("0000000005")),
        (I("-100000000000000000000"), "#o", Ok("-0o12657072742654304000000")),
        (I("5"), "#", Ok("5")),
        (S(""), "^5", Ok("     ")),
        (F(0x3ff0000000000000), "\u{661}\u{660}.\u{662}f", Ok("      1.00")),
        (I("-1234567"), "n", Ok("-1234567")),
        (I("-9223372036854775808"), "\u{e9}>8,d", Ok("-9,223,372,036,854,775,808")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        (I("1114111"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (F(0x000012688b70e62b), ",\u{0}", Ok("1e-310")),
        (F(0x3fb999999999999a), "*^+15.4e", Ok("**+1.0000e-01**")),
        (I("-9223372036854775808"), "-#10b", Ok("-0b1000000000000000000000000000000000000000000000000000000000000000")),
        (I("18446744073709551615"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (F(0x7ff8000000000000), "*^+15.4e", Ok("*****+nan******")),
        (I("255"), "+", Ok("+255")),
        (I("9223372036854775808"), "010,", Ok("9,223,372,036,854,775,808")),
        (I("5"), "0<10", Ok("5000000000")),
        (I("5"), "^7c", Ok("   \u{5}   ")),
        (F(0x4004000000000000), ".17", Ok("2.5")),
        (I("255"), ",c", Err("Cannot specify ',' with 'c'.")),
        (F(0x7ff0000000000000), ".1000g", Ok("inf")),
        (I("-1234567"), "_X", Ok("-12_D687")),
        (I("-1"), "0=5c", Err("%c arg not in range(0x110000)")),
        (I("-255"), ",.2f", Ok("-255.00")),
        (F(0x7fefffffffffffff), ",\u{0}", Ok("1.7976931348623157e+308")),
        (F(0x7ff8000000000000), "020,.1e", Ok("00000000000000000nan")),
        (I("0"), "%", Ok("0.000000%")),
        (I("1114112"), "0=5c", Err("%c arg not in range(0x110000)")),
        (F(0x0000000000000001), "0=+12.3f", Ok("+0000000.000")),
        (I("1234567"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7ff8000000000000), "z", Ok("nan")),
        (I("-5"), "#_b", Ok("-0b101")),
        (I("255"), "f", Ok("255.000000")),
        (F(0x3fc0000000000000), ".0", Ok("0.1")),
        (I("1234567"), "_.1e", Ok("1.2e+06")),
        (S("\u{1f600}"), "05", Ok("\u{1f600}0000")),
        (I("1114111"), "#X", Ok("0X10FFFF")),
        (F(0x3ff0000000000000), ".17", Ok("1.0")),
        (I("18446744073709551616"), "#010_x", Ok("0x1_0000_0000_0000_0000")),
        (I("65"), "010n", Ok("0000000065")),
        (F(0x0000000000000001), "#z", Err("Unknown format code 'z' for object of type 'float'")),
        (I("100000000000000000000"), "#x", Ok("0x56bc75e2d63100000")),
        (F(0x3fb999999999999a), ".3", Ok("0.1")),
        (I("0"), ".1", Err("Precision not allowed in integer format specifier")),
        (F(0x405edd2f1a9fbe77), "G", Ok("123.456")),
        (I("18446744073709551615"), ".0f", Ok("18446744073709551616")),
        (I("1114111"), "F", Ok("1114111.000000")),
        (I("18446744073709551615"), "+010", Ok("+18446744073709551615")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "abc", Err("Invalid format specifier 'abc' for object of type 'str'")),
        (I("1234567"), "e", Ok("1.234567e+06")),
        (I("-9223372036854775808"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (I("-9223372036854775808"), "E", Ok("-9.223372E+18")),
        (F(0x3fb999999999999a), "0=+12.3f", Ok("+0000000.100")),
        (F(0x4004000000000000), ".16", Ok("2.5")),
        (F(0x8000000000000000), "#.3g", Ok("-0.00")),
        (F(0x8000000000000000), "#.0f", Ok("-0.")),
        (S(""), ".", Err("Format specifier missing precision")),
        (I("100000000000000000000"), ".2%", Ok("10000000000000000000000.00%")),
        (F(0x7fefffffffffffff), "zz", Err("Unknown format code 'z' for object of type 'float'")),
        (F(0x3ff0000000000000), ",", Ok("1.0")),
        (I("5"), "g", Ok("5")),
        (F(0x7ff8000000000000), "0=15", Ok("000000000000nan")),
        (I("1114112"), ".1", Err("Precision not allowed in integer format specifier")),
        (F(0x3fb999999999999a), "\u{0}", Ok("0.1")),
        (I("9223372036854775808"), "", Ok("9223372036854775808")),
        (I("9223372036854775808"), ",c", Err("Cannot specify ',' with 'c'.")),
        (F(0x405edd2f1a9fbe77), "#g", Ok("123.456")),
        (I("9223372036854775808"), " ", Ok(" 9223372036854775808")),
        (S("h\u{e9}llo"), ",s", Err("Cannot specify ',' with 's'.")),
        (F(0x7fefffffffffffff), ".0%", Ok("inf%")),
        (F(0x4004000000000000), "z.0f", Ok("2")),
        (F(0x405edd2f1a9fbe77), "010_", Ok("00_123.456")),
        (I("0"), ",c", Err("Cannot specify ',' with 'c'.")),
        (F(0x000012688b70e62b), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (B(false), "", Ok("False")),
        (F(0x7fefffffffffffff), "010", Ok("1.7976931348623157e+308")),
        (F(0x0000000000000001), ".18", Ok("4.94065645841246544e-324")),
        (F(0x7ff8000000000000), ".800e", Ok("nan")),
        (I("-255"), "#010x", Ok("-0x00000ff")),
        (F(0x4004000000000000), ".3000000000g", Err("precision too big")),
        (I("1000000000000000001"), "010", Ok("1000000000000000001")),
        (I("18446744073709551616"), "010,", Ok("18,446,744,073,709,551,616")),
        (F(0x7ff8000000000000), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("-1"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (F(0xbff8000000000000), "#.0%", Ok("-150.%")),
        (I("-9223372036854775808"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (F(0x0000000000000001), "#_g", Ok("4.94066e-324")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "^5", Ok(" \u{65e5}\u{672c}\u{8a9e} ")),
        (I("-5"), "\u{e9}>8,d", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-5")),
        (I("0"), "x", Ok("0")),
        (I("1000000000000000001"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7ff8000000000000), ".16", Ok("nan")),
        (I("1234567"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("255"), "#_b", Ok("0b1111_1111")),
        (F(0x8000000000000000), ".\u{662}f", Ok("-0.00")),
        (S(""), "005", Ok("00000")),
        (F(0x4004000000000000), "#.0%", Ok("250.%")),
        (I("5"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x7ff0000000000000), "0>15", Ok("000000000000inf")),
        (I("255"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("1000000000000000001"), "=", Ok("1000000000000000001")),
        (I("100000000000000000000"), "#X", Ok("0X56BC75E2D63100000")),
        (F(0x405edd2f1a9fbe77), "010", Ok("000123.456")),
        (I("-5"), ".2%", Ok("-500.00%")),
        (F(0x7ff8000000000000), "_.3f", Ok("nan")),
        (F(0x4341c37937e08000), "z.0f", Ok("10000000000000000")),
        (F(0x405edd2f1a9fbe77), ".17", Ok("123.456")),
        (F(0x4004000000000000), "<<", Ok("2.5")),
        (I("-255"), "d", Ok("-255")),
        (I("4611686018427387904"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("255"), "010n", Ok("0000000255")),
        (I("18446744073709551616"), "f", Ok("18446744073709551616.000000")),
        (I("-1234567"), ".0f", Ok("-1234567")),
        (S(""), ".\u{1d7e3}", Ok("")),
        (S("\u{1f600}"), "_", Err("Cannot specify '_' with 's'.")),
        (I("4611686018427387904"), "+", Ok("+4611686018427387904")),
        (I("18446744073709551615"), "0", Ok("18446744073709551615")),
        (I("1114111"), "_.1e", Ok("1.1e+06")),
        (S(""), "5.2", Ok("     ")),
        (I("1114112"), "010", Ok("0001114112")),
        (S("h\u{e9}llo"), "-", Err("Sign not allowed in string format specifier")),
        (S("ab"), ".1", Ok("a")),
        (F(0x3ff0000000000000), ".1000g", Ok("1")),
        (F(0x3fc0000000000000), "#g", Ok("0.125000")),
        (I("-1"), "#_b", Ok("-0b1")),
        (I("1234567"), "f", Ok("1234567.000000")),
        (F(0x0000000000000001), ",\u{0}", Ok("5e-324")),
        (F(0x3ff0000000000000), "0=+12.3f", Ok("+0000001.000")),
        (I("5"), "#x", Ok("0x5")),
        (F(0x7fefffffffffffff), ".99999999999999999999", Err("Too many decimal digits in format string")),
        (I("5"), ">5c", Ok("    \u{5}")),
        (I("-5"), "e", Ok("-5.000000e+00")),
        (I("-9223372036854775808"), "n", Ok("-9223372036854775808")),
        (I("-9223372036854775808"), "f", Ok("-9223372036854775808.000000")),
        (F(0x3ff0000000000000), "#.0g", Ok("1.")),
        (F(0x405edd2f1a9fbe77), ",\u{0}", Ok("123.456")),
        (F(0x7fefffffffffffff), ".3000000000g", Err("precision too big")),
        (I("1114111"), ".1", Err("Precision not allowed in integer format specifier")),
        (F(0x7ff8000000000000), "ff", Err("Invalid format specifier 'ff' for object of type 'float'")),
        (F(0x405edd2f1a9fbe77), "F", Ok("123.456000")),
        (F(0x3fb999999999999a), "#.0f", Ok("0.")),
        (I("4611686018427387904"), "g", Ok("4.61169e+18")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'str'")),
        (S(""), ">5", Ok("     ")),
        (S("\u{1f600}"), "1.", Err("Format specifier missing precision")),
        (I("65"), "+", Ok("+65")),
        (I("-100000000000000000000"), "+010", Ok("-100000000000000000000")),
        (S("ab"), "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
        (I("9223372036854775808"), "*<4c", Err("Python int too large to convert to C long")),
        (F(0x7fefffffffffffff), ".1000%", Ok("inf%")),
        (I("-1234567"), " ", Ok("-1234567")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "s", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        (F(0x4004000000000000), "E", Ok("2.500000E+00")),
        (F(0x3ff0000000000000), "1\u{0}", Ok("1.0")),
        (S("h\u{e9}llo"), "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
        (F(0x7ff8000000000000), "#z", Err("Unknown format code 'z' for object of type 'float'")),
        (I("0"), " ", Ok(" 0")),
        (I("-1"), "010,", Ok("-0,000,001")),
        (I("255"), ",.2f", Ok("255.00")),
        (F(0xbff8000000000000), ",", Ok("-1.5")),
        (I("5"), "\u{e9}>8,d", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}5")),
        (I("100000000000000000000"), "=", Ok("100000000000000000000")),
        (I("1000000000000000001"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("255"), "", Ok("255")),
        (I("65"), "_", Ok("65")),
        (I("-100000000000000000000"), "=", Ok("-100000000000000000000")),
        (F(0x3fc0000000000000), "#.3", Ok("0.125")),
        (I("-1"), "^7c", Err("%c arg not in range(0x110000)")),
        (F(0x3fc0000000000000), "\u{661}\u{660}.\u{662}f", Ok("      0.12")),
        (I("1000000000000000001"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (F(0xbff8000000000000), "_", Ok("-1.5")),
        (F(0x4004000000000000), ".0%", Ok("250%")),
        (I("65"), "010", Ok("0000000065")),
        (I("18446744073709551615"), ".0c", Err("Precision not allowed in integer format specifier")),
        (F(0x8000000000000000), "z.0f", Ok("0")),
        (I("-1234567"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("1000000000000000001"), "", Ok("1000000000000000001")),
        (I("9223372036854775808"), "=", Ok("9223372036854775808")),
        (I("5"), "_o", Ok("5")),
        (I("1000000000000000001"), "#X", Ok("0XDE0B6B3A7640001")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "#", Err("Alternate form (#) not allowed in string format specifier")),
        (I("-1234567"), "#x", Ok("-0x12d687")),
        (F(0x3fc0000000000000), "0>15", Ok("00000000000.125")),
        (I("1000000000000000001"), ",c", Err("Cannot specify ',' with 'c'.")),
        (F(0x405edd2f1a9fbe77), "#", Ok("123.456")),
        (I("-255"), "*<4c", Err("%c arg not in range(0x110000)")),
        (I("-255"), "\u{e9}>8,d", Ok("\u{e9}\u{e9}\u{e9}\u{e9}-255")),
        (I("18446744073709551615"), "_", Ok("18_446_744_073_709_551_615")),
        (B(true), "010", Ok("0000000001")),
        (F(0x3ff0000000000000), "0>15", Ok("0000000000001.0")),
        (B(true), "g", Ok("1")),
        (I("1234567"), "010n", Ok("0001234567")),
        (F(0x3fc0000000000000), ",", Ok("0.125")),
        (F(0x4341c37937e08000), "_.3f", Ok("10_000_000_000_000_000.000")),
        (F(0x3fb999999999999a), ".\u{662}f", Ok("0.10")),
        (I("1114112"), "c", Err("%c arg not in range(0x110000)")),
        (S(""), "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
        (I("-9223372036854775808"), "+010", Ok("-9223372036854775808")),
        (I("100000000000000000000"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x4004000000000000), "#.3", Ok("2.50")),
        (I("65"), "-#10b", Ok(" 0b1000001")),
        (I("1114111"), "E", Ok("1.114111E+06")),
        (F(0x000012688b70e62b), "#.0e", Ok("1.e-310")),
        (I("-100000000000000000000"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (I("-100000000000000000000"), "_o", Ok("-126_5707_2742_6543_0400_0000")),
        (I("1000000000000000001"), ".1", Err("Precision not allowed in integer format specifier")),
        (S("h\u{e9}llo"), "\u{1d7e3}", Ok("h\u{e9}llo")),
        (I("65"), ".3e", Ok("6.500e+01")),
        (I("-1"), "z,", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("4611686018427387904"), ",.2f", Ok("4,611,686,018,427,387,904.00")),
        (F(0x3fc0000000000000), "_.3f", Ok("0.125")),
        (I("-9223372036854775808"), "*<4c", Err("%c arg not in range(0x110000)")),
        (F(0x405edd2f1a9fbe77), "<<", Ok("123.456")),
        (I("100000000000000000000"), "#o", Ok("0o12657072742654304000000")),
        (F(0x4341c37937e08000), "\u{661}\u{660}.\u{662}f", Ok("10000000000000000.00")),
        (I("-1"), "#010_x", Ok("-0x00_0001")),
        (S("\u{1f600}"), ".1", Ok("\u{1f600}")),
        (I("-1234567"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x7fefffffffffffff), ".0g", Ok("2e+308")),
        (I("-5"), "#", Ok("-5")),
        (I("0"), "_", Ok("0")),
        (I("5"), ".2%", Ok("500.00%")),
        (I("65"), "_X", Ok("41")),
        (I("65"), "#_b", Ok("0b100_0001")),
        (I("18446744073709551615"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x000012688b70e62b), "010", Ok("00001e-310")),
        (S("h\u{e9}llo"), ".,", Err("Format specifier missing precision")),
        (F(0x000012688b70e62b), "#.3", Ok("1.00e-310")),
        (F(0x7ff0000000000000), "%", Ok("inf%")),
        (B(true), "+", Ok("+1")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "_s", Err("Cannot specify '_' with 's'.")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), " ", Err("Space not allowed in string format specifier")),
        (F(0x0000000000000001), "#.0", Ok("5.e-324")),
        (I("-9223372036854775808"), "#d", Ok("-9223372036854775808")),
        (F(0x7fefffffffffffff), "x=15", Ok("1.7976931348623157e+308")),
        (I("-100000000000000000000"), "\u{e9}>8,d", Ok("-100,000,000,000,000,000,000")),
        (F(0x000012688b70e62b), "+z.1f", Ok("+0.0")),
        (I("0"), ",", Ok("0")),
        (I("-1"), "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        (S(""), ".0", Ok("")),
        (F(0x7ff0000000000000), ".2147483647", Ok("inf")),
        (S("\u{1f600}"), "<05", Ok("\u{1f600}0000")),
        (F(0x3fb999999999999a), "_", Ok("0.1")),
        (I("-1234567"), "#X", Ok("-0X12D687")),
        (F(0x7ff8000000000000), "#.3g", Ok("nan")),
        (F(0x7ff8000000000000), "#.0g", Ok("nan")),
        (I("0"), "\u{0}", Err("Unknown format code '\\x0' for object of type 'int'")),
        (F(0x3fb999999999999a), "#.3", Ok("0.100")),
        (I("9223372036854775808"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("-9223372036854775808"), "%", Ok("-922337203685477580800.000000%")),
        (B(true), "_", Ok("1")),
        (I("1114111"), "", Ok("1114111")),
        (I("-1"), "e", Ok("-1.000000e+00")),
        (I("255"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("18446744073709551616"), "", Ok("18446744073709551616")),
        (F(0x7ff0000000000000), "z#", Ok("inf")),
        (I("1114111"), "_X", Ok("10_FFFF")),
        (F(0x7ff0000000000000), "*^+15.4e", Ok("*****+inf******")),
        (I("0"), "0<10", Ok("0000000000")),
        (I("-255"), "010,", Ok("-0,000,255")),
        (I("65"), "F", Ok("65.000000")),
        (I("18446744073709551616"), "#d", Ok("18446744073709551616")),
        (I("1000000000000000001"), "0^10", Ok("1000000000000000001")),
        (F(0x4004000000000000), ".2147483648", Err("precision too big")),
        (I("5"), "-", Ok("5")),
        (F(0x000012688b70e62b), "1\u{0}", Ok("1e-310")),
        (I("100000000000000000000"), ".0f", Ok("100000000000000000000")),
        (S(""), ".10", Ok("")),
        (I("1114111"), " ", Ok(" 1114111")),
        (I("255"), "F", Ok("255.000000")),
        (F(0x8000000000000000), "<<", Ok("-0.0")),
        (I("1114112"), "F", Ok("1114112.000000")),
        (F(0x0000000000000001), "z.0f", Ok("0")),
        (I("255"), "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (F(0x4004000000000000), ".1000g", Ok("2.5")),
        (I("-100000000000000000000"), "0<10", Ok("-100000000000000000000")),
        (I("255"), "-c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0xbff8000000000000), "z", Ok("-1.5")),
        (F(0x3fb999999999999a), "x=15", Ok("xxxxxxxxxxxx0.1")),
        (I("-9223372036854775808"), "+", Ok("-9223372036854775808")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "<5", Ok("\u{65e5}\u{672c}\u{8a9e}  ")),
        (I("1000000000000000001"), "#010_x", Ok("0xde0_b6b3_a764_0001")),
        (I("1114111"), "0^10", Ok("0111411100")),
        (S("h\u{e9}llo"), "^6", Ok("h\u{e9}llo ")),
        (I("1114112"), "E", Ok("1.114112E+06")),
        (I("-255"), "#", Ok("-255")),
        (B(true), "n", Ok("1")),
        (F(0x0000000000000001), ".0g", Ok("5e-324")),
        (F(0x3ff0000000000000), "020,.1e", Ok("00,000,000,001.0e+00")),
        (F(0x8000000000000000), "x=15", Ok("-xxxxxxxxxxx0.0")),
        (I("18446744073709551616"), ",c", Err("Cannot specify ',' with 'c'.")),
        (I("-5"), ",", Ok("-5")),
        (S(""), "=5", Err("'=' alignment not allowed in string format specifier")),
        (I("-1"), "F", Ok("-1.000000")),
        (I("-5"), ".3e", Ok("-5.000e+00")),
        (S("\u{1f600}"), "5,", Err("Cannot specify ',' with 's'.")),
        (I("-1"), "E", Ok("-1.000000E+00")),
        (F(0x8000000000000000), "0>15", Ok("00000000000-0.0")),
        (F(0xbff8000000000000), "020,.1e", Ok("-0,000,000,001.5e+00")),
        (F(0x8000000000000000), ".17", Ok("-0.0")),
        (F(0x4341c37937e08000), "020,.1e", Ok("00,000,000,001.0e+16")),
        (I("5"), "F", Ok("5.000000")),
        (I("1000000000000000001"), ".2%", Ok("100000000000000000000.00%")),
        (I("4611686018427387904"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (I("-100000000000000000000"), "g", Ok("-1e+20")),
        (I("-100000000000000000000"), "#", Ok("-100000000000000000000")),
        (F(0x7ff8000000000000), "\u{661}\u{660}.\u{662}f", Ok("       nan")),
        (I("100000000000000000000"), "+c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0xbff8000000000000), ".3000000000g", Err("precision too big")),
        (I("-1234567"), "+", Ok("-1234567")),
        (F(0xbff8000000000000), "z#", Ok("-1.5")),
        (I("1234567"), " c", Err("Sign not allowed with integer format specifier 'c'")),
        (F(0x7ff0000000000000), "_", Ok("inf")),
        (I("18446744073709551616"), "_.1e", Ok("1.8e+19")),
        (I("0"), "#_b", Ok("0b0")),
        (F(0x000012688b70e62b), "#_g", Ok("1.00000e-310")),
        (I("255"), "0", Ok("255")),
        (I("18446744073709551616"), "s", Err("Unknown format code 's' for object of type 'int'")),
        (F(0x7ff8000000000000), ",", Ok("nan")),
        (I("1234567"), "#X", Ok("0X12D687")),
        (S("h\u{e9}llo"), "1.", Err("Format specifier missing precision")),
        (F(0x4341c37937e08000), "+z.1f", Ok("+10000000000000000.0")),
        (B(true), "c", Ok("\u{1}")),
        (I("18446744073709551616"), "zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        (I("1234567"), "_o", Ok("455_3207")),
        (S(""), ",s", Err("Cannot specify ',' with 's'.")),
        (I("-255"), "#d", Ok("-255")),
        (F(0x8000000000000000), ".767g", Ok("-0")),
        (I("0"), "#n", Ok("0")),
        (B(false), "010", Ok("0000000000")),
        (F(0x405edd2f1a9fbe77), ".0g", Ok("1e+02")),
        (I("-1"), "#X", Ok("-0X1")),
        (F(0x7ff0000000000000), "#.3", Ok("inf")),
        (I("-5"), ".0c", Err("Precision not allowed in integer format specifier")),
        (F(0x0000000000000001), "G", Ok("4.94066E-324")),
        (I("1000000000000000001"), "+010", Ok("+1000000000000000001")),
        (I("1114111"), "_", Ok("1_114_111")),
        (I("18446744073709551615"), "#X", Ok("0XFFFFFFFFFFFFFFFF")),
        (I("1000000000000000001"), "0=5c", Err("%c arg not in range(0x110000)")),
        (I("-100000000000000000000"), ",c", Err("Cannot specify ',' with 'c'.")),
        (F(0xee52bdb6d1020a15), "<<#05s", Err("Unknown format code 's' for object of type 'float'")),
        (S("xxxxxxxxxxxxxxxxxxxx"), "0<#1_.50", Err("Cannot specify '_' with 's'.")),
        (I("1267650600228229401496703205376"), "<<-#", Ok("1267650600228229401496703205376")),
        (I("-1180591620717411303425"), "0< 13.3", Err("Precision not allowed in integer format specifier")),
        (I("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"), "^+.3o", Err("Precision not allowed in integer format specifier")),
        (F(0xeb8ac8ce8a245e6b), "> z#01_.2", Ok("-1.1e+210")),
        (F(0x3eef75104d551d69), "*< 0.1%", Ok(" 0.0%")),
        (I("123456789012345678901234567890"), "*<z,.15X", Err("Cannot specify ',' with 'X'.")),
        (I("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "0<z,.20s", Err("Cannot specify ',' with 's'.")),
        (I("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"), "= z13_.2f", Err("int too large to convert to float")),
        (F(0x587fd2803bab6c39), "\u{e9}>-013.16%", Ok("2006177995961927702024974113406327438661134141044178305242735913562646029841034273653681243917722978917590669659692072960.0000000000000000%")),
        (S("a"), "*< 1_.0G", Err("Unknown format code 'G' for object of type 'str'")),
        (I("-65"), ">+013,.50", Err("Precision not allowed in integer format specifier")),
        (F(0x3f40624dd2f1a9fc), "^z05", Ok("0.0005")),
        (S("hello"), "= z.15b", Err("Unknown format code 'b' for object of type 'str'")),
        (F(0x19999e3fa46d6753), "<<-z013.17X", Err("Unknown format code 'X' for object of type 'float'")),
        (S(""), ">>z#s", Err("Negative zero coercion (z) not allowed in string format specifier")),
        (I("1000"), "x^ 25,.1g", Ok("xxxxxxxxx 1e+03xxxxxxxxxx")),
        (F(0x4376345785d8a000), "*< 025_.6", Ok(" 1e+17*******************")),
        (I("-255"), "0^-10.6E", Ok("-2.550000E+02")),
        (I("999"), "^+#10.1b", Err("Precision not allowed in integer format specifier")),
        (F(0xc4c17d2d9242d1f7), " 013,.50d", Err("Unknown format code 'd' for object of type 'float'")),
        (F(0x3fa999999999999a), ">>#5.2g", Ok("0.050")),
        (S("\u{1f600}x"), "<+025.0%", Err("Unknown format code '%' for object of type 'str'")),
        (F(0x57e54acc62f5680c), "<<-13.3n", Ok("2.62e+115<<<<")),
        (B(false), "^-z5.16s", Err("Unknown format code 's' for object of type 'bool'")),
        (I("-42"), "<<+17x", Ok("-2a<<<<<<<<<<<<<<")),
        (I("97"), "0= #00g", Ok(" 97.0000")),
        (I("12345"), "0>+#017,G", Ok("00000000+12,345.0")),
        (F(0xc0ba588cfa7e81a1), "0< 010.20n", Ok("-6744.5506972376324484")),
        (S("\u{1f600}x"), ">0.1e", Err("Unknown format code 'e' for object of type 'str'")),
        (S("\u{1f600}x"), "^-.17F", Err("Unknown format code 'F' for object of type 'str'")),
        (F(0x35bf992dc9e9c616), " =-z01_.50F", Ok("0.00000000000000000000000000000000000000000000000008")),
        (F(0x430c6bf526340000), "=+#5,.16g", Ok("+1,000,000,000,000,000.")),
        (S("hello"), "^10,.2", Err("Cannot specify ',' with 's'.")),
        (I("999"), ">-17.2g", Ok("            1e+03")),
        (F(0xc0ba588cfa7e81a1), "> 5.2%", Ok("-674455.07%")),
        (F(0x3fd5555555555555), "-z#_.6n", Err("Cannot specify '_' with 'n'.")),
        (I("1000000000000000000000000000000"), "x^-#0.0E", Ok("1.E+30")),
        (I("-1234567"), "<< z10_.20f", Ok("-1_234_567.00000000000000000000")),
        (S(""), "x^ z0.1", Err("Space not allowed in string format specifier")),
        (S("a"), "<+17", Err("Sign not allowed in string format specifier")),
        (I("1234"), "0^+z013_.15G", Ok("000+1_2340000")),
        (I("1000000000000000000000000000000"), ">+F", Ok("+1000000000000000019884624838656.000000")),
        (I("-65"), "0<-17,.0c", Err("Cannot specify ',' with 'c'.")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "0< z1.17s", Err("Space not allowed in string format specifier")),
        (F(0xf79b17aeefba91fc), "\u{e9}>+z013_.17o", Err("Unknown format code 'o' for object of type 'float'")),
        (F(0xc216334b8df0cf3d), " = #0,.1o", Err("Cannot specify ',' with 'o'.")),
        (I("10000000000000000"), ">>-#10_.3", Err("Precision not allowed in integer format specifier")),
        (B(true), "x^25_.15s", Err("Cannot specify '_' with 's'.")),
        (S("ab"), "=-#1g", Err("Unknown format code 'g' for object of type 'str'")),
        (F(0x416ee71fef4e87a7), "= 01,.6g", Ok(" 1.6202e+07")),
        (F(0xeb8ac8ce8a245e6b), "^-#5d", Err("Unknown format code 'd' for object of type 'float'")),
        (F(0xbb7defa9f1268926), "^05", Ok("-3.9620213413704474e-22")),
        (I("305441741"), "-z0,.17x", Err("Cannot specify ',' with 'x'.")),
        (I("-255"), "^-#0_.17", Err("Precision not allowed in integer format specifier")),
        (F(0xbe60e1e6db4111af), "0^+z0_s", Err("Cannot specify '_' with 's'.")),
        (F(0xc2ce6f447ed4d57b), "\u{e9}>+05.10s", Err("Unknown format code 's' for object of type 'float'")),
        (S(""), "= z#013,.16c", Err("Cannot specify ',' with 'c'.")),
        (I("1114112"), "<<-0x", Ok("110000")),
        (F(0xbfe5555555555555), "0^ #0_.3", Ok("-0.667")),
        (S("tab\u{9}"), "x^-#010.2", Err("Sign not allowed in string format specifier")),
        (F(0xfff0000000000000), "<<-0.50n", Ok("-inf")),
        (F(0xbd8f12b7f1288dd8), ">> z017,.0G", Ok(">>>>>>>>>>>-4E-12")),
        (F(0x4004000000000000), "-.16X", Err("Unknown format code 'X' for object of type 'float'")),
        (S("h\u{e9}llo"), "0= 0.1b", Err("Unknown format code 'b' for object of type 'str'")),
        (F(0x4042e60046c0a6e4), " 025_.10X", Err("Unknown format code 'X' for object of type 'float'")),
        (I("1267650600228229401496703205376"), "=-z_.17c", Err("Cannot specify '_' with 'c'.")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "0< 25.16F", Err("int too large to convert to float")),
        (F(0xbfea4a2387765199), "< #025_.10x", Err("Unknown format code 'x' for object of type 'float'")),
        (F(0x3fc999999999999a), "<< 17_.1c", Err("Cannot specify '_' with 'c'.")),
        (F(0xbc2420090cfe32dc), "^ #0.15x", Err("Unknown format code 'x' for object of type 'float'")),
        (F(0xc3902a6b0b3d3743), "*<+0.17F", Ok("-291215287411134656.00000000000000000")),
        (S("hello"), "0=-z#25e", Err("Unknown format code 'e' for object of type 'str'")),
        (S("xxxxxxxxxxxxxxxxxxxx"), "0<+,.3X", Err("Cannot specify ',' with 'X'.")),
        (I("123456789012345678901234567890"), "0<,.17%", Ok("12,345,678,901,234,566,802,609,541,218,304.00000000000000000%")),
        (F(0xbbde74a32d8cde84), "<<#10_.0E", Ok("-3.E-20<<<")),
        (F(0xc4add7597a722824), ">>+#1o", Err("Unknown format code 'o' for object of type 'float'")),
        (F(0x2f429ce59ff3078f), "^-z025.20", Ok("4.9055163141300670708e-81")),
        (F(0x78e510617311d8a3), "0>-017X", Err("Unknown format code 'X' for object of type 'float'")),
        (I("-7"), "<<+017.1b", Err("Precision not allowed in integer format specifier")),
        (I("97"), "0>-.20x", Err("Precision not allowed in integer format specifier")),
        (I("-1"), "^ 25.16F", Ok("   -1.0000000000000000   ")),
        (F(0x6a17b9af5b569643), ">>05_.50E", Ok("1.16227632887741065191364351564030160541300882058714E+203")),
        (F(0xf9341c68966baea1), "0^13_.10c", Err("Cannot specify '_' with 'c'.")),
        (S("tab\u{9}"), "x^-z_.16b", Err("Unknown format code 'b' for object of type 'str'")),
        (F(0xbc2420090cfe32dc), "0<-z025.50", Ok("-5.4549296133579065349901482071241684507893602438979e-19")),
        (F(0x7b297d0b0e5e18ba), ">>-17.50", Ok("1.8950878025539994264133584035729227161953620836666e+285")),
        (F(0x40fe240c9fbe76c9), ">-01x", Err("Unknown format code 'x' for object of type 'float'")),
        (F(0x3ce624df34de3251), "0=z0E", Ok("2.458481E-15")),
        (I("-42"), "x^013%", Ok("-4200.000000%")),
        (F(0x41592b97bab87f35), ">+025,.15o", Err("Cannot specify ',' with 'o'.")),
        (F(0x33138131c541013d), "0>z10.1X", Err("Unknown format code 'X' for object of type 'float'")),
        (F(0x3ce624df34de3251), "^-25.0b", Err("Unknown format code 'b' for object of type 'float'")),
        (I("1267650600228229401496703205376"), "*<#5.3f", Ok("1267650600228229401496703205376.000")),
        (F(0x81f9c1f66c0f3459), "0>#,.2c", Err("Cannot specify ',' with 'c'.")),
        (I("1000"), "<<-#05.16o", Err("Precision not allowed in integer format specifier")),
        (F(0x677f6cbdcc22af58), " = #25,.1b", Err("Cannot specify ',' with 'b'.")),
        (I("97"), "0<+#010_.15e", Ok("+9.700000000000000e+01")),
        (I("42"), "0<+.6s", Err("Unknown format code 's' for object of type 'int'")),
        (F(0x3653f8dd9b1f282e), ">> z0_.3%", Ok(" 0.000%")),
        (F(0x0010000000000000), ">017_.6f", Ok("0000000000.000000")),
        (F(0xc446ff2a9f3ed3ee), ">>1E", Ok("-8.484301E+20")),
        (B(true), "^-025_d", Ok("0000000000001000000000000")),
        (B(false), "+25b", Ok("                       +0")),
        (S("tab\u{9}"), "0<5", Ok("tab\u{9}0")),
        (I("1000"), " = X", Ok(" 3E8")),
        (F(0x3e403691ae0c3c85), "\u{e9}>-0,.50f", Ok("0.00000000754984114247898726483846162807825330709477")),
        (I("-10000000000000000000000000"), " = z#13,.17e", Ok("-1.00000000000000009e+25")),
        (I("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), "0^z#01,.3G", Ok("1.80E+308")),
        (I("1114112"), "<<+5.3g", Ok("+1.11e+06")),
        (I("0"), "0<z#17.15E", Ok("0.000000000000000E+00")),
        (S("hello"), ">0", Ok("hello")),
        (F(0xc28fee240482de3d), " = z_", Ok("-4_388_458_369_115.78")),
        (I("-255"), "\u{e9}>-17b", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-11111111")),
        (I("-9223372036854775808"), "x^ 1X", Ok("-8000000000000000")),
        (F(0x0bb7be72bd6d2500), "x^-.10E", Ok("3.2385931815E-252")),
        (F(0xc300f48384fea63f), "=+#00_.50", Ok("-596_555_667_068_103.87500000000000000000000000000000000")),
        (F(0xdcf4bb99f4bea973), "^+0.16E", Ok("-6.1724323582860218E+139")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "x^ #0X", Ok("-0X974E15F254294F884C7FFA8952691DACDEF7F905D33FE40F554BA8D22D8725A19AF6D62AE670C0FAB4BE93DE8CD7710919970E3489B72E6664C03144EB877FB5FC15392074C2C9B379FA3DFCC0A2FB54C4BD3A2DDBE47B3804C100000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xc1f3015fe584705a), "x^17,.6", Ok("xx-5.10172e+09xxx")),
        (S("a"), "^0.16", Ok("a")),
        (B(true), "0^+z17,%", Ok("00+100.000000%000")),
        (S("h\u{e9}llo"), "^010.1", Ok("0000h00000")),
        (F(0x4074eb6a8672c2a8), "0^-z1,.3", Ok("3.35e+02")),
        (S("hello"), "<5.16s", Ok("hello")),
        (F(0xbd143fa9b714210c), "0=#13F", Ok("-00000.000000")),
        (F(0x400921f9f01b866e), "0<-13f", Ok("3.14159000000")),
        (S("a"), "x^025.2", Ok("xxxxxxxxxxxxaxxxxxxxxxxxx")),
        (F(0x3fdf57cd2c006497), "025.0E", Ok("000000000000000000005E-01")),
        (I("1114111"), " =-13o", Ok("      4177777")),
        (F(0xe1cf4f589f8e4ce0), ">> #01.1n", Ok("-1.e+163")),
        (F(0x4058e00000000000), " =", Ok("99.5")),
        (I("10000000000000000"), "0=1n", Ok("10000000000000000")),
        (F(0x97eeab64ca2ce6bc), "<+#0_.20F", Ok("-0.00000000000000000000")),
        (I("65"), "0>-#0x", Ok("0x41")),
        (F(0xbe4183ecd0750aa6), "\u{e9}>+z#.0f", Ok("+0.")),
        (S("ab"), "0^0.1", Ok("a")),
        (I("0"), " =-#x", Ok("0x0")),
        (F(0x4ef25c0707e33868), "0^+z00,.6f", Ok("+2,027,399,836,262,586,657,022,478,041,859,882,028,689,294,607,643,513,799,027,420,516,294,066,176.000000")),
        (I("123456789012345678901234567890"), ">>#1o", Ok("0o143564417755415637016711617605322")),
        (I("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), ">01,.3e", Ok("1.798e+308")),
        (F(0x400921f9f01b866e), ">>+5,.17", Ok("+3.1415899999999999")),
        (B(true), "0^#010,.50f", Ok("1.00000000000000000000000000000000000000000000000000")),
        (F(0xbe4183ecd0750aa6), "\u{e9}> 05G", Ok("-8.15621E-09")),
        (F(0x5c14bc4a829e07b0), "0<-10,.0f", Ok("3,767,843,260,756,243,439,681,326,231,235,418,784,660,949,331,246,556,120,630,556,698,781,825,749,926,428,612,568,602,414,730,923,744,985,857,349,955,475,581,332,371,330,838,822,912")),
        (F(0x0e8a35b10828d569), "^+#.2E", Ok("+1.26E-238")),
        (I("1267650600228229401496703205376"), "*<0c", Err("Python int too large to convert to C long")),
        (F(0xe06f291b2a838af8), " = 010,.6", Ok("-3.34236e+156")),
        (I("65"), "< z13.16f", Ok(" 65.0000000000000000")),
        (B(true), "0^b", Ok("1")),
        (I("255"), "0>z13.1E", Ok("0000002.6E+02")),
        (I("9223372036854775807"), "=-#025d", Ok("0000009223372036854775807")),
        (F(0xdefc044a09325626), "*<025.10F", Ok("-358241334742075158564825051314505503990338361748800636890849825208373420827170525295564689561394129839723536974103166464121162071340034129783248912384.0000000000")),
        (I("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "=n", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xbc62b98efcb6e351), "<< z.16%", Ok("-0.0000000000000008%")),
        (F(0x3f11940f86f1c821), "< #25_.0f", Ok(" 0.                      ")),
        (F(0xbfe5555555555555), "*<00.0%", Ok("-67%")),
        (F(0x42a00882d684edb8), "00.17G", Ok("8814370439798.8594")),
        (I("-18446744073709551615"), "^+.50g", Ok("-18446744073709551616")),
        (I("1000000000000000000000000000000"), ">>-#25n", Ok("1000000000000000000000000000000")),
        (I("-1"), "0^-#.1f", Ok("-1.0")),
        (I("1114112"), "0> #13n", Ok("00000 1114112")),
        (F(0x681b8f5896838b76), "\u{e9}> #17,.2", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9} 3.1e+193")),
        (F(0x412e847f00000000), "\u{e9}>-025.1f", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}999999.5")),
        (S("xxxxxxxxxxxxxxxxxxxx"), "0<.1s", Ok("x")),
        (B(true), "*<0o", Ok("1")),
        (F(0xcdbd47d364be8049), "^1_.2f", Ok("-3_083_603_860_589_195_728_205_916_923_587_238_944_003_471_316_865_141_059_124_138_606_592.00")),
        (F(0x412e848000000000), "0<010n", Ok("1e+0600000")),
        (F(0xc516d15fa90d4340), "<<0.1F", Ok("-6896276812148777341157376.0")),
        (I("0"), "<< 13.20G", Ok(" 0<<<<<<<<<<<")),
        (I("18446744073709551616"), "<< #025b", Ok(" 0b10000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xc7f3860895bfa813), "<+13.3G", Ok("-4.15E+38    ")),
        (I("7"), "0= #5X", Ok(" 0X07")),
        (F(0x2748dd1db4917fc0), ">013.15g", Ok("1.92574194531601e-119")),
        (F(0xbe65a1b6a4e19320), "\u{e9}>+z#13_F", Ok("\u{e9}\u{e9}\u{e9}\u{e9}+0.000000")),
        (F(0xbff0000000000000), "<+#017_.16E", Ok("-1.0000000000000000E+00")),
        (I("1234567"), "\u{e9}>+_X", Ok("+12_D687")),
        (B(false), "*<+#d", Ok("+0")),
        (I("65"), ">013.15E", Ok("6.500000000000000E+01")),
        (I("-42"), "= z#,f", Ok("-42.000000")),
        (I("65"), " =-00_X", Ok("41")),
        (F(0x40233d53085e732a), ">>+0.50f", Ok("+9.61977411416008365563357074279338121414184570312500")),
        (I("1267650600228229401496703205376"), "0>-0.0%", Ok("126765060022822940149670320537600%")),
        (F(0xa9643a295a9ac6de), "0=+1g", Ok("-2.69146e-109")),
        (F(0x681b8f5896838b76), ">#05.0E", Ok("3.E+193")),
        (F(0x59cc60b17604e4b4), "0< #0_.50G", Ok(" 3.7518506296635930028812233655479922182103427443299E+124")),
        (F(0xd5c44a4eb3172062), "= 0.1n", Ok("-1e+105")),
        (F(0x6c71c4a66148a86f), " z0.16e", Ok(" 2.3926516757936505e+214")),
        (F(0xbe7ad7f29abcaf48), "x^#01.3F", Ok("-0.000")),
        (F(0xc446ff2a9f3ed3ee), "0=-#17.2%", Ok("-84843010628499198181376.00%")),
        (I("999"), ">17X", Ok("              3E7")),
        (F(0x3bb8d93effcacd78), "*< #010,.6E", Ok(" 5.261899E-21")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "0=-0.3g", Err("int too large to convert to float")),
        (F(0x4074eb6a8672c2a8), " =z5,.0", Ok("3e+02")),
        (I("123456789012345678901234567890"), "0=-010n", Ok("123456789012345678901234567890")),
        (S("a"), "<<00.6", Ok("a")),
        (F(0x574f1eedf5b0f16c), "0=#05.50E", Ok("3.74213465112658162497540342405411039491542452465855E+112")),
        (F(0x59cc60b17604e4b4), "0<-z,.0F", Ok("37,518,506,296,635,930,028,812,233,655,479,922,182,103,427,443,299,398,460,837,082,745,714,963,531,426,041,465,499,748,814,588,282,376,915,941,462,464,709,443,715,072")),
        (F(0x3ca005a1e0c21d1a), "x^ #10.3g", Ok(" 1.11e-16x")),
        (I("7"), "*<+25_o", Ok("+7***********************")),
        (I("-9223372036854775808"), "^-#17b", Ok("-0b1000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xc0ebe868c5b26dcc), "> #25F", Ok("            -57155.274133")),
        (F(0x4132d68700000000), "0<#5%", Ok("123456700.000000%")),
        (F(0x2d3d854e061b9030), "<< z.15G", Ok(" 9.05749890482817E-91")),
        (I("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), "0>0_d", Ok("179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368")),
        (I("-255"), "0^ %", Ok("-25500.000000%")),
        (F(0x96e6bc4d62b47204), "=-013.20", Ok("-2.3761751069697270043e-198")),
        (S(""), "<01.10s", Ok("0")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "+#01n", Ok("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xc42a7f7dfd3f421f), ">>+017.50", Ok("-244401061589744058368.0")),
        (F(0x4004000000000000), "0>-1,.2g", Ok("2.5")),
        (B(true), " =10c", Ok("         \u{1}")),
        (F(0x8ebdbfe3eb9ac688), "#017.3n", Ok("-00000001.14e-237")),
        (F(0x96e6bc4d62b47204), "\u{e9}> z#025_G", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-2.37618E-198")),
        (F(0x867e5e15bc01bfce), "x^-10.16", Ok("-2.14137792037775e-277")),
        (I("-10000000000000000000000000"), "0=c", Err("Python int too large to convert to C long")),
        (S("hello"), "\u{e9}>s", Ok("hello")),
        (S("h\u{e9}llo"), "<05.1", Ok("h0000")),
        (F(0xc9d531ae72a47403), "^", Ok("-4.839869570022654e+47")),
        (F(0xfec3f6b32e8d4b8a), "0>+#25g", Ok("000000000000-4.27825e+302")),
        (I("-10000000000000000000000000"), ">>+z010_.2%", Ok("-1_000_000_000_000_000_150_726_508_544.00%")),
        (F(0xbfe5555555555555), "<<-5_.16F", Ok("-0.6666666666666666")),
        (F(0xbe56cfc6278d730d), "+z#17n", Ok("     -2.12450e-08")),
        (F(0x400921f9f01b866e), "*<z01.0F", Ok("3")),
        (I("7"), "<< 05X", Ok(" 7<<<")),
        (F(0xda94e3e8ab73738f), "^z#13.3%", Ok("-22625709289628260474869565611650549245221653142259095394713421230441373030767035145036330523227120219759455198901693207961795559424.000%")),
        (I("65"), "\u{e9}>-025E", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}6.500000E+01")),
        (F(0xc47f3112e43afad0), "x^-.15n", Ok("-9.20616329415044e+21")),
        (F(0x42a00882d684edb8), "*<-z#017.10n", Ok("8.814370440e+12**")),
        (I("255"), ">>1_x", Ok("ff")),
        (I("-1180591620717411303425"), "<017x", Ok("-400000000000000001")),
        (I("7"), "\u{e9}> 0", Ok(" 7")),
        (I("1234"), "= #010.3f", Ok(" 01234.000")),
        (F(0x42204f28610dd41b), " =-z#5_.6f", Ok("35_023_761_542.914268")),
        (I("-9223372036854775808"), "z#1.50g", Ok("-9223372036854775808.0000000000000000000000000000000")),
        (S("tab\u{9}"), "025.50s", Ok("tab\u{9}000000000000000000000")),
        (I("1234"), "\u{e9}>-13_x", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}4d2")),
        (F(0x4023000000000000), "\u{e9}>#017.0f", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}10.")),
        (F(0x867e5e15bc01bfce), "0>-1_.10F", Ok("-0.0000000000")),
        (I("18446744073709551616"), "0^#00_.2e", Ok("1.84e+19")),
        (F(0x4370868c05cb805a), "^013f", Ok("74424569250186656.000000")),
        (I("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), "=-013,.50E", Ok("1.79769313486231570814527423731704356798070567525845E+308")),
        (I("-9223372036854775808"), ">>-0_.17%", Ok("-922_337_203_685_477_580_800.00000000000000000%")),
        (I("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), "0<#1", Ok("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")),
        (F(0xbe6e4bc426a998e6), "+z10.15F", Ok("-0.000000056430626")),
        (F(0x3f747ae147ae147b), "0< z#0.17n", Ok(" 0.0050000000000000001")),
        (F(0x3e403691ae0c3c85), "0<z#0.0F", Ok("0.")),
        (S("\u{1f600}x"), "^17.6s", Ok("       \u{1f600}x        ")),
        (F(0x4004000000000000), " =-#13,G", Ok("      2.50000")),
        (I("-9223372036854775808"), "*<b", Ok("-1000000000000000000000000000000000000000000000000000000000000000")),
        (F(0x3dd38f6e28cf1d3d), "<<#10_.50e", Ok("7.11598646347018122973598471910007968316280724252465e-11")),
        (F(0x3ea98e2ba0acdc36), " = #25,", Ok("    7.616088749444486e-07")),
        (F(0x3cc2aa7cf005ad50), "<<#25.10n", Ok("5.180847111e-16<<<<<<<<<<")),
        (I("0"), "\u{e9}>-.16E", Ok("0.0000000000000000E+00")),
        (F(0x416312cf60000000), ">+025.20G", Ok("00000000000000000+9999995")),
        (I("1267650600228229401496703205376"), "<c", Err("Python int too large to convert to C long")),
        (F(0xbff0000000000000), "0>+0.0g", Ok("-1")),
        (F(0xcc9c3adcf515a823), ">>-z#0.50e", Ok("-1.13409387496621843823053709946818991807015321389104e+61")),
        (F(0xc2c4a3996a605524), "<<+#.10f", Ok("-45385772220586.2812500000")),
        (F(0x3cfb97ed720c3f5a), "0<-z.3n", Ok("6.13e-15")),
        (F(0x3dd38f6e28cf1d3d), "+0,%", Ok("+0.000000%")),
        (F(0x0010000000000000), "0< 05.0G", Ok(" 2E-308")),
        (B(false), "0=-.16G", Ok("0")),
        (I("2147483648"), "^5c", Err("%c arg not in range(0x110000)")),
        (F(0x3e9e6d2df1f625b7), "0<-#017.6n", Ok("4.53390e-07000000")),
        (F(0xbeb0af740edeb059), "0= 01_.6%", Ok("-0.000099%")),
        (I("12345"), "<<+1d", Ok("+12345")),
        (I("-255"), ">> #01_X", Ok("-0XFF")),
        (I("9007199254740993"), "*<-10_x", Ok("20_0000_0000_0001")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "*<-#017,d", Ok("-1,700,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000")),
        (F(0xc2a462ada67938d2), " = 25_.16f", Ok("-11_207_026_359_452.4101562500000000")),
        (S("ab"), "*<25.20", Ok("ab***********************")),
        (I("18446744073709551616"), "<-10", Ok("18446744073709551616")),
        (I("9223372036854775807"), "*< #5,G", Ok(" 9.22337E+18")),
        (B(true), "^+#00.15G", Ok("+1.00000000000000")),
        (F(0xa9643a295a9ac6de), "-010_.1g", Ok("-0_003e-109")),
        (S("ab"), "<.6s", Ok("ab")),
        (F(0x4391b6e2e6eacb0f), "<<0,.3E", Ok("3.191E+17")),
        (S(""), "0<13.15s", Ok("0000000000000")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "x^10.16", Ok("xxx\u{65e5}\u{672c}\u{8a9e}xxxx")),
        (F(0xdc38f519b91751da), "0> z#0.15%", Ok("-1814002204161974702990368084855493261263663807174397859560615358459199889516323536714781788137486597749118599569634292127725188691850690560.000000000000000%")),
        (S("a"), "*<13.0", Ok("*************")),
        (F(0x44b34c868292d8b0), "\u{e9}> #00.50E", Ok(" 9.11366081949326030929920000000000000000000000000000E+22")),
        (F(0x7ff0000000000000), ">>#01.2", Ok("inf")),
        (F(0x3fdf57cd2c006497), "\u{e9}> 1.20G", Ok(" 0.48973397538208857105")),
        (F(0x44b52d02c7e14af6), "<<+17%", Ok("+9999999999999998758486016.000000%")),
        (I("12345"), "*<+z#01,.0g", Ok("+1.e+04")),
        (S("\u{1f600}x"), ">25", Ok("                       \u{1f600}x")),
        (F(0x42204f28610dd41b), "-#1%", Ok("3502376154291.426758%")),
        (F(0xc2946b8a74f0c8f4), "^ 5.6g", Ok("-5.61303e+12")),
        (I("1114112"), "<< 25e", Ok(" 1.114112e+06<<<<<<<<<<<<")),
        (I("-1234567"), "<-#01_x", Ok("-0x12_d687")),
        (I("18446744073709551616"), "-#017n", Ok("18446744073709551616")),
        (F(0x5d300cb90706a045), "> z025.10n", Ok("00000000 7.645129758e+140")),
        (I("-10000000000000000000000000"), ">13d", Ok("-10000000000000000000000000")),
        (I("42"), "0^z.0f", Ok("42")),
        (I("1267650600228229401496703205376"), "0>25", Ok("1267650600228229401496703205376")),
        (I("999"), "^ #17x", Ok("      0x3e7      ")),
        (F(0x47733e847d718d73), "0^-z10.2f", Ok("1598746346367085307762660664789696512.00")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "0<017.50s", Ok("\u{65e5}\u{672c}\u{8a9e}00000000000000")),
        (I("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), "<<+#0d", Ok("+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")),
        (I("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"), "*<-5o", Ok("177777777777777777600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (F(0x41b0d8f86a069c8d), "\u{e9}>1_.17E", Ok("2.82654826025826275E+08")),
        (S("a"), ">>05.1s", Ok(">>>>a")),
        (F(0xbdc5b2831885205c), "+025.20n", Ok("-3.9467182182988050764e-11")),
        (F(0x9da59b74a6c3181c), " =+5.10n", Ok("-7.328445606e-166")),
        (F(0xbe56cfc6278d730d), "<<+.20%", Ok("-0.00000212449741994490%")),
        (F(0x7ca6e706649889c0), "0<-13.16F", Ok("28568509706704303164815876793477216427872420426058157748967184967172822416421501794671329031901968527406257345691241591599436052957193894760253776008131292217169949724968586649485321512804216819786548095740057098318353074622209054118908506307629584261812619358327187876560897569747303294566400.0000000000000000")),
        (I("42"), "0= 00o", Ok(" 52")),
        (F(0x3ff98ff387c56473), "<< 013.1n", Ok(" 2<<<<<<<<<<<")),
        (I("-1180591620717411303425"), "\u{e9}>-#n", Ok("-1180591620717411303425")),
        (I("-18446744073709551615"), "0^c", Err("Python int too large to convert to C long")),
        (I("-10000000000000000000000000"), ">>#01x", Ok("-0x84595161401484a000000")),
        (F(0xbb1e386c4fd5079e), "=z#17_.0f", Ok("               0.")),
        (F(0x0010000000000000), "x^-#0.50F", Ok("0.00000000000000000000000000000000000000000000000000")),
        (F(0x22f1a83185b98f5f), " = 010.2e", Ok(" 2.32e-140")),
        (B(false), "x^+.15e", Ok("+0.000000000000000e+00")),
        (I("-9223372036854775808"), "< z#0,e", Ok("-9.223372e+18")),
        (F(0xb9d39cca91551e82), " #0.15%", Ok("-0.000000000000000%")),
        (I("1234"), "\u{e9}>+z010.17%", Ok("+123400.00000000000000000%")),
        (F(0xd4c0dca8b4c9e755), ">>-25.1f", Ok("-18440655361791788206693790460004627456872786665884850674423884121409791573027988413241651536343334912.0")),
        (I("7"), "0<-d", Ok("7")),
        (F(0x3e403691ae0c3c85), ">0,.20e", Ok("7.54984114247898726484e-09")),
        (F(0xbe7ad7f29abcaf48), " 17_.2", Ok("           -1e-07")),
        (F(0xdefc044a09325626), "0< z25_.10F", Ok("-358_241_334_742_075_158_564_825_051_314_505_503_990_338_361_748_800_636_890_849_825_208_373_420_827_170_525_295_564_689_561_394_129_839_723_536_974_103_166_464_121_162_071_340_034_129_783_248_912_384.0000000000")),
        (I("-1234567"), "0.17g", Ok("-1234567")),
        (I("0"), "= 13_.0f", Ok("            0")),
        (I("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), " 13_X", Ok(" 1_B4EC_7F91_973F_F3CB_1CCF_26FB_C177_C38D_B6E5_4582_DE25_8FF5_190B_8BC1_50AF_ADB3_8030_E5D0_B7BF_5012_0E5C_0E6A_D18E_6298_53CE_9946_A0B2_ECCF_6CFD_E0AF_8634_BF8D_C5A4_27FE_4236_CE59_59BA_A0E7_76CD_B47C_4813_E1E0_C75C_A271_E1D0_59E0_8E49_96AA_4193_A48A_D3A2_4633_EBDB_32E9_F0B8_2437_7E2F_A9C1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        (I("65"), "^-#1,%", Ok("6,500.000000%")),
        (F(0xe2520e33e44c5055), "<<-.50%", Ok("-415897829971276811467608323018931663617322745223838152985502311839640363622040145215605170854226984737701549314087415989539315290009555597587827081728844200269922172928.00000000000000000000000000000000000000000000000000%")),
        (I("-1180591620717411303425"), "0^+13f", Ok("-1180591620717411303424.000000")),
        (I("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"), ">b", Ok("1111111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xbc7fbcc701f11c62), "x^-#.17G", Ok("-2.7527816497436853E-17")),
        (F(0x3f202c9dedbc309d), "*<+#.2f", Ok("+0.00")),
        (B(false), "10c", Ok("         \u{0}")),
        (I("255"), "*<017", Ok("255**************")),
        (F(0x41b0d8f86a069c8d), "0^-z25,.1", Ok("00000000003e+080000000000")),
        (F(0xc4b3bcac91db8ca1), "0< z#0.10g", Ok("-9.320538602e+22")),
        (S("a"), "*<17.15s", Ok("a****************")),
        (F(0xdcf4bb99f4bea973), "^-n", Ok("-6.17243e+139")),
        (I("1000"), "=-1b", Ok("1111101000")),
        (S("\u{1f600}x"), "", Ok("\u{1f600}x")),
        (F(0xc0fe240c9fbe76c9), "0^ z#0.15E", Ok("-1.234567890000000E+05")),
        (F(0x44e14b0838dc8f16), "0<+13%", Ok("+65331462784136230184419328.000000%")),
        (I("1234567"), "0<-0_b", Ok("1_0010_1101_0110_1000_0111")),
        (I("-1"), ">#_o", Ok("-0o1")),
        (F(0xd0a7bd04e85bfcdd), "*<+#025.1%", Ok("-35183537304498001285584459185384930368358305560810617821855301856685044056186683392.0%")),
        (I("-7"), "<,.1E", Ok("-7.0E+00")),
        (I("10000000000000000"), "*<-#10n", Ok("10000000000000000")),
        (S("hello"), "<01.1", Ok("h")),
        (F(0x3d67bfcc50c50bb4), "x^ z0.16G", Ok(" 6.749931843961182E-13")),
        (F(0xc1fa4725bf8c7d0c), " =,.1e", Ok("-7.1e+09")),
        (I("-42"), "x^#0b", Ok("-0b101010")),
        (F(0x20b6a8464174e75a), "0> #017", Ok(" 4.326042308031576e-151")),
        (F(0x74667bffe202849d), "0^ ,.1", Ok(" 5e+252")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "^-13d", Ok("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (F(0xbe7ad7f29abcaf48), "*< #01,.17G", Ok("-9.9999999999999995E-08")),
        (F(0x0a76c196067cfdcb), ">+#1.3", Ok("+2.96e-258")),
        (I("-1180591620717411303425"), " =-z17,.6f", Ok("-1,180,591,620,717,411,303,424.000000")),
        (F(0xc7f3860895bfa813), "x^.3E", Ok("-4.152E+38")),
        (F(0x7ad1f45ae9500ec9), "^-25,%", Ok("4,171,666,128,313,943,910,142,628,589,674,460,452,497,998,965,245,454,720,126,463,632,877,530,638,349,765,186,478,714,264,460,945,585,386,740,855,136,993,451,302,755,583,415,001,562,212,142,354,424,765,363,950,183,336,184,531,805,509,989,079,399,458,307,451,774,049,687,075,045,090,065,860,573,013,497,691,947,890,540,037,901,145,656,722,601,195,710,180,741,221,653,600,433,864,704.000000%")),
        (F(0x20b6a8464174e75a), ">>z13.50", Ok("4.3260423080315756934005878986725313015342567331128e-151")),
        (F(0xa7a83ee0761ebfd2), "0< 0.6n", Ok("-1.20184e-117")),
        (F(0x84ae65e920a63ac1), "0= #17,.3", Ok("-0,000,003.99e-286")),
        (F(0x4023fd70a3d70a3d), ">>1.0%", Ok("999%")),
        (I("-1180591620717411303425"), "\u{e9}>-X", Ok("-400000000000000001")),
        (F(0xbbeb8bf45d19e7e1), "<#00_f", Ok("-0.000000")),
        (F(0x74667bffe202849d), ">>+#01_.2g", Ok("+5.2e+252")),
        (F(0x3ee4f8b588e368f1), "0< z0_E", Ok(" 1.000000E-05")),
        (I("1114111"), "0=+#017_o", Ok("+0o0000_0417_7777")),
        (F(0xbd618816a9f3a0ef), "<<-#5.17", Ok("-4.9827792234022345e-13")),
        (I("1234"), "^+13n", Ok("    +1234    ")),
        (F(0x3c9532dc13eda70a), "x^-.10", Ok("7.354766317e-17")),
        (F(0x3c81a1208a2d41c1), ">>01,.1g", Ok("3e-17")),
        (F(0x3feffffde7210be9), "^-0.0", Ok("1e+00")),
        (F(0x4da4daeb4f3f8777), "+#01", Ok("+1.098151979817159e+66")),
        (I("-1234567"), "<<#_o", Ok("-0o455_3207")),
        (F(0x3fb999999999999a), "<< #05.17F", Ok(" 0.10000000000000001")),
        (B(true), ">>+#5X", Ok(">+0X1")),
        (F(0x44b52d02c7e14af6), "0^ 05,.17F", Ok(" 99,999,999,999,999,991,611,392.00000000000000000")),
        (I("97"), "x^+z_.0f", Ok("+97")),
        (I("12345"), ">-5n", Ok("12345")),
        (F(0x4376345785d8a000), ">>+01_.2", Ok("+1e+17")),
        (F(0x412e847f00000000), "0^z#1_.20", Ok("999_999.50000000000000")),
        (I("1000"), "0<+#0_b", Ok("+0b11_1110_1000")),
        (F(0x83f0be4e80371eb9), "0< 10.1G", Ok("-1E-289000")),
        (B(true), "^ #0.16g", Ok(" 1.000000000000000")),
        (F(0x83f0be4e80371eb9), "0>-5.1G", Ok("-1E-289")),
        (F(0x43d0fe548a3f822e), "^+25.20f", Ok("+4898036405756278784.00000000000000000000")),
        (F(0xffed9235288bc781), " =25.0%", Ok("-                    inf%")),
        (F(0x3d00e6d43c83cb6b), "<+z10_.16f", Ok("+0.0000000000000075")),
        (F(0xc300f48384fea63f), "^010.3g", Ok("-5.97e+140")),
        (F(0x3f719726fd70bdda), ">>-E", Ok("4.294541E-03")),
        (F(0x40355f253f7ada52), "\u{e9}>-#,.10", Ok("21.37166211")),
        (I("0"), "0<+#25,.15g", Ok("+0.0000000000000000000000")),
        (F(0xbff0000000000000), "*<-1_f", Ok("-1.000000")),
        (F(0x42a00882d684edb8), " =017_.10G", Ok("   8.81437044E+12")),
        (F(0xa372db8f6e405d93), ">+z#0_.17", Ok("-6.3341702805348274e-138")),
        (I("42"), "x^0.1G", Ok("4E+01")),
        (I("12345"), "+13_", Ok("      +12_345")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "<0.20s", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        (B(false), "*<+0e", Ok("+0.000000e+00")),
        (F(0xc28fee240482de3d), " z#13_.20%", Ok("-438_845_836_911_578.00000000000000000000%")),
        (B(false), "\u{e9}>+#_", Ok("+0")),
        (F(0x44b34c868292d8b0), "<< 25,.16g", Ok(" 9.11366081949326e+22<<<<")),
        (S("xxxxxxxxxxxxxxxxxxxx"), "0>025.50s", Ok("00000xxxxxxxxxxxxxxxxxxxx")),
        (I("-255"), "0< z#05e", Ok("-2.550000e+02")),
        (F(0xbff0000000000000), "<<13.15", Ok("-1.0<<<<<<<<<")),
        (F(0x3fc0000000000000), "<<017.17E", Ok("1.25000000000000000E-01")),
        (F(0x426bfc10cd6c9ea6), "^-#013E", Ok("9.615446E+110")),
        (F(0x4376345785d8a000), "< ,.15f", Ok(" 100,000,000,000,000,000.000000000000000")),
        (S(""), " <025.16", Ok("                         ")),
        (F(0x3cfb97ed720c3f5a), "<<+z13,.16%", Ok("+0.0000000000006127%")),
        (I("1"), ">-z025.0g", Ok("0000000000000000000000001")),
        (F(0x41c2fe2c6d147a02), "x^-#10.16g", Ok("637294810.1599734")),
        (I("65"), "<-0_%", Ok("6_500.000000%")),
        (F(0x20b6a8464174e75a), "x^-#.20", Ok("4.3260423080315756934e-151")),
        (F(0x3bc810280e83264c), "\u{e9}> G", Ok(" 1.01911E-20")),
        (S("xxxxxxxxxxxxxxxxxxxx"), ".20s", Ok("xxxxxxxxxxxxxxxxxxxx")),
        (S("\u{65e5}\u{672c}\u{8a9e}"), "*<10.2s", Ok("\u{65e5}\u{672c}********")),
        (I("10000000000000000"), "^ .17E", Ok(" 1.00000000000000000E+16")),
        (I("12345"), "0^-#0o", Ok("0o30071")),
        (F(0x4074eb6a8672c2a8), "x^ z025,.2f", Ok("xxxxxxxxx 334.71xxxxxxxxx")),
        (F(0x4da4daeb4f3f8777), "<+z05,.6F", Ok("+1,098,151,979,817,158,940,511,545,316,667,980,684,490,268,431,074,007,170,723,612,721,152.000000")),
        (I("-42"), "0>+17o", Ok("00000000000000-52")),
        (I("-65"), "0<+25.3%", Ok("-6500.000%000000000000000")),
        (S("h\u{e9}llo"), ">", Ok("h\u{e9}llo")),
        (F(0x49390aa51cf5192b), "<<z00.2%", Ok("55844593790413225641973177546260064684916867072.00%")),
        (I("999"), "=+1x", Ok("+3e7")),
        (F(0x4023000000000000), "<<+z.20f", Ok("+9.50000000000000000000")),
        (F(0x5d300cb90706a045), "^25.16", Ok(" 7.645129758400049e+140  ")),
        (F(0xbfe5555555555555), "x^01.10", Ok("-0.6666666667")),
        (I("7"), "0=013c", Ok("000000000000\u{7}")),
        (S("ab"), "0>1", Ok("ab")),
        (S("ab"), ">>025", Ok(">>>>>>>>>>>>>>>>>>>>>>>ab")),
        (I("305441741"), " z010.6E", Ok(" 3.054417E+08")),
        (S("hello"), "*<013.20s", Ok("hello********")),
        (F(0xbd618816a9f3a0ef), ">z0_.3G", Ok("-4.98E-13")),
        (F(0xbf4a2c2a9d2f0323), ">>-13.10%", Ok("-0.0798722084%")),
        (F(0x3e691397db1369a2), "0>+z013.0%", Ok("0000000000+0%")),
        (I("9007199254740993"), "\u{e9}>+13_", Ok("+9_007_199_254_740_993")),
        (I("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "1.6f", Err("int too large to convert to float")),
        (I("1114112"), "x^ 17_.20g", Ok("xxx 1_114_112xxxx")),
        (F(0x84ae65e920a63ac1), "<+#0.50E", Ok("-3.99264233319525515401711634128319656143365024105723E-286")),
        (I("-1180591620717411303425"), "0^%", Ok("-118059162071741130342400.000000%")),
        (F(0xbfe5555555555555), "<<#13_.0g", Ok("-0.7<<<<<<<<<")),
        (F(0x4059000000000000), "x^-z#013.0g", Ok("xxx1.e+02xxxx")),
        (F(0x400921f9f01b866e), "<<z25.16f", Ok("3.1415899999999999<<<<<<<")),
        (F(0xc49a1ca352ab8898), ">0.15", Ok("-3.08274515115135e+22")),
        (I("-9223372036854775808"), "0=025c", Err("%c arg not in range(0x110000)")),
        (I("1114112"), "\u{e9}>-0n", Ok("1114112")),
        (F(0xef8acd128b4f2fc1), " =+#G", Ok("-2.03170E+229")),
        (F(0x3c9532dc13eda70a), "x^#13f", Ok("xx0.000000xxx")),
        (B(false), "<#010.20G", Ok("0.0000000000000000000")),
        (I("-9223372036854775808"), ">>-5x", Ok("-8000000000000000")),
        (F(0xbe7ad7f29abcaf48), " =-0_.50E", Ok("-9.99999999999999954748111825886258685613938723690808E-08")),
        (F(0x3f84b7cbb5e36fad), " =+1,", Ok("+0.010116187561315682")),
        (I("0"), "0< .10g", Ok(" 0")),
        (F(0xc300f48384fea63f), "= 010.17G", Ok("-596555667068103.88")),
        (I("9007199254740993"), "<<-z.6g", Ok("9.0072e+15")),
        (F(0x7ad1f45ae9500ec9), "<<z#25.50%", Ok("4171666128313943910142628589674460452497998965245454720126463632877530638349765186478714264460945585386740855136993451302755583415001562212142354424765363950183336184531805509989079399458307451774049687075045090065860573013497691947890540037901145656722601195710180741221653600433864704.00000000000000000000000000000000000000000000000000%")),
        (F(0xc268a20eb78ac332), "=-z10_.50G", Ok("-846_384_708_694.099853515625")),
        (F(0x665d7435c1066932), "0^-1.50n", Ok("1.2515287476177559200137954995383729447621261045532e+185")),
        (F(0xee8d7ee9770348a0), "0>025.20%", Ok("-34118209296939737917529094108471465056153853263265091001400086568699535617078017011140674049119440744918479046353468223984888370806381274464697719881224139603978942607257970985131584531953649257335510039377392546547805611622400.00000000000000000000%")),
        (F(0x3c9532dc13eda70a), "0>#25.17", Ok("0007.3547663172936152e-17")),
        (F(0x3f1a36e2eb1c432d), "x^10F", Ok("x0.000100x")),
        (F(0xbe56cfc6278d730d), "*<-#1.10", Ok("-2.124497420e-08")),
        (F(0x3fdf57cd2c006497), "x^+#00,.10F", Ok("+0.4897339754")),
        (S("\u{1f600}x"), "<<00.17", Ok("\u{1f600}x")),
        (I("0"), "=10.15E", Ok("0.000000000000000E+00")),
        (F(0xfff0000000000000), ">+E", Ok("-INF")),
        (F(0x7ad1f45ae9500ec9), "0= #0.3g", Ok(" 4.17e+283")),
        (I("-9223372036854775808"), "00_o", Ok("-10_0000_0000_0000_0000_0000")),
        (F(0x7e37e43c8800759c), "*< z017.15n", Ok(" 1e+300**********")),
        (I("-65"), "z#17f", Ok("       -65.000000")),
        (F(0x44e269b1cb6fd73f), "0=z1.3%", Ok("69561853020742690554249216.000%")),
        (I("18446744073709551616"), "\u{e9}> #0o", Ok(" 0o2000000000000000000000")),
        (F(0xffed9235288bc781), "0< 17,.50G", Ok("-1.661243935762554412827384329445068221402806566003E+308")),
        (I("-7"), ">> #5d", Ok(">>>-7")),
        (F(0x22f1a83185b98f5f), " =+z#5.10G", Ok("+2.316749539E-140")),
        (F(0x3ff98ff387c56473), ">-#25,.15e", Ok("    1.597644358020514e+00")),
        (I("-1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "x^00,.1e", Err("int too large to convert to float")),
        (F(0xc45f66b23b10f483), "^ 010.17", Ok("-2.316996433466908e+21")),
        (S("a"), ">>0.20", Ok("a")),
        (I("65"), "0^ #,.3%", Ok(" 6,500.000%")),
        (I("97"), "0< z10.15e", Ok(" 9.700000000000000e+01")),
        (I("-42"), "0>+17,.50f", Ok("-42.00000000000000000000000000000000000000000000000000")),
        (I("123456789012345678901234567890"), "0=00X", Ok("18EE90FF6C373E0EE4E3F0AD2")),
        (F(0x8000000000000000), "^-10E", Ok("-0.000000E+00")),
        (I("12345"), "0^-#0_.1E", Ok("1.2E+04")),
        (F(0x3fdf57cd2c006497), ">#5", Ok("0.48973397538208857")),
        (I("9007199254740993"), " =-#0d", Ok("9007199254740993")),
        (I("-65"), "<<-#17_o", Ok("-0o101<<<<<<<<<<<")),
        (F(0xc42abef5b8901b46), ">-z#025,.50G", Ok("-246,687,726,541,010,567,168.00000000000000000000000000000")),
        (F(0x408f3c0000000000), "= #5.3", Ok(" 1.00e+03")),
        (F(0xe73695c3e652c71a), "*<-z#5G", Ok("-1.57231E+189")),
        (F(0xc5e2486c44a4a8f6), "0=+0.1e", Ok("-4.5e+28")),
        (I("7"), "\u{e9}>1c", Ok("\u{7}")),
        (F(0x3fd5555555555555), "^+z#1.3e", Ok("+3.333e-01")),
        (F(0x33f12d8a250d439d), ".19G", Ok("1.710372268075541344E-58")),
        (F(0xdf35caf423924de8), ".9g", Ok("-4.45851917e+150")),
        (F(0x100cf681040e5d4e), ".0e", Ok("2e-231")),
        (F(0x1f89e82ea682c727), ".4E", Ok("9.4347E-157")),
        (F(0xc0d7b55800000000), ".12f", Ok("-24277.375000000000")),
        (F(0x40b709e600000000), ".7%", Ok("589789.8437500%")),
        (F(0xec54f942035c6254), "", Ok("-7.060756513488824e+213")),
        (F(0xa8eff1ea44a1005f), "G", Ok("-1.66041E-111")),
        (F(0xc11aeaba00000000), ".25%", Ok("-44100650.0000000000000000000000000%")),
        (F(0xb8fc1aa55b7749df), ".3e", Ok("-3.383e-34")),
        (F(0xc0afe34e51d25aab), "E", Ok("-4.081653E+03")),
        (F(0x4078a028f5c28f5c), ".20g", Ok("394.00999999999999091")),
        (F(0xc02c1fc400000000), ".19%", Ok("-1406.2042236328125000000%")),
        (F(0x40af28aa2ff3e392), "E", Ok("3.988332E+03")),
        (F(0x40bb233c00000000), "G", Ok("6947.23")),
        (F(0xead2cf953328546e), ".16e", Ok("-3.7745565228912864e+206")),
        (F(0x40b1fcb8de2813f0), ".20f", Ok("4604.72213983999972697347")),
        (F(0xc09165dc00000000), ".3g", Ok("-1.11e+03")),
        (F(0x7187ee41f1662aa0), ".9e", Ok("7.791514211e+238")),
        (F(0x40bea03333333333), ".3", Ok("7.84e+03")),
        (F(0x40b1ca5800000000), ".1g", Ok("5e+03")),
        (F(0xc081913333333333), ".16%", Ok("-56215.0000000000000000%")),
        (F(0x5f752bdc4bfc13b2), ".13", Ok("6.93020334747e+151")),
        (F(0x6bac60ced1954e82), ".15", Ok("4.66477987991921e+210")),
        (F(0xf9bf7b01ff38fbae), ".21g", Ok("-2.79021469529312234079e+278")),
        (F(0x21675d42704d13a3), ".2", Ok("9.1e-148")),
        (F(0x0dcfb7c9efd4a563), ".14f", Ok("0.00000000000000")),
        (F(0xc102a7c000000000), "", Ok("-152824.0")),
        (F(0xb8dcbef65afa4752), "G", Ok("-8.65042E-35")),
        (F(0x40ba445161e4f766), ".0e", Ok("7e+03")),
        (F(0x820eb74ba2be8549), "E", Ok("-9.173159E-299")),
        (F(0x397c25b48bb4fac0), ".20G", Ok("8.6735522027627984552E-32")),
        (F(0xc039b79a00000000), ".7f", Ok("-25.7171936")),
        (F(0x40abf7e4b33daf8e), ".7%", Ok("357994.6680000%")),
        (F(0x400ba59a00000000), ".19e", Ok("3.4558601379394531250e+00")),
        (F(0x6865d1de3effa741), "", Ok("7.964122414590587e+194")),
        (F(0x40bc5a999999999a), ".12E", Ok("7.258600000000E+03")),
        (F(0x40bc0c199999999a), "", Ok("7180.1")),
        (F(0x77e307d30a3fb10c), ".12g", Ok("3.14179464604e+269")),
        (F(0x3fd9512000000000), ".9f", Ok("0.395576477")),
        (F(0x40be5c25e353f7cf), ".19E", Ok("7.7721480000000001382E+03")),
        (F(0x4b8df6bde32099c7), "E", Ok("9.183889E+55")),
        (F(0x40682f9600000000), "f", Ok("193.487061")),
        (F(0xc0c29613d70a3d71), "f", Ok("-9516.155000")),
        (F(0x40a98fce56041893), "", Ok("3271.903")),
        (F(0x6e5350fa00033d7d), ".15E", Ok("2.792936567706076E+223")),
        (F(0xe671fa1224c89bd3), "G", Ok("-3.05542E+185")),
        (F(0xc05d331000000000), ".15G", Ok("-116.7978515625")),
        (F(0x7eee438e5a80af1f), "e", Ok("2.594242e+303")),
        (F(0x400dd6fa00000000), ".3g", Ok("3.73")),
        (F(0xc09c2bb600000000), ".4g", Ok("-1803")),
        (F(0x84f8ed79e49e733e), ".0G", Ok("-1E-284")),
        (F(0x4045ec8000000000), ".2", Ok("4.4e+01")),
        (F(0x08e84bc5af642506), ".13f", Ok("0.0000000000000")),
        (F(0xfe3d1d2ca52d1077), "", Ok("-1.2185883354975369e+300")),
        (F(0x064cc20818ed4f2a), ".11G", Ok("2.534846896E-278")),
        (F(0xc0282a5000000000), ".4e", Ok("-1.2083e+01")),
        (F(0x40bcf1f0a3d70a3d), ".1G", Ok("7E+03")),
        (F(0xc0c0abd8e703afb8), ".12E", Ok("-8.535694550000E+03")),
        (F(0xaaea253f072ddc80), ".3f", Ok("-0.000")),
        (F(0xb5a49abd11307bab), ".4%", Ok("-0.0000%")),
        (F(0x40a21f199999999a), ".5", Ok("2319.6")),
        (F(0x6d2e3a62c13277e1), ".6e", Ok("8.336376e+217")),
        (F(0x8a9f73321ef6bd1a), "g", Ok("-1.63638e-257")),
        (F(0xee10f1e400ffd2b7), ".0e", Ok("-2e+222")),
        (F(0x4d77c63fd3b4f749), "E", Ok("1.564836E+65")),
        (F(0x40bf2b103f4b1984), "", Ok("7979.06346578")),
        (F(0xc05c261000000000), ".17f", Ok("-112.59472656250000000")),
        (F(0x19edcfc4e486f013), ".3", Ok("8.77e-184")),
        (F(0x40b1db0600000000), ".1%", Ok("457102.3%")),
        (F(0xbfee423800000000), ".6", Ok("-0.945583")),
        (F(0x375e413191c8c2bf), ".12G", Ok("5.42666397033E-42")),
        (F(0x0ca91c616acc5fa5), "", Ok("1.1223160904067121e-247")),
        (F(0xbfe1ce2600000000), ".18E", Ok("-5.564146041870117188E-01")),
        (F(0x4b7c7ccd1bc77848), ".3g", Ok("4.37e+55")),
        (F(0xee53d37795ffe6d3), ".1G", Ok("-3E+223")),
        (F(0x7a118e07fef3680c), "G", Ok("9.958E+279")),
        (F(0x8ea00d99051e41a7), ".9%", Ok("-0.000000000%")),
        (F(0x40c0d95b22d0e560), ".14f", Ok("8626.71199999999953")),
        (F(0x1f834b8043e8546f), ".13E", Ok("7.0267642536159E-157")),
        (F(0xc091cde147ae147b), ".18G", Ok("-1139.47000000000003")),
        (F(0x4d54d510db4c771f), "G", Ok("3.42796E+64")),
        (F(0x40b9a51c00000000), ".5%", Ok("656510.93750%")),
        (F(0x40e6f22c00000000), ".13g", Ok("46993.375")),
        (F(0x3fdcc97800000000), ".3E", Ok("4.498E-01")),
        (F(0xe4a6c2a31dec3bc2), ".19E", Ok("-7.2055225590692155904E+176")),
        (F(0x57d7d51e38c6eb44), ".13", Ok("1.467262520524e+115")),
        (F(0xc0a7583333333333), "", Ok("-2988.1")),
        (F(0x4008afb400000000), "G", Ok("3.08579")),
        (F(0xf3f013c9c0b77169), "", Ok("-2.877726070681333e+250")),
        (F(0x3fe66cfe00000000), ".5%", Ok("70.08047%")),
        (F(0xc0ec22c76ad62486), "", Ok("-57622.23179156431")),
        (F(0x422e76f5f515df6f), "", Ok("65422424714.93639")),
        (F(0xc02d0f7800000000), ".20", Ok("-14.53021240234375")),
        (F(0x40fd3e5c00000000), ".21G", Ok("119781.75")),
        (F(0xf62ff743f60676d3), ".24e", Ok("-1.965952104051294594838071e+261")),
        (F(0xc0fe296000000000), ".8%", Ok("-12354200.00000000%")),
        (F(0x1e1713e29441454f), ".17G", Ok("1.0018770783021706E-163")),
        (F(0x3ff825b800000000), ".6g", Ok("1.50921")),
        (F(0xc06892b000000000), ".0g", Ok("-2e+02")),
        (F(0x40c1d8eb4a525e9d), "G", Ok("9137.84")),
        (F(0x0fc18836a18bafde), "e", Ok("8.822403e-233")),
        (F(0xa52762ff46a8cf97), ".12", Ok("-1.05434068438e-129")),
        (F(0xc9ce6f4db4a33f3b), "", Ok("-3.475037499111747e+47")),
        (F(0x40a93eac00000000), ".4", Ok("3.231e+03")),
        (F(0x7fa56ea3e7b0c312), ".20", Ok("7.5250972886611002943e+306")),
        (F(0x40ba8032a2c23748), ".12f", Ok("6784.197796000000")),
        (F(0x5b79c2fe58f8106e), ".19g", Ok("4.57143468382702034e+132")),
        (F(0xd73249a01d76f6e4), ".15", Ok("-1.09949967249732e+112")),
        (F(0x87a55e5b8d93abe9), ".0f", Ok("-0")),
        (F(0xca8646148acbc321), "G", Ok("-1.0417E+51")),
        (F(0xb21f0b0789c06b9c), "f", Ok("-0.000000")),
        (F(0x4022fac400000000), "E", Ok("9.489777E+00")),
        (F(0x406ccea800000000), ".3G", Ok("230")),
        (F(0xc029907600000000), ".8E", Ok("-1.27821503E+01")),
        (F(0x4023a90800000000), ".20", Ok("9.83013916015625")),
        (F(0xc0d557ba00000000), "", Ok("-21854.90625")),
        (F(0x4001644000000000), ".13%", Ok("217.3950195312500%")),
        (F(0x9b17eb769be077c9), ".13%", Ok("-0.0000000000000%")),
        (F(0xd8fa883d6acd88cc), ".1e", Ok("-4.3e+120")),
        (F(0xde2d4dfcceae5678), ".21e", Ok("-4.574085682073002129572e+145")),
        (F(0x4d32ebbb79b079a2), "", Ok("7.783577750185134e+63")),
        (F(0xc109bf2200000000), "", Ok("-210916.25")),
        (F(0x782f84d7150ca70d), "", Ok("8.325633069814307e+270")),
        (F(0x3fe5fb9000000000), ".12e", Ok("6.869583129883e-01")),
        (F(0xc09b078c00000000), ".20g", Ok("-1729.88671875")),
        (F(0x23f9ee0e4c262af1), ".22e", Ok("2.2296818395834352520158e-135")),
        (F(0xb818564f014a6468), ".25E", Ok("-1.7880108835404248532552872E-38")),
        (F(0x81762181185ca661), ".25e", Ok("-1.2908713435342196643260809e-301")),
        (F(0x066613c8600ca3da), ".15e", Ok("7.783940408177214e-278")),
        (F(0xc013942000000000), ".5e", Ok("-4.89465e+00")),
        (F(0x404664d800000000), ".14", Ok("44.787841796875")),
        (F(0x29beb815c238be5e), ".18e", Ok("1.308006175251084569e-107")),
        (F(0x5c1cef08f38eb577), "", Ok("5.2575389118996166e+135")),
        (F(0x2f8abd6db770ca42), "E", Ok("1.127592E-79")),
        (F(0xb9a1aaf80a407684), "", Ok("-4.355460627213139e-31")),
        (F(0x40c9a48c00000000), "", Ok("13129.09375")),
        (F(0x40681b9e00000000), ".5E", Ok("1.92863E+02")),
        (F(0x0a1d4869a3368b24), "", Ok("5.951648502218086e-260")),
        (F(0xc099e93333333333), "g", Ok("-1658.3")),
        (F(0x40dd167000000000), "%", Ok("2978575.000000%")),
        (F(0xc0e0b59e00000000), ".13G", Ok("-34220.9375")),
        (F(0x40a726d000000000), "G", Ok("2963.41")),
        (F(0x77b27aca34a553d5), "", Ok("3.813553488250955e+268")),
        (F(0x40244f2000000000), "", Ok("10.154541015625")),
        (F(0xbb61a2f3c72ef438), ".8f", Ok("-0.00000000")),
        (F(0x96a022706b90bb31), "", Ok("-1.0539236391718757e-199")),
        (F(0xd3fad6ac344dfedc), ".17G", Ok("-3.5829266986841619E+96")),
        (F(0x40b4ba931d92b7fe), "", Ok("5306.57467")),
        (F(0xce8131f60dd5ff48), ".19E", Ok("-1.4834579724706308988E+70")),
    ];
}
