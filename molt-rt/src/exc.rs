//! Python exceptions as a Rust error value.
//!
//! Generated functions that can raise return `PyResult<T>`; `?` propagates
//! an exception to the caller exactly where CPython would unwind.

use crate::display::PyDisplay;
use crate::obj::Obj;
use crate::str::Str;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

macro_rules! exc_kinds {
    ($($(#[$doc:meta])* $kind:ident,)*) => {
        /// The builtin exception classes, with CPython's hierarchy.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind {
            $($(#[$doc])* $kind,)*
        }

        /// Every builtin exception class.
        pub const ALL: &[ExcKind] = &[$(ExcKind::$kind),*];

        impl ExcKind {
            /// The class name CPython prints.
            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$kind => stringify!($kind),)*
                }
            }
        }
    };
}

exc_kinds! {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    FloatingPointError,
    AssertionError,
    AttributeError,
    BufferError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    NameError,
    UnboundLocalError,
    OSError,
    FileNotFoundError,
    FileExistsError,
    PermissionError,
    IsADirectoryError,
    NotADirectoryError,
    TimeoutError,
    ConnectionError,
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
    /// The name the last line of a traceback shows: qualified by the
    /// module unless the class is a builtin.
    pub fn qualified_name(self) -> &'static str {
        match self {
            ExcKind::FrozenInstanceError => "dataclasses.FrozenInstanceError",
            k => k.name(),
        }
    }

    /// The direct base class, `None` for `BaseException`.
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
            ZeroDivisionError | OverflowError | FloatingPointError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            ModuleNotFoundError => ImportError,
            FrozenInstanceError => AttributeError,
            FileNotFoundError | FileExistsError | PermissionError | IsADirectoryError
            | NotADirectoryError | TimeoutError | ConnectionError => OSError,
            RecursionError | NotImplementedError => RuntimeError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            _ => Exception,
        })
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        ExcClass::Builtin(self).is_subclass_of(ExcClass::Builtin(other))
    }

    /// Looks a builtin exception class up by its Python name (`IOError`
    /// and `EnvironmentError` are CPython's aliases of `OSError`).
    pub fn from_name(name: &str) -> Option<ExcKind> {
        match name {
            "IOError" | "EnvironmentError" => Some(ExcKind::OSError),
            "FrozenInstanceError" => None,
            _ => ALL.iter().copied().find(|k| k.name() == name),
        }
    }
}

/// An exception class a program defines: its name and its base, which
/// leads to a builtin class. Classes are compared by name: a program is one
/// module, whose class names are unique.
#[derive(Debug)]
pub struct ExcType {
    pub name: &'static str,
    pub base: ExcClass,
}

/// An exception class: builtin, or defined by the program.
#[derive(Clone, Copy, Debug)]
pub enum ExcClass {
    Builtin(ExcKind),
    User(&'static ExcType),
}

impl ExcClass {
    pub fn name(self) -> &'static str {
        match self {
            ExcClass::Builtin(k) => k.name(),
            ExcClass::User(t) => t.name,
        }
    }

    /// The nearest builtin class at or above this one.
    pub fn builtin(self) -> ExcKind {
        let mut c = self;
        loop {
            match c {
                ExcClass::Builtin(k) => return k,
                ExcClass::User(t) => c = t.base,
            }
        }
    }

    fn base(self) -> Option<ExcClass> {
        match self {
            ExcClass::Builtin(k) => k.base().map(ExcClass::Builtin),
            ExcClass::User(t) => Some(t.base),
        }
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass_of(self, other: ExcClass) -> bool {
        let mut c = Some(self);
        while let Some(class) = c {
            if class == other {
                return true;
            }
            c = class.base();
        }
        false
    }
}

impl PartialEq for ExcClass {
    fn eq(&self, other: &ExcClass) -> bool {
        match (self, other) {
            (ExcClass::Builtin(a), ExcClass::Builtin(b)) => a == b,
            (ExcClass::User(a), ExcClass::User(b)) => a.name == b.name,
            _ => false,
        }
    }
}

/// `print(exc_type)`: `<class 'ValueError'>`.
impl crate::PyDisplay for ExcClass {
    fn write_str(&self, out: &mut String) {
        match self {
            ExcClass::Builtin(k) => out.push_str(&format!("<class '{}'>", k.name())),
            ExcClass::User(t) => out.push_str(&format!("<class '__main__.{}'>", t.name)),
        }
    }

    fn format_spec(&self, spec: &crate::text::format_spec::FormatSpec) -> Result<String, String> {
        let mut s = String::new();
        self.write_str(&mut s);
        crate::text::format_spec::format_str(&s, spec)
    }
}

impl From<ExcKind> for ExcClass {
    fn from(kind: ExcKind) -> ExcClass {
        ExcClass::Builtin(kind)
    }
}

impl From<&'static ExcType> for ExcClass {
    fn from(t: &'static ExcType) -> ExcClass {
        ExcClass::User(t)
    }
}

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
/// Cloning shares the exception, as Python's references to one do.
#[derive(Clone)]
pub struct PyErr(Rc<ErrState>);

struct ErrState {
    class: ExcClass,
    /// `e.args`; `None` while it is just `(message,)` (or `()` when the
    /// message is empty), the common case, built only when read.
    args: Option<Vec<Obj>>,
    /// `str(e)`.
    message: String,
    exit: Option<ExitArg>,
    /// The instance of a class the program defines, with its fields.
    instance: Option<Rc<dyn Any>>,
    /// `raise ... from cause`.
    cause: RefCell<Option<PyErr>>,
    /// The exception being handled when this one was raised.
    context: RefCell<Option<PyErr>>,
    /// Set by `raise ... from ...`: the traceback shows only the cause.
    suppress_context: Cell<bool>,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    fn build(class: ExcClass, message: String) -> ErrState {
        ErrState {
            class,
            args: None,
            message,
            exit: None,
            instance: None,
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
        }
    }

    /// An exception of a builtin class with `str(e) == message`.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr(Rc::new(Self::build(
            ExcClass::Builtin(kind),
            message.into(),
        )))
    }

    /// `Class(message)` with a str message.
    pub fn with_message(class: impl Into<ExcClass>, message: impl Into<String>) -> PyErr {
        PyErr(Rc::new(Self::build(class.into(), message.into())))
    }

    /// `Class(*args)` for a builtin or user class without fields:
    /// `str(e)` is CPython's, from the arguments.
    pub fn with_args(class: impl Into<ExcClass>, args: Vec<Obj>) -> PyErr {
        let class = class.into();
        let message = args_str(class, &args);
        let mut state = Self::build(class, message);
        state.args = Some(args);
        PyErr(Rc::new(state))
    }

    /// A builtin exception whose `str()` is not made from its arguments:
    /// an OSError's `[Errno 2] No such file or directory: 'x'`.
    pub fn with_args_and_message(kind: ExcKind, args: Vec<Obj>, message: String) -> PyErr {
        let mut state = Self::build(ExcClass::Builtin(kind), message);
        state.args = Some(args);
        PyErr(Rc::new(state))
    }

    /// An instance of an exception class the program defines, with its
    /// fields: `args` is the tuple its `__init__` passed to
    /// `super().__init__` (or the constructor's arguments), `message` its
    /// `__str__()` if the class defines one.
    pub fn from_instance<T: Any>(
        class: &'static ExcType,
        instance: Rc<T>,
        args: Obj,
        message: Option<String>,
    ) -> PyErr {
        let args = match args {
            Obj::Tuple(items) => items.to_vec(),
            other => vec![other],
        };
        let message = message.unwrap_or_else(|| args_str(ExcClass::User(class), &args));
        let mut state = Self::build(ExcClass::User(class), message);
        state.args = Some(args);
        state.instance = Some(instance);
        PyErr(Rc::new(state))
    }

    /// The StopIteration that ends a generator which returned `value`:
    /// `str(e)` is `str(value)`, and `e.value` reads it back. A generator
    /// that returns None raises a bare StopIteration, as in CPython.
    pub fn stop_iteration<R: PyDisplay + Any>(value: R) -> PyErr {
        if (&value as &dyn Any).is::<()>() {
            return PyErr::new(ExcKind::StopIteration, "");
        }
        let message = crate::str(&value).to_string();
        let mut state = Self::build(ExcClass::Builtin(ExcKind::StopIteration), message);
        state.instance = Some(Rc::new(value));
        PyErr(Rc::new(state))
    }

    /// `e.value` of a StopIteration: what the generator returned, `None`
    /// when it returned None (or the exception came from elsewhere).
    pub fn stop_value<R: Any + Clone>(&self) -> Option<R> {
        self.instance::<R>().map(|v| (*v).clone())
    }

    /// `SystemExit` raised by `sys.exit(arg)`.
    pub fn system_exit(arg: ExitArg) -> PyErr {
        let message = match &arg {
            ExitArg::None => String::new(),
            ExitArg::Code(c) => c.to_string(),
            ExitArg::Message(m) => m.clone(),
        };
        let mut state = Self::build(ExcClass::Builtin(ExcKind::SystemExit), message);
        state.exit = Some(arg);
        PyErr(Rc::new(state))
    }

    /// The nearest builtin class of this exception.
    pub fn kind(&self) -> ExcKind {
        self.0.class.builtin()
    }

    pub fn class(&self) -> ExcClass {
        self.0.class
    }

    /// `type(e).__name__`.
    pub fn class_name(&self) -> &'static str {
        self.0.class.name()
    }

    /// `str(e)`.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// `e.args`.
    pub fn args(&self) -> Vec<Obj> {
        match &self.0.args {
            Some(args) => args.clone(),
            None if self.0.message.is_empty() => Vec::new(),
            None => vec![Obj::Str(Str::from(self.0.message.as_str()))],
        }
    }

    /// `repr(e)`: `ValueError('bad')`.
    pub fn repr(&self) -> String {
        let args = self.args();
        let inner: Vec<String> = args.iter().map(|a| crate::repr(a).to_string()).collect();
        format!("{}({})", self.class_name(), inner.join(", "))
    }

    /// The instance of the program's exception class `T`, when this
    /// exception is one.
    pub fn instance<T: Any>(&self) -> Option<Rc<T>> {
        self.0.instance.clone()?.downcast::<T>().ok()
    }

    /// The instance of class `T` this exception carries. Molt's types
    /// guarantee it: an exception typed by a class with fields is one.
    pub fn carried<T: Any>(&self) -> Rc<T> {
        self.instance::<T>()
            .expect("an exception of a class with fields carries its instance")
    }

    /// The `sys.exit` argument when this is a `SystemExit`.
    pub fn exit_arg(&self) -> Option<&ExitArg> {
        self.0.exit.as_ref()
    }

    /// Whether `except class:` catches this exception.
    pub fn matches(&self, class: impl Into<ExcClass>) -> bool {
        self.0.class.is_subclass_of(class.into())
    }

    /// `e.__cause__`.
    pub fn cause(&self) -> Option<PyErr> {
        self.0.cause.borrow().clone()
    }

    /// `e.__suppress_context__`.
    pub fn suppress_context(&self) -> bool {
        self.0.suppress_context.get()
    }

    /// `e.__context__`.
    pub fn context(&self) -> Option<PyErr> {
        self.0.context.borrow().clone()
    }

    /// `raise self from cause` (`None` for `from None`).
    pub fn with_cause(self, cause: Option<PyErr>) -> PyErr {
        *self.0.cause.borrow_mut() = cause;
        self.0.suppress_context.set(true);
        self
    }

    /// Raising this exception while `handled` is being handled: CPython
    /// records it as the new exception's `__context__`, unless that would
    /// make a cycle or the exception is the one being handled.
    pub fn during(self, handled: &PyErr) -> PyErr {
        if Rc::ptr_eq(&self.0, &handled.0) || self.0.context.borrow().is_some() {
            return self;
        }
        let mut c = Some(handled.clone());
        while let Some(e) = c {
            if Rc::ptr_eq(&e.0, &self.0) {
                return self;
            }
            c = e.context();
        }
        *self.0.context.borrow_mut() = Some(handled.clone());
        self
    }

    /// `e is other`.
    pub fn is(&self, other: &PyErr) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// The last line of CPython's traceback for this exception.
    pub fn traceback_line(&self) -> String {
        let name = match self.0.class {
            ExcClass::Builtin(k) => k.qualified_name(),
            ExcClass::User(t) => t.name,
        };
        if self.0.message.is_empty() {
            name.to_string()
        } else {
            format!("{}: {}", name, self.0.message)
        }
    }

    /// The whole report of an uncaught exception: its causes and contexts
    /// first, as CPython prints them (without source lines).
    pub fn traceback(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let chained = if self.0.suppress_context.get() {
            self.cause().map(|c| (c, CAUSE))
        } else {
            self.context().map(|c| (c, CONTEXT))
        };
        if let Some((earlier, joint)) = chained {
            lines.extend(earlier.traceback());
            lines.push(String::new());
            lines.push(joint.to_string());
            lines.push(String::new());
        }
        lines.push("Traceback (most recent call last):".to_string());
        lines.push(self.traceback_line());
        lines
    }
}

const CAUSE: &str = "The above exception was the direct cause of the following exception:";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:";

/// `str(e)` from the arguments: empty, the one argument's `str()`, or the
/// tuple's repr. KeyError shows its one argument's repr.
fn args_str(class: ExcClass, args: &[Obj]) -> String {
    match args {
        [] => String::new(),
        [one] if class.builtin() == ExcKind::KeyError => crate::repr(one).to_string(),
        [one] => crate::str(one).to_string(),
        many => crate::repr(&Obj::Tuple(many.iter().cloned().collect())).to_string(),
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.traceback_line())
    }
}

impl PartialEq for PyErr {
    fn eq(&self, other: &PyErr) -> bool {
        self.0.class == other.0.class && self.0.message == other.0.message
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.traceback_line())
    }
}

impl std::error::Error for PyErr {}

/// `print(e)`, `str(e)`, `repr(e)` and f-strings of a caught exception.
impl crate::PyDisplay for PyErr {
    fn write_str(&self, out: &mut String) {
        out.push_str(self.message())
    }

    fn write_repr(&self, out: &mut String) {
        out.push_str(&self.repr())
    }

    fn format_spec(&self, spec: &crate::text::format_spec::FormatSpec) -> Result<String, String> {
        crate::text::format_spec::format_str(self.message(), spec)
    }
}

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

/// `KeyError(key)` raised by a lookup: `e.args[0]` is the key itself when
/// it is a run-time value type (an int, str, ...), else its repr.
pub fn key_error<K: crate::PyDisplay + Any>(key: &K) -> PyErr {
    let any = key as &dyn Any;
    let arg = if let Some(s) = any.downcast_ref::<Str>() {
        Obj::Str(s.clone())
    } else if let Some(i) = any.downcast_ref::<crate::Int>() {
        Obj::Int(i.clone())
    } else if let Some(o) = any.downcast_ref::<Obj>() {
        o.clone()
    } else {
        return PyErr::new(ExcKind::KeyError, crate::repr(key).to_string());
    };
    PyErr::with_args(ExcKind::KeyError, vec![arg])
}

/// `UnboundLocalError` for a local read before assignment.
pub fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NameError` for a module-level name read before assignment; for a
/// class attribute (`Class.attr`, which Molt keeps as a module-level
/// name) the `AttributeError` CPython raises.
pub fn name_error(name: &str) -> PyErr {
    match name.split_once('.') {
        Some((class, attr)) => PyErr::new(
            ExcKind::AttributeError,
            format!("type object '{class}' has no attribute '{attr}'"),
        ),
        None => PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined")),
    }
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
