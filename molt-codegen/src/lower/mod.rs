//! Lowering: the Python AST becomes Molt's IR, with names resolved and a
//! type (often an inference variable) attached to every value.
//!
//! Everything the IR cannot express is rejected here with a diagnostic that
//! says what to write instead; nothing unsupported is dropped silently.

use crate::diagnostic::Diagnostic;
use crate::ir::{
    self, truthy, Binding, Builtin, CmpOp, Conversion, ExprKind, FPart, Place, Spec, StmtKind,
    UnaryOp,
};
use crate::resolve::{self, Scope};
use crate::types::{Signature, Type, Unifier};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextRange};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

mod args;
pub(crate) use args::literal_default;
mod classes;
mod closures;
mod context;
mod context_managers;
mod dataclasses;
mod decorators;
mod enums;
mod exceptions;
mod generators;
mod lambdas;
mod matching;
mod narrow;
mod random;
pub mod tables;
use classes::{ClassFrame, ClassInfo};

/// The lowered module and the inference variables its types refer to.
pub struct Lowered {
    pub module: ir::Module,
    pub unifier: Unifier,
}

/// What a module is translated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The program's entry point: `__name__ == "__main__"`.
    Program,
    /// A module a Rust crate embeds and calls (`molt_codegen::Builder`,
    /// `include_py!`): `__name__` is the module's name, so an `if __name__
    /// == "__main__":` block does not run, and `@molt.extern` functions call
    /// into the embedding crate.
    Library,
}

pub fn lower_module(
    name: &str,
    source: &str,
    module: &ast::ModModule,
    mode: Mode,
    outside_fields: &BTreeSet<(String, String)>,
) -> Result<Lowered, Vec<Diagnostic>> {
    let mut cx = Ctx {
        outside_fields: outside_fields.clone(),
        mode,
        module_name: name.to_string(),
        externs: HashMap::new(),
        lines: LineIndex::from_source_text(source),
        source: source.to_string(),
        diags: Vec::new(),
        u: Unifier::default(),
        funcs: HashMap::new(),
        shared: BTreeSet::new(),
        global_types: HashMap::new(),
        imports: HashSet::new(),
        classes: BTreeMap::new(),
        class_order: Vec::new(),
        super_requests: BTreeSet::new(),
        param_specs: HashMap::new(),
        enums: BTreeMap::new(),
        enum_defs: Vec::new(),
        enum_properties: HashSet::new(),
        exceptions: BTreeMap::new(),
        cached: HashMap::new(),
        funcs_pending: HashSet::new(),
        decorated: HashMap::new(),
        exception_order: Vec::new(),
        context_managers: HashMap::new(),
        narrowings: Vec::new(),
        bound_calls: Vec::new(),
    };
    let body = &module.body;
    let doc = docstring(body);
    for stmt in body {
        if let Stmt::ImportFrom(i) = stmt {
            cx.import_from(i);
        }
        if let Stmt::Import(i) = stmt {
            for a in &i.names {
                if MODULES.contains(&a.name.id.as_str()) && a.asname.is_none() {
                    cx.imports.insert(a.name.id.to_string());
                }
            }
        }
    }
    let kept = cx.take_context_managers(body);
    let body = &kept;
    let module_scope = resolve::function_scope(&[], body);
    let module_names: HashSet<String> = module_scope.locals.iter().cloned().collect();
    // The context manager functions inlined into functions use globals too.
    cx.shared = resolve::shared_globals(&module.body, &module_names);
    cx.shared.retain(|n| !cx.imports.contains(n));
    // Classes first: annotations and signatures name them.
    cx.declare_exceptions(body);
    cx.declare_classes(body);
    let bases = cx
        .classes
        .iter()
        .map(|(name, info)| (name.clone(), info.mro.clone()))
        .chain(cx.exception_ancestors())
        .collect();
    cx.u.set_classes(bases);
    cx.shared.retain(|n| {
        !cx.classes.contains_key(n) && !cx.enums.contains_key(n) && !cx.exceptions.contains_key(n)
    });
    cx.declare_methods();
    cx.declare_enum_methods();

    // Signatures first, so that calls can precede definitions.
    for stmt in body {
        if let Stmt::FunctionDef(f) = stmt {
            cx.funcs_pending.insert(f.name.id.to_string());
        }
    }
    for stmt in body {
        if let Stmt::FunctionDef(f) = stmt {
            if let Some(sig) = cx.signature(f) {
                if cx.funcs.insert(f.name.id.to_string(), sig).is_some() {
                    cx.error(
                        f.name.range,
                        format!("function `{}` is defined twice", f.name.id),
                    )
                    .help("give each function its own name");
                }
            }
        }
    }
    for name in cx.shared.clone() {
        if cx.funcs.contains_key(&name) || cx.global_types.contains_key(&name) {
            continue;
        }
        let ty = cx.u.fresh();
        cx.global_types.insert(name, ty);
    }

    let mut functions = Vec::new();
    for stmt in body {
        if let Stmt::FunctionDef(f) = stmt {
            if let Some(func) = cx.lower_function(f) {
                functions.push(func);
            }
        }
    }
    let (classes, methods) = cx.lower_classes();
    functions.extend(methods);
    let enum_methods = cx.lower_enum_methods();
    functions.extend(enum_methods);
    let main = cx.lower_main(body, &module_scope);
    // Counted in the module as written: the @contextmanager functions that
    // `body` no longer holds (they are inlined) may assign globals too.
    let assignments = count_assignments(&module.body);
    let globals = cx.globals(body, &assignments);
    let constants = api_constants(&module.body, &assignments);
    let public = body
        .iter()
        .filter_map(|s| match s {
            Stmt::FunctionDef(f) if !f.name.id.starts_with('_') => Some(f.name.id.to_string()),
            _ => None,
        })
        .collect();
    if !cx.diags.is_empty() {
        return Err(cx.diags);
    }
    cx.u.seal();
    Ok(Lowered {
        module: ir::Module {
            name: name.to_string(),
            doc,
            globals,
            functions,
            classes,
            enums: std::mem::take(&mut cx.enum_defs),
            exceptions: cx.exception_defs(),
            main,
            constants,
            public,
            narrowings: std::mem::take(&mut cx.narrowings),
            bound_calls: std::mem::take(&mut cx.bound_calls),
        },
        unifier: cx.u,
    })
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(clean_docstring(s.value.to_str())),
            _ => None,
        },
        _ => None,
    }
}

/// `inspect.cleandoc`: strips the common indentation of docstring lines.
fn clean_docstring(doc: &str) -> String {
    let lines: Vec<&str> = doc.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            out.push(l.trim().to_string());
        } else {
            out.push(l.get(indent..).unwrap_or("").trim_end().to_string());
        }
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    out.join("\n")
}

struct Ctx {
    mode: Mode,
    /// What inference must confirm for the narrowings lowering assumed.
    narrowings: Vec<ir::Narrowing>,
    /// Method calls bound before their receiver's type was known.
    bound_calls: Vec<ir::BoundCall>,
    module_name: String,
    /// `@molt.extern` functions: the Rust path each calls.
    externs: HashMap<String, String>,
    lines: LineIndex,
    source: String,
    diags: Vec<Diagnostic>,
    u: Unifier,
    funcs: HashMap<String, Signature>,
    /// Module-level names that functions use.
    shared: BTreeSet<String>,
    global_types: HashMap<String, Type>,
    imports: HashSet<String>,
    classes: BTreeMap<String, ClassInfo>,
    /// Class names in definition order.
    class_order: Vec<String>,
    /// `(class, attribute)`: attributes the program assigns to instances
    /// from outside the class's methods, fields like those it assigns to
    /// `self` (found by inference; see `infer::Failure::Fields`).
    outside_fields: BTreeSet<(String, String)>,
    /// `(self class, defining class, method)` copies `super()` calls need.
    super_requests: BTreeSet<(String, String, String)>,
    /// Each def's parameters, by function name or `Class.method`.
    param_specs: HashMap<String, Vec<args::ParamSpec>>,
    enums: BTreeMap<String, enums::EnumInfo>,
    enum_defs: Vec<ir::EnumDef>,
    /// `Enum.method` names that are properties.
    enum_properties: HashSet<String>,
    exceptions: BTreeMap<String, exceptions::ExcInfo>,
    /// Module functions with decorators that are functions, by name.
    decorated: HashMap<String, Vec<ast::Decorator>>,
    /// The module's function names, known before their signatures.
    funcs_pending: HashSet<String>,
    /// Functions decorated with `lru_cache`/`cache`, with their maxsize
    /// (`None`: unbounded).
    cached: HashMap<String, Option<u64>>,
    /// Exception class names in definition order.
    exception_order: Vec<String>,
    /// `@contextmanager` functions, inlined where `with` uses them.
    context_managers: HashMap<String, ast::StmtFunctionDef>,
}

/// The function being lowered.
struct Frame {
    scope: Scope,
    types: HashMap<String, Type>,
    is_module: bool,
    ret: Type,
    /// Names bound by the comprehensions being lowered, innermost last.
    bound: Vec<(String, Type)>,
    /// The class, when lowering a method.
    class: Option<ClassFrame>,
    /// Variables known not to be None here (see `narrow`).
    narrowed: Vec<narrow::Narrowed>,
    /// Every name the function's body reads.
    reads: HashSet<String>,
    /// For each enclosing block, the names its statements after the one
    /// being lowered read.
    after_reads: Vec<HashSet<String>>,
    /// How many loops enclose the code being lowered.
    loops: usize,
    /// How many `except` blocks enclose the code being lowered.
    handlers: usize,
    /// The body is a generator's.
    generator: bool,
}

impl Frame {
    /// Whether code that runs after the statement being lowered may read
    /// `name`: a later statement, or anything in an enclosing loop.
    fn reads_later(&self, name: &str) -> bool {
        (self.loops > 0 && self.reads.contains(name))
            || self.after_reads.iter().any(|r| r.contains(name))
    }
}

/// A name no variable of the function has, for a value Molt keeps:
/// `what_0`, `what_1`, ...
fn unique_name(frame: &Frame, what: &str) -> String {
    (0..)
        .map(|n| format!("{what}_{n}"))
        .find(|name| {
            !frame.types.contains_key(name)
                && !frame.scope.is_local(name)
                && !frame.reads.contains(name)
                && !frame.bound.iter().any(|(b, _)| b == name)
        })
        .expect("some numbered name is free")
}

fn span(range: TextRange) -> (u32, u32) {
    (range.start().to_u32(), range.end().to_u32())
}

/// The argument of `type(x)`.
/// The keyword of a `TypeName` builtin that gives the class's `repr`
/// (`<class '__main__.Point'>`) instead of its name: the module a class of
/// the program is qualified by.
pub const TYPE_REPR_MODULE: &str = "__module__";

fn type_call(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::Call(c)
            if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "type")
                && c.arguments.args.len() == 1
                && c.arguments.keywords.is_empty() =>
        {
            c.arguments.args.first()
        }
        _ => None,
    }
}

fn construct_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Lambda(_) => "lambda",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Await(_) => "await",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield",
        Expr::Attribute(_) => "attribute access",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred expression",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
        Expr::BytesLiteral(_) => "bytes literal",
        Expr::Named(_) => "assignment expression (:=)",
        Expr::TString(_) => "template string",
        Expr::EllipsisLiteral(_) => "Ellipsis",
        _ => "this expression",
    }
}

fn stmt_name(stmt: &Stmt) -> &'static str {
    match stmt {
        Stmt::ClassDef(_) => "class definitions",
        Stmt::Delete(_) => "del",
        Stmt::TypeAlias(_) => "type aliases",
        Stmt::With(_) => "with",
        Stmt::Match(_) => "match",
        Stmt::Try(_) => "try",
        Stmt::Nonlocal(_) => "nonlocal",
        Stmt::FunctionDef(_) => "nested functions",
        Stmt::ImportFrom(_) => "from-imports",
        _ => "this statement",
    }
}

impl Ctx {
    fn error(&mut self, range: TextRange, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(
            message,
            range.start().to_usize()..range.end().to_usize(),
        ));
        self.diags.last_mut().expect("just pushed")
    }

    /// `from typing import Optional`: names Molt knows as annotations.
    fn import_from(&mut self, i: &ast::StmtImportFrom) {
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or_default();
        for alias in &i.names {
            let name = alias.name.id.as_str();
            let known = match module {
                "typing" => matches!(
                    name,
                    "Optional"
                        | "List"
                        | "Dict"
                        | "Set"
                        | "Tuple"
                        | "FrozenSet"
                        | "ClassVar"
                        | "Type"
                        | "Callable"
                        | "Iterator"
                        | "Iterable"
                        | "Generator"
                        | "NamedTuple"
                ),
                "collections.abc" => {
                    matches!(name, "Callable" | "Iterator" | "Iterable" | "Generator")
                }
                "functools" => matches!(name, "lru_cache" | "cache" | "wraps" | "reduce"),
                "contextlib" => matches!(name, "suppress" | "contextmanager"),
                "itertools" => {
                    itertools_builtin(name).is_some() || REWRITTEN_ITERTOOLS.contains(&name)
                }
                "operator" => crate::desugar::is_operator_function(name),
                "enum" => matches!(name, "Enum" | "IntEnum" | "auto"),
                "types" => name == "TracebackType",
                "collections" => name == "namedtuple",
                "molt" => name == "extern",
                // Annotations are read when translating, never evaluated at
                // run time, so postponing their evaluation changes nothing.
                "__future__" => name == "annotations",
                "math" => {
                    crate::math::MathFn::from_name(name).is_some()
                        || crate::math::constant(name).is_some()
                }
                "random" => {
                    let known = crate::random::RandomFn::from_name(name).is_some();
                    if known {
                        // Marks where the name comes from: `random` is
                        // also the module's own name.
                        self.imports.insert(format!("random.{name}"));
                    }
                    known
                }
                "dataclasses" => matches!(
                    name,
                    "dataclass" | "field" | "asdict" | "astuple" | "replace"
                ),
                _ => false,
            };
            if known && alias.asname.is_none() {
                self.imports.insert(name.to_string());
            } else {
                self.error(
                    alias.range,
                    format!("`from {module} import {name}` is not supported"),
                )
                .help("see docs/supported.md for the names Molt imports from typing, dataclasses, enum, functools, itertools, operator, contextlib, math and random");
            }
        }
    }

    fn line(&self, range: TextRange) -> u32 {
        self.lines.line_index(range.start()).get() as u32
    }

    fn annotation(&mut self, expr: &Expr) -> Option<Type> {
        let ty = match expr {
            Expr::NoneLiteral(_) => Type::None,
            Expr::Name(n) => match n.id.as_str() {
                "int" => Type::Int,
                "float" => Type::Float,
                "bool" => Type::Bool,
                "str" => Type::Str,
                "bytes" => Type::Bytes,
                "bytearray" => Type::ByteArray,
                "range" => Type::Range,
                "object" => Type::Obj,
                // An exception, of a class with fields too.
                exc if self.is_exception_class(exc) => Type::Exc(exc.to_string()),
                class if self.classes.contains_key(class) => Type::Object(class.to_string()),
                // An exception class, as `__exit__` receives it.
                "type" | "Type" => Type::ExcType,
                // Molt keeps no tracebacks: `__exit__` receives None.
                "TracebackType" if self.imports.contains("TracebackType") => Type::None,
                exc if self.is_exception_class(exc) => Type::Exc(exc.to_string()),
                name if self.enums.contains_key(name) => Type::Enum(name.to_string()),
                // A bare container annotation leaves the items to inference.
                "list" => Type::List(Box::new(self.u.fresh())),
                "set" => Type::Set(Box::new(self.u.fresh())),
                "dict" => Type::Dict(Box::new(self.u.fresh()), Box::new(self.u.fresh())),
                _ => {
                    self.error(
                        n.range,
                        format!("the annotation `{}` is not supported", n.id),
                    )
                    .label("unsupported type")
                    .help("Molt supports the annotations int, float, bool, str and None here");
                    return None;
                }
            },
            Expr::Subscript(sub) => return self.generic_annotation(sub),
            // A forward reference: `"Node"`, `"Node | None"`.
            Expr::StringLiteral(s) if self.classes.contains_key(s.value.to_str()) => {
                Type::Object(s.value.to_str().to_string())
            }
            Expr::StringLiteral(s) => {
                let parsed = ruff_python_parser::parse_expression(s.value.to_str());
                let Ok(parsed) = parsed else {
                    self.error(s.range, "this string annotation is not a type")
                        .help("write a type, for example \"Node | None\"");
                    return None;
                };
                let inner = parsed.into_syntax().body;
                return self.annotation(&inner);
            }
            // `int | str`: a value of either type, so its type is known at run time.
            Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
                let (l, r) = (self.annotation(&b.left)?, self.annotation(&b.right)?);
                match (l, r) {
                    (l, r) if l == r => l,
                    (Type::None, t @ Type::Optional(_)) | (t @ Type::Optional(_), Type::None) => t,
                    (Type::None, t) | (t, Type::None) => Type::Optional(Box::new(t)),
                    _ => Type::Obj,
                }
            }
            other => {
                self.error(other.range(), "this annotation is not supported")
                    .label("unsupported type")
                    .help("Molt supports the annotations int, float, bool, str and None here");
                return None;
            }
        };
        Some(ty)
    }

    /// `list[T]`, `dict[K, V]` and `tuple[A, B]`.
    fn generic_annotation(&mut self, sub: &ast::ExprSubscript) -> Option<Type> {
        let Expr::Name(base) = &*sub.value else {
            self.error(sub.range, "this annotation is not supported")
                .help("write list[T], dict[K, V] or tuple[A, B]");
            return None;
        };
        let args: Vec<&Expr> = match &*sub.slice {
            Expr::Tuple(t) => t.elts.iter().collect(),
            one => vec![one],
        };
        if base.id.as_str() == "Callable" && self.imports.contains("Callable") {
            // `Callable[[int, str], bool]`.
            let (Some(Expr::List(params)), Some(ret), 2) = (args.first(), args.get(1), args.len())
            else {
                self.error(sub.range, "this Callable annotation is not supported")
                    .help("write Callable[[A, B], R] with the parameter types listed");
                return None;
            };
            let params = params
                .elts
                .iter()
                .map(|p| self.annotation(p))
                .collect::<Option<Vec<Type>>>()?;
            let ret = self.annotation(ret)?;
            return Some(Type::Func(Box::new(Signature { params, ret })));
        }
        let mut types = Vec::new();
        for a in &args {
            if matches!(a, Expr::EllipsisLiteral(_)) {
                if base.id.as_str() == "tuple" && types.len() == 1 && args.len() == 2 {
                    // `tuple[int, ...]`: the length is known at run time only.
                    return Some(Type::Obj);
                }
                self.error(a.range(), "this use of `...` is not supported")
                    .help("write tuple[T, ...], or a tuple type with one entry per item");
                return None;
            }
            types.push(self.annotation(a)?);
        }
        match (base.id.as_str(), types.len()) {
            ("type" | "Type", 1) if matches!(types[0], Type::Exc(_)) => Some(Type::ExcType),
            // What a generator gives: an iterator over its yields.
            ("Iterator" | "Iterable", 1) => Some(Type::Iterator(Box::new(types.remove(0)))),
            // One that is only ever sent None and returns None is a plain
            // iterator.
            ("Generator", 3) if types[1..] == [Type::None, Type::None] => {
                Some(Type::Iterator(Box::new(types.remove(0))))
            }
            ("Generator", 3) => {
                let ret = types.pop()?;
                let send = types.pop()?;
                Some(Type::Generator(
                    Box::new(types.remove(0)),
                    Box::new(send),
                    Box::new(ret),
                ))
            }
            ("list" | "List", 1) => Some(Type::List(Box::new(types.remove(0)))),
            ("set" | "Set", 1) => Some(Type::Set(Box::new(types.remove(0)))),
            ("frozenset" | "FrozenSet", 1) => Some(Type::FrozenSet(Box::new(types.remove(0)))),
            ("dict" | "Dict", 2) => {
                let v = types.pop()?;
                let k = types.pop()?;
                if !k.is_hashable() {
                    self.error(sub.range, format!("`{k}` cannot be a dict key"))
                        .help("use int, str, bool or a tuple of those as keys");
                    return None;
                }
                Some(Type::Dict(Box::new(k), Box::new(v)))
            }
            ("tuple" | "Tuple", _) => Some(Type::Tuple(types)),
            ("Optional", 1) => Some(Type::Optional(Box::new(types.remove(0)))),
            _ => {
                self.error(
                    sub.range,
                    format!("the annotation `{}[...]` is not supported", base.id),
                )
                .help("write list[T], dict[K, V] or tuple[A, B]");
                None
            }
        }
    }

    fn signature(&mut self, f: &ast::StmtFunctionDef) -> Option<Signature> {
        let mut ok = true;
        if f.is_async {
            self.error(f.range, "async functions are not supported")
                .help("write a plain `def`");
            ok = false;
        }
        match f.decorator_list.as_slice() {
            [] => {}
            [d] if self.extern_decorator(d).is_some() => {
                if let Some(path) = self.extern_function(f, d) {
                    self.externs.insert(f.name.id.to_string(), path);
                }
            }
            [d] if self.cache_decorator(d).is_some() => {
                let maxsize = self.cache_decorator(d).flatten();
                self.cached.insert(f.name.id.to_string(), maxsize);
            }
            list if list.iter().all(|d| self.function_decorator(d)) => {
                // The name holds what the decorators return, a module
                // variable set where the def runs.
                let name = f.name.id.to_string();
                let ty = self.u.fresh();
                self.global_types.insert(name.clone(), ty);
                self.shared.insert(name.clone());
                self.decorated.insert(name, list.to_vec());
            }
            [d, ..] => {
                self.error(d.range, "decorators are not supported yet")
                    .help("call the function directly; @functools.lru_cache and @functools.cache are supported");
                ok = false;
            }
        }
        let sig = self.params_signature(f, None);
        self.record_params(f.name.id.as_str(), f, false);
        sig.filter(|_| ok)
    }

    /// The parameter and return types of a def. `first` is the type of
    /// a method's `self` (`Some(None)` for a classmethod's `cls`, which is
    /// not passed).
    fn params_signature(
        &mut self,
        f: &ast::StmtFunctionDef,
        first: Option<Option<Type>>,
    ) -> Option<Signature> {
        let mut ok = true;
        let p = &f.parameters;
        let module_function = first.is_none() && self.funcs_pending.contains(f.name.id.as_str());
        let mut params = Vec::new();
        let mut args = args::def_params(p);
        if let Some(first) = first {
            if args.next().is_none() {
                self.error(f.parameters.range, "a method needs a `self` parameter")
                    .help("add `self` as the first parameter, or make it a @staticmethod");
                return None;
            }
            params.extend(first);
        }
        for param in args {
            if let Some(default) = &param.default {
                if !args::literal_default(default) && !module_function {
                    self.error(
                        default.range(),
                        "only literal default values are supported here",
                    )
                    .help("use a number, string, bool, None or a tuple of those; for a list, default to None and make it in the body");
                    ok = false;
                }
            }
            match &param.parameter.annotation {
                Some(a) => match self.annotation(a) {
                    Some(t) => params.push(t),
                    None => ok = false,
                },
                // Inferred from the calls (and the default, if any).
                None => params.push(self.u.fresh()),
            }
        }
        // `*args: T` is a `tuple[T, ...]`, `**kwargs: T` a `dict[str, T]`.
        let rest = [(&p.vararg, false), (&p.kwarg, true)];
        for (param, keywords) in rest {
            let Some(param) = param.as_deref() else {
                continue;
            };
            let item = match &param.annotation {
                Some(a) => match self.annotation(a) {
                    Some(t) => t,
                    None => {
                        ok = false;
                        continue;
                    }
                },
                None => self.u.fresh(),
            };
            params.push(if keywords {
                Type::Dict(Box::new(Type::Str), Box::new(item))
            } else {
                Type::VarTuple(Box::new(item))
            });
        }
        let mut ret = match &f.returns {
            Some(r) => self.annotation(r)?,
            // An unannotated generator gives an iterator over what it yields.
            None if generators::yields(&f.body) => Type::Iterator(Box::new(self.u.fresh())),
            None => self.u.fresh(),
        };
        if generators::needs_protocol(&f.body) {
            ret = self.protocol_generator(ret);
        }
        if ok && module_function {
            // A default that is not a literal is evaluated once, when the
            // def runs: a module variable of the function's own.
            let all: Vec<&ast::ParameterWithDefault> = args::def_params(p).collect();
            let rest = usize::from(p.vararg.is_some()) + usize::from(p.kwarg.is_some());
            let offset = params.len() - rest - all.len();
            for (i, param) in all.into_iter().enumerate() {
                if let Some(default) = &param.default {
                    if !args::literal_default(default) {
                        let name = args::default_global(
                            f.name.id.as_str(),
                            param.parameter.name.id.as_str(),
                        );
                        self.global_types
                            .insert(name.clone(), params[offset + i].clone());
                        self.shared.insert(name);
                    }
                }
            }
        }
        ok.then_some(Signature { params, ret })
    }

    fn lower_function(&mut self, f: &ast::StmtFunctionDef) -> Option<ir::Function> {
        let sig = self.funcs.get(f.name.id.as_str())?.clone();
        let params = args::param_names(&f.parameters);
        if let Some(path) = self.externs.get(f.name.id.as_str()) {
            return Some(self.external_function(f, params, sig, path.clone()));
        }
        let mut func = self.lower_def(f, f.name.id.as_str(), params, sig, None);
        func.cache = self
            .cached
            .get(f.name.id.as_str())
            .map(|m| ir::CacheSpec { maxsize: *m });
        Some(func)
    }

    /// A def's body as a function named `name` (`Class.method` for a
    /// method) with these parameters.
    fn lower_def(
        &mut self,
        f: &ast::StmtFunctionDef,
        name: &str,
        params: Vec<String>,
        sig: Signature,
        class: Option<ClassFrame>,
    ) -> ir::Function {
        let scope = resolve::function_scope(&params, &f.body);
        let mut frame = Frame {
            scope,
            types: HashMap::new(),
            is_module: false,
            ret: sig.ret.clone(),
            bound: Vec::new(),
            class,
            narrowed: Vec::new(),
            reads: names_read(&f.body),
            after_reads: Vec::new(),
            loops: 0,
            handlers: 0,
            generator: false,
        };
        for (name, ty) in params.iter().zip(&sig.params) {
            frame.types.insert(name.clone(), ty.clone());
        }
        for name in frame.scope.locals.clone() {
            if let std::collections::hash_map::Entry::Vacant(slot) = frame.types.entry(name) {
                slot.insert(self.u.fresh());
            }
        }
        let doc = docstring(&f.body);
        let body_stmts = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        let generator = generators::yields(body_stmts);
        if generator {
            self.check_generator(&f.body);
        }
        frame.generator = generator;
        let body = self.lower_block(&mut frame, body_stmts);
        let used = mentioned(&body);
        // A name the code never assigns or reads (a `match` capture
        // nothing reads) is not a local.
        let locals = frame
            .scope
            .locals
            .iter()
            .filter(|n| !params.contains(n) && used.contains(*n))
            .map(|n| local(n, &frame.types[n]))
            .collect();
        ir::Function {
            name: name.to_string(),
            doc,
            params: params
                .iter()
                .zip(sig.params)
                .map(|(name, ty)| ir::Param {
                    name: name.clone(),
                    ty,
                })
                .collect(),
            ret: sig.ret,
            locals,
            body,
            raises: false,
            cache: None,
            generator,
            external: None,
            line: self.line(f.range),
            span: span(f.name.range),
        }
    }

    fn lower_main(&mut self, body: &[Stmt], scope: &Scope) -> ir::Function {
        let mut frame = Frame {
            scope: scope.clone(),
            types: HashMap::new(),
            is_module: true,
            ret: Type::None,
            bound: Vec::new(),
            class: None,
            narrowed: Vec::new(),
            reads: names_read(body),
            after_reads: Vec::new(),
            loops: 0,
            handlers: 0,
            generator: false,
        };
        let mut locals = Vec::new();
        for name in &scope.locals {
            if self.funcs.contains_key(name)
                || self.shared.contains(name)
                || self.classes.contains_key(name)
                || self.enums.contains_key(name)
                || self.exceptions.contains_key(name)
                || self.imports.contains(name)
                || name == "sys"
            {
                continue;
            }
            let ty = self.u.fresh();
            frame.types.insert(name.clone(), ty.clone());
            locals.push(local(name, &ty));
        }
        let stmts = if docstring(body).is_some() {
            &body[1..]
        } else {
            body
        };
        let body = self.lower_block(&mut frame, stmts);
        // Temporaries made while lowering.
        for name in &frame.scope.locals {
            if !locals.iter().any(|l: &ir::Local| &l.name == name) {
                if let Some(ty) = frame.types.get(name) {
                    locals.push(local(name, ty));
                }
            }
        }
        let used = mentioned(&body);
        locals.retain(|l| used.contains(&l.name));
        ir::Function {
            name: "module_main".into(),
            doc: None,
            params: Vec::new(),
            ret: Type::None,
            locals,
            body,
            raises: true,
            cache: None,
            generator: false,
            external: None,
            line: 1,
            span: (0, 0),
        }
    }

    /// Shared module variables; those assigned once from a literal before
    /// any other module code runs become constants.
    fn globals(&mut self, body: &[Stmt], assignments: &HashMap<String, usize>) -> Vec<ir::Global> {
        let mut constants: HashMap<String, ir::Expr> = HashMap::new();
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::Import(_) | Stmt::ImportFrom(_) => continue,
                Stmt::ClassDef(c) if runs_no_code(c) => continue,
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => continue,
                // A str is a run-time value, but assigning one runs no code.
                Stmt::Assign(a) if matches!(&*a.value, Expr::StringLiteral(_)) => continue,
                Stmt::Assign(a) if a.targets.len() == 1 => {
                    let value = literal(&a.value).or_else(|| tables::table_literal(&a.value));
                    let (Expr::Name(n), Some(value)) = (&a.targets[0], value) else {
                        break;
                    };
                    if assignments.get(n.id.as_str()) == Some(&1)
                        && self.shared.contains(n.id.as_str())
                    {
                        constants.insert(n.id.to_string(), value);
                    }
                }
                _ => break,
            }
        }
        // A dict or list constant stays one only where the program just
        // reads it (a lookup table).
        let mut tables: HashMap<String, bool> = constants
            .iter()
            .filter_map(|(name, value)| match value.kind {
                ExprKind::Dict(_) => Some((name.clone(), true)),
                ExprKind::List(_) => Some((name.clone(), false)),
                _ => None,
            })
            .collect();
        tables::keep_read_only(body, &mut tables);
        constants.retain(|name, value| {
            !matches!(value.kind, ExprKind::Dict(_) | ExprKind::List(_))
                || tables.contains_key(name)
        });
        let mut globals = Vec::new();
        for name in &self.shared {
            if let Some(ty) = self.global_types.get(name) {
                globals.push(ir::Global {
                    name: name.clone(),
                    ty: ty.clone(),
                    constant: constants.remove(name),
                });
            }
        }
        globals
    }

    fn lower_block(&mut self, frame: &mut Frame, body: &[Stmt]) -> Vec<ir::Stmt> {
        let mut out = Vec::new();
        let depth = frame.narrowed.len();
        for (i, stmt) in body.iter().enumerate() {
            narrow::end_narrowing(frame, stmt, false);
            frame.after_reads.push(names_read(&body[i + 1..]));
            self.lower_stmt(frame, stmt, &mut out);
            frame.after_reads.pop();
            narrow::end_narrowing(frame, stmt, true);
            // `if x is None: return` narrows `x` for the rest of the block.
            let narrowed = self.narrowed_after(stmt, out.last());
            frame.narrowed.extend(narrowed);
        }
        frame.narrowed.truncate(depth);
        out
    }

    /// `self.x = x = value`, attributes and names: the value goes into
    /// the first name, then each other target, in order, is assigned from
    /// it. Python assigns the targets left to right; doing the name first
    /// is the same when no attribute's object mentions a target name.
    fn lower_chained_attrs(
        &mut self,
        frame: &mut Frame,
        a: &ast::StmtAssign,
    ) -> Option<Vec<StmtKind>> {
        let names: Vec<&ast::ExprName> = a
            .targets
            .iter()
            .filter_map(|t| match t {
                Expr::Name(n) => Some(n),
                _ => None,
            })
            .collect();
        let first = *names.first()?;
        // Each target is assigned after the ones before it, so one that
        // reads a name the statement assigns is not handled here.
        let reads_assigned = |e: &Expr| {
            ruff_python_ast::helpers::any_over_expr(
                e,
                &|e: &Expr| matches!(e, Expr::Name(r) if names.iter().any(|n| n.id == r.id)),
            )
        };
        let plain = a.targets.iter().all(|t| match t {
            Expr::Name(_) => true,
            Expr::Attribute(attr) => !reads_assigned(&attr.value),
            Expr::Subscript(sub) => {
                !matches!(&*sub.slice, Expr::Slice(_))
                    && !reads_assigned(&sub.value)
                    && !reads_assigned(&sub.slice)
            }
            _ => false,
        });
        if !plain {
            return None;
        }
        let value = self.lower_expr(frame, &a.value)?;
        let (place, ty) = self.place(frame, &first.id, first.range)?;
        let read = ir::Expr::new(place.read(), ty, value.span);
        let mut kinds = vec![StmtKind::Assign { place, value }];
        let first_read = Expr::Name(ast::ExprName {
            node_index: Default::default(),
            range: first.range,
            id: first.id.clone(),
            ctx: ast::ExprContext::Load,
        });
        for target in &a.targets {
            match target {
                Expr::Name(n) if std::ptr::eq(n, first) => {}
                Expr::Name(n) => {
                    let (place, _) = self.place(frame, &n.id, n.range)?;
                    kinds.push(StmtKind::Assign {
                        place,
                        value: read.clone(),
                    });
                }
                Expr::Attribute(attr) => {
                    kinds.push(self.lower_set_attr(frame, attr, None, &first_read)?);
                }
                Expr::Subscript(sub) => {
                    let container = self.lower_expr(frame, &sub.value)?;
                    let index = self.lower_expr(frame, &sub.slice)?;
                    kinds.push(StmtKind::SetItem {
                        container,
                        index,
                        op: None,
                        value: read.clone(),
                    });
                }
                _ => return None,
            }
        }
        Some(kinds)
    }

    fn place(&mut self, frame: &Frame, name: &str, range: TextRange) -> Option<(Place, Type)> {
        if frame.is_module {
            if let Some(ty) = self.global_types.get(name) {
                return Some((Place::Global(name.into()), ty.clone()));
            }
            if let Some(ty) = frame.types.get(name) {
                return Some((Place::Local(name.into()), ty.clone()));
            }
        } else if frame.scope.globals.contains(name) {
            if let Some(ty) = self.global_types.get(name) {
                return Some((Place::Global(name.into()), ty.clone()));
            }
        } else if let Some(ty) = frame.types.get(name) {
            return Some((Place::Local(name.into()), ty.clone()));
        }
        if self.funcs.contains_key(name) {
            self.error(
                range,
                format!("cannot assign to `{name}`, which names a function"),
            )
            .help("use another name for the variable");
        } else {
            self.error(range, format!("cannot assign to `{name}` here"))
                .help("assign to a plain variable");
        }
        None
    }

    fn lower_stmt(&mut self, frame: &mut Frame, stmt: &Stmt, out: &mut Vec<ir::Stmt>) {
        let line = self.line(stmt.range());
        let mut push = |kind| out.push(ir::Stmt { line, kind });
        match stmt {
            Stmt::Assign(a) if generators::is_yield_assign(a) => {
                for kind in self.lower_yield_assign(frame, a) {
                    push(kind);
                }
            }
            Stmt::Expr(e) => {
                if let Some(kind) = self.lower_expr_stmt(frame, &e.value) {
                    push(kind);
                }
            }
            Stmt::Assign(a) => {
                if a.targets.len() != 1 {
                    // `a = b = value`: the value once, into `a`, then `b = a`
                    // (the same object, as in Python).
                    let names: Option<Vec<&ast::ExprName>> = a
                        .targets
                        .iter()
                        .map(|t| match t {
                            Expr::Name(n) => Some(n),
                            _ => None,
                        })
                        .collect();
                    let Some(names) = names else {
                        if let Some(kinds) = self.lower_chained_attrs(frame, a) {
                            for kind in kinds {
                                out.push(ir::Stmt { line, kind });
                            }
                            return;
                        }
                        self.error(
                            a.range,
                            "chained assignment to items or tuples is not supported yet",
                        )
                        .help("write one assignment per target, or start the chain with a plain name: `x = d[k] = value`");
                        return;
                    };
                    let Some(value) = self.lower_expr(frame, &a.value) else {
                        return;
                    };
                    let Some((first, first_ty)) = self.place(frame, &names[0].id, names[0].range)
                    else {
                        return;
                    };
                    let read = first.read();
                    let span = value.span;
                    push(StmtKind::Assign {
                        place: first,
                        value,
                    });
                    for n in &names[1..] {
                        if let Some((place, _)) = self.place(frame, &n.id, n.range) {
                            let value = ir::Expr::new(read.clone(), first_ty.clone(), span);
                            out.push(ir::Stmt {
                                line,
                                kind: StmtKind::Assign { place, value },
                            });
                        }
                    }
                    return;
                }
                match &a.targets[0] {
                    Expr::Attribute(t) => {
                        if let Some(kind) = self.lower_set_attr(frame, t, None, &a.value) {
                            push(kind);
                        }
                    }
                    Expr::Name(n) => {
                        let value = self.lower_expr(frame, &a.value);
                        if let (Some((place, _)), Some(value)) =
                            (self.place(frame, &n.id, n.range), value)
                        {
                            push(StmtKind::Assign { place, value });
                        }
                    }
                    Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, Expr::Subscript(_))) => {
                        for kind in self.lower_unpack_items(frame, t, &a.value) {
                            push(kind);
                        }
                    }
                    Expr::Tuple(t) => {
                        if let Some(kind) = self.lower_unpack(frame, t, &a.value) {
                            push(kind);
                        }
                    }
                    Expr::Subscript(sub) if matches!(&*sub.slice, Expr::Slice(_)) => {
                        let Expr::Slice(sl) = &*sub.slice else { return };
                        let container = self.lower_expr(frame, &sub.value);
                        let bounds = self.lower_bounds(frame, sl);
                        let value = self.lower_expr(frame, &a.value);
                        if let (Some(container), Some(bounds), Some(value)) =
                            (container, bounds, value)
                        {
                            push(StmtKind::SetSlice {
                                container,
                                bounds,
                                value,
                            });
                        }
                    }
                    Expr::Subscript(sub) if !matches!(&*sub.slice, Expr::Slice(_)) => {
                        let container = self.lower_expr(frame, &sub.value);
                        let index = self.lower_expr(frame, &sub.slice);
                        let value = self.lower_expr(frame, &a.value);
                        if let (Some(container), Some(index), Some(value)) =
                            (container, index, value)
                        {
                            push(StmtKind::SetItem {
                                container,
                                index,
                                op: None,
                                value,
                            });
                        }
                    }
                    other => {
                        self.error(
                            other.range(),
                            format!(
                                "assignment to a {} is not supported yet",
                                construct_name(other)
                            ),
                        )
                        .help("assign to a plain variable or an item, like `xs[i] = v`");
                    }
                }
            }
            Stmt::Delete(d) => {
                for target in &d.targets {
                    match target {
                        Expr::Subscript(sub) if matches!(&*sub.slice, Expr::Slice(_)) => {
                            let Expr::Slice(sl) = &*sub.slice else {
                                continue;
                            };
                            let container = self.lower_expr(frame, &sub.value);
                            let bounds = self.lower_bounds(frame, sl);
                            if let (Some(container), Some(bounds)) = (container, bounds) {
                                out.push(ir::Stmt {
                                    line,
                                    kind: StmtKind::DelSlice { container, bounds },
                                });
                            }
                        }
                        Expr::Subscript(sub) if !matches!(&*sub.slice, Expr::Slice(_)) => {
                            let container = self.lower_expr(frame, &sub.value);
                            let index = self.lower_expr(frame, &sub.slice);
                            if let (Some(container), Some(index)) = (container, index) {
                                out.push(ir::Stmt {
                                    line,
                                    kind: StmtKind::DelItem { container, index },
                                });
                            }
                        }
                        other => {
                            self.error(other.range(), "only `del container[key]` is supported yet")
                                .help("delete one item, like `del xs[i]` or `del d[k]`");
                        }
                    }
                }
            }
            Stmt::AnnAssign(a) if matches!(&*a.target, Expr::Attribute(_)) && a.value.is_some() => {
                let (Expr::Attribute(t), Some(value)) = (&*a.target, &a.value) else {
                    return;
                };
                if let Some(kind) = self.lower_set_attr(frame, t, None, value) {
                    push(kind);
                }
            }
            Stmt::AnnAssign(a) => {
                let Expr::Name(n) = &*a.target else {
                    self.error(
                        a.target.range(),
                        "annotated assignment to this target is not supported",
                    )
                    .help("annotate a plain variable");
                    return;
                };
                let Some(value) = &a.value else {
                    self.error(
                        a.range,
                        "a declaration without a value is not supported yet",
                    )
                    .help(format!("give `{}` its first value here", n.id));
                    return;
                };
                let ann = self.annotation(&a.annotation);
                let value = self.lower_expr(frame, value);
                if let (Some((place, ty)), Some(value), Some(ann)) =
                    (self.place(frame, &n.id, n.range), value, ann)
                {
                    if self.u.unify(&ty, &ann).is_err() {
                        self.error(
                            a.annotation.range(),
                            format!("`{}` is annotated with two different types", n.id),
                        )
                        .help("use one annotation per variable");
                    }
                    push(StmtKind::Assign { place, value });
                }
            }
            Stmt::AugAssign(a) if matches!(&*a.target, Expr::Subscript(sub) if !matches!(&*sub.slice, Expr::Slice(_))) =>
            {
                let Expr::Subscript(sub) = &*a.target else {
                    return;
                };
                let Some(op) = self.binop(a.op, a.range) else {
                    return;
                };
                let container = self.lower_expr(frame, &sub.value);
                let index = self.lower_expr(frame, &sub.slice);
                let value = self.lower_expr(frame, &a.value);
                if let (Some(container), Some(index), Some(value)) = (container, index, value) {
                    push(StmtKind::SetItem {
                        container,
                        index,
                        op: Some(op),
                        value,
                    });
                }
            }
            Stmt::AugAssign(a) if matches!(&*a.target, Expr::Attribute(_)) => {
                let Expr::Attribute(t) = &*a.target else {
                    return;
                };
                let Some(op) = self.binop(a.op, a.range) else {
                    return;
                };
                if let Some(kind) = self.lower_set_attr(frame, t, Some(op), &a.value) {
                    push(kind);
                }
            }
            Stmt::AugAssign(a) => {
                let Expr::Name(n) = &*a.target else {
                    self.error(
                        a.target.range(),
                        "augmented assignment to this target is not supported yet",
                    )
                    .help("use a plain variable");
                    return;
                };
                let Some(op) = self.binop(a.op, a.range) else {
                    return;
                };
                let value = self.lower_expr(frame, &a.value);
                if let (Some((place, _)), Some(value)) = (self.place(frame, &n.id, n.range), value)
                {
                    push(StmtKind::AugAssign { place, op, value });
                }
            }
            Stmt::If(s) => {
                if is_main_guard(&s.test) {
                    if self.mode == Mode::Library {
                        return;
                    }
                    let body = self.lower_block(frame, &s.body);
                    out.extend(body);
                    return;
                }
                let kind = self.lower_if(frame, &s.test, &s.body, &s.elif_else_clauses);
                if let Some(kind) = kind {
                    out.push(ir::Stmt { line, kind });
                }
            }
            Stmt::While(w) => {
                let cond = self.lower_condition(frame, &w.test);
                frame.loops += 1;
                let body = self.lower_narrowed(frame, narrow::proven(&w.test, true), &w.body);
                frame.loops -= 1;
                let orelse = self.lower_block(frame, &w.orelse);
                if let Some(cond) = cond {
                    push(StmtKind::While { cond, body, orelse });
                }
            }
            Stmt::For(f) => {
                if let Some(kind) = self.lower_for(frame, f) {
                    push(kind);
                }
            }
            Stmt::Break(_) => push(StmtKind::Break),
            Stmt::Continue(_) => push(StmtKind::Continue),
            Stmt::Pass(_) => push(StmtKind::Pass),
            Stmt::Return(r) => {
                if frame.is_module {
                    self.error(r.range, "'return' outside function")
                        .help("return only inside a def");
                    return;
                }
                match &r.value {
                    None => push(StmtKind::Return(None)),
                    Some(v) => {
                        if let Some(v) = self.lower_expr(frame, v) {
                            push(StmtKind::Return(Some(v)));
                        }
                    }
                }
                let _ = &frame.ret;
            }
            Stmt::Raise(r) => {
                if let Some(kind) = self.lower_raise(frame, r) {
                    push(kind);
                }
            }
            Stmt::Assert(a) => {
                let cond = self.lower_condition(frame, &a.test);
                let message = match &a.msg {
                    Some(m) => self.lower_expr(frame, m).map(Some),
                    None => Some(None),
                };
                if let (Some(cond), Some(message)) = (cond, message) {
                    push(StmtKind::Assert { cond, message });
                }
            }
            Stmt::FunctionDef(f) if !frame.is_module => {
                if let Some(kind) = self.lower_nested_def(frame, f) {
                    push(kind);
                }
            }
            // Resolved with the function's scope.
            Stmt::Nonlocal(_) => {}
            Stmt::Global(g) => {
                if frame.is_module {
                    return;
                }
                for n in &g.names {
                    if !self.global_types.contains_key(n.id.as_str()) {
                        self.error(
                            n.range,
                            format!(
                                "`{}` is declared global but the module never assigns it",
                                n.id
                            ),
                        )
                        .help("assign it at module level first");
                    }
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.id.as_str();
                    if MODULES.contains(&name) && alias.asname.is_none() {
                        self.imports.insert(name.into());
                    } else {
                        self.error(
                            alias.range,
                            format!("module `{}` is not supported", alias.name.id),
                        )
                        .help("Molt imports sys, os, math, random, functools, itertools, operator and contextlib (see docs/supported.md)");
                    }
                }
            }
            Stmt::FunctionDef(f) if frame.is_module => {
                self.lower_defaults(frame, f, out);
                self.apply_decorators(frame, f, out);
            }
            Stmt::ImportFrom(_) if frame.is_module => {}
            Stmt::Match(m) => self.lower_match(frame, m, out),
            Stmt::Try(t) => {
                if let Some(kind) = self.lower_try(frame, t) {
                    push(kind);
                }
            }
            Stmt::With(w) => self.lower_with(frame, w, out),
            Stmt::ClassDef(c) if frame.is_module => self.lower_class_statement(frame, c, out),
            other => {
                self.error(
                    other.range(),
                    format!("{} are not supported yet", stmt_name(other)),
                )
                .label("not supported")
                .help(unsupported_stmt_help(other));
            }
        }
    }

    fn lower_if(
        &mut self,
        frame: &mut Frame,
        test: &Expr,
        body: &[Stmt],
        clauses: &[ast::ElifElseClause],
    ) -> Option<StmtKind> {
        let cond = self.lower_condition(frame, test);
        let then = self.lower_narrowed(frame, narrow::proven(test, true), body);
        let not_taken = narrow::proven(test, false);
        let orelse = match clauses.split_first() {
            None => Vec::new(),
            Some((first, rest)) => match &first.test {
                None => self.lower_narrowed(frame, not_taken, &first.body),
                Some(t) => {
                    let line = self.line(first.range);
                    let depth = frame.narrowed.len();
                    frame.narrowed.extend(not_taken);
                    let lowered = self.lower_if(frame, t, &first.body, rest);
                    frame.narrowed.truncate(depth);
                    match lowered {
                        Some(kind) => vec![ir::Stmt { line, kind }],
                        None => Vec::new(),
                    }
                }
            },
        };
        Some(StmtKind::If {
            cond: cond?,
            then,
            orelse,
        })
    }

    fn lower_for(&mut self, frame: &mut Frame, f: &ast::StmtFor) -> Option<StmtKind> {
        if f.is_async {
            self.error(f.range, "async for is not supported")
                .help("use a plain for loop");
            return None;
        }
        let is_range = matches!(&*f.iter, Expr::Call(c)
            if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "range")
                && c.arguments.keywords.is_empty());
        let (target, range_args) = match (&*f.target, &*f.iter) {
            (Expr::Name(target), Expr::Call(c)) if is_range => (target, &c.arguments.args),
            _ => return self.lower_for_each(frame, f),
        };
        let args: Vec<Option<ir::Expr>> = range_args
            .iter()
            .map(|a| self.lower_expr(frame, a))
            .collect();
        let (start, stop, step) = match args.len() {
            1 => (Some(int_literal(0, f.iter.range())), args[0].clone(), None),
            2 => (args[0].clone(), args[1].clone(), None),
            3 => (args[0].clone(), args[1].clone(), args[2].clone().map(Some)),
            n => {
                self.error(
                    f.iter.range(),
                    format!("range expected at most 3 arguments, got {n}"),
                )
                .help("call range(stop), range(start, stop) or range(start, stop, step)");
                return None;
            }
        };
        let (var, ty) = self.place(frame, &target.id, target.range)?;
        if self.u.unify(&ty, &Type::Int).is_err() {
            self.error(
                target.range,
                format!(
                    "`{}` holds another type elsewhere but a range gives ints",
                    target.id
                ),
            )
            .help("use a separate variable for the loop");
        }
        frame.loops += 1;
        let body = self.lower_block(frame, &f.body);
        frame.loops -= 1;
        let orelse = self.lower_block(frame, &f.orelse);
        Some(StmtKind::ForRange {
            var,
            start: start?,
            stop: stop?,
            step: match step {
                Some(s) => Some(s?),
                None => None,
            },
            body,
            orelse,
        })
    }

    /// `for targets in iterable:` over lists, strs, dicts, tuples and the
    /// iterators of enumerate, zip, reversed and dict views.
    fn lower_for_each(&mut self, frame: &mut Frame, f: &ast::StmtFor) -> Option<StmtKind> {
        let elts: Vec<&Expr> = match &*f.target {
            Expr::Tuple(t) => t.elts.iter().collect(),
            Expr::List(l) => l.elts.iter().collect(),
            one => vec![one],
        };
        let iter = self.lower_expr(frame, &f.iter);
        // `for name, (x, y) in pairs`: the inner tuple goes to a temporary
        // that the body unpacks first.
        let mut prelude = Vec::new();
        let mut targets = Vec::new();
        for e in elts {
            targets.push(self.loop_target(frame, e, &mut prelude)?);
        }
        let line = self.line(f.range);
        let mut body: Vec<ir::Stmt> = prelude
            .into_iter()
            .map(|kind| ir::Stmt { line, kind })
            .collect();
        frame.loops += 1;
        body.extend(self.lower_block(frame, &f.body));
        frame.loops -= 1;
        let orelse = self.lower_block(frame, &f.orelse);
        Some(StmtKind::ForEach {
            targets,
            iter: iter?,
            body,
            orelse,
        })
    }

    /// One name of a loop target; a nested tuple becomes a temporary and
    /// the statements that unpack it.
    fn loop_target(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        prelude: &mut Vec<StmtKind>,
    ) -> Option<Place> {
        let inner: Vec<&Expr> = match target {
            Expr::Name(n) => return Some(self.place(frame, &n.id, n.range)?.0),
            Expr::Tuple(t) => t.elts.iter().collect(),
            Expr::List(l) => l.elts.iter().collect(),
            other => {
                self.error(other.range(), "this loop target is not supported yet")
                    .help("loop into plain names, or tuples of names");
                return None;
            }
        };
        let ty = self.u.fresh();
        let tmp = self.temporary(frame, "item", ty.clone());
        let r = span(target.range());
        let mut nested = Vec::new();
        let mut places = Vec::new();
        for e in inner {
            places.push(self.loop_target(frame, e, &mut nested)?);
        }
        let value = ir::Expr::new(ExprKind::Local(tmp.clone()), frame.types[&tmp].clone(), r);
        prelude.push(StmtKind::AssignMany {
            places,
            value,
            starred: None,
        });
        prelude.extend(nested);
        Some(Place::Local(tmp))
    }

    /// `a[i], a[j] = a[j], a[i]`: the value first, into a temporary, then
    /// each target in order, as CPython does.
    fn lower_unpack_items(
        &mut self,
        frame: &mut Frame,
        targets: &ast::ExprTuple,
        value: &Expr,
    ) -> Vec<StmtKind> {
        let mut out = Vec::new();
        let Some(value) = self.lower_expr(frame, value) else {
            return out;
        };
        let r = span(targets.range);
        let tmp = self.temporary(frame, "unpacked", value.ty.clone());
        let tmp_ty = frame.types[&tmp].clone();
        out.push(StmtKind::Assign {
            place: Place::Local(tmp.clone()),
            value,
        });
        for (i, t) in targets.elts.iter().enumerate() {
            let item_ty = self.u.fresh();
            let item = ir::Expr::new(
                ExprKind::Index {
                    value: Box::new(ir::Expr::new(
                        ExprKind::Local(tmp.clone()),
                        tmp_ty.clone(),
                        r,
                    )),
                    index: Box::new(ir::Expr::new(ExprKind::Int(i.to_string()), Type::Int, r)),
                },
                item_ty,
                r,
            );
            match t {
                Expr::Name(n) => {
                    if let Some((place, _)) = self.place(frame, &n.id, n.range) {
                        out.push(StmtKind::Assign { place, value: item });
                    }
                }
                Expr::Subscript(sub) if !matches!(&*sub.slice, Expr::Slice(_)) => {
                    let container = self.lower_expr(frame, &sub.value);
                    let index = self.lower_expr(frame, &sub.slice);
                    if let (Some(container), Some(index)) = (container, index) {
                        out.push(StmtKind::SetItem {
                            container,
                            index,
                            op: None,
                            value: item,
                        });
                    }
                }
                other => {
                    self.error(
                        other.range(),
                        "only names and items can be unpacked into here",
                    )
                    .help("unpack into variables, or assign each item separately");
                }
            }
        }
        out
    }

    /// A new local for a value Molt needs to hold, named apart from the
    /// function's own names.
    fn temporary(&mut self, frame: &mut Frame, what: &str, ty: Type) -> String {
        let name = unique_name(frame, what);
        let var = self.u.fresh();
        let _ = self.u.unify(&var, &ty);
        frame.types.insert(name.clone(), var);
        frame.scope.locals.push(name.clone());
        name
    }

    fn lower_unpack(
        &mut self,
        frame: &mut Frame,
        targets: &ast::ExprTuple,
        value: &Expr,
    ) -> Option<StmtKind> {
        let mut places = Vec::new();
        let mut starred = None;
        for (i, t) in targets.elts.iter().enumerate() {
            let t = match t {
                Expr::Starred(s) if starred.is_none() => {
                    starred = Some(i);
                    &*s.value
                }
                other => other,
            };
            let Expr::Name(n) = t else {
                self.error(t.range(), "only plain names can be unpacked into yet")
                    .help("unpack into variables");
                return None;
            };
            let (place, _) = self.place(frame, &n.id, n.range)?;
            places.push(place);
        }
        let value = match value {
            Expr::Tuple(t) if t.elts.len() == places.len() => {
                let items: Option<Vec<ir::Expr>> =
                    t.elts.iter().map(|e| self.lower_expr(frame, e)).collect();
                let items = items?;
                let ty = Type::Tuple(items.iter().map(|e| e.ty.clone()).collect());
                ir::Expr::new(ExprKind::Tuple(items), ty, span(t.range))
            }
            other => self.lower_expr(frame, other)?,
        };
        Some(StmtKind::AssignMany {
            places,
            value,
            starred,
        })
    }

    fn lower_expr_stmt(&mut self, frame: &mut Frame, e: &Expr) -> Option<StmtKind> {
        if let Some(lowered) = self.lower_yield_stmt(frame, e) {
            return lowered;
        }
        if let Expr::Call(c) = e {
            if let Expr::Name(n) = &*c.func {
                if n.id.as_str() == "print" && !frame.types.contains_key("print") {
                    return self.lower_print(frame, c);
                }
            }
            if let Expr::Attribute(a) = &*c.func {
                if matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "sys" && self.imports.contains("sys"))
                    && a.attr.id.as_str() == "setrecursionlimit"
                {
                    let [limit] = c.arguments.args.as_ref() else {
                        self.error(c.arguments.range, "sys.setrecursionlimit() takes one int")
                            .help("write sys.setrecursionlimit(5000)");
                        return None;
                    };
                    let limit = self.lower_expr(frame, limit)?;
                    return Some(StmtKind::Expr(ir::Expr::new(
                        ExprKind::Builtin {
                            func: Builtin::SetRecursionLimit,
                            args: vec![limit],
                            kwargs: Vec::new(),
                        },
                        Type::None,
                        span(c.range()),
                    )));
                }
                if matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "sys")
                    && a.attr.id.as_str() == "exit"
                {
                    if !self.imports.contains("sys") {
                        self.error(a.value.range(), "name 'sys' is not defined")
                            .help("add `import sys` at the top");
                        return None;
                    }
                    if c.arguments.args.len() > 1 || !c.arguments.keywords.is_empty() {
                        self.error(c.arguments.range, "sys.exit() takes at most one argument")
                            .help("pass a status or a message");
                        return None;
                    }
                    let arg = match c.arguments.args.first() {
                        Some(a) => Some(self.lower_expr(frame, a)?),
                        None => None,
                    };
                    return Some(StmtKind::Exit(arg));
                }
            }
        }
        if let Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_) = e {
            return Some(StmtKind::Pass);
        }
        Some(StmtKind::Expr(self.lower_expr(frame, e)?))
    }

    fn lower_print(&mut self, frame: &mut Frame, c: &ast::ExprCall) -> Option<StmtKind> {
        let mut args = Vec::new();
        let mut ok = true;
        let mut spread = false;
        for a in &c.arguments.args {
            if let Expr::Starred(s) = a {
                if c.arguments.args.len() > 1 {
                    self.error(
                        a.range(),
                        "print(*args) next to other arguments is not supported yet",
                    )
                    .help("print(*items) on its own, or build one list of everything to print");
                    ok = false;
                    continue;
                }
                spread = true;
                match self.lower_expr(frame, &s.value) {
                    Some(e) => args.push(e),
                    None => ok = false,
                }
                continue;
            }
            match self.lower_expr(frame, a) {
                Some(e) => args.push(e),
                None => ok = false,
            }
        }
        let (mut sep, mut end) = (None, None);
        let (mut stderr, mut flush) = (false, false);
        let mut file = None;
        for k in &c.arguments.keywords {
            let name = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("**");
            let slot = match name {
                "sep" => &mut sep,
                "end" => &mut end,
                "flush" => {
                    match &k.value {
                        Expr::BooleanLiteral(b) => flush = b.value,
                        other => {
                            self.error(other.range(), "flush= must be True or False written out")
                                .help("write flush=True");
                            ok = false;
                        }
                    }
                    continue;
                }
                "file" => {
                    let is_stream = |e: &Expr, stream: &str| {
                        matches!(e, Expr::Attribute(a)
                            if a.attr.id.as_str() == stream
                                && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "sys"))
                    };
                    if is_stream(&k.value, "stderr") && self.imports.contains("sys") {
                        stderr = true;
                    } else if is_stream(&k.value, "stdout") && self.imports.contains("sys")
                        || matches!(k.value, Expr::NoneLiteral(_))
                    {
                    } else {
                        match self.lower_expr(frame, &k.value) {
                            Some(f) => file = Some(f),
                            None => ok = false,
                        }
                    }
                    continue;
                }
                _ => {
                    self.error(
                        k.range,
                        format!("print() keyword `{name}` is not supported yet"),
                    )
                    .help("use sep= and end=");
                    ok = false;
                    continue;
                }
            };
            if let Expr::NoneLiteral(_) = &k.value {
                continue;
            }
            match self.lower_expr(frame, &k.value) {
                Some(v) => {
                    if self.u.unify(&Type::Str, &v.ty).is_err() {
                        self.error(k.value.range(), format!("{name} must be None or a string"))
                            .help("pass a str");
                        ok = false;
                    }
                    *slot = Some(v);
                }
                None => ok = false,
            }
        }
        ok.then_some(StmtKind::Print {
            args,
            sep,
            end,
            spread,
            stderr,
            file,
            flush,
        })
    }

    /// The operands of `and`/`or`: each later one sees what the earlier
    /// ones prove (`x is not None and x.ok`).
    fn lower_bool_values(
        &mut self,
        frame: &mut Frame,
        b: &ast::ExprBoolOp,
        condition: bool,
    ) -> Option<Vec<ir::Expr>> {
        let and = b.op == ast::BoolOp::And;
        let depth = frame.narrowed.len();
        let mut values = Vec::new();
        for v in &b.values {
            let lowered = if condition {
                self.lower_condition(frame, v)
            } else {
                self.lower_expr(frame, v)
            };
            values.push(lowered);
            frame.narrowed.extend(narrow::proven(v, and));
        }
        frame.narrowed.truncate(depth);
        values.into_iter().collect()
    }

    fn lower_condition(&mut self, frame: &mut Frame, e: &Expr) -> Option<ir::Expr> {
        let r = span(e.range());
        match e {
            Expr::BoolOp(b) => {
                let values = self.lower_bool_values(frame, b, true);
                Some(ir::Expr::new(
                    ExprKind::BoolOp {
                        and: b.op == ast::BoolOp::And,
                        values: values?,
                    },
                    Type::Bool,
                    r,
                ))
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let operand = self.lower_condition(frame, &u.operand)?;
                Some(ir::Expr::new(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        operand: Box::new(operand),
                    },
                    Type::Bool,
                    r,
                ))
            }
            _ => {
                let v = self.lower_expr(frame, e)?;
                Some(truthy(v))
            }
        }
    }

    fn binop(&mut self, op: ast::Operator, range: TextRange) -> Option<ir::BinOp> {
        use ast::Operator as O;
        use ir::BinOp as B;
        Some(match op {
            O::Add => B::Add,
            O::Sub => B::Sub,
            O::Mult => B::Mul,
            O::Div => B::Div,
            O::FloorDiv => B::FloorDiv,
            O::Mod => B::Mod,
            O::Pow => B::Pow,
            O::BitAnd => B::BitAnd,
            O::BitOr => B::BitOr,
            O::BitXor => B::BitXor,
            O::LShift => B::Shl,
            O::RShift => B::Shr,
            O::MatMult => {
                self.error(range, "the `@` operator is not supported")
                    .help("call a function instead");
                return None;
            }
        })
    }

    fn lower_expr(&mut self, frame: &mut Frame, e: &Expr) -> Option<ir::Expr> {
        let r = span(e.range());
        let (kind, ty) = match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => (ExprKind::Int(int_literal_digits(i)), Type::Int),
                ast::Number::Float(f) => (ExprKind::Float(*f), Type::Float),
                ast::Number::Complex { .. } => {
                    self.error(n.range, "complex numbers are not supported")
                        .help("use two floats");
                    return None;
                }
            },
            Expr::StringLiteral(s) => (ExprKind::Str(s.value.to_str().to_string()), Type::Str),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b
                    .value
                    .as_slice()
                    .iter()
                    .flat_map(|part| part.value.iter().copied())
                    .collect();
                (ExprKind::Bytes(bytes), Type::Bytes)
            }
            Expr::BooleanLiteral(b) => (ExprKind::Bool(b.value), Type::Bool),
            Expr::NoneLiteral(_) => (ExprKind::None, Type::None),
            Expr::Name(n) => return self.lower_name(frame, n),
            Expr::BinOp(b) => {
                let op = self.binop(b.op, b.range);
                let left = self.lower_expr(frame, &b.left);
                let right = match &*b.right {
                    // `"text" % ()`: no arguments.
                    Expr::Tuple(t) if t.elts.is_empty() && b.op == ast::Operator::Mod => {
                        Some(ir::Expr::new(
                            ExprKind::Tuple(Vec::new()),
                            Type::Tuple(Vec::new()),
                            span(t.range),
                        ))
                    }
                    other => self.lower_expr(frame, other),
                };
                let ty = self.u.fresh();
                (
                    ExprKind::Binary {
                        op: op?,
                        left: Box::new(left?),
                        right: Box::new(right?),
                    },
                    ty,
                )
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::Not {
                    return self.lower_condition(frame, e);
                }
                let operand = self.lower_expr(frame, &u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                };
                (
                    ExprKind::Unary {
                        op,
                        operand: Box::new(operand),
                    },
                    self.u.fresh(),
                )
            }
            Expr::BoolOp(b) => {
                let values = self.lower_bool_values(frame, b, false);
                let ty = self.u.fresh();
                (
                    ExprKind::BoolOp {
                        and: b.op == ast::BoolOp::And,
                        values: values?,
                    },
                    ty,
                )
            }
            Expr::Lambda(l) => return self.lower_lambda_value(frame, l),
            Expr::Generator(g) => return self.lower_generator_value(frame, g),
            Expr::Compare(c) => {
                let first = self.lower_expr(frame, &c.left);
                let mut rest = Vec::new();
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let op = match op {
                        ast::CmpOp::Eq => CmpOp::Eq,
                        ast::CmpOp::NotEq => CmpOp::Ne,
                        ast::CmpOp::Lt => CmpOp::Lt,
                        ast::CmpOp::LtE => CmpOp::Le,
                        ast::CmpOp::Gt => CmpOp::Gt,
                        ast::CmpOp::GtE => CmpOp::Ge,
                        ast::CmpOp::Is => CmpOp::Is,
                        ast::CmpOp::IsNot => CmpOp::IsNot,
                        ast::CmpOp::In => CmpOp::In,
                        ast::CmpOp::NotIn => CmpOp::NotIn,
                    };
                    rest.push((op, self.lower_expr(frame, right)?));
                }
                (
                    ExprKind::Compare {
                        first: Box::new(first?),
                        rest,
                    },
                    Type::Bool,
                )
            }
            Expr::If(i) => {
                let cond = self.lower_condition(frame, &i.test);
                let then = self.lower_expr_narrowed(frame, narrow::proven(&i.test, true), &i.body);
                let orelse =
                    self.lower_expr_narrowed(frame, narrow::proven(&i.test, false), &i.orelse);
                let ty = self.u.fresh();
                (
                    ExprKind::IfElse {
                        cond: Box::new(cond?),
                        then: Box::new(then?),
                        orelse: Box::new(orelse?),
                    },
                    ty,
                )
            }
            Expr::Call(c) => return self.lower_call(frame, c),
            Expr::FString(f) => (ExprKind::FString(self.lower_fstring(frame, f)?), Type::Str),
            Expr::List(l) => {
                let items: Option<Vec<ir::Expr>> =
                    l.elts.iter().map(|e| self.lower_item(frame, e)).collect();
                (ExprKind::List(items?), Type::List(Box::new(self.u.fresh())))
            }
            Expr::Set(st) => {
                let items: Option<Vec<ir::Expr>> =
                    st.elts.iter().map(|e| self.lower_item(frame, e)).collect();
                (ExprKind::Set(items?), Type::Set(Box::new(self.u.fresh())))
            }
            Expr::SetComp(c) => {
                // `{e for x in xs}` adds in iteration order, as set(generator) does.
                let generator = ast::ExprGenerator {
                    node_index: Default::default(),
                    range: c.range,
                    elt: c.elt.clone(),
                    generators: c.generators.clone(),
                    parenthesized: false,
                };
                let comp = self.lower_generator(frame, &generator)?;
                let ty = Type::Set(Box::new(self.u.fresh()));
                (
                    ExprKind::Builtin {
                        func: Builtin::Set,
                        args: vec![comp],
                        kwargs: Vec::new(),
                    },
                    ty,
                )
            }
            // `()` is a tuple whose length is not in its type, like `tuple(xs)`.
            Expr::Tuple(t) if t.elts.is_empty() => (
                ExprKind::Builtin {
                    func: Builtin::Tuple,
                    args: Vec::new(),
                    kwargs: Vec::new(),
                },
                Type::Obj,
            ),
            Expr::Tuple(t) => {
                let items: Option<Vec<ir::Expr>> =
                    t.elts.iter().map(|e| self.lower_item(frame, e)).collect();
                let items = items?;
                let ty = Type::Tuple(items.iter().map(|e| e.ty.clone()).collect());
                (ExprKind::Tuple(items), ty)
            }
            Expr::Dict(d) => {
                let mut pairs = Vec::new();
                for item in &d.items {
                    let Some(key) = &item.key else {
                        self.error(
                            item.value.range(),
                            "`**` in a dict display is not supported yet",
                        )
                        .help("build the dict, then call update()");
                        return None;
                    };
                    let k = self.lower_expr(frame, key);
                    let v = self.lower_expr(frame, &item.value);
                    pairs.push((k?, v?));
                }
                let ty = Type::Dict(Box::new(self.u.fresh()), Box::new(self.u.fresh()));
                (ExprKind::Dict(pairs), ty)
            }
            Expr::Subscript(sub) if self.names_enum(frame, &sub.value).is_some() => {
                let name = self.names_enum(frame, &sub.value)?;
                return self.enum_lookup(frame, &name, &sub.slice, true, sub.range);
            }
            Expr::Subscript(sub) => {
                let value = self.lower_expr(frame, &sub.value)?;
                let ty = self.u.fresh();
                match &*sub.slice {
                    Expr::Slice(sl) => {
                        let mut part = |e: &Option<Box<Expr>>| -> Option<Option<Box<ir::Expr>>> {
                            match e {
                                None => Some(None),
                                Some(e) => self.lower_expr(frame, e).map(|e| Some(Box::new(e))),
                            }
                        };
                        let lower = part(&sl.lower)?;
                        let upper = part(&sl.upper)?;
                        let step = part(&sl.step)?;
                        (
                            ExprKind::Slice {
                                value: Box::new(value),
                                lower,
                                upper,
                                step,
                            },
                            ty,
                        )
                    }
                    index => {
                        let index = self.lower_expr(frame, index)?;
                        (
                            ExprKind::Index {
                                value: Box::new(value),
                                index: Box::new(index),
                            },
                            ty,
                        )
                    }
                }
            }
            Expr::ListComp(c) if self.mro_names(c).is_some() => {
                let names = self.mro_names(c).unwrap_or_default();
                let items = names
                    .into_iter()
                    .map(|n| ir::Expr::new(ExprKind::Str(n), Type::Str, span(c.range)))
                    .collect();
                (ExprKind::List(items), Type::List(Box::new(Type::Str)))
            }
            Expr::ListComp(c) => {
                let (element, generators) =
                    self.lower_comprehension(frame, &c.elt, None, &c.generators)?;
                // `[None for _ in xs]`: items typed by what is stored later,
                // as for `[None] * n` (inference flows the None in).
                let item = match element.0.ty {
                    Type::None => self.u.fresh(),
                    ref t => t.clone(),
                };
                let ty = Type::List(Box::new(item));
                (
                    ExprKind::Comp {
                        element: Box::new(element.0),
                        value: None,
                        generators,
                    },
                    ty,
                )
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    self.error(c.range, "`**` in a dict comprehension is not supported")
                        .help("build the pairs explicitly");
                    return None;
                };
                let (element, generators) =
                    self.lower_comprehension(frame, key, Some(&c.value), &c.generators)?;
                let value = element.1?;
                let ty = Type::Dict(Box::new(element.0.ty.clone()), Box::new(value.ty.clone()));
                (
                    ExprKind::Comp {
                        element: Box::new(element.0),
                        value: Some(Box::new(value)),
                        generators,
                    },
                    ty,
                )
            }
            Expr::Named(n) => {
                let Expr::Name(target) = &*n.target else {
                    self.error(n.target.range(), "`:=` can only assign to a name")
                        .help("assign to a plain variable");
                    return None;
                };
                let value = self.lower_expr(frame, &n.value)?;
                let (place, _) = self.place(frame, &target.id, target.range)?;
                let ty = value.ty.clone();
                (
                    ExprKind::Walrus {
                        place,
                        value: Box::new(value),
                    },
                    ty,
                )
            }
            Expr::Attribute(a) if self.names_enum(frame, &a.value).is_some() => {
                return self.enum_member(a, frame)?;
            }
            Expr::Attribute(a) if self.names_module(frame, &a.value, "math") => {
                let name = a.attr.id.as_str();
                let Some(value) = crate::math::constant(name) else {
                    self.error(a.range, format!("`math.{name}` is not supported"))
                        .help("see docs/supported.md for the math functions and constants Molt translates");
                    return None;
                };
                (ExprKind::Float(value), Type::Float)
            }
            Expr::Attribute(a)
                if self.names_module(frame, &a.value, "sys") && a.attr.id.as_str() == "argv" =>
            {
                (
                    ExprKind::Builtin {
                        func: Builtin::Argv,
                        args: Vec::new(),
                        kwargs: Vec::new(),
                    },
                    Type::List(Box::new(Type::Str)),
                )
            }
            Expr::Attribute(a) if self.names_class(frame, &a.value) => {
                let (global, ty) = self.class_attr(frame, a)??;
                (ExprKind::Global(global), ty)
            }
            Expr::Attribute(a)
                if a.attr.as_str() != "__name__" || type_call(&a.value).is_none() =>
            {
                let value = self.lower_expr(frame, &a.value)?;
                let ty = self.u.fresh();
                let kind = ExprKind::Attr {
                    value: Box::new(value),
                    name: a.attr.to_string(),
                };
                let key = narrow::attribute_key(e);
                if key.is_some_and(|k| frame.narrowed.iter().any(|n| n.name == k)) {
                    // Narrowed by `if x.attr is not None:`.
                    let read = ir::Expr::new(kind, ty, span(a.range));
                    (ExprKind::NotNone(Box::new(read)), self.u.fresh())
                } else {
                    (kind, ty)
                }
            }
            Expr::Attribute(a)
                if a.attr.as_str() == "__name__" && type_call(&a.value).is_some() =>
            {
                let arg = type_call(&a.value)?;
                let v = self.lower_expr(frame, arg)?;
                (
                    ExprKind::Builtin {
                        func: Builtin::TypeName,
                        args: vec![v],
                        kwargs: Vec::new(),
                    },
                    Type::Str,
                )
            }
            other => {
                self.error(
                    other.range(),
                    format!("{} is not supported yet", construct_name(other)),
                )
                .label("not supported")
                .help("Molt translates int, float, bool, str and None values so far");
                return None;
            }
        };
        Some(ir::Expr::new(kind, ty, r))
    }

    /// A generator expression passed to a builtin that consumes it whole
    /// (`sum(x * x for x in xs)`): the same values as a list comprehension,
    /// in the same order. `any`/`all` stop early when emitted.
    fn lower_generator(&mut self, frame: &mut Frame, g: &ast::ExprGenerator) -> Option<ir::Expr> {
        let (element, generators) = self.lower_comprehension(frame, &g.elt, None, &g.generators)?;
        // Typed as an iterator: consumed where it is made, never stored.
        let ty = Type::Iter(Box::new(element.0.ty.clone()));
        let kind = ExprKind::Comp {
            element: Box::new(element.0),
            value: None,
            generators,
        };
        Some(ir::Expr::new(kind, ty, span(g.range)))
    }

    /// The three bounds of a slice.
    fn lower_bounds(
        &mut self,
        frame: &mut Frame,
        sl: &ast::ExprSlice,
    ) -> Option<[Option<ir::Expr>; 3]> {
        let mut out: [Option<ir::Expr>; 3] = [None, None, None];
        for (slot, part) in out.iter_mut().zip([&sl.lower, &sl.upper, &sl.step]) {
            if let Some(e) = part {
                *slot = Some(self.lower_expr(frame, e)?);
            }
        }
        Some(out)
    }

    /// An element of a list or tuple display (no `*spread` yet).
    fn lower_item(&mut self, frame: &mut Frame, e: &Expr) -> Option<ir::Expr> {
        if let Expr::Starred(_) = e {
            self.error(e.range(), "`*` unpacking in a display is not supported yet")
                .help("build the list with + or extend()");
            return None;
        }
        self.lower_expr(frame, e)
    }

    /// The element (and, for dicts, value) of a comprehension and its
    /// generators; the names its `for`s bind are visible only inside it.
    #[allow(clippy::type_complexity)]
    fn lower_comprehension(
        &mut self,
        frame: &mut Frame,
        element: &Expr,
        value: Option<&Expr>,
        generators: &[ast::Comprehension],
    ) -> Option<((ir::Expr, Option<ir::Expr>), Vec<ir::Generator>)> {
        let depth = frame.bound.len();
        let mut lowered = Vec::new();
        let mut ok = true;
        for g in generators {
            if g.is_async {
                self.error(g.range, "async comprehensions are not supported")
                    .help("use a plain for");
                ok = false;
                break;
            }
            let Some(iter) = self.lower_expr(frame, &g.iter) else {
                ok = false;
                break;
            };
            let names: Option<Vec<String>> = match &g.target {
                Expr::Name(n) => Some(vec![n.id.to_string()]),
                Expr::Tuple(t) => t
                    .elts
                    .iter()
                    .map(|e| match e {
                        Expr::Name(n) => Some(n.id.to_string()),
                        _ => None,
                    })
                    .collect(),
                _ => None,
            };
            let Some(names) = names else {
                self.error(
                    g.target.range(),
                    "this comprehension target is not supported yet",
                )
                .help("bind plain names, like `for k, v in d.items()`");
                ok = false;
                break;
            };
            let mut targets = Vec::new();
            for n in names {
                let ty = self.u.fresh();
                frame.bound.push((n.clone(), ty.clone()));
                targets.push((n, ty));
            }
            let conds: Option<Vec<ir::Expr>> = g
                .ifs
                .iter()
                .map(|c| self.lower_condition(frame, c))
                .collect();
            let Some(conds) = conds else {
                ok = false;
                break;
            };
            lowered.push(ir::Generator {
                targets,
                iter,
                conds,
            });
        }
        let result = if ok {
            let element = self.lower_expr(frame, element);
            let value = value.map(|v| self.lower_expr(frame, v));
            match (element, value) {
                (Some(e), None) => Some((e, None)),
                (Some(e), Some(Some(v))) => Some((e, Some(v))),
                _ => None,
            }
        } else {
            None
        };
        frame.bound.truncate(depth);
        Some((result?, lowered))
    }

    fn lower_name(&mut self, frame: &Frame, n: &ast::ExprName) -> Option<ir::Expr> {
        let r = span(n.range);
        let name = n.id.as_str();
        if let Some((_, ty)) = frame.bound.iter().rev().find(|(b, _)| b == name) {
            return Some(ir::Expr::new(ExprKind::Bound(name.into()), ty.clone(), r));
        }
        if frame.is_module || frame.scope.globals.contains(name) || !frame.scope.is_local(name) {
            if let Some(ty) = self.global_types.get(name) {
                return Some(ir::Expr::new(ExprKind::Global(name.into()), ty.clone(), r));
            }
        }
        if let Some(ty) = frame.types.get(name) {
            let read = ir::Expr::new(ExprKind::Local(name.into()), ty.clone(), r);
            if let Some(n) = frame.narrowed.iter().rev().find(|n| n.name == name) {
                let ty = self.u.fresh();
                let read = ir::Expr::new(ExprKind::NotNone(Box::new(read)), ty, r);
                return Some(
                    match n
                        .class
                        .clone()
                        .filter(|c| self.classes.contains_key(c) && !self.is_exception_class(c))
                    {
                        // Which type that is depends on what inference finds `x` holds.
                        Some(class) => ir::Expr::new(
                            ExprKind::Narrowed {
                                value: Box::new(read),
                                class,
                            },
                            self.u.fresh(),
                            r,
                        ),
                        None => read,
                    },
                );
            }
            return Some(read);
        }
        if let Some(value) = crate::math::constant(name).filter(|_| self.imports.contains(name)) {
            // `from math import pi`.
            return Some(ir::Expr::new(ExprKind::Float(value), Type::Float, r));
        }
        if name == "__name__" {
            let value = match self.mode {
                Mode::Program => "__main__",
                Mode::Library => &self.module_name,
            };
            return Some(ir::Expr::new(ExprKind::Str(value.into()), Type::Str, r));
        }
        if self.enums.contains_key(name) {
            return Some(ir::Expr::new(
                ExprKind::EnumMembers(name.to_string()),
                Type::List(Box::new(Type::Enum(name.to_string()))),
                r,
            ));
        }
        if self.is_exception_class(name) {
            return Some(ir::Expr::new(
                ExprKind::ExcClass(name.into()),
                Type::ExcType,
                r,
            ));
        }
        if self.classes.contains_key(name) {
            self.error(
                n.range,
                format!("class `{name}` used as a value is not supported yet"),
            )
            .help(format!("call it to make an instance: `{name}(...)`"));
            return None;
        }
        if let Some(sig) = self.funcs.get(name) {
            // A function passed, stored or returned as a value.
            let ty = Type::Func(Box::new(sig.clone()));
            return Some(ir::Expr::new(ExprKind::FuncRef(name.into()), ty, r));
        }
        if builtin(name).is_some() || name == "print" || name == "range" {
            self.error(
                n.range,
                format!("builtin `{name}` used as a value is not supported yet"),
            )
            .help(format!("call it: `{name}(...)`"));
            return None;
        }
        self.error(n.range, format!("name '{name}' is not defined"))
            .label("undefined name")
            .help("define it before use, or check the spelling");
        None
    }

    /// Keyword arguments; `key=` may name a function.
    fn lower_kwargs(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
    ) -> Option<Vec<(String, ir::Expr)>> {
        let mut kwargs = Vec::new();
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else {
                self.error(k.range, "`**kwargs` in calls is not supported yet")
                    .help("pass each keyword argument");
                return None;
            };
            let value = match (&k.value, name.id.as_str()) {
                (Expr::Attribute(a), "key") if str_method_ref(a).is_some() => {
                    let ty = self.u.fresh();
                    ir::Expr::new(
                        ExprKind::FuncRef(str_method_ref(a).unwrap_or_default()),
                        ty,
                        span(a.range),
                    )
                }
                (Expr::Name(f), "key")
                    if self.funcs.contains_key(f.id.as_str()) || builtin(&f.id).is_some() =>
                {
                    let ty = self.u.fresh();
                    ir::Expr::new(ExprKind::FuncRef(f.id.to_string()), ty, span(f.range))
                }
                (Expr::Lambda(l), "key") => self.lower_lambda(frame, l)?,
                (value, _) => self.lower_expr(frame, value)?,
            };
            kwargs.push((name.id.to_string(), value));
        }
        Some(kwargs)
    }

    /// `int.from_bytes`, `bytes.fromhex`, `dict.fromkeys`: methods called
    /// on a builtin class itself.
    fn class_method(&self, frame: &Frame, class: &Expr, method: &str) -> Option<Builtin> {
        let Expr::Name(n) = class else {
            return None;
        };
        let name = n.id.as_str();
        if frame.types.contains_key(name) || self.funcs.contains_key(name) {
            return None;
        }
        Some(match (name, method) {
            ("int", "from_bytes") => Builtin::IntFromBytes,
            ("bytes", "fromhex") => Builtin::BytesFromHex,
            ("bytearray", "fromhex") => Builtin::ByteArrayFromHex,
            ("dict", "fromkeys") => Builtin::DictFromKeys,
            _ => return None,
        })
    }

    fn lower_call(&mut self, frame: &mut Frame, c: &ast::ExprCall) -> Option<ir::Expr> {
        let r = span(c.range());
        if let Expr::Name(n) = &*c.func {
            if self.context_managers.contains_key(n.id.as_str())
                && !frame.types.contains_key(n.id.as_str())
            {
                self.error(
                    c.range(),
                    format!("`{}()` is a @contextmanager function: Molt supports it only as the manager of a `with` statement", n.id),
                )
                .help("write `with f(...) as value:`");
                return None;
            }
        }
        if let Some(lowered) = self.lower_exception_call(frame, c) {
            return lowered;
        }
        if let Some(lowered) = self.lower_cache_method(c) {
            return Some(lowered);
        }
        if let Some(func) = self.itertools_callee(frame, &c.func) {
            let keyword = match func {
                Builtin::Product => "repeat",
                Builtin::Accumulate => "initial",
                Builtin::ZipLongest => "fillvalue",
                _ => "",
            };
            if let Some(k) = c
                .arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_none_or(|a| a.id.as_str() != keyword))
            {
                self.error(
                    k.range,
                    "this keyword argument of an itertools function is not supported",
                )
                .help("pass the arguments by position");
                return None;
            }
            let args = self.lower_positional(frame, c);
            let kwargs = self.lower_kwargs(frame, c)?;
            let ty = self.u.fresh();
            return Some(ir::Expr::new(
                ExprKind::Builtin {
                    func,
                    args: args?,
                    kwargs,
                },
                ty,
                r,
            ));
        }
        if let Some(func) = self.math_callee(frame, &c.func) {
            return self.lower_math_call(frame, c, func);
        }
        if let Some(func) = self.random_callee(frame, &c.func) {
            return self.lower_random_call(frame, c, func);
        }
        if let Some(lowered) = self.lower_class_call(frame, c) {
            return lowered;
        }
        if let Some((module, name)) = self.module_function(frame, &c.func) {
            self.error(c.range(), format!("`{module}.{name}()` is not supported"))
                .help(match module {
                    "os" => "Molt's os module has os.remove and os.path.exists",
                    "contextlib" => "Molt's contextlib has suppress",
                    _ => "see docs/supported.md for the library functions Molt translates",
                });
            return None;
        }
        if let Expr::Attribute(a) = &*c.func {
            if matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "sys" && self.imports.contains("sys"))
            {
                self.error(
                    c.range(),
                    format!("sys.{}() is only supported as a statement", a.attr.id),
                )
                .help("call it on its own line");
                return None;
            }
            if let Some(func) = self.class_method(frame, &a.value, a.attr.id.as_str()) {
                let args: Option<Vec<ir::Expr>> = c
                    .arguments
                    .args
                    .iter()
                    .map(|e| self.lower_item(frame, e))
                    .collect();
                let kwargs = self.lower_kwargs(frame, c)?;
                let ty = self.u.fresh();
                let kind = ExprKind::Builtin {
                    func,
                    args: args?,
                    kwargs,
                };
                return Some(ir::Expr::new(kind, ty, r));
            }
            let receiver = self.lower_expr(frame, &a.value)?;
            let method = a.attr.id.as_str();
            // Keywords and defaults of a program's method, bound now though
            // the receiver's class is only known after inference.
            let positional = c.arguments.args.len();
            let starred = c.arguments.args.iter().any(|e| e.is_starred_expr());
            // A method a builtin type has too is bound only where the call
            // cannot be one of the builtin's (`x.find()`, `x.remove(r,
            // update=True)`); inference then checks the receiver.
            let keywords: Vec<&str> = c
                .arguments
                .keywords
                .iter()
                .filter_map(|k| k.arg.as_ref().map(|a| a.id.as_str()))
                .collect();
            let builtin = crate::methods::is_builtin_method(method);
            let fits_builtin =
                builtin && crate::methods::fits_builtin_method(method, positional, &keywords);
            if let Some(key) = self.instance_method_key(method).filter(|_| !fits_builtin) {
                let needs_binding =
                    !c.arguments.keywords.is_empty() || positional < self.param_specs[&key].len();
                if needs_binding && !starred {
                    let args = self.bind_args(frame, c, &key, &key)?;
                    if builtin {
                        self.bound_calls.push(ir::BoundCall {
                            method: method.to_string(),
                            receiver: receiver.ty.clone(),
                            span: r,
                            per_class: Vec::new(),
                        });
                    }
                    let kind = ExprKind::Method {
                        receiver: Box::new(receiver),
                        name: method.to_string(),
                        args,
                        kwargs: Vec::new(),
                    };
                    return Some(ir::Expr::new(kind, self.u.fresh(), r));
                }
            }
            let args: Option<Vec<ir::Expr>> = c
                .arguments
                .args
                .iter()
                .map(|e| match e {
                    Expr::Generator(g) if matches!(method, "join" | "extend" | "update") => {
                        self.lower_generator(frame, g)
                    }
                    e => self.lower_item(frame, e),
                })
                .collect();
            // Kept aside: the call is lowered as written below.
            let per_class = if starred {
                Vec::new()
            } else {
                self.bind_per_class(frame, c, method)
            };
            if !per_class.is_empty() {
                self.bound_calls.push(ir::BoundCall {
                    method: method.to_string(),
                    receiver: receiver.ty.clone(),
                    span: r,
                    per_class,
                });
            }
            let kwargs = self.lower_kwargs(frame, c)?;
            let ty = self.u.fresh();
            // A NamedTuple's `_replace` is `dataclasses.replace` (no class
            // of the program defines its own).
            let defined = |m: &str| self.classes.values().any(|c| c.methods.contains_key(m));
            let name = match method {
                "_replace" if !defined("_replace") => "__replace__".to_string(),
                m => m.to_string(),
            };
            let kind = ExprKind::Method {
                receiver: Box::new(receiver),
                name,
                args: args?,
                kwargs,
            };
            return Some(ir::Expr::new(kind, ty, r));
        }
        let callee_is_value = match &*c.func {
            Expr::Name(n) => {
                let name = n.id.as_str();
                frame.bound.iter().any(|(b, _)| b == name)
                    || self.decorated.contains_key(name)
                    || (frame.types.contains_key(name) && !self.funcs.contains_key(name))
                    || (!frame.is_module
                        && !frame.scope.is_local(name)
                        && self.global_types.contains_key(name)
                        && !self.funcs.contains_key(name))
            }
            _ => true,
        };
        if callee_is_value {
            // `make()(x)`, `f(x)` for a comprehension's `f`: an instance's `__call__`.
            return self.lower_instance_call(frame, c);
        }
        let Expr::Name(n) = &*c.func else {
            return None;
        };
        let name = n.id.as_str();
        if name == "range" && !frame.types.contains_key(name) {
            return self.lower_range_value(frame, c);
        }
        // A class pattern's subject, as the class it tested for.
        if name == matching::DOWNCAST {
            let [value, Expr::Name(class)] = c.arguments.args.as_ref() else {
                return None;
            };
            let value = self.lower_expr(frame, value)?;
            let class = class.id.to_string();
            return Some(ir::Expr::new(
                ExprKind::Downcast(Box::new(value)),
                Type::Object(class),
                r,
            ));
        }
        // `asdict(p)` and `astuple(p)`: the dataclass's own conversions.
        if matches!(name, "asdict" | "astuple") && self.imports.contains(name) {
            let [arg] = c.arguments.args.as_ref() else {
                self.error(
                    c.arguments.range,
                    format!("{name}() takes one dataclass instance"),
                )
                .help(format!("write {name}(instance)"));
                return None;
            };
            let receiver = self.lower_expr(frame, arg)?;
            let ty = self.u.fresh();
            return Some(ir::Expr::new(
                ExprKind::Method {
                    receiver: Box::new(receiver),
                    name: format!("__{name}__"),
                    args: Vec::new(),
                    kwargs: Vec::new(),
                },
                ty,
                r,
            ));
        }
        // `replace(p, x=1)`: a copy through the dataclass's `__init__`.
        if name == "replace" && self.imports.contains(name) {
            let ([arg], false) = (
                c.arguments.args.as_ref(),
                c.arguments.keywords.iter().any(|k| k.arg.is_none()),
            ) else {
                self.error(
                    c.arguments.range,
                    "replace() takes one instance and keyword arguments",
                )
                .help("write replace(instance, field=value)");
                return None;
            };
            let receiver = self.lower_expr(frame, arg)?;
            let kwargs = self.lower_kwargs(frame, c)?;
            let ty = self.u.fresh();
            return Some(ir::Expr::new(
                ExprKind::Method {
                    receiver: Box::new(receiver),
                    name: "__replace__".into(),
                    args: Vec::new(),
                    kwargs,
                },
                ty,
                r,
            ));
        }
        let is_user_function = self.funcs.contains_key(name) && !frame.types.contains_key(name);
        if is_user_function {
            let ret = self.funcs[name].ret.clone();
            let args = self.bind_args(frame, c, name, name)?;
            return Some(ir::Expr::new(
                ExprKind::Call {
                    func: name.into(),
                    args,
                },
                ret,
                r,
            ));
        }
        // `str(type(x))`: `<class 'int'>`, `<class '__main__.Point'>`.
        if let ("str" | "repr", [arg], []) = (name, &*c.arguments.args, &*c.arguments.keywords) {
            if let Some(x) = type_call(arg).filter(|_| !frame.types.contains_key(name)) {
                let value = self.lower_expr(frame, x)?;
                let module = match self.mode {
                    Mode::Program => "__main__".to_string(),
                    Mode::Library => self.module_name.clone(),
                };
                let module = ir::Expr::new(ExprKind::Str(module), Type::Str, r);
                return Some(ir::Expr::new(
                    ExprKind::Builtin {
                        func: Builtin::TypeName,
                        args: vec![value],
                        kwargs: vec![(TYPE_REPR_MODULE.to_string(), module)],
                    },
                    Type::Str,
                    r,
                ));
            }
        }
        let kwargs = self.lower_kwargs(frame, c)?;
        let args: Option<Vec<ir::Expr>> = c
            .arguments
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if let Expr::Starred(_) = a {
                    self.error(a.range(), "`*args` in calls is not supported yet")
                        .help("pass each argument");
                    return None;
                }
                if let Some(special) = self.lower_special_arg(name, i, a) {
                    return special;
                }
                if let Expr::Generator(g) = a {
                    if CONSUMERS.contains(&name) {
                        return self.lower_generator(frame, g);
                    }
                }
                if let (Expr::Lambda(l), "map" | "filter", 0) = (a, name, i) {
                    return self.lower_lambda(frame, l);
                }
                self.lower_expr(frame, a)
            })
            .collect();
        let args = args?;
        if matches!(
            name,
            "eval" | "exec" | "compile" | "globals" | "locals" | "vars" | "__import__"
        ) {
            self.error(
                n.range,
                format!(
                    "`{name}()` is not supported: Molt compiles a closed program ahead of time"
                ),
            )
            .label("dynamic code")
            .help("write the code directly instead of building it at run time");
            return None;
        }
        let Some((func, arity)) = builtin(name) else {
            if frame.types.contains_key(name) || self.global_types.contains_key(name) {
                // `f(x)` on an instance calls its `__call__`.
                let _ = args;
                return self.lower_instance_call(frame, c);
            } else if matches!(name, "print" | "range") {
                self.error(
                    c.range(),
                    format!("{name}() is only supported as a statement or in a for loop"),
                )
                .help(format!("use {name}() on its own line"));
            } else {
                self.error(n.range, format!("name '{name}' is not defined"))
                    .label("undefined name")
                    .help("define the function in this module, or check the spelling");
            }
            return None;
        };
        if func == Builtin::Str && (2..=3).contains(&args.len()) && kwargs.is_empty() {
            // `str(b, encoding, errors)` decodes bytes.
            let mut args = args;
            let receiver = args.remove(0);
            let ty = self.u.fresh();
            return Some(ir::Expr::new(
                ExprKind::Method {
                    receiver: Box::new(receiver),
                    name: "decode".into(),
                    args,
                    kwargs: Vec::new(),
                },
                ty,
                r,
            ));
        }
        if args.is_empty() && kwargs.is_empty() {
            // `int()`, `float()`, `str()`, `bool()`: the zero value.
            let zero = match func {
                Builtin::Int => Some((ExprKind::Int("0".into()), Type::Int)),
                Builtin::Float => Some((ExprKind::Float(0.0), Type::Float)),
                Builtin::Str => Some((ExprKind::Str(String::new()), Type::Str)),
                Builtin::Bool => Some((ExprKind::Bool(false), Type::Bool)),
                _ => None,
            };
            if let Some((kind, ty)) = zero {
                return Some(ir::Expr::new(kind, ty, r));
            }
        }
        if !arity.contains(&args.len()) {
            self.error(
                c.arguments.range,
                format!("{name}() does not take {} arguments", args.len()),
            )
            .label("wrong number of arguments")
            .help(format!(
                "pass {} to {} arguments",
                arity.start(),
                arity.end()
            ));
            return None;
        }
        let ty = match func {
            Builtin::Str | Builtin::Repr => Type::Str,
            Builtin::Bool => Type::Bool,
            Builtin::Int | Builtin::Len => Type::Int,
            Builtin::Float => Type::Float,
            // An empty container's item types are made here, like `[]`'s,
            // so that inference can widen them on a restart.
            Builtin::List if args.is_empty() => Type::List(Box::new(self.u.fresh())),
            Builtin::Set if args.is_empty() => Type::Set(Box::new(self.u.fresh())),
            Builtin::Dict if args.is_empty() && kwargs.is_empty() => {
                Type::Dict(Box::new(self.u.fresh()), Box::new(self.u.fresh()))
            }
            _ => self.u.fresh(),
        };
        Some(ir::Expr::new(
            ExprKind::Builtin { func, args, kwargs },
            ty,
            r,
        ))
    }

    /// `obj(args)`: the instance's `__call__`.
    fn lower_instance_call(&mut self, frame: &mut Frame, c: &ast::ExprCall) -> Option<ir::Expr> {
        if let Some(k) = c.arguments.keywords.first() {
            self.error(
                k.range,
                "keyword arguments of `__call__` are not supported yet",
            )
            .help("pass the arguments by position");
            return None;
        }
        let receiver = self.lower_expr(frame, &c.func)?;
        let args: Option<Vec<ir::Expr>> = c
            .arguments
            .args
            .iter()
            .map(|a| self.lower_expr(frame, a))
            .collect();
        let ty = self.u.fresh();
        Some(ir::Expr::new(
            ExprKind::Method {
                receiver: Box::new(receiver),
                name: "__call__".into(),
                args: args?,
                kwargs: Vec::new(),
            },
            ty,
            span(c.range()),
        ))
    }

    /// Arguments that name a type or a function: `isinstance(x, (int, str))`
    /// and `map(str, xs)`. `None` means "lower it as an ordinary value".
    fn lower_special_arg(
        &mut self,
        func: &str,
        index: usize,
        arg: &Expr,
    ) -> Option<Option<ir::Expr>> {
        let r = span(arg.range());
        match (func, index, arg) {
            ("isinstance", 1, _) => {
                let names: Vec<&Expr> = match arg {
                    Expr::Tuple(t) => t.elts.iter().collect(),
                    one => vec![one],
                };
                let mut types = Vec::new();
                for n in names {
                    match n {
                        Expr::Name(n) if BUILTIN_TYPES.contains(&n.id.as_str()) => {
                            types.push(n.id.to_string())
                        }
                        Expr::Name(n)
                            if self.classes.contains_key(n.id.as_str())
                                || self.is_exception_class(n.id.as_str()) =>
                        {
                            types.push(n.id.to_string())
                        }
                        other => {
                            self.error(other.range(), "isinstance() needs builtin type names here")
                                .help("write isinstance(x, int) or isinstance(x, (int, float))");
                            return Some(None);
                        }
                    }
                }
                Some(Some(ir::Expr::new(
                    ExprKind::Str(types.join(",")),
                    Type::Str,
                    r,
                )))
            }
            ("map" | "filter", 0, Expr::Attribute(a)) if str_method_ref(a).is_some() => {
                let ty = self.u.fresh();
                Some(Some(ir::Expr::new(
                    ExprKind::FuncRef(str_method_ref(a).unwrap_or_default()),
                    ty,
                    r,
                )))
            }
            ("map" | "filter", 0, Expr::Name(f))
                if self.funcs.contains_key(f.id.as_str()) || builtin(&f.id).is_some() =>
            {
                let ty = self.u.fresh();
                Some(Some(ir::Expr::new(
                    ExprKind::FuncRef(f.id.to_string()),
                    ty,
                    r,
                )))
            }
            _ => None,
        }
    }

    /// `range(...)` as a value: `list(range(n))`, `enumerate(range(3))`.
    fn lower_range_value(&mut self, frame: &mut Frame, c: &ast::ExprCall) -> Option<ir::Expr> {
        let r = span(c.range());
        if let Some(k) = c.arguments.keywords.first() {
            self.error(k.range, "range() takes no keyword arguments")
                .help("pass start, stop and step by position");
            return None;
        }
        let args: Option<Vec<ir::Expr>> = c
            .arguments
            .args
            .iter()
            .map(|a| self.lower_expr(frame, a))
            .collect();
        let mut args = args?;
        let (start, stop, step) = match args.len() {
            1 => (int_literal(0, c.range()), args.remove(0), None),
            2 => {
                let stop = args.remove(1);
                (args.remove(0), stop, None)
            }
            3 => {
                let step = args.remove(2);
                let stop = args.remove(1);
                (args.remove(0), stop, Some(Box::new(step)))
            }
            n => {
                self.error(
                    c.arguments.range,
                    format!("range expected at most 3 arguments, got {n}"),
                )
                .help("call range(stop), range(start, stop) or range(start, stop, step)");
                return None;
            }
        };
        let kind = ExprKind::Range {
            start: Box::new(start),
            stop: Box::new(stop),
            step,
        };
        Some(ir::Expr::new(kind, Type::Range, r))
    }

    fn lower_fstring(&mut self, frame: &mut Frame, f: &ast::ExprFString) -> Option<Vec<FPart>> {
        let mut parts = Vec::new();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(l) => push_literal(&mut parts, &l.value),
                ast::FStringPart::FString(fs) => {
                    self.lower_elements(frame, &fs.elements, &mut parts)?
                }
            }
        }
        Some(parts)
    }

    fn lower_elements(
        &mut self,
        frame: &mut Frame,
        elements: &ast::InterpolatedStringElements,
        parts: &mut Vec<FPart>,
    ) -> Option<()> {
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(l) => push_literal(parts, &l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let value = self.lower_expr(frame, &i.expression)?;
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => {
                            self.error(i.range, "the !a conversion is not supported yet")
                                .help("use !r");
                            return None;
                        }
                    };
                    if let Some(debug) = &i.debug_text {
                        push_literal(parts, debug.as_str());
                        if conversion == Conversion::None && i.format_spec.is_none() {
                            conversion = Conversion::Repr;
                        }
                    }
                    let spec = match &i.format_spec {
                        None => None,
                        Some(spec) => {
                            let mut spec_parts = Vec::new();
                            self.lower_elements(frame, &spec.elements, &mut spec_parts)?;
                            Some(match spec_parts.as_slice() {
                                [] => Spec::Literal(String::new()),
                                [FPart::Literal(l)] => Spec::Literal(l.clone()),
                                _ => Spec::Dynamic(spec_parts),
                            })
                        }
                    };
                    parts.push(FPart::Value {
                        value,
                        conversion,
                        spec,
                    });
                }
            }
        }
        Some(())
    }
}

fn unsupported_stmt_help(stmt: &Stmt) -> &'static str {
    match stmt {
        Stmt::ClassDef(_) => "use module-level functions and variables for now",
        Stmt::Try(_) => "check the condition before the operation instead of catching",
        Stmt::FunctionDef(_) => "define the function at module level",
        Stmt::ImportFrom(_) => "write `import sys`",
        _ => "rewrite it with if, while, for over range() and functions",
    }
}

fn push_literal(parts: &mut Vec<FPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FPart::Literal(l)) = parts.last_mut() {
        l.push_str(text);
    } else {
        parts.push(FPart::Literal(text.to_string()));
    }
}

/// The decimal digits of an int literal written in any base.
fn int_literal_digits(i: &ast::Int) -> String {
    match i.as_i64() {
        Some(v) => v.to_string(),
        None => {
            let text = i.to_string();
            molt_rt::text::parse_number::parse_int(&text, 0)
                .map(|b| b.to_string())
                .unwrap_or(text)
        }
    }
}

fn int_literal(v: i64, range: TextRange) -> ir::Expr {
    ir::Expr::new(ExprKind::Int(v.to_string()), Type::Int, span(range))
}

/// A literal that can be a Rust constant.
fn literal(e: &Expr) -> Option<ir::Expr> {
    let r = span(e.range());
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i
                .as_i64()
                .map(|v| ir::Expr::new(ExprKind::Int(v.to_string()), Type::Int, r)),
            ast::Number::Float(f) => Some(ir::Expr::new(ExprKind::Float(*f), Type::Float, r)),
            _ => None,
        },
        Expr::BooleanLiteral(b) => Some(ir::Expr::new(ExprKind::Bool(b.value), Type::Bool, r)),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            let inner = literal(&u.operand)?;
            match inner.kind {
                ExprKind::Int(v) if v != "0" => {
                    Some(ir::Expr::new(ExprKind::Int(format!("-{v}")), Type::Int, r))
                }
                ExprKind::Float(f) => Some(ir::Expr::new(ExprKind::Float(-f), Type::Float, r)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The locals these lowered statements read or assign.
fn mentioned(body: &[ir::Stmt]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in body {
        crate::analyze::mentions(s, &mut out);
    }
    out
}

/// Every name read in these statements.
fn names_read(body: &[Stmt]) -> HashSet<String> {
    let mut out = Vec::new();
    resolve::names_read(body, &mut out);
    out.into_iter().collect()
}

/// Whether defining the class runs none of the program's code (which
/// could read a module variable before its assignment): its decorators are
/// library ones such as `@dataclass(frozen=True)`, and its body only
/// defines methods and literal attributes.
fn runs_no_code(c: &ast::StmtClassDef) -> bool {
    let library_decorator = |d: &ast::Decorator| {
        let (callee, args) = match &d.expression {
            Expr::Call(call) => (&*call.func, Some(&call.arguments)),
            e => (e, None),
        };
        let name = match callee {
            Expr::Name(n) => n.id.as_str(),
            Expr::Attribute(a) => a.attr.id.as_str(),
            _ => return false,
        };
        name == "dataclass"
            && args.is_none_or(|a| {
                a.args.is_empty() && a.keywords.iter().all(|k| literal(&k.value).is_some())
            })
    };
    let inert = |s: &Stmt| match s {
        Stmt::FunctionDef(f) => f.decorator_list.is_empty(),
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => matches!(&*e.value, Expr::StringLiteral(_)),
        Stmt::AnnAssign(a) => a.value.as_deref().is_none_or(|v| literal(v).is_some()),
        Stmt::Assign(a) => literal(&a.value).is_some(),
        _ => false,
    };
    c.decorator_list.iter().all(library_decorator) && c.body.iter().all(inert)
}

/// Upper-case module variables assigned once, at the top level, from a
/// number, bool or str literal: their value is known wherever Rust reads
/// it.
fn api_constants(body: &[Stmt], assignments: &HashMap<String, usize>) -> Vec<(String, ir::Expr)> {
    let mut out = Vec::new();
    for stmt in body {
        let Stmt::Assign(a) = stmt else { continue };
        let [Expr::Name(n)] = a.targets.as_slice() else {
            continue;
        };
        let name = n.id.as_str();
        let upper = name.chars().any(|c| c.is_ascii_uppercase())
            && !name.chars().any(|c| c.is_ascii_lowercase());
        if !upper || assignments.get(name) != Some(&1) {
            continue;
        }
        let value = match &*a.value {
            Expr::StringLiteral(s) => Some(ir::Expr::new(
                ExprKind::Str(s.value.to_str().to_string()),
                Type::Str,
                span(s.range),
            )),
            e => literal(e),
        };
        if let Some(value) = value {
            out.push((name.to_string(), value));
        }
    }
    out
}

/// How many times each name is assigned (an augmented assignment counts
/// twice), anywhere in the module.
fn count_assignments(body: &[Stmt]) -> HashMap<String, usize> {
    // Assignments in functions (through `global`) count too: any of them
    // rules a constant out, so every name assigned anywhere is counted.
    use ruff_python_ast::visitor::{self, Visitor};
    struct Count<'a>(&'a mut HashMap<String, usize>);
    impl<'b> Visitor<'b> for Count<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Name(n) = expr {
                if n.ctx.is_store() {
                    *self.0.entry(n.id.to_string()).or_default() += 1;
                }
            }
            visitor::walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::AugAssign(a) = stmt {
                if let Expr::Name(n) = &*a.target {
                    *self.0.entry(n.id.to_string()).or_default() += 2;
                }
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut counts = HashMap::new();
    let mut v = Count(&mut counts);
    for s in body {
        v.visit_stmt(s);
    }
    counts
}

/// `if __name__ == "__main__":` (either way round).
pub(crate) fn is_main_guard(test: &Expr) -> bool {
    let Expr::Compare(c) = test else { return false };
    if c.ops.len() != 1 || c.ops[0] != ast::CmpOp::Eq {
        return false;
    }
    let is_name = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main = |e: &Expr| matches!(e, Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    (is_name(&c.left) && is_main(&c.comparators[0]))
        || (is_main(&c.left) && is_name(&c.comparators[0]))
}

/// `str.upper` named as a function (`key=str.lower`, `map(str.strip, xs)`).
fn str_method_ref(a: &ast::ExprAttribute) -> Option<String> {
    let Expr::Name(base) = &*a.value else {
        return None;
    };
    let method = a.attr.id.as_str();
    let known = matches!(
        method,
        "upper"
            | "lower"
            | "casefold"
            | "title"
            | "capitalize"
            | "swapcase"
            | "strip"
            | "lstrip"
            | "rstrip"
            | "isdigit"
            | "isdecimal"
            | "isnumeric"
            | "isalpha"
            | "isalnum"
            | "isspace"
            | "isupper"
            | "islower"
            | "istitle"
            | "isidentifier"
            | "isprintable"
            | "isascii"
    );
    (base.id.as_str() == "str" && known).then(|| format!("str.{method}"))
}

/// Builtins that consume a generator expression whole, so it can be a list.
const CONSUMERS: &[&str] = &[
    "sum",
    "min",
    "max",
    "any",
    "all",
    "sorted",
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
];

/// The modules a program may `import`.
const MODULES: &[&str] = &[
    "molt",
    "math",
    "random",
    "sys",
    "os",
    "functools",
    "itertools",
    "operator",
    "contextlib",
    "io",
];

/// The `itertools` functions [`crate::desugar`] rewrites into others.
const REWRITTEN_ITERTOOLS: &[&str] = &["starmap", "filterfalse", "compress"];

/// The `itertools` functions Molt translates.
fn itertools_builtin(name: &str) -> Option<Builtin> {
    Some(match name {
        "count" => Builtin::Count,
        "islice" => Builtin::Islice,
        "chain" => Builtin::Chain,
        "repeat" => Builtin::Repeat,
        "cycle" => Builtin::Cycle,
        "pairwise" => Builtin::Pairwise,
        "product" => Builtin::Product,
        "permutations" => Builtin::Permutations,
        "combinations" => Builtin::Combinations,
        "combinations_with_replacement" => Builtin::CombinationsWithReplacement,
        "accumulate" => Builtin::Accumulate,
        "groupby" => Builtin::Groupby,
        "zip_longest" => Builtin::ZipLongest,
        "takewhile" => Builtin::Takewhile,
        "dropwhile" => Builtin::Dropwhile,
        "tee" => Builtin::Tee,
        _ => return None,
    })
}

impl Ctx {
    /// A call's positional arguments, each a value to store.
    fn lower_positional(&mut self, frame: &mut Frame, c: &ast::ExprCall) -> Option<Vec<ir::Expr>> {
        c.arguments
            .args
            .iter()
            .map(|a| self.lower_item(frame, a))
            .collect()
    }

    /// `module.name` for a module the program imports (and does not
    /// shadow) whose function Molt does not translate.
    fn module_function<'e>(&self, frame: &Frame, callee: &'e Expr) -> Option<(&'e str, &'e str)> {
        let Expr::Attribute(a) = callee else {
            return None;
        };
        let module = match &*a.value {
            Expr::Name(m) => m.id.as_str(),
            Expr::Attribute(inner) => match &*inner.value {
                Expr::Name(m) if m.id.as_str() == "os" => "os.path",
                _ => return None,
            },
            _ => return None,
        };
        let root = module.split('.').next().unwrap_or(module);
        // `sys` functions have their own message (they are statements).
        let imported = MODULES.contains(&root)
            && root != "sys"
            && self.imports.contains(root)
            && !frame.types.contains_key(root);
        imported.then_some((module, a.attr.id.as_str()))
    }

    /// Whether `e` names an imported module the program does not shadow.
    fn names_module(&self, frame: &Frame, e: &Expr, module: &str) -> bool {
        matches!(e, Expr::Name(m) if m.id.as_str() == module)
            && self.imports.contains(module)
            && !frame.types.contains_key(module)
            && !self.global_types.contains_key(module)
    }

    /// `math.sqrt` after `import math`, or `sqrt` after `from math import
    /// sqrt`.
    fn math_callee(&self, frame: &Frame, callee: &Expr) -> Option<crate::math::MathFn> {
        let name = match callee {
            Expr::Attribute(a) if self.names_module(frame, &a.value, "math") => a.attr.id.as_str(),
            Expr::Name(n)
                if self.imports.contains(n.id.as_str())
                    && !frame.types.contains_key(n.id.as_str())
                    && !self.funcs.contains_key(n.id.as_str()) =>
            {
                n.id.as_str()
            }
            _ => return None,
        };
        crate::math::MathFn::from_name(name)
    }

    fn lower_math_call(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
        func: crate::math::MathFn,
    ) -> Option<ir::Expr> {
        let name = func.name();
        if let Some(k) = c.arguments.keywords.iter().find(|k| {
            k.arg
                .as_ref()
                .is_none_or(|a| !func.keywords().contains(&a.id.as_str()))
        }) {
            self.error(
                k.range,
                format!("math.{name}() does not take this keyword argument"),
            )
            .help("pass the arguments by position");
            return None;
        }
        let n = c.arguments.args.len();
        if !func.arity().contains(&n) || c.arguments.args.iter().any(|a| a.is_starred_expr()) {
            let arity = func.arity();
            let expected = if arity.start() == arity.end() {
                format!("{}", arity.start())
            } else {
                format!("{} or {}", arity.start(), arity.end())
            };
            self.error(
                c.arguments.range,
                format!("math.{name}() takes {expected} arguments, not {n}"),
            )
            .label("wrong number of arguments")
            .help("check the call against the math module's documentation");
            return None;
        }
        let args = self.lower_positional(frame, c);
        let kwargs = self.lower_kwargs(frame, c)?;
        let ty = self.u.fresh();
        Some(ir::Expr::new(
            ExprKind::Builtin {
                func: Builtin::Math(func),
                args: args?,
                kwargs,
            },
            ty,
            span(c.range()),
        ))
    }

    /// The library functions Molt translates as builtins:
    /// `itertools.count(...)` after `import itertools`, or `count(...)`
    /// after `from itertools import count` (and `functools.reduce`).
    fn itertools_callee(&self, frame: &Frame, callee: &Expr) -> Option<Builtin> {
        let (module, name) = match callee {
            // `os.path.exists`.
            Expr::Attribute(a) if a.attr.id.as_str() == "exists" => {
                let Expr::Attribute(p) = &*a.value else {
                    return None;
                };
                let is_os = matches!(&*p.value, Expr::Name(m) if m.id.as_str() == "os");
                return (is_os && p.attr.id.as_str() == "path" && self.imports.contains("os"))
                    .then_some(Builtin::PathExists);
            }
            // `itertools.chain.from_iterable` or `chain.from_iterable`.
            Expr::Attribute(a) if a.attr.id.as_str() == "from_iterable" => {
                return (self.itertools_callee(frame, &a.value) == Some(Builtin::Chain))
                    .then_some(Builtin::ChainFromIterable);
            }
            Expr::Attribute(a) => match &*a.value {
                Expr::Name(m) if self.imports.contains(m.id.as_str()) => {
                    (Some(m.id.as_str()), a.attr.id.as_str())
                }
                _ => return None,
            },
            Expr::Name(n) if self.imports.contains(n.id.as_str()) => (None, n.id.as_str()),
            _ => return None,
        };
        if frame.types.contains_key(module.unwrap_or(name)) {
            return None;
        }
        match (module, name) {
            (Some("functools") | None, "reduce") => Some(Builtin::Reduce),
            (Some("os"), "remove") => Some(Builtin::Remove),
            (Some("io"), "StringIO") => Some(Builtin::StringIO),
            (Some("itertools") | None, _) => itertools_builtin(name),
            _ => None,
        }
    }
}

/// The builtin types a program names as types (`isinstance(x, int)`,
/// `class C(list)`).
pub(super) const BUILTIN_TYPES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "bytes",
    "bytearray",
    "object",
];

fn builtin(name: &str) -> Option<(Builtin, std::ops::RangeInclusive<usize>)> {
    Some(match name {
        "abs" => (Builtin::Abs, 1..=1),
        "min" => (Builtin::Min, 1..=usize::MAX),
        "max" => (Builtin::Max, 1..=usize::MAX),
        "int" => (Builtin::Int, 1..=2),
        "float" => (Builtin::Float, 1..=1),
        "str" => (Builtin::Str, 1..=1),
        "bool" => (Builtin::Bool, 1..=1),
        "repr" => (Builtin::Repr, 1..=1),
        "len" => (Builtin::Len, 1..=1),
        "pow" => (Builtin::Pow, 2..=3),
        "divmod" => (Builtin::Divmod, 2..=2),
        "sum" => (Builtin::Sum, 1..=2),
        "sorted" => (Builtin::Sorted, 1..=1),
        "list" => (Builtin::List, 0..=1),
        "iter" => (Builtin::Iter, 1..=1),
        "next" => (Builtin::Next, 1..=2),
        "tuple" => (Builtin::Tuple, 0..=1),
        "dict" => (Builtin::Dict, 0..=1),
        "enumerate" => (Builtin::Enumerate, 1..=2),
        "zip" => (Builtin::Zip, 2..=3),
        "reversed" => (Builtin::Reversed, 1..=1),
        "any" => (Builtin::Any, 1..=1),
        "all" => (Builtin::All, 1..=1),
        "ord" => (Builtin::Ord, 1..=1),
        "chr" => (Builtin::Chr, 1..=1),
        "round" => (Builtin::Round, 1..=2),
        "hex" => (Builtin::Hex, 1..=1),
        "oct" => (Builtin::Oct, 1..=1),
        "bin" => (Builtin::Bin, 1..=1),
        "input" => (Builtin::Input, 0..=1),
        "open" => (Builtin::Open, 1..=2),
        "map" => (Builtin::Map, 2..=2),
        "filter" => (Builtin::Filter, 2..=2),
        "isinstance" => (Builtin::Isinstance, 2..=2),
        "format" => (Builtin::Format, 1..=2),
        "set" => (Builtin::Set, 0..=1),
        "frozenset" => (Builtin::FrozenSet, 0..=1),
        "hash" => (Builtin::Hash, 1..=1),
        "bytes" => (Builtin::Bytes, 0..=3),
        "bytearray" => (Builtin::ByteArray, 0..=3),
        _ => return None,
    })
}

fn local(name: &str, ty: &Type) -> ir::Local {
    ir::Local {
        name: name.to_string(),
        ty: ty.clone(),
        binding: Binding::Hoisted,
        mutable: true,
    }
}
