//! `range(...)` as a Rust iterator of `Int`, on machine words when the
//! bounds fit and on big integers otherwise.

use crate::exc::{value_error, PyResult};
use crate::int::Int;

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
    let step = step.into();
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make(start.into(), stop.into(), step))
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
}
