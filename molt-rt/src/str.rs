//! Python's `str`: an immutable, shared, UTF-8 string.
//!
//! Short strings (most names, keys and words) are stored inline, so making
//! or cloning one never allocates; longer ones are shared behind a
//! reference count and never copied, as in CPython where strings are
//! shared immutable objects. A string literal is a `const` that points at
//! the program's own text.

use compact_str::CompactString;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

#[derive(Clone)]
pub struct Str(Repr);

#[derive(Clone)]
enum Repr {
    /// Text of up to `INLINE` bytes, or a `&'static str`: cloning copies
    /// the 24 bytes.
    Inline(CompactString),
    Shared(Rc<str>),
}

/// The longest text stored inline.
const INLINE: usize = 24;

impl Str {
    #[inline]
    pub fn new(s: &str) -> Str {
        if s.len() <= INLINE {
            Str(Repr::Inline(CompactString::new(s)))
        } else {
            Str(Repr::Shared(Rc::from(s)))
        }
    }

    /// A string literal: no allocation, and usable in a `const`.
    pub const fn from_static(s: &'static str) -> Str {
        Str(Repr::Inline(CompactString::const_new(s)))
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline(s) => s.as_str(),
            Repr::Shared(s) => s,
        }
    }

    /// `len(s)`: the number of code points.
    pub fn len(&self) -> usize {
        let s = self.as_str();
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.as_str().is_empty()
    }

    /// Python truthiness.
    #[inline]
    pub fn is_true(&self) -> bool {
        !self.is_empty()
    }

    /// `a + b`.
    pub fn concat(&self, other: &Str) -> Str {
        let (a, b) = (self.as_str(), other.as_str());
        let mut s = String::with_capacity(a.len() + b.len());
        s.push_str(a);
        s.push_str(b);
        Str::from(s)
    }

    /// `s * n`; a negative count gives the empty string.
    pub fn repeat(&self, n: &crate::Int) -> crate::PyResult<Str> {
        let s = self.as_str();
        match n.as_i64() {
            Some(n) if n <= 0 => Ok(Str::default()),
            Some(n) if (n as u128) * (s.len() as u128) < (isize::MAX as u128) => {
                Ok(Str::from(s.repeat(n as usize)))
            }
            _ if s.is_empty() || n.is_negative() => Ok(Str::default()),
            _ => Err(crate::PyErr::new(
                crate::ExcKind::OverflowError,
                "repeated string is too long",
            )),
        }
    }
}

impl Default for Str {
    fn default() -> Str {
        Str::from_static("")
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Str {
    #[inline]
    fn from(s: &str) -> Str {
        Str::new(s)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str::new(&s)
    }
}

impl PartialEq for Str {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        match (&self.0, &other.0) {
            (Repr::Shared(a), Repr::Shared(b)) if Rc::ptr_eq(a, b) => true,
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Str) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Str) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Str {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_strings_compare_and_hash_by_text() {
        let short = Str::from("gold");
        let long = Str::from("a string longer than the inline limit".to_string());
        assert_eq!(short, Str::from_static("gold"));
        assert_eq!(long.clone(), long);
        assert_eq!(
            long,
            Str::from_static("a string longer than the inline limit")
        );
        assert_eq!(short.cmp(&Str::from("golden")), Ordering::Less);
        let hash = |s: &Str| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            s.hash(&mut h);
            h.finish()
        };
        assert_eq!(
            hash(&long),
            hash(&Str::from_static("a string longer than the inline limit"))
        );
        assert_eq!(Str::default(), Str::from(""));
        assert_eq!(Str::from("né").len(), 2);
    }
}
