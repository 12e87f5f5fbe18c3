//! Targets other than the host: how cargo builds for one on this machine,
//! and what runs the result.
//!
//! A target whose std is installed (`rustup target add`) builds with plain
//! `cargo build --target`. Without it, Debian's Rust (`rustc-web`,
//! `rust-web-src`) can build std from source with `-Zbuild-std`; Molt takes
//! that route by itself, so `molt build --target` works either way.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The targets Molt builds for, with what each needs besides rustc.
pub const TARGETS: &[Target] = &[
    Target {
        triple: "wasm32-wasip1",
        linker: Linker::RustLld,
        runner: Runner::Wasi,
    },
    Target {
        triple: "aarch64-unknown-linux-gnu",
        linker: Linker::Program("aarch64-linux-gnu-gcc"),
        runner: Runner::Qemu {
            program: "qemu-aarch64",
            sysroot: "/usr/aarch64-linux-gnu",
        },
    },
    Target {
        triple: "wasm32-unknown-unknown",
        linker: Linker::RustLld,
        runner: Runner::Embedder,
    },
];

pub struct Target {
    pub triple: &'static str,
    pub linker: Linker,
    pub runner: Runner,
}

pub enum Linker {
    /// The `rust-lld` rustup ships with each toolchain (or Debian's lld).
    RustLld,
    Program(&'static str),
}

pub enum Runner {
    /// A WASI runtime: wasmtime, or Node's `wasi` module.
    Wasi,
    /// qemu-user, with the target's C library under `sysroot`.
    Qemu {
        program: &'static str,
        sysroot: &'static str,
    },
    /// Loaded by JavaScript; nothing runs it on its own.
    Embedder,
}

/// Debian's toolchain, which can build std for any target from source.
pub const DEBIAN_CARGO: &str = "/usr/bin/cargo";
pub const DEBIAN_RUSTC: &str = "/usr/bin/rustc";
const DEBIAN_STD_SOURCE: &str = "/usr/lib/rustlib/src/rust/library";
/// Debian's `wasi-libc`, which the Debian route links wasm32-wasip1 with.
pub const DEBIAN_WASI_LIBC: &str = "/usr/lib/wasm32-wasi";

/// Whether Debian's build-std toolchain is installed.
pub fn debian_build_std() -> bool {
    Path::new(DEBIAN_CARGO).exists() && Path::new(DEBIAN_STD_SOURCE).exists()
}

pub fn find(triple: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.triple == triple)
}

/// How cargo builds for a target here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The host, or a target whose std rustc already has.
    Installed,
    /// Debian's cargo and rustc with `-Zbuild-std`.
    BuildStd,
}

/// Whether a program (a `main` that prints and exits) can be built for
/// `triple`. wasm32-unknown-unknown has no stdout, files, arguments or exit
/// status: its std writes nowhere, so a program built for it would run
/// and print nothing.
pub fn check_program_target(triple: Option<&str>) -> Result<(), String> {
    match triple.and_then(find) {
        Some(Target {
            triple,
            runner: Runner::Embedder,
            ..
        }) => Err(format!(
            "error: a program cannot be built for {triple}: it has no stdout, files, arguments or exit status, so it would print nothing\n  = help: build a command module with `--target wasm32-wasip1`, which runs under wasmtime, Node or a browser WASI shim"
        )),
        _ => Ok(()),
    }
}

/// Picks the route for `triple` (`None` is the host), or says what to
/// install.
pub fn route(triple: Option<&str>) -> Result<Route, String> {
    let Some(triple) = triple else {
        return Ok(Route::Installed);
    };
    if std_installed(triple) {
        return Ok(Route::Installed);
    }
    if debian_build_std() {
        return Ok(Route::BuildStd);
    }
    Err(format!(
        "error: the standard library for {triple} is not installed\n  = help: run `rustup target add {triple}` (or see `molt doctor`)"
    ))
}

/// Whether the active rustc has a std for `triple` (what `rustup target
/// add` installs).
fn std_installed(triple: &str) -> bool {
    let Ok(out) = Command::new("rustc")
        .args(["--print", "target-libdir", "--target", triple])
        .output()
    else {
        return false;
    };
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    out.status.success()
        && std::fs::read_dir(dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("libstd-"))
        })
}

/// `cargo SUBCOMMAND` set up to build for `triple` by `route`: the target,
/// the cross linker when one is needed and on `PATH`, and for the
/// build-std route Debian's toolchain with what it needs.
pub fn cargo_command(subcommand: &str, triple: Option<&str>, route: Route) -> Command {
    let cargo = match route {
        Route::Installed => std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        Route::BuildStd => DEBIAN_CARGO.into(),
    };
    let mut cmd = Command::new(cargo);
    cmd.arg(subcommand);
    let Some(triple) = triple else {
        return cmd;
    };
    cmd.arg("--target").arg(triple);
    if let Some(Target {
        linker: Linker::Program(linker),
        ..
    }) = find(triple)
    {
        let var = format!(
            "CARGO_TARGET_{}_LINKER",
            triple.to_uppercase().replace('-', "_")
        );
        if std::env::var_os(&var).is_none() && on_path(linker).is_some() {
            cmd.env(var, linker);
        }
    }
    if route == Route::BuildStd {
        cmd.arg("-Zbuild-std=std,panic_abort")
            .env("RUSTC", DEBIAN_RUSTC)
            .env("RUSTC_BOOTSTRAP", "1")
            .env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("RUSTC_WRAPPER");
        if triple == "wasm32-wasip1" {
            // Debian's rustc links wasm with its packaged wasi-libc.
            cmd.env(
                "RUSTFLAGS",
                format!("-L {DEBIAN_WASI_LIBC} -C link-arg=-L{DEBIAN_WASI_LIBC}"),
            );
        }
    }
    cmd
}

/// The command that runs `exe`, built for `triple`, on this machine: the
/// executable itself on the host, else under the target's runner (the
/// Node runner is written to `wasi_script`). The program's own arguments
/// go after it.
pub fn run_command(
    triple: Option<&str>,
    exe: &Path,
    wasi_script: &Path,
) -> Result<Command, String> {
    let Some(triple) = triple else {
        return Ok(Command::new(exe));
    };
    let Some(target) = find(triple) else {
        return Err(format!(
            "error: Molt does not know what runs {triple} programs\n  = help: build with `molt build --target {triple}` and run the result yourself"
        ));
    };
    match &target.runner {
        Runner::Wasi => {
            if let Some(wasmtime) = on_path("wasmtime") {
                let mut cmd = Command::new(wasmtime);
                cmd.args(["run", "--dir", "."]).arg(exe);
                return Ok(cmd);
            }
            if on_path("node").is_some() {
                std::fs::write(wasi_script, WASI_RUNNER_JS)
                    .map_err(|e| format!("error: cannot write {}: {e}", wasi_script.display()))?;
                let mut cmd = Command::new("node");
                cmd.arg("--no-warnings").arg(wasi_script).arg(exe);
                return Ok(cmd);
            }
            Err("error: no WASI runtime to run wasm32-wasip1 programs\n  = help: install wasmtime (https://wasmtime.dev) or Node.js 20+".into())
        }
        Runner::Qemu { program, sysroot } => {
            if on_path(program).is_none() {
                return Err(format!(
                    "error: {program} is needed to run {triple} programs here\n  = help: install qemu-user (Debian: apt install qemu-user)"
                ));
            }
            let mut cmd = Command::new(program);
            cmd.arg("-L").arg(sysroot).arg(exe);
            Ok(cmd)
        }
        Runner::Embedder => Err(format!(
            "error: {triple} modules are loaded by JavaScript; nothing runs them on their own"
        )),
    }
}

/// Runs a WASI command module under Node: `node wasi-run.js MODULE ARGS...`
/// with the current directory preopened, exiting with the module's status.
/// `node wasi-run.js --batch MODULE JOBS.json` runs many jobs against one
/// compiled module (the differential tests do, to compile a large module
/// once); each job is `{args, dir, stdout, stderr}` and each exit code is
/// printed on a line of its own as its job ends.
pub const WASI_RUNNER_JS: &str = include_str!("wasi-run.js");

pub fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(cmd: &Command) -> Vec<String> {
        cmd.get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    fn env(cmd: &Command, name: &str) -> Option<String> {
        cmd.get_envs()
            .find(|(k, _)| *k == name)
            .and_then(|(_, v)| v.map(|v| v.to_string_lossy().into_owned()))
    }

    #[test]
    fn the_host_and_installed_targets_build_with_plain_cargo() {
        assert_eq!(route(None), Ok(Route::Installed));
        let cmd = cargo_command("build", Some("wasm32-wasip1"), Route::Installed);
        assert_eq!(args(&cmd), ["build", "--target", "wasm32-wasip1"]);
        assert_eq!(env(&cmd, "RUSTC_BOOTSTRAP"), None);
    }

    #[test]
    fn the_build_std_route_uses_debian_rust_and_its_wasi_libc() {
        let cmd = cargo_command("build", Some("wasm32-wasip1"), Route::BuildStd);
        assert_eq!(cmd.get_program(), DEBIAN_CARGO);
        assert_eq!(
            args(&cmd),
            [
                "build",
                "--target",
                "wasm32-wasip1",
                "-Zbuild-std=std,panic_abort"
            ]
        );
        assert_eq!(env(&cmd, "RUSTC").as_deref(), Some(DEBIAN_RUSTC));
        assert_eq!(env(&cmd, "RUSTC_BOOTSTRAP").as_deref(), Some("1"));
        assert!(env(&cmd, "RUSTFLAGS").is_some_and(|f| f.contains(DEBIAN_WASI_LIBC)));
        let arm = cargo_command("build", Some("aarch64-unknown-linux-gnu"), Route::BuildStd);
        assert_eq!(env(&arm, "RUSTFLAGS"), None);
    }

    #[test]
    fn programs_are_not_built_for_wasm32_unknown_unknown() {
        let err = check_program_target(Some("wasm32-unknown-unknown")).unwrap_err();
        assert!(
            err.contains("no stdout, files, arguments or exit status"),
            "{err}"
        );
        assert!(err.contains("--target wasm32-wasip1"), "{err}");
        assert_eq!(check_program_target(Some("wasm32-wasip1")), Ok(()));
        assert_eq!(check_program_target(None), Ok(()));
    }
}
