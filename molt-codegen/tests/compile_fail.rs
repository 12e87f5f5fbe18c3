//! Compile-fail tests: each `tests/compile_fail/<name>.py` must be rejected
//! by `molt transpile` with exit code 1, the diagnostic recorded in
//! `<name>.stderr`, no panic and no crate written. Inputs that cannot be
//! checked in (a missing file, a directory, invalid UTF-8, an empty file, a
//! 5 MB file) are made here. `MOLT_BLESS=1` rewrites the `.stderr` files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Runs `molt transpile FILE -o OUT` and checks the failure contract.
fn reject(file: &Path, cwd: &Path, out: &Path) -> Result<String, String> {
    // A case that wrongly succeeded must not fail the cases after it.
    let _ = std::fs::remove_dir_all(out);
    let output = Command::new(env!("CARGO_BIN_EXE_molt"))
        .current_dir(cwd)
        .arg("transpile")
        .arg(file)
        .arg("-o")
        .arg(out)
        .output()
        .map_err(|e| format!("cannot run molt: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if output.status.code() != Some(1) {
        return Err(format!(
            "exit status {:?}, expected 1\n{stderr}",
            output.status.code()
        ));
    }
    if stderr.contains("panicked") {
        return Err(format!("molt panicked:\n{stderr}"));
    }
    if out.exists() {
        return Err(format!("{} was written", out.display()));
    }
    Ok(stderr)
}

fn main() {
    let root = repo_root();
    let dir = root.join("tests/compile_fail");
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compile-fail");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let out = scratch.join("crate");
    let bless = std::env::var("MOLT_BLESS").is_ok_and(|v| v == "1");
    let mut passed = 0;
    let mut failed = 0;
    let mut report = |name: &str, result: Result<(), String>| match result {
        Ok(()) => {
            passed += 1;
            println!("compile-fail {name} ... ok");
        }
        Err(why) => {
            failed += 1;
            println!("compile-fail {name} ... FAILED\n{why}");
        }
    };

    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/compile_fail")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    for file in files {
        let name = file
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let rel = Path::new("tests/compile_fail").join(file.file_name().expect("name"));
        let result = reject(&rel, &root, &out).and_then(|stderr| {
            let expected_path = file.with_extension("stderr");
            if bless {
                std::fs::write(&expected_path, &stderr).map_err(|e| e.to_string())?;
                return Ok(());
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected == stderr {
                Ok(())
            } else {
                Err(format!("diagnostic differs (MOLT_BLESS=1 to accept)\n--- expected\n{expected}--- got\n{stderr}"))
            }
        });
        report(&name, result);
    }

    // Inputs made at test time: each must name the problem.
    let cases: Vec<(&str, PathBuf, &str)> = {
        let missing = scratch.join("missing.py");
        let directory = scratch.join("a_directory.py");
        std::fs::create_dir_all(&directory).expect("dir");
        let non_utf8 = scratch.join("latin1.py");
        std::fs::write(&non_utf8, b"print('caf\xe9')\n").expect("write");
        let empty = scratch.join("empty.py");
        std::fs::write(&empty, "").expect("write");
        let huge = scratch.join("huge.py");
        let line = "x = 1234567890 + 1234567890 + 1234567890 + 1234567890\n";
        std::fs::write(&huge, line.repeat(5_000_000 / line.len() + 1)).expect("write");
        vec![
            ("missing file", missing, "cannot read"),
            ("directory", directory, "is a directory"),
            ("non-UTF-8 file", non_utf8, "not valid UTF-8"),
            ("empty file", empty, "is empty"),
            ("5 MB file", huge, "over Molt's limit"),
        ]
    };
    for (name, path, needle) in cases {
        let result = reject(&path, &root, &out).and_then(|stderr| {
            if stderr.contains(needle) {
                Ok(())
            } else {
                Err(format!("expected {needle:?} in:\n{stderr}"))
            }
        });
        report(name, result);
    }
    println!();
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
