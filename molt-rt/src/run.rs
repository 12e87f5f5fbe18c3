//! Running a translated program: the entry point of a generated `main`.

use crate::exc::{ExitArg, PyErr, PyResult};
use crate::io;

/// Stack for the program's thread. CPython's frames live on the heap; deep
/// recursion that CPython allows must not overflow a native 8 MiB stack.
#[cfg(not(target_family = "wasm"))]
const STACK_SIZE: usize = 1 << 30;

/// Runs a module's top-level code and exits the process like CPython:
/// status 0, the `sys.exit` status, or 1 after printing an uncaught
/// exception to stderr.
pub fn run_main(module_main: fn() -> PyResult<()>) -> ! {
    let status = run_on_big_stack(move || exit_status(module_main()));
    std::process::exit(status)
}

#[cfg(not(target_family = "wasm"))]
fn run_on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    match std::thread::Builder::new().stack_size(STACK_SIZE).spawn(f) {
        Ok(handle) => handle.join().unwrap_or(101),
        Err(_) => 101,
    }
}

#[cfg(target_family = "wasm")]
fn run_on_big_stack(f: impl FnOnce() -> i32) -> i32 {
    f()
}

/// Flushes output and turns the program's outcome into an exit status.
pub fn exit_status(result: PyResult<()>) -> i32 {
    io::flush();
    match result {
        Ok(()) => 0,
        Err(err) => report(&err),
    }
}

fn report(err: &PyErr) -> i32 {
    match err.exit_arg() {
        Some(ExitArg::None) => 0,
        Some(ExitArg::Code(code)) => *code as i32,
        Some(ExitArg::Message(message)) => {
            io::eprint_line(message);
            1
        }
        None => {
            for line in err.traceback() {
                io::eprint_line(&line);
            }
            1
        }
    }
}

/// Ends the program as an uncaught exception would, from a place that
/// cannot return an error (such as displaying a value).
pub fn fatal(err: PyErr) -> ! {
    std::process::exit(report(&err))
}
