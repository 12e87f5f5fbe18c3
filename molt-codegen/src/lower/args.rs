//! Binding a call's arguments to a def's parameters: positions, keywords
//! and default values, with CPython's messages for what does not bind.
//!
//! A default is a literal (CPython evaluates it once; a literal is the same
//! value every time, so Molt writes it at each call). Keyword arguments are
//! put in the parameters' order, which may evaluate them in another order
//! than written: that is allowed only when their values have no effects.

use super::{Ctx, Frame};
use crate::ir;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// A parameter as a call sees it.
#[derive(Debug, Clone)]
pub(super) struct ParamSpec {
    pub name: String,
    pub default: Option<Expr>,
}

/// Whether a default value is a literal Molt can write at each call.
pub(super) fn literal_default(e: &Expr) -> bool {
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
    /// Records a def's parameters (after `self`/`cls` when `skip_first`).
    pub(super) fn record_params(&mut self, key: &str, f: &ast::StmtFunctionDef, skip_first: bool) {
        let params = f
            .parameters
            .args
            .iter()
            .skip(usize::from(skip_first))
            .map(|p| ParamSpec {
                name: p.parameter.name.id.to_string(),
                default: p.default.as_deref().cloned(),
            })
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
        for a in &c.arguments.args {
            if let Expr::Starred(_) = a {
                self.error(a.range(), "`*args` in calls is not supported yet")
                    .help("pass each argument");
                return None;
            }
        }
        let Some(params) = self.param_specs.get(key).cloned() else {
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
        let positional = &c.arguments.args;
        if positional.len() > params.len() {
            let s = if params.len() == 1 { "" } else { "s" };
            self.error(
                c.arguments.range,
                format!(
                    "{shown}() takes {} positional argument{s} but {} were given",
                    params.len(),
                    positional.len()
                ),
            )
            .label("wrong number of arguments")
            .help(format!("pass at most {} argument{s}", params.len()));
            return None;
        }
        let mut slots: Vec<Option<&Expr>> = vec![None; params.len()];
        for (i, a) in positional.iter().enumerate() {
            slots[i] = Some(a);
        }
        let mut last_slot = positional.len();
        let mut reordered = false;
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else {
                self.error(k.range, "`**kwargs` in calls is not supported yet")
                    .help("pass each keyword argument");
                return None;
            };
            let Some(i) = params.iter().position(|p| p.name == name.id.as_str()) else {
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
        let missing: Vec<&str> = params
            .iter()
            .zip(&slots)
            .filter(|(p, s)| s.is_none() && p.default.is_none())
            .map(|(p, _)| p.name.as_str())
            .collect();
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
            let s = if missing.len() == 1 { "" } else { "s" };
            self.error(
                c.arguments.range,
                format!(
                    "{shown}() missing {} required positional argument{s}: {}",
                    missing.len(),
                    names.join(" and ")
                ),
            )
            .help("pass a value for each parameter without a default");
            return None;
        }
        let mut out = Vec::new();
        for (p, slot) in params.iter().zip(slots) {
            let e = match slot {
                Some(e) => e.clone(),
                None => p.default.clone()?,
            };
            out.push(self.lower_expr(frame, &e)?);
        }
        Some(out)
    }
}
