//! Binding a call's arguments to a def's parameters: positions, keywords
//! and default values, with CPython's messages for what does not bind.
//!
//! A default is a literal (CPython evaluates it once; a literal is the same
//! value every time, so Molt writes it at each call). Keyword arguments are
//! put in the parameters' order, which may evaluate them in another order
//! than written: that is allowed only when their values have no effects.

use super::{Ctx, Frame};
use crate::ir::{self, MethodKind};
use crate::types::Type;
use ruff_python_ast::comparable::ComparableExpr;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// A parameter as a call sees it.
#[derive(Debug, Clone)]
pub(super) struct ParamSpec {
    pub name: String,
    pub default: Option<Expr>,
    pub kind: ParamKind,
    /// A default that is not a literal: the module variable holding the
    /// value the def computed (see [`default_global`]).
    pub default_global: Option<String>,
}

/// Where an argument for a parameter may be passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ParamKind {
    /// Before `/`: by position only.
    PositionalOnly,
    Normal,
    /// After `*`: by keyword only.
    KeywordOnly,
    /// `*args`: the positional arguments left over, as a tuple.
    VarPositional,
    /// `**kwargs`: the keyword arguments left over, as a dict.
    VarKeyword,
}

/// A def's parameters in order: positional-only, plain, keyword-only.
pub(super) fn def_params(p: &ast::Parameters) -> impl Iterator<Item = &ast::ParameterWithDefault> {
    p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs)
}

/// Every parameter's name in the order of the function's Rust parameters:
/// positional-only, plain, keyword-only, then `*args` and `**kwargs`.
pub(super) fn param_names(p: &ast::Parameters) -> Vec<String> {
    def_params(p)
        .map(|a| &a.parameter)
        .chain(p.vararg.as_deref())
        .chain(p.kwarg.as_deref())
        .map(|a| a.name.id.to_string())
        .collect()
}

fn param_kinds(p: &ast::Parameters) -> impl Iterator<Item = ParamKind> + '_ {
    std::iter::repeat_n(ParamKind::PositionalOnly, p.posonlyargs.len())
        .chain(std::iter::repeat_n(ParamKind::Normal, p.args.len()))
        .chain(std::iter::repeat_n(
            ParamKind::KeywordOnly,
            p.kwonlyargs.len(),
        ))
}

/// The module variable of a module function's non-literal default.
pub(super) fn default_global(function: &str, param: &str) -> String {
    format!("{function}.default_{param}")
}

/// Whether a default value is a literal Molt can write at each call.
/// CPython's TypeError for too many positional arguments: `f() takes
/// from 1 to 2 positional arguments but 3 were given`.
fn too_many_positional(shown: &str, required: usize, most: usize, given: usize) -> String {
    let takes = if required == most {
        let s = if most == 1 { "" } else { "s" };
        format!("{most} positional argument{s}")
    } else {
        format!("from {required} to {most} positional arguments")
    };
    let were = if given == 1 { "was" } else { "were" };
    format!("{shown}() takes {takes} but {given} {were} given")
}

pub(crate) fn literal_default(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(&*u.operand, Expr::NumberLiteral(_)),
        Expr::Tuple(t) => t.elts.iter().all(literal_default),
        _ => false,
    }
}

/// Whether evaluating `e` has no effects, so it may move.
fn effect_free(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::Attribute(_) => true,
        Expr::UnaryOp(u) => effect_free(&u.operand),
        Expr::BinOp(b) => effect_free(&b.left) && effect_free(&b.right),
        Expr::Tuple(t) => t.elts.iter().all(effect_free),
        Expr::List(t) => t.elts.iter().all(effect_free),
        e => literal_default(e),
    }
}

impl Ctx {
    /// The parameters to bind a call of `method` with, when the receiver's
    /// class is only known after inference: the key of the program's
    /// instance method of that name, if every class that defines one takes
    /// the same parameters (with equal defaults). When a builtin type has
    /// a method of that name too, inference checks the receiver is an
    /// instance (see [`crate::ir::BoundCall`]).
    pub(super) fn instance_method_key(&self, method: &str) -> Option<String> {
        let mut keys = self
            .classes
            .values()
            .filter_map(|c| match c.methods.get(method) {
                Some((MethodKind::Instance, owner)) => Some(format!("{owner}.{method}")),
                _ => None,
            });
        let first = keys.next()?;
        let specs = self.param_specs.get(&first)?;
        let same = |other: &String| {
            self.param_specs.get(other).is_some_and(|o| {
                o.len() == specs.len()
                    && o.iter().zip(specs).all(|(a, b)| {
                        a.name == b.name
                            && a.kind == b.kind
                            && a.default.as_ref().map(ComparableExpr::from)
                                == b.default.as_ref().map(ComparableExpr::from)
                    })
            })
        };
        keys.all(|k| k == first || same(&k)).then_some(first)
    }

    /// A call's arguments bound to each class's own method `method`, for
    /// the classes whose method takes them other than as written (with
    /// keywords or defaults); classes whose method they do not fit are
    /// left out (a call on those reports the mismatch).
    pub(super) fn bind_per_class(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
        method: &str,
    ) -> Vec<ir::ClassArgs> {
        let mut by_owner: Vec<(String, Vec<String>)> = Vec::new();
        for (class, info) in &self.classes {
            if let Some((MethodKind::Instance, owner)) = info.methods.get(method) {
                let key = format!("{owner}.{method}");
                match by_owner.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, classes)) => classes.push(class.clone()),
                    None => by_owner.push((key, vec![class.clone()])),
                }
            }
        }
        let mut bound = Vec::new();
        for (key, classes) in by_owner {
            let Some(params) = self.param_specs.get(&key) else {
                continue;
            };
            if c.arguments.keywords.is_empty() && c.arguments.args.len() >= params.len() {
                continue;
            }
            let reported = self.diags.len();
            match self.bind_args(frame, c, &key, &key) {
                Some(args) => bound.push(ir::ClassArgs { classes, args }),
                None => self.diags.truncate(reported),
            }
        }
        bound
    }

    /// Records a def's parameters (after `self`/`cls` when `skip_first`).
    pub(super) fn record_params(&mut self, key: &str, f: &ast::StmtFunctionDef, skip_first: bool) {
        let params = def_params(&f.parameters)
            .zip(param_kinds(&f.parameters))
            .skip(usize::from(skip_first))
            .map(|(p, kind)| {
                let name = p.parameter.name.id.to_string();
                let default_global = p
                    .default
                    .as_deref()
                    .filter(|d| !literal_default(d) && !skip_first)
                    .map(|_| default_global(key, &name));
                ParamSpec {
                    name,
                    default: p.default.as_deref().cloned(),
                    kind,
                    default_global,
                }
            })
            .chain(f.parameters.vararg.iter().map(|a| ParamSpec {
                name: a.name.id.to_string(),
                default: None,
                kind: ParamKind::VarPositional,
                default_global: None,
            }))
            .chain(f.parameters.kwarg.iter().map(|a| ParamSpec {
                name: a.name.id.to_string(),
                default: None,
                kind: ParamKind::VarKeyword,
                default_global: None,
            }))
            .collect();
        self.param_specs.insert(key.to_string(), params);
    }

    /// The arguments of a call of `key` (`f`, `Class.__init__`), in the
    /// parameters' order.
    pub(super) fn bind_args(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
        key: &str,
        shown: &str,
    ) -> Option<Vec<ir::Expr>> {
        let Some(params) = self.param_specs.get(key).cloned() else {
            if let Some(a) = c.arguments.args.iter().find(|a| a.is_starred_expr()) {
                self.error(a.range(), "`*args` in calls is not supported here")
                    .help("pass each argument");
                return None;
            }
            // No def to bind against: positional arguments only.
            if let Some(k) = c.arguments.keywords.first() {
                self.error(k.range, "keyword arguments are not supported here")
                    .help("pass the arguments by position");
                return None;
            }
            return c
                .arguments
                .args
                .iter()
                .map(|a| self.lower_expr(frame, a))
                .collect();
        };
        let var_positional = params
            .iter()
            .position(|p| p.kind == ParamKind::VarPositional);
        let var_keyword = params.iter().position(|p| p.kind == ParamKind::VarKeyword);
        // `f(*[a, b])` is `f(a, b)`.
        let display = |a: &Expr| -> Option<Vec<Expr>> {
            let Expr::Starred(s) = a else { return None };
            let elts = match &*s.value {
                Expr::List(l) => &l.elts,
                Expr::Tuple(t) => &t.elts,
                _ => return None,
            };
            (!elts.iter().any(Expr::is_starred_expr)).then(|| elts.to_vec())
        };
        let expanded: std::borrow::Cow<[Expr]> =
            if c.arguments.args.iter().any(|a| display(a).is_some()) {
                c.arguments
                    .args
                    .iter()
                    .flat_map(|a| display(a).unwrap_or_else(|| vec![a.clone()]))
                    .collect::<Vec<_>>()
                    .into()
            } else {
                (&c.arguments.args[..]).into()
            };
        // `f(a, *rest)`: a starred argument spreads into `*args`, last.
        let (positional, spread) = match expanded.split_last() {
            Some((Expr::Starred(s), init)) => (init, Some(&*s.value)),
            _ => (&expanded[..], None),
        };
        if let Some(a) = positional.iter().find(|a| a.is_starred_expr()) {
            self.error(
                a.range(),
                "only the last positional argument may be starred here",
            )
            .help("build one list of the arguments first");
            return None;
        }
        let by_position = params
            .iter()
            .filter(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal))
            .count();
        if let Some(s) = spread {
            if var_positional.is_none() || positional.len() < by_position {
                self.error(
                    s.range(),
                    format!("`*` in a call of {shown}() is supported only into its `*args`"),
                )
                .help("pass the arguments of the named parameters one by one");
                return None;
            }
        }
        if positional.len() > by_position && var_positional.is_none() {
            let s = if by_position == 1 { "" } else { "s" };
            let required = params
                .iter()
                .filter(|p| {
                    matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal)
                        && p.default.is_none()
                })
                .count();
            self.error(
                c.arguments.range,
                too_many_positional(shown, required, by_position, positional.len()),
            )
            .label("wrong number of arguments")
            .help(format!(
                "pass at most {by_position} argument{s} by position"
            ));
            return None;
        }
        let mut slots: Vec<Option<&Expr>> = vec![None; params.len()];
        let (named, extra) = positional.split_at(positional.len().min(by_position));
        for (i, a) in named.iter().enumerate() {
            slots[i] = Some(a);
        }
        let mut extra_keywords: Vec<(&str, &Expr)> = Vec::new();
        let mut last_slot = named.len();
        // What goes into `*args` is evaluated after the keyword-only
        // parameters' values, which come first in Molt's parameter order.
        let packs = !extra.is_empty() || spread.is_some();
        let mut reordered = false;
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else {
                self.error(k.range, "`**` in calls is not supported yet")
                    .help("pass each keyword argument");
                return None;
            };
            // A positional-only parameter's name is free for `**kwargs`.
            let found = params.iter().position(|p| {
                p.name == name.id.as_str()
                    && !matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
                    && !(p.kind == ParamKind::PositionalOnly && var_keyword.is_some())
            });
            if found.is_none() && var_keyword.is_some() {
                if extra_keywords.iter().any(|(n, _)| *n == name.id.as_str()) {
                    self.error(
                        k.range,
                        format!(
                            "{shown}() got multiple values for keyword argument '{}'",
                            name.id
                        ),
                    )
                    .help("pass each argument once");
                    return None;
                }
                extra_keywords.push((name.id.as_str(), &k.value));
                continue;
            }
            // `**kwargs` values are evaluated last, `*args` after the
            // keyword-only parameters.
            reordered |= packs || !extra_keywords.is_empty();
            if let Some(i) = found.filter(|i| params[*i].kind == ParamKind::PositionalOnly) {
                self.error(
                    k.range,
                    format!(
                        "{shown}() got some positional-only arguments passed as keyword arguments: '{}'",
                        params[i].name
                    ),
                )
                .help("pass it by position");
                return None;
            }
            let Some(i) = found else {
                self.error(
                    k.range,
                    format!("{shown}() got an unexpected keyword argument '{}'", name.id),
                )
                .help("use one of the parameters' names");
                return None;
            };
            if slots[i].is_some() {
                self.error(
                    k.range,
                    format!("{shown}() got multiple values for argument '{}'", name.id),
                )
                .help("pass each argument once");
                return None;
            }
            reordered |= i < last_slot;
            last_slot = last_slot.max(i);
            slots[i] = Some(&k.value);
        }
        if reordered && !c.arguments.keywords.iter().all(|k| effect_free(&k.value)) {
            let k = &c.arguments.keywords[0];
            self.error(
                k.range,
                "keyword arguments out of the parameters' order must not call anything",
            )
            .help("pass them in the order of the parameters, or compute them into variables first");
            return None;
        }
        let unfilled = |keyword_only: bool| -> Vec<&str> {
            params
                .iter()
                .zip(&slots)
                .filter(|(p, s)| {
                    s.is_none()
                        && p.default.is_none()
                        && !matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
                        && (p.kind == ParamKind::KeywordOnly) == keyword_only
                })
                .map(|(p, _)| p.name.as_str())
                .collect()
        };
        // CPython names the missing positional arguments first.
        let (missing, what) = match unfilled(false) {
            m if !m.is_empty() => (m, "positional"),
            _ => (unfilled(true), "keyword-only"),
        };
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
            let listed = match names.as_slice() {
                [one] => one.clone(),
                [a, b] => format!("{a} and {b}"),
                [init @ .., last] => format!("{}, and {last}", init.join(", ")),
                [] => String::new(),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            self.error(
                c.arguments.range,
                format!(
                    "{shown}() missing {} required {what} argument{s}: {listed}",
                    missing.len()
                ),
            )
            .help("pass a value for each parameter without a default");
            return None;
        }
        let mut out = Vec::new();
        let at = super::span(c.arguments.range);
        for (p, slot) in params.iter().zip(slots) {
            if p.kind == ParamKind::VarPositional {
                let items: Option<Vec<ir::Expr>> =
                    extra.iter().map(|a| self.lower_expr(frame, a)).collect();
                let kwargs = match spread {
                    Some(s) => vec![("spread".to_string(), self.lower_expr(frame, s)?)],
                    None => Vec::new(),
                };
                let ty = self.u.fresh();
                out.push(ir::Expr::new(
                    ir::ExprKind::Builtin {
                        func: ir::Builtin::PackArgs,
                        args: items?,
                        kwargs,
                    },
                    ty,
                    at,
                ));
                continue;
            }
            if p.kind == ParamKind::VarKeyword {
                let mut pairs = Vec::new();
                for (name, value) in &extra_keywords {
                    let key = ir::Expr::new(ir::ExprKind::Str(name.to_string()), Type::Str, at);
                    pairs.push((key, self.lower_expr(frame, value)?));
                }
                let ty = self.u.fresh();
                out.push(ir::Expr::new(ir::ExprKind::Dict(pairs), ty, at));
                continue;
            }
            let e = match (slot, &p.default_global) {
                (Some(e), _) => e.clone(),
                (None, Some(global)) => {
                    let ty = self.global_types[global].clone();
                    out.push(ir::Expr::new(
                        ir::ExprKind::Global(global.clone()),
                        ty,
                        super::span(c.arguments.range),
                    ));
                    continue;
                }
                (None, None) => p.default.clone()?,
            };
            out.push(self.lower_expr(frame, &e)?);
        }
        Some(out)
    }

    /// A module def's non-literal defaults, computed where the def runs.
    pub(super) fn lower_defaults(
        &mut self,
        frame: &mut Frame,
        f: &ast::StmtFunctionDef,
        out: &mut Vec<ir::Stmt>,
    ) {
        for param in def_params(&f.parameters) {
            let Some(default) = param.default.as_deref() else {
                continue;
            };
            let global = default_global(f.name.id.as_str(), param.parameter.name.id.as_str());
            if literal_default(default) || !self.global_types.contains_key(&global) {
                continue;
            }
            if let Some(value) = self.lower_expr(frame, default) {
                out.push(ir::Stmt {
                    line: self.line(default.range()),
                    kind: ir::StmtKind::Assign {
                        place: ir::Place::Global(global),
                        value,
                    },
                });
            }
        }
    }
}
