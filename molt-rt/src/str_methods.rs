//! Python's `str` methods, with CPython 3.12's exact results and exceptions.
//!
//! Generated code calls these as methods on [`Str`] (`s.split_py(..)`).
//! Python measures and indexes strings in code points while a `Str` is UTF-8,
//! so every index argument and result is converted between the two; when the
//! text is ASCII the two coincide and the conversion is skipped, which keeps
//! the common case as fast as plain byte slicing.
//!
//! Character classes (`isalpha`, `isspace`, ...) and case mappings come from
//! tables generated from CPython itself (`text::unicode_tables`), because
//! Rust's `char` methods follow a newer Unicode version and other property
//! definitions (for example `char::is_alphabetic` includes marks and
//! `char::is_whitespace` excludes `\x1c`..`\x1f`, which Python counts as
//! spaces).
//!
//! Integer arguments follow CPython's conversions: slice-style bounds
//! (`find`'s `start`/`end`, slices) clamp when they are huge, while sizes
//! and counts (`maxsplit`, widths) raise `OverflowError` outside a C
//! `ssize_t`, and `expandtabs`' tab size and `chr`'s argument outside a C
//! `int`.

use crate::exc::{unsupported, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::text::str_repr::is_printable;
use crate::text::unicode_tables as tables;

// ---------------------------------------------------------------------------
// Character properties

/// Whether `c` lies in one of the sorted, disjoint, inclusive `table` ranges.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    // The last range starting at or before `cp` is the only candidate.
    let idx = table.partition_point(|&(start, _)| start <= cp);
    match idx.checked_sub(1).and_then(|i| table.get(i)) {
        Some(&(_, end)) => cp <= end,
        None => false,
    }
}

/// `Py_UNICODE_ISSPACE`: the characters `str.split()` and `str.strip()`
/// treat as whitespace. ASCII includes `\x1c`..`\x1f`, unlike Rust's
/// `char::is_whitespace`.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        in_table(&tables::SPACE, c)
    }
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(&tables::ALPHA, c)
    }
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(&tables::DECIMAL, c)
    }
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(&tables::DIGIT, c)
    }
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(&tables::NUMERIC, c)
    }
}

/// `Py_UNICODE_ISALNUM`, spelled out as CPython defines it.
fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_table(&tables::UPPER, c)
    }
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_table(&tables::LOWER, c)
    }
}

/// Titlecase letters (category Lt) such as `ǅ`; never ASCII.
fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(&tables::TITLE, c)
}

/// The Cased property: what `title()` looks at to decide whether a letter
/// starts a word.
fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(&tables::CASED, c)
    }
}

/// The Case_Ignorable property (apostrophes, combining marks, ...), which
/// the final-sigma rule skips over.
fn is_case_ignorable(c: char) -> bool {
    in_table(&tables::CASE_IGNORABLE, c)
}

fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(&tables::XID_START, c)
    }
}

fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(&tables::XID_CONTINUE, c)
    }
}

/// Python's line boundaries for `splitlines` (`Py_UNICODE_ISLINEBREAK`).
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// ---------------------------------------------------------------------------
// Case mapping

/// One of the generated case mappings: single-code-point runs plus the few
/// code points that expand to several (`ß`.upper() is `SS`).
struct CaseMap {
    /// Whether ASCII letters map to uppercase (upper, title) or lowercase.
    ascii_upper: bool,
    runs: &'static [(u32, u32, i32, u8)],
    multi: &'static [(u32, &'static str)],
}

const UPPER: CaseMap = CaseMap {
    ascii_upper: true,
    runs: &tables::UPPER_MAP_RUNS,
    multi: &tables::UPPER_MAP_MULTI,
};
const LOWER: CaseMap = CaseMap {
    ascii_upper: false,
    runs: &tables::LOWER_MAP_RUNS,
    multi: &tables::LOWER_MAP_MULTI,
};
const TITLE: CaseMap = CaseMap {
    ascii_upper: true,
    runs: &tables::TITLE_MAP_RUNS,
    multi: &tables::TITLE_MAP_MULTI,
};
const FOLD: CaseMap = CaseMap {
    ascii_upper: false,
    runs: &tables::FOLD_MAP_RUNS,
    multi: &tables::FOLD_MAP_MULTI,
};

impl CaseMap {
    /// Appends the mapping of `c` to `out` (`c` itself when unmapped).
    fn push(&self, out: &mut String, c: char) {
        if c.is_ascii() {
            // Every mapping keeps ASCII within ASCII; only the letters move.
            out.push(if self.ascii_upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
            return;
        }
        let cp = c as u32;
        let idx = self.runs.partition_point(|r| r.0 <= cp);
        if let Some(&(first, last, delta, stride)) =
            idx.checked_sub(1).and_then(|i| self.runs.get(i))
        {
            // `max(1)` only guards the division; the tables use strides 1 and 2.
            if cp <= last && (cp - first).is_multiple_of(u32::from(stride.max(1))) {
                if let Some(m) = cp.checked_add_signed(delta).and_then(char::from_u32) {
                    out.push(m);
                    return;
                }
            }
        }
        match self.multi.binary_search_by_key(&cp, |&(k, _)| k) {
            Ok(i) => out.push_str(self.multi.get(i).map_or("", |&(_, m)| m)),
            Err(_) => out.push(c),
        }
    }
}

/// Whether the capital sigma at byte `i` of `s` ends a word, so that
/// `lower()` gives `ς` rather than `σ`: a cased letter precedes it and none
/// follows, skipping case-ignorable characters both ways (CPython's
/// `handle_capital_sigma`, from Unicode's Final_Sigma condition).
fn is_final_sigma(s: &str, i: usize) -> bool {
    let before = s.get(..i).unwrap_or_default();
    let after = s.get(i + 'Σ'.len_utf8()..).unwrap_or_default();
    let prev = before.chars().rev().find(|&c| !is_case_ignorable(c));
    let next = after.chars().find(|&c| !is_case_ignorable(c));
    prev.is_some_and(is_cased) && !next.is_some_and(is_cased)
}

/// Appends the lowercase of the character `c` found at byte `i` of `s`;
/// CPython's `lower_ucs4`, which needs the context for the final sigma.
fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        out.push(if is_final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        LOWER.push(out, c);
    }
}

// ---------------------------------------------------------------------------
// Integer arguments and index conversion

/// CPython's message when an argument does not fit a `Py_ssize_t`.
fn ssize_overflow() -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        "Python int too large to convert to C ssize_t",
    )
}

/// CPython's message when an argument does not fit a C `int`.
fn int_overflow() -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        "Python int too large to convert to C int",
    )
}

/// CPython raises a bare `MemoryError` when a result cannot be allocated;
/// we ask the allocator first (`try_reserve`) instead of aborting.
fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

/// An argument that CPython converts to `Py_ssize_t`, raising when it does
/// not fit.
fn ssize_arg(i: &Int) -> PyResult<i64> {
    i.as_i64().ok_or_else(ssize_overflow)
}

/// A `maxsplit`/`count` argument: `None` or negative means no limit.
fn limit_arg(i: Option<&Int>) -> PyResult<usize> {
    match i {
        None => Ok(usize::MAX),
        Some(i) => {
            let v = ssize_arg(i)?;
            Ok(usize::try_from(v).unwrap_or(usize::MAX))
        }
    }
}

/// A slice bound (`_PyEval_SliceIndex`): huge values clamp to the
/// `Py_ssize_t` range instead of raising.
fn slice_index(i: &Int) -> i64 {
    i.as_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
}

/// A length as CPython's signed `Py_ssize_t` (lengths always fit).
fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Converts non-negative code-point positions that are known to be in range.
fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// CPython's `ADJUST_INDICES` for `find`, `count`, `startswith`, ...:
/// negative bounds count from the end, `end` clamps to `len`, and `start`
/// stays as given (it may exceed `len`, which then matches nothing).
fn adjust_indices(start: Option<&Int>, end: Option<&Int>, len: usize) -> (i64, i64) {
    let len = to_i64(len);
    let mut start = start.map_or(0, slice_index);
    let mut end = end.map_or(i64::MAX, slice_index);
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

/// The byte offset of code point `cp` in `s`, or `s.len()` past the end.
fn byte_offset(s: &str, cp: usize) -> usize {
    if s.is_ascii() {
        cp.min(s.len())
    } else {
        s.char_indices().nth(cp).map_or(s.len(), |(i, _)| i)
    }
}

/// The code-point index of byte offset `b` (a char boundary) in `s`.
fn cp_index(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.get(..b).map_or(0, |p| p.chars().count())
    }
}

/// The byte range of the code points `start..end` of `s` (both within
/// `0..=len`, `start <= end`).
fn byte_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        let e = end.min(s.len());
        return (start.min(e), e);
    }
    let b0 = byte_offset(s, start);
    let rest = s.get(b0..).unwrap_or_default();
    (b0, b0 + byte_offset(rest, end.saturating_sub(start)))
}

/// `s[start:end]` for the adjusted bounds of `find` and friends, when the
/// window can hold `sub_len` code points; `None` when it cannot (CPython's
/// `end - start < len(sub)` early exit). Returns the window and its starting
/// code-point index.
fn window(s: &str, start: i64, end: i64, sub_len: usize) -> Option<(&str, usize)> {
    if end.saturating_sub(start) < to_i64(sub_len) {
        return None;
    }
    let (start, end) = (to_usize(start), to_usize(end));
    let (b0, b1) = byte_range(s, start, end);
    Some((s.get(b0..b1)?, start))
}

/// Whether `fill` is the one code point `center`/`ljust`/`rjust` need.
fn fill_char(fill: Option<&Str>) -> PyResult<char> {
    let Some(fill) = fill else { return Ok(' ') };
    let mut chars = fill.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "The fill character must be exactly one character long",
        )),
    }
}

/// A new string with capacity for `bytes`, or `MemoryError` when the
/// allocator refuses, so huge widths raise as in CPython instead of aborting.
fn alloc(bytes: Option<usize>) -> PyResult<String> {
    let bytes = bytes.ok_or_else(memory_error)?;
    let mut out = String::new();
    out.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(out)
}

/// CPython's `pad`: `left` and `right` copies of `fill` around `s`.
fn pad(s: &Str, left: usize, right: usize, fill: char) -> PyResult<Str> {
    if left == 0 && right == 0 {
        return Ok(s.clone());
    }
    let bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.as_str().len()));
    let mut out = alloc(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Str::from(out))
}

/// Strips leading and/or trailing characters: whitespace when `chars` is
/// `None`, otherwise any code point in `chars` (order and repeats ignored).
fn strip_impl(s: &Str, chars: Option<&Str>, left: bool, right: bool) -> Str {
    let set = chars.map(|c| c.as_str());
    let strip = |c: char| match set {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(strip);
    }
    if right {
        t = t.trim_end_matches(strip);
    }
    if t.len() == s.as_str().len() {
        s.clone()
    } else {
        Str::from(t)
    }
}

/// `str.split()` with no separator (CPython's `split_whitespace`): runs of
/// whitespace separate words and empty words are dropped; after `maxcount`
/// splits the rest, without its leading whitespace, is the last word.
fn split_whitespace(s: &str, mut maxcount: usize) -> Vec<Str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let t = rest.trim_start_matches(is_space);
        if t.is_empty() {
            return out;
        }
        if maxcount == 0 {
            out.push(Str::from(t));
            return out;
        }
        let (word, tail) = t.split_at(t.find(is_space).unwrap_or(t.len()));
        out.push(Str::from(word));
        rest = tail;
        maxcount -= 1;
    }
}

/// `str.rsplit()` with no separator: the mirror image of
/// [`split_whitespace`], splitting from the right.
fn rsplit_whitespace(s: &str, mut maxcount: usize) -> Vec<Str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let t = rest.trim_end_matches(is_space);
        if t.is_empty() {
            break;
        }
        if maxcount == 0 {
            out.push(Str::from(t));
            break;
        }
        let cut = t
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let (head, word) = t.split_at(cut);
        out.push(Str::from(word));
        rest = head;
        maxcount -= 1;
    }
    out.reverse();
    out
}

fn empty_separator() -> PyErr {
    PyErr::new(ExcKind::ValueError, "empty separator")
}

fn not_found() -> PyErr {
    PyErr::new(ExcKind::ValueError, "substring not found")
}

/// Whether every character satisfies `pred`, and there is at least one (the
/// rule of `isalpha`, `isdigit`, `isspace`, ...).
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

// ---------------------------------------------------------------------------
// Splitting, joining, stripping, replacing

impl Str {
    /// `s.split(sep=None, maxsplit=-1)`.
    pub fn split_py(&self, sep: Option<&Str>, maxsplit: Option<&Int>) -> PyResult<Vec<Str>> {
        // CPython converts `maxsplit` before it looks at `sep`.
        let maxcount = limit_arg(maxsplit)?;
        let Some(sep) = sep else {
            return Ok(split_whitespace(self, maxcount));
        };
        if sep.is_empty() {
            return Err(empty_separator());
        }
        // Rust's `splitn` counts pieces, Python's `maxsplit` counts cuts.
        Ok(self
            .as_str()
            .splitn(maxcount.saturating_add(1), sep.as_str())
            .map(Str::from)
            .collect())
    }

    /// `s.rsplit(sep=None, maxsplit=-1)`: like `split` but the cuts are made
    /// from the right, which differs only when `maxsplit` limits them or
    /// occurrences of `sep` overlap (`'aaa'.rsplit('aa') == ['a', '']`).
    pub fn rsplit_py(&self, sep: Option<&Str>, maxsplit: Option<&Int>) -> PyResult<Vec<Str>> {
        let maxcount = limit_arg(maxsplit)?;
        let Some(sep) = sep else {
            return Ok(rsplit_whitespace(self, maxcount));
        };
        if sep.is_empty() {
            return Err(empty_separator());
        }
        let mut out: Vec<Str> = self
            .as_str()
            .rsplitn(maxcount.saturating_add(1), sep.as_str())
            .map(Str::from)
            .collect();
        out.reverse();
        Ok(out)
    }

    /// `s.join(items)`.
    pub fn join_py(&self, items: &[Str]) -> Str {
        match items {
            [] => Str::default(),
            // CPython returns the item itself; sharing it avoids a copy.
            [one] => one.clone(),
            [first, rest @ ..] => {
                let total = items.iter().map(|s| s.as_str().len()).sum::<usize>()
                    + self.as_str().len() * rest.len();
                let mut out = String::with_capacity(total);
                out.push_str(first);
                for item in rest {
                    out.push_str(self);
                    out.push_str(item);
                }
                Str::from(out)
            }
        }
    }

    /// `s.strip(chars=None)`.
    pub fn strip_py(&self, chars: Option<&Str>) -> Str {
        strip_impl(self, chars, true, true)
    }

    /// `s.lstrip(chars=None)`.
    pub fn lstrip_py(&self, chars: Option<&Str>) -> Str {
        strip_impl(self, chars, true, false)
    }

    /// `s.rstrip(chars=None)`.
    pub fn rstrip_py(&self, chars: Option<&Str>) -> Str {
        strip_impl(self, chars, false, true)
    }

    /// `s.replace(old, new, count=-1)`. An empty `old` matches before every
    /// code point and at the end (`'ab'.replace('', '-') == '-a-b-'`).
    /// Returns a `PyResult` because CPython raises `OverflowError` for a
    /// `count` outside `Py_ssize_t`.
    pub fn replace_py(&self, old: &Str, new: &Str, count: Option<&Int>) -> PyResult<Str> {
        let count = limit_arg(count)?;
        if count == 0 {
            return Ok(self.clone());
        }
        if !old.is_empty() {
            if !self.as_str().contains(old.as_str()) {
                return Ok(self.clone());
            }
            return Ok(Str::from(if count == usize::MAX {
                self.as_str().replace(old.as_str(), new)
            } else {
                self.as_str().replacen(old.as_str(), new, count)
            }));
        }
        // Insert `new` at the first `count` of the len + 1 positions.
        let slots = self.len().saturating_add(1).min(count);
        let bytes = new
            .as_str()
            .len()
            .checked_mul(slots)
            .and_then(|n| n.checked_add(self.as_str().len()));
        let mut out = alloc(bytes)?;
        let mut left = slots;
        for c in self.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
        Ok(Str::from(out))
    }
}

// ---------------------------------------------------------------------------
// Searching

impl Str {
    /// `s.find(sub, start=None, end=None)`: the lowest code-point index of
    /// `sub` within `s[start:end]`, or -1.
    pub fn find_py(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> Int {
        let (start, end) = adjust_indices(start, end, self.len());
        let Some((w, base)) = window(self, start, end, sub.len()) else {
            return Int::from(-1);
        };
        match w.find(sub.as_str()) {
            Some(b) => Int::from_usize(base + cp_index(w, b)),
            None => Int::from(-1),
        }
    }

    /// `s.rfind(sub, start=None, end=None)`: the highest index, or -1.
    pub fn rfind_py(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> Int {
        let (start, end) = adjust_indices(start, end, self.len());
        let Some((w, base)) = window(self, start, end, sub.len()) else {
            return Int::from(-1);
        };
        match w.rfind(sub.as_str()) {
            Some(b) => Int::from_usize(base + cp_index(w, b)),
            None => Int::from(-1),
        }
    }

    /// `s.index(sub, start=None, end=None)`: `find`, raising when absent.
    pub fn index_py(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> PyResult<Int> {
        let i = self.find_py(sub, start, end);
        if i.is_negative() {
            Err(not_found())
        } else {
            Ok(i)
        }
    }

    /// `s.rindex(sub, start=None, end=None)`: `rfind`, raising when absent.
    pub fn rindex_py(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> PyResult<Int> {
        let i = self.rfind_py(sub, start, end);
        if i.is_negative() {
            Err(not_found())
        } else {
            Ok(i)
        }
    }

    /// `s.count(sub, start=None, end=None)`: non-overlapping occurrences in
    /// `s[start:end]`; the empty string occurs at each of the len + 1
    /// positions of the window.
    pub fn count_py(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> Int {
        let (start, end) = adjust_indices(start, end, self.len());
        let Some((w, _)) = window(self, start, end, sub.len()) else {
            return Int::from(0);
        };
        if sub.is_empty() {
            return Int::from(end - start + 1);
        }
        Int::from_usize(w.matches(sub.as_str()).count())
    }

    /// `s.startswith(prefix, start=None, end=None)`; a tuple of prefixes is
    /// passed as a slice, a single prefix as a one-element slice.
    pub fn startswith_py(&self, prefixes: &[Str], start: Option<&Int>, end: Option<&Int>) -> bool {
        let (start, end) = adjust_indices(start, end, self.len());
        prefixes.iter().any(|p| {
            window(self, start, end, p.len()).is_some_and(|(w, _)| w.starts_with(p.as_str()))
        })
    }

    /// `s.endswith(suffix, start=None, end=None)`.
    pub fn endswith_py(&self, suffixes: &[Str], start: Option<&Int>, end: Option<&Int>) -> bool {
        let (start, end) = adjust_indices(start, end, self.len());
        suffixes.iter().any(|p| {
            window(self, start, end, p.len()).is_some_and(|(w, _)| w.ends_with(p.as_str()))
        })
    }

    /// `sub in s`.
    pub fn contains_py(&self, sub: &Str) -> bool {
        self.as_str().contains(sub.as_str())
    }

    /// `s.partition(sep)`: `(before, sep, after)` around the first `sep`, or
    /// `(s, '', '')`.
    pub fn partition_py(&self, sep: &Str) -> PyResult<(Str, Str, Str)> {
        if sep.is_empty() {
            return Err(empty_separator());
        }
        Ok(match self.as_str().split_once(sep.as_str()) {
            Some((a, b)) => (Str::from(a), sep.clone(), Str::from(b)),
            None => (self.clone(), Str::default(), Str::default()),
        })
    }

    /// `s.rpartition(sep)`: around the last `sep`, or `('', '', s)`.
    pub fn rpartition_py(&self, sep: &Str) -> PyResult<(Str, Str, Str)> {
        if sep.is_empty() {
            return Err(empty_separator());
        }
        Ok(match self.as_str().rsplit_once(sep.as_str()) {
            Some((a, b)) => (Str::from(a), sep.clone(), Str::from(b)),
            None => (Str::default(), Str::default(), self.clone()),
        })
    }
}

// ---------------------------------------------------------------------------
// Case conversion

impl Str {
    /// `s.upper()`, with full mappings (`'ß'.upper() == 'SS'`).
    pub fn upper_py(&self) -> Str {
        if self.as_str().is_ascii() {
            return Str::from(self.as_str().to_ascii_uppercase());
        }
        let mut out = String::with_capacity(self.as_str().len());
        for c in self.chars() {
            UPPER.push(&mut out, c);
        }
        Str::from(out)
    }

    /// `s.lower()`, with full mappings and the final-sigma rule
    /// (`'ΟΔΟΣ'.lower() == 'οδος'`).
    pub fn lower_py(&self) -> Str {
        if self.as_str().is_ascii() {
            return Str::from(self.as_str().to_ascii_lowercase());
        }
        let mut out = String::with_capacity(self.as_str().len());
        for (i, c) in self.char_indices() {
            push_lower(&mut out, self, i, c);
        }
        Str::from(out)
    }

    /// `s.casefold()`: full case folding (`'ß'.casefold() == 'ss'`).
    pub fn casefold_py(&self) -> Str {
        if self.as_str().is_ascii() {
            return Str::from(self.as_str().to_ascii_lowercase());
        }
        let mut out = String::with_capacity(self.as_str().len());
        for c in self.chars() {
            FOLD.push(&mut out, c);
        }
        Str::from(out)
    }

    /// `s.title()`: a character following a cased one is lowercased, any
    /// other is titlecased (`'ǆa'` gives `'ǅa'`). Python's words are runs of
    /// cased letters, so `"they're"` becomes `"They'Re"`.
    pub fn title_py(&self) -> Str {
        let mut out = String::with_capacity(self.as_str().len());
        let mut previous_is_cased = false;
        for (i, c) in self.char_indices() {
            if previous_is_cased {
                push_lower(&mut out, self, i, c);
            } else {
                TITLE.push(&mut out, c);
            }
            previous_is_cased = is_cased(c);
        }
        Str::from(out)
    }

    /// `s.capitalize()`: the first character titlecased (since Python 3.8,
    /// not uppercased: `'ǆa'` gives `'ǅa'`), the rest lowercased.
    pub fn capitalize_py(&self) -> Str {
        let mut out = String::with_capacity(self.as_str().len());
        for (i, c) in self.char_indices() {
            if i == 0 {
                TITLE.push(&mut out, c);
            } else {
                push_lower(&mut out, self, i, c);
            }
        }
        Str::from(out)
    }

    /// `s.swapcase()`: uppercase characters lowercased, lowercase ones
    /// uppercased, titlecase ones (`ǅ`) unchanged.
    pub fn swapcase_py(&self) -> Str {
        let mut out = String::with_capacity(self.as_str().len());
        for (i, c) in self.char_indices() {
            if is_upper(c) {
                push_lower(&mut out, self, i, c);
            } else if is_lower(c) {
                UPPER.push(&mut out, c);
            } else {
                out.push(c);
            }
        }
        Str::from(out)
    }
}

// ---------------------------------------------------------------------------
// Classification

impl Str {
    /// `s.isdigit()`: digits include superscripts such as `²`.
    pub fn isdigit_py(&self) -> bool {
        all_nonempty(self, is_digit)
    }

    /// `s.isdecimal()`: decimal digits of any script (category Nd).
    pub fn isdecimal_py(&self) -> bool {
        all_nonempty(self, is_decimal)
    }

    /// `s.isnumeric()`: also fractions and numerals such as `½`, `Ⅻ`, `三`.
    pub fn isnumeric_py(&self) -> bool {
        all_nonempty(self, is_numeric)
    }

    /// `s.isalpha()`: letters (categories Lu, Ll, Lt, Lm, Lo), so combining
    /// marks are not alphabetic, unlike Rust's `char::is_alphabetic`.
    pub fn isalpha_py(&self) -> bool {
        all_nonempty(self, is_alpha)
    }

    /// `s.isalnum()`: every character is alphabetic or numeric.
    pub fn isalnum_py(&self) -> bool {
        all_nonempty(self, is_alnum)
    }

    /// `s.isspace()`.
    pub fn isspace_py(&self) -> bool {
        all_nonempty(self, is_space)
    }

    /// `s.isupper()`: at least one cased character and no lowercase or
    /// titlecase one.
    pub fn isupper_py(&self) -> bool {
        let mut cased = false;
        for c in self.chars() {
            if is_lower(c) || is_title(c) {
                return false;
            }
            cased = cased || is_upper(c);
        }
        cased
    }

    /// `s.islower()`: at least one cased character and no uppercase or
    /// titlecase one.
    pub fn islower_py(&self) -> bool {
        let mut cased = false;
        for c in self.chars() {
            if is_upper(c) || is_title(c) {
                return false;
            }
            cased = cased || is_lower(c);
        }
        cased
    }

    /// `s.istitle()`: uppercase and titlecase characters only after uncased
    /// ones, lowercase ones only after cased ones, and at least one cased.
    pub fn istitle_py(&self) -> bool {
        let mut cased = false;
        let mut previous_is_cased = false;
        for c in self.chars() {
            if is_upper(c) || is_title(c) {
                if previous_is_cased {
                    return false;
                }
                previous_is_cased = true;
                cased = true;
            } else if is_lower(c) {
                if !previous_is_cased {
                    return false;
                }
                previous_is_cased = true;
                cased = true;
            } else {
                previous_is_cased = false;
            }
        }
        cased
    }

    /// `s.isidentifier()`: XID_Start or `_`, then XID_Continue (PEP 3131).
    /// Keywords count as identifiers.
    pub fn isidentifier_py(&self) -> bool {
        let mut chars = self.chars();
        match chars.next() {
            Some(c) if c == '_' || is_xid_start(c) => chars.all(is_xid_continue),
            _ => false,
        }
    }

    /// `s.isprintable()`: true for the empty string.
    pub fn isprintable_py(&self) -> bool {
        self.chars().all(is_printable)
    }

    /// `s.isascii()`: true for the empty string.
    pub fn isascii_py(&self) -> bool {
        self.as_str().is_ascii()
    }
}

// ---------------------------------------------------------------------------
// Padding and layout

impl Str {
    /// `s.zfill(width)`: pads with zeros after a leading sign. Returns a
    /// `PyResult` because CPython raises `OverflowError`/`MemoryError` for
    /// impossible widths.
    pub fn zfill_py(&self, width: &Int) -> PyResult<Str> {
        let width = ssize_arg(width)?;
        let len = self.len();
        let Some(fill) = usize::try_from(width).ok().and_then(|w| w.checked_sub(len)) else {
            return Ok(self.clone());
        };
        if fill == 0 {
            return Ok(self.clone());
        }
        let mut out = alloc(fill.checked_add(self.as_str().len()))?;
        let s = self.as_str();
        let (sign, digits) = match s.as_bytes().first() {
            Some(b'+' | b'-') => s.split_at(1),
            _ => ("", s),
        };
        out.push_str(sign);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(digits);
        Ok(Str::from(out))
    }

    /// `s.center(width, fillchar=' ')`. When the padding is odd, the extra
    /// character goes left only if `width` is odd too (CPython's
    /// `marg / 2 + (marg & width & 1)`).
    pub fn center_py(&self, width: &Int, fill: Option<&Str>) -> PyResult<Str> {
        let width = ssize_arg(width)?;
        let fill = fill_char(fill)?;
        let marg = width.saturating_sub(to_i64(self.len()));
        if marg <= 0 {
            return Ok(self.clone());
        }
        let left = marg / 2 + (marg & width & 1);
        pad(self, to_usize(left), to_usize(marg - left), fill)
    }

    /// `s.ljust(width, fillchar=' ')`.
    pub fn ljust_py(&self, width: &Int, fill: Option<&Str>) -> PyResult<Str> {
        let width = ssize_arg(width)?;
        let fill = fill_char(fill)?;
        let marg = width.saturating_sub(to_i64(self.len()));
        pad(self, 0, to_usize(marg.max(0)), fill)
    }

    /// `s.rjust(width, fillchar=' ')`.
    pub fn rjust_py(&self, width: &Int, fill: Option<&Str>) -> PyResult<Str> {
        let width = ssize_arg(width)?;
        let fill = fill_char(fill)?;
        let marg = width.saturating_sub(to_i64(self.len()));
        pad(self, to_usize(marg.max(0)), 0, fill)
    }

    /// `s.splitlines(keepends=False)`: splits at Python's line boundaries
    /// (`\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`, `\x85`, U+2028,
    /// U+2029); a final line break does not start an empty line.
    pub fn splitlines_py(&self, keepends: bool) -> Vec<Str> {
        let s = self.as_str();
        let mut out = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_linebreak(c)) else {
                out.push(Str::from(rest));
                break;
            };
            let brk = if c == '\r' && rest.as_bytes().get(i + 1) == Some(&b'\n') {
                2
            } else {
                c.len_utf8()
            };
            let end = if keepends { i + brk } else { i };
            out.push(Str::from(rest.get(..end).unwrap_or_default()));
            rest = rest.get(i + brk..).unwrap_or_default();
        }
        out
    }

    /// `s.expandtabs(tabsize=8)`: each tab becomes the spaces up to the next
    /// multiple of `tabsize` columns; `\n` and `\r` reset the column, and a
    /// `tabsize` of zero or less deletes tabs. Returns a `PyResult` because
    /// CPython raises `OverflowError` for a `tabsize` outside a C `int` or
    /// a result too long to index.
    pub fn expandtabs_py(&self, tabsize: Option<&Int>) -> PyResult<Str> {
        let tabsize = match tabsize {
            None => 8,
            Some(t) => t
                .as_i64()
                .and_then(|t| i32::try_from(t).ok())
                .ok_or_else(int_overflow)?,
        };
        let s = self.as_str();
        if !s.contains('\t') {
            return Ok(self.clone());
        }
        // First pass: the result's size, checked as CPython does.
        let tab = usize::try_from(tabsize).unwrap_or(0);
        let too_long = || PyErr::new(ExcKind::OverflowError, "new string is too long");
        let (mut col, mut bytes) = (0usize, 0usize);
        for c in s.chars() {
            if c == '\t' {
                if tab > 0 {
                    let incr = tab - col % tab;
                    col = col.checked_add(incr).ok_or_else(too_long)?;
                    bytes = bytes.checked_add(incr).ok_or_else(too_long)?;
                }
            } else {
                col = if c == '\n' || c == '\r' { 0 } else { col + 1 };
                bytes = bytes.checked_add(c.len_utf8()).ok_or_else(too_long)?;
            }
        }
        if bytes > isize::MAX as usize {
            return Err(too_long());
        }
        let mut out = alloc(Some(bytes))?;
        col = 0;
        for c in s.chars() {
            if c == '\t' {
                if tab > 0 {
                    let incr = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', incr));
                    col += incr;
                }
            } else {
                out.push(c);
                col = if c == '\n' || c == '\r' { 0 } else { col + 1 };
            }
        }
        Ok(Str::from(out))
    }
}

// ---------------------------------------------------------------------------
// Indexing, slicing, iteration

impl Str {
    /// `s[index]`: one code point; negative indices count from the end.
    /// Constant time for ASCII text, linear otherwise.
    pub fn get_item_py(&self, index: &Int) -> PyResult<Str> {
        let index = index.as_i64().ok_or_else(|| {
            PyErr::new(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
        let out_of_range = || PyErr::new(ExcKind::IndexError, "string index out of range");
        let s = self.as_str();
        if s.is_ascii() {
            let len = to_i64(s.len());
            let i = if index < 0 { index + len } else { index };
            let i = usize::try_from(i).map_err(|_| out_of_range())?;
            return s.get(i..i + 1).map(Str::from).ok_or_else(out_of_range);
        }
        let c = if index < 0 {
            let back = usize::try_from(-(index + 1)).map_err(|_| out_of_range())?;
            s.chars().nth_back(back)
        } else {
            s.chars().nth(to_usize(index))
        };
        let c = c.ok_or_else(out_of_range)?;
        Ok(Str::from(c.encode_utf8(&mut [0; 4]) as &str))
    }

    /// `s[start:stop:step]` with Python's slice semantics: missing bounds
    /// default by the step's sign, out-of-range bounds clamp (huge integers
    /// included) and a zero step raises `ValueError`.
    pub fn slice_py(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<Str> {
        // PySlice_Unpack: the step is clamped to ±PY_SSIZE_T_MAX.
        let step = match step {
            None => 1,
            Some(st) => {
                let v = slice_index(st);
                if v == 0 {
                    return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
                }
                i128::from(v.max(-i64::MAX))
            }
        };
        let s = self.as_str();
        let ascii = s.is_ascii();
        let len = i128::from(to_i64(if ascii { s.len() } else { self.len() }));
        // PySlice_AdjustIndices, in i128 so that no sum can overflow.
        let adjust = |bound: Option<&Int>, default: i128| -> i128 {
            let v = bound.map_or(default, |b| i128::from(slice_index(b)));
            if v < 0 {
                let v = v + len;
                if v < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    v
                }
            } else if v >= len {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            } else {
                v
            }
        };
        let (start, stop) = if step < 0 {
            (adjust(start, i128::MAX), adjust(stop, i128::MIN))
        } else {
            (adjust(start, 0), adjust(stop, i128::MAX))
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / -step + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        if count <= 0 {
            return Ok(Str::default());
        }
        // All positions lie in 0..len, so these conversions are exact.
        let at = |k: i128| usize::try_from(start + k * step).unwrap_or(0);
        let count = usize::try_from(count).unwrap_or(0);
        if step == 1 {
            let (b0, b1) = byte_range(s, at(0), at(0) + count);
            if b0 == 0 && b1 == s.len() {
                return Ok(self.clone());
            }
            return Ok(Str::from(s.get(b0..b1).unwrap_or_default()));
        }
        let mut out = String::with_capacity(count);
        if ascii {
            let bytes = s.as_bytes();
            for k in 0..count {
                if let Some(&b) = bytes.get(at(k as i128)) {
                    out.push(char::from(b));
                }
            }
        } else {
            let chars: Vec<char> = s.chars().collect();
            for k in 0..count {
                if let Some(&c) = chars.get(at(k as i128)) {
                    out.push(c);
                }
            }
        }
        Ok(Str::from(out))
    }

    /// Iterating a str: its characters, each a str.
    pub fn iter_chars(&self) -> std::vec::IntoIter<Str> {
        self.chars_py().into_iter()
    }

    /// The code points of `s`, one `Str` each: `for ch in s`, `list(s)`.
    pub fn chars_py(&self) -> Vec<Str> {
        let s = self.as_str();
        if s.is_ascii() {
            return (0..s.len())
                .filter_map(|i| s.get(i..i + 1))
                .map(Str::from)
                .collect();
        }
        s.chars()
            .map(|c| Str::from(c.encode_utf8(&mut [0; 4]) as &str))
            .collect()
    }
}

// ---------------------------------------------------------------------------
// ord and chr

/// `ord(s)`: the code point of a one-character string.
pub fn ord(s: &Str) -> PyResult<Int> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Int::from(i64::from(u32::from(c)))),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "ord() expected a character, but string of length {} found",
                s.len()
            ),
        )),
    }
}

/// `chr(i)`: the one-character string for code point `i`. Surrogates
/// (U+D800..U+DFFF) are valid in Python strings but not in UTF-8, so Molt
/// raises `NotImplementedError` for them rather than return something else.
pub fn chr(i: &Int) -> PyResult<Str> {
    // CPython converts the argument to a C int first.
    let v = i
        .as_i64()
        .and_then(|v| i32::try_from(v).ok())
        .ok_or_else(int_overflow)?;
    if !(0..0x110000).contains(&v) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "chr() arg not in range(0x110000)",
        ));
    }
    let cp = v.unsigned_abs();
    match char::from_u32(cp) {
        Some(c) => Ok(Str::from(c.encode_utf8(&mut [0; 4]) as &str)),
        None => Err(unsupported(&format!(
            "chr(0x{cp:x}) is a lone surrogate, which a UTF-8 string cannot hold"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::str_repr::str_repr;

    /// A Python argument in the case tables.
    #[derive(Debug)]
    enum A {
        /// `None` (or an omitted optional argument).
        N,
        S(&'static str),
        /// An int, as decimal digits so that big values fit.
        I(&'static str),
        B(bool),
        /// A tuple of strs (`startswith`'s prefixes, `join`'s items).
        T(&'static [&'static str]),
    }
    use A::*;

    /// One case: `(method, receiver, args, expected)`, where `expected` is
    /// CPython's `repr(result)` or `"ExcName: message"`.
    type Case = (&'static str, &'static str, &'static [A], &'static str);

    fn opt_str(a: &A) -> Option<Str> {
        match a {
            S(s) => Some(Str::from(*s)),
            _ => None,
        }
    }

    fn opt_int(a: &A) -> Option<Int> {
        match a {
            I(s) => Some(Int::parse(s).expect("test int")),
            _ => None,
        }
    }

    fn strs(a: &A) -> Vec<Str> {
        match a {
            T(items) => items.iter().map(|s| Str::from(*s)).collect(),
            S(s) => vec![Str::from(*s)],
            _ => Vec::new(),
        }
    }

    fn r_str(r: PyResult<Str>) -> String {
        r.map(|s| str_repr(&s))
            .unwrap_or_else(|e| e.traceback_line())
    }

    fn r_list(r: PyResult<Vec<Str>>) -> String {
        r.map(|v| {
            let items: Vec<String> = v.iter().map(|s| str_repr(s)).collect();
            format!("[{}]", items.join(", "))
        })
        .unwrap_or_else(|e| e.traceback_line())
    }

    fn r_int(r: PyResult<Int>) -> String {
        r.map(|i| i.to_string())
            .unwrap_or_else(|e| e.traceback_line())
    }

    fn r_bool(b: bool) -> String {
        (if b { "True" } else { "False" }).to_string()
    }

    fn r_triple(r: PyResult<(Str, Str, Str)>) -> String {
        r.map(|(a, b, c)| format!("({}, {}, {})", str_repr(&a), str_repr(&b), str_repr(&c)))
            .unwrap_or_else(|e| e.traceback_line())
    }

    /// Calls `method` as generated code would and renders the outcome the
    /// way the case tables spell CPython's.
    fn call(method: &str, recv: &str, args: &[A]) -> String {
        let s = Str::from(recv);
        let arg = |i: usize| args.get(i).unwrap_or(&N);
        let (s0, i0) = (opt_str(arg(0)), opt_int(arg(0)));
        let (s1, i1) = (opt_str(arg(1)), opt_int(arg(1)));
        let i2 = opt_int(arg(2));
        let (s0, s1) = (s0.as_ref(), s1.as_ref());
        let (i0, i1, i2) = (i0.as_ref(), i1.as_ref(), i2.as_ref());
        let empty = Str::default();
        match method {
            "upper" => r_str(Ok(s.upper_py())),
            "lower" => r_str(Ok(s.lower_py())),
            "casefold" => r_str(Ok(s.casefold_py())),
            "title" => r_str(Ok(s.title_py())),
            "capitalize" => r_str(Ok(s.capitalize_py())),
            "swapcase" => r_str(Ok(s.swapcase_py())),
            "isdigit" => r_bool(s.isdigit_py()),
            "isdecimal" => r_bool(s.isdecimal_py()),
            "isnumeric" => r_bool(s.isnumeric_py()),
            "isalpha" => r_bool(s.isalpha_py()),
            "isalnum" => r_bool(s.isalnum_py()),
            "isspace" => r_bool(s.isspace_py()),
            "isupper" => r_bool(s.isupper_py()),
            "islower" => r_bool(s.islower_py()),
            "istitle" => r_bool(s.istitle_py()),
            "isidentifier" => r_bool(s.isidentifier_py()),
            "isprintable" => r_bool(s.isprintable_py()),
            "isascii" => r_bool(s.isascii_py()),
            "chars" => r_list(Ok(s.chars_py())),
            "split" => r_list(s.split_py(s0, i1)),
            "rsplit" => r_list(s.rsplit_py(s0, i1)),
            "strip" => r_str(Ok(s.strip_py(s0))),
            "lstrip" => r_str(Ok(s.lstrip_py(s0))),
            "rstrip" => r_str(Ok(s.rstrip_py(s0))),
            "replace" => r_str(s.replace_py(s0.unwrap_or(&empty), s1.unwrap_or(&empty), i2)),
            "find" => r_int(Ok(s.find_py(s0.unwrap_or(&empty), i1, i2))),
            "rfind" => r_int(Ok(s.rfind_py(s0.unwrap_or(&empty), i1, i2))),
            "index" => r_int(s.index_py(s0.unwrap_or(&empty), i1, i2)),
            "rindex" => r_int(s.rindex_py(s0.unwrap_or(&empty), i1, i2)),
            "count" => r_int(Ok(s.count_py(s0.unwrap_or(&empty), i1, i2))),
            "startswith" => r_bool(s.startswith_py(&strs(arg(0)), i1, i2)),
            "endswith" => r_bool(s.endswith_py(&strs(arg(0)), i1, i2)),
            "contains" => r_bool(s.contains_py(s0.unwrap_or(&empty))),
            "partition" => r_triple(s.partition_py(s0.unwrap_or(&empty))),
            "rpartition" => r_triple(s.rpartition_py(s0.unwrap_or(&empty))),
            "zfill" => r_str(s.zfill_py(i0.expect("width"))),
            "center" => r_str(s.center_py(i0.expect("width"), s1)),
            "ljust" => r_str(s.ljust_py(i0.expect("width"), s1)),
            "rjust" => r_str(s.rjust_py(i0.expect("width"), s1)),
            "splitlines" => r_list(Ok(s.splitlines_py(matches!(arg(0), B(true))))),
            "expandtabs" => r_str(s.expandtabs_py(i0)),
            "getitem" => r_str(s.get_item_py(i0.expect("index"))),
            "slice" => r_str(s.slice_py(i0, i1, i2)),
            "ord" => r_int(ord(&s)),
            "chr" => r_str(chr(i0.expect("code point"))),
            "join" => r_str(Ok(s.join_py(&strs(arg(0))))),
            other => panic!("no such method in the tests: {other}"),
        }
    }

    fn check(cases: &[Case]) {
        let mut failures = Vec::new();
        for (method, recv, args, expected) in cases {
            let got = call(method, recv, args);
            if got != *expected {
                failures.push(format!(
                    "{}.{method}{args:?}: got {got}, CPython {expected}",
                    str_repr(recv)
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases differ:\n{}",
            failures.len(),
            cases.len(),
            failures[..failures.len().min(60)].join("\n")
        );
    }

    /// Cases recorded from CPython 3.12.1 by `text/gen_str_method_cases.py`:
    /// every method with ASCII and non-ASCII text, empty strings and
    /// separators, negative and huge indices, and each error.
    #[test]
    fn cpython_cases() {
        check(CASES);
    }

    /// zlib's CRC-32, fed incrementally, to compare whole-Unicode results
    /// with CPython's without keeping them.
    struct Crc32 {
        table: [u32; 256],
        crc: u32,
    }

    impl Crc32 {
        fn new() -> Crc32 {
            let mut table = [0u32; 256];
            for (n, slot) in (0u32..).zip(table.iter_mut()) {
                let mut c = n;
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        (c >> 1) ^ 0xEDB8_8320
                    } else {
                        c >> 1
                    };
                }
                *slot = c;
            }
            Crc32 { table, crc: !0 }
        }

        fn update(&mut self, data: &[u8]) {
            for &b in data {
                self.crc =
                    self.table[((self.crc ^ u32::from(b)) & 0xff) as usize] ^ (self.crc >> 8);
            }
        }

        fn finish(&self) -> u32 {
            !self.crc
        }
    }

    /// What a `WHOLE_UNICODE` probe computes for one character: the result
    /// string (`"1"`/`"0"` for predicates); `None` only for an unknown probe.
    type Probe = fn(char) -> Option<Str>;

    fn probe(name: &str) -> Probe {
        fn one(c: char) -> Str {
            Str::from(c.encode_utf8(&mut [0; 4]) as &str)
        }
        fn yes(v: bool) -> Option<Str> {
            Some(Str::from(if v { "1" } else { "0" }))
        }
        match name {
            "upper" => |c| Some(one(c).upper_py()),
            "lower" => |c| Some(one(c).lower_py()),
            "casefold" => |c| Some(one(c).casefold_py()),
            "title" => |c| Some(one(c).title_py()),
            "capitalize" => |c| Some(one(c).capitalize_py()),
            "swapcase" => |c| Some(one(c).swapcase_py()),
            "isdigit" => |c| yes(one(c).isdigit_py()),
            "isdecimal" => |c| yes(one(c).isdecimal_py()),
            "isnumeric" => |c| yes(one(c).isnumeric_py()),
            "isalpha" => |c| yes(one(c).isalpha_py()),
            "isalnum" => |c| yes(one(c).isalnum_py()),
            "isspace" => |c| yes(one(c).isspace_py()),
            "isupper" => |c| yes(one(c).isupper_py()),
            "islower" => |c| yes(one(c).islower_py()),
            "istitle" => |c| yes(one(c).istitle_py()),
            "isidentifier" => |c| yes(one(c).isidentifier_py()),
            "isprintable" => |c| yes(one(c).isprintable_py()),
            "isascii" => |c| yes(one(c).isascii_py()),
            "a+c isidentifier" => |c| yes(Str::from(format!("a{c}")).isidentifier_py()),
            "c+A title" => |c| Some(Str::from(format!("{c}A")).title_py()),
            "A+c+Sigma lower" => |c| Some(Str::from(format!("A{c}Σ")).lower_py()),
            "space+c+Sigma lower" => |c| Some(Str::from(format!(" {c}Σ")).lower_py()),
            "A+Sigma+c lower" => |c| Some(Str::from(format!("AΣ{c}")).lower_py()),
            _ => |_| None,
        }
    }

    /// The code points the whole-Unicode checksums cover: all but planes 4-13
    /// (unassigned) and 15-16 (private use), where CPython has no case or
    /// property data (checked by the generator) and neither do our tables
    /// (checked by `tables_are_empty_beyond_checked_code_points`).
    fn checked_code_points() -> impl Iterator<Item = char> {
        (0..0x32400)
            .chain(0xe0000..0xe1000)
            .filter_map(char::from_u32)
    }

    #[test]
    fn tables_are_empty_beyond_checked_code_points() {
        let outside = |cp: u32| (0x32400..0xe0000).contains(&cp) || cp >= 0xe1000;
        let ranges: [&[(u32, u32)]; 12] = [
            &tables::ALPHA,
            &tables::DECIMAL,
            &tables::DIGIT,
            &tables::NUMERIC,
            &tables::SPACE,
            &tables::UPPER,
            &tables::LOWER,
            &tables::TITLE,
            &tables::CASED,
            &tables::CASE_IGNORABLE,
            &tables::XID_START,
            &tables::XID_CONTINUE,
        ];
        for table in ranges {
            assert!(!table.iter().any(|&(a, b)| outside(a) || outside(b)));
        }
        for map in [UPPER, LOWER, TITLE, FOLD] {
            assert!(!map
                .runs
                .iter()
                .any(|&(a, b, _, _)| outside(a) || outside(b)));
            assert!(!map.multi.iter().any(|&(a, _)| outside(a)));
        }
    }

    /// Checks the probes whose names satisfy `pick` on every code point.
    fn check_whole_unicode(pick: impl Fn(&str) -> bool) {
        for &(name, expected) in WHOLE_UNICODE.iter().filter(|(n, _)| pick(n)) {
            let f = probe(name);
            let predicate = name.contains("is");
            let mut crc = Crc32::new();
            for c in checked_code_points() {
                let r = f(c).expect("a known probe");
                crc.update(r.as_bytes());
                if !predicate {
                    crc.update(&[0xff]);
                }
            }
            assert_eq!(crc.finish(), expected, "{name} differs from CPython");
        }
    }

    /// One-character case conversions agree with CPython on all of Unicode.
    #[test]
    fn whole_unicode_case_mappings() {
        check_whole_unicode(|n| !n.contains("is") && !n.contains('+'));
    }

    /// One-character predicates agree with CPython on all of Unicode.
    #[test]
    fn whole_unicode_predicates() {
        check_whole_unicode(|n| n.starts_with("is"));
    }

    /// XID_Continue, Cased and Case_Ignorable, seen through the methods that
    /// use them, agree with CPython on all of Unicode.
    #[test]
    fn whole_unicode_context_properties() {
        check_whole_unicode(|n| n.contains('+'));
    }

    #[test]
    fn tables_are_sorted_and_disjoint() {
        let ranges: [&[(u32, u32)]; 12] = [
            &tables::ALPHA,
            &tables::DECIMAL,
            &tables::DIGIT,
            &tables::NUMERIC,
            &tables::SPACE,
            &tables::UPPER,
            &tables::LOWER,
            &tables::TITLE,
            &tables::CASED,
            &tables::CASE_IGNORABLE,
            &tables::XID_START,
            &tables::XID_CONTINUE,
        ];
        for table in ranges {
            assert!(table.iter().all(|&(a, b)| a <= b));
            assert!(table.windows(2).all(|w| w[0].1 < w[1].0));
        }
        for map in [UPPER, LOWER, TITLE, FOLD] {
            assert!(map
                .runs
                .iter()
                .all(|&(a, b, _, st)| a <= b && (st == 1 || st == 2)));
            assert!(map.runs.windows(2).all(|w| w[0].1 < w[1].0));
            assert!(map.multi.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    /// A few behaviours spelled out, for the reader; `CASES` has the rest.
    #[test]
    fn examples() {
        let s = |t: &str| Str::from(t);
        let i = Int::from;
        assert_eq!(s("ΟΔΟΣ ΟΔΟΣ.").lower_py(), "οδος οδος.");
        assert_eq!(s("ß").upper_py(), "SS");
        assert_eq!(s("ǆemal").capitalize_py(), "ǅemal");
        assert_eq!(s("they're").title_py(), "They'Re");
        assert_eq!(s("ab").center_py(&i(5), Some(&s("*"))).unwrap(), "**ab*");
        assert_eq!(s("abc").center_py(&i(6), Some(&s("*"))).unwrap(), "*abc**");
        assert_eq!(s("-42").zfill_py(&i(6)).unwrap(), "-00042");
        assert_eq!(s("é😀ü").get_item_py(&i(-2)).unwrap(), "😀");
        assert_eq!(s("héllo").find_py(&s("l"), Some(&i(-2)), None), i(3));
        assert_eq!(s("abc").count_py(&s(""), None, None), i(4));
        let parts = s(" a\u{1c}b\u{3000}c ").split_py(None, None).unwrap();
        assert_eq!(parts, [s("a"), s("b"), s("c")]);
        assert!(s("ǅ").istitle_py() && !s("ǅ").isupper_py() && !s("ǅ").islower_py());
        assert!(s("½").isnumeric_py() && !s("½").isdigit_py());
        assert!(!s("a\u{301}").isalpha_py() && s("a\u{301}").isidentifier_py());
    }

    #[test]
    fn errors_have_cpython_kinds() {
        let s = |t: &str| Str::from(t);
        let kind = |r: PyResult<Str>| r.map(|_| ()).unwrap_err().kind();
        assert_eq!(
            s("a").split_py(Some(&s("")), None).unwrap_err().kind(),
            ExcKind::ValueError
        );
        assert_eq!(
            kind(s("a").center_py(&Int::from(3), Some(&s("ab")))),
            ExcKind::TypeError
        );
        assert_eq!(kind(s("a").get_item_py(&Int::from(1))), ExcKind::IndexError);
        assert_eq!(
            kind(s("a").slice_py(None, None, Some(&Int::from(0)))),
            ExcKind::ValueError
        );
        assert_eq!(
            kind(s("a").zfill_py(&Int::parse("9223372036854775808").unwrap())),
            ExcKind::OverflowError
        );
        assert_eq!(kind(chr(&Int::from(0x110000))), ExcKind::ValueError);
        assert_eq!(ord(&s("ab")).unwrap_err().kind(), ExcKind::TypeError);
    }

    /// CPython allows lone surrogates; a UTF-8 `Str` cannot hold them, so
    /// `chr` raises loudly instead of inventing a character.
    #[test]
    fn chr_of_surrogate_is_unsupported() {
        for cp in [0xd800, 0xdbff, 0xdc00, 0xdfff] {
            let e = chr(&Int::from(cp)).unwrap_err();
            assert_eq!(e.kind(), ExcKind::NotImplementedError);
            assert!(e.message().contains("surrogate"), "{}", e.message());
        }
        assert_eq!(chr(&Int::from(0xd7ff)).unwrap(), "\u{d7ff}");
        assert_eq!(chr(&Int::from(0xe000)).unwrap(), "\u{e000}");
    }

    /// Widths far beyond memory raise `MemoryError` instead of aborting.
    #[test]
    fn huge_widths_raise_memory_error() {
        let w = Int::from(1i64 << 62);
        let s = Str::from("é");
        assert_eq!(s.zfill_py(&w).unwrap_err().kind(), ExcKind::MemoryError);
        assert_eq!(
            s.center_py(&w, None).unwrap_err().kind(),
            ExcKind::MemoryError
        );
        assert_eq!(
            s.ljust_py(&w, Some(&Str::from("😀"))).unwrap_err().kind(),
            ExcKind::MemoryError
        );
    }

    /// A xorshift generator, so the fuzz test is repeatable.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.below(items.len())]
        }

        /// A string of up to `max - 1` pieces, leaked so that `A` can hold it.
        fn text(&mut self, max: usize) -> &'static str {
            const PIECES: [&str; 16] = [
                "a", "Σ", "é", "\u{301}", " ", "\t", "\r\n", "😀", "日", "ß", "ǅ", "İ", "'", "-",
                "0", "\u{85}",
            ];
            let n = self.below(max);
            let s: String = (0..n).map(|_| self.pick(&PIECES)).collect();
            Box::leak(s.into_boxed_str())
        }
    }

    /// Pseudo-random strings, indices and arguments through every method:
    /// nothing may panic.
    #[test]
    fn no_panics_on_arbitrary_input() {
        const INTS: [&str; 15] = [
            "0",
            "1",
            "-1",
            "2",
            "-2",
            "3",
            "7",
            "-7",
            "100",
            "-100",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "-9223372036854775809",
            "1000000000000000000000",
        ];
        const METHODS: [&str; 35] = [
            "split",
            "rsplit",
            "strip",
            "lstrip",
            "rstrip",
            "replace",
            "find",
            "rfind",
            "index",
            "rindex",
            "count",
            "startswith",
            "endswith",
            "contains",
            "partition",
            "rpartition",
            "zfill",
            "center",
            "ljust",
            "rjust",
            "splitlines",
            "expandtabs",
            "getitem",
            "slice",
            "upper",
            "lower",
            "casefold",
            "title",
            "capitalize",
            "swapcase",
            "istitle",
            "isidentifier",
            "chars",
            "ord",
            "join",
        ];
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..5000 {
            let recv = rng.text(9);
            let method = rng.pick(&METHODS);
            let arg = |rng: &mut Rng| match rng.below(4) {
                0 => N,
                1 => S(rng.text(4)),
                _ => I(rng.pick(&INTS)),
            };
            let args: Vec<A> = match method {
                // Widths stay small here; huge ones are tested above.
                "zfill" | "center" | "ljust" | "rjust" => {
                    let w = rng.pick(&["-3", "0", "5", "100", "-9223372036854775809"]);
                    vec![I(w), S(rng.text(3))]
                }
                "getitem" => vec![I(rng.pick(&INTS))],
                "expandtabs" => vec![I(rng.pick(&["-1", "0", "3", "100", "2147483648"]))],
                "replace" | "find" | "rfind" | "index" | "rindex" | "count" | "partition"
                | "rpartition" | "contains" => {
                    vec![S(rng.text(3)), arg(&mut rng), arg(&mut rng)]
                }
                "join" => vec![T(&["x", "é", ""])],
                _ => vec![arg(&mut rng), arg(&mut rng), arg(&mut rng)],
            };
            let _ = call(method, recv, &args);
        }
    }

    #[rustfmt::skip]
    static CASES: &[Case] = &[
        ("split", "  a  b c  ", &[N, N], "['a', 'b', 'c']"),
        ("rsplit", "  a  b c  ", &[N, N], "['a', 'b', 'c']"),
        ("split", "  a  b c  ", &[N, I("0")], "['a  b c  ']"),
        ("rsplit", "  a  b c  ", &[N, I("0")], "['  a  b c']"),
        ("split", "  a  b c  ", &[N, I("1")], "['a', 'b c  ']"),
        ("rsplit", "  a  b c  ", &[N, I("1")], "['  a  b', 'c']"),
        ("split", "  a  b c  ", &[N, I("-1")], "['a', 'b', 'c']"),
        ("rsplit", "  a  b c  ", &[N, I("-1")], "['a', 'b', 'c']"),
        ("split", "", &[N, N], "[]"),
        ("rsplit", "", &[N, N], "[]"),
        ("split", "   ", &[N, N], "[]"),
        ("rsplit", "   ", &[N, N], "[]"),
        ("split", "", &[S(","), N], "['']"),
        ("rsplit", "", &[S(","), N], "['']"),
        ("split", "a,b,,c,", &[S(","), N], "['a', 'b', '', 'c', '']"),
        ("rsplit", "a,b,,c,", &[S(","), N], "['a', 'b', '', 'c', '']"),
        ("split", "a,b,,c,", &[S(","), I("2")], "['a', 'b', ',c,']"),
        ("rsplit", "a,b,,c,", &[S(","), I("2")], "['a,b,', 'c', '']"),
        ("split", "a\u{1c}b\u{1f}c\u{85}d\u{3000}e\u{a0}f\u{200b}g", &[N, N], "['a', 'b', 'c', 'd', 'e', 'f\\u200bg']"),
        ("rsplit", "a\u{1c}b\u{1f}c\u{85}d\u{3000}e\u{a0}f\u{200b}g", &[N, N], "['a', 'b', 'c', 'd', 'e', 'f\\u200bg']"),
        ("split", "aaa", &[S("aa"), N], "['', 'a']"),
        ("rsplit", "aaa", &[S("aa"), N], "['a', '']"),
        ("split", "é—ü—Σ", &[S("—"), I("1")], "['é', 'ü—Σ']"),
        ("rsplit", "é—ü—Σ", &[S("—"), I("1")], "['é—ü', 'Σ']"),
        ("split", "日本 語\u{2003}😀", &[N, N], "['日本', '語', '😀']"),
        ("rsplit", "日本 語\u{2003}😀", &[N, N], "['日本', '語', '😀']"),
        ("split", "a", &[S(""), N], "ValueError: empty separator"),
        ("rsplit", "a", &[S(""), N], "ValueError: empty separator"),
        ("split", "a", &[S(""), I("9223372036854775808")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("rsplit", "a", &[S(""), I("9223372036854775808")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("split", "a b", &[N, I("9223372036854775808")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("rsplit", "a b", &[N, I("9223372036854775808")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("split", "a b", &[N, I("-9223372036854775809")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("rsplit", "a b", &[N, I("-9223372036854775809")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("split", "x", &[S("x"), I("0")], "['x']"),
        ("rsplit", "x", &[S("x"), I("0")], "['x']"),
        ("split", "x", &[S("x"), I("-5")], "['', '']"),
        ("rsplit", "x", &[S("x"), I("-5")], "['', '']"),
        ("join", "", &[T(&[])], "''"),
        ("join", "-", &[T(&["x"])], "'x'"),
        ("join", ", ", &[T(&["a", "é", "😀"])], "'a, é, 😀'"),
        ("join", "é", &[T(&["", ""])], "'é'"),
        ("join", "", &[T(&["ab", "ç"])], "'abç'"),
        ("strip", "  \t\nhé \u{1c}\u{85}\u{3000}", &[N], "'hé'"),
        ("lstrip", "  \t\nhé \u{1c}\u{85}\u{3000}", &[N], "'hé \\x1c\\x85\\u3000'"),
        ("rstrip", "  \t\nhé \u{1c}\u{85}\u{3000}", &[N], "'  \\t\\nhé'"),
        ("strip", "", &[N], "''"),
        ("lstrip", "", &[N], "''"),
        ("rstrip", "", &[N], "''"),
        ("strip", "xxyhixyx", &[S("xy")], "'hi'"),
        ("lstrip", "xxyhixyx", &[S("xy")], "'hixyx'"),
        ("rstrip", "xxyhixyx", &[S("xy")], "'xxyhi'"),
        ("strip", "ΣaΣ", &[S("Σ")], "'a'"),
        ("lstrip", "ΣaΣ", &[S("Σ")], "'aΣ'"),
        ("rstrip", "ΣaΣ", &[S("Σ")], "'Σa'"),
        ("strip", "abc", &[S("")], "'abc'"),
        ("lstrip", "abc", &[S("")], "'abc'"),
        ("rstrip", "abc", &[S("")], "'abc'"),
        ("strip", "  ", &[N], "''"),
        ("lstrip", "  ", &[N], "''"),
        ("rstrip", "  ", &[N], "''"),
        ("strip", "😀a😀", &[S("😀")], "'a'"),
        ("lstrip", "😀a😀", &[S("😀")], "'a😀'"),
        ("rstrip", "😀a😀", &[S("😀")], "'😀a'"),
        ("strip", "e\u{301}e", &[S("\u{301}e")], "''"),
        ("lstrip", "e\u{301}e", &[S("\u{301}e")], "''"),
        ("rstrip", "e\u{301}e", &[S("\u{301}e")], "''"),
        ("replace", "aaa", &[S("a"), S("bb"), N], "'bbbbbb'"),
        ("replace", "aaa", &[S("a"), S("b"), I("2")], "'bba'"),
        ("replace", "aaa", &[S("a"), S("b"), I("0")], "'aaa'"),
        ("replace", "aaa", &[S("a"), S("b"), I("-1")], "'bbb'"),
        ("replace", "aaa", &[S("aa"), S("x"), N], "'xa'"),
        ("replace", "abc", &[S(""), S("-"), N], "'-a-b-c-'"),
        ("replace", "abc", &[S(""), S("-"), I("2")], "'-a-bc'"),
        ("replace", "", &[S(""), S("x"), N], "'x'"),
        ("replace", "", &[S(""), S("x"), I("0")], "''"),
        ("replace", "été", &[S(""), S("·"), N], "'·é·t·é·'"),
        ("replace", "ΣΣΣ", &[S("Σ"), S("σς"), I("2")], "'σςσςΣ'"),
        ("replace", "x😀y😀", &[S("😀"), S(""), N], "'xy'"),
        ("replace", "abc", &[S("z"), S("y"), N], "'abc'"),
        ("replace", "a", &[S("a"), S("b"), I("9223372036854775808")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("replace", "a", &[S("a"), S("b"), I("-9223372036854775808")], "'b'"),
        ("find", "hello", &[S("l"), N, N], "2"),
        ("rfind", "hello", &[S("l"), N, N], "3"),
        ("index", "hello", &[S("l"), N, N], "2"),
        ("rindex", "hello", &[S("l"), N, N], "3"),
        ("count", "hello", &[S("l"), N, N], "2"),
        ("find", "hello", &[S("l"), I("3"), N], "3"),
        ("rfind", "hello", &[S("l"), I("3"), N], "3"),
        ("index", "hello", &[S("l"), I("3"), N], "3"),
        ("rindex", "hello", &[S("l"), I("3"), N], "3"),
        ("count", "hello", &[S("l"), I("3"), N], "1"),
        ("find", "hello", &[S("l"), I("-2"), N], "3"),
        ("rfind", "hello", &[S("l"), I("-2"), N], "3"),
        ("index", "hello", &[S("l"), I("-2"), N], "3"),
        ("rindex", "hello", &[S("l"), I("-2"), N], "3"),
        ("count", "hello", &[S("l"), I("-2"), N], "1"),
        ("find", "hello", &[S(""), N, N], "0"),
        ("rfind", "hello", &[S(""), N, N], "5"),
        ("index", "hello", &[S(""), N, N], "0"),
        ("rindex", "hello", &[S(""), N, N], "5"),
        ("count", "hello", &[S(""), N, N], "6"),
        ("find", "hello", &[S(""), I("5"), N], "5"),
        ("rfind", "hello", &[S(""), I("5"), N], "5"),
        ("index", "hello", &[S(""), I("5"), N], "5"),
        ("rindex", "hello", &[S(""), I("5"), N], "5"),
        ("count", "hello", &[S(""), I("5"), N], "1"),
        ("find", "hello", &[S(""), I("6"), N], "-1"),
        ("rfind", "hello", &[S(""), I("6"), N], "-1"),
        ("index", "hello", &[S(""), I("6"), N], "ValueError: substring not found"),
        ("rindex", "hello", &[S(""), I("6"), N], "ValueError: substring not found"),
        ("count", "hello", &[S(""), I("6"), N], "0"),
        ("find", "hello", &[S(""), I("2"), I("1")], "-1"),
        ("rfind", "hello", &[S(""), I("2"), I("1")], "-1"),
        ("index", "hello", &[S(""), I("2"), I("1")], "ValueError: substring not found"),
        ("rindex", "hello", &[S(""), I("2"), I("1")], "ValueError: substring not found"),
        ("count", "hello", &[S(""), I("2"), I("1")], "0"),
        ("find", "hello", &[S("lo"), I("0"), I("4")], "-1"),
        ("rfind", "hello", &[S("lo"), I("0"), I("4")], "-1"),
        ("index", "hello", &[S("lo"), I("0"), I("4")], "ValueError: substring not found"),
        ("rindex", "hello", &[S("lo"), I("0"), I("4")], "ValueError: substring not found"),
        ("count", "hello", &[S("lo"), I("0"), I("4")], "0"),
        ("find", "hello", &[S("lo"), I("0"), I("5")], "3"),
        ("rfind", "hello", &[S("lo"), I("0"), I("5")], "3"),
        ("index", "hello", &[S("lo"), I("0"), I("5")], "3"),
        ("rindex", "hello", &[S("lo"), I("0"), I("5")], "3"),
        ("count", "hello", &[S("lo"), I("0"), I("5")], "1"),
        ("find", "hello", &[S("z"), N, N], "-1"),
        ("rfind", "hello", &[S("z"), N, N], "-1"),
        ("index", "hello", &[S("z"), N, N], "ValueError: substring not found"),
        ("rindex", "hello", &[S("z"), N, N], "ValueError: substring not found"),
        ("count", "hello", &[S("z"), N, N], "0"),
        ("find", "héllo wörld", &[S("ö"), N, N], "7"),
        ("rfind", "héllo wörld", &[S("ö"), N, N], "7"),
        ("index", "héllo wörld", &[S("ö"), N, N], "7"),
        ("rindex", "héllo wörld", &[S("ö"), N, N], "7"),
        ("count", "héllo wörld", &[S("ö"), N, N], "1"),
        ("find", "héllo wörld", &[S("l"), I("3"), I("-2")], "3"),
        ("rfind", "héllo wörld", &[S("l"), I("3"), I("-2")], "3"),
        ("index", "héllo wörld", &[S("l"), I("3"), I("-2")], "3"),
        ("rindex", "héllo wörld", &[S("l"), I("3"), I("-2")], "3"),
        ("count", "héllo wörld", &[S("l"), I("3"), I("-2")], "1"),
        ("find", "日本語日本語", &[S("本"), I("2"), N], "4"),
        ("rfind", "日本語日本語", &[S("本"), I("2"), N], "4"),
        ("index", "日本語日本語", &[S("本"), I("2"), N], "4"),
        ("rindex", "日本語日本語", &[S("本"), I("2"), N], "4"),
        ("count", "日本語日本語", &[S("本"), I("2"), N], "1"),
        ("find", "😀a😀a", &[S("a"), I("-3"), N], "1"),
        ("rfind", "😀a😀a", &[S("a"), I("-3"), N], "3"),
        ("index", "😀a😀a", &[S("a"), I("-3"), N], "1"),
        ("rindex", "😀a😀a", &[S("a"), I("-3"), N], "3"),
        ("count", "😀a😀a", &[S("a"), I("-3"), N], "2"),
        ("find", "aaaa", &[S("aa"), N, N], "0"),
        ("rfind", "aaaa", &[S("aa"), N, N], "2"),
        ("index", "aaaa", &[S("aa"), N, N], "0"),
        ("rindex", "aaaa", &[S("aa"), N, N], "2"),
        ("count", "aaaa", &[S("aa"), N, N], "2"),
        ("find", "abc", &[S("c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "2"),
        ("rfind", "abc", &[S("c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "2"),
        ("index", "abc", &[S("c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "2"),
        ("rindex", "abc", &[S("c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "2"),
        ("count", "abc", &[S("c"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "1"),
        ("find", "abc", &[S("a"), I("1000000000000000000000000000000"), N], "-1"),
        ("rfind", "abc", &[S("a"), I("1000000000000000000000000000000"), N], "-1"),
        ("index", "abc", &[S("a"), I("1000000000000000000000000000000"), N], "ValueError: substring not found"),
        ("rindex", "abc", &[S("a"), I("1000000000000000000000000000000"), N], "ValueError: substring not found"),
        ("count", "abc", &[S("a"), I("1000000000000000000000000000000"), N], "0"),
        ("find", "abc", &[S(""), I("-1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "0"),
        ("rfind", "abc", &[S(""), I("-1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "0"),
        ("index", "abc", &[S(""), I("-1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "0"),
        ("rindex", "abc", &[S(""), I("-1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "0"),
        ("count", "abc", &[S(""), I("-1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "1"),
        ("find", "ΣΣΣ", &[S("ΣΣ"), I("1"), N], "1"),
        ("rfind", "ΣΣΣ", &[S("ΣΣ"), I("1"), N], "1"),
        ("index", "ΣΣΣ", &[S("ΣΣ"), I("1"), N], "1"),
        ("rindex", "ΣΣΣ", &[S("ΣΣ"), I("1"), N], "1"),
        ("count", "ΣΣΣ", &[S("ΣΣ"), I("1"), N], "1"),
        ("startswith", "hello", &[S("he"), N, N], "True"),
        ("endswith", "hello", &[S("he"), N, N], "False"),
        ("startswith", "hello", &[S(""), I("5"), N], "True"),
        ("endswith", "hello", &[S(""), I("5"), N], "True"),
        ("startswith", "hello", &[S(""), I("6"), N], "False"),
        ("endswith", "hello", &[S(""), I("6"), N], "False"),
        ("startswith", "hello", &[T(&["x", "lo"]), N, N], "False"),
        ("endswith", "hello", &[T(&["x", "lo"]), N, N], "True"),
        ("startswith", "hello", &[T(&[]), N, N], "False"),
        ("endswith", "hello", &[T(&[]), N, N], "False"),
        ("startswith", "héllo", &[S("él"), I("1"), I("3")], "True"),
        ("endswith", "héllo", &[S("él"), I("1"), I("3")], "True"),
        ("startswith", "héllo", &[S("llo"), I("-3"), N], "True"),
        ("endswith", "héllo", &[S("llo"), I("-3"), N], "True"),
        ("startswith", "héllo", &[S("h"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "True"),
        ("endswith", "héllo", &[S("h"), I("-1000000000000000000000000000000"), I("1000000000000000000000000000000")], "False"),
        ("startswith", "😀x", &[S("😀"), N, I("1")], "True"),
        ("endswith", "😀x", &[S("😀"), N, I("1")], "True"),
        ("startswith", "abc", &[S("bc"), I("1"), I("2")], "False"),
        ("endswith", "abc", &[S("bc"), I("1"), I("2")], "False"),
        ("contains", "héllo", &[S("él")], "True"),
        ("contains", "abc", &[S("")], "True"),
        ("contains", "", &[S("")], "True"),
        ("contains", "", &[S("a")], "False"),
        ("contains", "日本", &[S("本")], "True"),
        ("partition", "a=b=c", &[S("=")], "('a', '=', 'b=c')"),
        ("rpartition", "a=b=c", &[S("=")], "('a=b', '=', 'c')"),
        ("partition", "abc", &[S("x")], "('abc', '', '')"),
        ("rpartition", "abc", &[S("x")], "('', '', 'abc')"),
        ("partition", "é→ü→", &[S("→")], "('é', '→', 'ü→')"),
        ("rpartition", "é→ü→", &[S("→")], "('é→ü', '→', '')"),
        ("partition", "abc", &[S("")], "ValueError: empty separator"),
        ("rpartition", "abc", &[S("")], "ValueError: empty separator"),
        ("upper", "", &[], "''"),
        ("lower", "", &[], "''"),
        ("casefold", "", &[], "''"),
        ("title", "", &[], "''"),
        ("capitalize", "", &[], "''"),
        ("swapcase", "", &[], "''"),
        ("upper", "hello World", &[], "'HELLO WORLD'"),
        ("lower", "hello World", &[], "'hello world'"),
        ("casefold", "hello World", &[], "'hello world'"),
        ("title", "hello World", &[], "'Hello World'"),
        ("capitalize", "hello World", &[], "'Hello world'"),
        ("swapcase", "hello World", &[], "'HELLO wORLD'"),
        ("upper", "ß ﬁ ŉ ǰ ᾀ ᾈ", &[], "'SS FI ʼN J\u{30c} ἈΙ ἈΙ'"),
        ("lower", "ß ﬁ ŉ ǰ ᾀ ᾈ", &[], "'ß ﬁ ŉ ǰ ᾀ ᾀ'"),
        ("casefold", "ß ﬁ ŉ ǰ ᾀ ᾈ", &[], "'ss fi ʼn j\u{30c} ἀι ἀι'"),
        ("title", "ß ﬁ ŉ ǰ ᾀ ᾈ", &[], "'Ss Fi ʼN J\u{30c} ᾈ ᾈ'"),
        ("capitalize", "ß ﬁ ŉ ǰ ᾀ ᾈ", &[], "'Ss ﬁ ŉ ǰ ᾀ ᾀ'"),
        ("swapcase", "ß ﬁ ŉ ǰ ᾀ ᾈ", &[], "'SS FI ʼN J\u{30c} ἈΙ ᾈ'"),
        ("upper", "ΟΔΟΣ", &[], "'ΟΔΟΣ'"),
        ("lower", "ΟΔΟΣ", &[], "'οδος'"),
        ("casefold", "ΟΔΟΣ", &[], "'οδοσ'"),
        ("title", "ΟΔΟΣ", &[], "'Οδος'"),
        ("capitalize", "ΟΔΟΣ", &[], "'Οδος'"),
        ("swapcase", "ΟΔΟΣ", &[], "'οδος'"),
        ("upper", "ΟΔΟΣ.", &[], "'ΟΔΟΣ.'"),
        ("lower", "ΟΔΟΣ.", &[], "'οδος.'"),
        ("casefold", "ΟΔΟΣ.", &[], "'οδοσ.'"),
        ("title", "ΟΔΟΣ.", &[], "'Οδος.'"),
        ("capitalize", "ΟΔΟΣ.", &[], "'Οδος.'"),
        ("swapcase", "ΟΔΟΣ.", &[], "'οδος.'"),
        ("upper", "ΑΣ'Σ", &[], "\"ΑΣ'Σ\""),
        ("lower", "ΑΣ'Σ", &[], "\"ασ'ς\""),
        ("casefold", "ΑΣ'Σ", &[], "\"ασ'σ\""),
        ("title", "ΑΣ'Σ", &[], "\"Ασ'Σ\""),
        ("capitalize", "ΑΣ'Σ", &[], "\"Ασ'ς\""),
        ("swapcase", "ΑΣ'Σ", &[], "\"ασ'ς\""),
        ("upper", "Σ", &[], "'Σ'"),
        ("lower", "Σ", &[], "'σ'"),
        ("casefold", "Σ", &[], "'σ'"),
        ("title", "Σ", &[], "'Σ'"),
        ("capitalize", "Σ", &[], "'Σ'"),
        ("swapcase", "Σ", &[], "'σ'"),
        ("upper", "aΣ", &[], "'AΣ'"),
        ("lower", "aΣ", &[], "'aς'"),
        ("casefold", "aΣ", &[], "'aσ'"),
        ("title", "aΣ", &[], "'Aς'"),
        ("capitalize", "aΣ", &[], "'Aς'"),
        ("swapcase", "aΣ", &[], "'Aς'"),
        ("upper", "aΣb", &[], "'AΣB'"),
        ("lower", "aΣb", &[], "'aσb'"),
        ("casefold", "aΣb", &[], "'aσb'"),
        ("title", "aΣb", &[], "'Aσb'"),
        ("capitalize", "aΣb", &[], "'Aσb'"),
        ("swapcase", "aΣb", &[], "'AσB'"),
        ("upper", "aΣ\u{301}", &[], "'AΣ\u{301}'"),
        ("lower", "aΣ\u{301}", &[], "'aς\u{301}'"),
        ("casefold", "aΣ\u{301}", &[], "'aσ\u{301}'"),
        ("title", "aΣ\u{301}", &[], "'Aς\u{301}'"),
        ("capitalize", "aΣ\u{301}", &[], "'Aς\u{301}'"),
        ("swapcase", "aΣ\u{301}", &[], "'Aς\u{301}'"),
        ("upper", "aΣ\u{301}b", &[], "'AΣ\u{301}B'"),
        ("lower", "aΣ\u{301}b", &[], "'aσ\u{301}b'"),
        ("casefold", "aΣ\u{301}b", &[], "'aσ\u{301}b'"),
        ("title", "aΣ\u{301}b", &[], "'Aσ\u{301}B'"),
        ("capitalize", "aΣ\u{301}b", &[], "'Aσ\u{301}b'"),
        ("swapcase", "aΣ\u{301}b", &[], "'Aσ\u{301}B'"),
        ("upper", "A\u{345}Σ", &[], "'AΙΣ'"),
        ("lower", "A\u{345}Σ", &[], "'a\u{345}ς'"),
        ("casefold", "A\u{345}Σ", &[], "'aισ'"),
        ("title", "A\u{345}Σ", &[], "'A\u{345}ς'"),
        ("capitalize", "A\u{345}Σ", &[], "'A\u{345}ς'"),
        ("swapcase", "A\u{345}Σ", &[], "'aΙς'"),
        ("upper", "ǆemal ǅ Ǆ", &[], "'ǄEMAL Ǆ Ǆ'"),
        ("lower", "ǆemal ǅ Ǆ", &[], "'ǆemal ǆ ǆ'"),
        ("casefold", "ǆemal ǅ Ǆ", &[], "'ǆemal ǆ ǆ'"),
        ("title", "ǆemal ǅ Ǆ", &[], "'ǅemal ǅ ǅ'"),
        ("capitalize", "ǆemal ǅ Ǆ", &[], "'ǅemal ǆ ǆ'"),
        ("swapcase", "ǆemal ǅ Ǆ", &[], "'ǄEMAL ǅ ǆ'"),
        ("upper", "İstanbul ı", &[], "'İSTANBUL I'"),
        ("lower", "İstanbul ı", &[], "'i\u{307}stanbul ı'"),
        ("casefold", "İstanbul ı", &[], "'i\u{307}stanbul ı'"),
        ("title", "İstanbul ı", &[], "'İstanbul I'"),
        ("capitalize", "İstanbul ı", &[], "'İstanbul ı'"),
        ("swapcase", "İstanbul ı", &[], "'i\u{307}STANBUL I'"),
        ("upper", "they're bill's friends", &[], "\"THEY'RE BILL'S FRIENDS\""),
        ("lower", "they're bill's friends", &[], "\"they're bill's friends\""),
        ("casefold", "they're bill's friends", &[], "\"they're bill's friends\""),
        ("title", "they're bill's friends", &[], "\"They'Re Bill'S Friends\""),
        ("capitalize", "they're bill's friends", &[], "\"They're bill's friends\""),
        ("swapcase", "they're bill's friends", &[], "\"THEY'RE BILL'S FRIENDS\""),
        ("upper", "ᵃbc", &[], "'ᵃBC'"),
        ("lower", "ᵃbc", &[], "'ᵃbc'"),
        ("casefold", "ᵃbc", &[], "'ᵃbc'"),
        ("title", "ᵃbc", &[], "'ᵃbc'"),
        ("capitalize", "ᵃbc", &[], "'ᵃbc'"),
        ("swapcase", "ᵃbc", &[], "'ᵃBC'"),
        ("upper", "ⓐⓑ Ⓐ", &[], "'ⒶⒷ Ⓐ'"),
        ("lower", "ⓐⓑ Ⓐ", &[], "'ⓐⓑ ⓐ'"),
        ("casefold", "ⓐⓑ Ⓐ", &[], "'ⓐⓑ ⓐ'"),
        ("title", "ⓐⓑ Ⓐ", &[], "'Ⓐⓑ Ⓐ'"),
        ("capitalize", "ⓐⓑ Ⓐ", &[], "'Ⓐⓑ ⓐ'"),
        ("swapcase", "ⓐⓑ Ⓐ", &[], "'ⒶⒷ ⓐ'"),
        ("upper", "123abc ABC", &[], "'123ABC ABC'"),
        ("lower", "123abc ABC", &[], "'123abc abc'"),
        ("casefold", "123abc ABC", &[], "'123abc abc'"),
        ("title", "123abc ABC", &[], "'123Abc Abc'"),
        ("capitalize", "123abc ABC", &[], "'123abc abc'"),
        ("swapcase", "123abc ABC", &[], "'123ABC abc'"),
        ("upper", "ΣΑΣ", &[], "'ΣΑΣ'"),
        ("lower", "ΣΑΣ", &[], "'σας'"),
        ("casefold", "ΣΑΣ", &[], "'σασ'"),
        ("title", "ΣΑΣ", &[], "'Σας'"),
        ("capitalize", "ΣΑΣ", &[], "'Σας'"),
        ("swapcase", "ΣΑΣ", &[], "'σας'"),
        ("upper", "ǰ", &[], "'J\u{30c}'"),
        ("lower", "ǰ", &[], "'ǰ'"),
        ("casefold", "ǰ", &[], "'j\u{30c}'"),
        ("title", "ǰ", &[], "'J\u{30c}'"),
        ("capitalize", "ǰ", &[], "'J\u{30c}'"),
        ("swapcase", "ǰ", &[], "'J\u{30c}'"),
        ("upper", "\u{345}", &[], "'Ι'"),
        ("lower", "\u{345}", &[], "'\u{345}'"),
        ("casefold", "\u{345}", &[], "'ι'"),
        ("title", "\u{345}", &[], "'Ι'"),
        ("capitalize", "\u{345}", &[], "'Ι'"),
        ("swapcase", "\u{345}", &[], "'Ι'"),
        ("upper", "ꭰ", &[], "'Ꭰ'"),
        ("lower", "ꭰ", &[], "'ꭰ'"),
        ("casefold", "ꭰ", &[], "'Ꭰ'"),
        ("title", "ꭰ", &[], "'Ꭰ'"),
        ("capitalize", "ꭰ", &[], "'Ꭰ'"),
        ("swapcase", "ꭰ", &[], "'Ꭰ'"),
        ("upper", "ſ", &[], "'S'"),
        ("lower", "ſ", &[], "'ſ'"),
        ("casefold", "ſ", &[], "'s'"),
        ("title", "ſ", &[], "'S'"),
        ("capitalize", "ſ", &[], "'S'"),
        ("swapcase", "ſ", &[], "'S'"),
        ("upper", "K Å", &[], "'K Å'"),
        ("lower", "K Å", &[], "'k å'"),
        ("casefold", "K Å", &[], "'k å'"),
        ("title", "K Å", &[], "'K Å'"),
        ("capitalize", "K Å", &[], "'K å'"),
        ("swapcase", "K Å", &[], "'k å'"),
        ("upper", "𐐨𐐀", &[], "'𐐀𐐀'"),
        ("lower", "𐐨𐐀", &[], "'𐐨𐐨'"),
        ("casefold", "𐐨𐐀", &[], "'𐐨𐐨'"),
        ("title", "𐐨𐐀", &[], "'𐐀𐐨'"),
        ("capitalize", "𐐨𐐀", &[], "'𐐀𐐨'"),
        ("swapcase", "𐐨𐐀", &[], "'𐐀𐐨'"),
        ("upper", "𞤢𞤀", &[], "'𞤀𞤀'"),
        ("lower", "𞤢𞤀", &[], "'𞤢𞤢'"),
        ("casefold", "𞤢𞤀", &[], "'𞤢𞤢'"),
        ("title", "𞤢𞤀", &[], "'𞤀𞤢'"),
        ("capitalize", "𞤢𞤀", &[], "'𞤀𞤢'"),
        ("swapcase", "𞤢𞤀", &[], "'𞤀𞤢'"),
        ("upper", "ᲀ", &[], "'В'"),
        ("lower", "ᲀ", &[], "'ᲀ'"),
        ("casefold", "ᲀ", &[], "'в'"),
        ("title", "ᲀ", &[], "'В'"),
        ("capitalize", "ᲀ", &[], "'В'"),
        ("swapcase", "ᲀ", &[], "'В'"),
        ("upper", "ꞔ ꟀꟁꟐ", &[], "'Ꞔ ꟀꟀꟐ'"),
        ("lower", "ꞔ ꟀꟁꟐ", &[], "'ꞔ ꟁꟁꟑ'"),
        ("casefold", "ꞔ ꟀꟁꟐ", &[], "'ꞔ ꟁꟁꟑ'"),
        ("title", "ꞔ ꟀꟁꟐ", &[], "'Ꞔ Ꟁꟁꟑ'"),
        ("capitalize", "ꞔ ꟀꟁꟐ", &[], "'Ꞔ ꟁꟁꟑ'"),
        ("swapcase", "ꞔ ꟀꟁꟐ", &[], "'Ꞔ ꟁꟀꟑ'"),
        ("isdigit", "", &[], "False"),
        ("isdecimal", "", &[], "False"),
        ("isnumeric", "", &[], "False"),
        ("isalpha", "", &[], "False"),
        ("isalnum", "", &[], "False"),
        ("isspace", "", &[], "False"),
        ("isupper", "", &[], "False"),
        ("islower", "", &[], "False"),
        ("istitle", "", &[], "False"),
        ("isidentifier", "", &[], "False"),
        ("isprintable", "", &[], "True"),
        ("isascii", "", &[], "True"),
        ("isdigit", "abc", &[], "False"),
        ("isdecimal", "abc", &[], "False"),
        ("isnumeric", "abc", &[], "False"),
        ("isalpha", "abc", &[], "True"),
        ("isalnum", "abc", &[], "True"),
        ("isspace", "abc", &[], "False"),
        ("isupper", "abc", &[], "False"),
        ("islower", "abc", &[], "True"),
        ("istitle", "abc", &[], "False"),
        ("isidentifier", "abc", &[], "True"),
        ("isprintable", "abc", &[], "True"),
        ("isascii", "abc", &[], "True"),
        ("isdigit", "aBc", &[], "False"),
        ("isdecimal", "aBc", &[], "False"),
        ("isnumeric", "aBc", &[], "False"),
        ("isalpha", "aBc", &[], "True"),
        ("isalnum", "aBc", &[], "True"),
        ("isspace", "aBc", &[], "False"),
        ("isupper", "aBc", &[], "False"),
        ("islower", "aBc", &[], "False"),
        ("istitle", "aBc", &[], "False"),
        ("isidentifier", "aBc", &[], "True"),
        ("isprintable", "aBc", &[], "True"),
        ("isascii", "aBc", &[], "True"),
        ("isdigit", "ABC", &[], "False"),
        ("isdecimal", "ABC", &[], "False"),
        ("isnumeric", "ABC", &[], "False"),
        ("isalpha", "ABC", &[], "True"),
        ("isalnum", "ABC", &[], "True"),
        ("isspace", "ABC", &[], "False"),
        ("isupper", "ABC", &[], "True"),
        ("islower", "ABC", &[], "False"),
        ("istitle", "ABC", &[], "False"),
        ("isidentifier", "ABC", &[], "True"),
        ("isprintable", "ABC", &[], "True"),
        ("isascii", "ABC", &[], "True"),
        ("isdigit", "ǅ", &[], "False"),
        ("isdecimal", "ǅ", &[], "False"),
        ("isnumeric", "ǅ", &[], "False"),
        ("isalpha", "ǅ", &[], "True"),
        ("isalnum", "ǅ", &[], "True"),
        ("isspace", "ǅ", &[], "False"),
        ("isupper", "ǅ", &[], "False"),
        ("islower", "ǅ", &[], "False"),
        ("istitle", "ǅ", &[], "True"),
        ("isidentifier", "ǅ", &[], "True"),
        ("isprintable", "ǅ", &[], "True"),
        ("isascii", "ǅ", &[], "False"),
        ("isdigit", "Ǆa", &[], "False"),
        ("isdecimal", "Ǆa", &[], "False"),
        ("isnumeric", "Ǆa", &[], "False"),
        ("isalpha", "Ǆa", &[], "True"),
        ("isalnum", "Ǆa", &[], "True"),
        ("isspace", "Ǆa", &[], "False"),
        ("isupper", "Ǆa", &[], "False"),
        ("islower", "Ǆa", &[], "False"),
        ("istitle", "Ǆa", &[], "True"),
        ("isidentifier", "Ǆa", &[], "True"),
        ("isprintable", "Ǆa", &[], "True"),
        ("isascii", "Ǆa", &[], "False"),
        ("isdigit", "ǅemal", &[], "False"),
        ("isdecimal", "ǅemal", &[], "False"),
        ("isnumeric", "ǅemal", &[], "False"),
        ("isalpha", "ǅemal", &[], "True"),
        ("isalnum", "ǅemal", &[], "True"),
        ("isspace", "ǅemal", &[], "False"),
        ("isupper", "ǅemal", &[], "False"),
        ("islower", "ǅemal", &[], "False"),
        ("istitle", "ǅemal", &[], "True"),
        ("isidentifier", "ǅemal", &[], "True"),
        ("isprintable", "ǅemal", &[], "True"),
        ("isascii", "ǅemal", &[], "False"),
        ("isdigit", "Hello World", &[], "False"),
        ("isdecimal", "Hello World", &[], "False"),
        ("isnumeric", "Hello World", &[], "False"),
        ("isalpha", "Hello World", &[], "False"),
        ("isalnum", "Hello World", &[], "False"),
        ("isspace", "Hello World", &[], "False"),
        ("isupper", "Hello World", &[], "False"),
        ("islower", "Hello World", &[], "False"),
        ("istitle", "Hello World", &[], "True"),
        ("isidentifier", "Hello World", &[], "False"),
        ("isprintable", "Hello World", &[], "True"),
        ("isascii", "Hello World", &[], "True"),
        ("isdigit", "Hello world", &[], "False"),
        ("isdecimal", "Hello world", &[], "False"),
        ("isnumeric", "Hello world", &[], "False"),
        ("isalpha", "Hello world", &[], "False"),
        ("isalnum", "Hello world", &[], "False"),
        ("isspace", "Hello world", &[], "False"),
        ("isupper", "Hello world", &[], "False"),
        ("islower", "Hello world", &[], "False"),
        ("istitle", "Hello world", &[], "False"),
        ("isidentifier", "Hello world", &[], "False"),
        ("isprintable", "Hello world", &[], "True"),
        ("isascii", "Hello world", &[], "True"),
        ("isdigit", "HeLLo", &[], "False"),
        ("isdecimal", "HeLLo", &[], "False"),
        ("isnumeric", "HeLLo", &[], "False"),
        ("isalpha", "HeLLo", &[], "True"),
        ("isalnum", "HeLLo", &[], "True"),
        ("isspace", "HeLLo", &[], "False"),
        ("isupper", "HeLLo", &[], "False"),
        ("islower", "HeLLo", &[], "False"),
        ("istitle", "HeLLo", &[], "False"),
        ("isidentifier", "HeLLo", &[], "True"),
        ("isprintable", "HeLLo", &[], "True"),
        ("isascii", "HeLLo", &[], "True"),
        ("isdigit", "123", &[], "True"),
        ("isdecimal", "123", &[], "True"),
        ("isnumeric", "123", &[], "True"),
        ("isalpha", "123", &[], "False"),
        ("isalnum", "123", &[], "True"),
        ("isspace", "123", &[], "False"),
        ("isupper", "123", &[], "False"),
        ("islower", "123", &[], "False"),
        ("istitle", "123", &[], "False"),
        ("isidentifier", "123", &[], "False"),
        ("isprintable", "123", &[], "True"),
        ("isascii", "123", &[], "True"),
        ("isdigit", "١٢٣", &[], "True"),
        ("isdecimal", "١٢٣", &[], "True"),
        ("isnumeric", "١٢٣", &[], "True"),
        ("isalpha", "١٢٣", &[], "False"),
        ("isalnum", "١٢٣", &[], "True"),
        ("isspace", "١٢٣", &[], "False"),
        ("isupper", "١٢٣", &[], "False"),
        ("islower", "١٢٣", &[], "False"),
        ("istitle", "١٢٣", &[], "False"),
        ("isidentifier", "١٢٣", &[], "False"),
        ("isprintable", "١٢٣", &[], "True"),
        ("isascii", "١٢٣", &[], "False"),
        ("isdigit", "²", &[], "True"),
        ("isdecimal", "²", &[], "False"),
        ("isnumeric", "²", &[], "True"),
        ("isalpha", "²", &[], "False"),
        ("isalnum", "²", &[], "True"),
        ("isspace", "²", &[], "False"),
        ("isupper", "²", &[], "False"),
        ("islower", "²", &[], "False"),
        ("istitle", "²", &[], "False"),
        ("isidentifier", "²", &[], "False"),
        ("isprintable", "²", &[], "True"),
        ("isascii", "²", &[], "False"),
        ("isdigit", "½", &[], "False"),
        ("isdecimal", "½", &[], "False"),
        ("isnumeric", "½", &[], "True"),
        ("isalpha", "½", &[], "False"),
        ("isalnum", "½", &[], "True"),
        ("isspace", "½", &[], "False"),
        ("isupper", "½", &[], "False"),
        ("islower", "½", &[], "False"),
        ("istitle", "½", &[], "False"),
        ("isidentifier", "½", &[], "False"),
        ("isprintable", "½", &[], "True"),
        ("isascii", "½", &[], "False"),
        ("isdigit", "Ⅻ", &[], "False"),
        ("isdecimal", "Ⅻ", &[], "False"),
        ("isnumeric", "Ⅻ", &[], "True"),
        ("isalpha", "Ⅻ", &[], "False"),
        ("isalnum", "Ⅻ", &[], "True"),
        ("isspace", "Ⅻ", &[], "False"),
        ("isupper", "Ⅻ", &[], "True"),
        ("islower", "Ⅻ", &[], "False"),
        ("istitle", "Ⅻ", &[], "True"),
        ("isidentifier", "Ⅻ", &[], "True"),
        ("isprintable", "Ⅻ", &[], "True"),
        ("isascii", "Ⅻ", &[], "False"),
        ("isdigit", "三", &[], "False"),
        ("isdecimal", "三", &[], "False"),
        ("isnumeric", "三", &[], "True"),
        ("isalpha", "三", &[], "True"),
        ("isalnum", "三", &[], "True"),
        ("isspace", "三", &[], "False"),
        ("isupper", "三", &[], "False"),
        ("islower", "三", &[], "False"),
        ("istitle", "三", &[], "False"),
        ("isidentifier", "三", &[], "True"),
        ("isprintable", "三", &[], "True"),
        ("isascii", "三", &[], "False"),
        ("isdigit", "𝟘", &[], "True"),
        ("isdecimal", "𝟘", &[], "True"),
        ("isnumeric", "𝟘", &[], "True"),
        ("isalpha", "𝟘", &[], "False"),
        ("isalnum", "𝟘", &[], "True"),
        ("isspace", "𝟘", &[], "False"),
        ("isupper", "𝟘", &[], "False"),
        ("islower", "𝟘", &[], "False"),
        ("istitle", "𝟘", &[], "False"),
        ("isidentifier", "𝟘", &[], "False"),
        ("isprintable", "𝟘", &[], "True"),
        ("isascii", "𝟘", &[], "False"),
        ("isdigit", "a1", &[], "False"),
        ("isdecimal", "a1", &[], "False"),
        ("isnumeric", "a1", &[], "False"),
        ("isalpha", "a1", &[], "False"),
        ("isalnum", "a1", &[], "True"),
        ("isspace", "a1", &[], "False"),
        ("isupper", "a1", &[], "False"),
        ("islower", "a1", &[], "True"),
        ("istitle", "a1", &[], "False"),
        ("isidentifier", "a1", &[], "True"),
        ("isprintable", "a1", &[], "True"),
        ("isascii", "a1", &[], "True"),
        ("isdigit", "a\u{301}", &[], "False"),
        ("isdecimal", "a\u{301}", &[], "False"),
        ("isnumeric", "a\u{301}", &[], "False"),
        ("isalpha", "a\u{301}", &[], "False"),
        ("isalnum", "a\u{301}", &[], "False"),
        ("isspace", "a\u{301}", &[], "False"),
        ("isupper", "a\u{301}", &[], "False"),
        ("islower", "a\u{301}", &[], "True"),
        ("istitle", "a\u{301}", &[], "False"),
        ("isidentifier", "a\u{301}", &[], "True"),
        ("isprintable", "a\u{301}", &[], "True"),
        ("isascii", "a\u{301}", &[], "False"),
        ("isdigit", "é", &[], "False"),
        ("isdecimal", "é", &[], "False"),
        ("isnumeric", "é", &[], "False"),
        ("isalpha", "é", &[], "True"),
        ("isalnum", "é", &[], "True"),
        ("isspace", "é", &[], "False"),
        ("isupper", "é", &[], "False"),
        ("islower", "é", &[], "True"),
        ("istitle", "é", &[], "False"),
        ("isidentifier", "é", &[], "True"),
        ("isprintable", "é", &[], "True"),
        ("isascii", "é", &[], "False"),
        ("isdigit", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isdecimal", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isnumeric", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isalpha", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isalnum", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isspace", " \t\n\u{1c}\u{85}\u{3000}", &[], "True"),
        ("isupper", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("islower", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("istitle", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isidentifier", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isprintable", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isascii", " \t\n\u{1c}\u{85}\u{3000}", &[], "False"),
        ("isdigit", "\u{200b}", &[], "False"),
        ("isdecimal", "\u{200b}", &[], "False"),
        ("isnumeric", "\u{200b}", &[], "False"),
        ("isalpha", "\u{200b}", &[], "False"),
        ("isalnum", "\u{200b}", &[], "False"),
        ("isspace", "\u{200b}", &[], "False"),
        ("isupper", "\u{200b}", &[], "False"),
        ("islower", "\u{200b}", &[], "False"),
        ("istitle", "\u{200b}", &[], "False"),
        ("isidentifier", "\u{200b}", &[], "False"),
        ("isprintable", "\u{200b}", &[], "False"),
        ("isascii", "\u{200b}", &[], "False"),
        ("isdigit", "_x", &[], "False"),
        ("isdecimal", "_x", &[], "False"),
        ("isnumeric", "_x", &[], "False"),
        ("isalpha", "_x", &[], "False"),
        ("isalnum", "_x", &[], "False"),
        ("isspace", "_x", &[], "False"),
        ("isupper", "_x", &[], "False"),
        ("islower", "_x", &[], "True"),
        ("istitle", "_x", &[], "False"),
        ("isidentifier", "_x", &[], "True"),
        ("isprintable", "_x", &[], "True"),
        ("isascii", "_x", &[], "True"),
        ("isdigit", "1x", &[], "False"),
        ("isdecimal", "1x", &[], "False"),
        ("isnumeric", "1x", &[], "False"),
        ("isalpha", "1x", &[], "False"),
        ("isalnum", "1x", &[], "True"),
        ("isspace", "1x", &[], "False"),
        ("isupper", "1x", &[], "False"),
        ("islower", "1x", &[], "True"),
        ("istitle", "1x", &[], "False"),
        ("isidentifier", "1x", &[], "False"),
        ("isprintable", "1x", &[], "True"),
        ("isascii", "1x", &[], "True"),
        ("isdigit", "x-y", &[], "False"),
        ("isdecimal", "x-y", &[], "False"),
        ("isnumeric", "x-y", &[], "False"),
        ("isalpha", "x-y", &[], "False"),
        ("isalnum", "x-y", &[], "False"),
        ("isspace", "x-y", &[], "False"),
        ("isupper", "x-y", &[], "False"),
        ("islower", "x-y", &[], "True"),
        ("istitle", "x-y", &[], "False"),
        ("isidentifier", "x-y", &[], "False"),
        ("isprintable", "x-y", &[], "True"),
        ("isascii", "x-y", &[], "True"),
        ("isdigit", "ℕ", &[], "False"),
        ("isdecimal", "ℕ", &[], "False"),
        ("isnumeric", "ℕ", &[], "False"),
        ("isalpha", "ℕ", &[], "True"),
        ("isalnum", "ℕ", &[], "True"),
        ("isspace", "ℕ", &[], "False"),
        ("isupper", "ℕ", &[], "True"),
        ("islower", "ℕ", &[], "False"),
        ("istitle", "ℕ", &[], "True"),
        ("isidentifier", "ℕ", &[], "True"),
        ("isprintable", "ℕ", &[], "True"),
        ("isascii", "ℕ", &[], "False"),
        ("isdigit", "λ_ѫ", &[], "False"),
        ("isdecimal", "λ_ѫ", &[], "False"),
        ("isnumeric", "λ_ѫ", &[], "False"),
        ("isalpha", "λ_ѫ", &[], "False"),
        ("isalnum", "λ_ѫ", &[], "False"),
        ("isspace", "λ_ѫ", &[], "False"),
        ("isupper", "λ_ѫ", &[], "False"),
        ("islower", "λ_ѫ", &[], "True"),
        ("istitle", "λ_ѫ", &[], "False"),
        ("isidentifier", "λ_ѫ", &[], "True"),
        ("isprintable", "λ_ѫ", &[], "True"),
        ("isascii", "λ_ѫ", &[], "False"),
        ("isdigit", "a·b", &[], "False"),
        ("isdecimal", "a·b", &[], "False"),
        ("isnumeric", "a·b", &[], "False"),
        ("isalpha", "a·b", &[], "False"),
        ("isalnum", "a·b", &[], "False"),
        ("isspace", "a·b", &[], "False"),
        ("isupper", "a·b", &[], "False"),
        ("islower", "a·b", &[], "True"),
        ("istitle", "a·b", &[], "False"),
        ("isidentifier", "a·b", &[], "True"),
        ("isprintable", "a·b", &[], "True"),
        ("isascii", "a·b", &[], "False"),
        ("isdigit", "·a", &[], "False"),
        ("isdecimal", "·a", &[], "False"),
        ("isnumeric", "·a", &[], "False"),
        ("isalpha", "·a", &[], "False"),
        ("isalnum", "·a", &[], "False"),
        ("isspace", "·a", &[], "False"),
        ("isupper", "·a", &[], "False"),
        ("islower", "·a", &[], "True"),
        ("istitle", "·a", &[], "False"),
        ("isidentifier", "·a", &[], "False"),
        ("isprintable", "·a", &[], "True"),
        ("isascii", "·a", &[], "False"),
        ("isdigit", "\u{7f}", &[], "False"),
        ("isdecimal", "\u{7f}", &[], "False"),
        ("isnumeric", "\u{7f}", &[], "False"),
        ("isalpha", "\u{7f}", &[], "False"),
        ("isalnum", "\u{7f}", &[], "False"),
        ("isspace", "\u{7f}", &[], "False"),
        ("isupper", "\u{7f}", &[], "False"),
        ("islower", "\u{7f}", &[], "False"),
        ("istitle", "\u{7f}", &[], "False"),
        ("isidentifier", "\u{7f}", &[], "False"),
        ("isprintable", "\u{7f}", &[], "False"),
        ("isascii", "\u{7f}", &[], "True"),
        ("isdigit", "é\u{378}", &[], "False"),
        ("isdecimal", "é\u{378}", &[], "False"),
        ("isnumeric", "é\u{378}", &[], "False"),
        ("isalpha", "é\u{378}", &[], "False"),
        ("isalnum", "é\u{378}", &[], "False"),
        ("isspace", "é\u{378}", &[], "False"),
        ("isupper", "é\u{378}", &[], "False"),
        ("islower", "é\u{378}", &[], "True"),
        ("istitle", "é\u{378}", &[], "False"),
        ("isidentifier", "é\u{378}", &[], "False"),
        ("isprintable", "é\u{378}", &[], "False"),
        ("isascii", "é\u{378}", &[], "False"),
        ("isdigit", "😀", &[], "False"),
        ("isdecimal", "😀", &[], "False"),
        ("isnumeric", "😀", &[], "False"),
        ("isalpha", "😀", &[], "False"),
        ("isalnum", "😀", &[], "False"),
        ("isspace", "😀", &[], "False"),
        ("isupper", "😀", &[], "False"),
        ("islower", "😀", &[], "False"),
        ("istitle", "😀", &[], "False"),
        ("isidentifier", "😀", &[], "False"),
        ("isprintable", "😀", &[], "True"),
        ("isascii", "😀", &[], "False"),
        ("isdigit", "ª", &[], "False"),
        ("isdecimal", "ª", &[], "False"),
        ("isnumeric", "ª", &[], "False"),
        ("isalpha", "ª", &[], "True"),
        ("isalnum", "ª", &[], "True"),
        ("isspace", "ª", &[], "False"),
        ("isupper", "ª", &[], "False"),
        ("islower", "ª", &[], "True"),
        ("istitle", "ª", &[], "False"),
        ("isidentifier", "ª", &[], "True"),
        ("isprintable", "ª", &[], "True"),
        ("isascii", "ª", &[], "False"),
        ("isdigit", "ʰ", &[], "False"),
        ("isdecimal", "ʰ", &[], "False"),
        ("isnumeric", "ʰ", &[], "False"),
        ("isalpha", "ʰ", &[], "True"),
        ("isalnum", "ʰ", &[], "True"),
        ("isspace", "ʰ", &[], "False"),
        ("isupper", "ʰ", &[], "False"),
        ("islower", "ʰ", &[], "True"),
        ("istitle", "ʰ", &[], "False"),
        ("isidentifier", "ʰ", &[], "True"),
        ("isprintable", "ʰ", &[], "True"),
        ("isascii", "ʰ", &[], "False"),
        ("isdigit", "\u{345}", &[], "False"),
        ("isdecimal", "\u{345}", &[], "False"),
        ("isnumeric", "\u{345}", &[], "False"),
        ("isalpha", "\u{345}", &[], "False"),
        ("isalnum", "\u{345}", &[], "False"),
        ("isspace", "\u{345}", &[], "False"),
        ("isupper", "\u{345}", &[], "False"),
        ("islower", "\u{345}", &[], "True"),
        ("istitle", "\u{345}", &[], "False"),
        ("isidentifier", "\u{345}", &[], "False"),
        ("isprintable", "\u{345}", &[], "True"),
        ("isascii", "\u{345}", &[], "False"),
        ("isdigit", "Ⓐ", &[], "False"),
        ("isdecimal", "Ⓐ", &[], "False"),
        ("isnumeric", "Ⓐ", &[], "False"),
        ("isalpha", "Ⓐ", &[], "False"),
        ("isalnum", "Ⓐ", &[], "False"),
        ("isspace", "Ⓐ", &[], "False"),
        ("isupper", "Ⓐ", &[], "True"),
        ("islower", "Ⓐ", &[], "False"),
        ("istitle", "Ⓐ", &[], "True"),
        ("isidentifier", "Ⓐ", &[], "False"),
        ("isprintable", "Ⓐ", &[], "True"),
        ("isascii", "Ⓐ", &[], "False"),
        ("isdigit", "ᾈ", &[], "False"),
        ("isdecimal", "ᾈ", &[], "False"),
        ("isnumeric", "ᾈ", &[], "False"),
        ("isalpha", "ᾈ", &[], "True"),
        ("isalnum", "ᾈ", &[], "True"),
        ("isspace", "ᾈ", &[], "False"),
        ("isupper", "ᾈ", &[], "False"),
        ("islower", "ᾈ", &[], "False"),
        ("istitle", "ᾈ", &[], "True"),
        ("isidentifier", "ᾈ", &[], "True"),
        ("isprintable", "ᾈ", &[], "True"),
        ("isascii", "ᾈ", &[], "False"),
        ("isdigit", "A1", &[], "False"),
        ("isdecimal", "A1", &[], "False"),
        ("isnumeric", "A1", &[], "False"),
        ("isalpha", "A1", &[], "False"),
        ("isalnum", "A1", &[], "True"),
        ("isspace", "A1", &[], "False"),
        ("isupper", "A1", &[], "True"),
        ("islower", "A1", &[], "False"),
        ("istitle", "A1", &[], "True"),
        ("isidentifier", "A1", &[], "True"),
        ("isprintable", "A1", &[], "True"),
        ("isascii", "A1", &[], "True"),
        ("isdigit", "1", &[], "True"),
        ("isdecimal", "1", &[], "True"),
        ("isnumeric", "1", &[], "True"),
        ("isalpha", "1", &[], "False"),
        ("isalnum", "1", &[], "True"),
        ("isspace", "1", &[], "False"),
        ("isupper", "1", &[], "False"),
        ("islower", "1", &[], "False"),
        ("istitle", "1", &[], "False"),
        ("isidentifier", "1", &[], "False"),
        ("isprintable", "1", &[], "True"),
        ("isascii", "1", &[], "True"),
        ("isdigit", "a b", &[], "False"),
        ("isdecimal", "a b", &[], "False"),
        ("isnumeric", "a b", &[], "False"),
        ("isalpha", "a b", &[], "False"),
        ("isalnum", "a b", &[], "False"),
        ("isspace", "a b", &[], "False"),
        ("isupper", "a b", &[], "False"),
        ("islower", "a b", &[], "True"),
        ("istitle", "a b", &[], "False"),
        ("isidentifier", "a b", &[], "False"),
        ("isprintable", "a b", &[], "True"),
        ("isascii", "a b", &[], "True"),
        ("isdigit", "ß", &[], "False"),
        ("isdecimal", "ß", &[], "False"),
        ("isnumeric", "ß", &[], "False"),
        ("isalpha", "ß", &[], "True"),
        ("isalnum", "ß", &[], "True"),
        ("isspace", "ß", &[], "False"),
        ("isupper", "ß", &[], "False"),
        ("islower", "ß", &[], "True"),
        ("istitle", "ß", &[], "False"),
        ("isidentifier", "ß", &[], "True"),
        ("isprintable", "ß", &[], "True"),
        ("isascii", "ß", &[], "False"),
        ("isdigit", "Σς", &[], "False"),
        ("isdecimal", "Σς", &[], "False"),
        ("isnumeric", "Σς", &[], "False"),
        ("isalpha", "Σς", &[], "True"),
        ("isalnum", "Σς", &[], "True"),
        ("isspace", "Σς", &[], "False"),
        ("isupper", "Σς", &[], "False"),
        ("islower", "Σς", &[], "False"),
        ("istitle", "Σς", &[], "True"),
        ("isidentifier", "Σς", &[], "True"),
        ("isprintable", "Σς", &[], "True"),
        ("isascii", "Σς", &[], "False"),
        ("isdigit", "Ⅰ", &[], "False"),
        ("isdecimal", "Ⅰ", &[], "False"),
        ("isnumeric", "Ⅰ", &[], "True"),
        ("isalpha", "Ⅰ", &[], "False"),
        ("isalnum", "Ⅰ", &[], "True"),
        ("isspace", "Ⅰ", &[], "False"),
        ("isupper", "Ⅰ", &[], "True"),
        ("islower", "Ⅰ", &[], "False"),
        ("istitle", "Ⅰ", &[], "True"),
        ("isidentifier", "Ⅰ", &[], "True"),
        ("isprintable", "Ⅰ", &[], "True"),
        ("isascii", "Ⅰ", &[], "False"),
        ("isdigit", "〇", &[], "False"),
        ("isdecimal", "〇", &[], "False"),
        ("isnumeric", "〇", &[], "True"),
        ("isalpha", "〇", &[], "False"),
        ("isalnum", "〇", &[], "True"),
        ("isspace", "〇", &[], "False"),
        ("isupper", "〇", &[], "False"),
        ("islower", "〇", &[], "False"),
        ("istitle", "〇", &[], "False"),
        ("isidentifier", "〇", &[], "True"),
        ("isprintable", "〇", &[], "True"),
        ("isascii", "〇", &[], "False"),
        ("isdigit", "〇", &[], "False"),
        ("isdecimal", "〇", &[], "False"),
        ("isnumeric", "〇", &[], "True"),
        ("isalpha", "〇", &[], "False"),
        ("isalnum", "〇", &[], "True"),
        ("isspace", "〇", &[], "False"),
        ("isupper", "〇", &[], "False"),
        ("islower", "〇", &[], "False"),
        ("istitle", "〇", &[], "False"),
        ("isidentifier", "〇", &[], "True"),
        ("isprintable", "〇", &[], "True"),
        ("isascii", "〇", &[], "False"),
        ("isdigit", "𐏑", &[], "False"),
        ("isdecimal", "𐏑", &[], "False"),
        ("isnumeric", "𐏑", &[], "True"),
        ("isalpha", "𐏑", &[], "False"),
        ("isalnum", "𐏑", &[], "True"),
        ("isspace", "𐏑", &[], "False"),
        ("isupper", "𐏑", &[], "False"),
        ("islower", "𐏑", &[], "False"),
        ("istitle", "𐏑", &[], "False"),
        ("isidentifier", "𐏑", &[], "True"),
        ("isprintable", "𐏑", &[], "True"),
        ("isascii", "𐏑", &[], "False"),
        ("zfill", "42", &[I("5")], "'00042'"),
        ("zfill", "-42", &[I("5")], "'-0042'"),
        ("zfill", "+42", &[I("5")], "'+0042'"),
        ("zfill", "--", &[I("4")], "'-00-'"),
        ("zfill", "é", &[I("3")], "'00é'"),
        ("zfill", "abc", &[I("2")], "'abc'"),
        ("zfill", "abc", &[I("-1")], "'abc'"),
        ("zfill", "", &[I("3")], "'000'"),
        ("zfill", "a", &[I("9223372036854775808")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("zfill", "a", &[I("-9223372036854775809")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("center", "a", &[I("4"), S("*")], "'*a**'"),
        ("ljust", "a", &[I("4"), S("*")], "'a***'"),
        ("rjust", "a", &[I("4"), S("*")], "'***a'"),
        ("center", "ab", &[I("5"), S("*")], "'**ab*'"),
        ("ljust", "ab", &[I("5"), S("*")], "'ab***'"),
        ("rjust", "ab", &[I("5"), S("*")], "'***ab'"),
        ("center", "abc", &[I("6"), S("*")], "'*abc**'"),
        ("ljust", "abc", &[I("6"), S("*")], "'abc***'"),
        ("rjust", "abc", &[I("6"), S("*")], "'***abc'"),
        ("center", "abc", &[I("7"), N], "'  abc  '"),
        ("ljust", "abc", &[I("7"), N], "'abc    '"),
        ("rjust", "abc", &[I("7"), N], "'    abc'"),
        ("center", "é", &[I("4"), S("😀")], "'😀é😀😀'"),
        ("ljust", "é", &[I("4"), S("😀")], "'é😀😀😀'"),
        ("rjust", "é", &[I("4"), S("😀")], "'😀😀😀é'"),
        ("center", "日本", &[I("5"), S("·")], "'··日本·'"),
        ("ljust", "日本", &[I("5"), S("·")], "'日本···'"),
        ("rjust", "日本", &[I("5"), S("·")], "'···日本'"),
        ("center", "abc", &[I("2"), S("*")], "'abc'"),
        ("ljust", "abc", &[I("2"), S("*")], "'abc'"),
        ("rjust", "abc", &[I("2"), S("*")], "'abc'"),
        ("center", "abc", &[I("5"), S("ab")], "TypeError: The fill character must be exactly one character long"),
        ("ljust", "abc", &[I("5"), S("ab")], "TypeError: The fill character must be exactly one character long"),
        ("rjust", "abc", &[I("5"), S("ab")], "TypeError: The fill character must be exactly one character long"),
        ("center", "abc", &[I("5"), S("")], "TypeError: The fill character must be exactly one character long"),
        ("ljust", "abc", &[I("5"), S("")], "TypeError: The fill character must be exactly one character long"),
        ("rjust", "abc", &[I("5"), S("")], "TypeError: The fill character must be exactly one character long"),
        ("center", "abc", &[I("2"), S("ab")], "TypeError: The fill character must be exactly one character long"),
        ("ljust", "abc", &[I("2"), S("ab")], "TypeError: The fill character must be exactly one character long"),
        ("rjust", "abc", &[I("2"), S("ab")], "TypeError: The fill character must be exactly one character long"),
        ("center", "a", &[I("9223372036854775808"), S("ab")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("ljust", "a", &[I("9223372036854775808"), S("ab")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("rjust", "a", &[I("9223372036854775808"), S("ab")], "OverflowError: Python int too large to convert to C ssize_t"),
        ("center", "a", &[I("-9223372036854775809"), N], "OverflowError: Python int too large to convert to C ssize_t"),
        ("ljust", "a", &[I("-9223372036854775809"), N], "OverflowError: Python int too large to convert to C ssize_t"),
        ("rjust", "a", &[I("-9223372036854775809"), N], "OverflowError: Python int too large to convert to C ssize_t"),
        ("center", "", &[I("3"), S("é")], "'ééé'"),
        ("ljust", "", &[I("3"), S("é")], "'ééé'"),
        ("rjust", "", &[I("3"), S("é")], "'ééé'"),
        ("splitlines", "", &[B(false)], "[]"),
        ("splitlines", "", &[B(true)], "[]"),
        ("splitlines", "a", &[B(false)], "['a']"),
        ("splitlines", "a", &[B(true)], "['a']"),
        ("splitlines", "a\n", &[B(false)], "['a']"),
        ("splitlines", "a\n", &[B(true)], "['a\\n']"),
        ("splitlines", "a\n\nb", &[B(false)], "['a', '', 'b']"),
        ("splitlines", "a\n\nb", &[B(true)], "['a\\n', '\\n', 'b']"),
        ("splitlines", "a\r\nb\rc", &[B(false)], "['a', 'b', 'c']"),
        ("splitlines", "a\r\nb\rc", &[B(true)], "['a\\r\\n', 'b\\r', 'c']"),
        ("splitlines", "\r\n", &[B(false)], "['']"),
        ("splitlines", "\r\n", &[B(true)], "['\\r\\n']"),
        ("splitlines", "\n\r", &[B(false)], "['', '']"),
        ("splitlines", "\n\r", &[B(true)], "['\\n', '\\r']"),
        ("splitlines", "a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{85}g\u{2028}h\u{2029}i", &[B(false)], "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']"),
        ("splitlines", "a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{85}g\u{2028}h\u{2029}i", &[B(true)], "['a\\x0b', 'b\\x0c', 'c\\x1c', 'd\\x1d', 'e\\x1e', 'f\\x85', 'g\\u2028', 'h\\u2029', 'i']"),
        ("splitlines", "a\u{1f}b", &[B(false)], "['a\\x1fb']"),
        ("splitlines", "a\u{1f}b", &[B(true)], "['a\\x1fb']"),
        ("splitlines", "é\u{2028}", &[B(false)], "['é']"),
        ("splitlines", "é\u{2028}", &[B(true)], "['é\\u2028']"),
        ("expandtabs", "a\tb", &[N], "'a       b'"),
        ("expandtabs", "a\tbc\tdef\tg", &[I("4")], "'a   bc  def g'"),
        ("expandtabs", "\t", &[I("0")], "''"),
        ("expandtabs", "a\tb", &[I("-1")], "'ab'"),
        ("expandtabs", "ab\n\tc\r\td", &[I("4")], "'ab\\n    c\\r    d'"),
        ("expandtabs", "é\tü\t", &[I("3")], "'é  ü  '"),
        ("expandtabs", "日\t本", &[I("2")], "'日 本'"),
        ("expandtabs", "a\tb", &[I("2147483648")], "OverflowError: Python int too large to convert to C int"),
        ("expandtabs", "no tabs", &[I("-2147483649")], "OverflowError: Python int too large to convert to C int"),
        ("expandtabs", "a\tb", &[I("1")], "'a b'"),
        ("getitem", "abc", &[I("0")], "'a'"),
        ("getitem", "abc", &[I("2")], "'c'"),
        ("getitem", "abc", &[I("3")], "IndexError: string index out of range"),
        ("getitem", "abc", &[I("-1")], "'c'"),
        ("getitem", "abc", &[I("-3")], "'a'"),
        ("getitem", "abc", &[I("-4")], "IndexError: string index out of range"),
        ("getitem", "", &[I("0")], "IndexError: string index out of range"),
        ("getitem", "é😀ü", &[I("1")], "'😀'"),
        ("getitem", "é😀ü", &[I("-1")], "'ü'"),
        ("getitem", "é😀ü", &[I("-3")], "'é'"),
        ("getitem", "é😀ü", &[I("3")], "IndexError: string index out of range"),
        ("getitem", "é😀ü", &[I("-4")], "IndexError: string index out of range"),
        ("getitem", "abc", &[I("9223372036854775808")], "IndexError: cannot fit 'int' into an index-sized integer"),
        ("getitem", "abc", &[I("-9223372036854775809")], "IndexError: cannot fit 'int' into an index-sized integer"),
        ("slice", "abcdef", &[I("1"), I("4"), N], "'bcd'"),
        ("slice", "abcdef", &[N, N, I("-1")], "'fedcba'"),
        ("slice", "abcdef", &[N, N, I("2")], "'ace'"),
        ("slice", "abcdef", &[I("-2"), N, N], "'ef'"),
        ("slice", "abcdef", &[I("4"), I("1"), I("-1")], "'edc'"),
        ("slice", "abcdef", &[I("1"), I("4"), I("-1")], "''"),
        ("slice", "abcdef", &[I("10"), I("0"), I("-3")], "'fc'"),
        ("slice", "abcdef", &[I("-100"), I("100"), N], "'abcdef'"),
        ("slice", "abcdef", &[N, N, I("0")], "ValueError: slice step cannot be zero"),
        ("slice", "abcdef", &[I("-1000000000000000000000000000000"), I("1000000000000000000000000000000"), I("1000000000000000000000000000000")], "'a'"),
        ("slice", "abcdef", &[I("1000000000000000000000000000000"), I("-1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "'f'"),
        ("slice", "abcdef", &[N, N, I("-1000000000000000000000000000000")], "'f'"),
        ("slice", "héllo wörld", &[I("1"), I("-1"), I("2")], "'él öl'"),
        ("slice", "héllo wörld", &[N, N, I("-1")], "'dlröw olléh'"),
        ("slice", "日本語😀", &[I("1"), N, N], "'本語😀'"),
        ("slice", "日本語😀", &[I("-2"), N, I("-1")], "'語本日'"),
        ("slice", "", &[N, N, I("-1")], "''"),
        ("slice", "e\u{301}", &[N, N, I("-1")], "'\u{301}e'"),
        ("chars", "", &[], "[]"),
        ("chars", "abc", &[], "['a', 'b', 'c']"),
        ("chars", "é😀\u{301}", &[], "['é', '😀', '\u{301}']"),
        ("ord", "a", &[], "97"),
        ("ord", "é", &[], "233"),
        ("ord", "😀", &[], "128512"),
        ("ord", "", &[], "TypeError: ord() expected a character, but string of length 0 found"),
        ("ord", "ab", &[], "TypeError: ord() expected a character, but string of length 2 found"),
        ("ord", "e\u{301}", &[], "TypeError: ord() expected a character, but string of length 2 found"),
        ("chr", "", &[I("0")], "'\\x00'"),
        ("chr", "", &[I("65")], "'A'"),
        ("chr", "", &[I("233")], "'é'"),
        ("chr", "", &[I("128512")], "'😀'"),
        ("chr", "", &[I("1114111")], "'\\U0010ffff'"),
        ("chr", "", &[I("1114112")], "ValueError: chr() arg not in range(0x110000)"),
        ("chr", "", &[I("-1")], "ValueError: chr() arg not in range(0x110000)"),
        ("chr", "", &[I("2147483647")], "ValueError: chr() arg not in range(0x110000)"),
        ("chr", "", &[I("2147483648")], "OverflowError: Python int too large to convert to C int"),
        ("chr", "", &[I("-2147483649")], "OverflowError: Python int too large to convert to C int"),
        ("chr", "", &[I("1000000000000000000000000000000")], "OverflowError: Python int too large to convert to C int"),
    ];

    /// CRC-32 (zlib) of `f(chr(c))` as UTF-8 plus a 0xFF byte, or `1`/`0`
    /// for predicates, over the code points of `checked_code_points`, from
    /// CPython (which the generator checks has no data on the others).
    #[rustfmt::skip]
    static WHOLE_UNICODE: &[(&str, u32)] = &[
        ("upper", 0x6daf1e9d),
        ("lower", 0xd1f752cc),
        ("casefold", 0x79eed9a7),
        ("title", 0x85bdee47),
        ("capitalize", 0x85bdee47),
        ("swapcase", 0xeb9ee868),
        ("isdigit", 0xfbb22649),
        ("isdecimal", 0x007bcf96),
        ("isnumeric", 0xf2a2b7fe),
        ("isalpha", 0xbbed3302),
        ("isalnum", 0xdf6fcc9c),
        ("isspace", 0xf998190a),
        ("isupper", 0xdfd474a4),
        ("islower", 0xe00ba7c2),
        ("istitle", 0xcca34543),
        ("isidentifier", 0xcae01a47),
        ("isprintable", 0x5a01cf5a),
        ("isascii", 0x783333da),
        ("a+c isidentifier", 0x3a1a977c),
        ("c+A title", 0x6c9e15e8),
        ("A+c+Sigma lower", 0xf7cbbf51),
        ("space+c+Sigma lower", 0xd7db4f1a),
        ("A+Sigma+c lower", 0xb6a99809),
    ];
}
