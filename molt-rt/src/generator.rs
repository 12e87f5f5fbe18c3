//! A generator that can be sent values, thrown into and closed.
//!
//! Most generators only yield; they are plain [`PyIter`]s. One that
//! receives values (`x = yield v`), returns a value, or yields inside
//! `try`/`with` is a `Generator<Y, S, R>` instead: its body is a state
//! machine called with how it is resumed (a value sent, or an exception
//! thrown in at the paused `yield`) that says how it stopped. The handle
//! is shared, like every Python object; when the last handle goes, a
//! generator paused inside `try` is closed, so its `finally` blocks run as
//! they do when CPython frees it.
//!
//! [`PyIter`]: crate::PyIter

use crate::display::PyDisplay;
use crate::exc::{ExcKind, PyErr, PyResult};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// How a paused generator is resumed.
pub enum Resume<S> {
    /// `send(value)`; `None` is Python's `None`, which `next()` sends.
    Send(Option<S>),
    /// `throw(exc)` or `close()`: the exception is raised at the `yield`.
    Throw(PyErr),
}

impl<S> Resume<S> {
    /// Takes the resumption, leaving `send(None)`: the body reads it once.
    pub fn take(&mut self) -> Resume<S> {
        std::mem::replace(self, Resume::Send(None))
    }

    /// The value sent, or the exception thrown in, raised.
    pub fn sent(self) -> PyResult<Option<S>> {
        match self {
            Resume::Send(v) => Ok(v),
            Resume::Throw(e) => Err(e),
        }
    }

    /// The resumption passed on to a sub-generator whose send type differs
    /// (`yield from` of a generator that is only ever sent None).
    pub fn without_value<T>(self) -> Resume<T> {
        match self {
            Resume::Send(_) => Resume::Send(None),
            Resume::Throw(e) => Resume::Throw(e),
        }
    }
}

/// How the body stopped.
pub enum Step<Y, R> {
    Yield(Y),
    Return(R),
    Raise(PyErr),
}

type Body<Y, S, R> = Box<dyn FnMut(Resume<S>) -> Step<Y, R>>;

enum State<Y, S, R> {
    /// Created, not started: `send` must send `None`.
    Fresh(Body<Y, S, R>),
    Paused(Body<Y, S, R>),
    /// Running: resuming it again is CPython's ValueError.
    Running,
    Done,
}

struct Frame<Y, S, R>(RefCell<State<Y, S, R>>);

pub struct Generator<Y, S, R>(Rc<Frame<Y, S, R>>);

impl<Y, S, R> Clone for Generator<Y, S, R> {
    /// Another handle to the same generator.
    fn clone(&self) -> Self {
        Generator(Rc::clone(&self.0))
    }
}

impl<Y, S, R> Generator<Y, S, R> {
    pub fn new(body: impl FnMut(Resume<S>) -> Step<Y, R> + 'static) -> Self {
        Generator(Rc::new(Frame(RefCell::new(State::Fresh(Box::new(body))))))
    }

    /// Runs the body once; `Done` afterwards unless it yielded.
    fn resume(&self, how: Resume<S>) -> Option<Step<Y, R>> {
        let state = std::mem::replace(&mut *self.0 .0.borrow_mut(), State::Running);
        let body = match (state, how) {
            // Thrown into before it started: it never runs.
            (State::Fresh(_), Resume::Throw(e)) => {
                *self.0 .0.borrow_mut() = State::Done;
                return Some(Step::Raise(e));
            }
            (State::Fresh(b) | State::Paused(b), how) => (b, how),
            (State::Running, _) => {
                return Some(Step::Raise(PyErr::new(
                    ExcKind::ValueError,
                    "generator already executing",
                )))
            }
            (State::Done, _) => {
                *self.0 .0.borrow_mut() = State::Done;
                return None;
            }
        };
        let (mut body, how) = body;
        let step = body(how);
        *self.0 .0.borrow_mut() = match step {
            Step::Yield(_) => State::Paused(body),
            _ => State::Done,
        };
        Some(step)
    }

    fn is_fresh(&self) -> bool {
        matches!(*self.0 .0.borrow(), State::Fresh(_))
    }

    fn finish(&self) {
        *self.0 .0.borrow_mut() = State::Done;
    }

    /// The next item (`next(g)`, a `for` loop), or `None` once it is
    /// exhausted; a returned value is dropped.
    pub fn next_opt(&self) -> PyResult<Option<Y>> {
        match self.resume(Resume::Send(None)) {
            Some(Step::Yield(y)) => Ok(Some(y)),
            Some(Step::Return(_)) | None => Ok(None),
            Some(Step::Raise(e)) => Err(e),
        }
    }

    /// `next(g)`: StopIteration (carrying a returned value) once exhausted.
    pub fn next_item(&self) -> PyResult<Y>
    where
        R: PyDisplay + Any,
    {
        self.outcome(Resume::Send(None))
    }

    /// `next(g, default)`.
    pub fn next_or(&self, default: Y) -> PyResult<Y> {
        Ok(self.next_opt()?.unwrap_or(default))
    }

    /// `g.send(value)`.
    pub fn send(&self, value: S) -> PyResult<Y>
    where
        R: PyDisplay + Any,
    {
        if self.is_fresh() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "can't send non-None value to a just-started generator",
            ));
        }
        self.outcome(Resume::Send(Some(value)))
    }

    /// `g.send(None)`.
    pub fn send_none(&self) -> PyResult<Y>
    where
        R: PyDisplay + Any,
    {
        self.outcome(Resume::Send(None))
    }

    /// `g.throw(exc)`: raised at the paused `yield`; a generator not
    /// started yet (or finished) raises it straight back.
    pub fn throw(&self, exc: PyErr) -> PyResult<Y>
    where
        R: PyDisplay + Any,
    {
        match self.resume(Resume::Throw(exc.clone())) {
            None => Err(exc),
            Some(step) => Self::settle(step),
        }
    }

    /// `g.close()`: GeneratorExit at the paused `yield`, which the
    /// generator must let out (or return).
    pub fn close(&self) -> PyResult<()> {
        if self.is_fresh() {
            self.finish();
            return Ok(());
        }
        match self.resume(Resume::Throw(PyErr::new(ExcKind::GeneratorExit, ""))) {
            Some(Step::Yield(_)) => Err(PyErr::new(
                ExcKind::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Some(Step::Raise(e))
                if !(e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration)) =>
            {
                Err(e)
            }
            _ => Ok(()),
        }
    }

    /// One step of `yield from` this generator: `how` the delegating
    /// generator was resumed is passed on. A generator that has finished
    /// already gives None, which only a generator returning None can.
    pub fn delegate(&self, how: Resume<S>) -> Step<Y, R>
    where
        R: Any,
    {
        match self.resume(how) {
            Some(step) => step,
            None => match (Box::new(()) as Box<dyn Any>).downcast::<R>() {
                Ok(none) => Step::Return(*none),
                Err(_) => Step::Raise(PyErr::new(
                    ExcKind::TypeError,
                    "`yield from` a generator that has already returned: its value is gone",
                )),
            },
        }
    }

    fn outcome(&self, how: Resume<S>) -> PyResult<Y>
    where
        R: PyDisplay + Any,
    {
        match self.resume(how) {
            None => Err(PyErr::new(ExcKind::StopIteration, "")),
            Some(step) => Self::settle(step),
        }
    }

    fn settle(step: Step<Y, R>) -> PyResult<Y>
    where
        R: PyDisplay + Any,
    {
        match step {
            Step::Yield(y) => Ok(y),
            Step::Return(r) => Err(PyErr::stop_iteration(r)),
            Step::Raise(e) => Err(e),
        }
    }
}

impl<Y, S, R> Iterator for Generator<Y, S, R> {
    type Item = PyResult<Y>;

    fn next(&mut self) -> Option<PyResult<Y>> {
        self.next_opt().transpose()
    }
}

impl<Y, S, R> Drop for Frame<Y, S, R> {
    /// The last handle is gone: a paused generator is closed, running its
    /// `finally` blocks; what they raise is ignored, as CPython ignores it.
    fn drop(&mut self) {
        if let State::Paused(mut body) = std::mem::replace(self.0.get_mut(), State::Done) {
            let _ = body(Resume::Throw(PyErr::new(ExcKind::GeneratorExit, "")));
        }
    }
}

/// The TypeError for `None` arriving where a generator's `yield` expects
/// a value of its declared send type.
pub fn none_sent(expected: &str) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "the generator expects a {expected} to be sent, but was resumed with None \
             (next() or send(None)); declare its send type Optional"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `def g(): x = yield 1; yield x * 10; return x`, by hand.
    fn echo() -> Generator<i64, i64, f64> {
        let mut state = 0;
        let mut x: i64 = 0;
        Generator::new(move |mut how: Resume<i64>| match state {
            0 => {
                state = 1;
                Step::Yield(1)
            }
            1 => match how.take().sent() {
                Ok(v) => {
                    x = v.unwrap_or(0);
                    state = 2;
                    Step::Yield(x * 10)
                }
                Err(e) => Step::Raise(e),
            },
            _ => Step::Return(x as f64),
        })
    }

    #[test]
    fn send_then_return_value() {
        let g = echo();
        assert_eq!(
            g.send(5).unwrap_err().message(),
            "can't send non-None value to a just-started generator"
        );
        let g = echo();
        assert_eq!(g.next_item().unwrap(), 1);
        assert_eq!(g.send(4).unwrap(), 40);
        let stop = g.next_item().unwrap_err();
        assert!(stop.matches(ExcKind::StopIteration));
        assert_eq!(stop.message(), "4.0");
        assert_eq!(stop.stop_value::<f64>(), Some(4.0));
        assert!(g.next_opt().unwrap().is_none());
    }

    #[test]
    fn throw_and_close() {
        let g = echo();
        g.next_item().unwrap();
        let e = g.throw(PyErr::new(ExcKind::KeyError, "k")).unwrap_err();
        assert!(e.matches(ExcKind::KeyError));
        assert!(g.next_opt().unwrap().is_none());
        let g = echo();
        assert!(g.close().is_ok());
        assert!(g.next_opt().unwrap().is_none());
        let g = echo();
        g.next_item().unwrap();
        assert!(g.close().is_ok());
    }
}
