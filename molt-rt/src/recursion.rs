//! CPython's recursion limit. A function that can call itself (directly or
//! through others) counts its frames here, and raises RecursionError
//! where CPython would instead of overflowing the native stack.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use std::cell::Cell;

thread_local! {
    /// How many more frames the limit allows: one cell, so that entering
    /// and leaving a frame cost one thread-local access each.
    static HEADROOM: Cell<u32> = const { Cell::new(DEFAULT_LIMIT - 1) };
    /// `sys.getrecursionlimit()`: the module's own frame counts too.
    static LIMIT: Cell<u32> = const { Cell::new(DEFAULT_LIMIT) };
}

const DEFAULT_LIMIT: u32 = 1000;

/// One frame of a recursive function, left when dropped.
#[must_use = "the frame ends when this guard is dropped"]
pub struct Frame(());

/// Enters a frame of a recursive function.
#[inline]
pub fn enter() -> PyResult<Frame> {
    HEADROOM.with(|h| match h.get() {
        0 => Err(exceeded()),
        n => {
            h.set(n - 1);
            Ok(Frame(()))
        }
    })
}

#[cold]
fn exceeded() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

impl Drop for Frame {
    #[inline]
    fn drop(&mut self) {
        HEADROOM.with(|h| h.set(h.get() + 1));
    }
}

/// `sys.setrecursionlimit(n)`.
pub fn set_limit(n: &Int) -> PyResult<()> {
    match n.as_i64() {
        Some(v) if v >= 1 => {
            let new = v.min(u32::MAX as i64) as u32;
            let old = LIMIT.with(|l| l.replace(new));
            // Frames already entered keep counting against the new limit.
            HEADROOM.with(|h| h.set((h.get() + new).saturating_sub(old)));
            Ok(())
        }
        Some(_) => Err(PyErr::new(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        )),
        None => Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn down(n: u32) -> PyResult<u32> {
        let _frame = enter()?;
        if n == 0 {
            Ok(0)
        } else {
            down(n - 1)
        }
    }

    #[test]
    fn limit_counts_frames_like_cpython() {
        // `f(998)` runs 999 frames of f under the module's: 1000 in all.
        assert!(down(998).is_ok());
        let err = down(999).unwrap_err();
        assert_eq!(
            err.traceback_line(),
            "RecursionError: maximum recursion depth exceeded"
        );
        assert_eq!(HEADROOM.with(Cell::get), DEFAULT_LIMIT - 1);
        set_limit(&Int::from(5000)).unwrap();
        assert!(down(4998).is_ok());
        set_limit(&Int::from(1000)).unwrap();
    }
}
