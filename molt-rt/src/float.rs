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
pub fn to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(crate::exc::value_error(
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    Ok(Int::from_big(BigInt::from_f64(t).unwrap_or_default()))
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
