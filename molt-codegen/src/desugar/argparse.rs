//! `argparse` with typed results. The bundled module
//! (`stdlib/argparse.py`) parses; this pass gives it types: each
//! `parser.add_argument("--iterations", type=int, default=20)` becomes the
//! typed `parser._add_int(["--iterations"], "iterations", ...)`, and
//! `Namespace` gets one field per argument the program declares, read from
//! the parsed values with its own type (`int`, or `int | None` when the
//! argument may be absent). So `args.iterations` is an int in the
//! generated Rust, as inference needs, while parsing, usage, help and
//! errors follow CPython's argparse.
//!
//! Arguments the bundled parser does not implement (other actions,
//! `nargs` but `"?"`, `required=`, ...) are diagnostics here.

use super::{parse_stmt, template};
use crate::diagnostic::Diagnostic;
use ruff_python_ast::visitor::transformer::{walk_expr, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;

/// What a declared argument's field holds.
#[derive(Clone, PartialEq)]
enum Kind {
    Int,
    Float,
    Str,
    /// `store_true` (or `store_false`): a bool.
    Flag(bool),
}

impl Kind {
    fn python(&self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Str => "str",
            Kind::Flag(_) => "bool",
        }
    }
}

/// A `Namespace` field.
struct Field {
    dest: String,
    kind: Kind,
    /// May be absent (no default and not a required positional): `T | None`.
    optional: bool,
    range: TextRange,
}

/// Rewrites the `add_argument` calls of a program that imports argparse
/// and fills its `Namespace`.
pub(super) fn rewrite(body: &mut [Stmt]) -> Vec<Diagnostic> {
    if !imports_argparse(body) {
        return Vec::new();
    }
    let pass = Rewrite {
        fields: RefCell::new(Vec::new()),
        diags: RefCell::new(Vec::new()),
    };
    for stmt in body.iter_mut() {
        pass.visit_stmt(stmt);
    }
    let fields = pass.fields.into_inner();
    for stmt in body.iter_mut() {
        if let Stmt::ClassDef(c) = stmt {
            if c.name.id.as_str() == "Namespace" {
                fill_namespace(c, &fields);
            }
        }
    }
    pass.diags.into_inner()
}

/// The bundled module is placed in the program: its parser class, with
/// the typed methods this pass calls, and its `Namespace`.
fn imports_argparse(body: &[Stmt]) -> bool {
    let class = |name: &str| {
        body.iter().find_map(|s| match s {
            Stmt::ClassDef(c) if c.name.id.as_str() == name => Some(c),
            _ => None,
        })
    };
    let typed = class("ArgumentParser").is_some_and(|c| {
        c.body
            .iter()
            .any(|m| matches!(m, Stmt::FunctionDef(f) if f.name.id.as_str() == "_add_int"))
    });
    // A program's own `add_argument` method keeps its calls.
    let own_method = body.iter().any(|s| match s {
        Stmt::ClassDef(c) if c.name.id.as_str() != "ArgumentParser" => c
            .body
            .iter()
            .any(|m| matches!(m, Stmt::FunctionDef(f) if f.name.id.as_str() == "add_argument")),
        _ => false,
    });
    typed && class("Namespace").is_some() && !own_method
}

struct Rewrite {
    fields: RefCell<Vec<Field>>,
    diags: RefCell<Vec<Diagnostic>>,
}

impl Rewrite {
    fn error(&self, range: TextRange, message: impl Into<String>, help: &str) {
        self.diags.borrow_mut().push(
            Diagnostic::error(message, range.start().to_usize()..range.end().to_usize())
                .with_help(help),
        );
    }

    /// The typed call `add_argument(...)` stands for, and its field.
    fn add_argument(&self, receiver: &Expr, call: &ast::ExprCall) -> Option<Expr> {
        let range = call.range();
        let mut flags = Vec::new();
        for a in call.arguments.args.iter() {
            match a {
                Expr::StringLiteral(s) => flags.push(s.value.to_str().to_string()),
                other => {
                    self.error(
                        other.range(),
                        "add_argument() takes its names as string literals",
                        "write the option's names, as in add_argument(\"-n\", \"--count\")",
                    );
                    return None;
                }
            }
        }
        let Some(first) = flags.first() else {
            self.error(
                range,
                "add_argument() needs a name",
                "name the argument: add_argument(\"--count\") or add_argument(\"path\")",
            );
            return None;
        };
        let positional = !first.starts_with('-');
        if positional && flags.len() > 1 {
            self.error(
                range,
                "a positional argument has one name",
                "declare it as add_argument(\"name\")",
            );
            return None;
        }
        if !positional && flags.iter().any(|f| !f.starts_with('-') || f.len() < 2) {
            self.error(
                range,
                "an option's names all start with `-`",
                "write add_argument(\"-n\", \"--count\")",
            );
            return None;
        }
        let mut kind = Kind::Str;
        let mut default = None;
        let mut help = None;
        let mut choices = None;
        let mut metavar = None;
        let mut dest = None;
        let mut nargs_optional = false;
        let mut action = None;
        for k in call.arguments.keywords.iter() {
            let Some(name) = &k.arg else {
                self.error(
                    k.range,
                    "`**` in add_argument() is not supported",
                    "pass each keyword",
                );
                return None;
            };
            let value = &k.value;
            match name.id.as_str() {
                "type" => match value {
                    Expr::Name(n) if n.id.as_str() == "int" => kind = Kind::Int,
                    Expr::Name(n) if n.id.as_str() == "float" => kind = Kind::Float,
                    Expr::Name(n) if n.id.as_str() == "str" => kind = Kind::Str,
                    _ => {
                        self.error(
                            value.range(),
                            "add_argument(type=...) takes int, float or str",
                            "convert the value after parsing",
                        );
                        return None;
                    }
                },
                "action" => match value {
                    Expr::StringLiteral(s)
                        if matches!(s.value.to_str(), "store" | "store_true" | "store_false") =>
                    {
                        action = Some(s.value.to_str().to_string());
                    }
                    _ => {
                        self.error(
                            value.range(),
                            "this add_argument() action is not supported",
                            "use action=\"store\", \"store_true\" or \"store_false\"",
                        );
                        return None;
                    }
                },
                "nargs" => match value {
                    Expr::StringLiteral(s) if s.value.to_str() == "?" && positional => {
                        nargs_optional = true;
                    }
                    _ => {
                        self.error(
                            value.range(),
                            "add_argument() supports only nargs=\"?\", on a positional argument",
                            "take one value per argument",
                        );
                        return None;
                    }
                },
                "dest" => match value {
                    Expr::StringLiteral(s) if !positional => {
                        dest = Some(s.value.to_str().to_string());
                    }
                    _ => {
                        self.error(
                            value.range(),
                            "add_argument(dest=...) takes a string literal, on an option",
                            "name the field with a literal",
                        );
                        return None;
                    }
                },
                "default" => default = Some(value.clone()),
                "help" => help = Some(value.clone()),
                "choices" => choices = Some(value.clone()),
                "metavar" => metavar = Some(value.clone()),
                other => {
                    self.error(
                        k.range,
                        format!("add_argument({other}=...) is not supported"),
                        "Molt's argparse takes type, default, choices, help, metavar, dest, nargs=\"?\" and action",
                    );
                    return None;
                }
            }
        }
        if let Some(store) = action.as_deref().filter(|a| *a != "store") {
            if positional || choices.is_some() || metavar.is_some() || default.is_some() {
                self.error(
                    range,
                    format!("action=\"{store}\" takes no value, choices or default here"),
                    "declare a flag as add_argument(\"--verbose\", action=\"store_true\")",
                );
                return None;
            }
            kind = Kind::Flag(store == "store_true");
        }
        let dest = dest.unwrap_or_else(|| {
            if positional {
                return first.clone();
            }
            let long = flags.iter().find(|f| f.starts_with("--"));
            match long {
                Some(l) => l[2..].replace('-', "_"),
                None => first[1..].replace('-', "_"),
            }
        });
        if !is_identifier(&dest) {
            self.error(
                range,
                format!("the argument's field `{dest}` is not a Python name"),
                "pass dest=\"name\", or name it with letters, digits and _",
            );
            return None;
        }
        // argparse converts a string default with `type`.
        let default = match (default, &kind) {
            (Some(Expr::StringLiteral(s)), Kind::Int | Kind::Float) => {
                let conversion = format!("{}(__h0)", kind.python());
                Some(template(
                    &conversion,
                    &[&Expr::StringLiteral(s.clone())],
                    range,
                ))
            }
            (d, _) => d,
        };
        let absent_is_none = match &default {
            Some(Expr::NoneLiteral(_)) | None => !positional || nargs_optional,
            Some(_) => false,
        };
        let optional = !matches!(kind, Kind::Flag(_)) && absent_is_none;
        self.declare(Field {
            dest: dest.clone(),
            kind: kind.clone(),
            optional,
            range,
        });
        let none = template("None", &[], range);
        let flags_list = format!(
            "[{}]",
            flags
                .iter()
                .map(|f| python_string(f))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let help = help.unwrap_or_else(|| none.clone());
        let dest_literal = python_string(&dest);
        let call = match kind {
            Kind::Flag(store) => {
                let store = if store { "True" } else { "False" };
                template(
                    &format!("__h0._add_flag({flags_list}, {dest_literal}, {store}, __h1)"),
                    &[receiver, &help],
                    range,
                )
            }
            Kind::Int | Kind::Float | Kind::Str => {
                let default = default.unwrap_or_else(|| none.clone());
                let metavar = metavar.unwrap_or_else(|| none.clone());
                let (shown, quoted) = match &choices {
                    Some(c) => (
                        template("[str(choice) for choice in __h0]", &[c], range),
                        template("[repr(choice) for choice in __h0]", &[c], range),
                    ),
                    None => (none.clone(), none.clone()),
                };
                let method = format!("_add_{}", kind.python());
                let nargs = if nargs_optional { "True" } else { "False" };
                template(
                    &format!(
                        "__h0.{method}({flags_list}, {dest_literal}, {nargs}, __h1, __h2, __h3, __h4, __h5)"
                    ),
                    &[receiver, &default, &shown, &quoted, &help, &metavar],
                    range,
                )
            }
        };
        Some(call)
    }

    /// One field per dest; declared twice, it must keep its type.
    fn declare(&self, field: Field) {
        let mut fields = self.fields.borrow_mut();
        match fields.iter_mut().find(|f| f.dest == field.dest) {
            Some(seen) if seen.kind != field.kind => {
                let message = format!(
                    "argument `{}` is declared as {} and as {}",
                    field.dest,
                    seen.kind.python(),
                    field.kind.python()
                );
                drop(fields);
                self.error(field.range, message, "give each dest one type");
            }
            Some(seen) => seen.optional |= field.optional,
            None => fields.push(field),
        }
    }
}

impl Transformer for Rewrite {
    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        let Expr::Call(call) = &*expr else { return };
        let Expr::Attribute(attr) = &*call.func else {
            return;
        };
        if attr.attr.id.as_str() != "add_argument" {
            return;
        }
        if let Some(typed) = self.add_argument(&attr.value, call) {
            *expr = typed;
        }
    }
}

/// `Namespace.__init__` sets each declared field the parser has, and
/// `__repr__` shows them, in declaration order as CPython's does.
fn fill_namespace(class: &mut ast::StmtClassDef, fields: &[Field]) {
    for member in class.body.iter_mut() {
        let Stmt::FunctionDef(f) = member else {
            continue;
        };
        match f.name.id.as_str() {
            "__init__" => {
                for field in fields {
                    let getter = match (&field.kind, field.optional) {
                        (Kind::Flag(_), _) => "_bool".to_string(),
                        (kind, false) => format!("_{}", kind.python()),
                        (kind, true) => format!("_opt_{}", kind.python()),
                    };
                    let dest = &field.dest;
                    let quoted = python_string(dest);
                    let src = format!(
                        "if values._has({quoted}):\n    self.{dest} = values.{getter}({quoted})\n"
                    );
                    f.body.push(parse_stmt(&src, field.range));
                }
            }
            "__repr__" => {
                let ret = f.body.pop();
                for field in fields {
                    let dest = &field.dest;
                    let quoted = python_string(dest);
                    let shown = python_string(&format!("{dest}="));
                    let src = format!(
                        "if self._values._has({quoted}):\n    parts.append({shown} + repr(self.{dest}))\n"
                    );
                    f.body.push(parse_stmt(&src, field.range));
                }
                f.body.extend(ret);
            }
            _ => {}
        }
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// A Python string literal of `text`.
fn python_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
