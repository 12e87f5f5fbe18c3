//! Building a generated crate with cargo, and mapping any rustc error in
//! generated code back to the Python line it came from.

use crate::target;
use cargo_metadata::{diagnostic::DiagnosticLevel, Message};
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::Stdio;

pub struct BuildOptions<'a> {
    pub profile: Profile,
    /// Target triple; `None` is the host.
    pub target: Option<&'a str>,
    pub target_dir: &'a Path,
    pub quiet: bool,
}

/// The cargo profiles of a generated crate (templates/Cargo.toml.in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Dev,
    /// Speed first: opt-level 3, fat LTO, one codegen unit, panic=abort.
    Release,
    /// The release profile at opt-level "z", for the smallest binaries.
    Size,
}

impl Profile {
    fn cargo_args(self) -> &'static [&'static str] {
        match self {
            Profile::Dev => &[],
            Profile::Release => &["--release"],
            Profile::Size => &["--profile", "size"],
        }
    }
}

/// Where a generated Rust file's lines come from.
pub struct SourceMap<'a> {
    pub rust_file: &'a str,
    pub python_file: &'a str,
    pub line_map: &'a [(u32, u32)],
}

impl SourceMap<'_> {
    /// The Python line that produced a Rust line.
    pub fn python_line(&self, rust_line: u32) -> Option<u32> {
        self.line_map
            .iter()
            .take_while(|(r, _)| *r <= rust_line)
            .last()
            .map(|(_, p)| *p)
    }
}

/// Builds the crate and returns the executable's path, or the rustc errors
/// described as Molt bugs at their Python lines.
pub fn build(crate_dir: &Path, opts: &BuildOptions, map: &SourceMap) -> Result<PathBuf, String> {
    let route = target::route(opts.target)?;
    let mut cmd = target::cargo_command("build", opts.target, route);
    cmd.arg("--message-format=json")
        .arg("--manifest-path")
        .arg(crate_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(opts.target_dir)
        .args(opts.profile.cargo_args());
    if opts.quiet {
        cmd.arg("--quiet");
    }
    cmd.stdout(Stdio::piped()).stderr(if opts.quiet {
        Stdio::null()
    } else {
        Stdio::inherit()
    });
    let mut child = cmd.spawn().map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = child.stdout.take().ok_or("cargo gave no output")?;
    let mut executable = None;
    let mut errors = Vec::new();
    for message in Message::parse_stream(BufReader::new(stdout)).flatten() {
        match message {
            Message::CompilerArtifact(a) => {
                if let Some(exe) = a.executable {
                    executable = Some(PathBuf::from(exe.as_std_path()));
                }
            }
            Message::CompilerMessage(m) if m.message.level == DiagnosticLevel::Error => {
                errors.push(describe(&m.message, map));
            }
            _ => {}
        }
    }
    let status = child.wait().map_err(|e| format!("cargo failed: {e}"))?;
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    match (status.success(), executable) {
        (true, Some(exe)) => Ok(exe),
        (true, None) => Err("cargo built no executable".into()),
        (false, _) => Err(format!(
            "cargo build failed ({status}); see its output above"
        )),
    }
}

fn describe(d: &cargo_metadata::diagnostic::Diagnostic, map: &SourceMap) -> String {
    let span = d.spans.iter().find(|s| s.is_primary);
    let place = match span {
        Some(s) if s.file_name.ends_with(map.rust_file) => {
            match map.python_line(s.line_start as u32) {
                Some(line) => format!("{}:{line}", map.python_file),
                None => map.python_file.to_string(),
            }
        }
        Some(s) => format!("{}:{}", s.file_name, s.line_start),
        None => map.python_file.to_string(),
    };
    format!(
        "error: internal error: Molt generated Rust that does not compile (this is a Molt bug; please report it)\n  --> {place}\n  rustc: {}",
        d.message
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_lines_map_to_the_python_line_before_them() {
        let map = SourceMap {
            rust_file: "src/app.rs",
            python_file: "app.py",
            line_map: &[(5, 2), (9, 7)],
        };
        assert_eq!(map.python_line(4), None);
        assert_eq!(map.python_line(5), Some(2));
        assert_eq!(map.python_line(8), Some(2));
        assert_eq!(map.python_line(30), Some(7));
    }

    #[test]
    fn line_markers_become_the_map() {
        let t = crate::transpile("app.py", "x = 1\nprint(x)\n").expect("translates");
        let lines: Vec<&str> = t.rust.lines().collect();
        let (rust, py) = *t
            .line_map
            .iter()
            .find(|(_, p)| *p == 2)
            .expect("line 2 mapped");
        assert!(lines[rust as usize - 1].contains("py_print!"), "{}", t.rust);
        assert_eq!(py, 2);
    }
}
