//! Python's `int`: arbitrary precision with an `i64` fast path.
//!
//! Every operation first tries the machine-word path with checked
//! arithmetic and promotes to a heap big integer only on overflow, so the
//! common case costs a branch and results never wrap. `Big` always holds a
//! value outside the `i64` range: the representation is canonical, which
//! keeps equality and hashing structural.

use crate::exc::{overflow, unsupported, value_error, zero_division, PyResult};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;

/// A Python `int`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(Box<BigInt>),
}

/// CPython 3.12's default limit for int <-> str conversion.
pub const MAX_STR_DIGITS: usize = 4300;

impl Int {
    /// Builds from a big integer, narrowing to `Small` where it fits.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(Box::new(b)),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => (**b).clone(),
        }
    }

    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    #[inline]
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    #[inline]
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// Python truthiness.
    #[inline]
    pub fn is_true(&self) -> bool {
        !self.is_zero()
    }

    /// `float(self)`, correctly rounded; OverflowError when out of range.
    #[inline]
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(overflow("int too large to convert to float")),
            },
        }
    }

    fn big_op(&self, other: &Int, op: impl Fn(&BigInt, &BigInt) -> BigInt) -> Int {
        Int::from_big(op(&self.to_big(), &other.to_big()))
    }

    #[inline]
    pub fn add(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_add(*b) {
                return Int::Small(r);
            }
        }
        self.add_big(other)
    }

    /// The overflow path, kept out of line so the machine-word path inlines.
    #[cold]
    #[inline(never)]
    fn add_big(&self, other: &Int) -> Int {
        self.big_op(other, |a, b| a + b)
    }

    #[inline]
    pub fn sub(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_sub(*b) {
                return Int::Small(r);
            }
        }
        self.sub_big(other)
    }

    /// The overflow path, kept out of line so the machine-word path inlines.
    #[cold]
    #[inline(never)]
    fn sub_big(&self, other: &Int) -> Int {
        self.big_op(other, |a, b| a - b)
    }

    #[inline]
    pub fn mul(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_mul(*b) {
                return Int::Small(r);
            }
        }
        self.mul_big(other)
    }

    /// The overflow path, kept out of line so the machine-word path inlines.
    #[cold]
    #[inline(never)]
    fn mul_big(&self, other: &Int) -> Int {
        self.big_op(other, |a, b| a * b)
    }

    #[inline]
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(r) => Int::Small(r),
                None => Int::from_big(-BigInt::from(*v)),
            },
            Int::Big(b) => Int::from_big(-(**b).clone()),
        }
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `self // other`, rounding towards negative infinity.
    #[inline]
    pub fn floor_div(&self, other: &Int) -> PyResult<Int> {
        if other.is_zero() {
            return Err(zero_division("integer division or modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            // checked_div fails only for i64::MIN // -1, which needs a big int.
            if a.checked_div(*b).is_some() {
                return Ok(Int::Small(a.div_floor(b)));
            }
        }
        Ok(self.big_op(other, |a, b| a.div_floor(b)))
    }

    /// `self % other`, with the sign of the divisor.
    #[inline]
    pub fn modulo(&self, other: &Int) -> PyResult<Int> {
        if other.is_zero() {
            return Err(zero_division("integer modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if a.checked_rem(*b).is_some() {
                return Ok(Int::Small(a.mod_floor(b)));
            }
        }
        Ok(self.big_op(other, |a, b| a.mod_floor(b)))
    }

    /// `divmod(self, other)`.
    pub fn divmod(&self, other: &Int) -> PyResult<(Int, Int)> {
        if other.is_zero() {
            return Err(zero_division("integer division or modulo by zero"));
        }
        Ok((self.floor_div(other)?, self.modulo(other)?))
    }

    /// `self / other`: true division, correctly rounded like CPython.
    pub fn true_div(&self, other: &Int) -> PyResult<f64> {
        if other.is_zero() {
            return Err(zero_division("division by zero"));
        }
        const EXACT: i64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if a.abs() <= EXACT && b.abs() <= EXACT {
                return Ok(*a as f64 / *b as f64);
            }
        }
        big_true_div(&self.to_big(), &other.to_big())
    }

    /// `self ** exp` for a non-negative exponent.
    ///
    /// A negative exponent makes CPython return a float, a type that the
    /// translation chose statically, so it is raised as unsupported.
    pub fn pow(&self, exp: &Int) -> PyResult<Int> {
        if exp.is_negative() {
            if self.is_zero() {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            return Err(unsupported(
                "int ** negative int gives a float; write float(base) ** exp",
            ));
        }
        let Some(e) = exp.as_i64().and_then(|e| u32::try_from(e).ok()) else {
            return match self {
                Int::Small(0) | Int::Small(1) => Ok(self.clone()),
                Int::Small(-1) => Ok(Int::Small(if exp.is_odd() { -1 } else { 1 })),
                _ => Err(PyErrMemory::new()),
            };
        };
        if let Int::Small(b) = self {
            if let Some(r) = b.checked_pow(e) {
                return Ok(Int::Small(r));
            }
        }
        Ok(Int::from_big(num_traits::pow::pow(
            self.to_big(),
            e as usize,
        )))
    }

    /// `pow(self, exp, modulus)`.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> PyResult<Int> {
        if modulus.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        if exp.is_negative() {
            return Err(unsupported("pow() with a negative exponent and a modulus"));
        }
        let m = modulus.to_big();
        let r = self.to_big().modpow(&exp.to_big(), &m.abs());
        // modpow gives a result in [0, |m|); Python's takes the modulus's sign.
        let r = if m.is_negative() && !r.is_zero() {
            r + &m
        } else {
            r
        };
        Ok(Int::from_big(r))
    }

    fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.is_odd(),
        }
    }

    #[inline]
    pub fn bit_and(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => self.bit_and_big(other),
        }
    }

    #[cold]
    #[inline(never)]
    fn bit_and_big(&self, other: &Int) -> Int {
        self.big_op(other, |a, b| a & b)
    }

    #[inline]
    pub fn bit_or(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => self.bit_or_big(other),
        }
    }

    #[cold]
    #[inline(never)]
    fn bit_or_big(&self, other: &Int) -> Int {
        self.big_op(other, |a, b| a | b)
    }

    #[inline]
    pub fn bit_xor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => self.bit_xor_big(other),
        }
    }

    #[cold]
    #[inline(never)]
    fn bit_xor_big(&self, other: &Int) -> Int {
        self.big_op(other, |a, b| a ^ b)
    }

    /// `~self`, which is `-(self + 1)`.
    #[inline]
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(!v),
            Int::Big(b) => Int::from_big(-(&**b + BigInt::one())),
        }
    }

    #[inline]
    pub fn shl(&self, other: &Int) -> PyResult<Int> {
        if let (Int::Small(v), Int::Small(n)) = (self, other) {
            if (0..63).contains(n) {
                let r = v.wrapping_shl(*n as u32);
                if r >> n == *v {
                    return Ok(Int::Small(r));
                }
            }
        }
        self.shl_slow(other)
    }

    #[cold]
    #[inline(never)]
    fn shl_slow(&self, other: &Int) -> PyResult<Int> {
        if other.is_negative() {
            return Err(value_error("negative shift count"));
        }
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        let Some(n) = other.as_i64().filter(|n| *n <= 1 << 32) else {
            return Err(PyErrMemory::new());
        };
        if let Int::Small(v) = self {
            if n < 63 {
                let r = v.wrapping_shl(n as u32);
                if r >> n == *v {
                    return Ok(Int::Small(r));
                }
            }
        }
        Ok(Int::from_big(self.to_big() << n as usize))
    }

    #[inline]
    pub fn shr(&self, other: &Int) -> PyResult<Int> {
        if other.is_negative() {
            return Err(value_error("negative shift count"));
        }
        let n = other.as_i64().unwrap_or(i64::MAX);
        Ok(match self {
            Int::Small(v) => Int::Small(v >> n.min(63)),
            Int::Big(b) => {
                if n > u32::MAX as i64 {
                    Int::Small(if b.is_negative() { -1 } else { 0 })
                } else {
                    Int::from_big(&**b >> n as usize)
                }
            }
        })
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(64 - v.unsigned_abs().leading_zeros() as i64),
            Int::Big(b) => Int::Small(b.bits() as i64),
        }
    }

    /// Compares with a float exactly, as CPython does (no rounding of big ints).
    pub fn cmp_f64(&self, f: f64) -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        if let Int::Small(v) = self {
            if v.unsigned_abs() <= 1 << 53 {
                return (*v as f64).partial_cmp(&f);
            }
        }
        let whole = f.trunc();
        let whole_int = BigInt::from_f64_exact(whole);
        match self.to_big().cmp(&whole_int) {
            Ordering::Equal => 0.0f64.partial_cmp(&(f - whole)),
            ord => Some(ord),
        }
    }

    /// `str(self)`, or CPython's ValueError beyond the digit limit.
    pub fn to_str_checked(&self) -> PyResult<String> {
        match self {
            Int::Small(v) => Ok(v.to_string()),
            Int::Big(b) => {
                // Cheap upper bound of the digit count before converting.
                let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
                if digits > MAX_STR_DIGITS {
                    return Err(value_error(format!(
                        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                let s = b.to_string();
                let n = s.trim_start_matches('-').len();
                if n > MAX_STR_DIGITS {
                    return Err(value_error(format!(
                        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                Ok(s)
            }
        }
    }
}

/// Exact conversion of an integral float to a big integer.
trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        let bits = f.to_bits();
        let negative = bits >> 63 == 1;
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let mantissa = if exponent == 0 {
            (bits & ((1 << 52) - 1)) << 1
        } else {
            (bits & ((1 << 52) - 1)) | (1 << 52)
        };
        let shift = exponent - 1075;
        let mut r = BigInt::from(mantissa);
        if shift >= 0 {
            r <<= shift as usize;
        } else {
            r >>= (-shift) as usize;
        }
        if negative {
            -r
        } else {
            r
        }
    }
}

/// Correctly rounded `a / b` for big operands (round half to even), as
/// CPython's long_true_divide.
fn big_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let negative = a.sign() != b.sign() && !a.is_zero();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so that the integer quotient has at least 55 significant bits.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    let q_bits = q.bits() as i64;
    // Round to 53 significant bits (fewer when the result is subnormal).
    let exp = q_bits - shift; // value is in [2^(exp-1), 2^exp)
    let keep = if exp - 1 < -1022 {
        53 - (-1022 - (exp - 1))
    } else {
        53
    };
    if exp > 1024 {
        return Err(overflow("integer division result too large for a float"));
    }
    let drop = (q_bits - keep.max(0)).max(0) as usize;
    let mut m = &q >> drop;
    let rest = &q - (&m << drop);
    let half = if drop > 0 {
        BigInt::one() << (drop - 1)
    } else {
        BigInt::zero()
    };
    let round_up = if drop == 0 {
        false
    } else {
        rest > half || (rest == half && (sticky || m.is_odd()))
    };
    if round_up {
        m += 1;
    }
    let m = m.to_u64().unwrap_or(u64::MAX) as f64;
    let scale = drop as i64 - shift;
    let value = ldexp(m, scale);
    if value.is_infinite() {
        return Err(overflow("integer division result too large for a float"));
    }
    Ok(if negative { -value } else { value })
}

/// `m * 2**e` without intermediate overflow or double rounding for the
/// values `big_true_div` produces (m has at most 54 bits and is exact).
fn ldexp(m: f64, e: i64) -> f64 {
    let mut value = m;
    let mut e = e;
    while e > 1000 {
        value *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        value *= 2f64.powi(-1000);
        e += 1000;
    }
    value * 2f64.powi(e as i32)
}

/// A `MemoryError`, for results too large to represent.
struct PyErrMemory;

impl PyErrMemory {
    #[allow(clippy::new_ret_no_self)]
    fn new() -> crate::exc::PyErr {
        crate::exc::PyErr::new(crate::exc::ExcKind::MemoryError, "")
    }
}

impl From<i64> for Int {
    #[inline]
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<bool> for Int {
    #[inline]
    fn from(v: bool) -> Int {
        Int::Small(v.into())
    }
}

impl Int {
    /// A length or count.
    pub fn from_usize(v: usize) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::from_big(BigInt::from(v)),
        }
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Int {
        Int::from_big(v)
    }
}

impl Default for Int {
    fn default() -> Int {
        Int::Small(0)
    }
}

impl Ord for Int {
    #[inline]
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.cmp_big(other),
        }
    }
}

impl Int {
    /// The comparison when either side is big, kept out of line so the
    /// machine-word comparison inlines.
    #[cold]
    #[inline(never)]
    fn cmp_big(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Small(_), Int::Big(b)) => {
                if b.sign() == Sign::Minus {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.sign() == Sign::Minus {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for Int {
    #[inline]
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<i64> for Int {
    #[inline]
    fn eq(&self, other: &i64) -> bool {
        matches!(self, Int::Small(v) if v == other)
    }
}

impl PartialOrd<i64> for Int {
    #[inline]
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        match self {
            Int::Small(v) => Some(v.cmp(other)),
            Int::Big(_) => Some(self.cmp(&Int::Small(*other))),
        }
    }
}

impl PartialEq<f64> for Int {
    fn eq(&self, other: &f64) -> bool {
        self.cmp_f64(*other) == Some(Ordering::Equal)
    }
}

impl PartialOrd<f64> for Int {
    fn partial_cmp(&self, other: &f64) -> Option<Ordering> {
        self.cmp_f64(*other)
    }
}

impl fmt::Display for Int {
    /// Prints all digits; `to_str_checked` applies CPython's digit limit.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(v) => fmt::Display::fmt(v, f),
            Int::Big(b) => fmt::Display::fmt(b, f),
        }
    }
}

impl fmt::Debug for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Operators that cannot raise: `+ - * & | ^` and unary `-`, on owned
/// values, references and `i64` literals, so generated code reads `&n - 1`.
macro_rules! infallible_ops {
    ($($trait:ident $method:ident $impl:ident;)*) => {$(
        impl std::ops::$trait<&Int> for &Int {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: &Int) -> Int { self.$impl(rhs) }
        }
        impl std::ops::$trait<Int> for &Int {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: Int) -> Int { self.$impl(&rhs) }
        }
        impl std::ops::$trait<&Int> for Int {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: &Int) -> Int { (&self).$impl(rhs) }
        }
        impl std::ops::$trait<Int> for Int {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: Int) -> Int { (&self).$impl(&rhs) }
        }
        impl std::ops::$trait<i64> for &Int {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: i64) -> Int { self.$impl(&Int::Small(rhs)) }
        }
        impl std::ops::$trait<i64> for Int {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: i64) -> Int { (&self).$impl(&Int::Small(rhs)) }
        }
        impl std::ops::$trait<Int> for i64 {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: Int) -> Int { Int::Small(self).$impl(&rhs) }
        }
        impl std::ops::$trait<&Int> for i64 {
            type Output = Int;
            #[inline]
            fn $method(self, rhs: &Int) -> Int { Int::Small(self).$impl(rhs) }
        }
    )*};
}

infallible_ops! {
    Add add add;
    Sub sub sub;
    Mul mul mul;
    BitAnd bitand bit_and;
    BitOr bitor bit_or;
    BitXor bitxor bit_xor;
}

macro_rules! assign_ops {
    ($($trait:ident $method:ident $impl:ident;)*) => {$(
        impl std::ops::$trait<&Int> for Int {
            #[inline]
            fn $method(&mut self, rhs: &Int) { *self = (&*self).$impl(rhs); }
        }
        impl std::ops::$trait<Int> for Int {
            #[inline]
            fn $method(&mut self, rhs: Int) { *self = (&*self).$impl(&rhs); }
        }
        impl std::ops::$trait<i64> for Int {
            #[inline]
            fn $method(&mut self, rhs: i64) { *self = (&*self).$impl(&Int::Small(rhs)); }
        }
    )*};
}

assign_ops! {
    AddAssign add_assign add;
    SubAssign sub_assign sub;
    MulAssign mul_assign mul;
    BitAndAssign bitand_assign bit_and;
    BitOrAssign bitor_assign bit_or;
    BitXorAssign bitxor_assign bit_xor;
}

impl std::ops::Neg for &Int {
    type Output = Int;
    fn neg(self) -> Int {
        Int::neg(self)
    }
}

impl std::ops::Neg for Int {
    type Output = Int;
    fn neg(self) -> Int {
        Int::neg(&self)
    }
}

impl std::ops::Not for &Int {
    type Output = Int;
    fn not(self) -> Int {
        self.invert()
    }
}

impl std::ops::Not for Int {
    type Output = Int;
    fn not(self) -> Int {
        self.invert()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> Int {
        Int::from_big(s.parse().unwrap())
    }

    #[test]
    fn promotes_on_overflow() {
        let m = Int::Small(i64::MAX);
        assert_eq!((&m + 1).to_string(), "9223372036854775808");
        assert_eq!(
            (&m * &m).to_string(),
            "85070591730234615847396907784232501249"
        );
        assert_eq!(
            (Int::Small(i64::MIN).neg()).to_string(),
            "9223372036854775808"
        );
        assert_eq!(big("9223372036854775808") - 1, Int::Small(i64::MAX));
    }

    #[test]
    fn floor_semantics() {
        let cases = [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (6, -3, -2, 0),
        ];
        for (a, b, q, r) in cases {
            let (a, b) = (Int::Small(a), Int::Small(b));
            assert_eq!(a.floor_div(&b).unwrap(), Int::Small(q));
            assert_eq!(a.modulo(&b).unwrap(), Int::Small(r));
        }
        assert_eq!(
            Int::Small(i64::MIN)
                .floor_div(&Int::Small(-1))
                .unwrap()
                .to_string(),
            "9223372036854775808"
        );
        assert_eq!(
            Int::Small(i64::MIN).modulo(&Int::Small(-1)).unwrap(),
            Int::Small(0)
        );
        assert_eq!(
            big("-100000000000000000000")
                .floor_div(&Int::Small(7))
                .unwrap()
                .to_string(),
            "-14285714285714285715"
        );
    }

    #[test]
    fn pow_and_shifts() {
        assert_eq!(
            Int::Small(2).pow(&Int::Small(100)).unwrap().to_string(),
            "1267650600228229401496703205376"
        );
        assert_eq!(
            Int::Small(1).shl(&Int::Small(70)).unwrap().to_string(),
            "1180591620717411303424"
        );
        assert_eq!(
            Int::Small(-1).shl(&Int::Small(63)).unwrap(),
            Int::Small(i64::MIN)
        );
        assert_eq!(Int::Small(-5).shr(&Int::Small(1)).unwrap(), Int::Small(-3));
        assert_eq!(Int::Small(-5).invert(), Int::Small(4));
        assert_eq!(
            Int::Small(3)
                .pow_mod(&Int::Small(4), &Int::Small(-5))
                .unwrap(),
            Int::Small(-4)
        );
    }

    #[test]
    fn true_division() {
        assert_eq!(Int::Small(7).true_div(&Int::Small(2)).unwrap(), 3.5);
        let a = big("100000000000000000000000000000001");
        let b = big("3");
        assert_eq!(a.true_div(&b).unwrap(), 3.3333333333333334e31);
        assert_eq!(
            Int::Small(3)
                .true_div(&big("1".repeat(400).as_str()))
                .unwrap(),
            0.0
        );
        assert!(big(&format!("1{}", "0".repeat(400)))
            .true_div(&Int::Small(3))
            .is_err());
        let p = Int::Small(2).pow(&Int::Small(80)).unwrap();
        assert_eq!(p.true_div(&Int::Small(3)).unwrap(), 4.029752732048764e23);
    }

    #[test]
    fn float_comparison_is_exact() {
        let p = Int::Small(2).pow(&Int::Small(53)).unwrap() + 1;
        assert_ne!(p, 9007199254740992.0);
        assert!(p > 9007199254740992.0);
        assert!(Int::Small(1) < f64::INFINITY);
        assert_eq!(Int::Small(3).cmp_f64(f64::NAN), None);
    }

    #[test]
    fn digit_limit() {
        assert!(Int::Small(10)
            .pow(&Int::Small(4300))
            .unwrap()
            .to_str_checked()
            .is_err());
        assert!(Int::Small(10)
            .pow(&Int::Small(4299))
            .unwrap()
            .to_str_checked()
            .is_ok());
    }
}

impl From<&Int> for Int {
    fn from(v: &Int) -> Int {
        v.clone()
    }
}

impl Int {
    /// A literal too large for `i64`, written in decimal by the translator.
    pub fn literal(digits: &str) -> Int {
        match digits.parse::<BigInt>() {
            Ok(b) => Int::from_big(b),
            // The translator only emits decimal digits here.
            Err(_) => unreachable!("invalid integer literal {digits:?}"),
        }
    }

    /// `int(s)`: parses with CPython's rules or raises its ValueError.
    pub fn parse(s: &str) -> PyResult<Int> {
        crate::text::parse_number::parse_int(s, 10)
            .map(Int::from_big)
            .map_err(value_error)
    }

    /// `self // d` for a divisor the translator knows is a non-zero literal.
    #[inline]
    pub fn floor_div_i64(&self, d: i64) -> Int {
        match self {
            // Euclidean division is floor division for a positive divisor.
            Int::Small(a) if d > 0 => Int::Small(a.div_euclid(d)),
            _ => self.floor_div(&Int::Small(d)).unwrap_or_default(),
        }
    }

    /// `self % d` for a divisor the translator knows is a non-zero literal.
    #[inline]
    pub fn modulo_i64(&self, d: i64) -> Int {
        match self {
            Int::Small(a) if d > 0 => Int::Small(a.rem_euclid(d)),
            _ => self.modulo(&Int::Small(d)).unwrap_or_default(),
        }
    }

    /// `self ** e` for a non-negative literal exponent.
    pub fn pow_u32(&self, e: u32) -> Int {
        if let Int::Small(b) = self {
            if let Some(r) = b.checked_pow(e) {
                return Int::Small(r);
            }
        }
        Int::from_big(num_traits::pow::pow(self.to_big(), e as usize))
    }
}

impl PartialEq<Int> for f64 {
    fn eq(&self, other: &Int) -> bool {
        other == self
    }
}

impl PartialOrd<Int> for f64 {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        other.cmp_f64(*self).map(Ordering::reverse)
    }
}

#[cfg(test)]
mod divmod_tests {
    use super::*;

    #[test]
    fn big_by_small() {
        let a = Int::Small(10).pow_u32(25).neg();
        let (q, r) = a.divmod(&Int::Small(12345678901)).unwrap();
        assert_eq!(q.to_string(), "-810000007305391");
        assert_eq!(r.to_string(), "11532255291");
    }
}

impl Int {
    /// `round(n, ndigits)` for ints: ties to even at 10**-ndigits.
    pub fn round_to(&self, ndigits: &Int) -> Int {
        if !ndigits.is_negative() {
            return self.clone();
        }
        let Some(p) = ndigits.neg().as_i64().and_then(|p| u32::try_from(p).ok()) else {
            return Int::Small(0);
        };
        let unit = Int::Small(10).pow_u32(p);
        let (q, r) = match self.divmod(&unit) {
            Ok(qr) => qr,
            Err(_) => return Int::Small(0),
        };
        let twice = r.add(&r);
        let up = twice > unit || (twice == unit && q.is_odd());
        let q = if up { q.add(&Int::Small(1)) } else { q };
        q.mul(&unit)
    }

    /// `int.bit_count()`.
    pub fn bit_count(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(v.unsigned_abs().count_ones() as i64),
            Int::Big(b) => Int::from_usize(b.magnitude().count_ones() as usize),
        }
    }

    /// `hex(n)`, `oct(n)`, `bin(n)`.
    pub fn to_base_prefixed(&self, base: u32) -> crate::Str {
        let prefix = match base {
            16 => "0x",
            8 => "0o",
            _ => "0b",
        };
        let magnitude = self.abs().to_big().to_str_radix(base);
        let sign = if self.is_negative() { "-" } else { "" };
        crate::Str::from(format!("{sign}{prefix}{magnitude}"))
    }

    /// `int(s, base)`.
    pub fn parse_base(s: &str, base: &Int) -> PyResult<Int> {
        let base = match base.as_i64() {
            Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
            _ => return Err(value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        crate::text::parse_number::parse_int(s, base)
            .map(Int::from_big)
            .map_err(value_error)
    }
}

#[cfg(test)]
mod round_tests {
    use super::*;

    #[test]
    fn int_rounding_and_bases() {
        assert_eq!(Int::Small(15).round_to(&Int::Small(-1)), Int::Small(20));
        assert_eq!(Int::Small(25).round_to(&Int::Small(-1)), Int::Small(20));
        assert_eq!(Int::Small(-25).round_to(&Int::Small(-1)), Int::Small(-20));
        assert_eq!(Int::Small(-255).to_base_prefixed(16).as_str(), "-0xff");
        assert_eq!(
            Int::parse_base("ff", &Int::Small(16)).unwrap(),
            Int::Small(255)
        );
        assert_eq!(Int::Small(-7).bit_count(), Int::Small(3));
    }
}

/// Whether `byteorder` is `"big"`, or CPython's ValueError.
fn big_endian(byteorder: &str) -> PyResult<bool> {
    match byteorder {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

impl Int {
    /// `n.to_bytes(length, byteorder, signed=...)`.
    pub fn to_bytes(&self, length: &Int, byteorder: &str, signed: bool) -> PyResult<crate::Bytes> {
        let big = big_endian(byteorder)?;
        if length.is_negative() {
            return Err(value_error("length argument must be non-negative"));
        }
        if self.is_negative() && !signed {
            return Err(overflow("can't convert negative int to unsigned"));
        }
        let length = length
            .as_i64()
            .and_then(|l| usize::try_from(l).ok())
            .ok_or_else(|| overflow("int too big to convert"))?;
        // Two's complement, little-endian, sign-extended to `length`.
        let mut bytes = self.to_big().to_signed_bytes_le();
        let fill = if self.is_negative() { 0xff } else { 0 };
        // Drop the sign byte an unsigned value does not need.
        if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
            bytes.pop();
        }
        if self.is_zero() {
            bytes.clear();
        }
        if bytes.len() > length {
            return Err(overflow("int too big to convert"));
        }
        bytes.resize(length, fill);
        if signed && length > 0 && ((bytes[length - 1] & 0x80 != 0) != self.is_negative()) {
            return Err(overflow("int too big to convert"));
        }
        if big {
            bytes.reverse();
        }
        Ok(crate::Bytes::from(bytes))
    }

    /// `int.from_bytes(bytes, byteorder, signed=...)`.
    pub fn from_bytes(bytes: &[u8], byteorder: &str, signed: bool) -> PyResult<Int> {
        let big = big_endian(byteorder)?;
        let value = match (big, signed) {
            (true, true) => BigInt::from_signed_bytes_be(bytes),
            (false, true) => BigInt::from_signed_bytes_le(bytes),
            (true, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
            (false, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        };
        Ok(Int::from_big(value))
    }
}

#[cfg(test)]
mod byte_conversion_tests {
    use super::*;

    fn to(n: i64, len: i64, order: &str, signed: bool) -> Result<Vec<u8>, String> {
        Int::from(n)
            .to_bytes(&Int::from(len), order, signed)
            .map(|b| b.as_slice().to_vec())
            .map_err(|e| e.traceback_line())
    }

    #[test]
    fn to_bytes_matches_cpython() {
        assert_eq!(to(1024, 2, "big", false), Ok(vec![4, 0]));
        assert_eq!(
            to(1024, 1, "big", false),
            Err("OverflowError: int too big to convert".into())
        );
        assert_eq!(
            to(-1, 2, "big", false),
            Err("OverflowError: can't convert negative int to unsigned".into())
        );
        assert_eq!(to(-1, 2, "big", true), Ok(vec![0xff, 0xff]));
        assert_eq!(
            to(128, 1, "big", true),
            Err("OverflowError: int too big to convert".into())
        );
        assert_eq!(to(255, 1, "big", false), Ok(vec![0xff]));
        assert_eq!(to(-128, 1, "big", true), Ok(vec![0x80]));
        assert_eq!(
            to(-129, 1, "little", true),
            Err("OverflowError: int too big to convert".into())
        );
        assert_eq!(to(0, 0, "big", false), Ok(vec![]));
        assert_eq!(to(258, 3, "little", false), Ok(vec![2, 1, 0]));
    }

    #[test]
    fn from_bytes_matches_cpython() {
        let v = Int::from_bytes(&[0xff, 0xfe], "little", true).unwrap();
        assert_eq!(v, Int::from(-257));
        assert_eq!(
            Int::from_bytes(&[1, 0], "big", false).unwrap(),
            Int::from(256)
        );
        assert!(Int::from_bytes(&[1], "middle", false).is_err());
    }
}
