//! `range(...)`: as a Rust iterator of `Int` where a loop or builtin
//! consumes it, on machine words when the bounds fit and on big integers
//! otherwise; and as the value [`PyRange`] where the program keeps it.

use crate::display::PyDisplay;
use crate::exc::{overflow, value_error, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::text::format_spec::FormatSpec;

/// An iterator over `range(start, stop, step)`.
pub enum Range {
    Small { next: i64, stop: i64, step: i64 },
    Big { next: Int, stop: Int, step: Int },
}

/// `range(start, stop)`.
pub fn range(start: impl Into<Int>, stop: impl Into<Int>) -> Range {
    make(start.into(), stop.into(), Int::Small(1))
}

/// `range(start, stop, step)` for a step the translator knows is non-zero.
pub fn range_by(start: impl Into<Int>, stop: impl Into<Int>, step: i64) -> Range {
    make(start.into(), stop.into(), Int::Small(step))
}

/// `range(start, stop, step)`, raising for a zero step.
pub fn range_step(
    start: impl Into<Int>,
    stop: impl Into<Int>,
    step: impl Into<Int>,
) -> PyResult<Range> {
    Ok(make(start.into(), stop.into(), nonzero(step)?))
}

/// A step, which `range()` refuses to be zero.
fn nonzero(step: impl Into<Int>) -> PyResult<Int> {
    let step = step.into();
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(step)
}

fn make(start: Int, stop: Int, step: Int) -> Range {
    match (start.as_i64(), stop.as_i64(), step.as_i64()) {
        (Some(next), Some(stop), Some(step)) => Range::Small { next, stop, step },
        _ => Range::Big {
            next: start,
            stop,
            step,
        },
    }
}

impl Range {
    /// `x in range(...)`, by arithmetic, over what is left to iterate.
    pub fn contains(&self, x: &Int) -> bool {
        match self {
            Range::Small { next, stop, step } => match x.as_i64() {
                Some(x) => {
                    let (x, next, stop, step) =
                        (x as i128, *next as i128, *stop as i128, *step as i128);
                    let inside = if step > 0 {
                        next <= x && x < stop
                    } else {
                        stop < x && x <= next
                    };
                    inside && (x - next) % step == 0
                }
                None => false,
            },
            Range::Big { next, stop, step } => {
                let inside = if step.is_negative() {
                    stop < x && x <= next
                } else {
                    next <= x && x < stop
                };
                inside && x.sub(next).modulo(step).is_ok_and(|r| r.is_zero())
            }
        }
    }
}

impl Iterator for Range {
    type Item = Int;

    #[inline]
    fn next(&mut self) -> Option<Int> {
        match self {
            Range::Small { next, stop, step } => {
                let done = if *step > 0 {
                    *next >= *stop
                } else {
                    *next <= *stop
                };
                if done {
                    return None;
                }
                let value = *next;
                match next.checked_add(*step) {
                    Some(n) => *next = n,
                    // Past i64: the next value is out of range anyway.
                    None => *stop = *next,
                }
                Some(Int::Small(value))
            }
            Range::Big { next, stop, step } => {
                let done = if step.is_negative() {
                    *next <= *stop
                } else {
                    *next >= *stop
                };
                if done {
                    return None;
                }
                let value = next.clone();
                *next = &*next + &*step;
                Some(value)
            }
        }
    }
}

/// A range object the program stores, passes or returns: immutable, a
/// sequence of ints it computes rather than holds.
#[derive(Clone, Debug)]
pub struct PyRange {
    start: Int,
    stop: Int,
    step: Int,
}

impl PyRange {
    /// `range(start, stop)`.
    pub fn new(start: impl Into<Int>, stop: impl Into<Int>) -> PyRange {
        PyRange {
            start: start.into(),
            stop: stop.into(),
            step: Int::Small(1),
        }
    }

    /// `range(start, stop, step)` for a step the translator knows is
    /// non-zero.
    pub fn by(start: impl Into<Int>, stop: impl Into<Int>, step: i64) -> PyRange {
        debug_assert!(step != 0);
        PyRange {
            start: start.into(),
            stop: stop.into(),
            step: Int::Small(step),
        }
    }

    /// `range(start, stop, step)`, raising for a zero step.
    pub fn stepped(
        start: impl Into<Int>,
        stop: impl Into<Int>,
        step: impl Into<Int>,
    ) -> PyResult<PyRange> {
        Ok(PyRange {
            start: start.into(),
            stop: stop.into(),
            step: nonzero(step)?,
        })
    }

    pub fn start(&self) -> Int {
        self.start.clone()
    }

    pub fn stop(&self) -> Int {
        self.stop.clone()
    }

    pub fn step(&self) -> Int {
        self.step.clone()
    }

    /// The number of ints, as CPython computes it.
    fn length(&self) -> Int {
        let (low, high, step) = if self.step.is_negative() {
            (&self.stop, &self.start, self.step.neg())
        } else {
            (&self.start, &self.stop, self.step.clone())
        };
        if low >= high {
            return Int::Small(0);
        }
        let span = high.sub(low).sub(&Int::Small(1));
        span.floor_div(&step)
            .unwrap_or_default()
            .add(&Int::Small(1))
    }

    /// `len(r)`, which CPython limits to a machine word.
    pub fn len(&self) -> PyResult<usize> {
        self.length()
            .as_i64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| overflow("Python int too large to convert to C ssize_t"))
    }

    pub fn is_empty(&self) -> bool {
        self.length().is_zero()
    }

    /// `bool(r)`.
    pub fn is_true(&self) -> bool {
        !self.is_empty()
    }

    /// The ints in order.
    pub fn iter(&self) -> Range {
        make(self.start.clone(), self.stop.clone(), self.step.clone())
    }

    /// `reversed(r)`: from the last int back to the first.
    pub fn reversed(&self) -> Range {
        let len = self.length();
        if len.is_zero() {
            return make(Int::Small(0), Int::Small(0), Int::Small(1));
        }
        let last = self.start.add(&len.sub(&Int::Small(1)).mul(&self.step));
        make(last, self.start.sub(&self.step), self.step.neg())
    }

    /// `r[i]`.
    pub fn get(&self, index: &Int) -> PyResult<Int> {
        let len = self.length();
        let i = if index.is_negative() {
            index.add(&len)
        } else {
            index.clone()
        };
        if i.is_negative() || i >= len {
            return Err(PyErr::new(
                ExcKind::IndexError,
                "range object index out of range",
            ));
        }
        Ok(self.start.add(&i.mul(&self.step)))
    }

    /// `r[start:stop:step]`: another range, with CPython's clamping.
    pub fn slice(
        &self,
        start: Option<&Int>,
        stop: Option<&Int>,
        step: Option<&Int>,
    ) -> PyResult<PyRange> {
        let step = step.cloned().unwrap_or(Int::Small(1));
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let len = self.length();
        let (lower, upper) = if step.is_negative() {
            (Int::Small(-1), len.sub(&Int::Small(1)))
        } else {
            (Int::Small(0), len.clone())
        };
        let clamp = |v: Option<&Int>, default: &Int| -> Int {
            match v {
                None => default.clone(),
                Some(v) if v.is_negative() => {
                    let v = v.add(&len);
                    if v < lower {
                        lower.clone()
                    } else {
                        v
                    }
                }
                Some(v) if *v > upper => upper.clone(),
                Some(v) => v.clone(),
            }
        };
        let (first, last) = if step.is_negative() {
            (clamp(start, &upper), clamp(stop, &lower))
        } else {
            (clamp(start, &lower), clamp(stop, &upper))
        };
        Ok(PyRange {
            start: self.start.add(&first.mul(&self.step)),
            stop: self.start.add(&last.mul(&self.step)),
            step: self.step.mul(&step),
        })
    }

    /// `x in r`, by arithmetic.
    pub fn contains(&self, x: &Int) -> bool {
        self.position(x).is_some()
    }

    fn position(&self, x: &Int) -> Option<Int> {
        let inside = if self.step.is_negative() {
            self.stop < *x && *x <= self.start
        } else {
            self.start <= *x && *x < self.stop
        };
        if !inside {
            return None;
        }
        let offset = x.sub(&self.start);
        let at = offset.floor_div(&self.step).ok()?;
        offset
            .modulo(&self.step)
            .is_ok_and(|r| r.is_zero())
            .then_some(at)
    }

    /// `r.index(x)`.
    pub fn index(&self, x: &Int) -> PyResult<Int> {
        self.position(x)
            .ok_or_else(|| value_error(format!("{x} is not in range")))
    }

    /// `r.count(x)`.
    pub fn count(&self, x: &Int) -> Int {
        Int::Small(self.contains(x) as i64)
    }
}

/// Ranges are equal when they give the same ints.
impl PartialEq for PyRange {
    fn eq(&self, other: &PyRange) -> bool {
        let len = self.length();
        if len != other.length() {
            return false;
        }
        len.is_zero()
            || (self.start == other.start && (len == Int::Small(1) || self.step == other.step))
    }
}

impl PyDisplay for PyRange {
    fn write_str(&self, out: &mut String) {
        out.push_str("range(");
        self.start.write_str(out);
        out.push_str(", ");
        self.stop.write_str(out);
        if self.step != Int::Small(1) {
            out.push_str(", ");
            self.step.write_str(out);
        }
        out.push(')');
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        let mut s = String::new();
        self.write_str(&mut s);
        crate::text::format_spec::format_str(&s, spec)
            .map_err(|_| "unsupported format string passed to range.__format__".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let v: Vec<Int> = range_by(10, 0, -3).collect();
        assert_eq!(
            v,
            vec![Int::Small(10), Int::Small(7), Int::Small(4), Int::Small(1)]
        );
        assert_eq!(range(5, 5).count(), 0);
        assert!(range_step(0, 5, 0).is_err());
        assert_eq!(range_by(i64::MAX - 1, i64::MAX, 5).count(), 1);
    }

    fn ints(r: Range) -> Vec<i64> {
        r.map(|i| i.as_i64().unwrap()).collect()
    }

    #[test]
    fn range_values() {
        let r = PyRange::by(1, 11, 3);
        assert_eq!(ints(r.iter()), [1, 4, 7, 10]);
        assert_eq!(r.len().unwrap(), 4);
        assert_eq!(ints(r.reversed()), [10, 7, 4, 1]);
        assert_eq!(r.get(&Int::Small(-1)).unwrap(), Int::Small(10));
        assert!(r.get(&Int::Small(4)).is_err());
        assert!(r.contains(&Int::Small(7)) && !r.contains(&Int::Small(8)));
        assert_eq!(r.index(&Int::Small(7)).unwrap(), Int::Small(2));
        let back = r.slice(None, None, Some(&Int::Small(-1))).unwrap();
        assert_eq!(ints(back.iter()), [10, 7, 4, 1]);
        assert_eq!(crate::str(&back).to_string(), "range(10, -2, -3)");
        let mid = r
            .slice(Some(&Int::Small(1)), Some(&Int::Small(-1)), None)
            .unwrap();
        assert_eq!(crate::str(&mid).to_string(), "range(4, 10, 3)");
        assert_eq!(PyRange::new(0, 0), PyRange::new(5, 2));
        assert!(PyRange::stepped(0, 5, 0).is_err());
        let down = PyRange::by(5, 0, -2);
        assert_eq!(ints(down.iter()), [5, 3, 1]);
        assert!(down.contains(&Int::Small(1)) && !down.contains(&Int::Small(0)));
    }
}
