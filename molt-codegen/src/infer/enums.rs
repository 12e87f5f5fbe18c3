//! Inference for enum members: `.name`, `.value`, methods, lookups, and
//! an `IntEnum` member standing for its int.

use super::{py, Walker};
use crate::ir::{self, CmpOp};
use crate::types::Type;

impl Walker<'_> {
    pub(super) fn enum_def(&self, name: &str) -> Option<&ir::EnumDef> {
        self.enums.iter().find(|e| e.name == name)
    }

    /// Whether `t` is a member of an `IntEnum`.
    pub(super) fn is_int_enum(&self, t: &Type) -> bool {
        matches!(t, Type::Enum(name) if self.enum_def(name).is_some_and(|e| e.int))
    }

    /// An `IntEnum` member is an int in arithmetic and comparisons.
    pub(super) fn as_number(&self, t: Type) -> Type {
        if self.is_int_enum(&t) {
            Type::Int
        } else {
            t
        }
    }

    pub(super) fn enum_lookup(&mut self, name: &str, arg: &ir::Expr, by_name: bool) {
        // `Color(Color.RED)` is the member itself.
        if !by_name && self.u.resolve(&arg.ty) == Type::Enum(name.to_string()) {
            return;
        }
        let expected = if by_name {
            Type::Str
        } else {
            match self.enum_def(name) {
                Some(e) => e.value_ty.clone(),
                None => return,
            }
        };
        if let Err(m) = self.u.flow(&expected, &arg.ty) {
            if !m.found.is_var() {
                let what = if by_name { "name" } else { "value" };
                self.report(
                    arg.span,
                    format!(
                        "{name}'s member {what}s are {} but this is {}",
                        py(&expected),
                        py(&m.found)
                    ),
                    "look a member up by a value of the members' type",
                );
            }
        }
    }

    /// `member.name`, `member.value` and properties.
    pub(super) fn enum_attr(&mut self, e: &ir::Expr, enum_name: &str, name: &str) {
        let ty = match name {
            "name" => Type::Str,
            "value" => match self.enum_def(enum_name) {
                Some(d) => d.value_ty.clone(),
                None => return,
            },
            _ => match self.funcs.get(&format!("{enum_name}.{name}")) {
                Some((params, ret)) if params.len() == 1 => ret.clone(),
                _ => {
                    return self.report(
                        e.span,
                        format!("'{enum_name}' object has no attribute '{name}'"),
                        "use .name, .value or a method the enum defines",
                    )
                }
            },
        };
        let _ = self.u.unify(&e.ty, &ty);
    }

    /// `member.method(args)`.
    pub(super) fn enum_method(
        &mut self,
        e: &ir::Expr,
        enum_name: &str,
        name: &str,
        args: &[ir::Expr],
    ) {
        let qualified = format!("{enum_name}.{name}");
        let Some((params, ret)) = self.funcs.get(&qualified).cloned() else {
            return self.report(
                e.span,
                format!("'{enum_name}' object has no attribute '{name}'"),
                "call a method the enum defines",
            );
        };
        self.call_args_of(e.span, &qualified, &params[1..], args);
        let _ = self.u.unify(&e.ty, &ret);
    }

    /// Whether two values compare with `op` when either is an enum
    /// member; `None` if neither is.
    pub(super) fn enum_compare(&self, op: CmpOp, l: &Type, r: &Type) -> Option<bool> {
        if !matches!(l, Type::Enum(_)) && !matches!(r, Type::Enum(_)) {
            return None;
        }
        let numeric = |t: &Type| t.is_numeric() || self.is_int_enum(t);
        Some(match op {
            // A member equals only itself (an IntEnum's also its int).
            CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::Ne => true,
            CmpOp::In | CmpOp::NotIn => return None,
            _ => numeric(l) && numeric(r),
        })
    }
}
