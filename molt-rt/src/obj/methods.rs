//! Method calls on `Obj`: `value.name(*args)` when the value's type is
//! known only at run time.
//!
//! Each call checks the argument count first, with the wording of the
//! calling convention CPython's method uses (`str.upper() takes no
//! arguments (1 given)`, `list.append() takes exactly one argument (0
//! given)`, `center expected at least 1 argument, got 0`, `find() takes at
//! most 3 arguments (4 given)`), then converts the arguments in CPython's
//! order with its TypeErrors, and finally calls the same typed runtime
//! method the statically typed code uses (`Str::split_py`, `List::pop_at`,
//! `Set::update_iter`, ...), so results and the remaining exceptions are
//! the typed code's, which are CPython's.
//!
//! Only positional arguments exist here: keyword-only parameters
//! (`list.sort(key=..., reverse=...)`, `int.to_bytes(signed=...)`) keep
//! their defaults.
//!
//! A name that is no attribute of the type raises CPython's
//! AttributeError. A name CPython has but that is not supported here
//! (`str.translate`, `bytes.center`, dunder methods, ...) raises Molt's
//! loud NotImplementedError rather than a wrong AttributeError; calling a
//! data attribute (`(5).real()`) raises CPython's `'int' object is not
//! callable`.
//!
//! Not reproduced: `dict.keys()`, `values()` and `items()` return new
//! lists (`Obj::List`) instead of live view objects, so they iterate,
//! measure and test membership as the views do but print as lists and do
//! not follow later changes to the dict.

use super::{type_error, Obj};
use crate::bytes::{ByteArray, Bytes, BytesLike};
use crate::dict::Dict;
use crate::exc::{unsupported, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::list::List;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use crate::text::percent::FormatArg;
use std::rc::Rc;

// ---------------------------------------------------------------------------
// Argument counts

/// How a method checks its argument count; each of CPython's calling
/// conventions words the TypeError differently. (Methods taking `*args`,
/// `str.format` and the set operations, check nothing.)
#[derive(Clone, Copy)]
enum Arity {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only (`_PyArg_CheckPositional`):
    /// `center expected at least 1 argument, got 0`.
    Check(usize, usize),
    /// `PyArg_ParseTuple`, or Argument Clinic with keywords:
    /// `find() takes at least 1 argument (0 given)`.
    Parse(usize, usize),
    /// Keyword-only parameters after `positional` positional ones, `total`
    /// parameters in all: `sort() takes no positional arguments`.
    KwOnly { positional: usize, total: usize },
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One method call being dispatched.
struct Call<'a> {
    recv: &'a Obj,
    name: &'a str,
    args: &'a [Obj],
}

impl Call<'_> {
    /// Raises CPython's TypeError when the argument count does not fit.
    fn arity(&self, arity: Arity) -> PyResult<()> {
        let n = self.args.len();
        let (t, name) = (self.recv.type_name(), self.name);
        let message = match arity {
            Arity::NoArgs if n > 0 => format!("{t}.{name}() takes no arguments ({n} given)"),
            Arity::One if n != 1 => {
                format!("{t}.{name}() takes exactly one argument ({n} given)")
            }
            Arity::Check(min, max) if n < min || n > max => {
                let (how, k) = match (min == max, n < min) {
                    (true, _) => ("", min),
                    (false, true) => ("at least ", min),
                    (false, false) => ("at most ", max),
                };
                format!("{name} expected {how}{k} argument{}, got {n}", plural(k))
            }
            Arity::Parse(min, max) if n < min || n > max => {
                let (how, k) = match (min == max, n < min) {
                    (true, _) => ("exactly", min),
                    (false, true) => ("at least", min),
                    (false, false) => ("at most", max),
                };
                format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k))
            }
            Arity::KwOnly { total, .. } if n > total => {
                format!(
                    "{name}() takes at most {total} argument{} ({n} given)",
                    plural(total)
                )
            }
            Arity::KwOnly { positional: 0, .. } if n > 0 => {
                format!("{name}() takes no positional arguments")
            }
            Arity::KwOnly { positional, .. } if n > positional => format!(
                "{name}() takes at most {positional} positional argument{} ({n} given)",
                plural(positional)
            ),
            _ => return Ok(()),
        };
        Err(type_error(message))
    }

    fn arg(&self, i: usize) -> Option<&Obj> {
        self.args.get(i)
    }

    /// The first argument, once the arity check has ensured it is there.
    fn first(&self) -> &Obj {
        self.args.first().unwrap_or(&Obj::None)
    }

    /// The error for a method this type does not have, or does not have
    /// here.
    fn missing(&self) -> PyErr {
        let t = self.recv.type_name();
        if let Some(kind) = data_attribute(self.recv, self.name) {
            return type_error(format!("'{kind}' object is not callable"));
        }
        if has_attribute(self.recv, self.name) {
            return unsupported(&format!(
                "{t}.{}() on a value whose type is known only at run time",
                self.name
            ));
        }
        PyErr::new(
            ExcKind::AttributeError,
            format!("'{t}' object has no attribute '{}'", self.name),
        )
    }
}

// ---------------------------------------------------------------------------
// Attribute names

/// The type of a non-callable attribute (`(5).real`), if `name` is one.
fn data_attribute(recv: &Obj, name: &str) -> Option<&'static str> {
    match (recv, name) {
        (Obj::Int(_) | Obj::Bool(_), "real" | "imag" | "numerator" | "denominator") => Some("int"),
        (Obj::Float(_), "real" | "imag") => Some("float"),
        (_, "__doc__") => match recv {
            Obj::None => Some("NoneType"),
            _ => Some("str"),
        },
        _ => None,
    }
}

/// The attributes every object has (`dir(object)`).
const OBJECT_ATTRS: &str = "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ \
    __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ \
    __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ \
    __subclasshook__";

const NONE_ATTRS: &str = "__bool__";

const INT_ATTRS: &str = "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ \
    __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ \
    __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ \
    __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ \
    __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count \
    bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes";

const FLOAT_ATTRS: &str = "__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ \
    __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ \
    __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ \
    __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag \
    is_integer real";

const STR_ATTRS: &str = "__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ \
    __mod__ __mul__ __rmod__ __rmul__ capitalize casefold center count encode endswith \
    expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit \
    isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip \
    maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit \
    rstrip split splitlines startswith strip swapcase title translate upper zfill";

const BYTES_ATTRS: &str = "__add__ __buffer__ __bytes__ __contains__ __getitem__ \
    __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize center count \
    decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower \
    isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix \
    removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines \
    startswith strip swapcase title translate upper zfill";

const BYTEARRAY_ATTRS: &str = "__add__ __alloc__ __buffer__ __contains__ __delitem__ \
    __getitem__ __iadd__ __imul__ __iter__ __len__ __mod__ __mul__ __release_buffer__ __rmod__ \
    __rmul__ __setitem__ append capitalize center clear copy count decode endswith expandtabs \
    extend find fromhex hex index insert isalnum isalpha isascii isdigit islower isspace \
    istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix \
    removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines \
    startswith strip swapcase title translate upper zfill";

const TUPLE_ATTRS: &str = "__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ \
    __iter__ __len__ __mul__ __rmul__ count index";

const LIST_ATTRS: &str = "__add__ __class_getitem__ __contains__ __delitem__ __getitem__ \
    __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append clear \
    copy count extend index insert pop remove reverse sort";

const DICT_ATTRS: &str = "__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ \
    __iter__ __len__ __or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items \
    keys pop popitem setdefault update values";

const SET_ATTRS: &str = "__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ \
    __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add \
    clear copy difference difference_update discard intersection intersection_update \
    isdisjoint issubset issuperset pop remove symmetric_difference \
    symmetric_difference_update union update";

const FROZENSET_ATTRS: &str = "__and__ __class_getitem__ __contains__ __iter__ __len__ __or__ \
    __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ copy difference intersection isdisjoint \
    issubset issuperset symmetric_difference union";

/// Whether CPython 3.12's `dir(type(recv))` lists `name`.
fn has_attribute(recv: &Obj, name: &str) -> bool {
    let own = match recv {
        Obj::None => NONE_ATTRS,
        Obj::Bool(_) | Obj::Int(_) => INT_ATTRS,
        Obj::Float(_) => FLOAT_ATTRS,
        Obj::Str(_) => STR_ATTRS,
        Obj::Bytes(_) => BYTES_ATTRS,
        Obj::ByteArray(_) => BYTEARRAY_ATTRS,
        Obj::Tuple(_) => TUPLE_ATTRS,
        Obj::List(_) => LIST_ATTRS,
        Obj::Dict(_) => DICT_ATTRS,
        Obj::Set(_) => SET_ATTRS,
        Obj::FrozenSet(_) => FROZENSET_ATTRS,
    };
    [OBJECT_ATTRS, own]
        .iter()
        .any(|names| names.split_ascii_whitespace().any(|n| n == name))
}

// ---------------------------------------------------------------------------
// Argument conversions

/// How Argument Clinic names an argument's type: `None` for None.
fn clinic_type_name(v: &Obj) -> &'static str {
    match v {
        Obj::None => "None",
        _ => v.type_name(),
    }
}

fn not_an_integer(v: &Obj) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// An argument CPython converts with `__index__`.
fn index_arg(v: &Obj) -> PyResult<Int> {
    v.as_int()
        .map(|i| i.into_owned())
        .ok_or_else(|| not_an_integer(v))
}

/// An argument CPython converts to `Py_ssize_t`, raising OverflowError
/// when it does not fit.
fn ssize_arg(v: &Obj) -> PyResult<Int> {
    let i = index_arg(v)?;
    if i.as_i64().is_none() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(i)
}

/// A `start`/`end` argument of `find`, `count`, `startswith`, ...: None,
/// or an int (huge values clamp later).
fn slice_bound(v: Option<&Obj>) -> PyResult<Option<Int>> {
    match v {
        None | Some(Obj::None) => Ok(None),
        Some(v) => v.as_int().map(|i| Some(i.into_owned())).ok_or_else(|| {
            type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// A `start`/`stop` argument of `list.index` and `tuple.index`, clamped
/// to `0..=len` after counting a negative one from the end.
fn index_bound(v: Option<&Obj>, default: usize, len: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = v
        .as_int()
        .ok_or_else(|| type_error("slice indices must be integers or have an __index__ method"))?;
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let i = i
        .as_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let i = if i < 0 {
        i.saturating_add(len).max(0)
    } else {
        i.min(len)
    };
    Ok(usize::try_from(i).unwrap_or(0))
}

/// A str argument, or the TypeError `message` gives for `v`.
fn str_arg(v: &Obj, message: impl FnOnce(&Obj) -> String) -> PyResult<Str> {
    match v {
        Obj::Str(s) => Ok(s.clone()),
        _ => Err(type_error(message(v))),
    }
}

/// An optional str argument that may also be None.
fn opt_str_arg(v: Option<&Obj>, message: impl FnOnce(&Obj) -> String) -> PyResult<Option<Str>> {
    match v {
        None | Some(Obj::None) => Ok(None),
        Some(v) => str_arg(v, message).map(Some),
    }
}

/// A str argument of Argument Clinic: `encode() argument 'errors' must be
/// str, not int`.
fn clinic_str(v: Option<&Obj>, func: &str, what: &str) -> PyResult<Option<Str>> {
    v.map(|v| {
        str_arg(v, |v| {
            format!(
                "{func}() argument {what} must be str, not {}",
                clinic_type_name(v)
            )
        })
    })
    .transpose()
}

/// The contents of a bytes-like argument.
fn bytes_of(v: &Obj) -> Option<Vec<u8>> {
    v.with_bytes(|b| b.to_vec())
}

/// A bytes-like argument, or `a bytes-like object is required, not 'int'`.
fn required_bytes(v: &Obj) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// An optional bytes-like argument that may also be None.
fn opt_bytes(v: Option<&Obj>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Obj::None) => Ok(None),
        Some(v) => required_bytes(v).map(Some),
    }
}

/// A byte value (`bytearray.append`): an int in `range(0, 256)`.
fn byte_arg(v: &Obj) -> PyResult<u8> {
    let i = index_arg(v)?;
    i.as_i64()
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// The `sub` of `bytes.find` and friends: bytes-like, or a byte value.
fn bytes_sub(v: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    let Some(i) = v.as_int() else {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        )));
    };
    i.as_i64()
        .and_then(|i| u8::try_from(i).ok())
        .map(|b| vec![b])
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// The items of an iterable argument, raising the iteration's errors.
fn items_of(v: &Obj) -> PyResult<Vec<Obj>> {
    v.iter()?.fallible().collect()
}

/// `s.join(iterable)` and `b.join(iterable)` first turn the argument into
/// a sequence, with this message for a non-iterable.
fn join_items(v: &Obj) -> PyResult<Vec<Obj>> {
    let it = v
        .iter()
        .map_err(|_| type_error("can only join an iterable"))?;
    it.fallible().collect()
}

fn str_list(items: Vec<Str>) -> Obj {
    Obj::List(List::from(
        items.into_iter().map(Obj::Str).collect::<Vec<_>>(),
    ))
}

fn int_obj(n: usize) -> Obj {
    Obj::Int(Int::from_usize(n))
}

// ---------------------------------------------------------------------------
// Dispatch

impl Obj {
    /// `value.name(*args)` for a value whose type is known at run time,
    /// with CPython 3.12's results and exceptions (see the module docs).
    pub fn call_method(&self, name: &str, args: Vec<Obj>) -> PyResult<Obj> {
        let c = Call {
            recv: self,
            name,
            args: &args,
        };
        let found = match self {
            Obj::None => None,
            Obj::Bool(b) => int_method(&c, &Int::from(*b))?,
            Obj::Int(i) => int_method(&c, i)?,
            Obj::Float(f) => float_method(&c, *f)?,
            Obj::Str(s) => str_method(&c, s)?,
            Obj::Bytes(b) => bytes_method(&c, b)?,
            Obj::ByteArray(b) => match bytearray_method(&c, b)? {
                Some(v) => Some(v),
                None => bytearray_common_method(&c, b)?,
            },
            Obj::Tuple(t) => tuple_method(&c, t)?,
            Obj::List(l) => list_method(&c, l)?,
            Obj::Dict(d) => dict_method(&c, d)?,
            Obj::Set(s) => set_method(&c, s, false)?,
            Obj::FrozenSet(s) => match (name, args.is_empty()) {
                // `fs.copy()` is the same object.
                ("copy", true) => Some(self.clone()),
                _ => set_method(&c, &s.thaw_exact(), true)?,
            },
        };
        found.ok_or_else(|| c.missing())
    }
}

// ---------------------------------------------------------------------------
// int, float

fn int_method(c: &Call, i: &Int) -> PyResult<Option<Obj>> {
    use Arity::*;
    Ok(Some(match c.name {
        "bit_length" => {
            c.arity(NoArgs)?;
            Obj::Int(i.bit_length())
        }
        "bit_count" => {
            c.arity(NoArgs)?;
            Obj::Int(i.bit_count())
        }
        "conjugate" => {
            c.arity(NoArgs)?;
            Obj::Int(i.clone())
        }
        "as_integer_ratio" => {
            c.arity(NoArgs)?;
            Obj::tuple(vec![Obj::Int(i.clone()), Obj::Int(Int::from(1))])
        }
        "is_integer" => {
            c.arity(NoArgs)?;
            Obj::Bool(true)
        }
        "to_bytes" => {
            c.arity(KwOnly {
                positional: 2,
                total: 3,
            })?;
            let length = c.arg(0).map(ssize_arg).transpose()?;
            let order = clinic_str(c.arg(1), "to_bytes", "'byteorder'")?;
            let length = length.unwrap_or(Int::from(1));
            let order = order.as_deref().unwrap_or("big");
            Obj::Bytes(i.to_bytes(&length, order, false)?)
        }
        _ => return Ok(None),
    }))
}

fn float_method(c: &Call, x: f64) -> PyResult<Option<Obj>> {
    if !matches!(
        c.name,
        "is_integer" | "as_integer_ratio" | "hex" | "conjugate"
    ) {
        return Ok(None);
    }
    c.arity(Arity::NoArgs)?;
    Ok(Some(match c.name {
        "is_integer" => Obj::Bool(crate::float::is_integer(x)),
        "as_integer_ratio" => {
            let (n, d) = crate::float::as_integer_ratio(x)?;
            Obj::tuple(vec![Obj::Int(n), Obj::Int(d)])
        }
        "hex" => Obj::Str(Str::from(float_hex(x))),
        _ => Obj::Float(x),
    }))
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers,
/// `0x0.<digits>p-1022` for subnormal ones, as CPython's `float_hex`.
fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return crate::text::float_repr::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = (bits >> 52) & 0x7ff;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased as i64 - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

// ---------------------------------------------------------------------------
// str

fn str_method(c: &Call, s: &Str) -> PyResult<Option<Obj>> {
    use Arity::*;
    let must_be_str = |v: &Obj| format!("must be str, not {}", v.type_name());
    Ok(Some(match c.name {
        "upper" | "lower" | "casefold" | "title" | "capitalize" | "swapcase" => {
            c.arity(NoArgs)?;
            Obj::Str(match c.name {
                "upper" => s.upper_py(),
                "lower" => s.lower_py(),
                "casefold" => s.casefold_py(),
                "title" => s.title_py(),
                "capitalize" => s.capitalize_py(),
                _ => s.swapcase_py(),
            })
        }
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "istitle"
        | "isidentifier" | "isdecimal" | "isnumeric" | "isprintable" | "isascii" => {
            c.arity(NoArgs)?;
            Obj::Bool(match c.name {
                "isdigit" => s.isdigit_py(),
                "isalpha" => s.isalpha_py(),
                "isalnum" => s.isalnum_py(),
                "isspace" => s.isspace_py(),
                "isupper" => s.isupper_py(),
                "islower" => s.islower_py(),
                "istitle" => s.istitle_py(),
                "isidentifier" => s.isidentifier_py(),
                "isdecimal" => s.isdecimal_py(),
                "isnumeric" => s.isnumeric_py(),
                "isprintable" => s.isprintable_py(),
                _ => s.isascii_py(),
            })
        }
        "strip" | "lstrip" | "rstrip" => {
            c.arity(Check(0, 1))?;
            let chars = opt_str_arg(c.arg(0), |_| format!("{} arg must be None or str", c.name))?;
            let chars = chars.as_ref();
            Obj::Str(match c.name {
                "strip" => s.strip_py(chars),
                "lstrip" => s.lstrip_py(chars),
                _ => s.rstrip_py(chars),
            })
        }
        "split" | "rsplit" => {
            c.arity(Parse(0, 2))?;
            // Argument Clinic converts `maxsplit`; `sep` is checked later.
            let maxsplit = c.arg(1).map(ssize_arg).transpose()?;
            let sep = opt_str_arg(c.arg(0), |v| {
                format!("must be str or None, not {}", v.type_name())
            })?;
            let parts = if c.name == "split" {
                s.split_py(sep.as_ref(), maxsplit.as_ref())?
            } else {
                s.rsplit_py(sep.as_ref(), maxsplit.as_ref())?
            };
            str_list(parts)
        }
        "join" => {
            c.arity(One)?;
            Obj::Str(Obj::join(s, join_items(c.first())?.into_iter())?)
        }
        "replace" => {
            c.arity(Check(2, 3))?;
            let old = str_arg(c.first(), |v| {
                format!(
                    "replace() argument 1 must be str, not {}",
                    clinic_type_name(v)
                )
            })?;
            let new = str_arg(&c.args[1], |v| {
                format!(
                    "replace() argument 2 must be str, not {}",
                    clinic_type_name(v)
                )
            })?;
            let count = c.arg(2).map(index_arg).transpose()?;
            Obj::Str(s.replace_py(&old, &new, count.as_ref())?)
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            c.arity(Parse(1, 3))?;
            let start = slice_bound(c.arg(1))?;
            let end = slice_bound(c.arg(2))?;
            let sub = str_arg(c.first(), must_be_str)?;
            let (start, end) = (start.as_ref(), end.as_ref());
            Obj::Int(match c.name {
                "find" => s.find_py(&sub, start, end),
                "rfind" => s.rfind_py(&sub, start, end),
                "index" => s.index_py(&sub, start, end)?,
                "rindex" => s.rindex_py(&sub, start, end)?,
                _ => s.count_py(&sub, start, end),
            })
        }
        "startswith" | "endswith" => {
            c.arity(Parse(1, 3))?;
            let start = slice_bound(c.arg(1))?;
            let end = slice_bound(c.arg(2))?;
            let test = |p: &Str| {
                let one = std::slice::from_ref(p);
                if c.name == "startswith" {
                    s.startswith_py(one, start.as_ref(), end.as_ref())
                } else {
                    s.endswith_py(one, start.as_ref(), end.as_ref())
                }
            };
            Obj::Bool(match c.first() {
                Obj::Str(p) => test(p),
                // The tuple's items are checked as they are tried.
                Obj::Tuple(items) => {
                    let mut found = false;
                    for item in items.iter() {
                        let Obj::Str(p) = item else {
                            return Err(type_error(format!(
                                "tuple for {} must only contain str, not {}",
                                c.name,
                                item.type_name()
                            )));
                        };
                        if test(p) {
                            found = true;
                            break;
                        }
                    }
                    found
                }
                other => {
                    return Err(type_error(format!(
                        "{} first arg must be str or a tuple of str, not {}",
                        c.name,
                        other.type_name()
                    )))
                }
            })
        }
        "zfill" => {
            c.arity(One)?;
            Obj::Str(s.zfill_py(&index_arg(c.first())?)?)
        }
        "center" | "ljust" | "rjust" => {
            c.arity(Check(1, 2))?;
            let width = ssize_arg(c.first())?;
            let fill = c
                .arg(1)
                .map(|v| {
                    str_arg(v, |v| {
                        format!(
                            "The fill character must be a unicode character, not {}",
                            v.type_name()
                        )
                    })
                })
                .transpose()?;
            Obj::Str(match c.name {
                "center" => s.center_py(&width, fill.as_ref())?,
                "ljust" => s.ljust_py(&width, fill.as_ref())?,
                _ => s.rjust_py(&width, fill.as_ref())?,
            })
        }
        "partition" | "rpartition" => {
            c.arity(One)?;
            let sep = str_arg(c.first(), must_be_str)?;
            let (a, b, d) = if c.name == "partition" {
                s.partition_py(&sep)?
            } else {
                s.rpartition_py(&sep)?
            };
            Obj::tuple(vec![Obj::Str(a), Obj::Str(b), Obj::Str(d)])
        }
        "splitlines" => {
            c.arity(Parse(0, 1))?;
            let keepends = c.arg(0).is_some_and(Obj::is_true);
            str_list(s.splitlines_py(keepends))
        }
        "expandtabs" => {
            c.arity(Parse(0, 1))?;
            let tabsize = c.arg(0).map(index_arg).transpose()?;
            Obj::Str(s.expandtabs_py(tabsize.as_ref())?)
        }
        "encode" => {
            c.arity(Parse(0, 2))?;
            let encoding = clinic_str(c.arg(0), "encode", "'encoding'")?;
            let errors = clinic_str(c.arg(1), "encode", "'errors'")?;
            Obj::Bytes(s.encode_py(encoding.as_ref(), errors.as_ref())?)
        }
        "removeprefix" | "removesuffix" => {
            c.arity(One)?;
            let affix = str_arg(c.first(), |v| {
                format!(
                    "{}() argument must be str, not {}",
                    c.name,
                    clinic_type_name(v)
                )
            })?;
            let rest = if c.name == "removeprefix" {
                s.as_str().strip_prefix(affix.as_str())
            } else {
                s.as_str().strip_suffix(affix.as_str())
            };
            match rest {
                Some(rest) if !affix.is_empty() => Obj::Str(Str::from(rest)),
                _ => Obj::Str(s.clone()),
            }
        }
        "format" => {
            let args: Vec<FormatArg> = c.args.iter().map(FormatArg::from).collect();
            Obj::Str(crate::text::str_format::str_format(s, &args, &[])?)
        }
        _ => return Ok(None),
    }))
}

// ---------------------------------------------------------------------------
// bytes, bytearray

/// `b.startswith(prefix, ...)`'s test of one prefix.
fn affix_test(b: &[u8], p: &[u8], c: &Call, start: Option<&Int>, end: Option<&Int>) -> bool {
    let hay = Bytes::from(b);
    let one = [Bytes::from(p)];
    if c.name == "startswith" {
        hay.startswith_py(&one, start, end)
    } else {
        hay.endswith_py(&one, start, end)
    }
}

/// The ASCII predicates of bytes and bytearray (CPython's
/// `Py_ISALPHA`, ... on each byte).
fn bytes_predicate(name: &str, b: &[u8]) -> Option<bool> {
    let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
    Some(match name {
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isdigit" => all(u8::is_ascii_digit),
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isspace" => all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)),
        "isascii" => b.is_ascii(),
        "islower" => b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
        "isupper" => b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
        "istitle" => {
            let (mut cased, mut previous_cased) = (false, false);
            for c in b {
                if c.is_ascii_uppercase() {
                    if previous_cased {
                        return Some(false);
                    }
                    previous_cased = true;
                    cased = true;
                } else if c.is_ascii_lowercase() {
                    if !previous_cased {
                        return Some(false);
                    }
                    previous_cased = true;
                    cased = true;
                } else {
                    previous_cased = false;
                }
            }
            cased
        }
        _ => return None,
    })
}

/// The `sep` of `b.hex(sep, bytes_per_sep)` as the typed method takes it.
/// CPython checks the length of any object first, then the type: a str,
/// or exactly bytes (read here as Latin-1, so that the typed method's
/// ASCII check applies).
fn hex_sep(v: Option<&Obj>) -> PyResult<Option<Str>> {
    let Some(v) = v else { return Ok(None) };
    if v.len()? != 1 {
        return Err(PyErr::new(ExcKind::ValueError, "sep must be length 1."));
    }
    match v {
        Obj::Str(s) => Ok(Some(s.clone())),
        Obj::Bytes(b) => Ok(Some(Str::from(
            b.as_slice()
                .iter()
                .map(|&c| char::from(c))
                .collect::<String>(),
        ))),
        _ => Err(type_error("sep must be str or bytes.")),
    }
}

/// The methods bytes and bytearray share; results have the receiver's
/// type.
macro_rules! bytes_common_methods {
    ($fname:ident, $T:ident, $wrap:path) => {
        fn $fname(c: &Call, b: &$T) -> PyResult<Option<Obj>> {
            use Arity::*;
            let wrap = |v: $T| $wrap(v);
            if let Some(answer) = b.with_bytes(|data| bytes_predicate(c.name, data)) {
                c.arity(NoArgs)?;
                return Ok(Some(Obj::Bool(answer)));
            }
            Ok(Some(match c.name {
                "decode" => {
                    c.arity(Parse(0, 2))?;
                    let encoding = clinic_str(c.arg(0), "decode", "'encoding'")?;
                    let errors = clinic_str(c.arg(1), "decode", "'errors'")?;
                    Obj::Str(b.decode(encoding.as_ref(), errors.as_ref())?)
                }
                "hex" => {
                    c.arity(Parse(0, 2))?;
                    let per = c.arg(1).map(index_arg).transpose()?;
                    if per
                        .as_ref()
                        .is_some_and(|p| p.as_i64().and_then(|p| i32::try_from(p).ok()).is_none())
                    {
                        return Err(PyErr::new(
                            ExcKind::OverflowError,
                            "Python int too large to convert to C int",
                        ));
                    }
                    let sep = hex_sep(c.arg(0))?;
                    Obj::Str(b.hex_py(sep.as_ref(), per.as_ref())?)
                }
                "upper" => {
                    c.arity(NoArgs)?;
                    wrap(b.upper_py())
                }
                "lower" => {
                    c.arity(NoArgs)?;
                    wrap(b.lower_py())
                }
                "strip" | "lstrip" | "rstrip" => {
                    c.arity(Check(0, 1))?;
                    let chars = opt_bytes(c.arg(0))?.map($T::from);
                    wrap(match c.name {
                        "strip" => b.strip_py(chars.as_ref()),
                        "lstrip" => b.lstrip_py(chars.as_ref()),
                        _ => b.rstrip_py(chars.as_ref()),
                    })
                }
                "split" | "rsplit" => {
                    c.arity(Parse(0, 2))?;
                    let maxsplit = c.arg(1).map(ssize_arg).transpose()?;
                    let sep = opt_bytes(c.arg(0))?.map($T::from);
                    let parts = if c.name == "split" {
                        b.split_py(sep.as_ref(), maxsplit.as_ref())?
                    } else {
                        b.rsplit_py(sep.as_ref(), maxsplit.as_ref())?
                    };
                    Obj::List(List::from(parts.into_iter().map(wrap).collect::<Vec<_>>()))
                }
                "join" => {
                    c.arity(One)?;
                    let mut parts = Vec::new();
                    for (i, item) in join_items(c.first())?.iter().enumerate() {
                        let Some(part) = bytes_of(item) else {
                            return Err(type_error(format!(
                                "sequence item {i}: expected a bytes-like object, {} found",
                                item.type_name()
                            )));
                        };
                        parts.push(Bytes::from(part));
                    }
                    wrap(b.join_py(&parts))
                }
                "find" | "rfind" | "index" | "rindex" | "count" => {
                    c.arity(Parse(1, 3))?;
                    let start = slice_bound(c.arg(1))?;
                    let end = slice_bound(c.arg(2))?;
                    let sub = Bytes::from(bytes_sub(c.first())?);
                    let (start, end) = (start.as_ref(), end.as_ref());
                    Obj::Int(match c.name {
                        "find" => b.find_py(&sub, start, end),
                        "rfind" => b.rfind_py(&sub, start, end),
                        "index" => b.index_py(&sub, start, end)?,
                        "rindex" => b.rindex_py(&sub, start, end)?,
                        _ => b.count_py(&sub, start, end),
                    })
                }
                "replace" => {
                    c.arity(Check(2, 3))?;
                    let old = Bytes::from(required_bytes(c.first())?);
                    let new = Bytes::from(required_bytes(&c.args[1])?);
                    let count = c.arg(2).map(index_arg).transpose()?;
                    wrap(b.replace_py(&old, &new, count.as_ref())?)
                }
                "startswith" | "endswith" => {
                    c.arity(Parse(1, 3))?;
                    let start = slice_bound(c.arg(1))?;
                    let end = slice_bound(c.arg(2))?;
                    let (start, end) = (start.as_ref(), end.as_ref());
                    let data = b.to_vec();
                    Obj::Bool(match c.first() {
                        Obj::Tuple(items) => {
                            let mut found = false;
                            for item in items.iter() {
                                if affix_test(&data, &required_bytes(item)?, c, start, end) {
                                    found = true;
                                    break;
                                }
                            }
                            found
                        }
                        other => match bytes_of(other) {
                            Some(p) => affix_test(&data, &p, c, start, end),
                            None => {
                                return Err(type_error(format!(
                                    "{} first arg must be bytes or a tuple of bytes, not {}",
                                    c.name,
                                    other.type_name()
                                )))
                            }
                        },
                    })
                }
                _ => return Ok(None),
            }))
        }
    };
}

bytes_common_methods!(bytes_method, Bytes, Obj::Bytes);
bytes_common_methods!(bytearray_common_method, ByteArray, Obj::ByteArray);

/// The methods only bytearray has: it is mutable.
fn bytearray_method(c: &Call, b: &ByteArray) -> PyResult<Option<Obj>> {
    use Arity::*;
    Ok(Some(match c.name {
        "append" => {
            c.arity(One)?;
            b.append(&Int::from(i64::from(byte_arg(c.first())?)))?;
            Obj::None
        }
        "extend" => {
            c.arity(One)?;
            let arg = c.first();
            // A new buffer is built first: nothing is added on an error.
            let extra = match bytes_of(arg) {
                Some(data) => data,
                None => {
                    let items = arg.iter().map_err(|_| {
                        type_error(format!("can't extend bytearray with {}", arg.type_name()))
                    })?;
                    let mut data = Vec::new();
                    for item in items.fallible() {
                        data.push(byte_arg(&item?)?);
                    }
                    data
                }
            };
            b.extend(&Bytes::from(extra));
            Obj::None
        }
        "insert" => {
            c.arity(Check(2, 2))?;
            let index = ssize_arg(c.first())?;
            let value = byte_arg(&c.args[1])?;
            b.insert(&index, &Int::from(i64::from(value)))?;
            Obj::None
        }
        "pop" => {
            c.arity(Check(0, 1))?;
            Obj::Int(match c.arg(0) {
                None => b.pop()?,
                Some(i) => b.pop_at(&ssize_arg(i)?)?,
            })
        }
        "remove" => {
            c.arity(One)?;
            b.remove(&Int::from(i64::from(byte_arg(c.first())?)))?;
            Obj::None
        }
        "reverse" => {
            c.arity(NoArgs)?;
            b.reverse();
            Obj::None
        }
        "clear" => {
            c.arity(NoArgs)?;
            b.clear();
            Obj::None
        }
        "copy" => {
            c.arity(NoArgs)?;
            Obj::ByteArray(b.copy())
        }
        _ => return Ok(None),
    }))
}

// ---------------------------------------------------------------------------
// list, tuple

/// `Py_EQ` as containers compare their items: identity first.
fn item_eq(item: &Obj, value: &Obj) -> PyResult<bool> {
    Ok(item.is_same(value) || item.py_eq(value)?)
}

/// The first index of `value` in `items[start:stop]` (`list.index`,
/// `tuple.index`).
fn seq_index(c: &Call, items: &[Obj]) -> PyResult<Option<usize>> {
    let len = items.len();
    let start = index_bound(c.arg(1), 0, len)?;
    let stop = index_bound(c.arg(2), len, len)?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item_eq(item, c.first())? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn seq_count(items: &[Obj], value: &Obj) -> PyResult<Obj> {
    let mut n = 0;
    for item in items {
        if item_eq(item, value)? {
            n += 1;
        }
    }
    Ok(int_obj(n))
}

fn list_method(c: &Call, l: &List<Obj>) -> PyResult<Option<Obj>> {
    use Arity::*;
    Ok(Some(match c.name {
        "append" => {
            c.arity(One)?;
            l.append(c.first().clone());
            Obj::None
        }
        "extend" => {
            c.arity(One)?;
            match c.first() {
                Obj::List(other) => l.extend(other),
                other => l.extend_from(items_of(other)?),
            }
            Obj::None
        }
        "insert" => {
            c.arity(Check(2, 2))?;
            l.insert(&ssize_arg(c.first())?, c.args[1].clone());
            Obj::None
        }
        "pop" => {
            c.arity(Check(0, 1))?;
            match c.arg(0) {
                None => l.pop()?,
                Some(i) => l.pop_at(&ssize_arg(i)?)?,
            }
        }
        "remove" => {
            c.arity(One)?;
            let items = l.to_vec();
            let mut found = None;
            for (i, item) in items.iter().enumerate() {
                if item_eq(item, c.first())? {
                    found = Some(i);
                    break;
                }
            }
            match found {
                Some(i) => l.del(&Int::from_usize(i))?,
                None => {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        "list.remove(x): x not in list",
                    ))
                }
            }
            Obj::None
        }
        "index" => {
            c.arity(Check(1, 3))?;
            match seq_index(c, &l.to_vec())? {
                Some(i) => int_obj(i),
                None => {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!("{} is not in list", c.first().repr_checked()?),
                    ))
                }
            }
        }
        "count" => {
            c.arity(One)?;
            seq_count(&l.to_vec(), c.first())?
        }
        "sort" => {
            c.arity(KwOnly {
                positional: 0,
                total: 2,
            })?;
            Obj::sort_list(l, false)?;
            Obj::None
        }
        "reverse" => {
            c.arity(NoArgs)?;
            l.reverse();
            Obj::None
        }
        "copy" => {
            c.arity(NoArgs)?;
            Obj::List(l.copy())
        }
        "clear" => {
            c.arity(NoArgs)?;
            l.clear();
            Obj::None
        }
        _ => return Ok(None),
    }))
}

fn tuple_method(c: &Call, t: &Rc<[Obj]>) -> PyResult<Option<Obj>> {
    use Arity::*;
    Ok(Some(match c.name {
        "index" => {
            c.arity(Check(1, 3))?;
            match seq_index(c, t)? {
                Some(i) => int_obj(i),
                None => {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        "tuple.index(x): x not in tuple",
                    ))
                }
            }
        }
        "count" => {
            c.arity(One)?;
            seq_count(t, c.first())?
        }
        _ => return Ok(None),
    }))
}

// ---------------------------------------------------------------------------
// dict

fn key_error(key: &Obj) -> PyResult<PyErr> {
    Ok(PyErr::new(
        ExcKind::KeyError,
        key.repr_checked()?.to_string(),
    ))
}

fn dict_method(c: &Call, d: &Dict<Obj, Obj>) -> PyResult<Option<Obj>> {
    use Arity::*;
    Ok(Some(match c.name {
        "get" => {
            c.arity(Check(1, 2))?;
            let key = c.first();
            key.check_hashable()?;
            d.get_opt(key)
                .unwrap_or_else(|| c.arg(1).cloned().unwrap_or(Obj::None))
        }
        "setdefault" => {
            c.arity(Check(1, 2))?;
            let key = c.first();
            key.check_hashable()?;
            d.setdefault(key.clone(), c.arg(1).cloned().unwrap_or(Obj::None))
        }
        "pop" => {
            c.arity(Check(1, 2))?;
            let key = c.first();
            // An empty dict answers before hashing the key, as CPython's does.
            if !d.is_empty() {
                key.check_hashable()?;
                if d.contains(key) {
                    return Ok(Some(d.pop(key)?));
                }
            }
            match c.arg(1) {
                Some(default) => default.clone(),
                None => return Err(key_error(key)?),
            }
        }
        "popitem" => {
            c.arity(NoArgs)?;
            let (k, v) = d.popitem()?;
            Obj::tuple(vec![k, v])
        }
        "keys" => {
            c.arity(NoArgs)?;
            Obj::List(d.keys())
        }
        "values" => {
            c.arity(NoArgs)?;
            Obj::List(d.values())
        }
        "items" => {
            c.arity(NoArgs)?;
            let pairs: Vec<Obj> = d
                .items()
                .to_vec()
                .into_iter()
                .map(|(k, v)| Obj::tuple(vec![k, v]))
                .collect();
            Obj::List(List::from(pairs))
        }
        "update" => {
            c.arity(Check(0, 1))?;
            if let Some(other) = c.arg(0) {
                super::ops::dict_update(d, other)?;
            }
            Obj::None
        }
        "copy" => {
            c.arity(NoArgs)?;
            Obj::Dict(d.copy())
        }
        "clear" => {
            c.arity(NoArgs)?;
            d.clear();
            Obj::None
        }
        "fromkeys" => {
            c.arity(Check(1, 2))?;
            let value = c.arg(1).cloned().unwrap_or(Obj::None);
            let result = Dict::new();
            let mut items = c.first().iter()?;
            while let Some(key) = items.try_next()? {
                key.check_hashable()?;
                result.set(key, value.clone());
            }
            Obj::Dict(result)
        }
        _ => return Ok(None),
    }))
}

// ---------------------------------------------------------------------------
// set, frozenset

/// An argument of a set method, in the forms CPython treats differently.
enum SetArg {
    Set(Set<Obj>),
    Frozen(FrozenSet<Obj>),
    /// A dict: its keys, in order.
    Dict(Vec<Obj>),
    /// Any other iterable: its items up to the first unhashable one, and
    /// that item's error. Methods that update in place keep the items
    /// before the error, as CPython's do.
    Items(Vec<Obj>, Option<PyErr>),
}

impl SetArg {
    fn of(v: &Obj) -> PyResult<SetArg> {
        Ok(match v {
            Obj::Set(s) => SetArg::Set(s.clone()),
            Obj::FrozenSet(s) => SetArg::Frozen(s.clone()),
            Obj::Dict(d) => SetArg::Dict(d.keys().to_vec()),
            _ => {
                let mut it = v.iter()?;
                let mut items = Vec::new();
                loop {
                    match it.try_next() {
                        Ok(Some(x)) => match x.check_hashable() {
                            Ok(()) => items.push(x),
                            Err(e) => return Ok(SetArg::Items(items, Some(e))),
                        },
                        Ok(None) => return Ok(SetArg::Items(items, None)),
                        Err(e) => return Ok(SetArg::Items(items, Some(e))),
                    }
                }
            }
        })
    }

    /// The argument, raising its error now: for methods that build a new
    /// set, which CPython discards on an error.
    fn strict(v: &Obj) -> PyResult<SetArg> {
        match SetArg::of(v)? {
            SetArg::Items(_, Some(e)) => Err(e),
            arg => Ok(arg),
        }
    }
}

/// The result of a set method: a frozenset for a frozenset receiver.
fn set_result(s: Set<Obj>, frozen: bool) -> Obj {
    if frozen {
        Obj::FrozenSet(s.freeze_exact())
    } else {
        Obj::Set(s)
    }
}

/// `x`, or the frozenset CPython looks up instead of a set `x`
/// (`s.remove(x)`, `s.discard(x)`).
fn set_key(x: &Obj) -> PyResult<Obj> {
    let key = match x {
        Obj::Set(s) => Obj::FrozenSet(s.to_frozen()),
        _ => x.clone(),
    };
    key.check_hashable()?;
    Ok(key)
}

/// `s.intersection(*others)`: `s & a & b ...`, each step a new set.
fn intersection_multi(c: &Call, s: &Set<Obj>) -> PyResult<Set<Obj>> {
    let mut result = s.clone();
    if c.args.is_empty() {
        return Ok(s.copy());
    }
    for (i, other) in c.args.iter().enumerate() {
        // `s & s` is a copy of `s`.
        if i == 0 && other.is_same(c.recv) {
            result = s.copy();
            continue;
        }
        result = match SetArg::strict(other)? {
            SetArg::Set(o) => result.intersection(&o),
            SetArg::Frozen(o) => result.intersection(&o),
            SetArg::Dict(keys) | SetArg::Items(keys, _) => {
                result.intersection_iter(keys.into_iter())
            }
        };
    }
    Ok(result)
}

/// Applies one argument of `update` / `difference_update` in place.
fn update_with(s: &Set<Obj>, other: SetArg, difference: bool) -> PyResult<()> {
    match other {
        SetArg::Set(o) if difference => s.difference_update(&o),
        SetArg::Set(o) => s.update(&o),
        SetArg::Frozen(o) if difference => s.difference_update(&o),
        SetArg::Frozen(o) => s.update(&o),
        SetArg::Dict(keys) if difference => s.difference_update_iter(keys.into_iter()),
        SetArg::Dict(keys) => s.update_dict_keys(keys),
        SetArg::Items(items, error) => {
            if difference {
                s.difference_update_iter(items.into_iter());
            } else {
                s.update_iter(items.into_iter());
            }
            if let Some(e) = error {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The methods of set, and of frozenset when `frozen`. A frozenset
/// receiver comes as a set with the same table, so that results are
/// computed with the same algorithm as CPython's; only the methods
/// frozenset has are dispatched for it.
fn set_method(c: &Call, s: &Set<Obj>, frozen: bool) -> PyResult<Option<Obj>> {
    use Arity::*;
    let mutating = matches!(
        c.name,
        "add"
            | "remove"
            | "discard"
            | "pop"
            | "clear"
            | "update"
            | "intersection_update"
            | "difference_update"
            | "symmetric_difference_update"
    );
    if frozen && mutating {
        return Ok(None);
    }
    Ok(Some(match c.name {
        "add" => {
            c.arity(One)?;
            let x = c.first();
            x.check_hashable()?;
            s.add(x.clone());
            Obj::None
        }
        "remove" => {
            c.arity(One)?;
            let key = set_key(c.first())?;
            if !s.contains(&key) {
                return Err(key_error(c.first())?);
            }
            s.discard(&key);
            Obj::None
        }
        "discard" => {
            c.arity(One)?;
            s.discard(&set_key(c.first())?);
            Obj::None
        }
        "pop" => {
            c.arity(NoArgs)?;
            s.pop()?
        }
        "clear" => {
            c.arity(NoArgs)?;
            s.clear();
            Obj::None
        }
        "copy" => {
            c.arity(NoArgs)?;
            Obj::Set(s.copy())
        }
        "union" => {
            let result = Set::from_set(s);
            for other in c.args {
                // CPython skips an argument that is the receiver itself.
                if !other.is_same(c.recv) {
                    match SetArg::strict(other)? {
                        SetArg::Set(o) => result.update(&o),
                        SetArg::Frozen(o) => result.update(&o),
                        SetArg::Dict(keys) => result.update_dict_keys(keys),
                        SetArg::Items(items, _) => result.update_iter(items.into_iter()),
                    }
                }
            }
            set_result(result, frozen)
        }
        "intersection" => set_result(intersection_multi(c, s)?, frozen),
        "difference" => {
            let Some((first, rest)) = c.args.split_first() else {
                return Ok(Some(set_result(s.copy(), frozen)));
            };
            let result = match SetArg::strict(first)? {
                SetArg::Set(o) => s.difference(&o),
                SetArg::Frozen(o) => s.difference(&o),
                SetArg::Dict(keys) => s.difference_dict_keys(keys),
                SetArg::Items(items, _) => s.difference_iter(items.into_iter()),
            };
            for other in rest {
                update_with(&result, SetArg::of(other)?, true)?;
            }
            set_result(result, frozen)
        }
        "symmetric_difference" => {
            c.arity(One)?;
            let result = match SetArg::strict(c.first())? {
                SetArg::Set(o) => s.symmetric_difference(&o),
                SetArg::Frozen(o) => s.symmetric_difference(&o),
                SetArg::Dict(keys) => s.symmetric_difference_dict_keys(keys),
                SetArg::Items(items, _) => s.symmetric_difference_iter(items.into_iter()),
            };
            set_result(result, frozen)
        }
        "update" | "difference_update" => {
            for other in c.args {
                update_with(s, SetArg::of(other)?, c.name == "difference_update")?;
            }
            Obj::None
        }
        "intersection_update" => {
            let result = intersection_multi(c, s)?;
            s.take_table(result);
            Obj::None
        }
        "symmetric_difference_update" => {
            c.arity(One)?;
            match SetArg::strict(c.first())? {
                SetArg::Set(o) => s.symmetric_difference_update(&o),
                SetArg::Frozen(o) => s.symmetric_difference_update(&o),
                SetArg::Dict(keys) => s.symmetric_difference_update_dict_keys(keys),
                SetArg::Items(items, _) => s.symmetric_difference_update_iter(items.into_iter()),
            }
            Obj::None
        }
        "issubset" => {
            c.arity(One)?;
            Obj::Bool(match SetArg::strict(c.first())? {
                SetArg::Set(o) => s.issubset(&o),
                SetArg::Frozen(o) => s.issubset(&o),
                SetArg::Dict(keys) | SetArg::Items(keys, _) => s.issubset_iter(keys.into_iter()),
            })
        }
        "issuperset" | "isdisjoint" => {
            c.arity(One)?;
            let superset = c.name == "issuperset";
            Obj::Bool(match c.first() {
                Obj::Set(o) if superset => s.issuperset(o),
                Obj::Set(o) => s.isdisjoint(o),
                Obj::FrozenSet(o) if superset => s.issuperset(o),
                Obj::FrozenSet(o) => s.isdisjoint(o),
                // Other iterables are read only as far as the answer needs.
                other => {
                    let mut items = other.iter()?;
                    let mut answer = true;
                    while let Some(x) = items.try_next()? {
                        x.check_hashable()?;
                        if s.contains(&x) != superset {
                            answer = false;
                            break;
                        }
                    }
                    answer
                }
            })
        }
        _ => return Ok(None),
    }))
}

#[cfg(test)]
mod tests;
