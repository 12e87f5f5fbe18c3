//! `molt doctor`: what this machine can build Molt's crates for, and what
//! to install for the rest.
//!
//! It looks first (`probe`, which runs `rustc`, `cargo`, `rustup` and the
//! runtimes' `--version` once each and otherwise only searches `PATH`),
//! then reports (`report`, pure, so tests can give it any machine).

use crate::target::{self, on_path, Linker, Runner, Target, TARGETS};
use std::process::Command;

/// What was found on the machine.
#[derive(Debug, Default, Clone)]
pub struct Machine {
    pub rustc: Option<String>,
    pub cargo: Option<String>,
    pub host: Option<String>,
    /// `rustup target list --installed`; `None` without rustup.
    pub rustup_targets: Option<Vec<String>>,
    /// The Debian toolchain that builds std for other targets
    /// (`rustc-web`, `rust-web-src`), usable with `-Zbuild-std`.
    pub debian_build_std: bool,
    /// `wasi-libc` for the Debian route.
    pub wasi_libc: bool,
    /// The programs found on `PATH` among those the targets need.
    pub programs: Vec<String>,
    pub wasmtime: Option<String>,
    pub node: Option<String>,
}

/// One line of the report.
#[derive(Debug, PartialEq)]
pub struct Check {
    pub ok: bool,
    pub what: String,
    /// What to do when it is not ok.
    pub fix: Option<String>,
}

impl Check {
    fn new(ok: bool, what: impl Into<String>, fix: impl Into<String>) -> Check {
        Check {
            ok,
            what: what.into(),
            fix: (!ok).then(|| fix.into()),
        }
    }
}

/// The checks for a machine, in order: the toolchain, then each target.
pub fn report(m: &Machine) -> Vec<Check> {
    let mut out = vec![
        Check::new(
            m.rustc.is_some(),
            format!("rustc: {}", m.rustc.as_deref().unwrap_or("not found")),
            "install Rust with rustup: https://rustup.rs",
        ),
        Check::new(
            m.cargo.is_some(),
            format!("cargo: {}", m.cargo.as_deref().unwrap_or("not found")),
            "install Rust with rustup: https://rustup.rs",
        ),
        Check::new(
            m.programs.iter().any(|p| p == "cc"),
            format!(
                "native ({}): linker cc",
                m.host.as_deref().unwrap_or("host")
            ),
            "install a C toolchain (Debian: apt install build-essential)",
        ),
    ];
    for t in TARGETS {
        out.extend(target_checks(m, t));
    }
    out
}

fn target_checks(m: &Machine, t: &Target) -> Vec<Check> {
    let rustup = m
        .rustup_targets
        .as_ref()
        .is_some_and(|ts| ts.iter().any(|x| x == t.triple));
    let wasm = t.triple.starts_with("wasm32");
    let debian = m.debian_build_std && (!wasm || m.wasi_libc || t.triple.ends_with("unknown"));
    let std = if rustup {
        "std from rustup".to_string()
    } else if debian {
        "std built with -Zbuild-std by Debian's toolchain".to_string()
    } else {
        "no std".to_string()
    };
    let mut out = vec![Check::new(
        rustup || debian,
        format!("{}: {std}", t.triple),
        format!("rustup target add {}", t.triple),
    )];
    match &t.linker {
        Linker::RustLld => {}
        Linker::Program(p) => out.push(Check::new(
            m.programs.iter().any(|x| x == p),
            format!("{}: linker {p}", t.triple),
            "install a cross linker (Debian: apt install gcc-aarch64-linux-gnu)",
        )),
    }
    match &t.runner {
        Runner::Wasi => {
            let found = m
                .wasmtime
                .as_ref()
                .map(|v| format!("wasmtime {v}"))
                .or_else(|| m.node.as_ref().map(|v| format!("node {v} (WASI)")));
            out.push(Check::new(
                found.is_some(),
                format!(
                    "{}: runs under {}",
                    t.triple,
                    found.as_deref().unwrap_or("no WASI runtime")
                ),
                "install wasmtime (https://wasmtime.dev) or Node.js 20+",
            ));
        }
        Runner::Qemu { program: p, .. } => out.push(Check::new(
            m.programs.iter().any(|x| x == p),
            format!("{}: runs under {p}", t.triple),
            "install qemu-user (Debian: apt install qemu-user) to run it on this machine",
        )),
        Runner::Embedder => {}
    }
    out
}

/// Looks at this machine.
pub fn probe() -> Machine {
    let rustc_v = version("rustc", &["-vV"]);
    let host = rustc_v.as_ref().and_then(|v| {
        v.lines()
            .find_map(|l| l.strip_prefix("host: "))
            .map(str::to_string)
    });
    let rustc = rustc_v.and_then(|v| v.lines().next().map(str::to_string));
    let cargo = version("cargo", &["--version"]).map(|v| v.trim().to_string());
    let rustup_targets = version("rustup", &["target", "list", "--installed"])
        .map(|v| v.lines().map(|l| l.trim().to_string()).collect());
    let programs = ["cc", "aarch64-linux-gnu-gcc", "qemu-aarch64"]
        .iter()
        .filter(|p| on_path(p).is_some())
        .map(|p| p.to_string())
        .collect();
    let node = on_path("node").and_then(|_| version("node", &["--version"]));
    let wasmtime = on_path("wasmtime").and_then(|_| version("wasmtime", &["--version"]));
    Machine {
        rustc,
        cargo,
        host,
        rustup_targets,
        debian_build_std: target::debian_build_std(),
        wasi_libc: std::path::Path::new(target::DEBIAN_WASI_LIBC)
            .join("libc.a")
            .exists(),
        programs,
        wasmtime: wasmtime.map(|v| v.trim().to_string()),
        node: node.map(|v| v.trim().to_string()),
    }
}

/// The report as text, one check per line with what to do under it.
pub fn render(checks: &[Check]) -> String {
    let mut out = String::new();
    for c in checks {
        let mark = if c.ok { "ok  " } else { "MISSING" };
        out.push_str(&format!("{mark:<8}{}\n", c.what));
        if let Some(fix) = &c.fix {
            out.push_str(&format!("        -> {fix}\n"));
        }
    }
    out
}

fn version(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bare() -> Machine {
        Machine {
            rustc: Some("rustc 1.95.0".into()),
            cargo: Some("cargo 1.95.0".into()),
            host: Some("x86_64-unknown-linux-gnu".into()),
            rustup_targets: Some(vec!["x86_64-unknown-linux-gnu".into()]),
            programs: vec!["cc".into()],
            ..Machine::default()
        }
    }

    #[test]
    fn a_bare_toolchain_builds_natively_and_says_what_targets_need() {
        let checks = report(&bare());
        assert!(checks[..3].iter().all(|c| c.ok));
        let wasm = checks
            .iter()
            .find(|c| c.what.starts_with("wasm32-wasip1:"))
            .expect("wasm32 is checked");
        assert!(!wasm.ok);
        assert_eq!(wasm.fix.as_deref(), Some("rustup target add wasm32-wasip1"));
        let runner = checks
            .iter()
            .find(|c| c.what.contains("runs under no WASI runtime"))
            .expect("the runtime is checked");
        assert!(runner
            .fix
            .as_deref()
            .is_some_and(|f| f.contains("wasmtime")));
    }

    #[test]
    fn rustup_targets_or_debian_build_std_both_count() {
        let mut m = bare();
        m.rustup_targets = Some(vec!["wasm32-wasip1".into()]);
        m.node = Some("v20.19.2".into());
        let checks = report(&m);
        assert!(checks
            .iter()
            .any(|c| c.ok && c.what == "wasm32-wasip1: std from rustup"));
        assert!(checks
            .iter()
            .any(|c| c.ok && c.what == "wasm32-wasip1: runs under node v20.19.2 (WASI)"));
        let mut m = bare();
        m.debian_build_std = true;
        m.wasi_libc = true;
        let checks = report(&m);
        assert!(checks
            .iter()
            .any(|c| c.ok
                && c.what == "wasm32-wasip1: std built with -Zbuild-std by Debian's toolchain"));
    }

    #[test]
    fn no_rust_says_how_to_get_it() {
        let checks = report(&Machine::default());
        assert!(!checks[0].ok);
        assert!(render(&checks).contains("-> install Rust with rustup"));
    }
}
