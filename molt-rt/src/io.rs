//! Standard output with CPython's buffering: line-buffered on a terminal,
//! block-buffered otherwise, flushed at exit.

use crate::display::PyDisplay;
use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Write};

const BLOCK: usize = 1 << 16;

struct Output {
    buf: String,
    line_buffered: bool,
}

thread_local! {
    static STDOUT: RefCell<Output> = RefCell::new(Output {
        buf: String::with_capacity(BLOCK),
        line_buffered: std::io::stdout().is_terminal(),
    });
    /// Whether `STDOUT` holds unwritten text: checked without touching the
    /// buffer, so a call from Rust into Python that printed nothing pays
    /// one thread-local read to flush.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

fn write_out(buf: &mut String) {
    let mut out = std::io::stdout().lock();
    // A closed pipe ends output silently, as `python app.py | head` does.
    let _ = out.write_all(buf.as_bytes()).and_then(|()| out.flush());
    buf.clear();
}

/// `print(*values, sep=sep, end=end)`.
pub fn print(values: &[&dyn PyDisplay], sep: &str, end: &str) {
    STDOUT.with(|cell| {
        let mut out = cell.borrow_mut();
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.buf.push_str(sep);
            }
            v.write_str(&mut out.buf);
        }
        out.buf.push_str(end);
        if out.buf.len() >= BLOCK || (out.line_buffered && out.buf.contains('\n')) {
            write_out(&mut out.buf);
        }
        PENDING.set(!out.buf.is_empty());
    })
}

/// `print(*items, sep=sep, end=end)`.
pub fn print_iter<T: PyDisplay>(items: impl Iterator<Item = T>, sep: &str, end: &str) {
    let items: Vec<T> = items.collect();
    let values: Vec<&dyn PyDisplay> = items.iter().map(|v| v as &dyn PyDisplay).collect();
    print(&values, sep, end)
}

/// The text `print(*values, sep=sep, end=end)` writes.
pub(crate) fn print_line(values: &[&dyn PyDisplay], sep: &str, end: &str) -> String {
    let mut text = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            text.push_str(sep);
        }
        v.write_str(&mut text);
    }
    text.push_str(end);
    text
}

/// `print(..., file=sys.stderr)`: standard error is unbuffered.
pub fn eprint(values: &[&dyn PyDisplay], sep: &str, end: &str) {
    let text = print_line(values, sep, end);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// `print(*items, file=sys.stderr)`.
pub fn eprint_iter<T: PyDisplay>(items: impl Iterator<Item = T>, sep: &str, end: &str) {
    let items: Vec<T> = items.collect();
    let values: Vec<&dyn PyDisplay> = items.iter().map(|v| v as &dyn PyDisplay).collect();
    eprint(&values, sep, end)
}

/// Writes buffered standard output.
#[inline]
pub fn flush() {
    if PENDING.get() {
        flush_pending();
    }
}

#[cold]
fn flush_pending() {
    STDOUT.with(|cell| write_out(&mut cell.borrow_mut().buf));
    PENDING.set(false);
}

/// Writes a line to standard error, after what standard output holds.
pub fn eprint_line(line: &str) {
    flush();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// `print(...)` with Python's keyword arguments:
/// `py_print!(a, b)`, `py_print!(a, b; sep = ", ")`, `py_print!(a; end = "")`,
/// `py_print!(a; sep = "-", end = "!")`.
#[macro_export]
macro_rules! py_print {
    ($($arg:expr),* ; sep = $sep:expr, end = $end:expr) => {
        $crate::io::print(&[$(&$arg as &dyn $crate::PyDisplay),*], $sep, $end)
    };
    ($($arg:expr),* ; sep = $sep:expr) => {
        $crate::io::print(&[$(&$arg as &dyn $crate::PyDisplay),*], $sep, "\n")
    };
    ($($arg:expr),* ; end = $end:expr) => {
        $crate::io::print(&[$(&$arg as &dyn $crate::PyDisplay),*], " ", $end)
    };
    ($($arg:expr),* $(,)?) => {
        $crate::io::print(&[$(&$arg as &dyn $crate::PyDisplay),*], " ", "\n")
    };
}

/// `print(..., file=sys.stderr)`, with the arguments of `py_print!`.
#[macro_export]
macro_rules! py_eprint {
    ($($arg:expr),* ; sep = $sep:expr, end = $end:expr) => {
        $crate::io::eprint(&[$(&$arg as &dyn $crate::PyDisplay),*], $sep, $end)
    };
    ($($arg:expr),* ; sep = $sep:expr) => {
        $crate::io::eprint(&[$(&$arg as &dyn $crate::PyDisplay),*], $sep, "\n")
    };
    ($($arg:expr),* ; end = $end:expr) => {
        $crate::io::eprint(&[$(&$arg as &dyn $crate::PyDisplay),*], " ", $end)
    };
    ($($arg:expr),* $(,)?) => {
        $crate::io::eprint(&[$(&$arg as &dyn $crate::PyDisplay),*], " ", "\n")
    };
}

/// `input(prompt)`: one line of standard input without its newline;
/// EOFError at the end of input, as CPython raises.
pub fn input(prompt: Option<&str>) -> crate::PyResult<crate::Str> {
    if let Some(p) = prompt {
        STDOUT.with(|cell| cell.borrow_mut().buf.push_str(p));
        PENDING.set(true);
    }
    flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(crate::PyErr::new(
            crate::ExcKind::EOFError,
            "EOF when reading a line",
        )),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(crate::Str::from(line))
        }
    }
}
