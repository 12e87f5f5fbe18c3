//! `sys.argv`: the program's command line, one shared list as in CPython
//! (a program that pops from it sees the change on its next read).
//! `sys.argv[0]` is the executable as it was invoked, where CPython has
//! the script's path.

use crate::{List, Str};
use std::sync::OnceLock;

/// The command line set by [`set_args`], if any.
static ARGS: OnceLock<Vec<String>> = OnceLock::new();

thread_local! {
    static ARGV: List<Str> = List::from(match ARGS.get() {
        Some(args) => args.iter().map(|a| Str::from(a.as_str())).collect::<Vec<_>>(),
        None => std::env::args_os()
            .map(|a| Str::from(a.to_string_lossy().into_owned()))
            .collect(),
    });
}

/// Sets the command line `sys.argv` gives, before the program first reads
/// it: for a host (a test harness, a Rust program embedding the module)
/// whose own arguments are not the program's. Later calls are ignored.
pub fn set_args(args: Vec<String>) {
    let _ = ARGS.set(args);
}

/// `sys.argv`.
pub fn argv() -> List<Str> {
    ARGV.with(List::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argv_is_one_shared_list() {
        let first = argv();
        let n = first.len();
        first.append(Str::from("extra"));
        assert_eq!(argv().len(), n + 1);
    }
}
