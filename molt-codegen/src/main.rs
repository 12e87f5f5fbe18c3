//! `molt`: translate Python 3.12 programs into Rust crates, build and run them.

use clap::{Parser, Subcommand};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use molt_codegen::cargo::{self, BuildOptions, Profile, SourceMap};
use molt_codegen::{krate, Diagnostic, Diagnostics, Translation};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Larger sources are rejected: Molt is for programs, not data files.
const MAX_SOURCE_BYTES: usize = 4 << 20;

#[derive(Parser)]
#[command(
    name = "molt",
    version,
    about = "Translate Python 3.12 programs into readable, fast Rust crates"
)]
struct Cli {
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a Rust crate for FILE.py that builds with `cargo build --release`.
    Transpile {
        file: PathBuf,
        /// Directory of the crate to write.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Print the IR or the Rust of the module instead of writing a crate.
        #[arg(long, value_parser = ["ir", "rust"])]
        emit: Option<String>,
    },
    /// Transpile and build; prints the path of the executable.
    Build {
        file: PathBuf,
        /// Copy the executable here.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Build with optimisations (Molt's release profile).
        #[arg(long)]
        release: bool,
        /// Optimise for size (opt-level "z") instead of speed.
        #[arg(long, conflicts_with = "release")]
        size: bool,
        /// Target triple, as for cargo (see `molt doctor`).
        #[arg(long)]
        target: Option<String>,
    },
    /// Build and run FILE.py; the exit code is the program's.
    Run {
        file: PathBuf,
        #[arg(long)]
        release: bool,
        /// Build for this target and run it with its runner: a WASI
        /// runtime for wasm32-wasip1, qemu-user for aarch64.
        #[arg(long)]
        target: Option<String>,
        /// Arguments for the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Report diagnostics only; writes nothing.
    Check {
        file: PathBuf,
        /// Print every function's inferred signature and every class's
        /// field types, marking the dynamic values (checked at run time).
        #[arg(long)]
        explain: bool,
    },
    /// Report what this machine can build for (toolchain, targets,
    /// linkers, runtimes) and what to install for the rest.
    Doctor,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let quiet = cli.quiet;
    match cli.command {
        Command::Doctor => {
            let checks = molt_codegen::doctor::report(&molt_codegen::doctor::probe());
            print!("{}", molt_codegen::doctor::render(&checks));
            // Native builds need the first three: rustc, cargo, a linker.
            let native = checks.iter().take(3).all(|c| c.ok);
            Ok(if native {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Check { file, explain } => {
            let t = translate(&file)?;
            if explain {
                print!("{}", t.explain);
            }
            if !quiet {
                eprintln!("{}: no problems found", file.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Transpile { file, out, emit } => {
            let t = translate(&file)?;
            match (emit.as_deref(), out) {
                (Some("ir"), _) => print!("{}", t.ir),
                (Some(_), _) => print!("{}", t.rust),
                (None, Some(dir)) => {
                    let files = krate::crate_files(&file_name(&file), &t);
                    krate::write_files(&dir, &files)
                        .map_err(|e| format!("error: cannot write {}: {e}", dir.display()))?;
                    if !quiet {
                        eprintln!(
                            "wrote {} (build it with `cargo build --release` there)",
                            dir.display()
                        );
                    }
                }
                (None, None) => {
                    return Err(
                        "error: give the crate directory with -o DIR, or --emit rust|ir".into(),
                    )
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Build {
            file,
            out,
            release,
            size,
            target,
        } => {
            let profile = match (release, size) {
                (_, true) => Profile::Size,
                (true, _) => Profile::Release,
                _ => Profile::Dev,
            };
            let exe = build(&file, profile, target.as_deref(), quiet)?;
            let exe = match out {
                Some(dest) => {
                    std::fs::copy(&exe, &dest)
                        .map_err(|e| format!("error: cannot copy to {}: {e}", dest.display()))?;
                    dest
                }
                None => exe,
            };
            println!("{}", exe.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Run {
            file,
            release,
            target,
            args,
        } => {
            let profile = if release {
                Profile::Release
            } else {
                Profile::Dev
            };
            let exe = build(&file, profile, target.as_deref(), true)?;
            let wasi_script = cache_dir().join("wasi-run.js");
            let status = molt_codegen::target::run_command(target.as_deref(), &exe, &wasi_script)?
                .args(args)
                .status()
                .map_err(|e| format!("error: cannot run {}: {e}", exe.display()))?;
            Ok(ExitCode::from(
                status.code().unwrap_or(1).clamp(0, 255) as u8
            ))
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads and translates a file, printing diagnostics on failure.
fn translate(path: &Path) -> Result<Translation, String> {
    let display = path.display().to_string();
    if path.is_dir() {
        return Err(format!(
            "error: `{display}` is a directory\n  = help: give the path of a .py file"
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("error: cannot read `{display}`: {e}"))?;
    let fail = |message: String, help: &str| {
        let d = Diagnostics {
            file: display.clone(),
            source: String::new(),
            items: vec![Diagnostic::error(message, 0..0).with_help(help)],
            modules: Vec::new(),
        };
        report(&d);
        Err(String::from("error: no Rust was written"))
    };
    if bytes.len() > MAX_SOURCE_BYTES {
        return fail(
            format!("`{display}` is {} bytes, over Molt's limit of {MAX_SOURCE_BYTES} bytes for one module", bytes.len()),
            "split the program into smaller modules, or load large data at run time",
        );
    }
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            return fail(
                format!("`{display}` is not valid UTF-8 (invalid byte at offset {offset})"),
                "save the file as UTF-8, the encoding Python 3 source uses by default",
            );
        }
    };
    if source.trim().is_empty() {
        return fail(
            format!("`{display}` is empty: there is no program to translate"),
            "write some Python in it",
        );
    }
    molt_codegen::transpile(&display, &source).map_err(|d| {
        report(&d);
        format!(
            "error: could not translate `{display}` ({} error{})",
            d.items.len(),
            if d.items.len() == 1 { "" } else { "s" }
        )
    })
}

fn report(d: &Diagnostics) {
    let choice = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut stderr = StandardStream::stderr(choice);
    d.render(&mut stderr);
}

/// Molt's cache: one shared target directory, so the runtime compiles once.
fn cache_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("MOLT_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|_| std::env::var("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|_| std::env::temp_dir());
    base.join("molt")
}

fn build(
    file: &Path,
    profile: Profile,
    target: Option<&str>,
    quiet: bool,
) -> Result<PathBuf, String> {
    molt_codegen::target::check_program_target(target)?;
    let t = translate(file)?;
    let cache = cache_dir();
    let abs = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
    let crate_dir = cache.join("crates").join(format!(
        "{}-{:016x}",
        t.module,
        fnv1a(abs.to_string_lossy().as_bytes())
    ));
    let name = file_name(file);
    let files = krate::crate_files(&name, &t);
    krate::write_files(&crate_dir, &files)
        .map_err(|e| format!("error: cannot write {}: {e}", crate_dir.display()))?;
    let rust_file = format!("src/{}.rs", t.module);
    let map = SourceMap {
        rust_file: &rust_file,
        python_file: &file.display().to_string(),
        line_map: &t.line_map,
    };
    let target_dir = cache.join("target");
    let opts = BuildOptions {
        profile,
        target,
        target_dir: &target_dir,
        quiet,
    };
    cargo::build(&crate_dir, &opts, &map)
}

/// A stable hash for cache directory names (std's hasher is seeded).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ *b as u64).wrapping_mul(0x100000001b3)
    })
}
