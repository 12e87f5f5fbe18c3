//! `repr(float)` (which is also `str(float)`) exactly as CPython 3.12 prints it.
//!
//! CPython uses David Gay's dtoa in "shortest round-trip" mode; Rust's `{:e}`
//! formatting of `f64` produces the same shortest, correctly rounded digit
//! string, so we only re-layout those digits the way CPython does instead of
//! carrying a second dtoa implementation.

use std::fmt::Write as _;

/// A small fixed buffer implementing `fmt::Write`, so that getting the digits
/// of a float does not allocate (`{:e}` of an `f64` is at most 24 bytes).
pub(crate) struct StackBuf {
    buf: [u8; 32],
    len: usize,
}

impl StackBuf {
    pub(crate) fn new() -> Self {
        StackBuf {
            buf: [0; 32],
            len: 0,
        }
    }

    /// The text written so far (always ASCII for numeric formatting, and
    /// only ever whole `&str`s are copied in, so this cannot fail).
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl std::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let dst = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Shortest round-trip decimal digits of a finite float's magnitude.
///
/// `digits()` has no trailing zeros (except the single digit of `0.0`), and
/// `exp` is the decimal exponent of the first digit, i.e. the value is
/// `d.ddd × 10^exp`. This is dtoa mode 0 output, shared with the
/// format-spec code for floats formatted without a presentation type.
pub(crate) struct ShortDigits {
    buf: [u8; 24],
    len: usize,
    pub(crate) exp: i32,
}

impl ShortDigits {
    pub(crate) fn digits(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Splits Rust's `{:e}` output (`"1.25e-7"`) into mantissa text and exponent.
pub(crate) fn split_exponent(text: &str) -> (&str, i32) {
    match text.split_once('e') {
        Some((mantissa, exp)) => (mantissa, exp.parse().unwrap_or(0)),
        None => (text, 0),
    }
}

/// Computes the shortest digits of `|x|`; `x` must be finite.
pub(crate) fn shortest_digits(x: f64) -> ShortDigits {
    let mut text = StackBuf::new();
    let mut short = ShortDigits {
        buf: [b'0'; 24],
        len: 1,
        exp: 0,
    };
    if write!(text, "{:e}", x.abs()).is_err() {
        return short; // Unreachable: 32 bytes always suffice for `{:e}`.
    }
    let (mantissa, exp) = split_exponent(text.as_str());
    short.len = 0;
    for b in mantissa.bytes().filter(u8::is_ascii_digit) {
        if let Some(slot) = short.buf.get_mut(short.len) {
            *slot = b;
            short.len += 1;
        }
    }
    short.len = short.len.max(1);
    short.exp = exp;
    settle_tie(x.abs(), &mut short);
    short
}

/// When two shortest candidates are equally close to `x`, Rust picks the
/// upper one while dtoa (hence CPython) rounds half to even: for example
/// 2.60507965087890625 prints as `2.6050796508789062`. The correctly
/// rounded digits of the same length are dtoa's answer whenever they
/// still round-trip, so we switch to them in that case.
///
/// A tie needs at least 16 digits (otherwise only one candidate fits in
/// the rounding interval) and an exact decimal expansion of at most 18
/// digits, which rules out any value with bits below 2^-25; checking both
/// first keeps the extra formatting off the common path.
fn settle_tie(x: f64, short: &mut ShortDigits) {
    if short.len < 16 || lowest_bit_exponent(x) < -25 {
        return;
    }
    let mut text = StackBuf::new();
    if write!(text, "{:.*e}", short.len - 1, x).is_err() || text.as_str().parse() != Ok(x) {
        return;
    }
    let (mantissa, exp) = split_exponent(text.as_str());
    let digits = mantissa.bytes().filter(u8::is_ascii_digit);
    if exp != short.exp || digits.clone().count() != short.len {
        return; // Not the same length: not a tie between neighbours.
    }
    for (slot, b) in short.buf.iter_mut().zip(digits) {
        *slot = b;
    }
}

/// Binary exponent of the lowest set bit of a finite, non-zero `x`
/// (`i32::MIN` for zero, which never ties).
fn lowest_bit_exponent(x: f64) -> i32 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    if mantissa == 0 {
        return i32::MIN;
    }
    exp + mantissa.trailing_zeros() as i32
}

/// Appends `count` ASCII zeros.
pub(crate) fn push_zeros(out: &mut String, count: usize) {
    out.extend(std::iter::repeat_n('0', count));
}

/// Appends ASCII digit bytes (callers only pass bytes from `{:e}`/`{:.N}`).
pub(crate) fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&b| b as char));
}

/// Appends an exponent the way C's `%+.02d` does: `e+05`, `e-310`.
pub(crate) fn push_exponent(out: &mut String, marker: char, exp: i32) {
    out.push(marker);
    out.push(if exp < 0 { '-' } else { '+' });
    let abs = exp.unsigned_abs();
    if abs < 10 {
        out.push('0');
    }
    let mut buf = StackBuf::new();
    let _ = write!(buf, "{}", abs);
    out.push_str(buf.as_str());
}

/// Appends `repr(x)`.
pub fn write_float_repr(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let short = shortest_digits(x);
    // CPython switches to exponent notation outside 1e-4 <= |x| < 1e16.
    if (-4..16).contains(&short.exp) {
        write_fixed(out, short.digits(), short.exp + 1);
    } else {
        write_scientific(out, short.digits(), short.exp);
    }
}

/// Positional layout with at least one digit after the point (`5.0`,
/// `0.001`, `123.25`); `decpt` is where the point goes relative to `digits`.
fn write_fixed(out: &mut String, digits: &[u8], decpt: i32) {
    if decpt <= 0 {
        out.push_str("0.");
        push_zeros(out, decpt.unsigned_abs() as usize);
        push_digits(out, digits);
        return;
    }
    let point = decpt as usize;
    if point < digits.len() {
        push_digits(out, &digits[..point]);
        out.push('.');
        push_digits(out, &digits[point..]);
    } else {
        push_digits(out, digits);
        push_zeros(out, point - digits.len());
        out.push_str(".0");
    }
}

/// Exponent layout without a forced `.0` (`1e+16`, `1.5e-05`).
fn write_scientific(out: &mut String, digits: &[u8], exp: i32) {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    push_digits(out, first);
    if !rest.is_empty() {
        out.push('.');
        push_digits(out, rest);
    }
    push_exponent(out, 'e', exp);
}

/// Returns `repr(x)`.
pub fn float_repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_float_repr(&mut out, x);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specials() {
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-f64::NAN), "nan");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(0.0), "0.0");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(f64::MAX), "1.7976931348623157e+308");
        assert_eq!(float_repr(123456789012345680.0), "1.2345678901234568e+17");
    }

    #[test]
    fn write_appends() {
        let mut s = String::from("x=");
        write_float_repr(&mut s, 2.5);
        assert_eq!(s, "x=2.5");
    }

    #[test]
    fn table_from_cpython() {
        for &(bits, want) in TABLE {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "bits {bits:#x}");
        }
    }

    // (f64 bits, repr) pairs generated with CPython 3.12.1.
    const TABLE: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333333, "0.3"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x3ee9e3abe16fc70d, "1.2345e-05"),
        (0x0000000000000001, "5e-324"),
        (0x0000000000000002, "1e-323"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x000fffffffffffff, "2.225073858507201e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x437b69b4ba630f35, "1.2345678901234568e+17"),
        (0x4351c37937e08002, "2.000000000000001e+16"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4011666666666666, "4.35"),
        (0x3fe0000000000000, "0.5"),
        (0x4059000000000000, "100.0"),
        (0x43118b54f22aeb00, "1234567890123456.0"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x7e41eb2d66005835, "1.5e+300"),
        (0x81bac9a7b3b7302f, "-2.5e-300"),
        (0x400921f9f01b866e, "3.14159"),
        (0x4005bf0a8b145769, "2.718281828459045"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x2b2bff2ee48e0530, "1e-100"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x3f847ae147ae147b, "0.01"),
        (0x405edd2f1a9fbe77, "123.456"),
        (0x7fe1ccf385ebc8a0, "1e+308"),
        (0x4341c37937e08000, "1e+16"),
        (0x39b4484bfeebc2a0, "1e-30"),
        (0xb9be6c71fe61a3f0, "-1.5000000000000001e-30"),
        (0x39e815da3eb7f71e, "9.500000000000001e-30"),
        (0x39e95a5efea6b347, "1e-29"),
        (0xb9f303c73efd0675, "-1.4999999999999998e-29"),
        (0x3a1e1b50ce65f4e4, "9.499999999999999e-29"),
        (0x3a1fb0f6be506019, "1e-28"),
        (0xba27c4b90ebc4813, "-1.5e-28"),
        (0x3a52d11280ffb90f, "9.5e-28"),
        (0x3a53ce9a36f23c10, "1e-27"),
        (0xba5db5e7526b5a18, "-1.5e-27"),
        (0x3a878557213fa753, "9.5e-27"),
        (0x3a88c240c4aecb14, "1e-26"),
        (0xba9291b09383184f, "-1.5e-26"),
        (0x3abd66ace98f9128, "9.500000000000001e-26"),
        (0x3abef2d0f5da7dd9, "1e-25"),
        (0xbac7361cb863de63, "-1.5000000000000001e-25"),
        (0x3af2602c11f9bab9, "9.5e-25"),
        (0x3af357c299a88ea7, "1e-24"),
        (0xbafd03a3e67cd5fa, "-1.4999999999999998e-24"),
        (0x3b26f83716782966, "9.499999999999999e-24"),
        (0x3b282db34012b251, "1e-23"),
        (0xbb322246700e05bd, "-1.5e-23"),
        (0x3b5cb644dc1633c0, "9.499999999999999e-23"),
        (0x3b5e392010175ee6, "1e-22"),
        (0xbb66aad80c11872c, "-1.5e-22"),
        (0x3b91f1eb098de059, "9.500000000000001e-22"),
        (0x3b92e3b40a0e9b4f, "1e-21"),
        (0xbb9c558e0f15e8f6, "-1.4999999999999998e-21"),
        (0x3bc66e65cbf1586e, "9.5e-21"),
        (0x3bc79ca10c924223, "1e-20"),
        (0xbbd1b578c96db19a, "-1.4999999999999998e-20"),
        (0x3bfc09ff3eedae8a, "9.5e-20"),
        (0x3bfd83c94fb6d2ac, "1e-19"),
        (0xbc0622d6fbc91e01, "-1.5e-19"),
        (0x3c31863f87548d16, "9.5e-19"),
        (0x3c32725dd1d243ac, "1e-18"),
        (0xbc3bab8cbabb6582, "-1.5000000000000001e-18"),
        (0x3c65e7cf6929b05c, "9.5e-18"),
        (0x3c670ef54646d497, "1e-17"),
        (0xbc714b37f4b51f71, "-1.5e-17"),
        (0x3c9b61c343741c73, "9.5e-17"),
        (0x3c9cd2b297d889bc, "1e-16"),
        (0xbca59e05f1e2674d, "-1.5e-16"),
        (0x3cd11d1a0a2891c8, "9.5e-16"),
        (0x3cd203af9ee75616, "1e-15"),
        (0xbcdb05876e5b0121, "-1.5000000000000001e-15"),
        (0x3d0564608cb2b63a, "9.5e-15"),
        (0x3d06849b86a12b9b, "1e-14"),
        (0xbd10e374a4f8e0b4, "-1.5e-14"),
        (0x3d3abd78afdf63c8, "9.5e-14"),
        (0x3d3c25c268497682, "1e-13"),
        (0xbd451c51ce3718e2, "-1.5000000000000002e-13"),
        (0x3d70b66b6deb9e5d, "9.5e-13"),
        (0x3d719799812dea11, "1e-12"),
        (0xbd7a636641c4df1a, "-1.5e-12"),
        (0x3da4e406496685f4, "9.5e-12"),
        (0x3da5fd7fe1796495, "1e-11"),
        (0xbdb07e1fe91b0b70, "-1.5e-11"),
        (0x3dda1d07dbc02771, "9.5e-11"),
        (0x3ddb7cdfd9d7bdbb, "1e-10"),
        (0xbde49da7e361ce4c, "-1.5e-10"),
        (0x3e105224e95818a7, "9.5e-10"),
        (0x3e112e0be826d695, "1e-09"),
        (0xbe19c511dc3a41e0, "-1.5000000000000002e-09"),
        (0x3e4466ae23ae1ed1, "9.5e-09"),
        (0x3e45798ee2308c3a, "1e-08"),
        (0xbe501b2b29a4692c, "-1.5000000000000002e-08"),
        (0x3e798059ac99a685, "9.5e-08"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0xbe8421f5f40d8376, "-1.5e-07"),
        (0x3eafe07017c01026, "9.5e-07"),
        (0x3eb0c6f7a0b5ed8d, "1e-06"),
        (0xbeb92a737110e454, "-1.5e-06"),
        (0x3ee3ec460ed80a17, "9.499999999999999e-06"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0xbeef75104d551d6a, "-1.5000000000000002e-05"),
        (0x3f18e757928e0c9e, "9.5e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0xbf23a92a30553262, "-0.00015000000000000001"),
        (0x3f4f212d77318fc5, "0.00095"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0xbf589374bc6a7efa, "-0.0015"),
        (0x3f8374bc6a7ef9db, "0.0095"),
        (0x3f847ae147ae147b, "0.01"),
        (0xbf8eb851eb851eb8, "-0.015"),
        (0x3fb851eb851eb852, "0.095"),
        (0x3fb999999999999a, "0.1"),
        (0xbfc3333333333334, "-0.15000000000000002"),
        (0x3fee666666666667, "0.9500000000000001"),
        (0x3ff0000000000000, "1.0"),
        (0xbff8000000000000, "-1.5"),
        (0x4023000000000000, "9.5"),
        (0x4024000000000000, "10.0"),
        (0xc02e000000000000, "-15.0"),
        (0x4057c00000000000, "95.0"),
        (0x4059000000000000, "100.0"),
        (0xc062c00000000000, "-150.0"),
        (0x408db00000000000, "950.0"),
        (0x408f400000000000, "1000.0"),
        (0xc097700000000000, "-1500.0"),
        (0x40c28e0000000000, "9500.0"),
        (0x40c3880000000000, "10000.0"),
        (0xc0cd4c0000000000, "-15000.0"),
        (0x40f7318000000000, "95000.0"),
        (0x40f86a0000000000, "100000.0"),
        (0xc1024f8000000000, "-150000.0"),
        (0x412cfde000000000, "950000.0"),
        (0x412e848000000000, "1000000.0"),
        (0xc136e36000000000, "-1500000.0"),
        (0x41621eac00000000, "9500000.0"),
        (0x416312d000000000, "10000000.0"),
        (0xc16c9c3800000000, "-15000000.0"),
        (0x4196a65700000000, "95000000.0"),
        (0x4197d78400000000, "100000000.0"),
        (0xc1a1e1a300000000, "-150000000.0"),
        (0x41cc4fecc0000000, "950000000.0"),
        (0x41cdcd6500000000, "1000000000.0"),
        (0xc1d65a0bc0000000, "-1500000000.0"),
        (0x4201b1f3f8000000, "9500000000.0"),
        (0x4202a05f20000000, "10000000000.0"),
        (0xc20bf08eb0000000, "-15000000000.0"),
        (0x42361e70f6000000, "95000000000.0"),
        (0x42374876e8000000, "100000000000.0"),
        (0xc24176592e000000, "-150000000000.0"),
        (0x426ba60d33800000, "950000000000.0"),
        (0x426d1a94a2000000, "1000000000000.0"),
        (0xc275d3ef79800000, "-1500000000000.0"),
        (0x42a147c840300000, "9500000000000.0"),
        (0x42a2309ce5400000, "10000000000000.0"),
        (0xc2ab48eb57e00000, "-15000000000000.0"),
        (0x42d599ba503c0000, "95000000000000.0"),
        (0x42d6bcc41e900000, "100000000000000.0"),
        (0xc2e10d9316ec0000, "-150000000000000.0"),
        (0x430b0028e44b0000, "950000000000000.0"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0xc31550f7dca70000, "-1500000000000000.0"),
        (0x4340e0198eaee000, "9500000000000000.0"),
        (0x4341c37937e08000, "1e+16"),
        (0xc34aa535d3d0c000, "-1.5e+16"),
        (0x4375181ff25a9800, "9.5e+16"),
        (0x4376345785d8a000, "1e+17"),
        (0xc380a741a4627800, "-1.5e+17"),
        (0x43aa5e27eef13e00, "9.5e+17"),
        (0x43abc16d674ec800, "1e+18"),
        (0xc3b4d1120d7b1600, "-1.5e+18"),
        (0x43e07ad8f556c6c0, "9.5e+18"),
        (0x43e158e460913d00, "1e+19"),
        (0xc3ea055690d9db80, "-1.5e+19"),
        (0x4414998f32ac7870, "9.5e+19"),
        (0x4415af1d78b58c40, "1e+20"),
        (0xc42043561a882930, "-1.5e+20"),
        (0x4449bff2ff57968c, "9.5e+20"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0xc454542ba12a337c, "-1.5e+21"),
        (0x448017f7df96be18, "9.5e+21"),
        (0x4480f0cf064dd592, "1e+22"),
        (0xc48969368974c05b, "-1.5e+22"),
        (0x44b41df5d77c6d9d, "9.5e+22"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0xc4bfc3842bd1f072, "-1.5e+23"),
        (0x44e925734d5b8905, "9.5e+23"),
        (0x44ea784379d99db4, "1e+24"),
        (0xc4f3da329b633647, "-1.5e+24"),
        (0x451f6ed020b26b46, "9.5e+24"),
        (0x45208b2a2c280291, "1e+25"),
        (0xc528d0bf423c03da, "-1.5000000000000002e+25"),
        (0x4553a542146f830c, "9.5e+25"),
        (0x4554adf4b7320335, "1e+26"),
        (0xc55f04ef12cb04d0, "-1.5000000000000002e+26"),
        (0x45888e92998b63cf, "9.5e+26"),
        (0x4589d971e4fe8402, "1e+27"),
        (0xc59363156bbee302, "-1.5000000000000002e+27"),
        (0x45beb2373fee3cc2, "9.5e+27"),
        (0x45c027e72f1f1281, "1e+28"),
        (0xc5c83bdac6ae9bc2, "-1.5e+28"),
        (0x45f32f6287f4e5f9, "9.5e+28"),
        (0x45f431e0fae6d721, "1e+29"),
        (0xc5fe4ad1785a42b2, "-1.5e+29"),
        (0x4627fb3b29f21f77, "9.499999999999999e+29"),
        (0xbb91433a6aa79987, "-9.1387497028769e-22"),
        (0xd1f6f86c029a7245, "-7.139820454309632e+86"),
        (0xcd8778e7d340bbcd, "-3.089900467300506e+65"),
        (0xdaea58ba4c73a942, "-9.131299887434701e+129"),
        (0xee8971105e503a67, "-2.942877356480083e+224"),
        (0x452ec40a3193ca54, "1.8596773229471727e+25"),
        (0x6facaa5090e5e945, "8.692067227002291e+229"),
        (0x5f811cb929645f8b, "1.1202983176732331e+152"),
        (0xdfc9e3b11fcff454, "-2.71187804877673e+153"),
        (0x42d6cb5c6ed4e94b, "100250739757989.17"),
        (0xa091250e8fe46024, "-8.183770430730414e-152"),
        (0x9c9cea0c2ca1c789, "-7.481942688750341e-171"),
        (0x2fd2b7a48d9fe5b9, "2.525722336173709e-78"),
        (0xbcf74d7a5adad121, "-5.1742273216317384e-15"),
        (0xbb9d58e4f543bbcf, "-1.5536301412264183e-21"),
        (0x87f26aee175f0cd2, "-2.1789094907487126e-270"),
        (0xbc428d42fa882692, "-2.011390540120253e-18"),
        (0x95c5fb986980a81f, "-8.764271883973625e-204"),
        (0x2aa4857e8101e89a, "2.863253393402251e-103"),
        (0x34a9af4125ece845, "5.2374923668024025e-55"),
        (0x13ed748bb80e3b0d, "1.0936941514836716e-212"),
        (0xd64a3ce030a1f6d5, "-4.8141078806962144e+107"),
        (0x527122dc57708107, "1.3635548534927665e+89"),
        (0x7576714a06057c82, "6.739508595758605e+257"),
        (0x06e0f45856eaa301, "1.5303059611217572e-275"),
        (0x82bde024f7acee22, "-1.8272601399104736e-295"),
        (0xb0d26ee6fa928906, "-1.6301294128168097e-73"),
        (0x6a5ccc2cbe99854a, "2.2572140005785964e+204"),
        (0x01b5577d00e266d0, "1.9917479904700448e-300"),
        (0xa9f559fcf0b37868, "-1.4546223495953267e-106"),
        (0x29ef41d0deea959e, "1.0647315861075762e-106"),
        (0x94820a06c555663f, "-6.85882119867777e-210"),
        (0x495cfa4f2dcaabd5, "2.5849035208654928e+45"),
        (0xa70ce1b51978cec0, "-1.3980865026926386e-120"),
        (0x1b1bcf726a1eccda, "4.2893241473530543e-178"),
        (0xae711399e2b2848b, "-5.493913207906451e-85"),
        (0x2e80dbd593fd7234, "1.084765896058589e-84"),
        (0x407d933333333333, "473.2"),
        (0x408cc2b9c0ebedfa, "920.3407"),
        (0x407a2c5db22d0e56, "418.772875"),
        (0xc075400000000000, "-340.0"),
        (0xc080bb11f81a5871, "-535.383774"),
        (0xbff8cdb37c99ae92, "-1.55022"),
        (0x4082de6353f7ced9, "603.7985"),
        (0x407536b851eb851f, "339.42"),
        (0x406626f34d6a161e, "177.2172"),
        (0x408a00cccccccccd, "832.1"),
        (0xc08ca73333333333, "-916.9"),
        (0xc078d58bccf28c7a, "-397.346631"),
        (0x4084c33333333333, "664.4"),
        (0x408d1028f5c28f5c, "930.02"),
        (0x4053933333333333, "78.3"),
        (0xc06c800000000000, "-228.0"),
        (0xc08c2ae474538ef3, "-901.36155"),
        (0xc05b716872b020c5, "-109.772"),
        (0x408ee9999999999a, "989.2"),
        (0x40820d430f49491f, "577.657744"),
        (0x407a8b3333333333, "424.7"),
        (0x40765698f81e8a2f, "357.412346"),
        (0xc087a7ebedfa43fe, "-756.9902"),
        (0xc08b67996a6a0126, "-876.94991"),
        (0xc0306b1eafee6fb5, "-16.418437"),
        (0x406b85b22d0e5604, "220.178"),
        (0x408a69aa9930be0e, "845.2083"),
        (0xc082a67c73eee526, "-596.810768"),
        (0x4074600000000000, "326.0"),
        (0x405c400000000000, "113.0"),
        (0xc0246b851eb851ec, "-10.21"),
        (0xc080d5999999999a, "-538.7"),
        (0xc085140000000000, "-674.5"),
        (0x40528f6e2eb1c433, "74.2411"),
        (0x4078766666666666, "391.4"),
        (0xc08f0d0a3d70a3d7, "-993.63"),
        (0x40881f067e846a5d, "771.878171"),
        (0x406ae00db2702a35, "215.001672"),
        (0x4085e9c28f5c28f6, "701.22"),
        (0x4024ab020c49ba5e, "10.334"),
        (0xc08b1e22e557de0d, "-867.767039"),
        (0x408c6cb020c49ba6, "909.586"),
        (0xc083e0cccccccccd, "-636.1"),
        (0xc08d8b999999999a, "-945.45"),
        (0xc08440cccccccccd, "-648.1"),
        (0xc08420421187e7c0, "-644.03226"),
        (0x4084380000000000, "647.0"),
        (0x408cc2e28240b780, "920.3606"),
        (0x4077fc51eb851eb8, "383.77"),
        (0xc087bdabf8769ec3, "-759.70897"),
        (0xc053c00000000000, "-79.0"),
        (0x4070049a6b50b0f2, "256.2877"),
        (0xc082a1999999999a, "-596.2"),
        (0x404ef33333333333, "61.9"),
        (0xc07536b851eb851f, "-339.42"),
        (0xc0876a39c0ebedfa, "-749.2782"),
        (0x40782c394d940789, "386.76399"),
        (0x4088780000000000, "783.0"),
        (0xc07e020c49ba5e35, "-480.128"),
        (0xc08c7f5c148344c3, "-911.919961"),
        (0x4040afe28240b780, "33.3741"),
        (0xc08886f00ffda405, "-784.867218"),
        (0xc08b00b851eb851f, "-864.09"),
        (0x4087c57890d5a5b9, "760.68387"),
        (0xc08d0ac36b8f9b13, "-929.34542"),
        (0xc05bf47ae147ae14, "-111.82"),
        (0xc0688d5810624dd3, "-196.417"),
        (0x406b980000000000, "220.75"),
        (0x407da7126e978d50, "474.442"),
        (0xc08c1a2b020c49ba, "-899.271"),
        (0x3efec74c66841a1d, "2.9352674034500038e-05"),
        (0x3a90d83b7422a1a2, "1.360700571610929e-26"),
        (0x4303379a0aa9e10f, "676144912612385.9"),
        (0x3bc2ff668f0e397f, "8.045821408471531e-21"),
        (0x4251d07faf4e13c2, "306049891640.3087"),
        (0x3febe898b4c0762a, "0.872143128424516"),
        (0x3e35116980198473, "4.905279739337815e-09"),
        (0x3e976e0105cbdbad, "3.4912978268081994e-07"),
        (0x3fb291ee4a9be5ee, "0.07253922769077523"),
        (0x3e7443338b01c8fb, "7.548371416964916e-08"),
        (0x3b11d0a3c3d909c4, "3.684055416595983e-24"),
        (0x3cbe35f1780a973f, "4.192579030224866e-16"),
        (0x3e75f927fab355a3, "8.185679571959824e-08"),
        (0x403739805b29104c, "23.224614808583553"),
        (0x3c7729ad5d6c138e, "2.0090527842831696e-17"),
        (0x41315819c9a51167, "1136665.7876749875"),
        (0x3eca7231110781be, "3.1526161665547893e-06"),
        (0x3b12f66cfd341151, "3.9213738828412055e-24"),
        (0x410d766e9c8be009, "241357.82643866565"),
        (0x3d44e6d00c051789, "1.4851488603942397e-13"),
        (0x41aee4c3e9bb9d79, "259154420.8664358"),
        (0x446851cf02a87e90, "3.588934329031853e+21"),
        (0x3baad55b762b46ec, "2.8410995779941137e-21"),
        (0x3d3a74629f7f2247, "9.398572539988703e-14"),
        (0x436866ccc27b527d, "5.494743250623383e+16"),
        (0x4196eb7a426b66bd, "96132752.6048841"),
        (0x413736eac9216003, "1521386.7856655128"),
        (0x41a212858da47f5c, "151601862.82128417"),
        (0x449b8f14ff81d03c, "3.2535823127688017e+22"),
        (0x3ccc29e20f56e5ad, "7.816970862448181e-16"),
        (0x407c9797d6cd2c34, "457.47457008500646"),
        (0x43217520c0814dca, "2456929066591973.0"),
        (0x3f66683e58e2df67, "0.0027352540701847563"),
        (0x41b51266fef3a836, "353527550.95178545"),
        (0x3ae974cc8271c021, "6.580285250714322e-25"),
        (0x4073f3ccd8bc7adf, "319.23751138329493"),
        (0x3e9eb1e75d5c96a7, "4.573901980379647e-07"),
        (0x3e9a232e0420a8c7, "3.8947792202710415e-07"),
        (0x42075e67fae56d4f, "12546015068.678373"),
        (0x422cfd221af95e2a, "62252977532.683914"),
        (0x3c003517732d170e, "1.0982554023097113e-19"),
        (0x3cd15e0175a849a3, "9.640738081026513e-16"),
        (0x3b101569369f6242, "3.326018109973617e-24"),
        (0x3d55bbc35e5be65d, "3.088508981093824e-13"),
        (0x40b482be5ed891cf, "5250.743634734724"),
        (0x3b4e2dae1d2aac8a, "4.9926037690860806e-23"),
        (0x3d929e908b1339ee, "4.233559833470984e-12"),
        (0x4505ce529a4a6c74, "3.295221682276285e+24"),
        (0x4242dfdc5bb66f02, "162130343788.86725"),
        (0x439e286ac97b1457, "5.432760584480414e+17"),
        (0x3d064ea3fb061830, "9.906382223335623e-15"),
        (0x4200c3eecb51ddcf, "9000835434.233305"),
        (0x41f565abb45ecb5f, "5743754053.924651"),
        (0x3cc70daaa6f2e469, "6.398599759778304e-16"),
        (0x40ba479f21d36f8d, "6727.621609892592"),
        (0x3aba48bda7eadac1, "8.492864948438937e-26"),
        (0x3b88944b8219e92c, "6.506080492952399e-22"),
        (0x44e4c29fee21455c, "7.843001775421666e+23"),
        (0x3bf496152ff7c09b, "6.974896461204184e-20"),
        (0x4201985fcc61e77a, "9446357388.238026"),
        (0x3e243f6f38b9c3f4, "2.357153088866958e-09"),
        (0x3f627566fadb2c45, "0.00225324738753366"),
        (0x4086f186dbe90869, "734.1908491330806"),
        (0x41f8b4725b0b0920, "6631663024.689728"),
        (0x406f2443d1eab4e1, "249.1332788070786"),
        (0x41607fa9d7c37be6, "8650062.74261279"),
        (0x3ac0c80672f52d9f, "1.0844692228832775e-25"),
        (0x41be91e24fd338d4, "512877135.8250859"),
        (0x3f82a4697a102555, "0.009102653539246811"),
        (0x410d278979ef1120, "238833.18453801516"),
        (0x401b657a28697ecd, "6.84909880775349"),
        (0x3ed386e2ebb1480d, "4.65557576053052e-06"),
        (0x3e90b996ed75e25c, "2.4922131332914896e-07"),
        (0x3c1f55188fdb8698, "4.24633283661278e-19"),
        (0x4422900f86203758, "1.712110282329049e+20"),
        (0x3faf954bdfce8095, "0.061685916013858456"),
        (0x42edcfaf3977d3b5, "262222681718429.66"),
        (0x3d01811d67b37e30, "7.773495152442267e-15"),
        (0x418dff9b82970c2f, "62911344.32375371"),
        (0x3e3f724f9c77d4a6, "7.3217151850836286e-09"),
        (0x40a28f01057e8736, "2375.501995042806"),
        (0x43df2d762a567a45, "8.986326853357213e+18"),
        (0x4514e26949063023, "6.311928346873751e+24"),
        (0x3ae833af18e44e14, "6.25604207085176e-25"),
        (0x3f7dc870b01dc0ac, "0.007271232783622999"),
        (0x41e00bd8b41d4251, "2153694624.9143453"),
        (0x3da5aecb972f5e77, "9.860193152012473e-12"),
        (0x44e86d316d0cf2e2, "9.228084176801877e+23"),
        (0x41de67101ce9813f, "2040283251.6485136"),
        (0x3c2594bfad4c7f28, "5.849555258069294e-19"),
    ];
}
