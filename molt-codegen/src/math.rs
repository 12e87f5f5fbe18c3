//! The `math` module: which of its functions and constants Molt
//! translates, and the types their calls have. The functions themselves
//! are `molt_std::math`; `emit/math.rs` writes the calls.

use crate::types::Type;

/// How a math function takes its arguments and what it gives back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `sqrt(x)`: a real number to a float, raising on domain or range
    /// errors.
    FloatRaises,
    /// `fabs(x)`: a real number to a float, never raising.
    Float,
    /// `atan2(y, x)`: two real numbers to a float, never raising.
    Float2,
    /// `fmod(x, y)`: two real numbers to a float, raising.
    Float2Raises,
    /// `log(x[, base])`, `log2(x)`, `log10(x)`: an int of any size keeps
    /// its exact value.
    Log,
    /// `floor(x)`: a float to an int; an int is itself.
    Rounding,
    /// `factorial(n)`: an int to an int, raising.
    IntRaises,
    /// `comb(n, k)`.
    Comb,
    /// `perm(n[, k])`.
    Perm,
    /// `gcd(*integers)`.
    IntVariadic,
    /// `hypot(*coordinates)`.
    Hypot,
    /// `isnan(x)`: a real number to a bool.
    Predicate,
    /// `isclose(a, b, *, rel_tol, abs_tol)`.
    IsClose,
    /// `ldexp(x, i)`.
    Ldexp,
    /// `fsum(iterable)`.
    Fsum,
    /// `prod(iterable, *, start)`.
    Prod,
    /// `modf(x)`: two floats.
    Modf,
    /// `frexp(x)`: a float and an int.
    Frexp,
}

macro_rules! math_functions {
    ($($variant:ident $name:literal $shape:ident;)*) => {
        /// A function of `math` that Molt translates.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum MathFn {
            $($variant,)*
        }

        impl MathFn {
            pub fn from_name(name: &str) -> Option<MathFn> {
                match name {
                    $($name => Some(MathFn::$variant),)*
                    _ => None,
                }
            }

            /// The Python name, which is also the `molt_std::math` one.
            pub fn name(self) -> &'static str {
                match self {
                    $(MathFn::$variant => $name,)*
                }
            }

            pub fn shape(self) -> Shape {
                match self {
                    $(MathFn::$variant => Shape::$shape,)*
                }
            }
        }
    };
}

math_functions! {
    Sqrt "sqrt" FloatRaises;
    Exp "exp" FloatRaises;
    Expm1 "expm1" FloatRaises;
    Exp2 "exp2" FloatRaises;
    Log1p "log1p" FloatRaises;
    Sin "sin" FloatRaises;
    Cos "cos" FloatRaises;
    Tan "tan" FloatRaises;
    Asin "asin" FloatRaises;
    Acos "acos" FloatRaises;
    Atan "atan" FloatRaises;
    Sinh "sinh" FloatRaises;
    Cosh "cosh" FloatRaises;
    Tanh "tanh" FloatRaises;
    Asinh "asinh" FloatRaises;
    Acosh "acosh" FloatRaises;
    Atanh "atanh" FloatRaises;
    Cbrt "cbrt" FloatRaises;
    Erf "erf" FloatRaises;
    Erfc "erfc" FloatRaises;
    Gamma "gamma" FloatRaises;
    Lgamma "lgamma" FloatRaises;
    Fabs "fabs" Float;
    Degrees "degrees" Float;
    Radians "radians" Float;
    Atan2 "atan2" Float2;
    Copysign "copysign" Float2;
    Fmod "fmod" Float2Raises;
    Remainder "remainder" Float2Raises;
    Pow "pow" Float2Raises;
    Log "log" Log;
    Log2 "log2" Log;
    Log10 "log10" Log;
    Floor "floor" Rounding;
    Ceil "ceil" Rounding;
    Trunc "trunc" Rounding;
    Isqrt "isqrt" IntRaises;
    Factorial "factorial" IntRaises;
    CombFn "comb" Comb;
    PermFn "perm" Perm;
    Gcd "gcd" IntVariadic;
    Lcm "lcm" IntVariadic;
    HypotFn "hypot" Hypot;
    Isnan "isnan" Predicate;
    Isinf "isinf" Predicate;
    Isfinite "isfinite" Predicate;
    IsCloseFn "isclose" IsClose;
    LdexpFn "ldexp" Ldexp;
    FsumFn "fsum" Fsum;
    ProdFn "prod" Prod;
    ModfFn "modf" Modf;
    FrexpFn "frexp" Frexp;
}

/// `math.pi` and the other constants, by value.
pub fn constant(name: &str) -> Option<f64> {
    Some(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    })
}

fn real(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Bool | Type::Float)
}

fn integer(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Bool)
}

impl MathFn {
    /// How many positional arguments it takes.
    pub fn arity(self) -> std::ops::RangeInclusive<usize> {
        match self.shape() {
            Shape::Float2 | Shape::Float2Raises | Shape::Comb | Shape::IsClose | Shape::Ldexp => {
                2..=2
            }
            Shape::Log if self == MathFn::Log => 1..=2,
            Shape::Perm => 1..=2,
            Shape::IntVariadic | Shape::Hypot => 0..=usize::MAX,
            _ => 1..=1,
        }
    }

    /// The keyword arguments it takes.
    pub fn keywords(self) -> &'static [&'static str] {
        match self.shape() {
            Shape::IsClose => &["rel_tol", "abs_tol"],
            Shape::Prod => &["start"],
            _ => &[],
        }
    }

    /// The type of a call, given its arguments' types (and, for `fsum`
    /// and `prod`, the iterable's item type), or what is wrong with them.
    pub fn result(
        self,
        args: &[Type],
        item: Option<&Type>,
        start: Option<&Type>,
    ) -> Result<Type, String> {
        let name = self.name();
        let want = |ok: bool, what: &str| {
            if ok {
                Ok(())
            } else {
                let given: Vec<String> = args.iter().map(|t| format!("`{t}`")).collect();
                Err(format!(
                    "math.{name}() takes {what}, not {}",
                    given.join(" and ")
                ))
            }
        };
        match self.shape() {
            // A run-time typed argument is checked when the call runs.
            Shape::FloatRaises | Shape::Float | Shape::Float2 | Shape::Float2Raises => {
                want(args.iter().all(|t| real(t) || *t == Type::Obj), "real numbers")?;
                Ok(Type::Float)
            }
            Shape::Log => {
                want(args.iter().all(real), "real numbers")?;
                Ok(Type::Float)
            }
            Shape::Rounding => {
                want(args.iter().all(real), "a real number")?;
                Ok(Type::Int)
            }
            Shape::IntRaises | Shape::Comb | Shape::Perm | Shape::IntVariadic => {
                want(args.iter().all(integer), "integers")?;
                Ok(Type::Int)
            }
            Shape::Hypot => {
                want(args.iter().all(real), "real numbers")?;
                Ok(Type::Float)
            }
            Shape::Predicate | Shape::IsClose => {
                want(args.iter().all(real), "real numbers")?;
                Ok(Type::Bool)
            }
            Shape::Ldexp => {
                want(real(&args[0]) && integer(&args[1]), "a real number and an int")?;
                Ok(Type::Float)
            }
            Shape::Fsum => match item {
                Some(t) if real(t) => Ok(Type::Float),
                _ => Err(format!("math.{name}() takes an iterable of real numbers")),
            },
            Shape::Prod => match (item, start) {
                (Some(t), None) if integer(t) => Ok(Type::Int),
                (Some(t), Some(s)) if integer(t) && integer(s) => Ok(Type::Int),
                (Some(t), None) if real(t) => Ok(Type::Float),
                (Some(t), Some(s)) if real(t) && real(s) => Ok(Type::Float),
                _ => Err(format!(
                    "math.{name}() is supported on an iterable of ints or of floats, with a start of the same kind"
                )),
            },
            Shape::Modf => {
                want(real(&args[0]), "a real number")?;
                Ok(Type::Tuple(vec![Type::Float, Type::Float]))
            }
            Shape::Frexp => {
                want(real(&args[0]), "a real number")?;
                Ok(Type::Tuple(vec![Type::Float, Type::Int]))
            }
        }
    }
}
