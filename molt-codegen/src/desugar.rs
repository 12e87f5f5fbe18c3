//! Rewrites Python's ready-made functions used as values into the lambdas
//! they behave as, before names are resolved: `operator.add` is
//! `lambda a, b: a + b`, `itemgetter(1)` is `lambda item: item[1]`, `len`
//! passed to `map` is `lambda x: len(x)`, `str.upper` is
//! `lambda s: s.upper()`. The itertools functions that are compositions of
//! others (`starmap`, `filterfalse`, `compress`, `map` over several
//! iterables) become those compositions. Later passes then see only
//! lambdas, `map`, `filter` and `zip`, which they already translate.

use crate::diagnostic::Diagnostic;
use ruff_python_ast::visitor::transformer::{walk_expr, walk_stmt, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ModModule, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

mod argparse;
mod bare_subclasses;
mod base_calls;
mod bound_methods;
mod class_aliases;
mod class_of_self;
mod constant_defaults;
mod forwarding;
mod function_defaults;
mod late_binding;
mod method_values;
mod missing_methods;
mod module_aliases;
mod namedtuple;
mod partial;
mod range_as_list;

/// Rewrites `module` in place; the diagnostics are for library functions
/// used in ways that have no lambda equivalent.
pub fn desugar(module: &mut ModModule) -> Vec<Diagnostic> {
    let mut names = Names::default();
    for stmt in &module.body {
        names.visit_stmt(stmt);
    }
    let pass = Desugar {
        names,
        diags: RefCell::new(Vec::new()),
        functions: RefCell::new(partial::Functions::collect(&module.body)),
        partials: RefCell::new(Vec::new()),
    };
    pass.diags
        .borrow_mut()
        .extend(argparse::rewrite(&mut module.body));
    module_aliases::inline(&mut module.body, &pass.names.modules);
    pass.unroll_late_binding(&mut module.body);
    function_defaults::inline(&mut module.body);
    base_calls::rewrite(&mut module.body);
    class_aliases::rewrite(&mut module.body);
    class_of_self::rewrite(&mut module.body);
    bare_subclasses::rewrite(module);
    missing_methods::add(&mut module.body);
    constant_defaults::inline(&mut module.body);
    range_as_list::rewrite(&mut module.body);
    forwarding::specialize(&mut module.body);
    let not_values: HashSet<String> = module
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::ClassDef(c) => Some(c.name.id.to_string()),
            _ => None,
        })
        .chain(pass.names.modules.iter().cloned())
        .chain(pass.names.imported.keys().cloned())
        .collect();
    bound_methods::rewrite(&mut module.body, &not_values);
    method_values::rewrite(&mut module.body);
    // `P = namedtuple("P", "x y")` is the NamedTuple class it makes.
    for stmt in &mut module.body {
        if let Some(class) = pass.namedtuple_class(stmt) {
            *stmt = class;
        }
    }
    // `name = partial(f, ...)` at module level is the def it behaves as.
    for stmt in &mut module.body {
        let Stmt::Assign(a) = &*stmt else { continue };
        let ([Expr::Name(target)], Expr::Call(c)) = (a.targets.as_slice(), &*a.value) else {
            continue;
        };
        if pass.is_partial(&c.func) {
            if let Some(def) = pass.partial_def(target.id.as_str(), c, a.range) {
                *stmt = def;
            }
        }
    }
    for stmt in &mut module.body {
        pass.visit_stmt(stmt);
    }
    pass.diags.into_inner()
}

/// What the program binds and imports, to tell a builtin or library name
/// from the program's own.
#[derive(Default)]
struct Names {
    bound: HashSet<String>,
    /// `import operator`, `import itertools`.
    modules: HashSet<String>,
    /// `from operator import add`: `add` -> `operator`.
    imported: HashMap<String, String>,
    /// The program's module-level functions and their positional arity.
    arity: HashMap<String, usize>,
}

impl<'a> Visitor<'a> for Names {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(i) => {
                for a in &i.names {
                    match &a.asname {
                        None => self.modules.insert(a.name.id.to_string()),
                        Some(n) => self.bound.insert(n.id.to_string()),
                    };
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                for a in &i.names {
                    match &a.asname {
                        None => {
                            self.imported.insert(a.name.id.to_string(), module.clone());
                        }
                        Some(n) => {
                            self.bound.insert(n.id.to_string());
                        }
                    }
                }
            }
            Stmt::FunctionDef(f) => {
                self.bound.insert(f.name.id.to_string());
                let p = &f.parameters;
                self.arity
                    .insert(f.name.id.to_string(), p.posonlyargs.len() + p.args.len());
                for param in p.iter() {
                    self.bound.insert(param.name().id.to_string());
                }
            }
            Stmt::ClassDef(c) => {
                self.bound.insert(c.name.id.to_string());
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) if !n.ctx.is_load() => {
                self.bound.insert(n.id.to_string());
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for param in p.iter() {
                        self.bound.insert(param.name().id.to_string());
                    }
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

struct Desugar {
    names: Names,
    diags: RefCell<Vec<Diagnostic>>,
    /// What `functools.partial` can bind.
    functions: RefCell<partial::Functions>,
    /// Module-level names made by `functools.partial`.
    partials: RefCell<Vec<String>>,
}

/// Builtins that are functions of one argument wherever they are values.
const UNARY_BUILTINS: &[&str] = &[
    "abs", "len", "repr", "hex", "oct", "bin", "ord", "chr", "sum", "any", "all", "sorted",
];

/// Builtins whose arity depends on how the value is called.
const NARY_BUILTINS: &[&str] = &[
    "min", "max", "pow", "divmod", "round", "str", "int", "float", "bool",
];

/// `operator` functions of two arguments, as the expressions they compute
/// from their arguments `__h0` and `__h1`.
const OPERATOR_BINARY: &[(&str, &str)] = &[
    ("add", "__h0 + __h1"),
    ("sub", "__h0 - __h1"),
    ("mul", "__h0 * __h1"),
    ("truediv", "__h0 / __h1"),
    ("floordiv", "__h0 // __h1"),
    ("mod", "__h0 % __h1"),
    ("pow", "__h0 ** __h1"),
    ("lshift", "__h0 << __h1"),
    ("rshift", "__h0 >> __h1"),
    ("and_", "__h0 & __h1"),
    ("or_", "__h0 | __h1"),
    ("xor", "__h0 ^ __h1"),
    ("concat", "__h0 + __h1"),
    ("lt", "__h0 < __h1"),
    ("le", "__h0 <= __h1"),
    ("eq", "__h0 == __h1"),
    ("ne", "__h0 != __h1"),
    ("gt", "__h0 > __h1"),
    ("ge", "__h0 >= __h1"),
    ("contains", "__h1 in __h0"),
    ("getitem", "__h0[__h1]"),
];

/// `operator` functions of one argument.
const OPERATOR_UNARY: &[(&str, &str)] = &[
    ("neg", "-__h0"),
    ("pos", "+__h0"),
    ("not_", "not __h0"),
    ("truth", "bool(__h0)"),
    ("abs", "abs(__h0)"),
    ("invert", "~__h0"),
    ("index", "__h0"),
];

/// Whether `from operator import name` names a function Molt rewrites.
pub fn is_operator_function(name: &str) -> bool {
    matches!(name, "itemgetter" | "attrgetter" | "methodcaller")
        || OPERATOR_BINARY
            .iter()
            .chain(OPERATOR_UNARY)
            .any(|(n, _)| *n == name)
}

impl Transformer for Desugar {
    fn visit_annotation(&self, _: &mut Expr) {}

    fn visit_stmt(&self, stmt: &mut Stmt) {
        walk_stmt(self, stmt);
        // A `map` or `filter` object kept in a variable runs its lambda
        // later, seeing the variables as they are then: the generator
        // expression it is equivalent to has those semantics in Molt.
        let value = match stmt {
            Stmt::Assign(a) => &mut *a.value,
            Stmt::AnnAssign(a) => match a.value.as_deref_mut() {
                Some(v) => v,
                None => return,
            },
            _ => return,
        };
        if let Some(generator) = self.stored_map_or_filter(value) {
            *value = generator;
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        match expr {
            Expr::Call(c) if self.is_partial(&c.func) => {
                for a in c.arguments.args.iter_mut().skip(1) {
                    self.visit_expr(a);
                }
                for k in c.arguments.keywords.iter_mut() {
                    self.visit_expr(&mut k.value);
                }
                if let Some(lambda) = self.partial_lambda(c) {
                    *expr = lambda;
                }
            }
            Expr::Call(c) => {
                // A function called by name stays a call (`len(x)`,
                // `dict.fromkeys(ks)`).
                match &mut *c.func {
                    Expr::Name(_) => {}
                    Expr::Attribute(a) => self.visit_expr(&mut a.value),
                    other => self.visit_expr(other),
                }
                // `map(len, xs)`, `filter(str.isdigit, s)` and `key=len` are
                // translated as they are, without a lambda.
                let direct = matches!(self.builtin(&c.func), Some("map" | "filter"))
                    && c.arguments.args.len() == 2;
                for (i, a) in c.arguments.args.iter_mut().enumerate() {
                    if !(direct && i == 0 && self.is_reference(a)) {
                        self.visit_expr(a);
                    }
                }
                let library = self.library(&c.func, "itertools").is_some();
                for k in c.arguments.keywords.iter_mut() {
                    let key = !library && k.arg.as_ref().is_some_and(|a| a.id.as_str() == "key");
                    if !(key && self.is_reference(&k.value)) {
                        self.visit_expr(&mut k.value);
                    }
                }
                if let Some(new) = self.rewrite_call(c) {
                    *expr = new;
                }
            }
            _ => {
                self.check_partial_attribute(expr);
                walk_expr(self, expr);
                if let Some(new) = self.rewrite_value(expr) {
                    *expr = new;
                }
            }
        }
    }
}

impl Desugar {
    /// Reports a problem once (a partial the module-level pass could not
    /// make into a def is seen again as a value).
    fn error(&self, range: TextRange, message: String, help: &str) {
        let d = Diagnostic::error(message, range.start().to_usize()..range.end().to_usize())
            .with_help(help);
        let mut diags = self.diags.borrow_mut();
        if !diags
            .iter()
            .any(|seen| seen.message == d.message && seen.span == d.span)
        {
            diags.push(d);
        }
    }

    /// `module.name` or an imported `name`, when it is `module`'s.
    fn library<'e>(&self, e: &'e Expr, module: &str) -> Option<&'e str> {
        match e {
            Expr::Attribute(a) => match &*a.value {
                Expr::Name(m)
                    if m.id.as_str() == module
                        && self.names.modules.contains(module)
                        && !self.names.bound.contains(module) =>
                {
                    Some(a.attr.id.as_str())
                }
                _ => None,
            },
            Expr::Name(n)
                if self
                    .names
                    .imported
                    .get(n.id.as_str())
                    .is_some_and(|m| m == module) =>
            {
                Some(n.id.as_str())
            }
            _ => None,
        }
    }

    /// A builtin or program function named rather than written: `len`,
    /// `str.lower` (not an `operator` function, which becomes a lambda).
    fn is_reference(&self, e: &Expr) -> bool {
        let named = match e {
            Expr::Name(_) => true,
            Expr::Attribute(a) => matches!(&*a.value, Expr::Name(_)),
            _ => false,
        };
        named && self.library(e, "operator").is_none()
    }

    /// A builtin's name, when the program does not rebind it.
    fn builtin<'e>(&self, e: &'e Expr) -> Option<&'e str> {
        match e {
            Expr::Name(n) if !self.names.bound.contains(n.id.as_str()) => Some(n.id.as_str()),
            _ => None,
        }
    }

    /// A function value that is a library function, as a lambda.
    fn rewrite_value(&self, e: &Expr) -> Option<Expr> {
        let range = e.range();
        if let Some(name) = self.library(e, "operator") {
            return operator_lambda(name, range);
        }
        if let Some(name) = self.builtin(e) {
            if UNARY_BUILTINS.contains(&name) {
                return Some(template(&format!("lambda x: {name}(x)"), &[], range));
            }
            return None;
        }
        // `str.upper`: the method as a function of the string.
        if let Expr::Attribute(a) = e {
            if let Some("str" | "bytes" | "list" | "dict" | "set") = self.builtin(&a.value) {
                let src = format!("lambda s: s.{}()", a.attr.id);
                return Some(template(&src, &[], range));
            }
        }
        None
    }

    /// `map(lambda x: e, xs)` as `(e for x in xs)`, `filter(lambda x: c,
    /// xs)` as `(x for x in xs if c)`.
    fn stored_map_or_filter(&self, e: &Expr) -> Option<Expr> {
        let Expr::Call(c) = e else { return None };
        let name = self.builtin(&c.func)?;
        let [Expr::Lambda(l), items] = &*c.arguments.args else {
            return None;
        };
        let p = l.parameters.as_ref()?;
        let plain = p.posonlyargs.is_empty()
            && p.kwonlyargs.is_empty()
            && p.vararg.is_none()
            && p.kwarg.is_none()
            && p.args.len() == 1
            && p.args[0].default.is_none();
        if !plain || !c.arguments.keywords.is_empty() {
            return None;
        }
        let x = p.args[0].parameter.name.id.as_str();
        let src = match name {
            "map" => format!("(__h0 for {x} in __h1)"),
            "filter" => format!("({x} for {x} in __h1 if __h0)"),
            _ => return None,
        };
        Some(template(&src, &[&l.body, items], c.range()))
    }

    /// A function-valued argument that is a builtin whose arity the call
    /// decides (`map(pow, xs, ys)`), as a lambda of that arity.
    fn with_arity(&self, f: &Expr, arity: usize) -> Option<Expr> {
        let name = self.builtin(f)?;
        if !NARY_BUILTINS.contains(&name) {
            return None;
        }
        let params: Vec<String> = (0..arity).map(|i| format!("x{i}")).collect();
        let src = format!("lambda {0}: {name}({0})", params.join(", "));
        Some(template(&src, &[], f.range()))
    }

    fn rewrite_call(&self, c: &mut ast::ExprCall) -> Option<Expr> {
        let range = c.range();
        let args = &mut c.arguments.args;
        if let Some(name) = self.library(&c.func, "operator") {
            return self.operator_call(name, args, !c.arguments.keywords.is_empty(), range);
        }
        if let Some(name) = self.library(&c.func, "itertools") {
            let name = name.to_string();
            return self.itertools_call(&name, c);
        }
        if let Some(name) = self.library(&c.func, "functools") {
            if name == "reduce" && !args.is_empty() {
                if let Some(f) = self.with_arity(&args[0], 2) {
                    args[0] = f;
                }
            }
            return None;
        }
        match self.builtin(&c.func) {
            Some("map") if args.len() > 2 => {
                if let Some(f) = self.with_arity(&args[0], args.len() - 1) {
                    args[0] = f;
                }
                let zipped = call_of("zip", &args[1..], range);
                Some(self.star_map(&args[0], args.len() - 1, &zipped, range))
            }
            _ => None,
        }
    }

    /// `map(lambda args: f(args[0], ..., args[n-1]), items)`: `f` applied
    /// to each tuple of `items`, unpacked.
    fn star_map(&self, f: &Expr, arity: usize, items: &Expr, range: TextRange) -> Expr {
        let p = fresh("args", &[f]);
        let spread: Vec<String> = (0..arity).map(|i| format!("{p}[{i}]")).collect();
        let src = format!("map(lambda {p}: __h0({}), __h1)", spread.join(", "));
        template(&src, &[f, items], range)
    }

    fn operator_call(
        &self,
        name: &str,
        args: &[Expr],
        keywords: bool,
        range: TextRange,
    ) -> Option<Expr> {
        if !matches!(name, "itemgetter" | "attrgetter" | "methodcaller") {
            // `operator.add(x, y)`: the operation itself.
            let body = OPERATOR_BINARY
                .iter()
                .chain(OPERATOR_UNARY)
                .find(|(n, _)| *n == name)?
                .1;
            let arity = if body.contains("__h1") { 2 } else { 1 };
            if keywords || args.len() != arity {
                self.error(
                    range,
                    format!("operator.{name}() takes {arity} positional arguments"),
                    "pass the operands by position",
                );
                return None;
            }
            if name == "contains" && !args.iter().all(pure) {
                // `b in a` would evaluate b first.
                self.error(
                    range,
                    "operator.contains() of computed operands is not supported".into(),
                    "write `b in a` directly",
                );
                return None;
            }
            let refs: Vec<&Expr> = args.iter().collect();
            return Some(template(body, &refs, range));
        }
        if keywords || args.is_empty() {
            self.error(
                range,
                format!("operator.{name}() needs positional arguments here"),
                "pass the keys or names by position",
            );
            return None;
        }
        let constant = |e: &Expr| match e {
            Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) => true,
            Expr::UnaryOp(u) => matches!(&*u.operand, Expr::NumberLiteral(_)),
            Expr::Tuple(t) => t
                .elts
                .iter()
                .all(|x| matches!(x, Expr::NumberLiteral(_) | Expr::StringLiteral(_))),
            _ => false,
        };
        if let Some(bad) = args.iter().find(|a| !constant(a)) {
            self.error(
                bad.range(),
                format!("operator.{name}() of a computed value is not supported"),
                "pass a literal, or write a lambda",
            );
            return None;
        }
        let holes: Vec<&Expr> = args.iter().collect();
        match name {
            "itemgetter" => {
                let p = "item";
                let parts: Vec<String> = (0..args.len()).map(|i| format!("{p}[__h{i}]")).collect();
                Some(template(&lambda_of(p, &parts), &holes, range))
            }
            "attrgetter" => {
                let mut parts = Vec::new();
                for a in args {
                    let Expr::StringLiteral(s) = a else {
                        self.error(
                            a.range(),
                            "attrgetter() takes attribute names".into(),
                            "pass strings",
                        );
                        return None;
                    };
                    let path = s.value.to_str();
                    if !path.split('.').all(is_identifier) {
                        self.error(
                            a.range(),
                            format!("'{path}' is not an attribute name"),
                            "pass a name like \"x\" or \"a.b\"",
                        );
                        return None;
                    }
                    parts.push(format!("obj.{path}"));
                }
                Some(template(&lambda_of("obj", &parts), &[], range))
            }
            _ => {
                let Expr::StringLiteral(s) = &args[0] else {
                    self.error(
                        args[0].range(),
                        "methodcaller() takes a method name first".into(),
                        "pass a string",
                    );
                    return None;
                };
                let method = s.value.to_str();
                if !is_identifier(method) {
                    self.error(
                        args[0].range(),
                        format!("'{method}' is not a method name"),
                        "pass a name",
                    );
                    return None;
                }
                let rest: Vec<String> = (1..args.len()).map(|i| format!("__h{i}")).collect();
                let src = format!("lambda obj: obj.{method}({})", rest.join(", "));
                Some(template(&src, &holes, range))
            }
        }
    }

    fn itertools_call(&self, name: &str, c: &mut ast::ExprCall) -> Option<Expr> {
        let range = c.range();
        let args = &mut c.arguments.args;
        match (name, args.len()) {
            ("starmap", 2) => {
                let arity = self.arity(&args[0]).or_else(|| row_length(&args[1]));
                let Some(arity) = arity else {
                    self.error(
                        args[0].range(),
                        "starmap() of a function whose number of parameters Molt cannot see".into(),
                        "pass a lambda or a function defined in this module",
                    );
                    return None;
                };
                let f = self
                    .with_arity(&args[0], arity)
                    .unwrap_or_else(|| args[0].clone());
                Some(self.star_map(&f, arity, &args[1], range))
            }
            ("filterfalse", 2) => {
                let src = if matches!(args[0], Expr::NoneLiteral(_)) {
                    "filter(lambda x: not x, __h1)".to_string()
                } else {
                    let x = fresh("x", &[&args[0]]);
                    format!("filter(lambda {x}: not __h0({x}), __h1)")
                };
                Some(template(&src, &[&args[0], &args[1]], range))
            }
            ("compress", 2) => Some(template(
                "map(lambda pair: pair[0], filter(lambda pair: pair[1], zip(__h0, __h1)))",
                &[&args[0], &args[1]],
                range,
            )),
            ("takewhile" | "dropwhile", 2) => {
                let x = fresh("x", &[&args[0]]);
                let src = format!("lambda {x}: bool(__h0({x}))");
                args[0] = template(&src, &[&args[0]], args[0].range());
                None
            }
            ("accumulate", 1) => {
                let add = template("lambda a, b: a + b", &[], range);
                c.arguments.args = vec![args[0].clone(), add].into_boxed_slice();
                None
            }
            ("accumulate", 2) => {
                if let Some(f) = self.with_arity(&args[1], 2) {
                    args[1] = f;
                }
                None
            }
            ("groupby", 1 | 2) => {
                let key = c
                    .arguments
                    .keywords
                    .iter()
                    .position(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "key"));
                let key = match (args.get(1), key) {
                    (Some(k), _) => k.clone(),
                    (None, Some(i)) => c.arguments.keywords.remove(i).value,
                    (None, None) => template("lambda x: x", &[], range),
                };
                let key = if matches!(key, Expr::NoneLiteral(_)) {
                    template("lambda x: x", &[], range)
                } else {
                    key
                };
                c.arguments.args = vec![args[0].clone(), key].into_boxed_slice();
                None
            }
            _ => None,
        }
    }

    /// How many arguments `f` takes, when that is plain from its form.
    fn arity(&self, f: &Expr) -> Option<usize> {
        match f {
            Expr::Lambda(l) => Some(l.parameters.as_ref().map_or(0, |p| p.len())),
            Expr::Name(n) => self.names.arity.get(n.id.as_str()).copied(),
            _ => None,
        }
    }
}

/// An `operator` function as the lambda it behaves as.
fn operator_lambda(name: &str, range: TextRange) -> Option<Expr> {
    let (_, body) = OPERATOR_BINARY
        .iter()
        .chain(OPERATOR_UNARY)
        .find(|(n, _)| *n == name)?;
    let params = if body.contains("__h1") { "a, b" } else { "a" };
    let (a, b) = (name_expr("a", range), name_expr("b", range));
    Some(template(
        &format!("lambda {params}: {body}"),
        &[&a, &b],
        range,
    ))
}

/// Whether evaluating `e` has no effects: names, literals and displays
/// of them (so evaluating it earlier or later is the same).
fn pure(e: &Expr) -> bool {
    match e {
        Expr::Name(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::List(l) => l.elts.iter().all(pure),
        Expr::Tuple(t) => t.elts.iter().all(pure),
        Expr::Set(s) => s.elts.iter().all(pure),
        _ => false,
    }
}

/// The name of a method's first positional parameter (`self`, `cls`).
fn method_receiver(method: &ast::StmtFunctionDef) -> Option<String> {
    method
        .parameters
        .posonlyargs
        .iter()
        .chain(&method.parameters.args)
        .next()
        .map(|p| p.parameter.name.to_string())
}

/// The names of a class's bases that are plain names (`class C(A, B)`).
fn class_base_names(class: &ast::StmtClassDef) -> Vec<String> {
    class
        .arguments
        .as_deref()
        .map(|a| {
            a.args
                .iter()
                .filter_map(|b| b.as_name_expr().map(|n| n.id.to_string()))
                .collect()
        })
        .unwrap_or_default()
}

fn name_expr(id: &str, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName {
        range,
        node_index: Default::default(),
        id: id.into(),
        ctx: ast::ExprContext::Load,
    })
}

/// The length of the tuples in a literal list of tuples: `[(1, 2), (3, 4)]`.
fn row_length(items: &Expr) -> Option<usize> {
    let elts = match items {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    let mut lens = elts.iter().map(|e| match e {
        Expr::Tuple(t) => Some(t.elts.len()),
        _ => None,
    });
    let first = lens.next()??;
    lens.all(|l| l == Some(first)).then_some(first)
}

/// `lambda p: part` for one part, `lambda p: (part, part)` for several.
fn lambda_of(p: &str, parts: &[String]) -> String {
    if parts.len() == 1 {
        format!("lambda {p}: {}", parts[0])
    } else {
        format!("lambda {p}: ({},)", parts.join(", "))
    }
}

fn call_of(name: &str, args: &[Expr], range: TextRange) -> Expr {
    let holes: Vec<String> = (0..args.len()).map(|i| format!("__h{i}")).collect();
    let refs: Vec<&Expr> = args.iter().collect();
    template(&format!("{name}({})", holes.join(", ")), &refs, range)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// `base`, or `base_`, `base__`, ...: a name none of `exprs` mentions.
fn fresh(base: &str, exprs: &[&Expr]) -> String {
    let mut mentioned = Mentioned::default();
    for e in exprs {
        mentioned.visit_expr(e);
    }
    let mut name = base.to_string();
    while mentioned.0.contains(&name) {
        name.push('_');
    }
    name
}

#[derive(Default)]
struct Mentioned(HashSet<String>);

/// Every name an expression reads, assigns or binds as a lambda parameter.
impl<'a> Visitor<'a> for Mentioned {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                self.0.insert(n.id.to_string());
            }
            Expr::Lambda(l) => {
                for p in l.parameters.iter().flat_map(|p| p.iter()) {
                    self.0.insert(p.name().id.to_string());
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// Parses a Molt-written expression, places every node at `range` (so
/// diagnostics point at the code it replaces), fills `__h0`, `__h1`, ...
/// with `holes`, and applies the lambdas that landed in call position.
fn template(src: &str, holes: &[&Expr], range: TextRange) -> Expr {
    let parsed = ruff_python_parser::parse_expression(src)
        .unwrap_or_else(|e| panic!("Molt's template `{src}` does not parse: {e}"));
    let mut expr = *parsed.into_syntax().body;
    ruff_python_ast::relocate::relocate_expr(&mut expr, range);
    Fill { holes }.visit_expr(&mut expr);
    expr
}

/// A statement of Molt's own, parsed and placed at `range`, so that
/// diagnostics and line numbers point at the source it stands for.
fn parse_stmt(src: &str, range: TextRange) -> Stmt {
    let parsed = ruff_python_parser::parse_module(src)
        .unwrap_or_else(|e| panic!("Molt's template `{src}` does not parse: {e}"));
    let mut stmt = parsed
        .into_syntax()
        .body
        .into_iter()
        .next()
        .expect("the template has a statement");
    Relocate(range).visit_stmt(&mut stmt);
    stmt
}

struct Relocate(TextRange);

impl Transformer for Relocate {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::Assign(s) => s.range = self.0,
            Stmt::AnnAssign(s) => s.range = self.0,
            Stmt::For(s) => s.range = self.0,
            Stmt::If(s) => s.range = self.0,
            Stmt::Expr(s) => s.range = self.0,
            Stmt::Pass(s) => s.range = self.0,
            Stmt::Return(s) => s.range = self.0,
            Stmt::ClassDef(s) => {
                s.range = self.0;
                s.name.range = self.0;
            }
            Stmt::FunctionDef(s) => {
                s.range = self.0;
                s.name.range = self.0;
                s.parameters.range = self.0;
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        ruff_python_ast::relocate::relocate_expr(expr, self.0);
    }
}

struct Fill<'h> {
    holes: &'h [&'h Expr],
}

impl Transformer for Fill<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(n) = expr {
            if let Some(i) =
                n.id.strip_prefix("__h")
                    .and_then(|i| i.parse::<usize>().ok())
            {
                *expr = self.holes[i].clone();
                return;
            }
        }
        walk_expr(self, expr);
        if let Some(applied) = beta_reduce(expr) {
            *expr = applied;
        }
    }
}

/// `(lambda a, b: body)(x, y)` as `body` with `a`, `b` replaced, when the
/// arguments are names, literals or subscripts of them (so evaluating
/// them once or several times is the same).
fn beta_reduce(expr: &Expr) -> Option<Expr> {
    let Expr::Call(c) = expr else { return None };
    let Expr::Lambda(l) = &*c.func else {
        return None;
    };
    let names: Vec<String> = match &l.parameters {
        None => Vec::new(),
        Some(p)
            if p.posonlyargs.is_empty()
                && p.kwonlyargs.is_empty()
                && p.vararg.is_none()
                && p.kwarg.is_none()
                && p.args.iter().all(|a| a.default.is_none()) =>
        {
            p.args
                .iter()
                .map(|a| a.parameter.name.id.to_string())
                .collect()
        }
        Some(_) => return None,
    };
    let simple = |e: &Expr| match e {
        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_) => true,
        Expr::Subscript(s) => {
            matches!(&*s.value, Expr::Name(_)) && matches!(&*s.slice, Expr::NumberLiteral(_))
        }
        _ => false,
    };
    if names.len() != c.arguments.args.len()
        || !c.arguments.keywords.is_empty()
        || !c.arguments.args.iter().all(simple)
    {
        return None;
    }
    let mut body = (*l.body).clone();
    Substitute {
        names: &names,
        values: &c.arguments.args,
    }
    .visit_expr(&mut body);
    Some(body)
}

struct Substitute<'s> {
    names: &'s [String],
    values: &'s [Expr],
}

impl Transformer for Substitute<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        match expr {
            Expr::Name(n) => {
                if let Some(i) = self.names.iter().position(|p| p == n.id.as_str()) {
                    *expr = self.values[i].clone();
                }
            }
            // A nested lambda that rebinds a name keeps its own meaning.
            Expr::Lambda(l)
                if l.parameters.as_ref().is_some_and(|p| {
                    p.iter()
                        .any(|q| self.names.iter().any(|n| n == q.name().id.as_str()))
                }) => {}
            _ => walk_expr(self, expr),
        }
    }
}
