//! Python's `float` operations that differ from Rust's `f64` operators:
//! division by zero raises, `//` and `%` floor, `**` raises on overflow.

use crate::exc::{overflow, unsupported, zero_division, PyResult};
use crate::int::Int;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

/// `a / b`.
#[inline]
pub fn div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's float divmod, shared by `//`, `%` and `divmod`.
fn divmod_unchecked(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b`.
pub fn floor_div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(divmod_unchecked(a, b).0)
}

/// `a % b`, with the sign of `b`.
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)`.
pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    Ok(divmod_unchecked(a, b))
}

/// `a ** b`.
pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(unsupported(
            "a negative float raised to a fractional power is a complex number, which Molt does not support",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `int(x)`: truncation towards zero.
#[inline]
pub fn to_int(x: f64) -> PyResult<Int> {
    // NaN fails the comparison, so it takes the out-of-line path too.
    if x.abs() < 9.2e18 {
        return Ok(Int::Small(x as i64));
    }
    to_int_large(x)
}

#[cold]
fn to_int_large(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(crate::exc::value_error(
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    Ok(Int::from_big(
        BigInt::from_f64(x.trunc()).unwrap_or_default(),
    ))
}

/// Python truthiness of a float.
#[inline]
pub fn is_true(x: f64) -> bool {
    x != 0.0
}

/// `float(s)`: parses with CPython's rules or raises its ValueError.
pub fn parse(s: &str) -> PyResult<f64> {
    crate::text::parse_number::parse_float(s).map_err(crate::exc::value_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors() {
        assert_eq!(floor_div(7.0, 2.0).unwrap(), 3.0);
        assert_eq!(floor_div(-7.0, 2.0).unwrap(), -4.0);
        assert_eq!(modulo(-7.0, 2.0).unwrap(), 1.0);
        assert_eq!(modulo(7.0, -2.0).unwrap(), -1.0);
        assert!(modulo(-0.0, 2.0).unwrap().is_sign_positive());
        assert!(modulo(0.0, -2.0).unwrap().is_sign_negative());
        assert_eq!(floor_div(1.0, 0.1).unwrap(), 9.0);
        assert_eq!(modulo(1.0, 0.1).unwrap(), 0.09999999999999995);
        assert!(div(1.0, 0.0).is_err());
    }

    #[test]
    fn powers() {
        assert_eq!(pow(2.0, 0.5).unwrap(), std::f64::consts::SQRT_2);
        assert!(pow(10.0, 400.0).is_err());
        assert!(pow(0.0, -1.0).is_err());
        assert!(pow(-8.0, 1.0 / 3.0).is_err());
        assert_eq!(pow(-8.0, 2.0).unwrap(), 64.0);
    }

    #[test]
    fn truncation() {
        assert_eq!(to_int(-2.7).unwrap(), Int::Small(-2));
        assert_eq!(to_int(1e20).unwrap().to_string(), "100000000000000000000");
        assert!(to_int(f64::NAN).is_err());
    }
}

/// `round(x)`: to the nearest int, ties to even.
#[inline]
pub fn round(x: f64) -> PyResult<Int> {
    // 1.5 * 2^52: for |x| < 2^51, `x + MAGIC` lies where floats are the
    // integers, so the addition rounds `x` to even in the default rounding
    // mode and the rounded value is the difference of the bit patterns. One
    // addition, no blend of two paths and no second range check.
    const MAGIC: f64 = 6_755_399_441_055_744.0;
    const TWO_51: f64 = 2_251_799_813_685_248.0;
    if x.abs() < TWO_51 {
        Ok(Int::Small(
            (x + MAGIC).to_bits() as i64 - MAGIC.to_bits() as i64,
        ))
    } else {
        to_int(round_ties_even(x))
    }
}

/// `x.round_ties_even()` (up to the sign of a zero) without the library
/// call it is on targets whose baseline has no rounding instruction:
/// adding and subtracting 2^52 rounds a smaller magnitude to an integer, to
/// even, in the default rounding mode. Larger floats are integers already.
#[inline]
fn round_ties_even(x: f64) -> f64 {
    const TWO_52: f64 = 4_503_599_627_370_496.0;
    if x.abs() < TWO_52 {
        let shift = TWO_52.copysign(x);
        (x + shift) - shift
    } else {
        x
    }
}

/// `round(x, ndigits)`: CPython rounds the exact binary value to `ndigits`
/// decimal places, ties to even; Rust's exact decimal formatting does the
/// same, so the digits are formatted and read back.
pub fn round_to(x: f64, ndigits: &Int) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let n = match ndigits.as_i64() {
        Some(n) if n > 330 => return x,
        Some(n) if n < -330 => return 0.0f64.copysign(x),
        Some(n) => n,
        None if ndigits.is_negative() => return 0.0f64.copysign(x),
        None => return x,
    };
    let rounded = if n >= 0 {
        format!("{:.*}", n as usize, x)
    } else {
        // Significant digits kept: the decimal exponent plus one, plus ndigits.
        let exponent = format!("{x:e}")
            .split('e')
            .nth(1)
            .and_then(|e| e.parse::<i64>().ok())
            .unwrap_or(0);
        let keep = exponent + 1 + n;
        if keep > 0 {
            format!("{:.*e}", (keep - 1) as usize, x)
        } else if keep == 0 {
            // Round to zero or to one unit of 10**-ndigits, ties to even (zero).
            let unit = format!("1e{}", -n).parse::<f64>().unwrap_or(f64::INFINITY);
            let half = unit / 2.0;
            return if x.abs() > half {
                unit.copysign(x)
            } else {
                0.0f64.copysign(x)
            };
        } else {
            return 0.0f64.copysign(x);
        }
    };
    let value: f64 = rounded.parse().unwrap_or(x);
    if value == 0.0 {
        0.0f64.copysign(x)
    } else {
        value
    }
}

/// `x.as_integer_ratio()`: the exact fraction, lowest terms.
pub fn as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_nan() {
        return Err(crate::exc::value_error(
            "cannot convert NaN to integer ratio",
        ));
    }
    if x.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mut mantissa = if exponent == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut shift = exponent - 1075;
    if mantissa == 0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    while mantissa & 1 == 0 && shift < 0 {
        mantissa >>= 1;
        shift += 1;
    }
    let sign = if x < 0.0 { -1 } else { 1 };
    let numerator = Int::from_big(BigInt::from(mantissa) * sign);
    if shift >= 0 {
        Ok((numerator.shl(&Int::Small(shift))?, Int::Small(1)))
    } else {
        Ok((numerator, Int::Small(1).shl(&Int::Small(-shift))?))
    }
}

/// `x.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

#[cfg(test)]
mod round_tests {
    use super::*;

    #[test]
    fn rounding_matches_cpython() {
        assert_eq!(round_to(0.125, &Int::Small(2)), 0.12);
        assert_eq!(round_to(2.675, &Int::Small(2)), 2.67);
        assert_eq!(round_to(1234.5678, &Int::Small(-2)), 1200.0);
        assert_eq!(round_to(51.0, &Int::Small(-2)), 100.0);
        assert_eq!(round_to(50.0, &Int::Small(-2)), 0.0);
        assert_eq!(round(2.5).unwrap(), Int::Small(2));
        assert_eq!(round(3.5).unwrap(), Int::Small(4));
        assert_eq!(round(-0.5).unwrap(), Int::Small(0));
        assert_eq!(round(-2.5).unwrap(), Int::Small(-2));
        assert_eq!(round(-2.51).unwrap(), Int::Small(-3));
        assert_eq!(round(0.49999999999999994).unwrap(), Int::Small(0));
        let big = 4_503_599_627_370_495.5;
        assert_eq!(round(big).unwrap(), Int::Small(4_503_599_627_370_496));
        assert_eq!(round(-big).unwrap(), Int::Small(-4_503_599_627_370_496));
        assert_eq!(round(1e17).unwrap(), Int::Small(100_000_000_000_000_000));
        for i in -2000..2000 {
            let x = i as f64 * 0.25 + 0.001 * (i % 7) as f64;
            assert_eq!(round_ties_even(x), x.round_ties_even(), "{x}");
            assert_eq!(round(x).unwrap(), Int::Small(x.round_ties_even() as i64));
        }
        // Both sides of the fast path's bound.
        for x in [2_251_799_813_685_247.5, 2_251_799_813_685_248.0, 3e15 + 0.5] {
            for x in [x, -x] {
                assert_eq!(round(x).unwrap(), Int::Small(x.round_ties_even() as i64));
            }
        }
        let (n, d) = as_integer_ratio(0.1).unwrap();
        assert_eq!(
            (n.to_string(), d.to_string()),
            ("3602879701896397".into(), "36028797018963968".into())
        );
        assert_eq!(
            as_integer_ratio(-3.25).unwrap(),
            (Int::Small(-13), Int::Small(4))
        );
    }
}
