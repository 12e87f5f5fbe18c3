//! Python exceptions as a Rust error value.
//!
//! Generated functions that can raise return `PyResult<T>`; `?` propagates
//! an exception to the caller exactly where CPython would unwind.

use std::fmt;

/// The builtin exception classes, with CPython's hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    AssertionError,
    AttributeError,
    LookupError,
    IndexError,
    KeyError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    StopIteration,
    MemoryError,
    EOFError,
    /// `dataclasses.FrozenInstanceError`: assigning a field of a frozen
    /// dataclass.
    FrozenInstanceError,
}

impl ExcKind {
    /// The class name CPython prints.
    pub fn name(self) -> &'static str {
        use ExcKind::*;
        match self {
            BaseException => "BaseException",
            SystemExit => "SystemExit",
            KeyboardInterrupt => "KeyboardInterrupt",
            Exception => "Exception",
            ArithmeticError => "ArithmeticError",
            ZeroDivisionError => "ZeroDivisionError",
            OverflowError => "OverflowError",
            AssertionError => "AssertionError",
            AttributeError => "AttributeError",
            LookupError => "LookupError",
            IndexError => "IndexError",
            KeyError => "KeyError",
            NameError => "NameError",
            UnboundLocalError => "UnboundLocalError",
            RuntimeError => "RuntimeError",
            RecursionError => "RecursionError",
            NotImplementedError => "NotImplementedError",
            TypeError => "TypeError",
            ValueError => "ValueError",
            UnicodeError => "UnicodeError",
            UnicodeDecodeError => "UnicodeDecodeError",
            UnicodeEncodeError => "UnicodeEncodeError",
            StopIteration => "StopIteration",
            MemoryError => "MemoryError",
            EOFError => "EOFError",
            FrozenInstanceError => "dataclasses.FrozenInstanceError",
        }
    }

    /// The direct base class, `None` for `BaseException`.
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | Exception => BaseException,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            FrozenInstanceError => AttributeError,
            RecursionError | NotImplementedError => RuntimeError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            _ => Exception,
        })
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(kind) = k {
            if kind == other {
                return true;
            }
            k = kind.base();
        }
        false
    }

    /// Looks a builtin exception class up by its Python name.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        ALL.iter().copied().find(|k| k.name() == name)
    }
}

const ALL: [ExcKind; 26] = {
    use ExcKind::*;
    [
        BaseException,
        SystemExit,
        KeyboardInterrupt,
        Exception,
        ArithmeticError,
        ZeroDivisionError,
        OverflowError,
        AssertionError,
        AttributeError,
        LookupError,
        IndexError,
        KeyError,
        NameError,
        UnboundLocalError,
        RuntimeError,
        RecursionError,
        NotImplementedError,
        TypeError,
        ValueError,
        UnicodeError,
        UnicodeDecodeError,
        UnicodeEncodeError,
        StopIteration,
        MemoryError,
        EOFError,
        FrozenInstanceError,
    ]
};

/// What `sys.exit(arg)` was given.
#[derive(Clone, Debug, PartialEq)]
pub enum ExitArg {
    /// `sys.exit()`, `sys.exit(None)`: status 0.
    None,
    /// `sys.exit(n)`.
    Code(i64),
    /// `sys.exit("message")`: printed to stderr, status 1.
    Message(String),
}

/// A raised Python exception. Boxed so that `PyResult<T>` stays small.
#[derive(Clone, Debug, PartialEq)]
pub struct PyErr(Box<ErrState>);

#[derive(Clone, Debug, PartialEq)]
struct ErrState {
    kind: ExcKind,
    message: String,
    exit: Option<ExitArg>,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An exception of a builtin class with `str(e) == message`.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrState {
            kind,
            message: message.into(),
            exit: None,
        }))
    }

    /// `SystemExit` raised by `sys.exit(arg)`.
    pub fn system_exit(arg: ExitArg) -> PyErr {
        let message = match &arg {
            ExitArg::None => String::new(),
            ExitArg::Code(c) => c.to_string(),
            ExitArg::Message(m) => m.clone(),
        };
        PyErr(Box::new(ErrState {
            kind: ExcKind::SystemExit,
            message,
            exit: Some(arg),
        }))
    }

    pub fn kind(&self) -> ExcKind {
        self.0.kind
    }

    /// `str(e)`.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The `sys.exit` argument when this is a `SystemExit`.
    pub fn exit_arg(&self) -> Option<&ExitArg> {
        self.0.exit.as_ref()
    }

    /// Whether `except kind:` catches this exception.
    pub fn matches(&self, kind: ExcKind) -> bool {
        self.0.kind.is_subclass_of(kind)
    }

    /// The last line of CPython's traceback for this exception.
    pub fn traceback_line(&self) -> String {
        if self.0.message.is_empty() {
            self.0.kind.name().to_string()
        } else {
            format!("{}: {}", self.0.kind.name(), self.0.message)
        }
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.traceback_line())
    }
}

impl std::error::Error for PyErr {}

/// Shorthands for raising the builtin exceptions the runtime raises itself.
pub fn zero_division(message: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, message)
}

pub fn overflow(message: &str) -> PyErr {
    PyErr::new(ExcKind::OverflowError, message)
}

pub fn value_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

/// A program reached a behaviour that CPython has but Molt does not
/// translate (for example a complex result). Raised loudly, never silent.
pub fn unsupported(message: &str) -> PyErr {
    PyErr::new(ExcKind::NotImplementedError, format!("molt: {message}"))
}

/// `UnboundLocalError` for a local read before assignment.
pub fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NameError` for a module-level name read before assignment.
pub fn name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert!(ExcKind::ZeroDivisionError.is_subclass_of(ExcKind::ArithmeticError));
        assert!(ExcKind::KeyError.is_subclass_of(ExcKind::LookupError));
        assert!(ExcKind::KeyError.is_subclass_of(ExcKind::Exception));
        assert!(!ExcKind::SystemExit.is_subclass_of(ExcKind::Exception));
        assert_eq!(ExcKind::from_name("ValueError"), Some(ExcKind::ValueError));
    }

    #[test]
    fn traceback_line() {
        let e = zero_division("division by zero");
        assert_eq!(e.traceback_line(), "ZeroDivisionError: division by zero");
        assert_eq!(
            PyErr::new(ExcKind::AssertionError, "").traceback_line(),
            "AssertionError"
        );
    }
}
