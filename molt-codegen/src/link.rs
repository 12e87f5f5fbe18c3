//! A program's own modules: `import shapes` in `app.py` reads `shapes.py`
//! from the same directory, as CPython's first search path does, and
//! compiles it into the program (the world is closed, so every module is
//! known when translating).
//!
//! A module's code runs where it is first imported, once, so its
//! statements take the place of that `import`; later imports of it are
//! no-ops. The program and its modules share one namespace: `shapes.area`
//! becomes `area`, and a name defined in two of them is a diagnostic
//! rather than a silent merge.
//!
//! Each module is parsed at a byte offset past the program and the modules
//! before it, so every span stays unique: diagnostics are rendered in the
//! right file ([`ModuleSource`]) and the source text a span indexes is the
//! concatenation of all of them.

use crate::diagnostic::{Diagnostic, ModuleSource};
use ruff_python_ast::helpers::any_over_body;
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// The program with its modules placed in it.
pub struct Linked {
    /// The program's source followed by each module's: what spans index.
    pub source: String,
    pub modules: Vec<ModuleSource>,
}

/// Places the modules `program` imports (and those they import) in it.
/// `file_name` locates them: a module is a `.py` file beside it. Returns
/// what diagnostics need to show the modules' code, and the problems.
pub fn link(
    file_name: &str,
    source: &str,
    program: &mut ast::ModModule,
) -> (Linked, Vec<Diagnostic>) {
    let dir = Path::new(file_name)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut linker = Linker {
        dir,
        source: source.to_string(),
        modules: Vec::new(),
        exports: BTreeMap::new(),
        loading: Vec::new(),
        errors: Vec::new(),
    };
    let body = std::mem::take(&mut program.body);
    program.body = linker.place_imports(body);
    drop_unused_definitions(&mut program.body, source.len());
    let linked = Linked {
        source: linker.source,
        modules: linker.modules,
    };
    (linked, linker.errors)
}

struct Linker {
    dir: PathBuf,
    source: String,
    modules: Vec<ModuleSource>,
    /// The modules placed so far, with the names each defines.
    exports: BTreeMap<String, HashSet<String>>,
    /// The modules being placed, innermost last: an import of one of them
    /// is a cycle.
    loading: Vec<String>,
    errors: Vec<Diagnostic>,
}

/// Standard library modules Molt compiles from Python source with the
/// program, as if they sat beside it (a module of the program's own with
/// the same name comes first, as in CPython's search order).
const BUNDLED: &[(&str, &str)] = &[
    ("argparse", include_str!("stdlib/argparse.py")),
    ("bisect", include_str!("stdlib/bisect.py")),
];

fn bundled(name: &str) -> Option<&'static str> {
    BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

fn error(range: TextRange, message: impl Into<String>) -> Diagnostic {
    Diagnostic::error(message, range.start().to_usize()..range.end().to_usize())
}

impl Linker {
    /// The path of the program's module `name`, if there is one.
    fn module_path(&self, name: &str) -> Option<PathBuf> {
        let path = self.dir.join(format!("{name}.py"));
        path.is_file().then_some(path)
    }

    /// Whether `name` is compiled from source: the program's or bundled.
    fn has_source(&self, name: &str) -> bool {
        self.module_path(name).is_some() || bundled(name).is_some()
    }

    /// A module's body with its imports of the program's modules replaced
    /// by their code, and `module.name` read as `name`.
    fn place_imports(&mut self, body: ast::Suite) -> ast::Suite {
        let mut imported: BTreeMap<String, HashSet<String>> = BTreeMap::new();
        let defined = top_level_names(&body);
        let mut out = ast::Suite::new();
        for stmt in body {
            let (names, range) = match &stmt {
                Stmt::Import(i) => {
                    let names: Vec<(String, bool)> = i
                        .names
                        .iter()
                        .map(|a| (a.name.id.to_string(), a.asname.is_some()))
                        .collect();
                    (names, i.range)
                }
                Stmt::ImportFrom(i) if i.level == 0 => {
                    let Some(module) = &i.module else {
                        out.push(stmt);
                        continue;
                    };
                    if !self.has_source(module.id.as_str()) {
                        out.push(stmt);
                        continue;
                    }
                    let wanted: Vec<String> =
                        i.names.iter().map(|a| a.name.id.to_string()).collect();
                    if let Some(a) = i
                        .names
                        .iter()
                        .find(|a| a.asname.is_some() || &a.name == "*")
                    {
                        self.errors.push(
                            error(
                                a.range,
                                format!(
                                    "`from {} import {}` is not supported",
                                    module.id, a.name.id
                                ),
                            )
                            .with_help("import the names themselves, without `as` or `*`"),
                        );
                        continue;
                    }
                    let name = module.id.to_string();
                    out.extend(self.load(&name, i.range, &defined));
                    let exported = self.exports.get(&name).cloned().unwrap_or_default();
                    for w in &wanted {
                        if !exported.contains(w) {
                            self.errors.push(error(
                                i.range,
                                format!("module `{name}` has no top-level `{w}`"),
                            ));
                        }
                    }
                    continue;
                }
                _ => {
                    out.push(stmt);
                    continue;
                }
            };
            // `import a, b`: the program's own modules are placed here;
            // library modules keep their import.
            let mut library = Vec::new();
            for (name, renamed) in names {
                if !self.has_source(&name) {
                    library.push(name);
                    continue;
                }
                if renamed {
                    self.errors.push(
                        error(range, format!("`import {name} as ...` is not supported"))
                            .with_help(format!("write `import {name}`")),
                    );
                    continue;
                }
                out.extend(self.load(&name, range, &defined));
                let exported = self.exports.get(&name).cloned().unwrap_or_default();
                imported.insert(name, exported);
            }
            if !library.is_empty() {
                if let Stmt::Import(mut i) = stmt {
                    i.names
                        .retain(|a| library.iter().any(|l| a.name.id.as_str() == l));
                    out.push(Stmt::Import(i));
                }
            }
        }
        if !imported.is_empty() {
            let rewrite = QualifiedNames {
                modules: imported,
                errors: RefCell::new(Vec::new()),
            };
            for stmt in out.iter_mut() {
                rewrite.visit_stmt(stmt);
            }
            self.errors.extend(rewrite.errors.into_inner());
        }
        out
    }

    /// Module `name`'s code, with its own imports placed, the first time
    /// it is imported; nothing (the code already ran) after that.
    fn load(&mut self, name: &str, at: TextRange, importer_names: &HashSet<String>) -> ast::Suite {
        if self.loading.iter().any(|m| m == name) {
            self.errors.push(
                error(
                    at,
                    format!(
                        "module `{name}` imports itself (through {})",
                        self.loading.join(" -> ")
                    ),
                )
                .with_help("Molt compiles modules without import cycles"),
            );
            return ast::Suite::new();
        }
        if self.exports.contains_key(name) {
            return ast::Suite::new();
        }
        self.exports.insert(name.to_string(), HashSet::new());
        let (path, text) = match (self.module_path(name), bundled(name)) {
            (Some(path), _) => match std::fs::read_to_string(&path) {
                Ok(t) => (path, t),
                Err(e) => {
                    self.errors
                        .push(error(at, format!("cannot read `{}`: {e}", path.display())));
                    return ast::Suite::new();
                }
            },
            (None, Some(text)) => (PathBuf::from(format!("<molt>/{name}.py")), text.to_string()),
            (None, None) => return ast::Suite::new(),
        };
        // Parsed past everything before it, so its spans are its own.
        let offset = self.source.len();
        let padded = format!("{}{text}", "\n".repeat(offset));
        self.source.push_str(&text);
        self.modules.push(ModuleSource {
            file: path.to_string_lossy().into_owned(),
            source: text,
            offset,
        });
        let module = match crate::parse::parse(&padded) {
            Ok(m) => m,
            Err(errors) => {
                self.errors.extend(errors);
                return ast::Suite::new();
            }
        };
        self.loading.push(name.to_string());
        let mut code = self.place_imports(module.body);
        self.loading.pop();
        code = run_as_module(code, &mut self.errors);
        let names = top_level_names(&code);
        for clash in names.intersection(importer_names) {
            self.errors.push(
                error(
                    at,
                    format!("`{clash}` is defined both here and in module `{name}`"),
                )
                .with_help(
                    "Molt compiles a program's modules into one namespace: rename one of them",
                ),
            );
        }
        self.exports.insert(name.to_string(), names);
        code
    }
}

/// A module's code as it runs when imported: `__name__` is not
/// `"__main__"`, so a main guard's body is dropped.
fn run_as_module(code: ast::Suite, errors: &mut Vec<Diagnostic>) -> ast::Suite {
    let mut out = ast::Suite::new();
    for stmt in code {
        match stmt {
            Stmt::If(i) if crate::lower::is_main_guard(&i.test) => {
                // Only an `else:` runs.
                if let Some(clause) = i.elif_else_clauses.into_iter().find(|c| c.test.is_none()) {
                    out.extend(clause.body);
                }
            }
            Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) && out.is_empty() => {
                // The module's docstring.
            }
            stmt => {
                let mut name_read = None;
                any_over_body(std::slice::from_ref(&stmt), |e| match e {
                    Expr::Name(n) if n.id.as_str() == "__name__" => {
                        name_read = Some(n.range);
                        true
                    }
                    _ => false,
                });
                if let Some(range) = name_read {
                    errors.push(
                        error(range, "`__name__` in an imported module is not supported")
                            .with_help("use it only in `if __name__ == \"__main__\":`"),
                    );
                }
                out.push(stmt);
            }
        }
    }
    out
}

/// The names a module's top level binds with `def`, `class` or an
/// assignment: what other modules see of it.
fn top_level_names(body: &[Stmt]) -> HashSet<String> {
    let mut names = HashSet::new();
    for stmt in body {
        let targets: Vec<&Expr> = match stmt {
            Stmt::FunctionDef(f) => {
                names.insert(f.name.id.to_string());
                continue;
            }
            Stmt::ClassDef(c) => {
                names.insert(c.name.id.to_string());
                continue;
            }
            Stmt::Assign(a) => a.targets.iter().collect(),
            Stmt::AnnAssign(a) => vec![&a.target],
            Stmt::AugAssign(a) => vec![&a.target],
            _ => continue,
        };
        for t in targets {
            if let Expr::Name(n) = t {
                names.insert(n.id.to_string());
            }
        }
    }
    names
}

/// `shapes.area` read as `area`, for the modules a body imports.
struct QualifiedNames {
    /// Each imported module with the names it defines.
    modules: BTreeMap<String, HashSet<String>>,
    errors: RefCell<Vec<Diagnostic>>,
}

impl Transformer for QualifiedNames {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Attribute(a) = expr {
            if let Expr::Name(m) = &*a.value {
                if let Some(names) = self.modules.get(m.id.as_str()) {
                    let attr = a.attr.id.as_str();
                    if !a.ctx.is_load() {
                        self.errors.borrow_mut().push(
                            error(a.range, format!("assigning `{}.{attr}` from outside the module is not supported", m.id))
                                .with_help("give the module a function that sets it"),
                        );
                    } else if !names.contains(attr) {
                        self.errors.borrow_mut().push(error(
                            a.range,
                            format!("module `{}` has no top-level `{attr}`", m.id),
                        ));
                    }
                    *expr = Expr::Name(ast::ExprName {
                        node_index: Default::default(),
                        range: a.range,
                        id: a.attr.id.clone(),
                        ctx: ExprContext::Load,
                    });
                    return;
                }
            }
        }
        if let Expr::Name(n) = expr {
            if self.modules.contains_key(n.id.as_str()) {
                self.errors.borrow_mut().push(
                    error(
                        n.range,
                        format!("module `{}` used as a value is not supported", n.id),
                    )
                    .with_help(format!("use its names: `{}.name`", n.id)),
                );
            }
            return;
        }
        transformer::walk_expr(self, expr);
    }
}

/// Drops the functions and classes of modules (code past `program_len`)
/// that nothing in the program refers to: a library's unused parts, whose
/// parameter types no call would give. Defining one runs no code beyond
/// evaluating its decorators and defaults, so only those without
/// decorators, and with literal defaults, go. Dropping one may leave
/// another unused, so it repeats until nothing more goes.
fn drop_unused_definitions(body: &mut ast::Suite, program_len: usize) {
    loop {
        let unused: Vec<usize> = (0..body.len())
            .filter(|&i| {
                let stmt = &body[i];
                let name = match stmt {
                    Stmt::FunctionDef(f)
                        if f.decorator_list.is_empty()
                            && f.parameters.iter_non_variadic_params().all(|p| {
                                p.default
                                    .as_deref()
                                    .is_none_or(crate::lower::literal_default)
                            }) =>
                    {
                        f.name.id.as_str()
                    }
                    Stmt::ClassDef(c) if c.decorator_list.is_empty() => c.name.id.as_str(),
                    _ => return false,
                };
                stmt.range().start().to_usize() >= program_len
                    && !body.iter().enumerate().any(|(j, other)| {
                        j != i
                            && any_over_body(
                                std::slice::from_ref(other),
                                |e| matches!(e, Expr::Name(n) if n.id.as_str() == name),
                            )
                    })
            })
            .collect();
        if unused.is_empty() {
            return;
        }
        for i in unused.into_iter().rev() {
            body.remove(i);
        }
    }
}
