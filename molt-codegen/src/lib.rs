//! Molt translates Python 3.12 programs into readable Rust crates.
//!
//! The pipeline, one module per pass:
//! [`parse`] (ruff's parser) -> [`desugar`] (library functions as lambdas)
//! -> [`resolve`] (scopes) -> [`lower`] (to the
//! [`ir`], with inference variables) -> [`infer`] (solve the [`types`]) ->
//! [`analyze`] (how Rust declares each local) -> [`emit`] (tokens with
//! quote, formatted by prettyplease). [`krate`] writes a buildable crate and
//! [`cargo`] builds it. The CLI calls [`transpile`]; `build.rs` through
//! [`Builder`] and the `include_py!` macro call [`transpile_library`].

pub mod analyze;
pub mod builder;
pub mod cargo;
pub mod coerce;
pub mod desugar;
pub mod diagnostic;
pub mod doctor;
pub mod emit;
pub mod explain;
pub mod infer;
pub mod ir;
pub mod krate;
pub mod link;
pub mod lower;
pub mod math;
pub mod methods;
pub mod monomorphize;
pub mod parse;
pub mod percent;
pub mod random;
pub mod resolve;
pub mod target;
pub mod types;

pub use builder::{BuildError, Builder, Generated};
pub use diagnostic::{Diagnostic, Diagnostics};

/// One translated Python module.
pub struct Translation {
    /// The Python module name, which is also the Rust module name.
    pub module: String,
    /// The IR dump (`molt transpile --emit ir`).
    pub ir: String,
    /// The Rust source.
    pub rust: String,
    /// `(rust_line, python_line)` pairs, for mapping rustc errors back.
    pub line_map: Vec<(u32, u32)>,
    /// What inference decided (`molt check --explain`).
    pub explain: String,
    /// What the translation leaves out that the user may expect, such as
    /// a public function whose types have no Rust API (`Builder` prints
    /// them as cargo warnings).
    pub notes: Vec<String>,
    /// The files of the program's own modules it imports (see `link.rs`):
    /// what a build must watch besides the file itself.
    pub imports: Vec<String>,
}

impl Translation {
    /// Whether the code calls into molt-std (the program imports a
    /// standard library module Molt implements there).
    pub fn needs_std(&self) -> bool {
        self.rust.contains("molt_std::")
    }
}

/// Translates one Python source file's text into a program: its top-level
/// code is `module_main`, which the generated `main.rs` runs.
pub fn transpile(file_name: &str, source: &str) -> Result<Translation, Diagnostics> {
    translate(file_name, source, lower::Mode::Program)
}

/// Translates a Python module that a Rust crate embeds: the Rust source
/// gives the module's typed API (see [`emit::api`]) and keeps the
/// translated module in a private `python` module. `molt_codegen::Builder`
/// and `include_py!` write and include it.
pub fn transpile_library(file_name: &str, source: &str) -> Result<Translation, Diagnostics> {
    translate(file_name, source, lower::Mode::Library)
}

fn translate(file_name: &str, source: &str, mode: lower::Mode) -> Result<Translation, Diagnostics> {
    let module = module_name(file_name);
    let mut ast = parse::parse(source).map_err(|items| Diagnostics {
        file: file_name.to_string(),
        source: source.to_string(),
        items,
        modules: Vec::new(),
    })?;
    let (linked, problems) = link::link(file_name, source, &mut ast);
    let fail = |items: Vec<Diagnostic>| Diagnostics {
        file: file_name.to_string(),
        source: source.to_string(),
        items,
        modules: linked.modules.clone(),
    };
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    let imports = linked.modules.iter().map(|m| m.file.clone()).collect();
    let program_len = source.len();
    let source = linked.source.as_str();
    let rewritten = desugar::desugar(&mut ast);
    if !rewritten.is_empty() {
        return Err(fail(rewritten));
    }
    // Inference restarts whenever it finds variables that hold values of
    // more than one type, with those bound to `Obj` from the start; each
    // restart widens at least one more variable, so this ends.
    // It restarts too when it finds attributes assigned to instances from
    // outside their class: those become fields.
    // A function whose parameters would be widened is split into copies
    // first (see `monomorphize`), which renumbers the variables too.
    // Copies that do not compile start it again from the unsplit program,
    // without splitting the functions the errors fall in.
    let mut widened = std::collections::BTreeMap::new();
    let mut outside_fields = std::collections::BTreeSet::new();
    let mut instances = monomorphize::Instances::default();
    let mut ir = loop {
        let diagnostics = match lower::lower_module(&module, source, &ast, mode, &outside_fields) {
            Err(d) => d,
            Ok(lowered) => {
                let mut ir = lowered.module;
                let mut unifier = lowered.unifier;
                unifier.prebind(&widened);
                match infer::infer_module(&mut ir, unifier) {
                    Ok(()) => break ir,
                    Err(infer::Failure::Widen(more)) => {
                        let library = matches!(mode, lower::Mode::Library);
                        if instances.split_widened(&mut ast, &ir, &more, library) {
                            widened.clear();
                        } else {
                            widened.extend(more);
                        }
                        continue;
                    }
                    // New fields renumber the type variables: widen from scratch.
                    Err(infer::Failure::Fields(more)) => {
                        outside_fields.extend(more);
                        widened.clear();
                        continue;
                    }
                    Err(infer::Failure::Diagnostics(d)) => d,
                }
            }
        };
        if !instances.restart(&mut ast, &diagnostics) {
            let mut items = diagnostics;
            instances.rename_in(&mut items);
            return Err(fail(items));
        }
        widened.clear();
    };
    instances.merge(&mut ir);
    // A library's API is its own file's: the modules it imports are
    // compiled in, not exported.
    let own = |span: (u32, u32)| (span.0 as usize) < program_len;
    let functions = &ir.functions;
    ir.public
        .retain(|name| functions.iter().any(|f| &f.name == name && own(f.span)));
    ir.constants.retain(|(_, value)| own(value.span));
    lower::tables::confirm(&mut ir);
    let explain = explain::explain(&ir, file_name);
    coerce::insert_conversions(&mut ir);
    for f in ir.functions.iter_mut().chain(std::iter::once(&mut ir.main)) {
        analyze::bind_locals(f);
    }
    let source_name = file_name.rsplit('/').next().unwrap_or(file_name);
    let rust = match mode {
        lower::Mode::Program => emit::emit_module(&mut ir, source_name),
        lower::Mode::Library => emit::emit_library(&mut ir, source_name),
    };
    Ok(Translation {
        module,
        ir: ir.to_string(),
        rust: rust.code,
        line_map: rust.line_map,
        explain,
        notes: rust.notes,
        imports,
    })
}

/// `app` for `path/to/app.py`, made a valid Rust module name.
pub fn module_name(file_name: &str) -> String {
    let stem = std::path::Path::new(file_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main".into());
    let mut name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) || name == "main" {
        name.insert_str(0, "py_");
    }
    name
}
