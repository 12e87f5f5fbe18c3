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
    /// `bytes`, immutable.
    Bytes,
    /// `bytearray`, shared and mutable.
    ByteArray,
    /// `None`, which is also the type of a function with no return value.
    None,
    /// A fixed-size tuple, such as the result of `divmod`.
    Tuple(Vec<Type>),
    /// `tuple[T, ...]`, a tuple whose length is known at run time (`*args`).
    VarTuple(Box<Type>),
    /// `list[T]`, a shared mutable list.
    List(Box<Type>),
    /// `dict[K, V]`, a shared mutable mapping in insertion order.
    Dict(Box<Type>, Box<Type>),
    /// `set[T]`, a shared mutable set in CPython's order.
    Set(Box<Type>),
    /// `frozenset[T]`, immutable and hashable.
    FrozenSet(Box<Type>),
    /// What `enumerate`, `zip`, `reversed`, `range` and dict views give:
    /// consumed where it is made, by a `for` or a builtin such as `list`.
    Iter(Box<Type>),
    /// A `range` the program keeps (stored, passed or returned): a
    /// `molt_rt::PyRange`. Where a loop or builtin consumes `range(...)`
    /// directly it is iterated in place instead.
    Range,
    /// What `iter(x)` returns: a shared iterator object that `next()` and
    /// loops advance (unlike `Iter`, it can be stored in a variable).
    Iterator(Box<Type>),
    /// A generator that is sent values, returns a value or yields inside
    /// `try`: `Generator[yield, send, return]`, a `molt_rt::Generator`.
    /// Where an iterator is expected it is one.
    Generator(Box<Type>, Box<Type>, Box<Type>),
    /// A function value with its signature.
    Func(Box<Signature>),
    /// A value whose type is only known at run time (`object`, or a list
    /// such as `[1, "a"]`): the runtime's `Obj`, dispatching every operation.
    Obj,
    /// An instance of the user's class with this name.
    Object(String),
    /// `T | None`: Rust's `Option<T>`.
    Optional(Box<Type>),
    /// A member of the program's enum class with this name.
    Enum(String),
    /// An exception whose class is this builtin or program-defined
    /// exception class (or a subclass): a `molt_rt::PyErr`.
    Exc(String),
    /// An exception class as a value (`type[BaseException]`, what
    /// `__exit__` receives): a `molt_rt::ExcClass`.
    ExcType,
    /// What a cached function's `cache_info()` gives.
    CacheInfo,
    /// What `open()` returns: a text file (`str` lines) or a binary one;
    /// `io.StringIO()`, a text file in memory, is one too (`memory`).
    File {
        binary: bool,
        memory: bool,
    },
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
        let join = |items: &[Type]| {
            items
                .iter()
                .map(Type::python_name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Type::Int => "int".into(),
            Type::Float => "float".into(),
            Type::Bool => "bool".into(),
            Type::Str => "str".into(),
            Type::Bytes => "bytes".into(),
            Type::ByteArray => "bytearray".into(),
            Type::None => "None".into(),
            Type::Tuple(items) => format!("tuple[{}]", join(items)),
            Type::VarTuple(item) => format!("tuple[{}, ...]", item.python_name()),
            Type::List(item) => format!("list[{}]", item.python_name()),
            Type::Dict(k, v) => format!("dict[{}, {}]", k.python_name(), v.python_name()),
            Type::Iter(item) => format!("Iterator[{}]", item.python_name()),
            Type::Range => "range".into(),
            Type::Set(item) => format!("set[{}]", item.python_name()),
            Type::Iterator(item) => format!("iterator[{}]", item.python_name()),
            Type::Generator(y, s, r) => format!(
                "Generator[{}, {}, {}]",
                y.python_name(),
                s.python_name(),
                r.python_name()
            ),
            Type::FrozenSet(item) => format!("frozenset[{}]", item.python_name()),
            Type::Func(sig) => format!(
                "Callable[[{}], {}]",
                join(&sig.params),
                sig.ret.python_name()
            ),
            Type::Obj => "object".into(),
            Type::Object(name) | Type::Enum(name) | Type::Exc(name) => name.clone(),
            Type::ExcType => "type[BaseException]".into(),
            Type::CacheInfo => "CacheInfo".into(),
            Type::File { memory: true, .. } => "StringIO".into(),
            Type::File { binary: false, .. } => "TextIOWrapper".into(),
            Type::File { binary: true, .. } => "BufferedIOBase".into(),
            Type::Optional(inner) => format!("{} | None", inner.python_name()),
            Type::Var(v) => format!("?{}", v.0),
        }
    }

    /// The class name CPython uses in messages (`'list'`, not `list[int]`).
    pub fn class_name(&self) -> String {
        match self {
            Type::Tuple(_) | Type::VarTuple(_) => "tuple".into(),
            Type::List(_) => "list".into(),
            Type::Iter(_) | Type::Iterator(_) => "iterator".into(),
            Type::Generator(..) => "generator".into(),
            Type::Set(_) => "set".into(),
            Type::FrozenSet(_) => "frozenset".into(),
            Type::Dict(..) => "dict".into(),
            Type::None => "NoneType".into(),
            Type::Func(_) => "function".into(),
            Type::ExcType => "type".into(),
            Type::File { memory: true, .. } => "StringIO".into(),
            Type::File { binary: false, .. } => "TextIOWrapper".into(),
            Type::File { binary: true, .. } => "BufferedReader".into(),
            other => other.python_name(),
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Int | Type::Float | Type::Bool)
    }

    pub fn is_var(&self) -> bool {
        matches!(self, Type::Var(_))
    }

    /// The types this one is built from.
    pub fn children(&self) -> Vec<&Type> {
        match self {
            Type::Tuple(items) => items.iter().collect(),
            Type::List(item)
            | Type::VarTuple(item)
            | Type::Iter(item)
            | Type::Iterator(item)
            | Type::Set(item)
            | Type::FrozenSet(item)
            | Type::Optional(item) => vec![item],
            Type::Dict(k, v) => vec![k, v],
            Type::Generator(y, s, r) => vec![y, s, r],
            Type::Func(sig) => sig.params.iter().chain(std::iter::once(&sig.ret)).collect(),
            _ => Vec::new(),
        }
    }

    /// What iterating a value of this type gives (a tuple only when its
    /// items share one type); `None` for what is not iterable.
    pub fn element(&self) -> Option<Type> {
        match self {
            Type::List(t)
            | Type::VarTuple(t)
            | Type::Iter(t)
            | Type::Iterator(t)
            | Type::Generator(t, ..)
            | Type::Set(t)
            | Type::FrozenSet(t)
            | Type::Dict(t, _) => Some((**t).clone()),
            Type::Str => Some(Type::Str),
            Type::Bytes | Type::ByteArray | Type::Range => Some(Type::Int),
            // A file iterates over its lines.
            Type::File { binary: false, .. } => Some(Type::Str),
            Type::File { binary: true, .. } => Some(Type::Bytes),
            Type::Tuple(items) if !items.is_empty() && items.iter().all(|t| *t == items[0]) => {
                Some(items[0].clone())
            }
            Type::Obj => Some(Type::Obj),
            _ => None,
        }
    }

    /// Whether values of this type can be dict keys.
    pub fn is_hashable(&self) -> bool {
        match self {
            // An `Obj` is checked when it is used as a key.
            Type::Int | Type::Bool | Type::Str | Type::None | Type::Bytes | Type::Obj => true,
            // Checked against the class's `__eq__`/`__hash__` by inference.
            Type::Object(_) | Type::Enum(_) => true,
            Type::Tuple(items) => items.iter().all(Type::is_hashable),
            Type::VarTuple(item) => item.is_hashable(),
            Type::FrozenSet(_) => true,
            Type::Optional(inner) => inner.is_hashable(),
            _ => false,
        }
    }

    /// Whether this type's values can be ordered with `<`.
    pub fn is_orderable(&self) -> bool {
        match self {
            Type::Int
            | Type::Bool
            | Type::Float
            | Type::Str
            | Type::Bytes
            | Type::ByteArray
            | Type::Obj => true,
            // Checked against the class's `__lt__` by inference.
            Type::Object(_) => true,
            // A container of `Obj` compares item by item at run time, which
            // can raise: only `Obj` itself has that fallible comparison.
            Type::Tuple(items) => items.iter().all(|t| t.is_orderable() && *t != Type::Obj),
            Type::List(item) | Type::VarTuple(item) => item.is_orderable() && **item != Type::Obj,
            _ => false,
        }
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
    /// How many variables lowering made: only those are stable across a
    /// restart of inference, so only those can be widened.
    stable: usize,
    /// Variables found to hold values of more than one type; inference
    /// restarts with them bound to `Obj`, or to the nearest common base
    /// class when they hold instances of several classes.
    widen: std::collections::BTreeMap<TypeVar, Type>,
    /// Variables that could not be bound to `Obj` on a restart.
    fixed: std::collections::BTreeSet<TypeVar>,
    /// Variables bound by `prebind`: what a previous run widened.
    prebound: std::collections::BTreeSet<TypeVar>,
    /// Each class's ancestors in method resolution order, for subclass
    /// checks.
    ancestors: std::collections::HashMap<String, Vec<String>>,
    /// Whether a value of unknown type flowing into a typed place takes
    /// that type now. Inference first waits (the value may be typed by
    /// what it really is, elsewhere), and binds such values only once
    /// nothing else can be learnt.
    pub eager: bool,
    /// Set when a flow waited for its value's type.
    pub deferred: bool,
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

    /// Marks the variables made so far as stable (lowering is done).
    pub fn seal(&mut self) {
        self.stable = self.bindings.len();
    }

    /// Binds the variables a previous inference run widened.
    pub fn prebind(&mut self, vars: &std::collections::BTreeMap<TypeVar, Type>) {
        for (v, t) in vars {
            if (v.0 as usize) >= self.bindings.len() || self.unify(&Type::Var(*v), t).is_err() {
                self.fixed.insert(*v);
            }
            self.prebound.insert(*v);
        }
    }

    /// Asks for the parameter variable `slot`, which a call's argument does
    /// not fit, to be reported as widened, so that its function can be
    /// split into a copy per call (see `monomorphize`); false if an earlier
    /// run already did.
    pub fn request_split(&mut self, slot: &Type) -> bool {
        let Type::Var(v) = slot else {
            return false;
        };
        if (v.0 as usize) >= self.stable || self.prebound.contains(v) || self.fixed.contains(v) {
            return false;
        }
        self.widen.entry(*v).or_insert(Type::Obj);
        true
    }

    /// The variables to widen, found by this run, and what to.
    pub fn widen_requests(&self) -> &std::collections::BTreeMap<TypeVar, Type> {
        &self.widen
    }

    /// Records the program's classes and their ancestors.
    pub fn set_classes(&mut self, ancestors: std::collections::HashMap<String, Vec<String>>) {
        self.ancestors = ancestors;
    }

    /// Whether class `sub` is `class` or derives from it.
    pub fn is_subclass(&self, sub: &str, class: &str) -> bool {
        sub == class
            || self
                .ancestors
                .get(sub)
                .is_some_and(|a| a.iter().any(|c| c == class))
    }

    /// The nearest class both derive from, in `a`'s method resolution
    /// order.
    pub fn common_base(&self, a: &str, b: &str) -> Option<String> {
        let ancestors = self.ancestors.get(a).cloned().unwrap_or_default();
        std::iter::once(a.to_string())
            .chain(ancestors)
            .find(|c| self.is_subclass(b, c))
    }

    /// A value of type `value` is stored where `slot` is expected: a
    /// variable, a container item, an argument. Where the two differ and
    /// the slot is an inference variable, the slot is widened to `Obj` on
    /// the next run (and the value converted when emitted) instead of
    /// failing.
    pub fn flow(&mut self, slot: &Type, value: &Type) -> Result<(), Mismatch> {
        let s = self.shallow(slot);
        if s == Type::Obj {
            return self.objectify(value);
        }
        // `None` or a value of the type goes into `T | None`.
        if let Type::Optional(inner) = &s {
            match self.shallow(value) {
                Type::None => return Ok(()),
                Type::Optional(_) | Type::Var(_) => {}
                _ => {
                    return match self.flow(inner, value) {
                        Ok(()) => Ok(()),
                        Err(_) if self.request_widen_to(slot, value) => Ok(()),
                        Err(m) => Err(m),
                    }
                }
            }
        }
        // A file is an iterator over its lines.
        if let (Type::Iterator(item), Type::File { binary, .. }) = (&s, self.shallow(value)) {
            let line = if binary { Type::Bytes } else { Type::Str };
            return self.unify(item, &line);
        }
        // So is a generator, over its yields.
        if let (Type::Iterator(item), Type::Generator(y, ..)) = (&s, self.shallow(value)) {
            return self.unify(item, &y);
        }
        // An instance of a subclass is an instance of the class.
        if let (Type::Object(class), Type::Object(sub)) | (Type::Exc(class), Type::Exc(sub)) =
            (&s, &self.shallow(value))
        {
            if self.is_subclass(sub, class) {
                return Ok(());
            }
        }
        if !self.eager && self.shallow(value).is_var() {
            self.deferred = true;
            return Ok(());
        }
        match self.unify(slot, value) {
            Ok(()) => Ok(()),
            Err(m) => {
                // Items first: `list[Circle]` passed where `list[Shape]`
                // is expected shares the list, so the list's own items widen.
                if self.widen_items(slot, value) || self.request_widen_to(slot, value) {
                    Ok(())
                } else {
                    Err(m)
                }
            }
        }
    }

    /// A value of this type becomes an `Obj`: a shared container inside it
    /// keeps its identity only if it already holds `Obj` items.
    pub fn objectify(&mut self, value: &Type) -> Result<(), Mismatch> {
        match self.shallow(value) {
            Type::List(item) | Type::Set(item) => self.require_obj(&item),
            Type::Dict(k, v) => {
                self.require_obj(&k)?;
                self.require_obj(&v)
            }
            Type::Tuple(items) => items.iter().try_for_each(|t| self.objectify(t)),
            Type::FrozenSet(item) | Type::Optional(item) => self.objectify(&item),
            // Instances and enum members are not run-time typed values yet.
            Type::Iter(_)
            | Type::Iterator(_)
            | Type::Generator(..)
            | Type::Func(_)
            | Type::Object(_)
            | Type::Enum(_)
            | Type::Exc(_)
            | Type::ExcType
            | Type::CacheInfo
            | Type::Range
            | Type::VarTuple(_)
            | Type::File { .. } => Err(Mismatch {
                expected: Type::Obj,
                found: self.resolve(value),
            }),
            _ => Ok(()),
        }
    }

    fn require_obj(&mut self, t: &Type) -> Result<(), Mismatch> {
        match self.unify(t, &Type::Obj) {
            Ok(()) => Ok(()),
            Err(m) => {
                if self.request_widen(t) {
                    Ok(())
                } else {
                    Err(m)
                }
            }
        }
    }

    /// `list[Circle]` where `list[Shape]` is expected: widens the item
    /// variable of either side to the common base class.
    fn widen_items(&mut self, slot: &Type, value: &Type) -> bool {
        let pairs: Vec<(Type, Type)> = match (self.shallow(slot), self.shallow(value)) {
            (Type::List(a), Type::List(b))
            | (Type::Set(a), Type::Set(b))
            | (Type::Iterator(a), Type::Iterator(b)) => vec![(*a, *b)],
            (Type::Dict(ak, av), Type::Dict(bk, bv)) => vec![(*ak, *bk), (*av, *bv)],
            (Type::Tuple(a), Type::Tuple(b)) if a.len() == b.len() => {
                a.into_iter().zip(b).collect()
            }
            _ => return false,
        };
        let mut widened = false;
        for (a, b) in pairs {
            let both_objects = matches!(
                (self.shallow(&a), self.shallow(&b)),
                (Type::Object(x), Type::Object(y)) | (Type::Exc(x), Type::Exc(y)) if x != y
            );
            if both_objects {
                widened |= self.request_widen_to(&b, &a) || self.request_widen_to(&a, &b);
            } else if self.unify(&a, &b).is_err() {
                widened |= self.widen_items(&a, &b);
            }
        }
        widened
    }

    /// Asks for the first variable behind `t` to be widened to `Obj`;
    /// false if there is none that can be.
    fn request_widen(&mut self, t: &Type) -> bool {
        self.request_widen_to(t, &Type::Obj)
    }

    /// Asks for the variable `slot` to be widened so that it can also
    /// hold `value`: to their common base class when both are instances,
    /// else to `Obj`.
    fn request_widen_to(&mut self, slot: &Type, value: &Type) -> bool {
        let Type::Var(v) = slot else {
            return false;
        };
        if (v.0 as usize) >= self.stable || self.fixed.contains(v) {
            return false;
        }
        let current = self.shallow(slot);
        if current == Type::Obj {
            return false;
        }
        let joined = match self.widen.get(v).cloned() {
            Some(Type::Obj) => Type::Obj,
            Some(widened) => {
                let before = self.join(&current, &widened);
                self.join(&before, value)
            }
            None => self.join(&current, value),
        };
        if current == joined {
            return false;
        }
        self.widen.insert(*v, joined);
        true
    }

    /// The narrowest type that holds values of both: `T | None` for a `T`
    /// and None, the common base class of two instances, else `Obj`.
    fn join(&self, a: &Type, b: &Type) -> Type {
        let (a, b) = (self.resolve(a), self.resolve(b));
        if a == b {
            return a;
        }
        let optional = |t: Type| match t {
            Type::Obj | Type::Optional(_) => t,
            t => Type::Optional(Box::new(t)),
        };
        match (&a, &b) {
            (Type::Var(_) | Type::Obj, _) | (_, Type::Var(_) | Type::Obj) => Type::Obj,
            (Type::None, t) | (t, Type::None) => optional(t.clone()),
            (Type::Optional(x), Type::Optional(y)) => optional(self.join(x, y)),
            (Type::Optional(x), y) | (y, Type::Optional(x)) => optional(self.join(x, y)),
            (Type::Object(x), Type::Object(y)) => self
                .common_base(x, y)
                .map(Type::Object)
                .unwrap_or(Type::Obj),
            (Type::Exc(x), Type::Exc(y)) => {
                self.common_base(x, y).map(Type::Exc).unwrap_or(Type::Obj)
            }
            _ => Type::Obj,
        }
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
            Type::List(item) => Type::List(Box::new(self.resolve(&item))),
            Type::VarTuple(item) => Type::VarTuple(Box::new(self.resolve(&item))),
            Type::Iter(item) => Type::Iter(Box::new(self.resolve(&item))),
            Type::Iterator(item) => Type::Iterator(Box::new(self.resolve(&item))),
            Type::Generator(y, s, r) => Type::Generator(
                Box::new(self.resolve(&y)),
                Box::new(self.resolve(&s)),
                Box::new(self.resolve(&r)),
            ),
            Type::Optional(item) => Type::Optional(Box::new(self.resolve(&item))),
            Type::Set(item) => Type::Set(Box::new(self.resolve(&item))),
            Type::FrozenSet(item) => Type::FrozenSet(Box::new(self.resolve(&item))),
            Type::Dict(k, v) => Type::Dict(Box::new(self.resolve(&k)), Box::new(self.resolve(&v))),
            Type::Func(sig) => Type::Func(Box::new(Signature {
                params: sig.params.iter().map(|t| self.resolve(t)).collect(),
                ret: self.resolve(&sig.ret),
            })),
            other => other,
        }
    }

    /// Whether the type still contains an unsolved variable.
    pub fn is_unsolved(&self, ty: &Type) -> bool {
        let ty = self.resolve(ty);
        ty.is_var() || ty.children().into_iter().any(|t| self.is_unsolved(t))
    }

    fn occurs(&self, v: TypeVar, ty: &Type) -> bool {
        match self.shallow(ty) {
            Type::Var(w) => v == w,
            other => other.children().into_iter().any(|t| self.occurs(v, t)),
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
                self.unify_all(xs, ys, mismatch)
            }
            (Type::List(x), Type::List(y))
            | (Type::VarTuple(x), Type::VarTuple(y))
            | (Type::Optional(x), Type::Optional(y))
            | (Type::Iter(x), Type::Iter(y))
            | (Type::Iterator(x), Type::Iterator(y))
            | (Type::Set(x), Type::Set(y))
            | (Type::FrozenSet(x), Type::FrozenSet(y)) => self.unify(x, y).map_err(|_| mismatch),
            (Type::Generator(xy, xs, xr), Type::Generator(yy, ys, yr)) => self.unify_all(
                &[(**xy).clone(), (**xs).clone(), (**xr).clone()],
                &[(**yy).clone(), (**ys).clone(), (**yr).clone()],
                mismatch,
            ),
            (Type::Dict(xk, xv), Type::Dict(yk, yv)) => self.unify_all(
                &[(**xk).clone(), (**xv).clone()],
                &[(**yk).clone(), (**yv).clone()],
                mismatch,
            ),
            (Type::Func(x), Type::Func(y)) if x.params.len() == y.params.len() => {
                self.unify_all(&x.params, &y.params, mismatch.clone())?;
                self.unify(&x.ret, &y.ret).map_err(|_| mismatch)
            }
            _ if a == b => Ok(()),
            _ => Err(mismatch),
        }
    }

    fn unify_all(&mut self, xs: &[Type], ys: &[Type], mismatch: Mismatch) -> Result<(), Mismatch> {
        for (x, y) in xs.iter().zip(ys) {
            self.unify(x, y).map_err(|_| mismatch.clone())?;
        }
        Ok(())
    }
}

/// The class of an `is` between instances of one class where at least one
/// side may be None (`node.parent is other`).
pub fn optional_identity(l: &Type, r: &Type) -> Option<String> {
    let class = |t: &Type| match t {
        Type::Object(c) => Some((c.clone(), false)),
        Type::Optional(inner) => match &**inner {
            Type::Object(c) => Some((c.clone(), true)),
            _ => None,
        },
        _ => None,
    };
    let ((a, a_opt), (b, b_opt)) = (class(l)?, class(r)?);
    (a == b && (a_opt || b_opt)).then_some(a)
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
    fn containers_unify_elementwise() {
        let mut u = Unifier::default();
        let item = u.fresh();
        let list = Type::List(Box::new(item.clone()));
        u.unify(&list, &Type::List(Box::new(Type::Str))).unwrap();
        assert_eq!(u.resolve(&item), Type::Str);
        assert!(u.unify(&list, &Type::List(Box::new(Type::Int))).is_err());
    }

    #[test]
    fn occurs_check() {
        let mut u = Unifier::default();
        let a = u.fresh();
        assert!(u.unify(&a, &Type::Tuple(vec![a.clone()])).is_err());
    }
}
