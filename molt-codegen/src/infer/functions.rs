//! Calls of function values.

use super::{py, Walker};
use crate::ir;
use crate::types::Signature;

impl Walker<'_> {
    /// `f(a, b)` of a function value `f`.
    pub(super) fn call_value(&mut self, e: &ir::Expr, sig: &Signature, args: &[ir::Expr]) {
        if sig.params.len() != args.len() {
            return self.report(
                e.span,
                format!(
                    "this function takes {} arguments but {} were given",
                    sig.params.len(),
                    args.len()
                ),
                "pass one argument per parameter",
            );
        }
        for (a, p) in args.iter().zip(&sig.params) {
            if let Err(m) = self.u.flow(p, &a.ty) {
                if !m.expected.is_var() && !m.found.is_var() {
                    self.report(
                        a.span,
                        format!(
                            "the function takes {} here but is given {}",
                            py(&m.expected),
                            py(&m.found)
                        ),
                        "pass a value of the parameter's type",
                    );
                }
            }
        }
        let _ = self.u.unify(&e.ty, &sig.ret);
    }
}
