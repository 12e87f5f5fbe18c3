//! `lambda` expressions.

use super::{span, Ctx, Frame};
use crate::ir::{self, ExprKind};
use crate::types::{Signature, Type};
use ruff_python_ast as ast;

impl Ctx {
    /// `lambda a, b: body`: parameters typed by where the lambda is used.
    pub(super) fn lower_lambda(
        &mut self,
        frame: &mut Frame,
        l: &ast::ExprLambda,
    ) -> Option<ir::Expr> {
        let params: Vec<(String, crate::types::Type)> = self
            .lambda_params(l)?
            .into_iter()
            .map(|n| (n, self.u.fresh()))
            .collect();
        let depth = frame.bound.len();
        frame.bound.extend(params.iter().cloned());
        let body = self.lower_expr(frame, &l.body);
        frame.bound.truncate(depth);
        let body = body?;
        let ty = Type::Func(Box::new(Signature {
            params: params.iter().map(|(_, t)| t.clone()).collect(),
            ret: body.ty.clone(),
        }));
        Some(ir::Expr::new(
            ExprKind::Lambda {
                params,
                body: Box::new(body),
            },
            ty,
            span(l.range),
        ))
    }

    /// A lambda's parameter names: plain ones only, for now.
    pub(super) fn lambda_params(&mut self, l: &ast::ExprLambda) -> Option<Vec<String>> {
        let Some(p) = &l.parameters else {
            return Some(Vec::new());
        };
        let simple = p.posonlyargs.is_empty()
            && p.kwonlyargs.is_empty()
            && p.vararg.is_none()
            && p.kwarg.is_none();
        if !simple || p.args.iter().any(|a| a.default.is_some()) {
            self.error(
                p.range,
                "lambdas with default, keyword-only or starred parameters are not supported yet",
            )
            .help("give the lambda plain parameters, or write a def");
            return None;
        }
        Some(
            p.args
                .iter()
                .map(|a| a.parameter.name.id.to_string())
                .collect(),
        )
    }
}
