//! Differential tests: every `tests/cases/<area>/<name>.py` is translated,
//! all of them built as modules of one crate (so the runtime and cargo's
//! start-up are paid once), and each run is compared with what CPython
//! 3.12 printed (`<name>.stdout`, `<name>.exit`, recorded by
//! `tests/record.py`).
//!
//! `cargo test --test differential -- FILTER` runs the cases whose name
//! contains FILTER; `MOLT_CASES=tests/pending` runs another directory. The
//! generated crate must also pass `cargo clippy -- -D warnings`
//! (`MOLT_CLIPPY=0` skips that).
//!
//! `MOLT_TARGET=wasm32-wasip1` (or `aarch64-unknown-linux-gnu`) builds the
//! same crate for that target, the way `molt build --target` does, and runs
//! each case under the target's runner: Node's WASI (or wasmtime), or
//! qemu-user. `MOLT_SAMPLE=N` runs about N cases spread over all areas.

use cargo_metadata::Message;
use molt_codegen::target;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Case {
    /// `area/name`.
    name: String,
    /// Rust module name.
    module: String,
    path: PathBuf,
    expected_stdout: String,
    expected_exit: i32,
    expected_stderr_last: Option<String>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn load_cases(filter: &[String]) -> Vec<Case> {
    // `MOLT_CASES=tests/pending` runs the cases waiting for features.
    let root =
        repo_root().join(std::env::var("MOLT_CASES").unwrap_or_else(|_| "tests/cases".into()));
    let mut paths = Vec::new();
    collect(&root, &mut paths);
    paths.sort();
    let mut cases = Vec::new();
    // Named from tests/cases even when MOLT_CASES picks one area, so that
    // names (and clippy-exempt.txt's keys) are the same in every run.
    let cases_dir = repo_root().join("tests/cases");
    let base = if root.starts_with(&cases_dir) {
        cases_dir
    } else {
        root.clone()
    };
    for path in paths {
        let rel = path
            .strip_prefix(&base)
            .expect("under cases")
            .with_extension("");
        let name = rel.to_string_lossy().replace('\\', "/");
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        if !path.with_extension("stdout").exists() && is_imported_module(&path) {
            // A module that cases beside it import, not a case itself.
            continue;
        }
        let stdout = std::fs::read_to_string(path.with_extension("stdout"))
            .unwrap_or_else(|_| panic!("{name}: missing .stdout (run tests/record.py)"));
        let exit = std::fs::read_to_string(path.with_extension("exit"))
            .unwrap_or_else(|_| panic!("{name}: missing .exit"));
        let mut lines = exit.lines();
        let code = lines
            .next()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or_else(|| panic!("{name}: bad .exit"));
        cases.push(Case {
            module: format!("case_{}", name.replace(['/', '-'], "_")),
            name,
            path,
            expected_stdout: stdout,
            expected_exit: code,
            expected_stderr_last: lines.next().map(str::to_string),
        });
    }
    assert!(
        !cases.is_empty(),
        "no cases under {} match {filter:?}",
        root.display()
    );
    cases
}

/// Whether another program in the file's directory imports it.
fn is_imported_module(path: &Path) -> bool {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let Some(dir) = path.parent() else {
        return false;
    };
    let mut siblings = Vec::new();
    collect(dir, &mut siblings);
    siblings.iter().filter(|p| *p != path).any(|p| {
        std::fs::read_to_string(p).is_ok_and(|text| {
            text.lines().any(|l| {
                l.trim() == format!("import {stem}")
                    || l.starts_with(&format!("from {stem} import "))
            })
        })
    })
}

fn write_crate(dir: &Path, modules: &BTreeMap<String, (String, String)>) {
    let rt = repo_root().join("molt-rt");
    let std = repo_root().join("molt-std");
    let manifest = format!(
        "[package]\nname = \"molt-cases\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nmolt-rt = {{ path = {:?} }}\nmolt-std = {{ path = {:?} }}\n\n[profile.dev]\nopt-level = 1\ndebug = false\n\n[workspace]\n",
        rt.display().to_string(),
        std.display().to_string()
    );
    let mut main = String::from("#![forbid(unsafe_code)]\n");
    for module in modules.keys() {
        main.push_str(&format!("mod {module};\n"));
    }
    // The case's name is the harness's argument, not the program's.
    main.push_str("\nfn main() {\n    let case = std::env::args().nth(1).unwrap_or_default();\n    molt_rt::sys::set_args(std::iter::once(case.clone()).chain(std::env::args().skip(2)).collect());\n    match case.as_str() {\n");
    for (module, (name, _)) in modules {
        main.push_str(&format!(
            "        {name:?} => molt_rt::run_main({module}::module_main),\n"
        ));
    }
    main.push_str("        _ => std::process::exit(99),\n    }\n}\n");
    let src = dir.join("src");
    std::fs::create_dir_all(&src).expect("create crate dir");
    // Remove modules of cases no longer built.
    if let Ok(entries) = std::fs::read_dir(&src) {
        for e in entries.flatten() {
            let stem = e
                .path()
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if stem != "main" && !modules.contains_key(&stem) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let write = |p: PathBuf, s: &str| {
        if std::fs::read_to_string(&p).ok().as_deref() != Some(s) {
            std::fs::write(&p, s).expect("write crate file");
        }
    };
    write(dir.join("Cargo.toml"), &manifest);
    if !dir.join("Cargo.lock").exists() {
        write(
            dir.join("Cargo.lock"),
            &std::fs::read_to_string(repo_root().join("Cargo.lock")).expect("Cargo.lock"),
        );
    }
    write(src.join("main.rs"), &main);
    write(
        dir.join("build.rs"),
        &molt_codegen::krate::BUILD_RS.replace("{source}", "tests/cases"),
    );
    for (module, (_, code)) in modules {
        write(src.join(format!("{module}.rs")), code);
    }
}

/// Runs a cargo subcommand on the crate; returns the executable (for
/// build) and the error or warning messages per module file.
/// Per module file: (lint or error code, rendered message).
type Problems = BTreeMap<String, Vec<(String, String)>>;

fn cargo(
    dir: &Path,
    target: &Path,
    sub: &str,
    triple: Option<&str>,
    extra: &[&str],
) -> (Option<PathBuf>, Problems, bool) {
    let route = target::route(triple).unwrap_or_else(|e| panic!("{e}"));
    let mut cmd = target::cargo_command(sub, triple, route);
    cmd.arg("--message-format=json")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut child = cmd.spawn().expect("run cargo");
    let out = child.stdout.take().expect("stdout");
    let mut exe = None;
    let mut problems: Problems = BTreeMap::new();
    for m in Message::parse_stream(BufReader::new(out)).flatten() {
        match m {
            Message::CompilerArtifact(a) => {
                if let Some(e) = a.executable {
                    exe = Some(PathBuf::from(e.as_std_path()));
                }
            }
            Message::CompilerMessage(m) => {
                let rendered_text = m.message.rendered.clone().unwrap_or_default();
                // The module a message is about: its primary span, or else the
                // first case module its text mentions (trait errors point into
                // the runtime).
                let file = m
                    .message
                    .spans
                    .iter()
                    .find(|s| s.is_primary && s.file_name.contains("case_"))
                    .map(|s| s.file_name.clone())
                    .or_else(|| {
                        rendered_text
                            .split(|c: char| c.is_whitespace() || c == ':')
                            .find(|w| w.starts_with("src/case_") && w.ends_with(".rs"))
                            .map(str::to_string)
                    })
                    .or_else(|| {
                        m.message
                            .spans
                            .iter()
                            .find(|s| s.is_primary)
                            .map(|s| s.file_name.clone())
                    });
                let Some(file) = file else {
                    continue;
                };
                let file = Path::new(&file)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let rendered = m
                    .message
                    .rendered
                    .clone()
                    .unwrap_or(m.message.message.clone());
                let code = m
                    .message
                    .code
                    .as_ref()
                    .map(|c| c.code.clone())
                    .unwrap_or_default();
                problems.entry(file).or_default().push((code, rendered));
            }
            _ => {}
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (exe, problems, ok)
}

/// What a case printed and how it ended.
struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs one case with `cmd`: the executable, directly or under the
/// target's runner (qemu-user).
fn run_case(mut cmd: Command, case: &Case) -> Result<Outcome, String> {
    let mut child = cmd
        .arg(&case.name)
        .current_dir(case.path.parent().expect("case dir"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run: {e}"))?;
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_thread = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err_thread = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            return Err("timed out after 60 s".into());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&out_thread.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&err_thread.join().unwrap_or_default()).into_owned(),
        code: status.code().unwrap_or(-1),
    })
}

/// Runs every case of a wasm module in one Node process, which compiles
/// the module once (`wasi-run.js --batch`).
///
/// Node 20 sometimes dies of a segmentation fault inside V8 partway through
/// a long batch (in its property lookup, at a different case each time), so
/// a batch that ends early resumes at the case that was running. A case that
/// kills Node twice in a row fails with what Node left behind.
fn run_wasi_batch(exe: &Path, script: &Path, cases: &[&Case]) -> Vec<Result<Outcome, String>> {
    let dir = exe.with_extension("runs");
    std::fs::create_dir_all(&dir).expect("create runs dir");
    let files: Vec<(PathBuf, PathBuf)> = (0..cases.len())
        .map(|i| (dir.join(format!("{i}.out")), dir.join(format!("{i}.err"))))
        .collect();
    let mut outcomes: Vec<Result<Outcome, String>> = Vec::with_capacity(cases.len());
    let mut crashed_at = None;
    while outcomes.len() < cases.len() {
        let first = outcomes.len();
        let (codes, result) = run_wasi_jobs(exe, script, &cases[first..], &files[first..]);
        for (code, (out, err)) in codes.iter().zip(&files[first..]) {
            outcomes.push(Ok(Outcome {
                stdout: std::fs::read_to_string(out).unwrap_or_default(),
                stderr: std::fs::read_to_string(err).unwrap_or_default(),
                code: *code,
            }));
        }
        if outcomes.len() < cases.len() {
            let at = outcomes.len();
            if crashed_at == Some(at) {
                outcomes.push(Err(format!("Node died running this case, twice: {result}")));
            } else {
                crashed_at = Some(at);
            }
        }
    }
    outcomes
}

/// One Node process over `cases`: the exit codes of the jobs that finished,
/// in order, and how the process ended.
fn run_wasi_jobs(
    exe: &Path,
    script: &Path,
    cases: &[&Case],
    files: &[(PathBuf, PathBuf)],
) -> (Vec<i32>, String) {
    // Rust's `{:?}` of a path without control characters is a JSON string.
    let jobs: Vec<String> = cases
        .iter()
        .zip(files)
        .map(|(case, (out, err))| {
            format!(
                "{{\"args\":[{:?}],\"dir\":{:?},\"stdout\":{:?},\"stderr\":{:?}}}",
                case.name,
                case.path.parent().expect("case dir").display().to_string(),
                out.display().to_string(),
                err.display().to_string()
            )
        })
        .collect();
    let jobs_file = exe.with_extension("runs").join("jobs.json");
    std::fs::write(&jobs_file, format!("[{}]", jobs.join(",\n"))).expect("write jobs");
    let result = Command::new("node")
        .arg("--no-warnings")
        .arg(script)
        .arg("--batch")
        .arg(exe)
        .arg(&jobs_file)
        .stderr(Stdio::inherit())
        .output();
    match result {
        Ok(out) => (
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map_while(|line| line.trim().parse().ok())
                .collect(),
            out.status.to_string(),
        ),
        Err(e) => (Vec::new(), format!("node could not start: {e}")),
    }
}

/// Compares a run with what CPython did.
fn compare(case: &Case, run: &Outcome) -> Result<(), String> {
    let mut problems = Vec::new();
    if run.stdout != case.expected_stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&case.expected_stdout, &run.stdout)
        ));
    }
    if run.code != case.expected_exit {
        problems.push(format!(
            "exit code {}, expected {}",
            run.code, case.expected_exit
        ));
    }
    if let Some(last) = &case.expected_stderr_last {
        let got = run
            .stderr
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        if got != last {
            problems.push(format!("last stderr line {got:?}, expected {last:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn diff(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    for i in 0..e.len().max(g.len()) {
        if e.get(i) != g.get(i) {
            return format!(
                "  line {}: expected {:?}\n  line {}:      got {:?}",
                i + 1,
                e.get(i),
                i + 1,
                g.get(i)
            );
        }
    }
    "  (trailing newline differs)".into()
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    // `MOLT_TARGET=wasm32-wasip1` builds the cases for that target and
    // runs them with its runner; `MOLT_SAMPLE=N` runs about N of them,
    // spread evenly over the areas.
    let triple = std::env::var("MOLT_TARGET").ok().filter(|t| !t.is_empty());
    let triple = triple.as_deref();
    let mut cases = load_cases(&filter);
    if let Some(n) = std::env::var("MOLT_SAMPLE")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
    {
        let step = cases.len().div_ceil(n.max(1)).max(1);
        cases = cases.into_iter().step_by(step).collect();
    }
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let mut modules: BTreeMap<String, (String, String)> = BTreeMap::new();
    for case in &cases {
        let source = std::fs::read_to_string(&case.path).expect("read case");
        // By its path, so that the modules beside it are found.
        match molt_codegen::transpile(&case.path.to_string_lossy(), &source) {
            Ok(t) => {
                modules.insert(case.module.clone(), (case.name.clone(), t.rust));
            }
            Err(d) => {
                failures.insert(case.name.clone(), format!("transpile failed:\n{d}"));
            }
        }
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(match triple {
        Some(t) => format!("molt-cases-{t}"),
        None => "molt-cases".into(),
    });
    let target = dir.join("target");
    let mut exe = None;
    for _attempt in 0..6 {
        write_crate(&dir, &modules);
        let (built, problems, ok) = cargo(&dir, &target, "build", triple, &[]);
        let errors: Problems = problems
            .into_iter()
            .filter(|(_, msgs)| msgs.iter().any(|(_, m)| m.starts_with("error")))
            .collect();
        if ok {
            exe = built;
            break;
        }
        if errors.is_empty() {
            break;
        }
        for (module, msgs) in errors {
            if let Some((name, _)) = modules.remove(&module) {
                let text: Vec<&str> = msgs.iter().map(|(_, m)| m.as_str()).collect();
                failures.insert(
                    name,
                    format!("generated Rust does not compile:\n{}", text.join("\n")),
                );
            }
        }
    }
    // Lints do not depend on the target: clippy runs for native builds.
    let clippy = std::env::var("MOLT_CLIPPY").map_or(true, |v| v != "0");
    if triple.is_none() && clippy && exe.is_some() {
        check_clippy(&dir, &target, &modules, &mut failures);
    }
    let runnable: Vec<&Case> = cases
        .iter()
        .filter(|c| !failures.contains_key(&c.name))
        .collect();
    let outcomes = match &exe {
        Some(exe) => run_all(exe, triple, &dir, &runnable),
        None => BTreeMap::new(),
    };
    let mut passed = 0;
    for case in &cases {
        let result = match failures.get(&case.name) {
            Some(f) => Err(f.clone()),
            None => match outcomes.get(&case.name) {
                Some(Ok(run)) => compare(case, run),
                Some(Err(e)) => Err(e.clone()),
                None => Err("the cases crate did not build".into()),
            },
        };
        match result {
            Ok(()) => {
                passed += 1;
                println!("case {} ... ok", case.name);
            }
            Err(why) => {
                println!("case {} ... FAILED\n{}", case.name, indent(&why));
                failures.insert(case.name.clone(), why);
            }
        }
    }
    let failed: BTreeSet<&String> = failures.keys().collect();
    println!();
    let on = triple.map(|t| format!("{t}: ")).unwrap_or_default();
    println!("{on}{passed} passed, {} failed", failed.len());
    if !failed.is_empty() {
        std::process::exit(1);
    }
}

/// Runs each case: natively, under qemu-user, or all of them in one Node
/// process.
fn run_all(
    exe: &Path,
    triple: Option<&str>,
    dir: &Path,
    cases: &[&Case],
) -> BTreeMap<String, Result<Outcome, String>> {
    let script = dir.join("wasi-run.js");
    let command = || target::run_command(triple, exe, &script).unwrap_or_else(|e| panic!("{e}"));
    let outcomes: Vec<Result<Outcome, String>> = if command().get_program() == "node" {
        run_wasi_batch(exe, &script, cases)
    } else {
        cases.iter().map(|case| run_case(command(), case)).collect()
    };
    cases.iter().map(|c| c.name.clone()).zip(outcomes).collect()
}

/// Generated code must pass `cargo clippy -- -D warnings`. A case may be
/// exempt from named lints (full codes: `clippy::eq_op`, `unused_variables`) in `tests/cases/clippy-exempt.txt`, where
/// the lint reports something the Python program itself does (comparing a
/// value with itself, `3.14159` for pi); an exemption a case no longer needs
/// is an error, so the list cannot rot.
fn check_clippy(
    dir: &Path,
    target: &Path,
    modules: &BTreeMap<String, (String, String)>,
    failures: &mut BTreeMap<String, String>,
) {
    let text = std::fs::read_to_string(repo_root().join("tests/cases/clippy-exempt.txt"))
        .unwrap_or_default();
    let mut exempt: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut words = line.split_whitespace();
        if let Some(case) = words.next() {
            exempt
                .entry(case.to_string())
                .or_default()
                .extend(words.map(str::to_string));
        }
    }
    let (_, problems, _) = cargo(dir, target, "clippy", None, &["--", "-D", "warnings"]);
    for (module, msgs) in &problems {
        let Some((name, _)) = modules.get(module) else {
            continue;
        };
        let allowed = exempt.get(name).cloned().unwrap_or_default();
        let bad: Vec<&str> = msgs
            .iter()
            .filter(|(code, _)| !allowed.contains(code))
            .map(|(_, m)| m.as_str())
            .collect();
        if !bad.is_empty() {
            failures
                .entry(name.clone())
                .or_insert_with(|| format!("clippy:\n{}", bad.join("\n")));
        }
    }
    for (case, lints) in &exempt {
        let Some(module) = modules.iter().find(|(_, (n, _))| n == case).map(|(m, _)| m) else {
            continue;
        };
        let seen: BTreeSet<String> = problems
            .get(module)
            .into_iter()
            .flatten()
            .map(|(c, _)| c.clone())
            .collect();
        let stale: Vec<&String> = lints.difference(&seen).collect();
        if !stale.is_empty() {
            failures.entry(case.clone()).or_insert_with(|| {
                format!("clippy-exempt.txt lists lints this case no longer triggers: {stale:?}")
            });
        }
    }
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}
