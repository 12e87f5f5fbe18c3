//! Molt's static types and the unifier that solves them.
//!
//! Inference works on the whole program at once: every unknown is a
//! `Type::Var`, constraints between types are solved by unification, and a
//! solved variable is replaced by its binding when the IR is finalised.
//! Unannotated functions get fresh variables per call site when they are
//! instantiated, so the representation already carries what
//! whole-program, per-call-site inference needs.

use std::fmt;

/// An inference variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeVar(pub u32);

/// A Python type as Molt compiles it.
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    Int,
    Float,
    Bool,
    Str,
    /// `None`, which is also the type of a function with no return value.
    None,
    /// A fixed-size tuple, such as the result of `divmod`.
    Tuple(Vec<Type>),
    /// A function value with its signature.
    Func(Box<Signature>),
    /// Not yet known.
    Var(TypeVar),
}

/// A function's parameter and return types.
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    pub params: Vec<Type>,
    pub ret: Type,
}

impl Type {
    /// The Python spelling, for diagnostics and the IR dump.
    pub fn python_name(&self) -> String {
        match self {
            Type::Int => "int".into(),
            Type::Float => "float".into(),
            Type::Bool => "bool".into(),
            Type::Str => "str".into(),
            Type::None => "None".into(),
            Type::Tuple(items) => {
                let items: Vec<String> = items.iter().map(Type::python_name).collect();
                format!("tuple[{}]", items.join(", "))
            }
            Type::Func(sig) => {
                let params: Vec<String> = sig.params.iter().map(Type::python_name).collect();
                format!(
                    "Callable[[{}], {}]",
                    params.join(", "),
                    sig.ret.python_name()
                )
            }
            Type::Var(v) => format!("?{}", v.0),
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Int | Type::Float | Type::Bool)
    }

    pub fn is_var(&self) -> bool {
        matches!(self, Type::Var(_))
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.python_name())
    }
}

/// Union-find bindings of type variables.
#[derive(Debug, Default)]
pub struct Unifier {
    bindings: Vec<Option<Type>>,
}

/// Two types that cannot be the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    pub expected: Type,
    pub found: Type,
}

impl Unifier {
    pub fn fresh(&mut self) -> Type {
        self.bindings.push(None);
        Type::Var(TypeVar(self.bindings.len() as u32 - 1))
    }

    /// How many variables are solved: inference runs until this stops growing.
    pub fn solved_count(&self) -> usize {
        self.bindings.iter().filter(|b| b.is_some()).count()
    }

    /// Follows bindings at the top level only.
    pub fn shallow(&self, ty: &Type) -> Type {
        let mut ty = ty.clone();
        while let Type::Var(v) = ty {
            match &self.bindings[v.0 as usize] {
                Some(bound) => ty = bound.clone(),
                None => return ty,
            }
        }
        ty
    }

    /// Replaces every solved variable, recursively.
    pub fn resolve(&self, ty: &Type) -> Type {
        match self.shallow(ty) {
            Type::Tuple(items) => Type::Tuple(items.iter().map(|t| self.resolve(t)).collect()),
            Type::Func(sig) => Type::Func(Box::new(Signature {
                params: sig.params.iter().map(|t| self.resolve(t)).collect(),
                ret: self.resolve(&sig.ret),
            })),
            other => other,
        }
    }

    /// Whether the type still contains an unsolved variable.
    pub fn is_unsolved(&self, ty: &Type) -> bool {
        match self.resolve(ty) {
            Type::Var(_) => true,
            Type::Tuple(items) => items.iter().any(|t| self.is_unsolved(t)),
            Type::Func(sig) => {
                sig.params.iter().any(|t| self.is_unsolved(t)) || self.is_unsolved(&sig.ret)
            }
            _ => false,
        }
    }

    fn occurs(&self, v: TypeVar, ty: &Type) -> bool {
        match self.shallow(ty) {
            Type::Var(w) => v == w,
            Type::Tuple(items) => items.iter().any(|t| self.occurs(v, t)),
            Type::Func(sig) => {
                sig.params.iter().any(|t| self.occurs(v, t)) || self.occurs(v, &sig.ret)
            }
            _ => false,
        }
    }

    /// Makes `a` and `b` the same type, or says why they cannot be.
    pub fn unify(&mut self, expected: &Type, found: &Type) -> Result<(), Mismatch> {
        let (a, b) = (self.shallow(expected), self.shallow(found));
        let mismatch = Mismatch {
            expected: self.resolve(&a),
            found: self.resolve(&b),
        };
        match (&a, &b) {
            (Type::Var(x), Type::Var(y)) if x == y => Ok(()),
            (Type::Var(x), other) | (other, Type::Var(x)) => {
                if self.occurs(*x, other) {
                    return Err(mismatch);
                }
                self.bindings[x.0 as usize] = Some(other.clone());
                Ok(())
            }
            (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => {
                for (x, y) in xs.iter().zip(ys) {
                    self.unify(x, y).map_err(|_| mismatch.clone())?;
                }
                Ok(())
            }
            (Type::Func(x), Type::Func(y)) if x.params.len() == y.params.len() => {
                for (p, q) in x.params.iter().zip(&y.params) {
                    self.unify(p, q).map_err(|_| mismatch.clone())?;
                }
                self.unify(&x.ret, &y.ret).map_err(|_| mismatch)
            }
            _ if a == b => Ok(()),
            _ => Err(mismatch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_through_variables() {
        let mut u = Unifier::default();
        let a = u.fresh();
        let b = u.fresh();
        u.unify(&a, &b).unwrap();
        u.unify(&b, &Type::Int).unwrap();
        assert_eq!(u.resolve(&a), Type::Int);
        assert!(u.unify(&a, &Type::Str).is_err());
    }

    #[test]
    fn occurs_check() {
        let mut u = Unifier::default();
        let a = u.fresh();
        assert!(u.unify(&a, &Type::Tuple(vec![a.clone()])).is_err());
    }
}
