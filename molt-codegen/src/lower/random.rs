//! Calls of `random` functions: `random.randint(1, 6)` after `import
//! random`, or `randint(1, 6)` after `from random import randint`. The
//! arguments are put in parameter order here, keywords included, so the
//! later passes see one argument list with no holes.

use super::{span, Ctx, Frame};
use crate::ir::{self, Builtin, ExprKind};
use crate::random::RandomFn;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl Ctx {
    /// The `random` function this callee names, if any.
    pub(super) fn random_callee(&self, frame: &Frame, callee: &Expr) -> Option<RandomFn> {
        let name = match callee {
            Expr::Attribute(a) if self.names_module(frame, &a.value, "random") => {
                a.attr.id.as_str()
            }
            Expr::Name(n)
                if self.imports.contains(&format!("random.{}", n.id))
                    && !frame.types.contains_key(n.id.as_str())
                    && !self.funcs.contains_key(n.id.as_str()) =>
            {
                n.id.as_str()
            }
            _ => return None,
        };
        RandomFn::from_name(name)
    }

    pub(super) fn lower_random_call(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
        func: RandomFn,
    ) -> Option<ir::Expr> {
        let name = func.name();
        let params = func.params();
        let mut slots: Vec<Option<&Expr>> = vec![None; params.len()];
        if c.arguments.args.len() > params.len() {
            self.error(
                c.arguments.range,
                format!(
                    "random.{name}() takes at most {} arguments, not {}",
                    params.len(),
                    c.arguments.args.len()
                ),
            )
            .help("check the call against the random module's documentation");
            return None;
        }
        for (slot, arg) in slots.iter_mut().zip(&c.arguments.args) {
            if arg.is_starred_expr() {
                self.error(
                    arg.range(),
                    "`*` arguments to random functions are not supported",
                )
                .help("pass each argument");
                return None;
            }
            *slot = Some(arg);
        }
        for k in &c.arguments.keywords {
            let position = k
                .arg
                .as_ref()
                .and_then(|a| params.iter().position(|p| *p == a.id.as_str()));
            match position {
                Some(i) if slots[i].is_none() => slots[i] = Some(&k.value),
                _ => {
                    self.error(
                        k.range,
                        format!("random.{name}() does not take this keyword argument here"),
                    )
                    .help(format!("its parameters are {}", params.join(", ")));
                    return None;
                }
            }
        }
        let given = slots.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
        if given < func.required() {
            self.error(
                c.arguments.range,
                format!(
                    "random.{name}() missing required argument `{}`",
                    params[given]
                ),
            )
            .label("missing argument");
            return None;
        }
        let mut args = Vec::new();
        for (i, slot) in slots[..given].iter().enumerate() {
            let arg = match slot {
                Some(e) => self.lower_expr(frame, e)?,
                // A keyword passed past a parameter left out: the default.
                None => match default(func, i) {
                    Some(value) => ir::Expr::new(
                        ExprKind::Float(value),
                        crate::types::Type::Float,
                        span(c.range()),
                    ),
                    None => {
                        self.error(
                            c.arguments.range,
                            format!("random.{name}() needs `{}` here", params[i]),
                        )
                        .help("pass the arguments by position");
                        return None;
                    }
                },
            };
            args.push(arg);
        }
        let ty = self.u.fresh();
        Some(ir::Expr::new(
            ExprKind::Builtin {
                func: Builtin::Random(func),
                args,
                kwargs: Vec::new(),
            },
            ty,
            span(c.range()),
        ))
    }
}

/// The float defaults of the distributions' parameters.
fn default(func: RandomFn, param: usize) -> Option<f64> {
    match (func, param) {
        (RandomFn::Gauss | RandomFn::Normalvariate | RandomFn::Triangular, 0) => Some(0.0),
        (RandomFn::Gauss | RandomFn::Normalvariate | RandomFn::Triangular, 1) => Some(1.0),
        (RandomFn::Expovariate, 0) => Some(1.0),
        _ => None,
    }
}
