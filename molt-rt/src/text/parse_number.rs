//! `int(str, base)` and `float(str)` with CPython 3.12's exact rules and
//! error messages.
//!
//! Like CPython, both first map the text to ASCII: Unicode white space
//! becomes `' '` and every Unicode decimal digit (category Nd) becomes its
//! ASCII digit, so `int('١٢')` is 12. The ASCII text is then parsed with the
//! same grammar as CPython's `PyLong_FromString` / `float_from_string_inner`.

use std::borrow::Cow;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::str_repr::str_repr;

/// CPython's default `sys.get_int_max_str_digits()`: longer non-power-of-two
/// base strings are refused to avoid quadratic conversion time.
const MAX_STR_DIGITS: usize = 4300;

/// First code point of each run of ten Unicode decimal digits (Nd), taken
/// from CPython 3.12.1's `unicodedata.decimal` (Unicode 15.0.0).
#[rustfmt::skip]
static DECIMAL_ZEROS: [u32; 68] = [
    0x00030, 0x00660, 0x006F0, 0x007C0, 0x00966, 0x009E6, 0x00A66, 0x00AE6,
    0x00B66, 0x00BE6, 0x00C66, 0x00CE6, 0x00D66, 0x00DE6, 0x00E50, 0x00ED0,
    0x00F20, 0x01040, 0x01090, 0x017E0, 0x01810, 0x01946, 0x019D0, 0x01A80,
    0x01A90, 0x01B50, 0x01BB0, 0x01C40, 0x01C50, 0x0A620, 0x0A8D0, 0x0A900,
    0x0A9D0, 0x0A9F0, 0x0AA50, 0x0ABF0, 0x0FF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140,
    0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), which
/// CPython accepts in numbers and in format-spec widths.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// `Py_UNICODE_ISSPACE` for non-ASCII characters.
fn is_unicode_space(c: char) -> bool {
    const SPACES: [char; 8] = [
        '\u{85}', '\u{a0}', '\u{1680}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
    ];
    ('\u{2000}'..='\u{200a}').contains(&c) || SPACES.contains(&c)
}

/// `Py_ISSPACE`: the ASCII white space C's `isspace` knows.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII text is used as is;
/// otherwise spaces and digits are mapped and the first other non-ASCII
/// character becomes a terminating `?` (which no grammar accepts).
fn to_ascii(s: &str) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    Cow::Owned(out)
}

/// Index of the first non-space byte at or after `i`.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&c| is_ascii_space(c)) {
        i += 1;
    }
    i
}

// ---------------------------------------------------------------- int()

/// Why an int literal was refused (the message differs).
enum IntError {
    Invalid,
    TooManyDigits(usize),
}

/// `int(s, base)`. `base` must be 0 or 2..=36; base 0 reads a `0x`/`0o`/`0b`
/// prefix like a Python literal.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    match parse_int_ascii(&to_ascii(s), base) {
        Ok(v) => Ok(v),
        Err(IntError::Invalid) => Err(invalid_int_literal(s, base)),
        Err(IntError::TooManyDigits(n)) => Err(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// CPython formats the literal with `%.200R`: its repr cut to 200 characters.
fn invalid_int_literal(s: &str, base: u32) -> String {
    let mut msg = format!("invalid literal for int() with base {base}: ");
    msg.extend(str_repr(s).chars().take(200));
    msg
}

/// `PyLong_FromString` over the ASCII-mapped text.
fn parse_int_ascii(b: &[u8], base: u32) -> Result<BigInt, IntError> {
    let mut i = skip_spaces(b, 0);
    let negative = b.get(i) == Some(&b'-');
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let (base, old_octal) = resolve_base(b, i, base);
    i = skip_prefix(b, i, base);
    let (start, end, ndigits) = scan_digits(b, i, base).ok_or(IntError::Invalid)?;
    if skip_spaces(b, end) != b.len() {
        return Err(IntError::Invalid);
    }
    if !base.is_power_of_two() && ndigits > MAX_STR_DIGITS {
        return Err(IntError::TooManyDigits(ndigits));
    }
    let magnitude = digits_to_biguint(&b[start..end], base).ok_or(IntError::Invalid)?;
    // "0777" was octal in Python 2; base 0 only allows zeros after a 0.
    if old_octal && !magnitude.is_zero() {
        return Err(IntError::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// Picks the real base for base 0 from the prefix; the flag marks a
/// leading `0` without a prefix letter, which must then be all zeros.
fn resolve_base(b: &[u8], i: usize, base: u32) -> (u32, bool) {
    if base != 0 {
        return (base, false);
    }
    if b.get(i) != Some(&b'0') {
        return (10, false);
    }
    match b.get(i + 1).map(u8::to_ascii_lowercase) {
        Some(b'x') => (16, false),
        Some(b'o') => (8, false),
        Some(b'b') => (2, false),
        _ => (10, true),
    }
}

/// Skips a `0x`/`0o`/`0b` prefix matching `base`, plus one optional `_`.
fn skip_prefix(b: &[u8], i: usize, base: u32) -> usize {
    let letter = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => return i,
    };
    let has_prefix =
        b.get(i) == Some(&b'0') && b.get(i + 1).map(u8::to_ascii_lowercase) == Some(letter);
    if !has_prefix {
        return i;
    }
    if b.get(i + 2) == Some(&b'_') {
        i + 3
    } else {
        i + 2
    }
}

/// Value of an ASCII digit in bases up to 36 (36 for anything else).
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 36,
    }
}

/// Scans digits and single underscores between digits starting at `i`.
/// Returns (start, end, digit count), or None for a malformed run.
fn scan_digits(b: &[u8], i: usize, base: u32) -> Option<(usize, usize, usize)> {
    let mut end = i;
    let mut ndigits = 0;
    let mut prev_underscore = true; // Also forbids a leading underscore.
    while let Some(&c) = b.get(end) {
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else if digit_value(c) < base {
            prev_underscore = false;
            ndigits += 1;
        } else {
            break;
        }
        end += 1;
    }
    (ndigits > 0 && !prev_underscore).then_some((i, end, ndigits))
}

/// Converts validated digits (underscores allowed) to a magnitude, with a
/// machine-word fast path for the common short literal.
fn digits_to_biguint(text: &[u8], base: u32) -> Option<BigUint> {
    let digits = text.iter().filter(|&&c| c != b'_').map(|&c| digit_value(c));
    let mut small: u64 = 0;
    for d in digits.clone() {
        match small
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(d)))
        {
            Some(v) => small = v,
            None => {
                let values: Vec<u8> = digits.map(|d| d as u8).collect();
                return BigUint::from_radix_be(&values, base);
            }
        }
    }
    Some(BigUint::from(small))
}

// -------------------------------------------------------------- float()

/// `float(s)`: decimal literals with optional exponent, `inf`/`infinity`/
/// `nan` in any case, a sign, surrounding white space and underscores
/// between digits. Out-of-range values become `inf` or `0.0` like CPython.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let ascii = to_ascii(s);
    let parsed = if ascii.contains(&b'_') {
        strip_underscores(&ascii).and_then(|clean| parse_float_ascii(&clean))
    } else {
        parse_float_ascii(&ascii)
    };
    parsed.ok_or_else(|| format!("could not convert string to float: {}", str_repr(s)))
}

/// `_Py_string_to_number_with_underscores`: every `_` must sit between two
/// ASCII digits; returns the text without them.
fn strip_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// Parses a whole ASCII float literal surrounded by optional white space.
fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let start = skip_spaces(b, 0);
    let mut end = b.len();
    while end > start && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    let text = &b[start..end];
    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = parse_special(body).or_else(|| parse_decimal(body))?;
    Some(if negative { -magnitude } else { magnitude })
}

/// `inf`, `infinity` and `nan`, case-insensitively.
fn parse_special(body: &[u8]) -> Option<f64> {
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// Digits with an optional point (at least one digit in all) and an
/// optional exponent with at least one digit; the correctly rounded value
/// comes from Rust's parser once the grammar is known to be CPython's.
fn parse_decimal(body: &[u8]) -> Option<f64> {
    let mut i = count_digits(body, 0);
    let mut ndigits = i;
    if body.get(i) == Some(&b'.') {
        let frac = count_digits(body, i + 1);
        ndigits += frac;
        i += 1 + frac;
    }
    if ndigits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count_digits(body, i);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != body.len() {
        return None;
    }
    std::str::from_utf8(body).ok()?.parse().ok()
}

/// Number of ASCII digits starting at `i`.
fn count_digits(b: &[u8], i: usize) -> usize {
    b.get(i..).map_or(0, |rest| {
        rest.iter().take_while(|c| c.is_ascii_digit()).count()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_ok(s: &str, base: u32) -> String {
        match parse_int(s, base) {
            Ok(v) => v.to_string(),
            Err(e) => format!("ERR {e}"),
        }
    }

    fn float_ok(s: &str) -> String {
        match parse_float(s) {
            Ok(v) => format!(
                "{} {}",
                super::super::float_repr::float_repr(v),
                v.is_sign_negative()
            ),
            Err(e) => format!("ERR {e}"),
        }
    }

    #[test]
    fn decimal_digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{0663}'), Some(3));
        assert_eq!(decimal_value('\u{1D7D7}'), Some(9));
        assert_eq!(decimal_value('\u{1D7D8}'), Some(0));
        assert_eq!(decimal_value('\u{1FBF9}'), Some(9));
        assert_eq!(decimal_value('\u{1FBFA}'), None);
        assert_eq!(decimal_value('\u{00B2}'), None); // superscript two is No
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{2F}'), None);
    }

    #[test]
    fn unicode_spaces_match_cpython() {
        // [hex(c) for c in range(0x80, 0x110000) if chr(c).isspace()]
        let want = [
            0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
            0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        ];
        let got: Vec<u32> = (0x80..0x110000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_unicode_space(c))
            .map(|c| c as u32)
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn int_table_from_cpython() {
        for &(s, base, want) in INT_CASES {
            assert_eq!(int_ok(s, base), want, "int({s:?}, {base})");
        }
    }

    #[test]
    fn int_long_inputs() {
        let ones = "1".repeat(4300);
        assert_eq!(int_ok(&ones, 10), ones);
        let too_many = "1".repeat(4301);
        assert_eq!(
            int_ok(&too_many, 10),
            "ERR Exceeds the limit (4300 digits) for integer string conversion: value has \
             4301 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        let binary = "1".repeat(5000);
        let v = parse_int(&binary, 2).expect("binary bases are not limited");
        assert_eq!(v.bits(), 5000);
        let hex = format!("0x{}", "f".repeat(5000));
        assert_eq!(parse_int(&hex, 0).expect("hex").bits(), 20000);
        let junk = "a".repeat(300);
        let want = format!(
            "ERR invalid literal for int() with base 10: '{}",
            "a".repeat(199)
        );
        assert_eq!(int_ok(&junk, 10), want);
        assert_eq!(int_ok("18446744073709551616", 10), "18446744073709551616");
        assert_eq!(int_ok("-18446744073709551615", 10), "-18446744073709551615");
        assert_eq!(
            int_ok("zzzzzzzzzzzzzzzzzz", 36),
            "10314424798490535546171949055"
        );
    }

    #[test]
    fn float_table_from_cpython() {
        for &(s, want) in FLOAT_CASES {
            assert_eq!(float_ok(s), want, "float({s:?})");
        }
    }

    #[test]
    fn float_long_inputs() {
        assert_eq!(float_ok(&"1".repeat(400)), "inf false");
        assert_eq!(float_ok(&format!("0.{}1", "0".repeat(400))), "0.0 false");
        assert_eq!(
            float_ok(&format!("1.{}e-1000", "5".repeat(1000))),
            "0.0 false"
        );
        let digits = format!("{}e-1000", "3".repeat(1001));
        assert_eq!(float_ok(&digits), "3.3333333333333335 false");
    }

    // (text, base, result or "ERR message") from CPython 3.12.1.
    const INT_CASES: &[(&str, u32, &str)] = &[
        (
            "abc",
            10,
            "ERR invalid literal for int() with base 10: 'abc'",
        ),
        (" 12 ", 10, "12"),
        ("+1_000", 10, "1000"),
        (
            "1__0",
            10,
            "ERR invalid literal for int() with base 10: '1__0'",
        ),
        ("_1", 10, "ERR invalid literal for int() with base 10: '_1'"),
        ("1_", 10, "ERR invalid literal for int() with base 10: '1_'"),
        ("0x1f", 16, "31"),
        ("0x_1f", 16, "31"),
        (
            "0x__1f",
            16,
            "ERR invalid literal for int() with base 16: '0x__1f'",
        ),
        ("0x1f", 0, "31"),
        ("0X1F", 0, "31"),
        ("0o17", 0, "15"),
        ("0O17", 0, "15"),
        ("0b101", 0, "5"),
        ("0B101", 0, "5"),
        ("010", 0, "ERR invalid literal for int() with base 0: '010'"),
        ("000", 0, "0"),
        ("0_0", 0, "0"),
        (
            "00_1",
            0,
            "ERR invalid literal for int() with base 0: '00_1'",
        ),
        ("0x", 16, "ERR invalid literal for int() with base 16: '0x'"),
        ("0x", 0, "ERR invalid literal for int() with base 0: '0x'"),
        ("0xg", 0, "ERR invalid literal for int() with base 0: '0xg'"),
        ("1f", 16, "31"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("0b2", 0, "ERR invalid literal for int() with base 0: '0b2'"),
        ("0b1", 2, "1"),
        ("0b1", 16, "177"),
        ("0B1", 16, "177"),
        ("-0x_f", 0, "-15"),
        ("0o_7", 8, "7"),
        ("0o8", 8, "ERR invalid literal for int() with base 8: '0o8'"),
        ("0x1", 8, "ERR invalid literal for int() with base 8: '0x1'"),
        ("0b_", 2, "ERR invalid literal for int() with base 2: '0b_'"),
        ("\u{661}\u{662}", 10, "12"),
        ("\u{661}\u{662}", 16, "18"),
        ("\u{2003} 5\u{3000}", 10, "5"),
        (
            "5\u{1c}",
            10,
            "ERR invalid literal for int() with base 10: '5\\x1c'",
        ),
        ("\u{b}5\u{c}", 10, "5"),
        ("\u{9}\u{a}\u{d} 42 \u{9}", 10, "42"),
        ("\u{85}5\u{a0}", 10, "5"),
        ("", 10, "ERR invalid literal for int() with base 10: ''"),
        ("  ", 10, "ERR invalid literal for int() with base 10: '  '"),
        ("+", 10, "ERR invalid literal for int() with base 10: '+'"),
        ("-", 10, "ERR invalid literal for int() with base 10: '-'"),
        (
            "1 2",
            10,
            "ERR invalid literal for int() with base 10: '1 2'",
        ),
        (
            "1\u{0}",
            10,
            "ERR invalid literal for int() with base 10: '1\\x00'",
        ),
        (
            "\u{e9}",
            10,
            "ERR invalid literal for int() with base 10: '\u{e9}'",
        ),
        (
            "12\u{e9}",
            10,
            "ERR invalid literal for int() with base 10: '12\u{e9}'",
        ),
        ("\u{663}\u{663}\u{663}", 0, "333"),
        (
            "0\u{663}",
            0,
            "ERR invalid literal for int() with base 0: '0\u{663}'",
        ),
        ("\u{660}x1", 0, "1"),
        (
            "- 1",
            10,
            "ERR invalid literal for int() with base 10: '- 1'",
        ),
        (
            "+-1",
            10,
            "ERR invalid literal for int() with base 10: '+-1'",
        ),
        (
            "--1",
            10,
            "ERR invalid literal for int() with base 10: '--1'",
        ),
        ("-0", 10, "0"),
        ("0", 0, "0"),
        ("-0", 0, "0"),
        ("+0x10", 0, "16"),
        ("9", 8, "ERR invalid literal for int() with base 8: '9'"),
        ("7", 8, "7"),
        ("1_000_000", 0, "1000000"),
        ("1_000_000", 16, "16777216"),
        ("0x1_0", 0, "16"),
        ("00", 0, "0"),
        ("0_", 0, "ERR invalid literal for int() with base 0: '0_'"),
        (
            "0__0",
            0,
            "ERR invalid literal for int() with base 0: '0__0'",
        ),
        ("_0", 0, "ERR invalid literal for int() with base 0: '_0'"),
        ("0b", 0, "ERR invalid literal for int() with base 0: '0b'"),
        ("0o", 0, "ERR invalid literal for int() with base 0: '0o'"),
        ("0B_1", 0, "1"),
        ("12_", 0, "ERR invalid literal for int() with base 0: '12_'"),
        ("1111111111111111111", 10, "1111111111111111111"),
        ("18446744073709551615", 10, "18446744073709551615"),
        ("18446744073709551616", 10, "18446744073709551616"),
        ("-9223372036854775808", 10, "-9223372036854775808"),
        ("123456789abcdef", 16, "81985529216486895"),
        ("ZZZZZZZZZZZZZ", 36, "170581728179578208255"),
        ("10", 2, "2"),
        ("10", 3, "3"),
        ("10", 36, "36"),
        (
            "it's",
            10,
            "ERR invalid literal for int() with base 10: \"it's\"",
        ),
        (
            "x\"y",
            10,
            "ERR invalid literal for int() with base 10: 'x\"y'",
        ),
        (
            "\u{7f}",
            10,
            "ERR invalid literal for int() with base 10: '\\x7f'",
        ),
        (
            "1\u{b2}",
            10,
            "ERR invalid literal for int() with base 10: '1\u{b2}'",
        ),
        ("\u{1d7d9}", 10, "1"),
        (
            "1\u{d7ff}",
            10,
            "ERR invalid literal for int() with base 10: '1\\ud7ff'",
        ),
        (
            "\u{3000}",
            10,
            "ERR invalid literal for int() with base 10: '\\u3000'",
        ),
        ("5", 1, "ERR int() base must be >= 2 and <= 36, or 0"),
        ("5", 37, "ERR int() base must be >= 2 and <= 36, or 0"),
        ("5", 100, "ERR int() base must be >= 2 and <= 36, or 0"),
        ("0x5", 0, "5"),
        ("5L", 10, "ERR invalid literal for int() with base 10: '5L'"),
        (
            "1e5",
            10,
            "ERR invalid literal for int() with base 10: '1e5'",
        ),
        (
            "1.0",
            10,
            "ERR invalid literal for int() with base 10: '1.0'",
        ),
        (" -7 ", 10, "-7"),
        ("\u{2028}-7\u{2029}", 10, "-7"),
        ("\u{1fbf5}\u{1fbf0}", 10, "50"),
    ];

    // (text, "repr(float(text)) sign-is-negative" or "ERR message") from CPython 3.12.1.
    const FLOAT_CASES: &[(&str, &str)] = &[
        ("x", "ERR could not convert string to float: 'x'"),
        (" 1.5 ", "1.5 false"),
        ("1e5", "100000.0 false"),
        (".5", "0.5 false"),
        ("5.", "5.0 false"),
        (".", "ERR could not convert string to float: '.'"),
        ("e5", "ERR could not convert string to float: 'e5'"),
        ("1e", "ERR could not convert string to float: '1e'"),
        ("1e+", "ERR could not convert string to float: '1e+'"),
        ("1e+5", "100000.0 false"),
        ("1E-5", "1e-05 false"),
        ("inf", "inf false"),
        ("-Infinity", "-inf true"),
        ("+nAn", "nan false"),
        ("-nan", "nan true"),
        ("NAN", "nan false"),
        ("-iNF", "-inf true"),
        (
            "infinit",
            "ERR could not convert string to float: 'infinit'",
        ),
        (
            "infinityx",
            "ERR could not convert string to float: 'infinityx'",
        ),
        ("in f", "ERR could not convert string to float: 'in f'"),
        ("1_000.5", "1000.5 false"),
        ("1__0", "ERR could not convert string to float: '1__0'"),
        ("_1", "ERR could not convert string to float: '_1'"),
        ("1_", "ERR could not convert string to float: '1_'"),
        ("1_.5", "ERR could not convert string to float: '1_.5'"),
        ("1._5", "ERR could not convert string to float: '1._5'"),
        ("1.5_e3", "ERR could not convert string to float: '1.5_e3'"),
        ("1e_3", "ERR could not convert string to float: '1e_3'"),
        ("1e3_0", "1e+30 false"),
        ("1_0e1_0", "100000000000.0 false"),
        ("  ", "ERR could not convert string to float: '  '"),
        ("", "ERR could not convert string to float: ''"),
        ("+", "ERR could not convert string to float: '+'"),
        ("-", "ERR could not convert string to float: '-'"),
        ("+.5", "0.5 false"),
        ("-.5e-3", "-0.0005 true"),
        ("1e400", "inf false"),
        ("-1e400", "-inf true"),
        ("1e-400", "0.0 false"),
        ("-1e-400", "-0.0 true"),
        ("4.9e-324", "5e-324 false"),
        ("2.4703282292062328e-324", "5e-324 false"),
        ("2.4703282292062327e-324", "0.0 false"),
        ("0x10", "ERR could not convert string to float: '0x10'"),
        (
            "1.5\u{0}",
            "ERR could not convert string to float: '1.5\\x00'",
        ),
        ("\u{661}.\u{665}", "1.5 false"),
        ("\u{2003} 2.5\u{3000}", "2.5 false"),
        (
            "2.5\u{1c}",
            "ERR could not convert string to float: '2.5\\x1c'",
        ),
        ("nan_", "ERR could not convert string to float: 'nan_'"),
        ("i_nf", "ERR could not convert string to float: 'i_nf'"),
        ("1e99999999999999999999", "inf false"),
        ("1e-99999999999999999999", "0.0 false"),
        ("\u{661}e\u{661}", "10.0 false"),
        ("00001.5000", "1.5 false"),
        ("1.7976931348623157e308", "1.7976931348623157e+308 false"),
        ("1.7976931348623159e308", "inf false"),
        ("1.7976931348623158e308", "1.7976931348623157e+308 false"),
        ("\u{e9}", "ERR could not convert string to float: '\u{e9}'"),
        ("+-1", "ERR could not convert string to float: '+-1'"),
        ("--1", "ERR could not convert string to float: '--1'"),
        ("1.5.5", "ERR could not convert string to float: '1.5.5'"),
        ("1e5e5", "ERR could not convert string to float: '1e5e5'"),
        (" 1 .5", "ERR could not convert string to float: ' 1 .5'"),
        ("0.1", "0.1 false"),
        ("-0", "-0.0 true"),
        ("-0.0", "-0.0 true"),
        ("+0", "0.0 false"),
        ("1_2.3_4e-1_0", "1.234e-09 false"),
        ("12345678901234567890123", "1.2345678901234568e+22 false"),
        ("0.30000000000000004", "0.30000000000000004 false"),
        ("9007199254740993", "9007199254740992.0 false"),
        ("2.2250738585072011e-308", "2.225073858507201e-308 false"),
        ("\u{9}\u{a}-3.25\u{b}\u{c}\u{d}", "-3.25 true"),
        ("1e+0", "1.0 false"),
        ("1E-0", "1.0 false"),
        ("1.e1", "10.0 false"),
        (".e1", "ERR could not convert string to float: '.e1'"),
        ("-.", "ERR could not convert string to float: '-.'"),
        ("1d5", "ERR could not convert string to float: '1d5'"),
        ("1f", "ERR could not convert string to float: '1f'"),
        ("inf ", "inf false"),
        (" nan", "nan false"),
        (" -inf", "-inf true"),
        (
            "infinity_",
            "ERR could not convert string to float: 'infinity_'",
        ),
        ("0_0.0_0", "0.0 false"),
        ("1_e5", "ERR could not convert string to float: '1_e5'"),
        (".5_5", "0.55 false"),
        ("5_.5", "ERR could not convert string to float: '5_.5'"),
        ("1 e5", "ERR could not convert string to float: '1 e5'"),
        ("1e 5", "ERR could not convert string to float: '1e 5'"),
        ("1e5 ", "100000.0 false"),
        ("\u{85} 2\u{a0}", "2.0 false"),
        ("\u{7f}", "ERR could not convert string to float: '\\x7f'"),
        ("0.000001", "1e-06 false"),
        ("123e-2", "1.23 false"),
        ("-1.5E+300", "-1.5e+300 true"),
    ];
}
