//! Arithmetic, bitwise and sequence operators on `Obj`.
//!
//! CPython first tries the numeric slots (`bool` < `int` < `float`: two
//! ints, bools included, give an int, anything with a float gives a
//! float), then the sequence ones (`str + str`, `list * int`), then the
//! set and dict operators; only when all decline does it raise
//! `unsupported operand type(s)`. The special messages some types give
//! (`can only concatenate str (not "int") to str`) come from their
//! sequence slots, which is why those are checked last.
//!
//! The in-place forms (`a += b`) differ only for mutable containers, which
//! are updated in place so that aliases see the change; otherwise they
//! compute the binary result, with `+=` in error messages.

use super::{type_error, Obj};
use crate::exc::{unsupported, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::text::percent::{percent_format, percent_format_value, FormatArg};
use num_traits::ToPrimitive;
use std::borrow::Cow;

/// A binary operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    LShift,
    RShift,
}

impl BinOp {
    fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }
}

/// Whether the operator was written `a op b` or `a op= b`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Binary,
    InPlace,
}

/// CPython's TypeError when no implementation accepts the operands.
fn unsupported_operands(op: BinOp, form: Form, a: &Obj, b: &Obj) -> PyErr {
    let symbol = match (op, form) {
        (BinOp::Pow, Form::Binary) => "** or pow()".to_string(),
        (_, Form::Binary) => op.symbol().to_string(),
        (_, Form::InPlace) => format!("{}=", op.symbol()),
    };
    type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        a.type_name(),
        b.type_name()
    ))
}

fn bad_unary(what: &str, v: &Obj) -> PyErr {
    type_error(format!("bad operand type for {what}: '{}'", v.type_name()))
}

/// The numeric operands of a binary operator, after CPython's coercion.
enum Numbers<'a> {
    Ints(Cow<'a, Int>, Cow<'a, Int>),
    Floats(f64, f64),
}

impl Obj {
    /// `float(x)` of a number, as the float slots convert an int operand
    /// (OverflowError for an int too large); `None` for a non-number.
    fn float_operand(&self) -> Option<PyResult<f64>> {
        match self {
            Obj::Float(f) => Some(Ok(*f)),
            _ => self.as_int().map(|i| i.to_f64()),
        }
    }
}

fn numbers<'a>(a: &'a Obj, b: &'a Obj) -> PyResult<Option<Numbers<'a>>> {
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        return Ok(Some(Numbers::Ints(x, y)));
    }
    match (a.float_operand(), b.float_operand()) {
        (Some(x), Some(y)) => Ok(Some(Numbers::Floats(x?, y?))),
        _ => Ok(None),
    }
}

/// The numeric slots: `None` when they do not apply to the operands.
fn numeric(a: &Obj, b: &Obj, op: BinOp) -> PyResult<Option<Obj>> {
    match numbers(a, b)? {
        Some(Numbers::Ints(x, y)) => int_op(a, b, &x, &y, op).map(Some),
        Some(Numbers::Floats(x, y)) => float_op(x, y, op),
        None => Ok(None),
    }
}

fn int_op(a: &Obj, b: &Obj, x: &Int, y: &Int, op: BinOp) -> PyResult<Obj> {
    // `True & False` is a bool; every other operator on bools is int's.
    if let (Obj::Bool(p), Obj::Bool(q)) = (a, b) {
        match op {
            BinOp::And => return Ok(Obj::Bool(p & q)),
            BinOp::Or => return Ok(Obj::Bool(p | q)),
            BinOp::Xor => return Ok(Obj::Bool(p ^ q)),
            _ => {}
        }
    }
    Ok(match op {
        BinOp::Add => Obj::Int(x.add(y)),
        BinOp::Sub => Obj::Int(x.sub(y)),
        BinOp::Mul => Obj::Int(x.mul(y)),
        BinOp::TrueDiv => Obj::Float(x.true_div(y)?),
        BinOp::FloorDiv => Obj::Int(x.floor_div(y)?),
        BinOp::Mod => Obj::Int(x.modulo(y)?),
        // A negative exponent makes int.__pow__ defer to float's.
        BinOp::Pow if y.is_negative() => Obj::Float(crate::float::pow(x.to_f64()?, y.to_f64()?)?),
        BinOp::Pow => Obj::Int(x.pow(y)?),
        BinOp::And => Obj::Int(x.bit_and(y)),
        BinOp::Or => Obj::Int(x.bit_or(y)),
        BinOp::Xor => Obj::Int(x.bit_xor(y)),
        BinOp::LShift => Obj::Int(lshift(x, y)?),
        BinOp::RShift => Obj::Int(x.shr(y)?),
    })
}

fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Option<Obj>> {
    use crate::float;
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => float::div(x, y)?,
        BinOp::FloorDiv => float::floor_div(x, y)?,
        BinOp::Mod => float::modulo(x, y)?,
        BinOp::Pow => float::pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Obj::Float(r)))
}

/// `x << y`. A shift whose result needs more digits than any CPython int
/// can have raises OverflowError there (`_PyLong_New`), while one that
/// merely cannot be allocated raises MemoryError (as `Int::shl` does).
fn lshift(x: &Int, y: &Int) -> PyResult<Int> {
    if y.is_negative() || x.is_zero() {
        return x.shl(y);
    }
    // CPython's limits, in 30-bit digits, on a 64-bit build.
    const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
    const WORDSHIFT_CLIP: u128 = i64::MAX as u128 / 4;
    let (words, rem) = match y.to_big().to_u128() {
        Some(s) if s / 30 < WORDSHIFT_CLIP => (s / 30, s % 30),
        _ => (WORDSHIFT_CLIP, 0),
    };
    let digits = (x.bit_length().as_i64().unwrap_or(0) as u128).div_ceil(30);
    if digits + words + u128::from(rem != 0) > MAX_LONG_DIGITS {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "too many digits in integer",
        ));
    }
    x.shl(y)
}

// ---------------------------------------------------------------------------
// Sequences

/// `a + b` for the sequence types, with their own error messages.
fn concat(a: &Obj, b: &Obj, op: BinOp, form: Form) -> PyResult<Obj> {
    let other = b.type_name();
    match (a, b) {
        (Obj::Str(x), Obj::Str(y)) => Ok(Obj::Str(x.concat(y))),
        (Obj::List(x), Obj::List(y)) => Ok(Obj::List(x.concat(y))),
        (Obj::Tuple(x), Obj::Tuple(y)) => {
            Ok(Obj::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (Obj::Bytes(_) | Obj::ByteArray(_), _) => concat_bytes(a, b),
        (Obj::Str(_), _) => Err(type_error(format!(
            "can only concatenate str (not \"{other}\") to str"
        ))),
        (Obj::List(_), _) => Err(type_error(format!(
            "can only concatenate list (not \"{other}\") to list"
        ))),
        (Obj::Tuple(_), _) => Err(type_error(format!(
            "can only concatenate tuple (not \"{other}\") to tuple"
        ))),
        _ => Err(unsupported_operands(op, form, a, b)),
    }
}

/// `bytes + x` and `bytearray + x`: the result has the left operand's type.
fn concat_bytes(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let joined = a.with_bytes(|x| {
        b.with_bytes(|y| {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            v
        })
    });
    match (a, joined.flatten()) {
        (Obj::Bytes(_), Some(v)) => Ok(Obj::Bytes(v.into())),
        (_, Some(v)) => Ok(Obj::ByteArray(v.into())),
        _ => Err(type_error(format!(
            "can't concat {} to {}",
            b.type_name(),
            a.type_name()
        ))),
    }
}

/// The count of `seq * n`: an int or bool that fits a machine word.
fn repeat_count(count: &Obj) -> PyResult<Int> {
    let Some(n) = count.as_int() else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            count.type_name()
        )));
    };
    if n.as_i64().is_none() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    Ok(n.into_owned())
}

/// `seq * count`; `None` when `seq` is not a sequence.
fn repeat(seq: &Obj, count: &Obj) -> Option<PyResult<Obj>> {
    let n = || repeat_count(count);
    Some(match seq {
        Obj::Str(s) => n().and_then(|n| s.repeat(&n)).map(Obj::Str),
        Obj::List(l) => n().and_then(|n| l.repeat(&n)).map(Obj::List),
        Obj::Tuple(t) => n().and_then(|n| repeat_tuple(t, &n)),
        Obj::Bytes(b) => n().and_then(|n| b.repeat(&n)).map(Obj::Bytes),
        Obj::ByteArray(b) => n().and_then(|n| b.repeat(&n)).map(Obj::ByteArray),
        _ => return None,
    })
}

fn repeat_tuple(items: &[Obj], n: &Int) -> PyResult<Obj> {
    let n = usize::try_from(n.as_i64().unwrap_or(0)).unwrap_or(0);
    let total = items.len().checked_mul(n);
    let mut out = Vec::new();
    // CPython raises MemoryError rather than failing to allocate.
    total
        .filter(|t| *t <= isize::MAX as usize / 64)
        .and_then(|t| out.try_reserve_exact(t).ok())
        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(Obj::tuple(out))
}

/// `str % args`: printf-style formatting, a tuple giving the arguments.
fn percent(template: &Str, args: &Obj) -> PyResult<Obj> {
    let formatted = match args {
        Obj::Tuple(items) => {
            let args: Vec<FormatArg> = items.iter().map(FormatArg::from).collect();
            percent_format(template, &args)?
        }
        // Subscriptable operands count as mappings (see percent_format_value).
        other => {
            let mapping = matches!(
                other,
                Obj::List(_) | Obj::Dict(_) | Obj::Bytes(_) | Obj::ByteArray(_)
            );
            percent_format_value(template, FormatArg::from(other), mapping)?
        }
    };
    Ok(Obj::Str(formatted))
}

// ---------------------------------------------------------------------------
// Sets and dicts

/// `| & - ^` between sets and frozensets; the result has the left
/// operand's type. `None` when an operand is not a set.
fn set_op(a: &Obj, b: &Obj, op: BinOp) -> Option<Obj> {
    macro_rules! apply {
        ($x:expr, $y:expr, $wrap:path) => {
            match op {
                BinOp::Or => $wrap($x.union($y)),
                BinOp::And => $wrap($x.intersection($y)),
                BinOp::Sub => $wrap($x.difference($y)),
                BinOp::Xor => $wrap($x.symmetric_difference($y)),
                _ => return None,
            }
        };
    }
    Some(match (a, b) {
        (Obj::Set(x), Obj::Set(y)) => apply!(x, y, Obj::Set),
        (Obj::Set(x), Obj::FrozenSet(y)) => apply!(x, y, Obj::Set),
        (Obj::FrozenSet(x), Obj::Set(y)) => apply!(x, y, Obj::FrozenSet),
        (Obj::FrozenSet(x), Obj::FrozenSet(y)) => apply!(x, y, Obj::FrozenSet),
        _ => return None,
    })
}

/// `s op= other` for a set: updates `s` in place. `false` when `other`
/// is not a set (CPython then raises, naming `op=`).
fn set_update(s: &crate::Set<Obj>, other: &Obj, op: BinOp) -> bool {
    macro_rules! apply {
        ($y:expr) => {
            match op {
                BinOp::Or => s.update($y),
                BinOp::And => s.intersection_update($y),
                BinOp::Sub => s.difference_update($y),
                BinOp::Xor => s.symmetric_difference_update($y),
                _ => return false,
            }
        };
    }
    match other {
        Obj::Set(y) => apply!(y),
        Obj::FrozenSet(y) => apply!(y),
        _ => return false,
    }
    true
}

/// `d |= other`: a dict, or an iterable of key/value pairs.
pub(super) fn dict_update(d: &crate::Dict<Obj, Obj>, other: &Obj) -> PyResult<()> {
    if let Obj::Dict(o) = other {
        d.update(o);
        return Ok(());
    }
    let mut items = other.iter()?;
    let mut index = 0usize;
    while let Some(item) = items.try_next()? {
        let pair: Vec<Obj> = match item.iter() {
            Ok(mut it) => {
                std::iter::from_fn(|| it.try_next().transpose()).collect::<PyResult<_>>()?
            }
            Err(_) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                )))
            }
        };
        let [key, value]: [Obj; 2] = pair.try_into().map_err(|p: Vec<Obj>| {
            PyErr::new(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{index} has length {}; 2 is required",
                    p.len()
                ),
            )
        })?;
        key.check_hashable()?;
        d.set(key, value);
        index += 1;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Dispatch

impl Obj {
    fn binary(&self, other: &Obj, op: BinOp, form: Form) -> PyResult<Obj> {
        if let Some(result) = numeric(self, other, op)? {
            return Ok(result);
        }
        match op {
            BinOp::Add => return concat(self, other, op, form),
            BinOp::Mul => {
                if let Some(result) = repeat(self, other).or_else(|| repeat(other, self)) {
                    return result;
                }
            }
            BinOp::Mod => match self {
                Obj::Str(t) => return percent(t, other),
                Obj::Bytes(_) | Obj::ByteArray(_) => {
                    return Err(unsupported("printf-style formatting of bytes"))
                }
                _ => {}
            },
            BinOp::Or => {
                if let (Obj::Dict(x), Obj::Dict(y)) = (self, other) {
                    let merged = x.copy();
                    merged.update(y);
                    return Ok(Obj::Dict(merged));
                }
            }
            _ => {}
        }
        set_op(self, other, op).ok_or_else(|| unsupported_operands(op, form, self, other))
    }

    /// `a op= b`: containers that Python updates in place are changed
    /// here, so aliases see it; the result is what the name rebinds to.
    fn in_place(&self, other: &Obj, op: BinOp) -> PyResult<Obj> {
        match (self, op) {
            (Obj::List(l), BinOp::Add) => {
                let mut items = other.iter()?;
                let extra: Vec<Obj> =
                    std::iter::from_fn(|| items.try_next().transpose()).collect::<PyResult<_>>()?;
                l.extend_from(extra);
            }
            (Obj::List(l), BinOp::Mul) => l.repeat_in_place(&repeat_count(other)?)?,
            (Obj::ByteArray(b), BinOp::Add) => match other {
                Obj::Bytes(o) => b.extend(o),
                Obj::ByteArray(o) => b.extend(o),
                _ => return concat_bytes(self, other),
            },
            (Obj::ByteArray(b), BinOp::Mul) => b.repeat_in_place(&repeat_count(other)?)?,
            // A container without repetition stops CPython's `*=` from
            // trying the right operand's (`{} *= 'ab'` raises, `{} * 'ab'`
            // names the dict as the bad count).
            (Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_), BinOp::Mul) => {
                return Err(unsupported_operands(op, Form::InPlace, self, other))
            }
            (Obj::Set(s), _) if set_update(s, other, op) => {}
            (Obj::Dict(d), BinOp::Or) => dict_update(d, other)?,
            _ => return self.binary(other, op, Form::InPlace),
        }
        Ok(self.clone())
    }
}

macro_rules! binary_methods {
    ($($(#[$doc:meta])* $name:ident $iname:ident $op:ident;)*) => {
        impl Obj {
            $(
                $(#[$doc])*
                pub fn $name(&self, other: &Obj) -> PyResult<Obj> {
                    self.binary(other, BinOp::$op, Form::Binary)
                }

                /// The augmented assignment form (`op=`); mutable
                /// containers are updated in place.
                pub fn $iname(&self, other: &Obj) -> PyResult<Obj> {
                    self.in_place(other, BinOp::$op)
                }
            )*
        }
    };
}

binary_methods! {
    /// `a + b`.
    add iadd Add;
    /// `a - b`.
    sub isub Sub;
    /// `a * b`.
    mul imul Mul;
    /// `a / b`.
    true_div itrue_div TrueDiv;
    /// `a // b`.
    floor_div ifloor_div FloorDiv;
    /// `a % b`, including printf-style formatting of a str.
    modulo imodulo Mod;
    /// `a ** b`.
    pow ipow Pow;
    /// `a & b`.
    bit_and ibit_and And;
    /// `a | b`.
    bit_or ibit_or Or;
    /// `a ^ b`.
    bit_xor ibit_xor Xor;
    /// `a << b`.
    lshift ilshift LShift;
    /// `a >> b`.
    rshift irshift RShift;
}

impl Obj {
    /// `-x`.
    pub fn neg(&self) -> PyResult<Obj> {
        match self {
            Obj::Float(f) => Ok(Obj::Float(-f)),
            _ => match self.as_int() {
                Some(i) => Ok(Obj::Int(i.neg())),
                None => Err(bad_unary("unary -", self)),
            },
        }
    }

    /// `+x`: a bool becomes an int.
    pub fn pos(&self) -> PyResult<Obj> {
        match self {
            Obj::Float(f) => Ok(Obj::Float(*f)),
            _ => match self.as_int() {
                Some(i) => Ok(Obj::Int(i.into_owned())),
                None => Err(bad_unary("unary +", self)),
            },
        }
    }

    /// `~x`.
    pub fn invert(&self) -> PyResult<Obj> {
        match self.as_int() {
            Some(i) => Ok(Obj::Int(i.invert())),
            None => Err(bad_unary("unary ~", self)),
        }
    }

    /// `abs(x)`.
    pub fn abs(&self) -> PyResult<Obj> {
        match self {
            Obj::Float(f) => Ok(Obj::Float(f.abs())),
            _ => match self.as_int() {
                Some(i) => Ok(Obj::Int(i.abs())),
                None => Err(bad_unary("abs()", self)),
            },
        }
    }
}
