//! `math`: CPython's `math` module over the platform's C math library,
//! with CPython's error rules.
//!
//! Arguments arrive as `f64` (the translator converts an `int` argument as
//! CPython does, raising OverflowError when it is too large) or as `&Int`
//! for the integer functions. A float function whose result is NaN for a
//! non-NaN argument raises `ValueError: math domain error`; one whose
//! result is infinite for a finite argument raises `OverflowError: math
//! range error` if it can overflow (`exp`, `cosh`, ...) and the domain
//! error otherwise (`log(0)`), as CPython's `math_1` does.

use molt_rt::exc::{overflow, value_error};
use molt_rt::{ExcKind, Int, PyErr, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;
pub const INF: f64 = f64::INFINITY;
pub const NAN: f64 = f64::NAN;

fn domain_error() -> PyErr {
    value_error("math domain error")
}

fn range_error() -> PyErr {
    overflow("math range error")
}

/// CPython's `math_1`: checks a one-argument function's result.
#[inline]
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        Err(domain_error())
    } else if r.is_infinite() && x.is_finite() {
        Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        })
    } else {
        Ok(r)
    }
}

macro_rules! one_arg {
    ($($(#[$doc:meta])* $name:ident => $f:expr, $overflows:expr;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(x: f64) -> PyResult<f64> {
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflows)
        }
    )*};
}

one_arg! {
    /// `math.sqrt(x)`.
    sqrt => f64::sqrt, false;
    /// `math.exp(x)`.
    exp => f64::exp, true;
    /// `math.expm1(x)`.
    expm1 => f64::exp_m1, true;
    /// `math.exp2(x)`.
    exp2 => f64::exp2, true;
    /// `math.log1p(x)`.
    log1p => f64::ln_1p, false;
    /// `math.sin(x)`.
    sin => f64::sin, false;
    /// `math.cos(x)`.
    cos => f64::cos, false;
    /// `math.tan(x)`.
    tan => f64::tan, false;
    /// `math.asin(x)`.
    asin => f64::asin, false;
    /// `math.acos(x)`.
    acos => f64::acos, false;
    /// `math.atan(x)`.
    atan => f64::atan, false;
    /// `math.sinh(x)`.
    sinh => f64::sinh, true;
    /// `math.cosh(x)`.
    cosh => f64::cosh, true;
    /// `math.tanh(x)`.
    tanh => f64::tanh, false;
    /// `math.asinh(x)`.
    asinh => f64::asinh, false;
    /// `math.acosh(x)`.
    acosh => f64::acosh, false;
    /// `math.atanh(x)`.
    atanh => f64::atanh, false;
    /// `math.cbrt(x)`.
    cbrt => f64::cbrt, false;
    /// `math.erf(x)`.
    erf => libm::erf, false;
    /// `math.erfc(x)`.
    erfc => libm::erfc, false;
}

/// `math.fabs(x)`.
#[inline]
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// `math.gamma(x)`: a pole at zero and the negative integers.
pub fn gamma(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain_error());
    }
    let r = libm::tgamma(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.lgamma(x)`.
pub fn lgamma(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain_error());
    }
    let r = libm::lgamma_r(x).0;
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// An int too large for a float as `x * 2**e` with `x` in [0.5, 1),
/// correctly rounded: CPython's `_PyLong_Frexp`.
fn frexp_big(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    // The top 64 bits, with a sticky bit for any below, round to 53 bits
    // as the whole number would.
    let shift = bits - 64;
    let top = (n >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = u64::from(n.trailing_zeros().is_some_and(|z| z < shift));
    let x = (top | sticky) as f64 / 18_446_744_073_709_551_616.0;
    if x == 1.0 {
        (0.5, bits + 1)
    } else {
        (x, bits)
    }
}

/// A `log` argument: an int keeps its exact value, however large.
pub enum LogArg<'a> {
    Float(f64),
    Int(&'a Int),
}

impl LogArg<'_> {
    /// `func` of the argument, as CPython's `loghelper` computes it: of
    /// an int too large for a float, by its mantissa and exponent.
    fn apply(&self, func: fn(f64) -> f64) -> PyResult<f64> {
        match self {
            LogArg::Float(x) => {
                if x.is_nan() || *x == f64::INFINITY {
                    Ok(*x)
                } else if *x > 0.0 {
                    Ok(func(*x))
                } else {
                    Err(domain_error())
                }
            }
            LogArg::Int(n) => {
                if n.is_negative() || n.is_zero() {
                    return Err(domain_error());
                }
                match n.to_f64() {
                    Ok(x) => Ok(func(x)),
                    Err(_) => {
                        let (x, e) = frexp_big(&n.to_big());
                        Ok(func(x) + func(2.0) * e as f64)
                    }
                }
            }
        }
    }
}

/// `math.log(x)`, or `math.log(x, base)`.
pub fn log(x: LogArg, base: Option<LogArg>) -> PyResult<f64> {
    let num = x.apply(f64::ln)?;
    match base {
        None => Ok(num),
        Some(b) => {
            let den = b.apply(f64::ln)?;
            if den == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(num / den)
        }
    }
}

/// `math.log2(x)`.
pub fn log2(x: LogArg) -> PyResult<f64> {
    x.apply(f64::log2)
}

/// `math.log10(x)`.
pub fn log10(x: LogArg) -> PyResult<f64> {
    x.apply(f64::log10)
}

/// `math.atan2(y, x)`.
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fmod(x, y)`.
pub fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder, the quotient rounded to
/// even.
pub fn remainder(x: f64, y: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(x);
    }
    Ok(libm::remainder(x, y))
}

/// `math.pow(x, y)`: C's `pow` with CPython's special cases and errors.
pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    // pow(1, nan) and pow(nan, 0) are 1, as C99 says.
    if !x.is_finite() || !y.is_finite() {
        return Ok(x.powf(y));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        // 0 ** negative is a pole; anything else that overflowed is a range error.
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

/// `math.hypot(*coordinates)`: CPython's `vector_norm`, which scales the
/// coordinates and sums their squares in double length, so the result is
/// CPython's to the last bit.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let abs: Vec<f64> = coordinates.iter().map(|c| c.abs()).collect();
    let max = abs.iter().fold(0.0f64, |m, &c| if c > m { c } else { m });
    let found_nan = abs.iter().any(|c| c.is_nan());
    vector_norm(abs, max, found_nan)
}

fn vector_norm(mut vec: Vec<f64>, max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = libm::frexp(max).1;
    if max_e < -1023 {
        // Scaling by 2**-max_e would overflow: make subnormals normal.
        for x in &mut vec {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for x in vec {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (sum, err) = dl_fast_sum(csum, hi);
        csum = sum;
        frac1 += lo;
        frac2 += err;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (sum, err) = dl_fast_sum(csum, hi);
    csum = sum;
    frac1 += lo;
    frac2 += err;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `x * y` exactly, as a sum of two floats.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` exactly, as a sum of two floats, for `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// `math.ldexp(x, i)`.
pub fn ldexp(x: f64, i: &Int) -> PyResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let exp = match i.as_i64() {
        Some(e) => e.clamp(-100_000, 100_000) as i32,
        None if i.is_negative() => -100_000,
        None => 100_000,
    };
    let r = libm::ldexp(x, exp);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.floor(x)` of a float.
pub fn floor(x: f64) -> PyResult<Int> {
    molt_rt::float::to_int(x.floor())
}

/// `math.ceil(x)` of a float.
pub fn ceil(x: f64) -> PyResult<Int> {
    molt_rt::float::to_int(x.ceil())
}

/// `math.trunc(x)` of a float.
pub fn trunc(x: f64) -> PyResult<Int> {
    molt_rt::float::to_int(x.trunc())
}

/// `math.isqrt(n)`.
pub fn isqrt(n: &Int) -> PyResult<Int> {
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(match n.as_i64() {
        Some(v) => Int::Small((v as u64).isqrt() as i64),
        None => Int::from_big(n.to_big().sqrt()),
    })
}

/// `math.factorial(n)`.
pub fn factorial(n: &Int) -> PyResult<Int> {
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.as_i64() else {
        return Err(overflow(
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(Int::from_big(acc))
}

/// `math.gcd(*integers)`.
pub fn gcd(integers: &[Int]) -> Int {
    let g = integers
        .iter()
        .fold(BigInt::zero(), |g, n| g.gcd(&n.to_big()));
    Int::from_big(g)
}

/// `math.lcm(*integers)`.
pub fn lcm(integers: &[Int]) -> Int {
    let l = integers.iter().fold(BigInt::one(), |l, n| {
        let n = n.to_big();
        if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        }
    });
    Int::from_big(l.abs())
}

fn nonnegative(n: &Int, what: &str) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n.to_big())
}

/// `math.comb(n, k)`.
pub fn comb(n: &Int, k: &Int) -> PyResult<Int> {
    let n = nonnegative(n, "n")?;
    let k = nonnegative(k, "k")?;
    if k > n {
        return Ok(Int::Small(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k
        .to_u64()
        .ok_or_else(|| overflow("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Int::from_big(acc))
}

/// `math.perm(n)`, or `math.perm(n, k)`.
pub fn perm(n: &Int, k: Option<&Int>) -> PyResult<Int> {
    let Some(k) = k else {
        return factorial(n);
    };
    let n = nonnegative(n, "n")?;
    let k = nonnegative(k, "k")?;
    if k > n {
        return Ok(Int::Small(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| overflow("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Int::from_big(acc))
}

/// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.modf(x)`: the fractional and integer parts.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    let int = x.trunc();
    ((x - int).copysign(x), int)
}

/// `math.frexp(x)`: mantissa and exponent.
pub fn frexp(x: f64) -> (f64, Int) {
    if x == 0.0 || !x.is_finite() {
        return (x, Int::Small(0));
    }
    let (m, e) = libm::frexp(x);
    (m, Int::Small(i64::from(e)))
}

/// `math.fsum(iterable)`: the correctly rounded sum (Shewchuk's
/// algorithm, as CPython's msum).
pub fn fsum(items: impl Iterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for xsave in items {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if x.is_finite() {
                partials.push(x);
            } else {
                // A nan or inf summand, or an overflow of finite ones.
                if xsave.is_finite() {
                    return Err(overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    Ok(round_partials(&partials))
}

/// The sum of Shewchuk partials, rounded once, half to even.
fn round_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// `math.prod(ints, start=1)`.
pub fn prod_int(items: impl Iterator<Item = Int>, start: Int) -> Int {
    items.fold(start, |acc, x| &acc * &x)
}

/// `math.prod(floats, start=1.0)`.
pub fn prod_float(items: impl Iterator<Item = f64>, start: f64) -> f64 {
    items.fold(start, |acc, x| acc * x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(r: PyResult<impl std::fmt::Debug>) -> String {
        r.err().map(|e| e.traceback_line()).unwrap_or_default()
    }

    #[test]
    fn errors_are_cpythons() {
        assert_eq!(err(sqrt(-1.0)), "ValueError: math domain error");
        assert_eq!(err(exp(1000.0)), "OverflowError: math range error");
        assert_eq!(
            err(log(LogArg::Float(0.0), None)),
            "ValueError: math domain error"
        );
        assert_eq!(err(acos(2.0)), "ValueError: math domain error");
        assert_eq!(err(atanh(1.0)), "ValueError: math domain error");
        assert_eq!(err(fmod(1.0, 0.0)), "ValueError: math domain error");
        assert_eq!(err(pow(0.0, -1.0)), "ValueError: math domain error");
        assert_eq!(err(pow(10.0, 400.0)), "OverflowError: math range error");
        assert_eq!(err(gamma(0.0)), "ValueError: math domain error");
        assert_eq!(
            err(factorial(&Int::Small(-1))),
            "ValueError: factorial() not defined for negative values"
        );
        assert_eq!(
            err(isqrt(&Int::Small(-1))),
            "ValueError: isqrt() argument must be nonnegative"
        );
        assert_eq!(
            err(comb(&Int::Small(-1), &Int::Small(2))),
            "ValueError: n must be a non-negative integer"
        );
        assert_eq!(
            err(floor(f64::INFINITY)),
            "OverflowError: cannot convert float infinity to integer"
        );
    }

    #[test]
    fn values() {
        assert_eq!(sqrt(16.0).unwrap(), 4.0);
        assert_eq!(pow(2.0, 0.5).unwrap(), 2f64.sqrt());
        assert_eq!(pow(1.0, f64::NAN).unwrap(), 1.0);
        let big = Int::from_big(BigInt::from(10).pow(400));
        assert_eq!(log(LogArg::Int(&big), None).unwrap(), 921.0340371976182);
        assert_eq!(
            log2(LogArg::Int(&Int::from_big(BigInt::from(2).pow(1000)))).unwrap(),
            1000.0
        );
        assert_eq!(isqrt(&Int::Small(99)).unwrap(), Int::Small(9));
        assert_eq!(
            factorial(&Int::Small(20)).unwrap(),
            Int::Small(2432902008176640000)
        );
        assert_eq!(gcd(&[Int::Small(12), Int::Small(-18)]), Int::Small(6));
        assert_eq!(gcd(&[]), Int::Small(0));
        assert_eq!(lcm(&[Int::Small(4), Int::Small(6)]), Int::Small(12));
        assert_eq!(lcm(&[]), Int::Small(1));
        assert_eq!(
            comb(&Int::Small(10), &Int::Small(3)).unwrap(),
            Int::Small(120)
        );
        assert_eq!(
            perm(&Int::Small(5), Some(&Int::Small(2))).unwrap(),
            Int::Small(20)
        );
        assert_eq!(fsum([0.1; 10].into_iter()).unwrap(), 1.0);
        assert_eq!(
            fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50].into_iter()).unwrap(),
            1e-100
        );
        assert_eq!(modf(3.5), (0.5, 3.0));
        assert_eq!(frexp(8.0), (0.5, Int::Small(4)));
        assert_eq!(hypot(&[3.0, 4.0]), 5.0);
        assert_eq!(hypot(&[2.0, 3.0, 6.0]), 7.0);
        assert!(isclose(1.0, 1.0 + 1e-10, 1e-9, 0.0).unwrap());
        assert_eq!(remainder(5.0, 2.0).unwrap(), 1.0);
        assert_eq!(remainder(7.0, 2.0).unwrap(), -1.0);
    }
}
