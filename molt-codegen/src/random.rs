//! The `random` module: which of its functions Molt translates, and the
//! types their calls have. The functions themselves are
//! `molt_std::random` (CPython's Mersenne Twister, seeded and drawn from
//! the same way); `emit/random.rs` writes the calls.

use crate::types::Type;

/// A function of `random` that Molt translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandomFn {
    Seed,
    Random,
    Getrandbits,
    Randrange,
    Randint,
    Choice,
    Shuffle,
    Sample,
    Uniform,
    Gauss,
    Normalvariate,
    Triangular,
    Expovariate,
}

impl RandomFn {
    pub fn from_name(name: &str) -> Option<RandomFn> {
        Some(match name {
            "seed" => RandomFn::Seed,
            "random" => RandomFn::Random,
            "getrandbits" => RandomFn::Getrandbits,
            "randrange" => RandomFn::Randrange,
            "randint" => RandomFn::Randint,
            "choice" => RandomFn::Choice,
            "shuffle" => RandomFn::Shuffle,
            "sample" => RandomFn::Sample,
            "uniform" => RandomFn::Uniform,
            "gauss" => RandomFn::Gauss,
            "normalvariate" => RandomFn::Normalvariate,
            "triangular" => RandomFn::Triangular,
            "expovariate" => RandomFn::Expovariate,
            _ => return None,
        })
    }

    /// The Python name, which is also the `molt_std::random` one.
    pub fn name(self) -> &'static str {
        match self {
            RandomFn::Seed => "seed",
            RandomFn::Random => "random",
            RandomFn::Getrandbits => "getrandbits",
            RandomFn::Randrange => "randrange",
            RandomFn::Randint => "randint",
            RandomFn::Choice => "choice",
            RandomFn::Shuffle => "shuffle",
            RandomFn::Sample => "sample",
            RandomFn::Uniform => "uniform",
            RandomFn::Gauss => "gauss",
            RandomFn::Normalvariate => "normalvariate",
            RandomFn::Triangular => "triangular",
            RandomFn::Expovariate => "expovariate",
        }
    }

    /// The parameters in order: every argument may be passed by position
    /// or by these names, and the ones past `required()` have defaults.
    pub fn params(self) -> &'static [&'static str] {
        match self {
            RandomFn::Seed => &["a"],
            RandomFn::Random => &[],
            RandomFn::Getrandbits => &["k"],
            RandomFn::Randrange => &["start", "stop", "step"],
            RandomFn::Randint => &["a", "b"],
            RandomFn::Choice => &["seq"],
            RandomFn::Shuffle => &["x"],
            RandomFn::Sample => &["population", "k"],
            RandomFn::Uniform => &["a", "b"],
            RandomFn::Gauss | RandomFn::Normalvariate => &["mu", "sigma"],
            RandomFn::Triangular => &["low", "high", "mode"],
            RandomFn::Expovariate => &["lambd"],
        }
    }

    /// How many arguments a call must give.
    pub fn required(self) -> usize {
        match self {
            RandomFn::Seed
            | RandomFn::Random
            | RandomFn::Gauss
            | RandomFn::Normalvariate
            | RandomFn::Triangular
            | RandomFn::Expovariate => 0,
            RandomFn::Getrandbits | RandomFn::Randrange | RandomFn::Choice | RandomFn::Shuffle => 1,
            RandomFn::Randint | RandomFn::Sample | RandomFn::Uniform => 2,
        }
    }

    /// The type of a call, given its arguments' types in parameter order
    /// (`None` where the default is used), or what is wrong with them.
    pub fn result(self, args: &[Option<Type>]) -> Result<Type, String> {
        let name = self.name();
        let integers = || {
            args.iter()
                .flatten()
                .all(integer)
                .then_some(())
                .ok_or_else(|| format!("random.{name}() takes integers here"))
        };
        let reals = || {
            args.iter()
                .flatten()
                .all(|t| integer(t) || *t == Type::Float)
                .then_some(())
                .ok_or_else(|| format!("random.{name}() takes real numbers here"))
        };
        match self {
            RandomFn::Seed => match args.first().cloned().flatten() {
                None | Some(Type::None | Type::Int | Type::Bool) => Ok(Type::None),
                Some(t) => Err(format!(
                    "random.seed() of a `{t}` is not supported; seed with an int"
                )),
            },
            RandomFn::Random => Ok(Type::Float),
            RandomFn::Getrandbits | RandomFn::Randrange | RandomFn::Randint => {
                integers()?;
                Ok(Type::Int)
            }
            RandomFn::Choice => match args.first().cloned().flatten() {
                Some(Type::List(item)) => Ok(*item),
                Some(Type::Str) => Ok(Type::Str),
                Some(Type::Range) => Ok(Type::Int),
                _ => Err("random.choice() is supported on a list, a str or a range".to_string()),
            },
            RandomFn::Shuffle => match args.first().cloned().flatten() {
                Some(Type::List(_)) => Ok(Type::None),
                _ => Err("random.shuffle() is supported on a list".to_string()),
            },
            RandomFn::Sample => {
                let k = args.get(1).cloned().flatten();
                if !k.as_ref().is_some_and(integer) {
                    return Err("random.sample() takes an int `k`".to_string());
                }
                match args.first().cloned().flatten() {
                    Some(t @ Type::List(_)) => Ok(t),
                    Some(Type::Range) => Ok(Type::List(Box::new(Type::Int))),
                    _ => Err("random.sample() is supported on a list or a range".to_string()),
                }
            }
            RandomFn::Triangular => {
                if matches!(args.get(2), Some(Some(Type::None))) {
                    return Err("pass a number as `mode`, or leave it out".to_string());
                }
                reals()?;
                Ok(Type::Float)
            }
            RandomFn::Uniform
            | RandomFn::Gauss
            | RandomFn::Normalvariate
            | RandomFn::Expovariate => {
                reals()?;
                Ok(Type::Float)
            }
        }
    }
}

fn integer(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Bool)
}
