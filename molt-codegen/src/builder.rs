//! [`Builder`]: translate Python modules from a crate's `build.rs`, in the
//! style of prost-build.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), molt_codegen::BuildError> {
//!     molt_codegen::Builder::new().file("rules/pricing.py").compile()
//! }
//! ```
//!
//! and in the crate, `mod pricing { molt_rt::include_generated!("pricing"); }`.

use crate::Diagnostics;
use std::fmt;
use std::path::{Path, PathBuf};

/// Translates Python modules into Rust source for a crate to include.
#[derive(Clone, Debug, Default)]
pub struct Builder {
    files: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
}

/// One translated module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The Rust module name (`pricing` for `rules/pricing.py`): the file
    /// [`Builder::compile`] writes is `<module>.rs`.
    pub module: String,
    /// The Python file it comes from.
    pub source: PathBuf,
    /// The Rust source.
    pub rust: String,
    /// What the module's Rust API leaves out, and why.
    pub notes: Vec<String>,
    /// The program's own modules it imports, which are compiled into it.
    pub imports: Vec<PathBuf>,
}

/// Why a build failed: a Python file that could not be read, or one Molt
/// cannot translate. `Debug` shows the same text as `Display`, so that
/// `build.rs` returning it (or unwrapping it) prints the diagnostics with
/// their file, line, column and source line.
pub enum BuildError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Python(Diagnostics),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            BuildError::Python(d) => write!(f, "{d}"),
        }
    }
}

impl fmt::Debug for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\n{self}")
    }
}

impl std::error::Error for BuildError {}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Adds a Python module, by its path (relative paths are relative to
    /// the crate's directory, where cargo runs `build.rs`).
    pub fn file(mut self, path: impl AsRef<Path>) -> Builder {
        self.files.push(path.as_ref().to_path_buf());
        self
    }

    /// Adds several Python modules.
    pub fn files<P: AsRef<Path>>(mut self, paths: impl IntoIterator<Item = P>) -> Builder {
        self.files
            .extend(paths.into_iter().map(|p| p.as_ref().to_path_buf()));
        self
    }

    /// Where [`Builder::compile`] writes: `OUT_DIR` unless set.
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Builder {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Translates every module, for tools that want the Rust source
    /// rather than files.
    pub fn generate(&self) -> Result<Vec<Generated>, BuildError> {
        self.files.iter().map(|path| translate(path)).collect()
    }

    /// Translates every module and writes `<module>.rs` into the output
    /// directory, leaving files whose contents have not changed alone so
    /// that cargo does not rebuild what includes them. Tells cargo to run
    /// the build script again when a Python file changes, and prints what
    /// the API leaves out as warnings.
    pub fn compile(&self) -> Result<(), BuildError> {
        for path in &self.files {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => PathBuf::from(std::env::var_os("OUT_DIR").ok_or_else(|| BuildError::Io {
                path: PathBuf::from("OUT_DIR"),
                error: std::io::Error::other(
                    "OUT_DIR is not set: call compile() from build.rs, or set Builder::out_dir",
                ),
            })?),
        };
        for generated in self.generate()? {
            for import in &generated.imports {
                println!("cargo:rerun-if-changed={}", import.display());
            }
            for note in &generated.notes {
                println!("cargo:warning={}: {note}", generated.source.display());
            }
            let target = out_dir.join(format!("{}.rs", generated.module));
            write_if_changed(&target, &generated.rust).map_err(|error| BuildError::Io {
                path: target.clone(),
                error,
            })?;
        }
        Ok(())
    }
}

fn translate(path: &Path) -> Result<Generated, BuildError> {
    let source = std::fs::read_to_string(path).map_err(|error| BuildError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    let name = path.to_string_lossy();
    let translation = crate::transpile_library(&name, &source).map_err(BuildError::Python)?;
    Ok(Generated {
        module: translation.module,
        source: path.to_path_buf(),
        rust: translation.rust,
        notes: translation.notes,
        imports: translation.imports.into_iter().map(PathBuf::from).collect(),
    })
}

/// Writes `contents` unless the file already holds exactly that.
pub(crate) fn write_if_changed(path: &Path, contents: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory for one test.
    fn temp_dir(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("molt-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn compile_writes_only_what_changed() {
        let dir = temp_dir("builder");
        let py = dir.join("rules.py");
        std::fs::write(&py, "def double(x: int) -> int:\n    return 2 * x\n").unwrap();
        let builder = Builder::new().file(&py).out_dir(&dir);
        builder.compile().unwrap();
        let out = dir.join("rules.rs");
        let first = std::fs::metadata(&out).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        builder.compile().unwrap();
        assert_eq!(std::fs::metadata(&out).unwrap().modified().unwrap(), first);
        let code = std::fs::read_to_string(&out).unwrap();
        assert!(code.contains("pub fn double(x: i64) -> Result<i64, molt_rt::api::Error>"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn bad_python_is_a_diagnostic_with_its_line() {
        let dir = temp_dir("builder-bad");
        let py = dir.join("bad.py");
        std::fs::write(&py, "def f(x: int) -> int:\n    return eval('x')\n").unwrap();
        let err = Builder::new()
            .file(&py)
            .out_dir(&dir)
            .compile()
            .unwrap_err();
        let text = format!("{err:?}");
        assert!(text.contains("bad.py:2:"), "{text}");
        assert!(text.contains("return eval('x')"), "{text}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn imported_modules_are_compiled_in_and_watched() {
        let dir = temp_dir("builder-imports");
        std::fs::write(
            dir.join("rates.py"),
            "def vat(x: float) -> float:\n    return x * 0.2\n",
        )
        .unwrap();
        let py = dir.join("prices.py");
        std::fs::write(
            &py,
            "import rates\n\n\ndef gross(net: float) -> float:\n    return net + rates.vat(net)\n",
        )
        .unwrap();
        let generated = Builder::new().file(&py).generate().unwrap();
        assert_eq!(generated[0].imports, vec![dir.join("rates.py")]);
        assert!(generated[0].rust.contains("pub fn gross(net: f64)"));
        // The API (before the translated module) is the file's own.
        let api = generated[0]
            .rust
            .split("mod python")
            .next()
            .unwrap_or_default();
        assert!(!api.contains("pub fn vat("), "{api}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn extern_types_are_checked() {
        let source = "import molt\n\n@molt.extern(\"crate::store::lookup\")\ndef lookup(key: str) -> object:\n    return key\n";
        let err = crate::transpile_library("store.py", source)
            .err()
            .expect("rejected");
        let text = err.to_string();
        assert!(
            text.contains("an extern function cannot take or return `object`"),
            "{text}"
        );
        assert!(text.contains("store.py:4:25"), "{text}");
    }
}
