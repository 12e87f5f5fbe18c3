//! Python's `str`: an immutable, shared, UTF-8 string.
//!
//! Cloning a `Str` bumps a reference count; the text itself is never
//! copied, as in CPython where strings are shared immutable objects.

use std::fmt;
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Str(Rc<str>);

impl Str {
    #[inline]
    pub fn new(s: &str) -> Str {
        Str(Rc::from(s))
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `len(s)`: the number of code points.
    pub fn len(&self) -> usize {
        if self.0.is_ascii() {
            self.0.len()
        } else {
            self.0.chars().count()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Python truthiness.
    #[inline]
    pub fn is_true(&self) -> bool {
        !self.0.is_empty()
    }

    /// `a + b`.
    pub fn concat(&self, other: &Str) -> Str {
        let mut s = String::with_capacity(self.0.len() + other.0.len());
        s.push_str(&self.0);
        s.push_str(&other.0);
        Str::from(s)
    }

    /// `s * n`; a negative count gives the empty string.
    pub fn repeat(&self, n: &crate::Int) -> crate::PyResult<Str> {
        match n.as_i64() {
            Some(n) if n <= 0 => Ok(Str::default()),
            Some(n) if (n as u128) * (self.0.len() as u128) < (isize::MAX as u128) => {
                Ok(Str::from(self.0.repeat(n as usize)))
            }
            _ if self.0.is_empty() || n.is_negative() => Ok(Str::default()),
            _ => Err(crate::PyErr::new(
                crate::ExcKind::OverflowError,
                "repeated string is too long",
            )),
        }
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.0
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
        Str(Rc::from(s))
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}
