//! `class Color(Enum)` and `IntEnum`: members with literal or `auto()`
//! values, methods and properties. The emitter makes a Rust enum of it.

use super::{docstring, span, Ctx, Frame};
use crate::ir::{self, ExprKind};
use crate::types::Type;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// What lowering knows about an enum class.
#[derive(Debug, Clone)]
pub(super) struct EnumInfo {
    /// Member names (aliases included) and the index of the member each
    /// names.
    pub names: Vec<(String, usize)>,
    pub def: ast::StmtClassDef,
}

impl Ctx {
    /// Whether `c` derives from `enum.Enum` or `enum.IntEnum`.
    pub(super) fn enum_base(&self, c: &ast::StmtClassDef) -> Option<bool> {
        let args = c.arguments.as_ref()?;
        match args.args.first() {
            Some(Expr::Name(n)) if args.args.len() == 1 && self.imports.contains(n.id.as_str()) => {
                match n.id.as_str() {
                    "Enum" => Some(false),
                    "IntEnum" => Some(true),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Records an enum class and lowers its members' values.
    pub(super) fn declare_enum(&mut self, c: &ast::StmtClassDef, int: bool) {
        let name = c.name.id.to_string();
        let mut members: Vec<(String, ir::Expr)> = Vec::new();
        let mut names = Vec::new();
        let mut next_auto: i64 = 1;
        let body = if docstring(&c.body).is_some() {
            &c.body[1..]
        } else {
            &c.body[..]
        };
        for stmt in body {
            match stmt {
                Stmt::Assign(a) if a.targets.len() == 1 => {
                    let Expr::Name(target) = &a.targets[0] else {
                        self.error(a.range, "an enum member is assigned to a plain name")
                            .help("write NAME = value");
                        continue;
                    };
                    let value = match &*a.value {
                        Expr::Call(call)
                            if matches!(&*call.func, Expr::Name(f) if f.id.as_str() == "auto")
                                && call.arguments.args.is_empty() =>
                        {
                            ir::Expr::new(
                                ExprKind::Int(next_auto.to_string()),
                                Type::Int,
                                span(call.range()),
                            )
                        }
                        Expr::StringLiteral(s) => ir::Expr::new(
                            ExprKind::Str(s.value.to_str().to_string()),
                            Type::Str,
                            span(s.range),
                        ),
                        v => match super::literal(v) {
                            Some(lit) => lit,
                            None => {
                                self.error(
                                    v.range(),
                                    "an enum member's value must be a literal or auto()",
                                )
                                .help("write a number, a string or auto()");
                                continue;
                            }
                        },
                    };
                    if let ExprKind::Int(digits) = &value.kind {
                        if let Ok(v) = digits.parse::<i64>() {
                            next_auto = v + 1;
                        }
                    }
                    if int && value.ty != Type::Int {
                        self.error(a.value.range(), "an IntEnum member's value must be an int")
                            .help("write an int or auto()");
                        continue;
                    }
                    // A member with an earlier member's value is its alias.
                    let same = members.iter().position(|(_, v)| same_literal(v, &value));
                    match same {
                        Some(i) => names.push((target.id.to_string(), i)),
                        None => {
                            names.push((target.id.to_string(), members.len()));
                            members.push((target.id.to_string(), value));
                        }
                    }
                }
                Stmt::FunctionDef(_) | Stmt::Pass(_) => {}
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => {}
                other => {
                    self.error(other.range(), "this statement is not supported in an enum")
                        .help("give members values (RED = 1) and define methods");
                }
            }
        }
        if let Some((_, first)) = members.first() {
            let ty = first.ty.clone();
            if let Some((m, v)) = members.iter().find(|(_, v)| v.ty != ty) {
                let (t, found) = (ty.python_name(), v.ty.python_name());
                self.error(
                    c.name.range,
                    format!("the members of `{name}` have values of two types ({t} and {found}, at {m})"),
                )
                .help("give every member a value of one type");
            }
        }
        self.enums.insert(
            name.clone(),
            EnumInfo {
                names,
                def: c.clone(),
            },
        );
        self.enum_defs.push(ir::EnumDef {
            name,
            doc: docstring(&c.body),
            int,
            value_ty: members
                .first()
                .map(|(_, v)| v.ty.clone())
                .unwrap_or(Type::Int),
            members,
            line: self.line(c.range),
        });
    }

    /// Signatures of the enums' methods, as `Enum.method`.
    pub(super) fn declare_enum_methods(&mut self) {
        for (name, info) in self.enums.clone() {
            for stmt in &info.def.body {
                let Stmt::FunctionDef(f) = stmt else { continue };
                let property = match f.decorator_list.as_slice() {
                    [] => false,
                    [d] if matches!(&d.expression, Expr::Name(n) if n.id.as_str() == "property") => {
                        true
                    }
                    [d, ..] => {
                        self.error(d.range, "this decorator is not supported on enum methods")
                            .help("define plain methods or @property");
                        continue;
                    }
                };
                let key = format!("{name}.{}", f.name.id);
                if let Some(sig) = self.params_signature(f, Some(Some(Type::Enum(name.clone())))) {
                    self.funcs.insert(key.clone(), sig);
                    self.record_params(&key, f, true);
                }
                if property {
                    self.enum_properties.insert(key);
                }
            }
        }
    }

    /// The enums' methods as functions named `Enum.method`.
    pub(super) fn lower_enum_methods(&mut self) -> Vec<ir::Function> {
        let mut out = Vec::new();
        for (name, info) in self.enums.clone() {
            for stmt in &info.def.body {
                let Stmt::FunctionDef(f) = stmt else { continue };
                let key = format!("{name}.{}", f.name.id);
                let Some(sig) = self.funcs.get(&key).cloned() else {
                    continue;
                };
                let params = f
                    .parameters
                    .args
                    .iter()
                    .map(|p| p.parameter.name.id.to_string())
                    .collect();
                out.push(self.lower_def(f, &key, params, sig, None));
            }
        }
        out
    }

    /// `Color.RED`: a member (an alias names its member).
    pub(super) fn enum_member(
        &mut self,
        a: &ast::ExprAttribute,
        frame: &Frame,
    ) -> Option<Option<ir::Expr>> {
        let Expr::Name(n) = &*a.value else {
            return None;
        };
        if frame.types.contains_key(n.id.as_str()) {
            return None;
        }
        let info = self.enums.get(n.id.as_str())?.clone();
        let enum_name = n.id.to_string();
        let Some((_, index)) = info.names.iter().find(|(m, _)| m == a.attr.as_str()) else {
            self.error(
                a.range,
                format!("type object '{enum_name}' has no attribute '{}'", a.attr),
            )
            .help("name one of the enum's members");
            return Some(None);
        };
        Some(Some(ir::Expr::new(
            ExprKind::EnumMember {
                name: enum_name.clone(),
                index: *index,
            },
            Type::Enum(enum_name),
            span(a.range),
        )))
    }

    /// `Color(value)`, `Color["NAME"]` and the class itself as the list of
    /// its members.
    pub(super) fn enum_lookup(
        &mut self,
        frame: &mut Frame,
        enum_name: &str,
        arg: &Expr,
        by_name: bool,
        range: ruff_text_size::TextRange,
    ) -> Option<ir::Expr> {
        let arg = self.lower_expr(frame, arg)?;
        Some(ir::Expr::new(
            ExprKind::EnumLookup {
                name: enum_name.to_string(),
                arg: Box::new(arg),
                by_name,
            },
            Type::Enum(enum_name.to_string()),
            span(range),
        ))
    }

    /// Whether `e` names an enum class here.
    pub(super) fn names_enum(&self, frame: &Frame, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n)
                if !frame.types.contains_key(n.id.as_str())
                    && self.enums.contains_key(n.id.as_str()) =>
            {
                Some(n.id.to_string())
            }
            _ => None,
        }
    }
}

/// Two literal values that are equal (an enum alias).
fn same_literal(a: &ir::Expr, b: &ir::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Int(x), ExprKind::Int(y)) => x == y,
        (ExprKind::Str(x), ExprKind::Str(y)) => x == y,
        (ExprKind::Float(x), ExprKind::Float(y)) => x == y,
        (ExprKind::Bool(x), ExprKind::Bool(y)) => x == y,
        _ => false,
    }
}
