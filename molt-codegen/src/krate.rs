//! Writing a generated crate: Cargo.toml, main.rs and build.rs from `templates/`,
//! one Rust module per Python module, and a Cargo.lock.

use crate::Translation;
use std::io;
use std::path::{Path, PathBuf};

const CARGO_TOML: &str = include_str!("../../templates/Cargo.toml.in");
const MAIN_RS: &str = include_str!("../../templates/main.rs.in");
/// Target-dependent link settings (the wasm stack size).
pub const BUILD_RS: &str = include_str!("../../templates/build.rs.in");
/// Molt's own lock file pins the runtime's dependencies, so a generated
/// crate builds offline with the versions Molt was tested with.
const CARGO_LOCK: &str = include_str!("../../Cargo.lock");

/// How the generated crate depends on molt-rt.
pub fn molt_rt_dependency() -> String {
    runtime_dependency("molt-rt", "MOLT_RT_PATH")
}

/// How the generated crate depends on molt-std.
pub fn molt_std_dependency() -> String {
    runtime_dependency("molt-std", "MOLT_STD_PATH")
}

/// A path dependency on Molt's checkout when there is one (or the
/// directory `env_var` names), else the published version.
fn runtime_dependency(krate: &str, env_var: &str) -> String {
    if let Ok(path) = std::env::var(env_var) {
        return format!("{{ path = {:?} }}", path);
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(krate);
    match checkout.canonicalize() {
        Ok(path) if path.join("Cargo.toml").is_file() => {
            format!("{{ path = {:?} }}", path.display().to_string())
        }
        _ => format!("\"{}\"", env!("CARGO_PKG_VERSION")),
    }
}

/// The files of a crate for one translated program, as (relative path, contents).
pub fn crate_files(source_name: &str, t: &Translation) -> Vec<(PathBuf, String)> {
    let package = t.module.replace('_', "-");
    let fill = |template: &str| {
        template
            .replace("{source}", source_name)
            .replace("{name}", &package)
            .replace("{module}", &t.module)
            .replace("{molt_rt}", &molt_rt_dependency())
            .replace(
                "{molt_std}",
                &if t.needs_std() {
                    format!("molt-std = {}\n", molt_std_dependency())
                } else {
                    String::new()
                },
            )
    };
    vec![
        (PathBuf::from("Cargo.toml"), fill(CARGO_TOML)),
        (PathBuf::from("Cargo.lock"), CARGO_LOCK.to_string()),
        (PathBuf::from("src/main.rs"), fill(MAIN_RS)),
        (PathBuf::from("build.rs"), fill(BUILD_RS)),
        (
            PathBuf::from(format!("src/{}.rs", t.module)),
            t.rust.clone(),
        ),
        (PathBuf::from(".gitignore"), "/target\n".to_string()),
    ]
}

/// Writes files under `dir`, leaving unchanged files untouched so that
/// cargo does not rebuild what did not change.
pub fn write_files(dir: &Path, files: &[(PathBuf, String)]) -> io::Result<()> {
    for (rel, contents) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        if std::fs::read_to_string(&path).ok().as_deref() == Some(contents.as_str()) {
            continue;
        }
        std::fs::write(&path, contents)?;
    }
    Ok(())
}
