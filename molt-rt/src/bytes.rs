//! Python's `bytes` and `bytearray`, with CPython 3.12's exact results,
//! reprs and exception messages.
//!
//! A [`Bytes`] is an immutable, shared byte string: cloning it bumps a
//! reference count. A [`ByteArray`] is a reference to a shared, mutable
//! buffer (`Rc<RefCell<Vec<u8>>>`), so cloning aliases it as assigning does
//! in Python; like `List`, every method borrows the cell only for its own
//! duration and never calls back into translated code while holding it.
//!
//! The methods both types share are written once (the `common_methods!`
//! macro over the free functions below, which work on `&[u8]`). Arguments
//! that Python accepts as any bytes-like object take `&impl BytesLike`, so
//! `b + ba`, `ba.extend(b)` and `ba in b` need no conversion; the result has
//! the receiver's type, as in CPython.
//!
//! Codecs: `utf-8`, `utf-8-sig`, `ascii` and `latin-1` under every name
//! CPython's codec registry accepts for them (`encodings.normalize_encoding`
//! and `encodings.aliases`), with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`. Other
//! codecs CPython has raise Molt's loud `NotImplementedError`, names CPython
//! does not know raise its `LookupError`.
//!
//! CPython raises `UnicodeDecodeError` / `UnicodeEncodeError` for codec
//! failures; they are built in `decode_error` and `encode_error`.

use crate::exc::{unsupported, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::list::slice_indices;
use crate::str::Str;
use crate::text::format_spec::FormatSpec;
use std::cell::RefCell;
use std::rc::Rc;

/// Python's immutable `bytes`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Bytes(Rc<[u8]>);

/// Python's mutable `bytearray`; `Clone` gives another reference to it.
pub struct ByteArray(Rc<RefCell<Vec<u8>>>);

/// A bytes-like argument: `bytes` or `bytearray`.
pub trait BytesLike {
    /// Runs `f` on the current contents.
    fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R;
}

impl BytesLike for Bytes {
    #[inline]
    fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        f(&self.0)
    }
}

impl BytesLike for ByteArray {
    #[inline]
    fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        f(&self.0.borrow())
    }
}

impl<T: BytesLike + ?Sized> BytesLike for &T {
    #[inline]
    fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        (**self).with_bytes(f)
    }
}

// ---------------------------------------------------------------------------
// Exceptions

/// CPython raises `UnicodeDecodeError` here.
fn decode_error(message: String) -> PyErr {
    PyErr::new(ExcKind::UnicodeDecodeError, message)
}

/// CPython raises `UnicodeEncodeError` here.
fn encode_error(message: String) -> PyErr {
    PyErr::new(ExcKind::UnicodeEncodeError, message)
}

fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

fn value_error(message: &str) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

/// An index or count that does not fit a `Py_ssize_t`
/// (`PyNumber_AsSsize_t`), raised as `kind`.
fn cannot_fit(kind: ExcKind) -> PyErr {
    PyErr::new(kind, "cannot fit 'int' into an index-sized integer")
}

fn ssize_overflow() -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        "Python int too large to convert to C ssize_t",
    )
}

/// An argument CPython converts to `Py_ssize_t` with `OverflowError`.
fn ssize_arg(i: &Int) -> PyResult<i64> {
    i.as_i64().ok_or_else(ssize_overflow)
}

/// A `maxsplit`/`count` argument: `None` or negative means no limit.
fn limit_arg(i: Option<&Int>) -> PyResult<usize> {
    match i {
        None => Ok(usize::MAX),
        Some(i) => Ok(usize::try_from(ssize_arg(i)?).unwrap_or(usize::MAX)),
    }
}

/// An int that must be a byte value, else ValueError `message`.
fn byte_value(v: &Int, message: &str) -> PyResult<u8> {
    v.as_i64()
        .and_then(|v| u8::try_from(v).ok())
        .ok_or_else(|| value_error(message))
}

const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// A subscript: negative counts from the end; `None` when out of range.
fn subscript(index: &Int, len: usize) -> PyResult<Option<usize>> {
    let i = index
        .as_i64()
        .ok_or_else(|| cannot_fit(ExcKind::IndexError))?;
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    Ok((0..len).contains(&i).then_some(i as usize))
}

/// An empty buffer with room for `n` bytes, or `MemoryError` when the
/// allocator refuses (CPython raises it rather than aborting).
fn alloc(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

// ---------------------------------------------------------------------------
// Algorithms on byte slices

/// `bytes(n)` / `bytearray(n)`.
fn zeros_vec(n: &Int) -> PyResult<Vec<u8>> {
    let n = n
        .as_i64()
        .ok_or_else(|| cannot_fit(ExcKind::OverflowError))?;
    let n = usize::try_from(n).map_err(|_| value_error("negative count"))?;
    let mut v = alloc(n)?;
    v.resize(n, 0);
    Ok(v)
}

fn ints_vec(items: impl IntoIterator<Item = Int>, message: &str) -> PyResult<Vec<u8>> {
    items.into_iter().map(|i| byte_value(&i, message)).collect()
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace between pairs.
fn fromhex_vec(s: &str) -> PyResult<Vec<u8>> {
    let invalid = |pos: usize| {
        value_error(&format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    // Positions count code points; a non-ASCII one is never valid, so the
    // error's position is that of the first bad code point.
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_space(chars[i] as u32) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| invalid(i))?;
        let lo = digit(i + 1).ok_or_else(|| invalid(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `Py_ISSPACE`: the whitespace of `bytes.split()` and `bytes.strip()`.
fn is_space(b: u32) -> bool {
    matches!(b, 0x09..=0x0d | 0x20)
}

/// `data[start:stop:step]`.
fn slice_vec(
    data: &[u8],
    start: Option<&Int>,
    stop: Option<&Int>,
    step: Option<&Int>,
) -> PyResult<Vec<u8>> {
    if step.is_none_or(|s| *s == 1) {
        let (lo, hi) = simple_bounds(data.len(), start, stop);
        return Ok(data[lo..hi].to_vec());
    }
    Ok(slice_indices(data.len(), start, stop, step)?
        .into_iter()
        .map(|i| data[i])
        .collect())
}

/// The clamped `lo..hi` of a slice with step 1 (`hi >= lo`).
fn simple_bounds(len: usize, start: Option<&Int>, stop: Option<&Int>) -> (usize, usize) {
    let bound = |v: Option<&Int>, default: usize| match v {
        None => default,
        Some(v) => {
            let v = v.as_i64().unwrap_or(if v.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            });
            let v = if v < 0 { v + len as i64 } else { v };
            v.clamp(0, len as i64) as usize
        }
    };
    let lo = bound(start, 0);
    (lo, bound(stop, len).max(lo))
}

/// `data * n`; `too_long` is the error when the size overflows `ssize_t`.
fn repeat_vec(data: &[u8], n: &Int, too_long: fn() -> PyErr) -> PyResult<Vec<u8>> {
    let n = n
        .as_i64()
        .ok_or_else(|| cannot_fit(ExcKind::OverflowError))?;
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    let total = data
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(too_long)?;
    let mut out = alloc(total)?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|x| x == b),
        _ => hay.windows(needle.len()).position(|w| w == needle),
    }
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => hay.iter().rposition(|x| x == b),
        _ => hay.windows(needle.len()).rposition(|w| w == needle),
    }
}

/// CPython's `ADJUST_INDICES` for `find`, `count`, `startswith`, ...
fn adjust_indices(start: Option<&Int>, end: Option<&Int>, len: usize) -> (i64, i64) {
    let index = |i: &Int| {
        i.as_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
    };
    let len = len as i64;
    let mut start = start.map_or(0, index);
    let mut end = end.map_or(i64::MAX, index);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// `data[start:end]` when it can hold `sub_len` bytes, with its offset.
fn window<'a>(
    data: &'a [u8],
    start: Option<&Int>,
    end: Option<&Int>,
    sub_len: usize,
) -> Option<(&'a [u8], usize)> {
    let (start, end) = adjust_indices(start, end, data.len());
    if end.saturating_sub(start) < sub_len as i64 {
        return None;
    }
    Some((&data[start as usize..end as usize], start as usize))
}

fn count_sub(data: &[u8], sub: &[u8], start: Option<&Int>, end: Option<&Int>) -> usize {
    let Some((mut w, _)) = window(data, start, end, sub.len()) else {
        return 0;
    };
    if sub.is_empty() {
        return w.len() + 1;
    }
    let mut n = 0;
    while let Some(i) = find_sub(w, sub) {
        n += 1;
        w = &w[i + sub.len()..];
    }
    n
}

/// `split()` without a separator: runs of whitespace separate words.
fn split_whitespace(data: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    loop {
        let skip = rest.iter().take_while(|&&b| is_space(b as u32)).count();
        rest = &rest[skip..];
        if rest.is_empty() {
            return out;
        }
        if maxcount == 0 {
            out.push(rest);
            return out;
        }
        let end = rest
            .iter()
            .position(|&b| is_space(b as u32))
            .unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        maxcount -= 1;
    }
}

fn rsplit_whitespace(data: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    loop {
        let skip = rest
            .iter()
            .rev()
            .take_while(|&&b| is_space(b as u32))
            .count();
        rest = &rest[..rest.len() - skip];
        if rest.is_empty() {
            break;
        }
        if maxcount == 0 {
            out.push(rest);
            break;
        }
        let cut = rest
            .iter()
            .rposition(|&b| is_space(b as u32))
            .map_or(0, |i| i + 1);
        out.push(&rest[cut..]);
        rest = &rest[..cut];
        maxcount -= 1;
    }
    out.reverse();
    out
}

fn split_sep<'a>(data: &'a [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while maxcount > 0 {
        let Some(i) = find_sub(rest, sep) else { break };
        out.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
        maxcount -= 1;
    }
    out.push(rest);
    out
}

fn rsplit_sep<'a>(data: &'a [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while maxcount > 0 {
        let Some(i) = rfind_sub(rest, sep) else { break };
        out.push(&rest[i + sep.len()..]);
        rest = &rest[..i];
        maxcount -= 1;
    }
    out.push(rest);
    out.reverse();
    out
}

fn empty_separator() -> PyErr {
    value_error("empty separator")
}

fn replace_vec(data: &[u8], old: &[u8], new: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut left = count;
    if old.is_empty() {
        // `new` goes before each of the first `count` of the len + 1 slots.
        let slots = data.len().saturating_add(1).min(count);
        let total = new
            .len()
            .checked_mul(slots)
            .and_then(|n| n.checked_add(data.len()))
            .ok_or_else(memory_error)?;
        out = alloc(total)?;
        for &b in data {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut rest = data;
    while left > 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    Ok(out)
}

/// Strips whitespace (`chars` is `None`) or any byte of `chars`.
fn strip_slice<'a>(data: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip = |b: &u8| match chars {
        None => is_space(*b as u32),
        Some(set) => set.contains(b),
    };
    let mut t = data;
    if left {
        t = &t[t.iter().take_while(|b| strip(b)).count()..];
    }
    if right {
        t = &t[..t.len() - t.iter().rev().take_while(|b| strip(b)).count()];
    }
    t
}

/// `bytes.hex(sep, bytes_per_sep)`.
fn hex_string(data: &[u8], sep: Option<&Str>, bytes_per_sep: Option<&Int>) -> PyResult<Str> {
    let per = match bytes_per_sep {
        None => 1,
        Some(n) => n
            .as_i64()
            .and_then(|n| i32::try_from(n).ok())
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            })? as i64,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(value_error("sep must be ASCII.")),
                _ => return Err(value_error("sep must be length 1.")),
            }
        }
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let abs = per.unsigned_abs() as usize;
    let len = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let cut = i > 0
                && abs > 0
                && if per > 0 {
                    (len - i).is_multiple_of(abs)
                } else {
                    i.is_multiple_of(abs)
                };
            if cut {
                out.push(sep);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(Str::from(out))
}

/// Appends `repr(b)` of a bytes value: `b'...'` with CPython's escapes.
pub fn write_bytes_repr(out: &mut String, data: &[u8]) {
    write_repr_quoted(out, data, false)
}

/// The `b'...'` part of a repr. `bytearray`'s repr escapes every `'`, even
/// inside double quotes (`bytearray(b"\'")`), as CPython's does.
fn write_repr_quoted(out: &mut String, data: &[u8], escape_single: bool) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.reserve(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                const DIGITS: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(DIGITS[(b >> 4) as usize] as char);
                out.push(DIGITS[(b & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
}

// ---------------------------------------------------------------------------
// Codecs

#[derive(Clone, Copy, Debug, PartialEq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
}

/// The other codec modules of CPython 3.12's `encodings` package on Linux.
const OTHER_MODULES: &str = "\
big5 big5hkscs charmap cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 \
cp1254 cp1255 cp1256 cp1257 cp1258 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 \
cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 \
cp875 cp932 cp949 cp950 euc_jis_2004 euc_jisx0213 euc_jp euc_kr gb18030 gb2312 gbk \
hp_roman8 hz idna iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004 iso2022_jp_3 \
iso2022_jp_ext iso2022_kr iso8859_1 iso8859_10 iso8859_11 iso8859_13 iso8859_14 \
iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 \
iso8859_8 iso8859_9 johab koi8_r koi8_t koi8_u kz1048 mac_arabic mac_croatian \
mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman mac_romanian \
mac_turkish palmos ptcp154 punycode raw_unicode_escape shift_jis shift_jis_2004 \
shift_jisx0213 tis_620 undefined unicode_escape utf_16 utf_16_be utf_16_le utf_32 \
utf_32_be utf_32_le utf_7";

/// The keys of `encodings.aliases` naming the other codecs.
const OTHER_ALIASES: &str = "\
037 1026 1125 1140 1250 1251 1252 1253 1254 1255 1256 1257 1258 273 424 437 500 775 \
850 852 855 857 858 860 861 862 863 864 865 866 869 932 936 949 950 arabic asmo_708 \
big5_hkscs big5_tw chinese cp1051 cp1361 cp154 cp866u cp936 cp_gr cp_is csbig5 \
csibm037 csibm1026 csibm273 csibm424 csibm500 csibm855 csibm857 csibm858 csibm860 \
csibm861 csibm863 csibm864 csibm865 csibm866 csibm869 csiso2022jp csiso2022kr \
csiso58gb231280 csisolatin2 csisolatin3 csisolatin4 csisolatin5 csisolatin6 \
csisolatinarabic csisolatincyrillic csisolatingreek csisolatinhebrew cskoi8r \
cspc775baltic cspc850multilingual cspc862latinhebrew cspc8codepage437 cspcp852 \
csptcp154 csshiftjis cyrillic cyrillic_asian ebcdic_cp_be ebcdic_cp_ca ebcdic_cp_ch \
ebcdic_cp_he ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ecma_114 ecma_118 elot_928 euc_cn \
euc_jis2004 euccn eucgb2312_cn eucjis2004 eucjisx0213 eucjp euckr gb18030_2000 \
gb2312_1980 gb2312_80 greek greek8 hebrew hkscs hz_gb hz_gb_2312 hzgb ibm037 ibm039 \
ibm1026 ibm1051 ibm1125 ibm1140 ibm273 ibm424 ibm437 ibm500 ibm775 ibm850 ibm852 \
ibm855 ibm857 ibm858 ibm860 ibm861 ibm862 ibm863 ibm864 ibm865 ibm866 ibm869 \
iso2022jp iso2022jp_1 iso2022jp_2 iso2022jp_2004 iso2022jp_3 iso2022jp_ext iso2022kr \
iso_2022_jp iso_2022_jp_1 iso_2022_jp_2 iso_2022_jp_2004 iso_2022_jp_3 \
iso_2022_jp_ext iso_2022_kr iso_8859_10 iso_8859_10_1992 iso_8859_11 iso_8859_11_2001 \
iso_8859_13 iso_8859_14 iso_8859_14_1998 iso_8859_15 iso_8859_16 iso_8859_16_2001 \
iso_8859_2 iso_8859_2_1987 iso_8859_3 iso_8859_3_1988 iso_8859_4 iso_8859_4_1988 \
iso_8859_5 iso_8859_5_1988 iso_8859_6 iso_8859_6_1987 iso_8859_7 iso_8859_7_1987 \
iso_8859_8 iso_8859_8_1988 iso_8859_9 iso_8859_9_1989 iso_celtic iso_ir_101 \
iso_ir_109 iso_ir_110 iso_ir_126 iso_ir_127 iso_ir_138 iso_ir_144 iso_ir_148 \
iso_ir_157 iso_ir_166 iso_ir_199 iso_ir_226 iso_ir_58 jisx0213 korean ks_c_5601 \
ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 kz_1048 l10 l2 l3 l4 l5 l6 l7 l8 l9 latin10 \
latin2 latin3 latin4 latin5 latin6 latin7 latin8 latin9 mac_centeuro maccentraleurope \
maccyrillic macgreek maciceland macintosh maclatin2 macroman macturkish ms1361 ms932 \
ms936 ms949 ms950 ms_kanji mskanji pt154 r8 rk1048 roman8 ruscii s_jis s_jis_2004 \
s_jisx0213 shiftjis shiftjis2004 shiftjisx0213 sjis sjis_2004 sjisx0213 strk1048_2002 \
thai tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1 u16 u32 u7 u_jis uhc ujis \
unicode_1_1_utf_7 unicodebigunmarked unicodelittleunmarked utf16 utf32 utf7 utf_16be \
utf_16le utf_32be utf_32le windows_1250 windows_1251 windows_1252 windows_1253 \
windows_1254 windows_1255 windows_1256 windows_1257 windows_1258 x_mac_japanese \
x_mac_korean x_mac_simp_chinese x_mac_trad_chinese";

/// What a codec name resolves to.
enum Found {
    Text(Codec),
    /// `hex`, `base64`, `rot13`, ...: bytes-to-bytes or str-to-str codecs.
    NotText,
    /// A codec CPython has and Molt does not.
    Other,
}

/// An `encodings` codec module.
fn codec_module(name: &str) -> Option<Found> {
    Some(match name {
        "utf_8" => Found::Text(Codec::Utf8),
        "utf_8_sig" => Found::Text(Codec::Utf8Sig),
        "ascii" => Found::Text(Codec::Ascii),
        "latin_1" => Found::Text(Codec::Latin1),
        "base64_codec" | "bz2_codec" | "hex_codec" | "quopri_codec" | "rot_13" | "uu_codec"
        | "zlib_codec" => Found::NotText,
        _ if OTHER_MODULES.split_ascii_whitespace().any(|n| n == name) => Found::Other,
        _ => return None,
    })
}

/// An `encodings.aliases` key: the module it names, or `Err` for the
/// aliases of other codecs.
fn codec_alias(name: &str) -> Option<Result<&'static str, ()>> {
    Some(Ok(match name {
        "cp65001" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" => "utf_8",
        "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => "ascii",
        "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1"
        | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => "latin_1",
        "base64" | "base_64" => "base64_codec",
        "bz2" => "bz2_codec",
        "hex" => "hex_codec",
        "quopri" | "quoted_printable" | "quotedprintable" => "quopri_codec",
        "rot13" => "rot_13",
        "uu" => "uu_codec",
        "zip" | "zlib" => "zlib_codec",
        _ if OTHER_ALIASES.split_ascii_whitespace().any(|n| n == name) => return Some(Err(())),
        _ => return None,
    }))
}

/// `encodings.normalize_encoding` of the name the registry lowercased:
/// runs of characters other than alphanumerics and `.` become one `_`,
/// stripped at both ends; non-ASCII alphanumerics are dropped.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            Str::from(c.to_string()).isalnum_py()
        };
        if alnum || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Looks `encoding` up as `encodings.search_function` does: the alias of
/// the normalised name (or of it with dots as underscores), then the name
/// itself, as a codec module.
fn lookup_codec(encoding: &str, decoding: bool) -> PyResult<Codec> {
    let norm = normalize_encoding(encoding);
    let aliased = codec_alias(&norm).or_else(|| codec_alias(&norm.replace('.', "_")));
    let found = match aliased {
        Some(Err(())) => Some(Found::Other),
        Some(Ok(module)) => codec_module(module),
        None if norm.contains('.') => None,
        None => codec_module(&norm),
    };
    match found {
        Some(Found::Text(c)) => Ok(c),
        Some(Found::NotText) => Err(PyErr::new(
            ExcKind::LookupError,
            format!(
                "'{encoding}' is not a text encoding; use codecs.{}() to handle arbitrary codecs",
                if decoding { "decode" } else { "encode" }
            ),
        )),
        Some(Found::Other) => Err(unsupported(&format!(
            "the '{encoding}' codec is not supported (only utf-8, utf-8-sig, ascii and latin-1 are)"
        ))),
        None => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// An error handler, parsed; unknown names raise only when an error occurs.
#[derive(Clone, Copy, PartialEq)]
enum Handler<'a> {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    Unknown(&'a str),
}

impl Handler<'_> {
    fn parse(name: &str) -> Handler<'_> {
        match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            other => Handler::Unknown(other),
        }
    }

    fn unknown(name: &str) -> PyErr {
        PyErr::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{name}'"),
        )
    }
}

/// CPython rejects codec and handler names holding a NUL.
fn check_nul(names: [Option<&Str>; 2]) -> PyResult<()> {
    if names.iter().flatten().any(|s| s.contains('\0')) {
        return Err(value_error("embedded null character"));
    }
    Ok(())
}

/// Applies `errors` to the undecodable `data[start..end]`.
fn decode_failure(
    out: &mut String,
    data: &[u8],
    (name, start, end, reason): (&str, usize, usize, &str),
    errors: Handler,
) -> PyResult<()> {
    let strict = || {
        decode_error(if end == start + 1 {
            format!(
                "'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                data[start]
            )
        } else {
            format!(
                "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        })
    };
    match errors {
        Handler::Strict => Err(strict()),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for &b in &data[start..end] {
                push_hex_escape(out, b as u32);
            }
            Ok(())
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(PyErr::new(
            ExcKind::TypeError,
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        Handler::SurrogateEscape => Err(unsupported(
            "errors='surrogateescape' decodes to lone surrogates, which a UTF-8 string cannot hold",
        )),
        // Only a UTF-8-encoded surrogate passes; anything else re-raises.
        Handler::SurrogatePass
            if name == "utf-8" && matches!(data[start..], [0xed, 0xa0..=0xbf, 0x80..=0xbf, ..]) =>
        {
            Err(unsupported(
                "errors='surrogatepass' decodes to a lone surrogate, which a UTF-8 string cannot hold",
            ))
        }
        Handler::SurrogatePass => Err(strict()),
        Handler::Unknown(name) => Err(Handler::unknown(name)),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` writes them.
fn push_hex_escape(out: &mut String, cp: u32) {
    use std::fmt::Write;
    let _ = match cp {
        0..=0xff => write!(out, "\\x{cp:02x}"),
        0x100..=0xffff => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// Decodes `data` with `codec`.
fn decode_with(data: &[u8], codec: Codec, errors: Handler) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    let error = ("ascii", i, i + 1, "ordinal not in range(128)");
                    decode_failure(&mut out, data, error, errors)?;
                }
            }
        }
        Codec::Utf8 | Codec::Utf8Sig => {
            // utf-8-sig drops one BOM and counts positions after it.
            let data = match (codec, data) {
                (Codec::Utf8Sig, [0xef, 0xbb, 0xbf, rest @ ..]) => rest,
                _ => data,
            };
            let mut pos = 0;
            while pos < data.len() {
                let e = match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => e,
                };
                let good = pos + e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..good]).unwrap_or_default());
                // Rust and CPython both stop at the maximal invalid subpart.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(1) if matches!(data[good], 0x80..=0xc1 | 0xf5..) => {
                        (good + 1, "invalid start byte")
                    }
                    Some(n) => (good + n, "invalid continuation byte"),
                };
                decode_failure(&mut out, data, ("utf-8", good, end, reason), errors)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

fn decode_bytes(data: &[u8], encoding: Option<&Str>, errors: Option<&Str>) -> PyResult<Str> {
    check_nul([encoding, errors])?;
    if data.is_empty() {
        return Ok(Str::default());
    }
    let codec = lookup_codec(encoding.map_or("utf-8", |s| s.as_str()), true)?;
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(Str::from(s));
        }
    }
    let handler = Handler::parse(errors.map_or("strict", |s| s.as_str()));
    decode_with(data, codec, handler).map(Str::from)
}

impl Str {
    /// `s.encode(encoding='utf-8', errors='strict')`.
    pub fn encode_py(&self, encoding: Option<&Str>, errors: Option<&Str>) -> PyResult<Bytes> {
        check_nul([encoding, errors])?;
        let codec = lookup_codec(encoding.map_or("utf-8", |s| s.as_str()), false)?;
        let (name, limit) = match codec {
            Codec::Utf8 => return Ok(Bytes::from(self.as_bytes())),
            Codec::Utf8Sig => {
                let mut v = b"\xef\xbb\xbf".to_vec();
                v.extend_from_slice(self.as_bytes());
                return Ok(Bytes::from(v));
            }
            Codec::Ascii => ("ascii", 0x80),
            Codec::Latin1 => ("latin-1", 0x100),
        };
        if self.is_ascii() {
            return Ok(Bytes::from(self.as_bytes()));
        }
        let handler = Handler::parse(errors.map_or("strict", |s| s.as_str()));
        let chars: Vec<char> = self.chars().collect();
        let mut out = Vec::with_capacity(chars.len());
        let mut i = 0;
        while i < chars.len() {
            if (chars[i] as u32) < limit {
                out.push(chars[i] as u8);
                i += 1;
                continue;
            }
            // The run of unencodable characters is one error, as in CPython.
            let start = i;
            while i < chars.len() && chars[i] as u32 >= limit {
                i += 1;
            }
            let run = &chars[start..i];
            match handler {
                Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                    let reason = format!("ordinal not in range({limit})");
                    return Err(encode_error(if run.len() == 1 {
                        let mut esc = String::new();
                        push_hex_escape(&mut esc, run[0] as u32);
                        format!(
                            "'{name}' codec can't encode character '{esc}' in position {start}: {reason}"
                        )
                    } else {
                        format!(
                            "'{name}' codec can't encode characters in position {start}-{}: {reason}",
                            i - 1
                        )
                    }));
                }
                Handler::Ignore => {}
                Handler::Replace => out.extend(run.iter().map(|_| b'?')),
                Handler::BackslashReplace => {
                    let mut esc = String::new();
                    for &c in run {
                        push_hex_escape(&mut esc, c as u32);
                    }
                    out.extend_from_slice(esc.as_bytes());
                }
                Handler::XmlCharRefReplace => {
                    for &c in run {
                        out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                    }
                }
                Handler::NameReplace => {
                    return Err(unsupported(
                        "errors='namereplace' needs the Unicode character names, which Molt does not carry",
                    ))
                }
                Handler::Unknown(name) => return Err(Handler::unknown(name)),
            }
        }
        Ok(Bytes::from(out))
    }
}

// ---------------------------------------------------------------------------
// The two types

impl Bytes {
    pub fn new() -> Bytes {
        Bytes::default()
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }

    /// Whether two values are the same object (`a is b`).
    pub fn is(&self, other: &Bytes) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// `bytes(ba)`.
    pub fn to_bytearray(&self) -> ByteArray {
        ByteArray::from(self.as_slice())
    }
}

impl ByteArray {
    pub fn new() -> ByteArray {
        ByteArray::default()
    }

    /// Whether two values are the same object (`a is b`).
    pub fn is(&self, other: &ByteArray) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// `bytes(ba)`: a snapshot of the contents.
    pub fn to_bytes(&self) -> Bytes {
        Bytes::from(self.0.borrow().as_slice())
    }

    /// `ba.copy()` and `ba[:]`.
    pub fn copy(&self) -> ByteArray {
        ByteArray::from(self.to_vec())
    }

    /// `ba[i] = value`.
    pub fn set(&self, index: &Int, value: &Int) -> PyResult<()> {
        let mut data = self.0.borrow_mut();
        // CPython converts the index, then checks the value, then the range.
        let i = subscript(index, data.len())?;
        let value = byte_value(value, BYTE_RANGE)?;
        match i {
            Some(i) => {
                data[i] = value;
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }

    /// `del ba[i]`.
    pub fn del(&self, index: &Int) -> PyResult<()> {
        let mut data = self.0.borrow_mut();
        match subscript(index, data.len())? {
            Some(i) => {
                data.remove(i);
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }

    /// `ba[start:stop:step] = values`: a plain slice may change the length,
    /// an extended one must keep it.
    pub fn set_slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
        values: &impl BytesLike,
    ) -> PyResult<()> {
        let values = values.with_bytes(|v| v.to_vec());
        crate::list::assign_slice(&mut self.0.borrow_mut(), start, stop, step, values, "bytes")
    }

    /// `del ba[start:stop:step]`.
    pub fn del_slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<()> {
        let mut data = self.0.borrow_mut();
        if step.is_none_or(|s| *s == 1) {
            let (lo, hi) = simple_bounds(data.len(), start, stop);
            data.drain(lo..hi);
            return Ok(());
        }
        let mut doomed = vec![false; data.len()];
        for i in slice_indices(data.len(), start, stop, step)? {
            doomed[i] = true;
        }
        let mut i = 0;
        data.retain(|_| {
            i += 1;
            !doomed[i - 1]
        });
        Ok(())
    }

    /// `ba.append(value)`.
    pub fn append(&self, value: &Int) -> PyResult<()> {
        let value = byte_value(value, BYTE_RANGE)?;
        self.0.borrow_mut().push(value);
        Ok(())
    }

    /// `ba.extend(other)` and `ba += other`; `ba.extend(ba)` doubles it.
    pub fn extend(&self, other: &impl BytesLike) {
        let extra = other.with_bytes(|b| b.to_vec());
        self.0.borrow_mut().extend_from_slice(&extra);
    }

    /// `ba.extend(ints)`: nothing is added when a value is out of range.
    pub fn extend_ints(&self, items: impl IntoIterator<Item = Int>) -> PyResult<()> {
        let extra = ints_vec(items, BYTE_RANGE)?;
        self.0.borrow_mut().extend_from_slice(&extra);
        Ok(())
    }

    /// `ba.insert(i, value)`, clamping the index as CPython does.
    pub fn insert(&self, index: &Int, value: &Int) -> PyResult<()> {
        let i = ssize_arg(index)?;
        let value = byte_value(value, BYTE_RANGE)?;
        let mut data = self.0.borrow_mut();
        let len = data.len() as i64;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        data.insert(i as usize, value);
        Ok(())
    }

    /// `ba.pop()`.
    pub fn pop(&self) -> PyResult<Int> {
        self.0
            .borrow_mut()
            .pop()
            .map(|b| Int::from(b as i64))
            .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from empty bytearray"))
    }

    /// `ba.pop(i)`.
    pub fn pop_at(&self, index: &Int) -> PyResult<Int> {
        let i = ssize_arg(index)?;
        let mut data = self.0.borrow_mut();
        if data.is_empty() {
            return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
        }
        let len = data.len() as i64;
        let i = if i < 0 { i + len } else { i };
        if !(0..len).contains(&i) {
            return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
        }
        Ok(Int::from(data.remove(i as usize) as i64))
    }

    /// `ba.remove(value)`: the first occurrence.
    pub fn remove(&self, value: &Int) -> PyResult<()> {
        let value = byte_value(value, BYTE_RANGE)?;
        let mut data = self.0.borrow_mut();
        match data.iter().position(|&b| b == value) {
            Some(i) => {
                data.remove(i);
                Ok(())
            }
            None => Err(value_error("value not found in bytearray")),
        }
    }

    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    pub fn reverse(&self) {
        self.0.borrow_mut().reverse();
    }

    /// `ba *= n`: repeats in place, so aliases see it.
    pub fn repeat_in_place(&self, n: &Int) -> PyResult<()> {
        let repeated = self.repeat(n)?.to_vec();
        *self.0.borrow_mut() = repeated;
        Ok(())
    }
}

fn bytes_too_long() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "repeated bytes are too long")
}

/// The methods `bytes` and `bytearray` share; results have the receiver's
/// type. `$range` is the constructor's message for a value outside a byte,
/// `$index` the message of an index out of range, `$too_long` the error of
/// a repetition past `ssize_t`.
macro_rules! common_methods {
    ($T:ident, $Iter:ident, $range:expr, $index:expr, $too_long:expr) => {
        impl $T {
            pub fn len(&self) -> usize {
                self.with_bytes(|b| b.len())
            }

            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// Python truthiness.
            pub fn is_true(&self) -> bool {
                !self.is_empty()
            }

            /// A copy of the contents.
            pub fn to_vec(&self) -> Vec<u8> {
                self.with_bytes(|b| b.to_vec())
            }

            /// `bytes(n)`: `n` zero bytes.
            pub fn zeros(n: &Int) -> PyResult<$T> {
                zeros_vec(n).map($T::from)
            }

            /// `bytes(iterable_of_ints)`.
            pub fn from_ints(items: impl IntoIterator<Item = Int>) -> PyResult<$T> {
                ints_vec(items, $range).map($T::from)
            }

            /// `bytes.fromhex(s)`.
            pub fn fromhex(s: &Str) -> PyResult<$T> {
                fromhex_vec(s).map($T::from)
            }

            /// `b[i]`.
            pub fn get(&self, index: &Int) -> PyResult<Int> {
                self.with_bytes(|b| match subscript(index, b.len())? {
                    Some(i) => Ok(Int::from(b[i] as i64)),
                    None => Err(PyErr::new(ExcKind::IndexError, $index)),
                })
            }

            /// `b[start:stop:step]`.
            pub fn slice(
                &self,
                start: Option<&Int>,
                stop: Option<&Int>,
                step: Option<&Int>,
            ) -> PyResult<$T> {
                self.with_bytes(|b| slice_vec(b, start, stop, step))
                    .map($T::from)
            }

            /// `a + b`.
            pub fn concat(&self, other: &impl BytesLike) -> $T {
                let mut v = self.to_vec();
                other.with_bytes(|o| v.extend_from_slice(o));
                $T::from(v)
            }

            /// `b * n`.
            pub fn repeat(&self, n: &Int) -> PyResult<$T> {
                self.with_bytes(|b| repeat_vec(b, n, $too_long))
                    .map($T::from)
            }

            /// `n in b` for an int `n`.
            pub fn contains_byte(&self, value: &Int) -> PyResult<bool> {
                let value = byte_value(value, BYTE_RANGE)?;
                Ok(self.with_bytes(|b| b.contains(&value)))
            }

            /// `sub in b`.
            pub fn contains(&self, sub: &impl BytesLike) -> bool {
                self.with_bytes(|b| sub.with_bytes(|s| find_sub(b, s).is_some()))
            }

            /// `for n in b`: the byte values; a bytearray is read by index,
            /// so changes made during the loop are seen, as in CPython.
            pub fn iter(&self) -> $Iter {
                $Iter {
                    data: self.clone(),
                    next: 0,
                }
            }

            /// `b.decode(encoding='utf-8', errors='strict')`.
            pub fn decode(&self, encoding: Option<&Str>, errors: Option<&Str>) -> PyResult<Str> {
                self.with_bytes(|b| decode_bytes(b, encoding, errors))
            }

            /// `b.hex(sep=None, bytes_per_sep=1)`.
            pub fn hex_py(&self, sep: Option<&Str>, bytes_per_sep: Option<&Int>) -> PyResult<Str> {
                self.with_bytes(|b| hex_string(b, sep, bytes_per_sep))
            }

            /// `b.join(items)`.
            pub fn join_py<B: BytesLike>(&self, items: &[B]) -> $T {
                let mut out = Vec::new();
                self.with_bytes(|sep| {
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.extend_from_slice(sep);
                        }
                        item.with_bytes(|b| out.extend_from_slice(b));
                    }
                });
                $T::from(out)
            }

            /// `b.split(sep=None, maxsplit=-1)`.
            pub fn split_py(&self, sep: Option<&$T>, maxsplit: Option<&Int>) -> PyResult<Vec<$T>> {
                self.split_impl(sep, maxsplit, split_whitespace, split_sep)
            }

            /// `b.rsplit(sep=None, maxsplit=-1)`.
            pub fn rsplit_py(&self, sep: Option<&$T>, maxsplit: Option<&Int>) -> PyResult<Vec<$T>> {
                self.split_impl(sep, maxsplit, rsplit_whitespace, rsplit_sep)
            }

            fn split_impl(
                &self,
                sep: Option<&$T>,
                maxsplit: Option<&Int>,
                by_space: fn(&[u8], usize) -> Vec<&[u8]>,
                by_sep: for<'a> fn(&'a [u8], &[u8], usize) -> Vec<&'a [u8]>,
            ) -> PyResult<Vec<$T>> {
                let maxcount = limit_arg(maxsplit)?;
                let pieces = |parts: Vec<&[u8]>| parts.into_iter().map($T::from).collect();
                match sep {
                    None => Ok(self.with_bytes(|b| pieces(by_space(b, maxcount)))),
                    Some(sep) => sep.with_bytes(|s| {
                        if s.is_empty() {
                            return Err(empty_separator());
                        }
                        Ok(self.with_bytes(|b| pieces(by_sep(b, s, maxcount))))
                    }),
                }
            }

            /// `b.find(sub, start=None, end=None)`: the lowest index or -1.
            pub fn find_py(
                &self,
                sub: &impl BytesLike,
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> Int {
                self.search(sub, start, end, find_sub)
            }

            /// `b.rfind(sub, start=None, end=None)`: the highest index or -1.
            pub fn rfind_py(
                &self,
                sub: &impl BytesLike,
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> Int {
                self.search(sub, start, end, rfind_sub)
            }

            fn search(
                &self,
                sub: &impl BytesLike,
                start: Option<&Int>,
                end: Option<&Int>,
                how: fn(&[u8], &[u8]) -> Option<usize>,
            ) -> Int {
                let found = self.with_bytes(|b| {
                    sub.with_bytes(|s| {
                        let (w, base) = window(b, start, end, s.len())?;
                        how(w, s).map(|i| i + base)
                    })
                });
                found.map_or(Int::from(-1), Int::from_usize)
            }

            /// `b.index(sub, start=None, end=None)`.
            pub fn index_py(
                &self,
                sub: &impl BytesLike,
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> PyResult<Int> {
                let i = self.find_py(sub, start, end);
                if i.is_negative() {
                    Err(value_error("subsection not found"))
                } else {
                    Ok(i)
                }
            }

            /// `b.rindex(sub, start=None, end=None)`.
            pub fn rindex_py(
                &self,
                sub: &impl BytesLike,
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> PyResult<Int> {
                let i = self.rfind_py(sub, start, end);
                if i.is_negative() {
                    Err(value_error("subsection not found"))
                } else {
                    Ok(i)
                }
            }

            /// `b.count(sub, start=None, end=None)`: non-overlapping.
            pub fn count_py(
                &self,
                sub: &impl BytesLike,
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> Int {
                let n = self.with_bytes(|b| sub.with_bytes(|s| count_sub(b, s, start, end)));
                Int::from_usize(n)
            }

            /// `b.replace(old, new, count=-1)`.
            pub fn replace_py(
                &self,
                old: &impl BytesLike,
                new: &impl BytesLike,
                count: Option<&Int>,
            ) -> PyResult<$T> {
                let count = limit_arg(count)?;
                let new = new.to_owned_bytes();
                self.with_bytes(|b| old.with_bytes(|o| replace_vec(b, o, &new, count)))
                    .map($T::from)
            }

            /// `b.startswith(prefix, start=None, end=None)`; a tuple of
            /// prefixes is a slice, a single prefix a one-element slice.
            pub fn startswith_py<B: BytesLike>(
                &self,
                prefixes: &[B],
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> bool {
                self.with_bytes(|b| {
                    prefixes.iter().any(|p| {
                        p.with_bytes(|p| {
                            window(b, start, end, p.len()).is_some_and(|(w, _)| w.starts_with(p))
                        })
                    })
                })
            }

            /// `b.endswith(suffix, start=None, end=None)`.
            pub fn endswith_py<B: BytesLike>(
                &self,
                suffixes: &[B],
                start: Option<&Int>,
                end: Option<&Int>,
            ) -> bool {
                self.with_bytes(|b| {
                    suffixes.iter().any(|p| {
                        p.with_bytes(|p| {
                            window(b, start, end, p.len()).is_some_and(|(w, _)| w.ends_with(p))
                        })
                    })
                })
            }

            /// `b.upper()`: ASCII letters only.
            pub fn upper_py(&self) -> $T {
                $T::from(self.with_bytes(|b| b.to_ascii_uppercase()))
            }

            /// `b.lower()`: ASCII letters only.
            pub fn lower_py(&self) -> $T {
                $T::from(self.with_bytes(|b| b.to_ascii_lowercase()))
            }

            /// `b.strip(chars=None)`.
            pub fn strip_py(&self, chars: Option<&$T>) -> $T {
                self.strip_impl(chars, true, true)
            }

            /// `b.lstrip(chars=None)`.
            pub fn lstrip_py(&self, chars: Option<&$T>) -> $T {
                self.strip_impl(chars, true, false)
            }

            /// `b.rstrip(chars=None)`.
            pub fn rstrip_py(&self, chars: Option<&$T>) -> $T {
                self.strip_impl(chars, false, true)
            }

            fn strip_impl(&self, chars: Option<&$T>, left: bool, right: bool) -> $T {
                let chars = chars.map(|c| c.to_vec());
                $T::from(
                    self.with_bytes(|b| strip_slice(b, chars.as_deref(), left, right).to_vec()),
                )
            }
        }

        /// The iterator behind `for n in b`.
        pub struct $Iter {
            data: $T,
            next: usize,
        }

        impl Iterator for $Iter {
            type Item = Int;

            #[inline]
            fn next(&mut self) -> Option<Int> {
                let i = self.next;
                let b = self.data.with_bytes(|b| b.get(i).copied())?;
                self.next += 1;
                Some(Int::from(b as i64))
            }
        }

        impl From<&[u8]> for $T {
            fn from(data: &[u8]) -> $T {
                $T::from(data.to_vec())
            }
        }

        impl<const N: usize> From<&[u8; N]> for $T {
            fn from(data: &[u8; N]) -> $T {
                $T::from(&data[..])
            }
        }

        impl crate::PyDisplay for $T {
            fn write_str(&self, out: &mut String) {
                self.write_repr(out)
            }

            fn write_repr(&self, out: &mut String) {
                self.write_repr_impl(out)
            }

            fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
                if *spec == FormatSpec::default() {
                    Ok(crate::repr(self).to_string())
                } else {
                    Err(format!(
                        "unsupported format string passed to {}.__format__",
                        stringify!($T).to_lowercase()
                    ))
                }
            }
        }

        impl std::fmt::Debug for $T {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::repr(self))
            }
        }
    };
}

/// Owned contents of any bytes-like value.
trait ToOwnedBytes {
    fn to_owned_bytes(&self) -> Vec<u8>;
}

impl<T: BytesLike + ?Sized> ToOwnedBytes for T {
    fn to_owned_bytes(&self) -> Vec<u8> {
        self.with_bytes(|b| b.to_vec())
    }
}

common_methods!(
    Bytes,
    BytesIter,
    "bytes must be in range(0, 256)",
    "index out of range",
    bytes_too_long
);
common_methods!(
    ByteArray,
    ByteArrayIter,
    BYTE_RANGE,
    "bytearray index out of range",
    memory_error
);

impl Bytes {
    fn write_repr_impl(&self, out: &mut String) {
        write_bytes_repr(out, &self.0)
    }
}

impl ByteArray {
    fn write_repr_impl(&self, out: &mut String) {
        out.push_str("bytearray(");
        write_repr_quoted(out, &self.0.borrow(), true);
        out.push(')');
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(data: Vec<u8>) -> Bytes {
        Bytes(Rc::from(data))
    }
}

impl From<Vec<u8>> for ByteArray {
    fn from(data: Vec<u8>) -> ByteArray {
        ByteArray(Rc::new(RefCell::new(data)))
    }
}

impl Clone for ByteArray {
    /// Another reference to the same bytearray.
    fn clone(&self) -> Self {
        ByteArray(Rc::clone(&self.0))
    }
}

impl Default for ByteArray {
    fn default() -> Self {
        ByteArray::from(Vec::new())
    }
}

impl PartialEq for ByteArray {
    fn eq(&self, other: &ByteArray) -> bool {
        self.is(other) || *self.0.borrow() == *other.0.borrow()
    }
}

impl Eq for ByteArray {}

impl PartialOrd for ByteArray {
    fn partial_cmp(&self, other: &ByteArray) -> Option<std::cmp::Ordering> {
        Some(self.0.borrow().as_slice().cmp(other.0.borrow().as_slice()))
    }
}

impl PartialEq<Bytes> for ByteArray {
    fn eq(&self, other: &Bytes) -> bool {
        self.0.borrow().as_slice() == other.as_slice()
    }
}

impl PartialEq<ByteArray> for Bytes {
    fn eq(&self, other: &ByteArray) -> bool {
        other == self
    }
}

impl PartialOrd<Bytes> for ByteArray {
    fn partial_cmp(&self, other: &Bytes) -> Option<std::cmp::Ordering> {
        Some(self.0.borrow().as_slice().cmp(other.as_slice()))
    }
}

impl PartialOrd<ByteArray> for Bytes {
    fn partial_cmp(&self, other: &ByteArray) -> Option<std::cmp::Ordering> {
        other.partial_cmp(self).map(std::cmp::Ordering::reverse)
    }
}

/// `hash(b)`: CPython hashes bytes exactly as the str of the same latin-1
/// code points (SipHash-1-3 over the bytes).
impl crate::hash::PyHash for Bytes {
    fn py_hash(&self) -> i64 {
        let latin1: String = self.0.iter().map(|&b| b as char).collect();
        crate::hash::hash_str(&latin1)
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::text::str_repr::str_repr;
    use crate::PyDisplay;

    /// A Python argument in the case tables.
    #[derive(Debug)]
    enum A {
        /// `None` (or an omitted optional argument).
        N,
        B(&'static [u8]),
        /// An int, as decimal digits so that big values fit.
        I(&'static str),
        S(&'static str),
        /// A tuple of bytes (`startswith`'s prefixes, `join`'s items).
        T(&'static [&'static [u8]]),
        /// A list of ints.
        L(&'static [&'static str]),
    }
    use A::*;

    /// `(method, receiver, args, CPython with a bytes receiver, with a
    /// bytearray receiver)`; each expected value is `repr(result)` or
    /// `"ExcName: message"`, and `""` where the method does not apply.
    /// Mutating methods give `"result | repr(receiver afterwards)"`.
    type Case = (
        &'static str,
        &'static [u8],
        &'static [A],
        &'static str,
        &'static str,
    );

    fn int(s: &str) -> Int {
        Int::parse(s).expect("test int")
    }

    fn opt_int(a: &A) -> Option<Int> {
        match a {
            I(s) => Some(int(s)),
            _ => None,
        }
    }

    fn opt_str(a: &A) -> Option<Str> {
        match a {
            S(s) => Some(Str::from(*s)),
            _ => None,
        }
    }

    fn ints(a: &A) -> Vec<Int> {
        match a {
            L(items) => items.iter().map(|s| int(s)).collect(),
            _ => panic!("not a list: {a:?}"),
        }
    }

    /// `str(e)` under its class name, as the generator prints exceptions.
    /// CPython's UnicodeDecodeError and UnicodeEncodeError are
    /// UnicodeError here.
    fn err(e: PyErr) -> String {
        format!("{}: {}", e.kind().name(), e.message())
    }

    fn r<T: PyDisplay>(v: PyResult<T>) -> String {
        v.map(|v| crate::repr(&v).to_string()).unwrap_or_else(err)
    }

    fn r_list<T: PyDisplay>(v: PyResult<Vec<T>>) -> String {
        v.map(|v| {
            let items: Vec<String> = v.iter().map(|x| crate::repr(x).to_string()).collect();
            format!("[{}]", items.join(", "))
        })
        .unwrap_or_else(err)
    }

    fn r_bool(b: bool) -> String {
        (if b { "True" } else { "False" }).to_string()
    }

    /// Runs the methods both types share on a receiver of type `$T`.
    macro_rules! call_common {
        ($T:ident, $method:expr, $recv:expr, $args:expr) => {
            (|| -> Option<String> {
                let recv = $T::from($recv);
                let args: &[A] = $args;
                let arg = |i: usize| args.get(i).unwrap_or(&N);
                let bytes = |i: usize| match arg(i) {
                    B(b) => Some($T::from(*b)),
                    _ => None,
                };
                let list = |i: usize| -> Vec<$T> {
                    match arg(i) {
                        T(items) => items.iter().map(|b| $T::from(*b)).collect(),
                        B(b) => vec![$T::from(*b)],
                        _ => Vec::new(),
                    }
                };
                let (i0, i1, i2) = (opt_int(arg(0)), opt_int(arg(1)), opt_int(arg(2)));
                let (i0, i1, i2) = (i0.as_ref(), i1.as_ref(), i2.as_ref());
                let (s0, s1) = (opt_str(arg(0)), opt_str(arg(1)));
                let (s0, s1) = (s0.as_ref(), s1.as_ref());
                let (b0, b1) = (bytes(0), bytes(1));
                let empty = $T::new();
                let b0r = b0.as_ref().unwrap_or(&empty);
                let b1r = b1.as_ref().unwrap_or(&empty);
                Some(match $method {
                    "len" => recv.len().to_string(),
                    "bool" => r_bool(recv.is_true()),
                    "to_vec" => r_list(Ok(recv
                        .to_vec()
                        .into_iter()
                        .map(|b| Int::from(b as i64))
                        .collect())),
                    "iter" => r_list(Ok(recv.iter().collect())),
                    "repr" => str_repr(&crate::repr(&recv)),
                    "str" => str_repr(&crate::str(&recv)),
                    "zeros" => r($T::zeros(i0.unwrap())),
                    "from_ints" => r($T::from_ints(ints(arg(0)))),
                    "fromhex" => r($T::fromhex(s0.unwrap())),
                    "get" => r(recv.get(i0.unwrap())),
                    "slice" => r(recv.slice(i0, i1, i2)),
                    "concat" => r(Ok(recv.concat(b0r))),
                    "repeat" => r(recv.repeat(i0.unwrap())),
                    "contains_byte" => recv
                        .contains_byte(i0.unwrap())
                        .map(r_bool)
                        .unwrap_or_else(err),
                    "contains" => r_bool(recv.contains(b0r)),
                    "decode" => r(recv.decode(s0, s1)),
                    "hex" => r(recv.hex_py(s0, i1)),
                    "join" => r(Ok(recv.join_py(&list(0)))),
                    "split" => r_list(recv.split_py(b0.as_ref(), i1)),
                    "rsplit" => r_list(recv.rsplit_py(b0.as_ref(), i1)),
                    "find" => r(Ok(recv.find_py(b0r, i1, i2))),
                    "rfind" => r(Ok(recv.rfind_py(b0r, i1, i2))),
                    "index" => r(recv.index_py(b0r, i1, i2)),
                    "rindex" => r(recv.rindex_py(b0r, i1, i2)),
                    "count" => r(Ok(recv.count_py(b0r, i1, i2))),
                    "replace" => r(recv.replace_py(b0r, b1r, i2)),
                    "startswith" => r_bool(recv.startswith_py(&list(0), i1, i2)),
                    "endswith" => r_bool(recv.endswith_py(&list(0), i1, i2)),
                    "upper" => r(Ok(recv.upper_py())),
                    "lower" => r(Ok(recv.lower_py())),
                    "strip" => r(Ok(recv.strip_py(b0.as_ref()))),
                    "lstrip" => r(Ok(recv.lstrip_py(b0.as_ref()))),
                    "rstrip" => r(Ok(recv.rstrip_py(b0.as_ref()))),
                    _ => return None,
                })
            })()
        };
    }

    fn call_bytes(method: &str, recv: &[u8], args: &[A]) -> String {
        if method == "hash" {
            return crate::hash::PyHash::py_hash(&Bytes::from(recv)).to_string();
        }
        call_common!(Bytes, method, recv, args)
            .unwrap_or_else(|| panic!("no such bytes method in the tests: {method}"))
    }

    fn call_bytearray(method: &str, recv: &[u8], args: &[A]) -> String {
        if let Some(out) = call_common!(ByteArray, method, recv, args) {
            return out;
        }
        let ba = ByteArray::from(recv);
        let arg = |i: usize| args.get(i).unwrap_or(&N);
        let (i0, i1, i2) = (opt_int(arg(0)), opt_int(arg(1)), opt_int(arg(2)));
        let (i0, i1, i2) = (i0.as_ref(), i1.as_ref(), i2.as_ref());
        let bytes = |i: usize| match arg(i) {
            B(b) => Bytes::from(*b),
            other => panic!("not bytes: {other:?}"),
        };
        let none = |r: PyResult<()>| r.map(|()| "None".to_string()).unwrap_or_else(err);
        let result = match method {
            "set" => none(ba.set(i0.unwrap(), i1.unwrap())),
            "del" => none(ba.del(i0.unwrap())),
            "set_slice" => none(ba.set_slice(i0, i1, i2, &bytes(3))),
            "set_slice_self" => none(ba.set_slice(i0, i1, i2, &ba.clone())),
            "del_slice" => none(ba.del_slice(i0, i1, i2)),
            "append" => none(ba.append(i0.unwrap())),
            "extend" | "iadd" => {
                ba.extend(&bytes(0));
                "None".to_string()
            }
            "extend_self" => {
                ba.extend(&ba.clone());
                "None".to_string()
            }
            "extend_ints" => none(ba.extend_ints(ints(arg(0)))),
            "insert" => none(ba.insert(i0.unwrap(), i1.unwrap())),
            "pop" => r(ba.pop()),
            "pop_at" => r(ba.pop_at(i0.unwrap())),
            "remove" => none(ba.remove(i0.unwrap())),
            "clear" => {
                ba.clear();
                "None".to_string()
            }
            "reverse" => {
                ba.reverse();
                "None".to_string()
            }
            "imul" => none(ba.repeat_in_place(i0.unwrap())),
            _ => panic!("no such bytearray method in the tests: {method}"),
        };
        format!("{result} | {}", crate::repr(&ba))
    }

    fn check(cases: &[Case]) {
        let mut failures = Vec::new();
        let mut seen = 0;
        for (method, recv, args, want_bytes, want_bytearray) in cases {
            let runs: [(&str, fn(&str, &[u8], &[A]) -> String, &str); 2] = [
                ("bytes", call_bytes, want_bytes),
                ("bytearray", call_bytearray, want_bytearray),
            ];
            for (ty, call, want) in runs {
                if want.is_empty() {
                    continue;
                }
                seen += 1;
                let want = want.to_string();
                let got = call(method, recv, args);
                if got != want {
                    failures.push(format!(
                        "{ty}({}).{method}{args:?}: got {got}, CPython {want}",
                        str_repr(&crate::repr(&Bytes::from(*recv)))
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {seen} cases differ:\n{}",
            failures.len(),
            failures[..failures.len().min(60)].join("\n")
        );
    }

    /// Cases recorded from CPython 3.12.1 (with `PYTHONHASHSEED=0`): every
    /// method on both types, empty and non-ASCII data, negative and huge
    /// ints, each error message.
    #[test]
    fn cpython_cases() {
        check(CASES);
    }

    /// What Molt cannot do raises its loud NotImplementedError; CPython's
    /// results are in the comments.
    #[test]
    fn unsupported_codecs_and_handlers() {
        let s = |x: &str| Str::from(x);
        let b = Bytes::from(b"abc");
        // 'abc' decoded as UTF-16 by CPython.
        let e = b.decode(Some(&s("utf-16")), None).unwrap_err();
        assert_eq!(
            e.traceback_line(),
            "NotImplementedError: molt: the 'utf-16' codec is not supported (only utf-8, utf-8-sig, ascii and latin-1 are)"
        );
        let e = s("a").encode_py(Some(&s("CP1252")), None).unwrap_err();
        assert_eq!(
            e.traceback_line(),
            "NotImplementedError: molt: the 'CP1252' codec is not supported (only utf-8, utf-8-sig, ascii and latin-1 are)"
        );
        // Empty data decodes without a codec lookup, as in CPython.
        assert_eq!(Bytes::new().decode(Some(&s("utf-16")), None).unwrap(), "");
        // '\udcff' in CPython: a lone surrogate.
        let e = Bytes::from(b"\xff")
            .decode(None, Some(&s("surrogateescape")))
            .unwrap_err();
        assert_eq!(e.kind(), ExcKind::NotImplementedError);
        // '\ud800' in CPython.
        let e = Bytes::from(b"\xed\xa0\x80")
            .decode(None, Some(&s("surrogatepass")))
            .unwrap_err();
        assert_eq!(e.kind(), ExcKind::NotImplementedError);
        // b'a\\N{LATIN SMALL LETTER E WITH ACUTE}' in CPython.
        let e = s("a\u{e9}")
            .encode_py(Some(&s("ascii")), Some(&s("namereplace")))
            .unwrap_err();
        assert_eq!(e.kind(), ExcKind::NotImplementedError);
        // Handlers are looked at only when an error occurs.
        assert_eq!(
            s("a").encode_py(Some(&s("ascii")), Some(&s("namereplace"))),
            Ok(Bytes::from(b"a"))
        );
    }

    #[test]
    fn decode_error_is_a_unicode_error() {
        let e = Bytes::from(b"\xff").decode(None, None).unwrap_err();
        // CPython: UnicodeDecodeError, a subclass of UnicodeError.
        assert!(e.matches(ExcKind::UnicodeError));
        assert!(e.matches(ExcKind::ValueError));
        assert_eq!(
            e.message(),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
    }

    #[test]
    fn sharing_and_aliasing() {
        let a = Bytes::from(b"xyz");
        let b = a.clone();
        assert!(a.is(&b));
        let ba = ByteArray::from(b"ab");
        let alias = ba.clone();
        alias.append(&Int::from(99)).unwrap();
        assert_eq!(crate::repr(&ba).as_str(), "bytearray(b'abc')");
        assert!(ba.is(&alias));
        let copy = ba.copy();
        copy.clear();
        assert_eq!(ba.len(), 3);
        // to_bytes is a snapshot.
        let snap = ba.to_bytes();
        ba.reverse();
        assert_eq!(crate::repr(&snap).as_str(), "b'abc'");
        assert_eq!(crate::repr(&ba).as_str(), "bytearray(b'cba')");
    }

    /// `for x in ba: ba.append(...)` sees the appended bytes, as CPython's
    /// iterator does (stopped here after a few).
    #[test]
    fn bytearray_iteration_sees_changes() {
        let ba = ByteArray::from(b"a");
        let mut seen = Vec::new();
        for x in ba.iter() {
            seen.push(x.to_string());
            if seen.len() < 3 {
                ba.append(&Int::from(98)).unwrap();
            }
        }
        assert_eq!(seen, ["97", "98", "98"]);
        let b = Bytes::from(b"\x00\xff");
        let v: Vec<Int> = b.iter().collect();
        assert_eq!(v, [Int::from(0), Int::from(255)]);
    }

    /// Results of mixed operands have the left operand's type, as in
    /// CPython (`b'ab' + bytearray(b'c') == b'abc'`).
    #[test]
    fn mixed_operands() {
        let b = Bytes::from(b"ab");
        let ba = ByteArray::from(b"c");
        assert_eq!(crate::repr(&b.concat(&ba)).as_str(), "b'abc'");
        assert_eq!(crate::repr(&ba.concat(&b)).as_str(), "bytearray(b'cab')");
        assert!(Bytes::from(b"abc").contains(&ByteArray::from(b"bc")));
        assert_eq!(
            crate::repr(&ByteArray::from(b"-").join_py(&[Bytes::from(b"x"), Bytes::from(b"y")]))
                .as_str(),
            "bytearray(b'x-y')"
        );
        ba.extend(&b);
        assert_eq!(crate::repr(&ba).as_str(), "bytearray(b'cab')");
    }

    /// `==` and `<` within and across the two types, from CPython.
    #[test]
    fn comparisons() {
        let b = |x: &[u8]| Bytes::from(x);
        let ba = |x: &[u8]| ByteArray::from(x);
        assert!(b(b"a") == ba(b"a"));
        assert!(ba(b"a") == b(b"a"));
        assert!(b(b"a") != ba(b"ab"));
        assert!(b(b"a") < ba(b"b"));
        assert!(ba(b"a") < b(b"b"));
        assert!(ba(b"ab") > b(b"a"));
        assert!(b(b"ab") < b(b"abc"));
        assert!(b(b"\xff") > b(b"a"));
        assert!(b(b"") < b(b"\x00"));
        assert!(ba(b"b") > ba(b"abc"));
        assert_eq!(b(b"x").cmp(&b(b"x")), std::cmp::Ordering::Equal);
        let mut v = vec![b(b"b"), b(b"\x80"), b(b"ab"), b(b"")];
        v.sort();
        assert_eq!(format!("{v:?}"), r#"[b'', b'ab', b'b', b'\x80']"#);
    }

    /// `hash(b)` with PYTHONHASHSEED=0, and equal to the latin-1 str's.
    #[test]
    fn hashes() {
        use crate::hash::PyHash;
        assert_eq!(Bytes::from(b"abc").py_hash(), -4594863902769663758);
        assert_eq!(Bytes::from(b"\xe9").py_hash(), 6047309291227476195);
        assert_eq!(
            Bytes::from(b"\xe9").py_hash(),
            Str::from("\u{e9}").py_hash()
        );
        assert_eq!(
            Bytes::from(&b"\x00\xff".repeat(5)[..]).py_hash(),
            -1568401645254435457
        );
    }

    /// `format(b, '')` is `str(b)`; any other spec is an error, which
    /// CPython raises as TypeError (`format_checked` makes it ValueError).
    #[test]
    fn format_spec() {
        assert_eq!(
            crate::format_checked(&Bytes::from(b"ab"), "").unwrap(),
            "b'ab'"
        );
        assert_eq!(
            crate::format_checked(&ByteArray::from(b"ab"), "").unwrap(),
            "bytearray(b'ab')"
        );
        let e = crate::format_checked(&Bytes::from(b"ab"), "5").unwrap_err();
        assert_eq!(
            e.message(),
            "unsupported format string passed to bytes.__format__"
        );
        let e = crate::format_checked(&ByteArray::from(b"ab"), ">5").unwrap_err();
        assert_eq!(
            e.message(),
            "unsupported format string passed to bytearray.__format__"
        );
        assert_eq!(
            crate::fstring!("[", Bytes::from(b"\n"), "]").as_str(),
            "[b'\\n']"
        );
    }

    #[test]
    fn cpython_encode_cases() {
        let mut failures = Vec::new();
        for (s, args, want) in ENCODE_CASES {
            let enc = opt_str(args.first().unwrap_or(&N));
            let errors = opt_str(args.get(1).unwrap_or(&N));
            let got = r(Str::from(*s).encode_py(enc.as_ref(), errors.as_ref()));
            let want = want.to_string();
            if got != want {
                failures.push(format!("{s:?}.encode{args:?}: got {got}, CPython {want}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
    const CASES: &[Case] = &[
        ("zeros", b"", &[I("0")], "b''", "bytearray(b'')"),
        ("zeros", b"", &[I("3")], "b'\\x00\\x00\\x00'", "bytearray(b'\\x00\\x00\\x00')"),
        ("zeros", b"", &[I("-1")], "ValueError: negative count", "ValueError: negative count"),
        ("zeros", b"", &[I("-1000000000000000000000000000000")], "OverflowError: cannot fit 'int' into an index-sized integer", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("zeros", b"", &[I("1000000000000000000000000000000")], "OverflowError: cannot fit 'int' into an index-sized integer", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("zeros", b"", &[I("4611686018427387904")], "MemoryError: ", "MemoryError: "),
        ("from_ints", b"", &[L(&[])], "b''", "bytearray(b'')"),
        ("from_ints", b"", &[L(&["0", "97", "255"])], "b'\\x00a\\xff'", "bytearray(b'\\x00a\\xff')"),
        ("from_ints", b"", &[L(&["256"])], "ValueError: bytes must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("from_ints", b"", &[L(&["-1"])], "ValueError: bytes must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("from_ints", b"", &[L(&["1", "1000000000000000000000000000000"])], "ValueError: bytes must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("from_ints", b"", &[L(&["-1000000000000000000000000000000"])], "ValueError: bytes must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("fromhex", b"", &[S("")], "b''", "bytearray(b'')"),
        ("fromhex", b"", &[S("AbCd")], "b'\\xab\\xcd'", "bytearray(b'\\xab\\xcd')"),
        ("fromhex", b"", &[S(" ab cd ")], "b'\\xab\\xcd'", "bytearray(b'\\xab\\xcd')"),
        ("fromhex", b"", &[S("ab\tcd\n")], "b'\\xab\\xcd'", "bytearray(b'\\xab\\xcd')"),
        ("fromhex", b"", &[S("ab\u{b}cd\u{c}")], "b'\\xab\\xcd'", "bytearray(b'\\xab\\xcd')"),
        ("fromhex", b"", &[S("0g")], "ValueError: non-hexadecimal number found in fromhex() arg at position 1", "ValueError: non-hexadecimal number found in fromhex() arg at position 1"),
        ("fromhex", b"", &[S("abc")], "ValueError: non-hexadecimal number found in fromhex() arg at position 3", "ValueError: non-hexadecimal number found in fromhex() arg at position 3"),
        ("fromhex", b"", &[S("a b")], "ValueError: non-hexadecimal number found in fromhex() arg at position 1", "ValueError: non-hexadecimal number found in fromhex() arg at position 1"),
        ("fromhex", b"", &[S("ab\u{1c}cd")], "ValueError: non-hexadecimal number found in fromhex() arg at position 2", "ValueError: non-hexadecimal number found in fromhex() arg at position 2"),
        ("fromhex", b"", &[S("\u{e9}")], "ValueError: non-hexadecimal number found in fromhex() arg at position 0", "ValueError: non-hexadecimal number found in fromhex() arg at position 0"),
        ("fromhex", b"", &[S("ab\u{e9}")], "ValueError: non-hexadecimal number found in fromhex() arg at position 2", "ValueError: non-hexadecimal number found in fromhex() arg at position 2"),
        ("fromhex", b"", &[S("a")], "ValueError: non-hexadecimal number found in fromhex() arg at position 1", "ValueError: non-hexadecimal number found in fromhex() arg at position 1"),
        ("fromhex", b"", &[S("ab c")], "ValueError: non-hexadecimal number found in fromhex() arg at position 4", "ValueError: non-hexadecimal number found in fromhex() arg at position 4"),
        ("fromhex", b"", &[S("abc ")], "ValueError: non-hexadecimal number found in fromhex() arg at position 3", "ValueError: non-hexadecimal number found in fromhex() arg at position 3"),
        ("fromhex", b"", &[S(" a")], "ValueError: non-hexadecimal number found in fromhex() arg at position 2", "ValueError: non-hexadecimal number found in fromhex() arg at position 2"),
        ("fromhex", b"", &[S("\u{661}\u{662}")], "ValueError: non-hexadecimal number found in fromhex() arg at position 0", "ValueError: non-hexadecimal number found in fromhex() arg at position 0"),
        ("fromhex", b"", &[S("ab\u{a0}cd")], "ValueError: non-hexadecimal number found in fromhex() arg at position 2", "ValueError: non-hexadecimal number found in fromhex() arg at position 2"),
        ("fromhex", b"", &[S("\u{3000}ab")], "ValueError: non-hexadecimal number found in fromhex() arg at position 0", "ValueError: non-hexadecimal number found in fromhex() arg at position 0"),
        ("fromhex", b"", &[S("00ff")], "b'\\x00\\xff'", "bytearray(b'\\x00\\xff')"),
        ("fromhex", b"", &[S("FF ee")], "b'\\xff\\xee'", "bytearray(b'\\xff\\xee')"),
        ("len", b"", &[], "0", "0"),
        ("bool", b"", &[], "False", "False"),
        ("to_vec", b"", &[], "[]", "[]"),
        ("iter", b"", &[], "[]", "[]"),
        ("upper", b"", &[], "b''", "bytearray(b'')"),
        ("lower", b"", &[], "b''", "bytearray(b'')"),
        ("hash", b"", &[], "0", ""),
        ("len", b"a", &[], "1", "1"),
        ("bool", b"a", &[], "True", "True"),
        ("to_vec", b"a", &[], "[97]", "[97]"),
        ("iter", b"a", &[], "[97]", "[97]"),
        ("upper", b"a", &[], "b'A'", "bytearray(b'A')"),
        ("lower", b"a", &[], "b'a'", "bytearray(b'a')"),
        ("hash", b"a", &[], "4644417185603328019", ""),
        ("len", b"abc", &[], "3", "3"),
        ("bool", b"abc", &[], "True", "True"),
        ("to_vec", b"abc", &[], "[97, 98, 99]", "[97, 98, 99]"),
        ("iter", b"abc", &[], "[97, 98, 99]", "[97, 98, 99]"),
        ("upper", b"abc", &[], "b'ABC'", "bytearray(b'ABC')"),
        ("lower", b"abc", &[], "b'abc'", "bytearray(b'abc')"),
        ("hash", b"abc", &[], "-4594863902769663758", ""),
        ("len", b"\x00\xff", &[], "2", "2"),
        ("bool", b"\x00\xff", &[], "True", "True"),
        ("to_vec", b"\x00\xff", &[], "[0, 255]", "[0, 255]"),
        ("iter", b"\x00\xff", &[], "[0, 255]", "[0, 255]"),
        ("upper", b"\x00\xff", &[], "b'\\x00\\xff'", "bytearray(b'\\x00\\xff')"),
        ("lower", b"\x00\xff", &[], "b'\\x00\\xff'", "bytearray(b'\\x00\\xff')"),
        ("hash", b"\x00\xff", &[], "-2713640983873221217", ""),
        ("get", b"abc", &[I("0")], "97", "97"),
        ("get", b"abc", &[I("1")], "98", "98"),
        ("get", b"abc", &[I("2")], "99", "99"),
        ("get", b"abc", &[I("-1")], "99", "99"),
        ("get", b"abc", &[I("-3")], "97", "97"),
        ("get", b"abc", &[I("3")], "IndexError: index out of range", "IndexError: bytearray index out of range"),
        ("get", b"abc", &[I("-4")], "IndexError: index out of range", "IndexError: bytearray index out of range"),
        ("get", b"abc", &[I("1000000000000000000000000000000")], "IndexError: cannot fit 'int' into an index-sized integer", "IndexError: cannot fit 'int' into an index-sized integer"),
        ("get", b"abc", &[I("-1000000000000000000000000000000")], "IndexError: cannot fit 'int' into an index-sized integer", "IndexError: cannot fit 'int' into an index-sized integer"),
        ("get", b"", &[I("0")], "IndexError: index out of range", "IndexError: bytearray index out of range"),
        ("slice", b"abcdef", &[N, N, N], "b'abcdef'", "bytearray(b'abcdef')"),
        ("slice", b"abcdef", &[I("1"), N, N], "b'bcdef'", "bytearray(b'bcdef')"),
        ("slice", b"abcdef", &[N, I("2"), N], "b'ab'", "bytearray(b'ab')"),
        ("slice", b"abcdef", &[I("-2"), N, N], "b'ef'", "bytearray(b'ef')"),
        ("slice", b"abcdef", &[N, N, I("-1")], "b'fedcba'", "bytearray(b'fedcba')"),
        ("slice", b"abcdef", &[N, N, I("2")], "b'ace'", "bytearray(b'ace')"),
        ("slice", b"abcdef", &[I("5"), I("1"), I("-2")], "b'fd'", "bytearray(b'fd')"),
        ("slice", b"abcdef", &[I("-1000000000000000000000000000000"), I("1000000000000000000000000000000"), N], "b'abcdef'", "bytearray(b'abcdef')"),
        ("slice", b"abcdef", &[I("1000000000000000000000000000000"), I("-1000000000000000000000000000000"), I("-1")], "b'fedcba'", "bytearray(b'fedcba')"),
        ("slice", b"abcdef", &[N, N, I("0")], "ValueError: slice step cannot be zero", "ValueError: slice step cannot be zero"),
        ("slice", b"abcdef", &[I("1"), I("1"), N], "b''", "bytearray(b'')"),
        ("slice", b"abcdef", &[I("3"), I("1"), N], "b''", "bytearray(b'')"),
        ("slice", b"abcdef", &[N, N, I("1000000000000000000000000000000")], "b'a'", "bytearray(b'a')"),
        ("slice", b"abcdef", &[N, N, I("-1000000000000000000000000000000")], "b'f'", "bytearray(b'f')"),
        ("slice", b"abcdef", &[I("0"), I("5"), I("3")], "b'ad'", "bytearray(b'ad')"),
        ("slice", b"abcdef", &[I("-1"), I("-6"), I("-2")], "b'fdb'", "bytearray(b'fdb')"),
        ("concat", b"ab", &[B(b"")], "b'ab'", "bytearray(b'ab')"),
        ("concat", b"ab", &[B(b"xy")], "b'abxy'", "bytearray(b'abxy')"),
        ("concat", b"ab", &[B(b"\xff")], "b'ab\\xff'", "bytearray(b'ab\\xff')"),
        ("repeat", b"ab", &[I("0")], "b''", "bytearray(b'')"),
        ("repeat", b"ab", &[I("1")], "b'ab'", "bytearray(b'ab')"),
        ("repeat", b"ab", &[I("3")], "b'ababab'", "bytearray(b'ababab')"),
        ("repeat", b"ab", &[I("-1")], "b''", "bytearray(b'')"),
        ("repeat", b"ab", &[I("1000000000000000000000000000000")], "OverflowError: cannot fit 'int' into an index-sized integer", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("repeat", b"ab", &[I("-1000000000000000000000000000000")], "OverflowError: cannot fit 'int' into an index-sized integer", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("repeat", b"ab", &[I("4611686018427387904")], "OverflowError: repeated bytes are too long", "MemoryError: "),
        ("repeat", b"", &[I("0")], "b''", "bytearray(b'')"),
        ("repeat", b"", &[I("4611686018427387904")], "b''", "bytearray(b'')"),
        ("repeat", b"", &[I("1000000000000000000000000000000")], "OverflowError: cannot fit 'int' into an index-sized integer", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("contains_byte", b"abc\x00", &[I("97")], "True", "True"),
        ("contains_byte", b"abc\x00", &[I("0")], "True", "True"),
        ("contains_byte", b"abc\x00", &[I("255")], "False", "False"),
        ("contains_byte", b"abc\x00", &[I("256")], "ValueError: byte must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("contains_byte", b"abc\x00", &[I("-1")], "ValueError: byte must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("contains_byte", b"abc\x00", &[I("1000000000000000000000000000000")], "ValueError: byte must be in range(0, 256)", "ValueError: byte must be in range(0, 256)"),
        ("contains_byte", b"abc\x00", &[I("120")], "False", "False"),
        ("contains", b"abc", &[B(b"")], "True", "True"),
        ("contains", b"abc", &[B(b"a")], "True", "True"),
        ("contains", b"abc", &[B(b"bc")], "True", "True"),
        ("contains", b"abc", &[B(b"ac")], "False", "False"),
        ("contains", b"abc", &[B(b"abcd")], "False", "False"),
        ("repr", b"", &[], "\"b''\"", "\"bytearray(b'')\""),
        ("str", b"", &[], "\"b''\"", "\"bytearray(b'')\""),
        ("repr", b"abc", &[], "\"b'abc'\"", "\"bytearray(b'abc')\""),
        ("str", b"abc", &[], "\"b'abc'\"", "\"bytearray(b'abc')\""),
        ("repr", b"'", &[], "'b\"\\'\"'", "'bytearray(b\"\\\\\\'\")'"),
        ("str", b"'", &[], "'b\"\\'\"'", "'bytearray(b\"\\\\\\'\")'"),
        ("repr", b"\"", &[], "'b\\'\"\\''", "'bytearray(b\\'\"\\')'"),
        ("str", b"\"", &[], "'b\\'\"\\''", "'bytearray(b\\'\"\\')'"),
        ("repr", b"'\"", &[], "'b\\'\\\\\\'\"\\''", "'bytearray(b\\'\\\\\\'\"\\')'"),
        ("str", b"'\"", &[], "'b\\'\\\\\\'\"\\''", "'bytearray(b\\'\\\\\\'\"\\')'"),
        ("repr", b"\\", &[], "\"b'\\\\\\\\'\"", "\"bytearray(b'\\\\\\\\')\""),
        ("str", b"\\", &[], "\"b'\\\\\\\\'\"", "\"bytearray(b'\\\\\\\\')\""),
        ("repr", b"\x09\x0a\x0d", &[], "\"b'\\\\t\\\\n\\\\r'\"", "\"bytearray(b'\\\\t\\\\n\\\\r')\""),
        ("str", b"\x09\x0a\x0d", &[], "\"b'\\\\t\\\\n\\\\r'\"", "\"bytearray(b'\\\\t\\\\n\\\\r')\""),
        ("repr", b"\x00\x1f\x7f\x80\xff", &[], "\"b'\\\\x00\\\\x1f\\\\x7f\\\\x80\\\\xff'\"", "\"bytearray(b'\\\\x00\\\\x1f\\\\x7f\\\\x80\\\\xff')\""),
        ("str", b"\x00\x1f\x7f\x80\xff", &[], "\"b'\\\\x00\\\\x1f\\\\x7f\\\\x80\\\\xff'\"", "\"bytearray(b'\\\\x00\\\\x1f\\\\x7f\\\\x80\\\\xff')\""),
        ("repr", b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff", &[], "'b\\'\\\\x00\\\\x01\\\\x02\\\\x03\\\\x04\\\\x05\\\\x06\\\\x07\\\\x08\\\\t\\\\n\\\\x0b\\\\x0c\\\\r\\\\x0e\\\\x0f\\\\x10\\\\x11\\\\x12\\\\x13\\\\x14\\\\x15\\\\x16\\\\x17\\\\x18\\\\x19\\\\x1a\\\\x1b\\\\x1c\\\\x1d\\\\x1e\\\\x1f !\"#$%&\\\\\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\\\x7f\\\\x80\\\\x81\\\\x82\\\\x83\\\\x84\\\\x85\\\\x86\\\\x87\\\\x88\\\\x89\\\\x8a\\\\x8b\\\\x8c\\\\x8d\\\\x8e\\\\x8f\\\\x90\\\\x91\\\\x92\\\\x93\\\\x94\\\\x95\\\\x96\\\\x97\\\\x98\\\\x99\\\\x9a\\\\x9b\\\\x9c\\\\x9d\\\\x9e\\\\x9f\\\\xa0\\\\xa1\\\\xa2\\\\xa3\\\\xa4\\\\xa5\\\\xa6\\\\xa7\\\\xa8\\\\xa9\\\\xaa\\\\xab\\\\xac\\\\xad\\\\xae\\\\xaf\\\\xb0\\\\xb1\\\\xb2\\\\xb3\\\\xb4\\\\xb5\\\\xb6\\\\xb7\\\\xb8\\\\xb9\\\\xba\\\\xbb\\\\xbc\\\\xbd\\\\xbe\\\\xbf\\\\xc0\\\\xc1\\\\xc2\\\\xc3\\\\xc4\\\\xc5\\\\xc6\\\\xc7\\\\xc8\\\\xc9\\\\xca\\\\xcb\\\\xcc\\\\xcd\\\\xce\\\\xcf\\\\xd0\\\\xd1\\\\xd2\\\\xd3\\\\xd4\\\\xd5\\\\xd6\\\\xd7\\\\xd8\\\\xd9\\\\xda\\\\xdb\\\\xdc\\\\xdd\\\\xde\\\\xdf\\\\xe0\\\\xe1\\\\xe2\\\\xe3\\\\xe4\\\\xe5\\\\xe6\\\\xe7\\\\xe8\\\\xe9\\\\xea\\\\xeb\\\\xec\\\\xed\\\\xee\\\\xef\\\\xf0\\\\xf1\\\\xf2\\\\xf3\\\\xf4\\\\xf5\\\\xf6\\\\xf7\\\\xf8\\\\xf9\\\\xfa\\\\xfb\\\\xfc\\\\xfd\\\\xfe\\\\xff\\''", "'bytearray(b\\'\\\\x00\\\\x01\\\\x02\\\\x03\\\\x04\\\\x05\\\\x06\\\\x07\\\\x08\\\\t\\\\n\\\\x0b\\\\x0c\\\\r\\\\x0e\\\\x0f\\\\x10\\\\x11\\\\x12\\\\x13\\\\x14\\\\x15\\\\x16\\\\x17\\\\x18\\\\x19\\\\x1a\\\\x1b\\\\x1c\\\\x1d\\\\x1e\\\\x1f !\"#$%&\\\\\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\\\x7f\\\\x80\\\\x81\\\\x82\\\\x83\\\\x84\\\\x85\\\\x86\\\\x87\\\\x88\\\\x89\\\\x8a\\\\x8b\\\\x8c\\\\x8d\\\\x8e\\\\x8f\\\\x90\\\\x91\\\\x92\\\\x93\\\\x94\\\\x95\\\\x96\\\\x97\\\\x98\\\\x99\\\\x9a\\\\x9b\\\\x9c\\\\x9d\\\\x9e\\\\x9f\\\\xa0\\\\xa1\\\\xa2\\\\xa3\\\\xa4\\\\xa5\\\\xa6\\\\xa7\\\\xa8\\\\xa9\\\\xaa\\\\xab\\\\xac\\\\xad\\\\xae\\\\xaf\\\\xb0\\\\xb1\\\\xb2\\\\xb3\\\\xb4\\\\xb5\\\\xb6\\\\xb7\\\\xb8\\\\xb9\\\\xba\\\\xbb\\\\xbc\\\\xbd\\\\xbe\\\\xbf\\\\xc0\\\\xc1\\\\xc2\\\\xc3\\\\xc4\\\\xc5\\\\xc6\\\\xc7\\\\xc8\\\\xc9\\\\xca\\\\xcb\\\\xcc\\\\xcd\\\\xce\\\\xcf\\\\xd0\\\\xd1\\\\xd2\\\\xd3\\\\xd4\\\\xd5\\\\xd6\\\\xd7\\\\xd8\\\\xd9\\\\xda\\\\xdb\\\\xdc\\\\xdd\\\\xde\\\\xdf\\\\xe0\\\\xe1\\\\xe2\\\\xe3\\\\xe4\\\\xe5\\\\xe6\\\\xe7\\\\xe8\\\\xe9\\\\xea\\\\xeb\\\\xec\\\\xed\\\\xee\\\\xef\\\\xf0\\\\xf1\\\\xf2\\\\xf3\\\\xf4\\\\xf5\\\\xf6\\\\xf7\\\\xf8\\\\xf9\\\\xfa\\\\xfb\\\\xfc\\\\xfd\\\\xfe\\\\xff\\')'"),
        ("str", b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff", &[], "'b\\'\\\\x00\\\\x01\\\\x02\\\\x03\\\\x04\\\\x05\\\\x06\\\\x07\\\\x08\\\\t\\\\n\\\\x0b\\\\x0c\\\\r\\\\x0e\\\\x0f\\\\x10\\\\x11\\\\x12\\\\x13\\\\x14\\\\x15\\\\x16\\\\x17\\\\x18\\\\x19\\\\x1a\\\\x1b\\\\x1c\\\\x1d\\\\x1e\\\\x1f !\"#$%&\\\\\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\\\x7f\\\\x80\\\\x81\\\\x82\\\\x83\\\\x84\\\\x85\\\\x86\\\\x87\\\\x88\\\\x89\\\\x8a\\\\x8b\\\\x8c\\\\x8d\\\\x8e\\\\x8f\\\\x90\\\\x91\\\\x92\\\\x93\\\\x94\\\\x95\\\\x96\\\\x97\\\\x98\\\\x99\\\\x9a\\\\x9b\\\\x9c\\\\x9d\\\\x9e\\\\x9f\\\\xa0\\\\xa1\\\\xa2\\\\xa3\\\\xa4\\\\xa5\\\\xa6\\\\xa7\\\\xa8\\\\xa9\\\\xaa\\\\xab\\\\xac\\\\xad\\\\xae\\\\xaf\\\\xb0\\\\xb1\\\\xb2\\\\xb3\\\\xb4\\\\xb5\\\\xb6\\\\xb7\\\\xb8\\\\xb9\\\\xba\\\\xbb\\\\xbc\\\\xbd\\\\xbe\\\\xbf\\\\xc0\\\\xc1\\\\xc2\\\\xc3\\\\xc4\\\\xc5\\\\xc6\\\\xc7\\\\xc8\\\\xc9\\\\xca\\\\xcb\\\\xcc\\\\xcd\\\\xce\\\\xcf\\\\xd0\\\\xd1\\\\xd2\\\\xd3\\\\xd4\\\\xd5\\\\xd6\\\\xd7\\\\xd8\\\\xd9\\\\xda\\\\xdb\\\\xdc\\\\xdd\\\\xde\\\\xdf\\\\xe0\\\\xe1\\\\xe2\\\\xe3\\\\xe4\\\\xe5\\\\xe6\\\\xe7\\\\xe8\\\\xe9\\\\xea\\\\xeb\\\\xec\\\\xed\\\\xee\\\\xef\\\\xf0\\\\xf1\\\\xf2\\\\xf3\\\\xf4\\\\xf5\\\\xf6\\\\xf7\\\\xf8\\\\xf9\\\\xfa\\\\xfb\\\\xfc\\\\xfd\\\\xfe\\\\xff\\''", "'bytearray(b\\'\\\\x00\\\\x01\\\\x02\\\\x03\\\\x04\\\\x05\\\\x06\\\\x07\\\\x08\\\\t\\\\n\\\\x0b\\\\x0c\\\\r\\\\x0e\\\\x0f\\\\x10\\\\x11\\\\x12\\\\x13\\\\x14\\\\x15\\\\x16\\\\x17\\\\x18\\\\x19\\\\x1a\\\\x1b\\\\x1c\\\\x1d\\\\x1e\\\\x1f !\"#$%&\\\\\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\\\x7f\\\\x80\\\\x81\\\\x82\\\\x83\\\\x84\\\\x85\\\\x86\\\\x87\\\\x88\\\\x89\\\\x8a\\\\x8b\\\\x8c\\\\x8d\\\\x8e\\\\x8f\\\\x90\\\\x91\\\\x92\\\\x93\\\\x94\\\\x95\\\\x96\\\\x97\\\\x98\\\\x99\\\\x9a\\\\x9b\\\\x9c\\\\x9d\\\\x9e\\\\x9f\\\\xa0\\\\xa1\\\\xa2\\\\xa3\\\\xa4\\\\xa5\\\\xa6\\\\xa7\\\\xa8\\\\xa9\\\\xaa\\\\xab\\\\xac\\\\xad\\\\xae\\\\xaf\\\\xb0\\\\xb1\\\\xb2\\\\xb3\\\\xb4\\\\xb5\\\\xb6\\\\xb7\\\\xb8\\\\xb9\\\\xba\\\\xbb\\\\xbc\\\\xbd\\\\xbe\\\\xbf\\\\xc0\\\\xc1\\\\xc2\\\\xc3\\\\xc4\\\\xc5\\\\xc6\\\\xc7\\\\xc8\\\\xc9\\\\xca\\\\xcb\\\\xcc\\\\xcd\\\\xce\\\\xcf\\\\xd0\\\\xd1\\\\xd2\\\\xd3\\\\xd4\\\\xd5\\\\xd6\\\\xd7\\\\xd8\\\\xd9\\\\xda\\\\xdb\\\\xdc\\\\xdd\\\\xde\\\\xdf\\\\xe0\\\\xe1\\\\xe2\\\\xe3\\\\xe4\\\\xe5\\\\xe6\\\\xe7\\\\xe8\\\\xe9\\\\xea\\\\xeb\\\\xec\\\\xed\\\\xee\\\\xef\\\\xf0\\\\xf1\\\\xf2\\\\xf3\\\\xf4\\\\xf5\\\\xf6\\\\xf7\\\\xf8\\\\xf9\\\\xfa\\\\xfb\\\\xfc\\\\xfd\\\\xfe\\\\xff\\')'"),
        ("repr", b"it's", &[], "'b\"it\\'s\"'", "'bytearray(b\"it\\\\\\'s\")'"),
        ("str", b"it's", &[], "'b\"it\\'s\"'", "'bytearray(b\"it\\\\\\'s\")'"),
        ("repr", b"say \"hi\"", &[], "'b\\'say \"hi\"\\''", "'bytearray(b\\'say \"hi\"\\')'"),
        ("str", b"say \"hi\"", &[], "'b\\'say \"hi\"\\''", "'bytearray(b\\'say \"hi\"\\')'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[], "'010203abcd'", "'010203abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":")], "'01:02:03:ab:cd'", "'01:02:03:ab:cd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S("::")], "ValueError: sep must be length 1.", "ValueError: sep must be length 1."),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S("")], "ValueError: sep must be length 1.", "ValueError: sep must be length 1."),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S("\u{e9}")], "ValueError: sep must be ASCII.", "ValueError: sep must be ASCII."),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S("\u{20ac}")], "ValueError: sep must be ASCII.", "ValueError: sep must be ASCII."),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("2")], "'01:0203:abcd'", "'01:0203:abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("-2")], "'0102:03ab:cd'", "'0102:03ab:cd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("0")], "'010203abcd'", "'010203abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("3")], "'0102:03abcd'", "'0102:03abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("5")], "'010203abcd'", "'010203abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("-1")], "'01:02:03:ab:cd'", "'01:02:03:ab:cd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C int", "OverflowError: Python int too large to convert to C int"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("2147483648")], "OverflowError: Python int too large to convert to C int", "OverflowError: Python int too large to convert to C int"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("2147483647")], "'010203abcd'", "'010203abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("-2147483648")], "'010203abcd'", "'010203abcd'"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S(":"), I("-2147483649")], "OverflowError: Python int too large to convert to C int", "OverflowError: Python int too large to convert to C int"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[S("::"), I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C int", "OverflowError: Python int too large to convert to C int"),
        ("hex", b"\x01\x02\x03\xab\xcd", &[N, I("2")], "'010203abcd'", "'010203abcd'"),
        ("hex", b"", &[], "''", "''"),
        ("hex", b"", &[S(":")], "''", "''"),
        ("hex", b"", &[S("::")], "ValueError: sep must be length 1.", "ValueError: sep must be length 1."),
        ("hex", b"", &[S(":"), I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C int", "OverflowError: Python int too large to convert to C int"),
        ("hex", b"\x01\x02\x03\x04", &[S(" "), I("2")], "'0102 0304'", "'0102 0304'"),
        ("hex", b"\x01\x02\x03\x04", &[S("-"), I("-3")], "'010203-04'", "'010203-04'"),
        ("decode", b"abc", &[], "'abc'", "'abc'"),
        ("decode", b"", &[S("bogus")], "''", "''"),
        ("decode", b"", &[S("hex")], "''", "''"),
        ("decode", b"", &[S("utf8\u{0}")], "ValueError: embedded null character", "ValueError: embedded null character"),
        ("decode", b"a", &[S("utf-8"), S("a\u{0}")], "ValueError: embedded null character", "ValueError: embedded null character"),
        ("decode", b"\xff", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        ("decode", b"\xff", &[S("utf-8"), S("bogus")], "LookupError: unknown error handler name 'bogus'", "LookupError: unknown error handler name 'bogus'"),
        ("decode", b"abc", &[S("utf-8"), S("bogus")], "'abc'", "'abc'"),
        ("decode", b"abc", &[S("bogus")], "LookupError: unknown encoding: bogus", "LookupError: unknown encoding: bogus"),
        ("decode", b"abc", &[S("hex")], "LookupError: 'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs", "LookupError: 'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
        ("decode", b"abc", &[S("HEX")], "LookupError: 'HEX' is not a text encoding; use codecs.decode() to handle arbitrary codecs", "LookupError: 'HEX' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
        ("decode", b"abc", &[S("Hex_Codec")], "LookupError: 'Hex_Codec' is not a text encoding; use codecs.decode() to handle arbitrary codecs", "LookupError: 'Hex_Codec' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
        ("decode", b"abc", &[S("rot13")], "LookupError: 'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs", "LookupError: 'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
        ("decode", b"abc", &[S("base64")], "LookupError: 'base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs", "LookupError: 'base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
        ("decode", b"a\xe9b", &[S("ascii")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"),
        ("decode", b"a\xe9\xe9b", &[S("ascii")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"),
        ("decode", b"a\xe2\x82", &[], "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"),
        ("decode", b"\xe0\x80", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"),
        ("decode", b"\xed\xa0\x80", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
        ("decode", b"\xf0\x90\x80", &[], "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"),
        ("decode", b"\xf0\x90\x80x", &[], "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"),
        ("decode", b"\xf4\x90\x80\x80", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"),
        ("decode", b"\xc0\xaf", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"),
        ("decode", b"\xe0", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: unexpected end of data"),
        ("decode", b"\x80", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"),
        ("decode", b"a\xc3", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data"),
        ("decode", b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", &[], "'\u{e9}\u{20ac}\u{1f600}'", "'\u{e9}\u{20ac}\u{1f600}'"),
        ("decode", b"\xf8\x88\x80\x80\x80", &[], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"),
        ("decode", b"\xff", &[S("utf-8"), S("xmlcharrefreplace")], "TypeError: don't know how to handle UnicodeDecodeError in error callback", "TypeError: don't know how to handle UnicodeDecodeError in error callback"),
        ("decode", b"\xff", &[S("utf-8"), S("namereplace")], "TypeError: don't know how to handle UnicodeDecodeError in error callback", "TypeError: don't know how to handle UnicodeDecodeError in error callback"),
        ("decode", b"\xff", &[S("utf-8"), S("backslashreplace")], "'\\\\xff'", "'\\\\xff'"),
        ("decode", b"\xff", &[S("ascii"), S("backslashreplace")], "'\\\\xff'", "'\\\\xff'"),
        ("decode", b"\xff", &[S("ascii"), S("surrogatepass")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"),
        ("decode", b"\xff", &[S("utf-8"), S("surrogatepass")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        ("decode", b"\xff", &[S("latin-1"), S("surrogatepass")], "'\u{ff}'", "'\u{ff}'"),
        ("decode", b"a\xe9", &[S("ascii"), S("replace")], "'a\u{fffd}'", "'a\u{fffd}'"),
        ("decode", b"a\xe9", &[S("ascii"), S("ignore")], "'a'", "'a'"),
        ("decode", b"a\xe2\x82", &[S("utf-8"), S("replace")], "'a\u{fffd}'", "'a\u{fffd}'"),
        ("decode", b"a\xe2\x82", &[S("utf-8"), S("backslashreplace")], "'a\\\\xe2\\\\x82'", "'a\\\\xe2\\\\x82'"),
        ("decode", b"\xf0\x9f\x98\xf0\x9fz", &[S("utf-8"), S("replace")], "'\u{fffd}\u{fffd}z'", "'\u{fffd}\u{fffd}z'"),
        ("decode", b"\xf0\x9f\x98\xf0\x9fz", &[S("utf-8"), S("backslashreplace")], "'\\\\xf0\\\\x9f\\\\x98\\\\xf0\\\\x9fz'", "'\\\\xf0\\\\x9f\\\\x98\\\\xf0\\\\x9fz'"),
        ("decode", b"\xf0\x9f\x98\xf0\x9fz", &[S("utf-8"), S("ignore")], "'z'", "'z'"),
        ("decode", b"\x80abc\xff", &[S("utf-8"), S("ignore")], "'abc'", "'abc'"),
        ("decode", b"\xed\xa0\x80x", &[S("utf-8"), S("replace")], "'\u{fffd}\u{fffd}\u{fffd}x'", "'\u{fffd}\u{fffd}\u{fffd}x'"),
        ("decode", b"\xe0\x80\xaf", &[S("utf-8"), S("replace")], "'\u{fffd}\u{fffd}\u{fffd}'", "'\u{fffd}\u{fffd}\u{fffd}'"),
        ("decode", b"\xff", &[S("utf-8"), S("")], "LookupError: unknown error handler name ''", "LookupError: unknown error handler name ''"),
        ("decode", b"\xff", &[S("utf-8"), S("STRICT")], "LookupError: unknown error handler name 'STRICT'", "LookupError: unknown error handler name 'STRICT'"),
        ("decode", b"\xff", &[S("utf-8"), S("strict ")], "LookupError: unknown error handler name 'strict '", "LookupError: unknown error handler name 'strict '"),
        ("decode", b"\xe9\xff", &[S("latin-1")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("latin1")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("iso-8859-1")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("ISO8859-1")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("L1")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("latin")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("Latin_1")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9\xff", &[S("8859")], "'\u{e9}\u{ff}'", "'\u{e9}\u{ff}'"),
        ("decode", b"\xe9", &[S("utf-8"), S("replace")], "'\u{fffd}'", "'\u{fffd}'"),
        ("decode", b"x\xe9", &[S("UTF8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("U8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("utf_8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S(" utf-8 ")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("utf 8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("utf--8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("cp65001")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("UTF")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("utf-8-")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("utf\u{e9}8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x\xe9", &[S("utf\u{a7}8")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"),
        ("decode", b"x", &[S("\u{130}")], "LookupError: unknown encoding: \u{130}", "LookupError: unknown encoding: \u{130}"),
        ("decode", b"x", &[S("utf.8")], "LookupError: unknown encoding: utf.8", "LookupError: unknown encoding: utf.8"),
        ("decode", b"x", &[S("u.t.f-8")], "LookupError: unknown encoding: u.t.f-8", "LookupError: unknown encoding: u.t.f-8"),
        ("decode", b"x", &[S(".utf8")], "LookupError: unknown encoding: .utf8", "LookupError: unknown encoding: .utf8"),
        ("decode", b"x", &[S("utf8.")], "LookupError: unknown encoding: utf8.", "LookupError: unknown encoding: utf8."),
        ("decode", b"x", &[S("latin.1")], "LookupError: unknown encoding: latin.1", "LookupError: unknown encoding: latin.1"),
        ("decode", b"x", &[S("latin-1.")], "LookupError: unknown encoding: latin-1.", "LookupError: unknown encoding: latin-1."),
        ("decode", b"x", &[S("mbcs")], "LookupError: unknown encoding: mbcs", "LookupError: unknown encoding: mbcs"),
        ("decode", b"x", &[S("ansi")], "LookupError: unknown encoding: ansi", "LookupError: unknown encoding: ansi"),
        ("decode", b"x", &[S("oem")], "LookupError: unknown encoding: oem", "LookupError: unknown encoding: oem"),
        ("decode", b"x", &[S("csHPRoman8")], "LookupError: unknown encoding: csHPRoman8", "LookupError: unknown encoding: csHPRoman8"),
        ("decode", b"x", &[S("aliases")], "LookupError: unknown encoding: aliases", "LookupError: unknown encoding: aliases"),
        ("decode", b"x", &[S("")], "LookupError: unknown encoding: ", "LookupError: unknown encoding: "),
        ("decode", b"x", &[S("-")], "LookupError: unknown encoding: -", "LookupError: unknown encoding: -"),
        ("decode", b"x\x80", &[S("646")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("US-ASCII")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("ansi_x3.4_1968")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("ANSI_X3.4-1968")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("iso_646.irv:1991")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("us")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("ASCII")], "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)", "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"),
        ("decode", b"x\x80", &[S("ascii"), S("replace")], "'x\u{fffd}'", "'x\u{fffd}'"),
        ("decode", b"\xef\xbb\xbfa\xef\xbb\xbf", &[S("utf-8-sig")], "'a\\ufeff'", "'a\\ufeff'"),
        ("decode", b"\xefa", &[S("utf-8-sig")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xef in position 0: invalid continuation byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xef in position 0: invalid continuation byte"),
        ("decode", b"\xef\xbb", &[S("utf-8-sig")], "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"),
        ("decode", b"\xef\xbb\xbf\xff", &[S("utf-8-sig")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        ("decode", b"a\xff", &[S("utf-8-sig")], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"),
        ("decode", b"\xef\xbb\xbf", &[S("UTF_8_SIG")], "''", "''"),
        ("decode", b"\xef\xbb\xbfa", &[S("utf-8")], "'\\ufeffa'", "'\\ufeffa'"),
        ("decode", b"\xef\xbb\xbf\xff", &[S("utf-8-sig"), S("replace")], "'\u{fffd}'", "'\u{fffd}'"),
        ("join", b", ", &[T(&[])], "b''", "bytearray(b'')"),
        ("join", b"", &[T(&[])], "b''", "bytearray(b'')"),
        ("join", b", ", &[T(&[b"a"])], "b'a'", "bytearray(b'a')"),
        ("join", b"", &[T(&[b"a"])], "b'a'", "bytearray(b'a')"),
        ("join", b", ", &[T(&[b"a", b"b"])], "b'a, b'", "bytearray(b'a, b')"),
        ("join", b"", &[T(&[b"a", b"b"])], "b'ab'", "bytearray(b'ab')"),
        ("join", b", ", &[T(&[b"", b""])], "b', '", "bytearray(b', ')"),
        ("join", b"", &[T(&[b"", b""])], "b''", "bytearray(b'')"),
        ("join", b", ", &[T(&[b"a", b"", b"c"])], "b'a, , c'", "bytearray(b'a, , c')"),
        ("join", b"", &[T(&[b"a", b"", b"c"])], "b'ac'", "bytearray(b'ac')"),
        ("split", b"a b  c", &[], "[b'a', b'b', b'c']", "[bytearray(b'a'), bytearray(b'b'), bytearray(b'c')]"),
        ("split", b"  a  b  ", &[], "[b'a', b'b']", "[bytearray(b'a'), bytearray(b'b')]"),
        ("split", b"  a  b  ", &[N, I("1")], "[b'a', b'b  ']", "[bytearray(b'a'), bytearray(b'b  ')]"),
        ("split", b"  a  b  ", &[N, I("0")], "[b'a  b  ']", "[bytearray(b'a  b  ')]"),
        ("split", b" a\x1cb\x0b\x0cc\x0d\x0a", &[], "[b'a\\x1cb', b'c']", "[bytearray(b'a\\x1cb'), bytearray(b'c')]"),
        ("split", b"", &[], "[]", "[]"),
        ("split", b"   ", &[], "[]", "[]"),
        ("split", b"a,b,,c", &[B(b",")], "[b'a', b'b', b'', b'c']", "[bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]"),
        ("split", b"a,b,,c", &[B(b","), I("1")], "[b'a', b'b,,c']", "[bytearray(b'a'), bytearray(b'b,,c')]"),
        ("split", b"a,b,,c", &[B(b","), I("0")], "[b'a,b,,c']", "[bytearray(b'a,b,,c')]"),
        ("split", b"a,b,,c", &[B(b","), I("-1")], "[b'a', b'b', b'', b'c']", "[bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]"),
        ("split", b"aaa", &[B(b"aa")], "[b'', b'a']", "[bytearray(b''), bytearray(b'a')]"),
        ("split", b"aaaa", &[B(b"aa")], "[b'', b'', b'']", "[bytearray(b''), bytearray(b''), bytearray(b'')]"),
        ("split", b"", &[B(b",")], "[b'']", "[bytearray(b'')]"),
        ("split", b"a", &[B(b"")], "ValueError: empty separator", "ValueError: empty separator"),
        ("split", b"a b c", &[N, I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("split", b"a b c", &[N, I("-1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("split", b"a b c", &[B(b""), I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("split", b"abcabc", &[B(b"bc"), I("1")], "[b'a', b'abc']", "[bytearray(b'a'), bytearray(b'abc')]"),
        ("split", b"\xff\x00\xff", &[B(b"\x00")], "[b'\\xff', b'\\xff']", "[bytearray(b'\\xff'), bytearray(b'\\xff')]"),
        ("rsplit", b"a b  c", &[], "[b'a', b'b', b'c']", "[bytearray(b'a'), bytearray(b'b'), bytearray(b'c')]"),
        ("rsplit", b"  a  b  ", &[], "[b'a', b'b']", "[bytearray(b'a'), bytearray(b'b')]"),
        ("rsplit", b"  a  b  ", &[N, I("1")], "[b'  a', b'b']", "[bytearray(b'  a'), bytearray(b'b')]"),
        ("rsplit", b"  a  b  ", &[N, I("0")], "[b'  a  b']", "[bytearray(b'  a  b')]"),
        ("rsplit", b" a\x1cb\x0b\x0cc\x0d\x0a", &[], "[b'a\\x1cb', b'c']", "[bytearray(b'a\\x1cb'), bytearray(b'c')]"),
        ("rsplit", b"", &[], "[]", "[]"),
        ("rsplit", b"   ", &[], "[]", "[]"),
        ("rsplit", b"a,b,,c", &[B(b",")], "[b'a', b'b', b'', b'c']", "[bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]"),
        ("rsplit", b"a,b,,c", &[B(b","), I("1")], "[b'a,b,', b'c']", "[bytearray(b'a,b,'), bytearray(b'c')]"),
        ("rsplit", b"a,b,,c", &[B(b","), I("0")], "[b'a,b,,c']", "[bytearray(b'a,b,,c')]"),
        ("rsplit", b"a,b,,c", &[B(b","), I("-1")], "[b'a', b'b', b'', b'c']", "[bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]"),
        ("rsplit", b"aaa", &[B(b"aa")], "[b'a', b'']", "[bytearray(b'a'), bytearray(b'')]"),
        ("rsplit", b"aaaa", &[B(b"aa")], "[b'', b'', b'']", "[bytearray(b''), bytearray(b''), bytearray(b'')]"),
        ("rsplit", b"", &[B(b",")], "[b'']", "[bytearray(b'')]"),
        ("rsplit", b"a", &[B(b"")], "ValueError: empty separator", "ValueError: empty separator"),
        ("rsplit", b"a b c", &[N, I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("rsplit", b"a b c", &[N, I("-1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("rsplit", b"a b c", &[B(b""), I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("rsplit", b"abcabc", &[B(b"bc"), I("1")], "[b'abca', b'']", "[bytearray(b'abca'), bytearray(b'')]"),
        ("rsplit", b"\xff\x00\xff", &[B(b"\x00")], "[b'\\xff', b'\\xff']", "[bytearray(b'\\xff'), bytearray(b'\\xff')]"),
        ("find", b"abcab", &[B(b"b")], "1", "1"),
        ("find", b"abcab", &[B(b"c"), I("1000000000000000000000000000000")], "-1", "-1"),
        ("find", b"abcab", &[B(b"")], "0", "0"),
        ("find", b"abcab", &[B(b""), I("3")], "3", "3"),
        ("find", b"abcab", &[B(b""), I("4")], "4", "4"),
        ("find", b"abcab", &[B(b""), I("6")], "-1", "-1"),
        ("find", b"abcab", &[B(b"x")], "-1", "-1"),
        ("find", b"abcab", &[B(b"bc"), I("1")], "1", "1"),
        ("find", b"abcab", &[B(b"bc"), I("2")], "-1", "-1"),
        ("find", b"abcab", &[B(b"ab"), I("-3")], "3", "3"),
        ("find", b"abcab", &[B(b"ab"), N, I("4")], "0", "0"),
        ("find", b"abcab", &[B(b"ab"), N, I("-1")], "0", "0"),
        ("find", b"abcab", &[B(b"a"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "0", "0"),
        ("find", b"abcab", &[B(b"a"), I("1000000000000000000000000000000")], "-1", "-1"),
        ("find", b"abcab", &[B(b""), I("-1")], "4", "4"),
        ("find", b"abcab", &[B(b"aa")], "-1", "-1"),
        ("find", b"abcab", &[B(b""), I("2"), I("1")], "-1", "-1"),
        ("find", b"abcab", &[B(b"abcab")], "0", "0"),
        ("find", b"abcab", &[B(b"b"), I("2"), I("5")], "4", "4"),
        ("find", b"abcab", &[B(b""), N, I("-100")], "0", "0"),
        ("find", b"aaaa", &[B(b"aa")], "0", "0"),
        ("find", b"", &[B(b"")], "0", "0"),
        ("find", b"", &[B(b"a")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b"b")], "4", "4"),
        ("rfind", b"abcab", &[B(b"c"), I("1000000000000000000000000000000")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b"")], "5", "5"),
        ("rfind", b"abcab", &[B(b""), I("3")], "5", "5"),
        ("rfind", b"abcab", &[B(b""), I("4")], "5", "5"),
        ("rfind", b"abcab", &[B(b""), I("6")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b"x")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b"bc"), I("1")], "1", "1"),
        ("rfind", b"abcab", &[B(b"bc"), I("2")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b"ab"), I("-3")], "3", "3"),
        ("rfind", b"abcab", &[B(b"ab"), N, I("4")], "0", "0"),
        ("rfind", b"abcab", &[B(b"ab"), N, I("-1")], "0", "0"),
        ("rfind", b"abcab", &[B(b"a"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "3", "3"),
        ("rfind", b"abcab", &[B(b"a"), I("1000000000000000000000000000000")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b""), I("-1")], "5", "5"),
        ("rfind", b"abcab", &[B(b"aa")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b""), I("2"), I("1")], "-1", "-1"),
        ("rfind", b"abcab", &[B(b"abcab")], "0", "0"),
        ("rfind", b"abcab", &[B(b"b"), I("2"), I("5")], "4", "4"),
        ("rfind", b"abcab", &[B(b""), N, I("-100")], "0", "0"),
        ("rfind", b"aaaa", &[B(b"aa")], "2", "2"),
        ("rfind", b"", &[B(b"")], "0", "0"),
        ("rfind", b"", &[B(b"a")], "-1", "-1"),
        ("index", b"abcab", &[B(b"b")], "1", "1"),
        ("index", b"abcab", &[B(b"c"), I("1000000000000000000000000000000")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b"")], "0", "0"),
        ("index", b"abcab", &[B(b""), I("3")], "3", "3"),
        ("index", b"abcab", &[B(b""), I("4")], "4", "4"),
        ("index", b"abcab", &[B(b""), I("6")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b"x")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b"bc"), I("1")], "1", "1"),
        ("index", b"abcab", &[B(b"bc"), I("2")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b"ab"), I("-3")], "3", "3"),
        ("index", b"abcab", &[B(b"ab"), N, I("4")], "0", "0"),
        ("index", b"abcab", &[B(b"ab"), N, I("-1")], "0", "0"),
        ("index", b"abcab", &[B(b"a"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "0", "0"),
        ("index", b"abcab", &[B(b"a"), I("1000000000000000000000000000000")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b""), I("-1")], "4", "4"),
        ("index", b"abcab", &[B(b"aa")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b""), I("2"), I("1")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("index", b"abcab", &[B(b"abcab")], "0", "0"),
        ("index", b"abcab", &[B(b"b"), I("2"), I("5")], "4", "4"),
        ("index", b"abcab", &[B(b""), N, I("-100")], "0", "0"),
        ("index", b"aaaa", &[B(b"aa")], "0", "0"),
        ("index", b"", &[B(b"")], "0", "0"),
        ("index", b"", &[B(b"a")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b"b")], "4", "4"),
        ("rindex", b"abcab", &[B(b"c"), I("1000000000000000000000000000000")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b"")], "5", "5"),
        ("rindex", b"abcab", &[B(b""), I("3")], "5", "5"),
        ("rindex", b"abcab", &[B(b""), I("4")], "5", "5"),
        ("rindex", b"abcab", &[B(b""), I("6")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b"x")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b"bc"), I("1")], "1", "1"),
        ("rindex", b"abcab", &[B(b"bc"), I("2")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b"ab"), I("-3")], "3", "3"),
        ("rindex", b"abcab", &[B(b"ab"), N, I("4")], "0", "0"),
        ("rindex", b"abcab", &[B(b"ab"), N, I("-1")], "0", "0"),
        ("rindex", b"abcab", &[B(b"a"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "3", "3"),
        ("rindex", b"abcab", &[B(b"a"), I("1000000000000000000000000000000")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b""), I("-1")], "5", "5"),
        ("rindex", b"abcab", &[B(b"aa")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b""), I("2"), I("1")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("rindex", b"abcab", &[B(b"abcab")], "0", "0"),
        ("rindex", b"abcab", &[B(b"b"), I("2"), I("5")], "4", "4"),
        ("rindex", b"abcab", &[B(b""), N, I("-100")], "0", "0"),
        ("rindex", b"aaaa", &[B(b"aa")], "2", "2"),
        ("rindex", b"", &[B(b"")], "0", "0"),
        ("rindex", b"", &[B(b"a")], "ValueError: subsection not found", "ValueError: subsection not found"),
        ("count", b"abcab", &[B(b"b")], "2", "2"),
        ("count", b"abcab", &[B(b"c"), I("1000000000000000000000000000000")], "0", "0"),
        ("count", b"abcab", &[B(b"")], "6", "6"),
        ("count", b"abcab", &[B(b""), I("3")], "3", "3"),
        ("count", b"abcab", &[B(b""), I("4")], "2", "2"),
        ("count", b"abcab", &[B(b""), I("6")], "0", "0"),
        ("count", b"abcab", &[B(b"x")], "0", "0"),
        ("count", b"abcab", &[B(b"bc"), I("1")], "1", "1"),
        ("count", b"abcab", &[B(b"bc"), I("2")], "0", "0"),
        ("count", b"abcab", &[B(b"ab"), I("-3")], "1", "1"),
        ("count", b"abcab", &[B(b"ab"), N, I("4")], "1", "1"),
        ("count", b"abcab", &[B(b"ab"), N, I("-1")], "1", "1"),
        ("count", b"abcab", &[B(b"a"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "2", "2"),
        ("count", b"abcab", &[B(b"a"), I("1000000000000000000000000000000")], "0", "0"),
        ("count", b"abcab", &[B(b""), I("-1")], "2", "2"),
        ("count", b"abcab", &[B(b"aa")], "0", "0"),
        ("count", b"abcab", &[B(b""), I("2"), I("1")], "0", "0"),
        ("count", b"abcab", &[B(b"abcab")], "1", "1"),
        ("count", b"abcab", &[B(b"b"), I("2"), I("5")], "1", "1"),
        ("count", b"abcab", &[B(b""), N, I("-100")], "1", "1"),
        ("count", b"aaaa", &[B(b"aa")], "2", "2"),
        ("count", b"", &[B(b"")], "1", "1"),
        ("count", b"", &[B(b"a")], "0", "0"),
        ("replace", b"abaab", &[B(b"a"), B(b"x")], "b'xbxxb'", "bytearray(b'xbxxb')"),
        ("replace", b"abaab", &[B(b"a"), B(b"xy"), I("1")], "b'xybaab'", "bytearray(b'xybaab')"),
        ("replace", b"abaab", &[B(b"a"), B(b""), N], "b'bb'", "bytearray(b'bb')"),
        ("replace", b"abaab", &[B(b""), B(b"-")], "b'-a-b-a-a-b-'", "bytearray(b'-a-b-a-a-b-')"),
        ("replace", b"abaab", &[B(b""), B(b"-"), I("2")], "b'-a-baab'", "bytearray(b'-a-baab')"),
        ("replace", b"abaab", &[B(b""), B(b""), N], "b'abaab'", "bytearray(b'abaab')"),
        ("replace", b"abaab", &[B(b"ab"), B(b"X"), I("0")], "b'abaab'", "bytearray(b'abaab')"),
        ("replace", b"abaab", &[B(b"ab"), B(b"X"), I("-1")], "b'XaX'", "bytearray(b'XaX')"),
        ("replace", b"abaab", &[B(b"ab"), B(b"X"), I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("replace", b"abaab", &[B(b"ab"), B(b"X"), I("-1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C ssize_t", "OverflowError: Python int too large to convert to C ssize_t"),
        ("replace", b"abaab", &[B(b"zz"), B(b"X")], "b'abaab'", "bytearray(b'abaab')"),
        ("replace", b"abaab", &[B(b"aa"), B(b"b")], "b'abbb'", "bytearray(b'abbb')"),
        ("replace", b"abaab", &[B(b"abab"), B(b"")], "b'abaab'", "bytearray(b'abaab')"),
        ("replace", b"", &[B(b""), B(b"x")], "b'x'", "bytearray(b'x')"),
        ("replace", b"", &[B(b"a"), B(b"x")], "b''", "bytearray(b'')"),
        ("startswith", b"abc", &[B(b"ab")], "True", "True"),
        ("startswith", b"abc", &[B(b"bc")], "False", "False"),
        ("startswith", b"abc", &[T(&[b"x", b"b"]), I("1")], "True", "True"),
        ("startswith", b"abc", &[T(&[b"x", b"c"])], "False", "False"),
        ("startswith", b"abc", &[B(b""), I("3")], "True", "True"),
        ("startswith", b"abc", &[B(b""), I("4")], "False", "False"),
        ("startswith", b"abc", &[B(b"c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "False", "False"),
        ("startswith", b"abc", &[B(b"a"), I("0"), I("1")], "True", "True"),
        ("startswith", b"abc", &[B(b"b"), I("1"), I("2")], "True", "True"),
        ("startswith", b"abc", &[B(b"abc"), I("0"), I("2")], "False", "False"),
        ("startswith", b"abc", &[B(b""), I("2"), I("1")], "False", "False"),
        ("startswith", b"abc", &[T(&[])], "False", "False"),
        ("startswith", b"abc", &[B(b"abcd")], "False", "False"),
        ("startswith", b"abc", &[B(b"bc"), I("-2")], "True", "True"),
        ("endswith", b"abc", &[B(b"ab")], "False", "False"),
        ("endswith", b"abc", &[B(b"bc")], "True", "True"),
        ("endswith", b"abc", &[T(&[b"x", b"b"]), I("1")], "False", "False"),
        ("endswith", b"abc", &[T(&[b"x", b"c"])], "True", "True"),
        ("endswith", b"abc", &[B(b""), I("3")], "True", "True"),
        ("endswith", b"abc", &[B(b""), I("4")], "False", "False"),
        ("endswith", b"abc", &[B(b"c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "True", "True"),
        ("endswith", b"abc", &[B(b"a"), I("0"), I("1")], "True", "True"),
        ("endswith", b"abc", &[B(b"b"), I("1"), I("2")], "True", "True"),
        ("endswith", b"abc", &[B(b"abc"), I("0"), I("2")], "False", "False"),
        ("endswith", b"abc", &[B(b""), I("2"), I("1")], "False", "False"),
        ("endswith", b"abc", &[T(&[])], "False", "False"),
        ("endswith", b"abc", &[B(b"abcd")], "False", "False"),
        ("endswith", b"abc", &[B(b"bc"), I("-2")], "True", "True"),
        ("strip", b" \x1c\x0b a \x0c", &[], "b'\\x1c\\x0b a'", "bytearray(b'\\x1c\\x0b a')"),
        ("strip", b"  ", &[], "b''", "bytearray(b'')"),
        ("strip", b"", &[], "b''", "bytearray(b'')"),
        ("strip", b"xxaxbxx", &[B(b"x")], "b'axb'", "bytearray(b'axb')"),
        ("strip", b"xyaxy", &[B(b"yx")], "b'a'", "bytearray(b'a')"),
        ("strip", b"abc", &[B(b"")], "b'abc'", "bytearray(b'abc')"),
        ("strip", b"\x09\x0a a\x09b \x0d", &[], "b'a\\tb'", "bytearray(b'a\\tb')"),
        ("strip", b"\xffa\xff", &[B(b"\xff")], "b'a'", "bytearray(b'a')"),
        ("lstrip", b" \x1c\x0b a \x0c", &[], "b'\\x1c\\x0b a \\x0c'", "bytearray(b'\\x1c\\x0b a \\x0c')"),
        ("lstrip", b"  ", &[], "b''", "bytearray(b'')"),
        ("lstrip", b"", &[], "b''", "bytearray(b'')"),
        ("lstrip", b"xxaxbxx", &[B(b"x")], "b'axbxx'", "bytearray(b'axbxx')"),
        ("lstrip", b"xyaxy", &[B(b"yx")], "b'axy'", "bytearray(b'axy')"),
        ("lstrip", b"abc", &[B(b"")], "b'abc'", "bytearray(b'abc')"),
        ("lstrip", b"\x09\x0a a\x09b \x0d", &[], "b'a\\tb \\r'", "bytearray(b'a\\tb \\r')"),
        ("lstrip", b"\xffa\xff", &[B(b"\xff")], "b'a\\xff'", "bytearray(b'a\\xff')"),
        ("rstrip", b" \x1c\x0b a \x0c", &[], "b' \\x1c\\x0b a'", "bytearray(b' \\x1c\\x0b a')"),
        ("rstrip", b"  ", &[], "b''", "bytearray(b'')"),
        ("rstrip", b"", &[], "b''", "bytearray(b'')"),
        ("rstrip", b"xxaxbxx", &[B(b"x")], "b'xxaxb'", "bytearray(b'xxaxb')"),
        ("rstrip", b"xyaxy", &[B(b"yx")], "b'xya'", "bytearray(b'xya')"),
        ("rstrip", b"abc", &[B(b"")], "b'abc'", "bytearray(b'abc')"),
        ("rstrip", b"\x09\x0a a\x09b \x0d", &[], "b'\\t\\n a\\tb'", "bytearray(b'\\t\\n a\\tb')"),
        ("rstrip", b"\xffa\xff", &[B(b"\xff")], "b'\\xffa'", "bytearray(b'\\xffa')"),
        ("upper", b"aBc1\xe9\xc9!", &[], "b'ABC1\\xe9\\xc9!'", "bytearray(b'ABC1\\xe9\\xc9!')"),
        ("lower", b"aBc1\xe9\xc9!", &[], "b'abc1\\xe9\\xc9!'", "bytearray(b'abc1\\xe9\\xc9!')"),
        ("upper", b"", &[], "b''", "bytearray(b'')"),
        ("lower", b"", &[], "b''", "bytearray(b'')"),
        ("set", b"abc", &[I("0"), I("120")], "", "None | bytearray(b'xbc')"),
        ("set", b"abc", &[I("-1"), I("0")], "", "None | bytearray(b'ab\\x00')"),
        ("set", b"abc", &[I("2"), I("255")], "", "None | bytearray(b'ab\\xff')"),
        ("set", b"abc", &[I("3"), I("1")], "", "IndexError: bytearray index out of range | bytearray(b'abc')"),
        ("set", b"abc", &[I("-4"), I("1")], "", "IndexError: bytearray index out of range | bytearray(b'abc')"),
        ("set", b"abc", &[I("0"), I("256")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'abc')"),
        ("set", b"abc", &[I("0"), I("-1")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'abc')"),
        ("set", b"abc", &[I("10"), I("300")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'abc')"),
        ("set", b"abc", &[I("1000000000000000000000000000000"), I("1")], "", "IndexError: cannot fit 'int' into an index-sized integer | bytearray(b'abc')"),
        ("set", b"abc", &[I("1000000000000000000000000000000"), I("300")], "", "IndexError: cannot fit 'int' into an index-sized integer | bytearray(b'abc')"),
        ("set", b"abc", &[I("10"), I("1000000000000000000000000000000")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'abc')"),
        ("del", b"abc", &[I("0")], "", "None | bytearray(b'bc')"),
        ("del", b"abc", &[I("-1")], "", "None | bytearray(b'ab')"),
        ("del", b"abc", &[I("2")], "", "None | bytearray(b'ab')"),
        ("del", b"abc", &[I("3")], "", "IndexError: bytearray index out of range | bytearray(b'abc')"),
        ("del", b"abc", &[I("-4")], "", "IndexError: bytearray index out of range | bytearray(b'abc')"),
        ("del", b"abc", &[I("1000000000000000000000000000000")], "", "IndexError: cannot fit 'int' into an index-sized integer | bytearray(b'abc')"),
        ("set_slice", b"abcd", &[N, N, N, B(b"xy")], "", "None | bytearray(b'xy')"),
        ("set_slice", b"abcd", &[I("1"), I("2"), N, B(b"XYZ")], "", "None | bytearray(b'aXYZcd')"),
        ("set_slice", b"abcd", &[I("1"), I("2"), I("1"), B(b"XYZ")], "", "None | bytearray(b'aXYZcd')"),
        ("set_slice", b"abcd", &[N, N, I("2"), B(b"XYZ")], "", "ValueError: attempt to assign bytes of size 3 to extended slice of size 2 | bytearray(b'abcd')"),
        ("set_slice", b"abcd", &[N, N, I("2"), B(b"XY")], "", "None | bytearray(b'XbYd')"),
        ("set_slice", b"abcd", &[N, N, I("-1"), B(b"ZYXW")], "", "None | bytearray(b'WXYZ')"),
        ("set_slice", b"abcd", &[N, N, I("-1"), B(b"Z")], "", "ValueError: attempt to assign bytes of size 1 to extended slice of size 4 | bytearray(b'abcd')"),
        ("set_slice", b"abcd", &[I("5"), I("1"), N, B(b"Q")], "", "None | bytearray(b'abcdQ')"),
        ("set_slice", b"abcd", &[I("-1000000000000000000000000000000"), I("1000000000000000000000000000000"), N, B(b"")], "", "None | bytearray(b'')"),
        ("set_slice", b"abcd", &[N, N, I("0"), B(b"")], "", "ValueError: slice step cannot be zero | bytearray(b'abcd')"),
        ("set_slice", b"abcd", &[I("10"), I("20"), N, B(b"end")], "", "None | bytearray(b'abcdend')"),
        ("set_slice", b"abcd", &[I("2"), I("2"), N, B(b"mid")], "", "None | bytearray(b'abmidcd')"),
        ("del_slice", b"abcde", &[N, N, N], "", "None | bytearray(b'')"),
        ("del_slice", b"abcde", &[I("1"), I("3"), N], "", "None | bytearray(b'ade')"),
        ("del_slice", b"abcde", &[N, N, I("2")], "", "None | bytearray(b'bd')"),
        ("del_slice", b"abcde", &[N, N, I("-2")], "", "None | bytearray(b'bd')"),
        ("del_slice", b"abcde", &[I("3"), I("1"), N], "", "None | bytearray(b'abcde')"),
        ("del_slice", b"abcde", &[N, N, I("0")], "", "ValueError: slice step cannot be zero | bytearray(b'abcde')"),
        ("del_slice", b"abcde", &[I("-1000000000000000000000000000000"), I("1000000000000000000000000000000"), N], "", "None | bytearray(b'')"),
        ("del_slice", b"abcde", &[I("1"), I("3"), I("1")], "", "None | bytearray(b'ade')"),
        ("del_slice", b"abcde", &[I("1000000000000000000000000000000"), N, I("-3")], "", "None | bytearray(b'acd')"),
        ("append", b"a", &[I("0")], "", "None | bytearray(b'a\\x00')"),
        ("append", b"a", &[I("255")], "", "None | bytearray(b'a\\xff')"),
        ("append", b"a", &[I("256")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'a')"),
        ("append", b"a", &[I("-1")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'a')"),
        ("append", b"a", &[I("1000000000000000000000000000000")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'a')"),
        ("extend", b"a", &[B(b"")], "", "None | bytearray(b'a')"),
        ("iadd", b"a", &[B(b"")], "", "None | bytearray(b'a')"),
        ("extend", b"a", &[B(b"xyz")], "", "None | bytearray(b'axyz')"),
        ("iadd", b"a", &[B(b"xyz")], "", "None | bytearray(b'axyz')"),
        ("extend_ints", b"a", &[L(&["1", "2"])], "", "None | bytearray(b'a\\x01\\x02')"),
        ("extend_ints", b"a", &[L(&["1", "256"])], "", "ValueError: byte must be in range(0, 256) | bytearray(b'a')"),
        ("extend_ints", b"a", &[L(&[])], "", "None | bytearray(b'a')"),
        ("insert", b"ab", &[I("0"), I("120")], "", "None | bytearray(b'xab')"),
        ("insert", b"ab", &[I("-1"), I("120")], "", "None | bytearray(b'axb')"),
        ("insert", b"ab", &[I("10"), I("120")], "", "None | bytearray(b'abx')"),
        ("insert", b"ab", &[I("-10"), I("120")], "", "None | bytearray(b'xab')"),
        ("insert", b"ab", &[I("1"), I("256")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'ab')"),
        ("insert", b"ab", &[I("1000000000000000000000000000000"), I("1")], "", "OverflowError: Python int too large to convert to C ssize_t | bytearray(b'ab')"),
        ("insert", b"ab", &[I("-1000000000000000000000000000000"), I("300")], "", "OverflowError: Python int too large to convert to C ssize_t | bytearray(b'ab')"),
        ("insert", b"ab", &[I("0"), I("-1")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'ab')"),
        ("pop", b"ab", &[], "", "98 | bytearray(b'a')"),
        ("pop", b"", &[], "", "IndexError: pop from empty bytearray | bytearray(b'')"),
        ("pop_at", b"ab", &[I("0")], "", "97 | bytearray(b'b')"),
        ("pop_at", b"ab", &[I("-1")], "", "98 | bytearray(b'a')"),
        ("pop_at", b"ab", &[I("1")], "", "98 | bytearray(b'a')"),
        ("pop_at", b"ab", &[I("2")], "", "IndexError: pop index out of range | bytearray(b'ab')"),
        ("pop_at", b"ab", &[I("-3")], "", "IndexError: pop index out of range | bytearray(b'ab')"),
        ("pop_at", b"ab", &[I("1000000000000000000000000000000")], "", "OverflowError: Python int too large to convert to C ssize_t | bytearray(b'ab')"),
        ("pop_at", b"ab", &[I("-1000000000000000000000000000000")], "", "OverflowError: Python int too large to convert to C ssize_t | bytearray(b'ab')"),
        ("pop_at", b"", &[I("0")], "", "IndexError: pop from empty bytearray | bytearray(b'')"),
        ("pop_at", b"", &[I("1000000000000000000000000000000")], "", "OverflowError: Python int too large to convert to C ssize_t | bytearray(b'')"),
        ("remove", b"abb", &[I("98")], "", "None | bytearray(b'ab')"),
        ("remove", b"abb", &[I("120")], "", "ValueError: value not found in bytearray | bytearray(b'abb')"),
        ("remove", b"abb", &[I("300")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'abb')"),
        ("remove", b"abb", &[I("-1")], "", "ValueError: byte must be in range(0, 256) | bytearray(b'abb')"),
        ("clear", b"ab", &[], "", "None | bytearray(b'')"),
        ("reverse", b"abc", &[], "", "None | bytearray(b'cba')"),
        ("imul", b"ab", &[I("0")], "", "None | bytearray(b'')"),
        ("imul", b"ab", &[I("2")], "", "None | bytearray(b'abab')"),
        ("imul", b"ab", &[I("-1")], "", "None | bytearray(b'')"),
        ("imul", b"ab", &[I("1000000000000000000000000000000")], "", "OverflowError: cannot fit 'int' into an index-sized integer | bytearray(b'ab')"),
        ("extend_self", b"ab", &[], "", "None | bytearray(b'abab')"),
        ("set_slice_self", b"ab", &[I("1"), I("1"), N], "", "None | bytearray(b'aabb')"),
    ];

    const ENCODE_CASES: &[(&str, &[A], &str)] = &[
        ("a\u{e9}", &[S("ascii")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"),
        ("a\u{e9}\u{e9}", &[S("ascii")], "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"),
        ("a\u{e9}\u{20ac}", &[S("latin-1")], "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)"),
        ("a\u{20ac}\u{20ac}b\u{20ac}", &[S("latin-1")], "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"),
        ("a\u{1f600}", &[S("ascii")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(128)"),
        ("a\u{e9}", &[S("ascii"), S("surrogateescape")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"),
        ("a\u{e9}\u{e9}", &[S("ascii"), S("surrogateescape")], "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"),
        ("a\u{e9}\u{e9}", &[S("ascii"), S("surrogatepass")], "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("ascii"), S("backslashreplace")], "b'a\\\\xe9\\\\u20ac\\\\U0001f600'"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("ascii"), S("xmlcharrefreplace")], "b'a&#233;&#8364;&#128512;'"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("ascii"), S("replace")], "b'a???'"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("latin1"), S("ignore")], "b'a\\xe9'"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("latin1"), S("replace")], "b'a\\xe9??'"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("latin1"), S("backslashreplace")], "b'a\\xe9\\\\u20ac\\\\U0001f600'"),
        ("a\u{e9}", &[S("ascii"), S("bogus")], "LookupError: unknown error handler name 'bogus'"),
        ("a", &[S("ascii"), S("bogus")], "b'a'"),
        ("a", &[S("bogus")], "LookupError: unknown encoding: bogus"),
        ("", &[S("bogus")], "LookupError: unknown encoding: bogus"),
        ("a", &[S("hex")], "LookupError: 'hex' is not a text encoding; use codecs.encode() to handle arbitrary codecs"),
        ("", &[S("HEX")], "LookupError: 'HEX' is not a text encoding; use codecs.encode() to handle arbitrary codecs"),
        ("", &[S("utf8\u{0}")], "ValueError: embedded null character"),
        ("a", &[S("utf-8"), S("x\u{0}")], "ValueError: embedded null character"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[], "b'a\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80'"),
        ("a\u{e9}\u{20ac}\u{1f600}", &[S("UTF8")], "b'a\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80'"),
        ("", &[], "b''"),
        ("a\u{e9}", &[S("utf-8-sig")], "b'\\xef\\xbb\\xbfa\\xc3\\xa9'"),
        ("", &[S("utf_8_sig")], "b'\\xef\\xbb\\xbf'"),
        ("a\u{e9}\u{100}", &[S("latin-1")], "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u0100' in position 2: ordinal not in range(256)"),
        ("\u{e9}\n", &[S("us-ascii")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        ("x\u{20ac}y\u{20ac}\u{20ac}z", &[S("ascii"), S("strict")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)"),
        ("\u{7f}\u{80}", &[S("ascii")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\x80' in position 1: ordinal not in range(128)"),
        ("\u{ff}\u{100}", &[S("l1")], "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u0100' in position 1: ordinal not in range(256)"),
        ("abc", &[S("ascii")], "b'abc'"),
        ("ab\u{20ac}", &[S("latin-1"), S("xmlcharrefreplace")], "b'ab&#8364;'"),
        ("\u{e9}", &[S("ascii"), S("")], "LookupError: unknown error handler name ''"),
        ("\u{e9}", &[S("utf.8")], "LookupError: unknown encoding: utf.8"),
        ("\u{e9}", &[S("latin.1")], "LookupError: unknown encoding: latin.1"),
    ];
}
