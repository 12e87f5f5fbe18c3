//! Python's `hash()`, bit for bit as CPython 3.12 computes it with
//! `PYTHONHASHSEED=0`.
//!
//! The values matter beyond `hash()` itself: a set's iteration order is the
//! order of its hash table, so printing a set gives CPython's output only if
//! every element hashes exactly as there.
//!
//! * `int` (and `bool`): the value modulo the Mersenne prime 2**61 - 1,
//!   keeping the sign; -1 is reserved and becomes -2.
//! * `float`: `_Py_HashDouble`, the exact rational value modulo 2**61 - 1,
//!   so integral floats hash like the equal int; ±inf hash to ±314159.
//!   CPython 3.12 hashes a NaN by object identity, which cannot be
//!   reproduced here: a NaN hashes as 0. Sets holding NaNs may therefore
//!   order differently from CPython (and, as NaN != NaN, every NaN added is
//!   a distinct element, as distinct NaN objects are in CPython).
//! * `str`: SipHash-1-3 with the all-zero key that `PYTHONHASHSEED=0`
//!   selects, over CPython's internal code units (1, 2 or 4 bytes a
//!   character, little-endian, by the widest character); `''` hashes to 0.
//!   `sys.hash_info.cutoff` is 0, so there is no small-string hash.
//! * `None`: the constant 0xFCA86420 that 3.12 uses.
//! * `tuple`: the xxHash-based `tuplehash`.

use crate::int::Int;
use crate::str::Str;

/// The modulus of numeric hashes, `sys.hash_info.modulus`.
pub const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;
/// `hash(None)` in CPython 3.12.
pub const HASH_NONE: i64 = 0xFCA8_6420;

/// A value with CPython's `hash()`.
pub trait PyHash {
    fn py_hash(&self) -> i64;
}

/// `hash(x)` as a Python int.
pub fn hash<T: PyHash + ?Sized>(value: &T) -> Int {
    Int::from(value.py_hash())
}

/// -1 is CPython's error return, so no hash is ever -1.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a number `sign * magnitude` where `magnitude < MODULUS`.
#[inline]
fn signed(negative: bool, magnitude: u64) -> i64 {
    let h = magnitude as i64;
    fix(if negative { -h } else { h })
}

/// `hash()` of a machine integer.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    if v.unsigned_abs() < MODULUS {
        return fix(v);
    }
    signed(v < 0, v.unsigned_abs() % MODULUS)
}

impl PyHash for i64 {
    #[inline]
    fn py_hash(&self) -> i64 {
        hash_i64(*self)
    }
}

impl PyHash for Int {
    fn py_hash(&self) -> i64 {
        match self {
            Int::Small(v) => hash_i64(*v),
            Int::Big(b) => {
                use num_traits::{Signed, ToPrimitive};
                let m = (b.magnitude() % num_bigint::BigUint::from(MODULUS))
                    .to_u64()
                    .unwrap_or(0);
                signed(b.is_negative(), m)
            }
        }
    }
}

impl PyHash for bool {
    #[inline]
    fn py_hash(&self) -> i64 {
        i64::from(*self)
    }
}

/// Multiplies `x < MODULUS` by `2**e` modulo `MODULUS`, for `0 <= e < 61`:
/// a rotation within 61 bits, since `2**61 == 1` there.
#[inline]
fn rotate61(x: u64, e: u32) -> u64 {
    if e == 0 {
        x
    } else {
        ((x << e) & MODULUS) | (x >> (HASH_BITS - e))
    }
}

/// CPython's `_Py_HashDouble`.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        // CPython 3.12 hashes NaN by identity; see the module doc.
        return 0;
    }
    if v == 0.0 {
        return 0;
    }
    // |v| == mant * 2**exp exactly, mant < 2**53 < MODULUS.
    let bits = v.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    let e = exp.rem_euclid(HASH_BITS as i32) as u32;
    signed(v < 0.0, rotate61(mant, e))
}

impl PyHash for f64 {
    #[inline]
    fn py_hash(&self) -> i64 {
        hash_f64(*self)
    }
}

impl PyHash for () {
    #[inline]
    fn py_hash(&self) -> i64 {
        HASH_NONE
    }
}

impl<T: PyHash> PyHash for Option<T> {
    #[inline]
    fn py_hash(&self) -> i64 {
        match self {
            Some(v) => v.py_hash(),
            None => HASH_NONE,
        }
    }
}

/// SipHash-1-3 (one compression round, three finalisation rounds) with
/// the key (k0, k1), fed bytes incrementally.
struct Sip13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    len: u64,
}

impl Sip13 {
    fn new(k0: u64, k1: u64) -> Sip13 {
        Sip13 {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13);
        v[1] ^= v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16);
        v[3] ^= v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21);
        v[3] ^= v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17);
        v[1] ^= v[2];
        v[2] = v[2].rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        Self::round(&mut self.v);
        self.v[0] ^= m;
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        self.tail |= (b as u64) << (8 * self.ntail);
        self.ntail += 1;
        self.len += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.compress(m);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.tail;
        self.compress(b);
        self.v[2] ^= 0xff;
        Self::round(&mut self.v);
        Self::round(&mut self.v);
        Self::round(&mut self.v);
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

/// `hash(s)` for a str: SipHash-1-3 over CPython's code units.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut h = Sip13::new(0, 0);
    if s.is_ascii() {
        for &b in s.as_bytes() {
            h.byte(b);
        }
    } else {
        let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let width = if widest < 0x100 {
            1
        } else if widest < 0x1_0000 {
            2
        } else {
            4
        };
        for c in s.chars() {
            let bytes = (c as u32).to_le_bytes();
            for &b in &bytes[..width] {
                h.byte(b);
            }
        }
    }
    fix(h.finish() as i64)
}

impl PyHash for str {
    #[inline]
    fn py_hash(&self) -> i64 {
        hash_str(self)
    }
}

impl PyHash for Str {
    #[inline]
    fn py_hash(&self) -> i64 {
        hash_str(self)
    }
}

impl<T: PyHash + ?Sized> PyHash for &T {
    #[inline]
    fn py_hash(&self) -> i64 {
        (**self).py_hash()
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.12's `tuplehash` over the items' hashes.
pub fn hash_tuple(lanes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(lanes.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

macro_rules! tuple_hash {
    ($($name:ident $index:tt),+) => {
        impl<$($name: PyHash),+> PyHash for ($($name,)+) {
            fn py_hash(&self) -> i64 {
                hash_tuple(&[$(self.$index.py_hash()),+])
            }
        }
    };
}

tuple_hash!(A 0);
tuple_hash!(A 0, B 1);
tuple_hash!(A 0, B 1, C 2);
tuple_hash!(A 0, B 1, C 2, D 3);
tuple_hash!(A 0, B 1, C 2, D 3, E 4);
tuple_hash!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_hash!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_hash!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by CPython 3.12.1 with PYTHONHASHSEED=0.
    #[test]
    fn ints() {
        assert_eq!(hash_i64(0), 0);
        assert_eq!(Int::literal("0").py_hash(), 0);
        assert_eq!(hash_i64(1), 1);
        assert_eq!(Int::literal("1").py_hash(), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(Int::literal("-1").py_hash(), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(Int::literal("-2").py_hash(), -2);
        assert_eq!(hash_i64(2), 2);
        assert_eq!(Int::literal("2").py_hash(), 2);
        assert_eq!(hash_i64(42), 42);
        assert_eq!(Int::literal("42").py_hash(), 42);
        assert_eq!(hash_i64(-42), -42);
        assert_eq!(Int::literal("-42").py_hash(), -42);
        assert_eq!(hash_i64(1073741824), 1073741824);
        assert_eq!(Int::literal("1073741824").py_hash(), 1073741824);
        assert_eq!(hash_i64(2147483647), 2147483647);
        assert_eq!(Int::literal("2147483647").py_hash(), 2147483647);
        assert_eq!(hash_i64(2305843009213693950), 2305843009213693950);
        assert_eq!(
            Int::literal("2305843009213693950").py_hash(),
            2305843009213693950
        );
        assert_eq!(hash_i64(2305843009213693951), 0);
        assert_eq!(Int::literal("2305843009213693951").py_hash(), 0);
        assert_eq!(hash_i64(2305843009213693952), 1);
        assert_eq!(Int::literal("2305843009213693952").py_hash(), 1);
        assert_eq!(hash_i64(-2305843009213693951), 0);
        assert_eq!(Int::literal("-2305843009213693951").py_hash(), 0);
        assert_eq!(hash_i64(-2305843009213693952), -2);
        assert_eq!(Int::literal("-2305843009213693952").py_hash(), -2);
        assert_eq!(hash_i64(4611686018427387904), 2);
        assert_eq!(Int::literal("4611686018427387904").py_hash(), 2);
        assert_eq!(hash_i64(9223372036854775807), 3);
        assert_eq!(Int::literal("9223372036854775807").py_hash(), 3);
        assert_eq!(hash_i64(-9223372036854775808), -4);
        assert_eq!(Int::literal("-9223372036854775808").py_hash(), -4);
        assert_eq!(Int::literal("18446744073709551616").py_hash(), 8);
        assert_eq!(Int::literal("-18446744073709551616").py_hash(), -8);
        assert_eq!(
            Int::literal("1000000000000000000000000000000").py_hash(),
            465258685558744706
        );
        assert_eq!(
            Int::literal("-1000000000000000000000000000000").py_hash(),
            -465258685558744706
        );
        assert_eq!(
            Int::literal("5316911983139663491615228241121378303").py_hash(),
            0
        );
        assert_eq!(
            Int::literal("515377520732011331036461129765621272702107522001").py_hash(),
            1175369268131054105
        );
        assert_eq!(
            Int::literal("-515377520732011331036461129765621272702107522001").py_hash(),
            -1175369268131054105
        );
        assert_eq!(
            Int::literal("12345678901234567890123").py_hash(),
            195429904450476469
        );
        assert_eq!(true.py_hash(), 1);
        assert_eq!(false.py_hash(), 0);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_f64(0.0_f64), 0, "0.0");
        assert_eq!(hash_f64(-0.0_f64), 0, "-0.0");
        assert_eq!(hash_f64(1.0_f64), 1, "1.0");
        assert_eq!(hash_f64(-1.0_f64), -2, "-1.0");
        assert_eq!(hash_f64(0.5_f64), 1152921504606846976, "0.5");
        assert_eq!(hash_f64(1.5_f64), 1152921504606846977, "1.5");
        assert_eq!(hash_f64(-2.5_f64), -1152921504606846978, "-2.5");
        assert_eq!(hash_f64(3.3_f64), 691752902764107779, "3.3");
        assert_eq!(hash_f64(1.0e+100_f64), 1822893315824342674, "1e+100");
        assert_eq!(hash_f64(-1.0e+100_f64), -1822893315824342674, "-1e+100");
        assert_eq!(hash_f64(1.0e-300_f64), 482449582752280463, "1e-300");
        assert_eq!(hash_f64(5e-324_f64), 16777216, "5e-324");
        assert_eq!(
            hash_f64(2.305843009213694e+18_f64),
            1,
            "2.305843009213694e+18"
        );
        assert_eq!(
            hash_f64(4.611686018427388e+18_f64),
            2,
            "4.611686018427388e+18"
        );
        assert_eq!(
            hash_f64(1.7976931348623157e+308_f64),
            2234066890152476671,
            "1.7976931348623157e+308"
        );
        assert_eq!(hash_f64(0.1_f64), 230584300921369408, "0.1");
        assert_eq!(
            hash_f64(0.3333333333333333_f64),
            768614336404564608,
            "0.3333333333333333"
        );
        assert_eq!(hash_f64(f64::INFINITY), 314159, "inf");
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159, "-inf");
        assert_eq!(hash_f64(123456.789_f64), 1819310134279660096, "123456.789");
        assert_eq!(hash_f64(-1.0e-10_f64), -2124533198426632172, "-1e-10");
        assert_eq!(hash_f64(1.5e-323_f64), 50331648, "1.5e-323");
        assert_eq!(hash_f64(f64::NAN), 0);
    }

    #[test]
    fn strs() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(Str::from("").py_hash(), 0);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(Str::from("a").py_hash(), 4644417185603328019);
        assert_eq!(hash_str("b"), -8420940591063670578);
        assert_eq!(Str::from("b").py_hash(), -8420940591063670578);
        assert_eq!(hash_str("ab"), 6148830537548944441);
        assert_eq!(Str::from("ab").py_hash(), 6148830537548944441);
        assert_eq!(hash_str("abcdefg"), 7904145750247929094);
        assert_eq!(Str::from("abcdefg").py_hash(), 7904145750247929094);
        assert_eq!(hash_str("abcdefgh"), 4574395652268504554);
        assert_eq!(Str::from("abcdefgh").py_hash(), 4574395652268504554);
        assert_eq!(hash_str("abcdefghi"), -532774252720507163);
        assert_eq!(Str::from("abcdefghi").py_hash(), -532774252720507163);
        assert_eq!(hash_str("hello world"), -5642461784034726774);
        assert_eq!(Str::from("hello world").py_hash(), -5642461784034726774);
        assert_eq!(hash_str("apple"), -2003999543335776700);
        assert_eq!(Str::from("apple").py_hash(), -2003999543335776700);
        assert_eq!(hash_str("banana"), 9055713597657429380);
        assert_eq!(Str::from("banana").py_hash(), 9055713597657429380);
        assert_eq!(hash_str("cherry"), 7210250968819977926);
        assert_eq!(Str::from("cherry").py_hash(), 7210250968819977926);
        assert_eq!(hash_str("\u{e9}"), 6047309291227476195);
        assert_eq!(Str::from("\u{e9}").py_hash(), 6047309291227476195);
        assert_eq!(hash_str("caf\u{e9}"), 137524001917817222);
        assert_eq!(Str::from("caf\u{e9}").py_hash(), 137524001917817222);
        assert_eq!(hash_str("\u{ff}"), 3476900567878811119);
        assert_eq!(Str::from("\u{ff}").py_hash(), 3476900567878811119);
        assert_eq!(hash_str("\u{65e5}\u{672c}"), 6243316497235261705);
        assert_eq!(Str::from("\u{65e5}\u{672c}").py_hash(), 6243316497235261705);
        assert_eq!(hash_str("\u{0100}"), 75343234424780393);
        assert_eq!(Str::from("\u{0100}").py_hash(), 75343234424780393);
        assert_eq!(hash_str("a\u{65e5}"), -1342748363036218313);
        assert_eq!(Str::from("a\u{65e5}").py_hash(), -1342748363036218313);
        assert_eq!(hash_str("\u{1f600}"), -3536540696076613844);
        assert_eq!(Str::from("\u{1f600}").py_hash(), -3536540696076613844);
        assert_eq!(hash_str("x\u{1f600}y"), 4642876134759756482);
        assert_eq!(Str::from("x\u{1f600}y").py_hash(), 4642876134759756482);
        assert_eq!(hash_str("\u{20ac}100"), 905918589032518523);
        assert_eq!(Str::from("\u{20ac}100").py_hash(), 905918589032518523);
        assert_eq!(hash_str("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), -2643860352045292050);
        assert_eq!(Str::from("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").py_hash(), -2643860352045292050);
        assert_eq!(
            hash_str("\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}"),
            4745139969953724602
        );
        assert_eq!(
            Str::from("\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}\u{03a9}")
                .py_hash(),
            4745139969953724602
        );
        assert_eq!(hash_str("\u{00}"), 7541581120933061747);
        assert_eq!(Str::from("\u{00}").py_hash(), 7541581120933061747);
        assert_eq!(hash_str("e\u{0301}"), 5719500881823199748);
        assert_eq!(Str::from("e\u{0301}").py_hash(), 5719500881823199748);
    }

    #[test]
    fn none_and_tuples() {
        assert_eq!(().py_hash(), 4238894112);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!((Int::from(1),).py_hash(), -6644214454873602895);
        assert_eq!((Int::from(1), Int::from(2)).py_hash(), -3550055125485641917);
        assert_eq!((Int::from(-1),).py_hash(), 8078679518589016365);
        assert_eq!((Str::from("a"), 1.5, ()).py_hash(), 9046442393729319273);
        assert_eq!(
            (
                true,
                false,
                Int::from(3),
                Str::from("x"),
                2.0,
                (Int::from(1), Int::from(2))
            )
                .py_hash(),
            -6192242289850237960
        );
        assert_eq!(
            (1i64, 2i64, 3i64, 4i64, 5i64, 6i64, 7i64, 8i64).py_hash(),
            -8771086460510222663
        );
        assert_eq!((((),),).py_hash(), 3208993967631151826);
        assert_eq!(((),).py_hash(), 9181102132670838864);
        assert_eq!(hash(&Str::from("abc")), Int::from(-4594863902769663758));
    }
}
