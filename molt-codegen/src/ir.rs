//! Molt's typed intermediate representation: what a Python module means,
//! with every name resolved and every value typed, ready to emit as Rust.

use crate::types::Type;
use std::fmt::{self, Write};

/// A translated Python module.
#[derive(Debug)]
pub struct Module {
    /// The Python module name (`app` for `app.py`).
    pub name: String,
    pub doc: Option<String>,
    /// Module-level names that functions read or write.
    pub globals: Vec<Global>,
    /// Functions, and the classes' methods named `Class.method`.
    pub functions: Vec<Function>,
    pub classes: Vec<Class>,
    pub enums: Vec<EnumDef>,
    /// Exception classes the program defines.
    pub exceptions: Vec<ExcClassDef>,
    /// The module's top-level code.
    pub main: Function,
    /// Upper-case names assigned once, from a literal, at the top level:
    /// the constants an embedding crate sees.
    pub constants: Vec<(String, Expr)>,
    /// The functions the module defines at its top level whose names do
    /// not start with `_`, in source order: the candidates for a Rust API.
    pub public: Vec<String>,
    /// Narrowings that hold only if a value is never None, for inference
    /// to check.
    pub narrowings: Vec<Narrowing>,
    /// Calls bound to the program's method before their receiver's type
    /// was known, for inference to check.
    pub bound_calls: Vec<BoundCall>,
}

/// `x.find(update=True)`, where `find` is both a method of the program
/// and of a builtin type: lowering binds the keywords and defaults to the
/// program's method, which is right only if `x` is an instance of the
/// program's classes. Inference checks that.
///
/// Where the call could be the builtin's too (`x.remove(r)`), or classes
/// define the method with different parameters, the IR holds the call as
/// written and `per_class` its arguments bound to each class's method;
/// inference puts in the ones of the class `x` turns out to be.
#[derive(Debug)]
pub struct BoundCall {
    pub method: String,
    pub receiver: Type,
    pub span: (u32, u32),
    pub per_class: Vec<ClassArgs>,
}

/// A call's arguments bound to the method these classes share.
#[derive(Debug, Clone)]
pub struct ClassArgs {
    pub classes: Vec<String>,
    pub args: Vec<Expr>,
}

/// After `if x is None: x = value`, lowering reads `x` as not None; that
/// holds when `value`'s type cannot be None, which inference checks.
#[derive(Debug)]
pub struct Narrowing {
    pub name: String,
    pub value: Type,
    pub span: (u32, u32),
}

impl Module {
    /// The function (or `Class.method`) with this name.
    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }

    /// The class with this name.
    pub fn class(&self, name: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.name == name)
    }
}

/// Whether class `sub` is `class` or derives from it.
pub fn is_subclass(classes: &[Class], sub: &str, class: &str) -> bool {
    sub == class
        || classes
            .iter()
            .find(|k| k.name == sub)
            .is_some_and(|k| k.mro.iter().any(|c| c == class))
}

/// An exception class the program defines: `class NotFound(LookupError)`.
#[derive(Debug)]
pub struct ExcClassDef {
    pub name: String,
    pub doc: Option<String>,
    /// A builtin exception class or another of the program's.
    pub base: String,
    pub line: u32,
}

/// An `Enum` or `IntEnum` class: a Rust enum of its members (its methods
/// are in [`Module::functions`] as `Enum.method`).
#[derive(Debug)]
pub struct EnumDef {
    pub name: String,
    pub doc: Option<String>,
    /// An `IntEnum`.
    pub int: bool,
    /// Members in definition order, with their values (aliases excluded).
    pub members: Vec<(String, Expr)>,
    pub value_ty: Type,
    pub line: u32,
}

/// A user's class: a struct of its fields and an impl block of its
/// methods (which are in [`Module::functions`] as `Class.method`).
#[derive(Debug)]
pub struct Class {
    pub name: String,
    pub doc: Option<String>,
    /// The classes it derives from, as written.
    pub bases: Vec<String>,
    /// Its ancestors in method resolution order (C3), nearest first.
    pub mro: Vec<String>,
    /// Every field, inherited ones first.
    pub fields: Vec<ClassField>,
    pub methods: Vec<MethodInfo>,
    /// Class attributes this class's body defines, stored as the module
    /// globals `Class.name`.
    pub attrs: Vec<String>,
    /// Made by `@dataclass` (not a NamedTuple): its `__init__` takes the
    /// fields.
    pub dataclass: bool,
    /// A frozen dataclass: assigning a field outside `__init__` raises.
    pub frozen: bool,
    /// A dataclass's generated `__eq__`, true only between instances of
    /// exactly the same class.
    pub exact_eq: bool,
    /// A NamedTuple: `p[0]` and unpacking read its fields in order.
    pub named_tuple: bool,
    /// Declares `__slots__`: its instances take no other attributes.
    pub slotted: bool,
    pub line: u32,
}

impl Class {
    /// `p[index]` of a NamedTuple: the field at that position (a negative
    /// index counts from the end), if the index is an int literal in range.
    pub fn record_field(&self, index: &Expr) -> Option<&ClassField> {
        if !self.named_tuple {
            return None;
        }
        let n = self.fields.len() as i64;
        let i = crate::methods::literal_index(index)?;
        let at = if i < 0 { i + n } else { i };
        (0..n).contains(&at).then(|| &self.fields[at as usize])
    }
}

#[derive(Debug, Clone)]
pub struct ClassField {
    pub name: String,
    pub ty: Type,
    /// Set by `__init__` before anything can read it; otherwise reading
    /// it while unset raises AttributeError.
    pub always_set: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MethodInfo {
    pub name: String,
    pub kind: MethodKind,
    /// The method takes `self: &Rc<Self>` because it uses `self` as a
    /// value (returns it, stores it, passes it on).
    pub shares_self: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Static,
    /// `@classmethod`: `cls` is the class itself.
    Class,
    /// `@property`: read as an attribute.
    Property,
    /// `@name.setter`: called by assigning the attribute.
    Setter,
}

/// A module-level variable shared with functions.
#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub ty: Type,
    /// A constant assigned once before any other code runs: emitted as a
    /// Rust `const` rather than a thread-local cell.
    pub constant: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub name: String,
    pub doc: Option<String>,
    pub params: Vec<Param>,
    pub ret: Type,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// Whether the function can raise, so returns `PyResult`.
    pub raises: bool,
    /// `@functools.lru_cache`/`@functools.cache`: results are memoized.
    pub cache: Option<CacheSpec>,
    /// It yields: a call makes an iterator that runs the body lazily.
    pub generator: bool,
    /// `@molt.extern("crate::path")`: the body calls this Rust function
    /// of the crate that embeds the module.
    pub external: Option<String>,
    /// Source line of the `def`.
    pub line: u32,
    /// Byte range of the function's name, for diagnostics.
    pub span: (u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheSpec {
    /// `None`: unbounded.
    pub maxsize: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Type,
}

/// How a local variable is declared in Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// `let x = ...;` at its first assignment, which reaches every use.
    AtFirstAssignment,
    /// `let x: T;` at the top of the function: assigned in branches or loops
    /// but definitely assigned before every use.
    Hoisted,
    /// May be read before assignment: an `Option<T>` whose empty read raises
    /// `UnboundLocalError` (or `NameError` at module level), as in CPython.
    MaybeUnbound,
    /// Bound by a `for` loop and used only inside it.
    LoopVariable,
    /// First assigned by an `if` whose every branch ends by assigning it:
    /// `let x = if c { .. } else { .. };`.
    IfValue,
    /// Shared with closures the function makes: a `molt_rt::Shared` cell
    /// declared at the top of the function.
    Shared,
    /// In a closure: the enclosing function's `Shared` cell.
    FreeShared,
    /// In a closure: a copy of the enclosing function's variable, which
    /// neither assigns it after making the closure.
    Free,
}

#[derive(Debug, Clone)]
pub struct Local {
    pub name: String,
    pub ty: Type,
    pub binding: Binding,
    pub mutable: bool,
}

/// Where an assignment stores.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Local(String),
    Global(String),
}

impl Place {
    /// The expression that reads this place.
    pub fn read(&self) -> ExprKind {
        match self {
            Place::Local(n) => ExprKind::Local(n.clone()),
            Place::Global(n) => ExprKind::Global(n.clone()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Assign {
        place: Place,
        value: Expr,
    },
    /// `a, b = x, y`: all values are evaluated before any is stored.
    AssignMany {
        places: Vec<Place>,
        value: Expr,
        /// The position of a `*rest` target, which collects a list.
        starred: Option<usize>,
    },
    /// `container[lower:upper:step] = value` on a list.
    SetSlice {
        container: Expr,
        bounds: [Option<Expr>; 3],
        value: Expr,
    },
    /// `del container[lower:upper:step]` on a list.
    DelSlice {
        container: Expr,
        bounds: [Option<Expr>; 3],
    },
    AugAssign {
        place: Place,
        op: BinOp,
        value: Expr,
    },
    Expr(Expr),
    Print {
        args: Vec<Expr>,
        sep: Option<Expr>,
        end: Option<Expr>,
        /// `print(*items)`: `args` is one iterable whose items are printed.
        spread: bool,
        /// `file=sys.stderr`.
        stderr: bool,
        /// `file=f`: a text file or StringIO, or a `T | None` of one (None
        /// printing to standard output, as in CPython).
        file: Option<Expr>,
        /// `flush=True`.
        flush: bool,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for a, b in iterable:` over anything but a range.
    ForEach {
        targets: Vec<Place>,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `container[index] = value`, or `container[index] op= value` with `op`.
    SetItem {
        container: Expr,
        index: Expr,
        op: Option<BinOp>,
        value: Expr,
    },
    /// `object.name = value` (or `object.name op= value`).
    SetAttr {
        object: Expr,
        name: String,
        op: Option<BinOp>,
        value: Expr,
    },
    /// `del container[index]`.
    DelItem {
        container: Expr,
        index: Expr,
    },
    ForRange {
        var: Place,
        start: Expr,
        stop: Expr,
        step: Option<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    /// `raise exc from cause`; a bare `raise` (re-raising the exception
    /// being handled) has no `exc`. `from None` is a cause of type None.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `with mgr: body` after `mgr = EXPR; VAR = mgr.__enter__()`: `exit`
    /// is the call when the body ends, `exit_raised` the call when it
    /// raises the exception `caught` (a bound name), which leaves the
    /// statement unless that call returns true. When the manager never
    /// `suppresses`, the exception always leaves.
    With {
        body: Vec<Stmt>,
        exit: Expr,
        exit_raised: Expr,
        caught: String,
        suppresses: bool,
    },
    /// `try: body except ...: handler else: orelse finally: finalbody`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        cond: Expr,
        message: Option<Expr>,
    },
    /// `sys.exit(arg)`.
    Exit(Option<Expr>),
    /// `yield value` in a generator.
    Yield(Expr),
    /// `yield from iterable` in a generator.
    YieldFrom(Expr),
    Pass,
}

/// `except (A, B) as name:`.
#[derive(Debug, Clone)]
pub struct Handler {
    /// The exception classes it catches; empty for a bare `except:`.
    pub classes: Vec<String>,
    /// The name the exception is bound to in the handler, a local of the
    /// handler alone (Python unbinds it afterwards).
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

impl StmtKind {
    /// The blocks of a `try` statement: body, handlers, else, finally.
    pub fn blocks(&self) -> Vec<&Vec<Stmt>> {
        match self {
            StmtKind::With { body, .. } => vec![body],
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => std::iter::once(body)
                .chain(handlers.iter().map(|h| &h.body))
                .chain([orelse, finalbody])
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn blocks_mut(&mut self) -> Vec<&mut Vec<Stmt>> {
        match self {
            StmtKind::With { body, .. } => vec![body],
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => std::iter::once(body)
                .chain(handlers.iter_mut().map(|h| &mut h.body))
                .chain([orelse, finalbody])
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

impl BinOp {
    pub fn python(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "**",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            Shl => "<<",
            Shr => ">>",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn python(self) -> &'static str {
        use CmpOp::*;
        match self {
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Is => "is",
            IsNot => "is not",
            In => "in",
            NotIn => "not in",
        }
    }
}

/// The builtins Molt translates directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// A function of the `math` module.
    Math(crate::math::MathFn),
    /// A function of the `random` module.
    Random(crate::random::RandomFn),
    Abs,
    Min,
    Max,
    Int,
    Float,
    Str,
    Bool,
    Repr,
    Len,
    Pow,
    Divmod,
    Sum,
    Sorted,
    List,
    Tuple,
    Dict,
    Enumerate,
    Zip,
    Reversed,
    Any,
    All,
    Ord,
    Chr,
    Round,
    Hex,
    Oct,
    Bin,
    Input,
    /// `open(path, mode)`.
    Open,
    /// The `*args` tuple of a call: the extra positional arguments, then
    /// the items of a starred one (keyword `spread`).
    PackArgs,
    /// `os.remove(path)`.
    Remove,
    /// `os.path.exists(path)`.
    PathExists,
    /// `io.StringIO(initial)`.
    StringIO,
    Map,
    Filter,
    Isinstance,
    /// `issubclass(t, (A, B))` of an exception class known at run time.
    Issubclass,
    /// `sys.setrecursionlimit(n)`.
    SetRecursionLimit,
    /// `sys.argv`.
    Argv,
    /// `itertools.count`, `islice`, `chain`, `repeat`, `cycle`, `pairwise`.
    Count,
    Islice,
    Chain,
    Repeat,
    Cycle,
    Pairwise,
    /// `itertools.product`, `permutations`, `combinations`,
    /// `combinations_with_replacement`: rows as tuples.
    Product,
    Permutations,
    Combinations,
    CombinationsWithReplacement,
    /// `itertools.accumulate(items, f[, initial=])`.
    Accumulate,
    /// `itertools.groupby(items, key)`.
    Groupby,
    /// `itertools.zip_longest(*its[, fillvalue=])`.
    ZipLongest,
    Takewhile,
    Dropwhile,
    /// `itertools.tee(it[, n])`.
    Tee,
    /// `itertools.chain.from_iterable(parts)`.
    ChainFromIterable,
    /// `functools.reduce(f, items[, initial])`.
    Reduce,
    Format,
    Set,
    FrozenSet,
    Hash,
    Bytes,
    ByteArray,
    /// `type(x).__name__`.
    TypeName,
    Iter,
    Next,
    /// `int.from_bytes(b, byteorder, signed=...)`.
    IntFromBytes,
    /// `bytes.fromhex(s)`.
    BytesFromHex,
    /// `bytearray.fromhex(s)`.
    ByteArrayFromHex,
    /// `dict.fromkeys(keys, value)`.
    DictFromKeys,
}

/// One piece of an f-string.
#[derive(Debug, Clone)]
pub enum FPart {
    Literal(String),
    Value {
        value: Expr,
        conversion: Conversion,
        spec: Option<Spec>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
}

/// A format spec: literal (checked when translating) or built at run time.
#[derive(Debug, Clone)]
pub enum Spec {
    Literal(String),
    Dynamic(Vec<FPart>),
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub ty: Type,
    pub kind: ExprKind,
    /// Byte range in the Python source, for diagnostics.
    pub span: (u32, u32),
}

/// What a `T | None` is used for where None raises TypeError.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoneUse {
    Iterate,
    Index,
    Store,
}

impl NoneUse {
    /// CPython's TypeError message for None used so.
    pub fn message(self) -> &'static str {
        match self {
            NoneUse::Iterate => "'NoneType' object is not iterable",
            NoneUse::Index => "'NoneType' object is not subscriptable",
            NoneUse::Store => "'NoneType' object does not support item assignment",
        }
    }
}

/// `value` (a `T | None`) used as a `T` in a way where None raises
/// TypeError: its type is the `T`.
pub fn none_checked(value: Expr, used: NoneUse) -> Expr {
    let Type::Optional(inner) = &value.ty else {
        return value;
    };
    let (inner, span) = ((**inner).clone(), value.span);
    Expr::new(
        ExprKind::NoneChecked {
            value: Box::new(value),
            used,
        },
        inner,
        span,
    )
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(String),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    None,
    Local(String),
    Global(String),
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a < b < c`: each operand evaluated once, left to right.
    Compare {
        first: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    /// `a and b`, `a or b` producing one of the operands.
    BoolOp {
        and: bool,
        values: Vec<Expr>,
    },
    IfElse {
        cond: Box<Expr>,
        then: Box<Expr>,
        orelse: Box<Expr>,
    },
    Call {
        func: String,
        args: Vec<Expr>,
    },
    Builtin {
        func: Builtin,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    /// A function named as a value, as in `key=len`.
    FuncRef(String),
    FString(Vec<FPart>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    /// A set display `{a, b}`.
    Set(Vec<Expr>),
    /// `value[index]` on a list, str, dict or tuple.
    Index {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `value[lower:upper:step]` on a list or str.
    Slice {
        value: Box<Expr>,
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `receiver.name(args, key=value)` on a builtin type.
    Method {
        receiver: Box<Expr>,
        name: String,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    /// A list or dict comprehension.
    Comp {
        element: Box<Expr>,
        value: Option<Box<Expr>>,
        generators: Vec<Generator>,
    },
    /// A name bound by a comprehension's `for`.
    Bound(String),
    /// In a generator, right after a `yield`: the value sent in (`x =
    /// yield v`); right after a `yield from`: what the sub-generator
    /// returned.
    Sent,
    /// `range(...)` used as a value (in `list(range(n))`, `for i, x in enumerate(range(3))`).
    Range {
        start: Box<Expr>,
        stop: Box<Expr>,
        step: Option<Box<Expr>>,
    },
    /// Python truthiness of the operand, as a `bool`.
    Truthy(Box<Expr>),
    /// The operand as a run-time typed `Obj`, where a value flows into a
    /// place whose type is only known at run time.
    ToObj(Box<Expr>),
    /// `place := value`: stores the value and gives it.
    Walrus {
        place: Place,
        value: Box<Expr>,
    },
    /// An instance of a subclass used where its base class is expected.
    Upcast(Box<Expr>),
    /// A value of a class hierarchy known (by a class pattern's
    /// `isinstance` test) to be an instance of the expression's class.
    Downcast(Box<Expr>),
    /// A read of a variable where `isinstance(x, class)` holds: an instance
    /// of `class` where `x` holds a value of one of its base classes
    /// (inference decides), else `x` as it is.
    Narrowed {
        value: Box<Expr>,
        class: String,
    },
    /// A run-time typed value used to index a list or tuple (`container`
    /// names which, for the error): its int, or CPython's TypeError.
    ObjIndex {
        value: Box<Expr>,
        container: &'static str,
    },
    /// A read of a `T | None` variable where narrowing (`if x is not
    /// None:`) proved it is not None: a `T`.
    NotNone(Box<Expr>),
    /// A `T | None` iterated, indexed or assigned into (`used`): a `T`,
    /// where None raises CPython's TypeError for that use.
    NoneChecked {
        value: Box<Expr>,
        used: NoneUse,
    },
    /// A `T` where `T | None` is expected.
    Some(Box<Expr>),
    /// `Color.RED`: the enum's member at `index`.
    EnumMember {
        name: String,
        index: usize,
    },
    /// `Color(value)`, or `Color["NAME"]` when `by_name`.
    EnumLookup {
        name: String,
        arg: Box<Expr>,
        by_name: bool,
    },
    /// The enum class as a value: the list of its members.
    EnumMembers(String),
    /// `Class(args)`: a new instance.
    New {
        class: String,
        args: Vec<Expr>,
    },
    /// An exception class as a value: `KeyError` in `exc_type is KeyError`.
    ExcClass(String),
    /// A new instance of an exception class with fields, as the exception.
    ExcFromInstance(Box<Expr>),
    /// The instance an exception of a class with fields carries (typed as
    /// that class): what its fields and methods are read from.
    ExcInstance(Box<Expr>),
    /// `f.cache_info()`, or `f.cache_clear()` when `clear`, of a cached
    /// function.
    CacheInfo {
        func: String,
        clear: bool,
    },
    /// A nested `def` or a `lambda` used as a value: a function that
    /// reads (or, with `nonlocal`, assigns) the enclosing function's
    /// variables `captures` (locals of `func` bound `Free` or `FreeShared`).
    Closure(Box<Closure>),
    /// `lambda a, b: body`: its parameters are bound names in the body.
    Lambda {
        params: Vec<(String, Type)>,
        body: Box<Expr>,
    },
    /// `Class(args)` of an exception class: the exception, not raised yet.
    NewExc {
        class: String,
        args: Vec<Expr>,
    },
    /// `value.name`: a field or property of an instance.
    Attr {
        value: Box<Expr>,
        name: String,
    },
}

#[derive(Debug, Clone)]
pub struct Closure {
    pub func: Function,
    /// Reads of the enclosing function's variables the closure uses,
    /// where it is made.
    pub captures: Vec<Expr>,
    /// Variables of its own bound where it is made: a lambda's defaults
    /// (`lambda x, k=k: x * k`), evaluated once, as CPython does.
    pub bound: Vec<(String, Expr)>,
    /// `@functools.wraps(f)`: the function whose `__name__` it takes.
    pub wraps: Option<Box<Expr>>,
}

impl Closure {
    pub fn capture_names(&self) -> impl Iterator<Item = &str> {
        self.captures.iter().filter_map(|c| match &c.kind {
            ExprKind::Local(n) => Some(n.as_str()),
            _ => None,
        })
    }
}

/// `for targets in iter if conds` in a comprehension.
#[derive(Debug, Clone)]
pub struct Generator {
    /// The names the `for` binds, with their types.
    pub targets: Vec<(String, Type)>,
    pub iter: Expr,
    pub conds: Vec<Expr>,
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Type, span: (u32, u32)) -> Expr {
        Expr { ty, kind, span }
    }

    /// The value of a non-negative int literal (a count the program fixes).
    pub fn literal_usize(&self) -> Option<usize> {
        match &self.kind {
            ExprKind::Int(v) => v.parse().ok(),
            _ => None,
        }
    }
}

/// A call's keyword argument by name.
pub fn kwarg<'a>(kwargs: &'a [(String, Expr)], name: &str) -> Option<&'a Expr> {
    kwargs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

/// The Python truthiness of a value, as a `bool`.
pub fn truthy(v: Expr) -> Expr {
    if v.ty == Type::Bool {
        return v;
    }
    let span = v.span;
    Expr::new(ExprKind::Truthy(Box::new(v)), Type::Bool, span)
}

/// A stable text dump of the IR, for `molt transpile --emit ir` and tests.
impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "module {}", self.name)?;
        for c in &self.classes {
            let base = if c.bases.is_empty() {
                String::new()
            } else {
                format!("({})", c.bases.join(", "))
            };
            writeln!(f, "class {}{base}:", c.name)?;
            for field in &c.fields {
                let maybe = if field.always_set {
                    ""
                } else {
                    " (maybe unset)"
                };
                writeln!(f, "  {}: {}{maybe}", field.name, field.ty)?;
            }
        }
        for g in &self.globals {
            let kind = if g.constant.is_some() {
                "const"
            } else {
                "global"
            };
            writeln!(f, "{kind} {}: {}", g.name, g.ty)?;
        }
        for func in self.functions.iter().chain(std::iter::once(&self.main)) {
            let params: Vec<String> = func
                .params
                .iter()
                .map(|p| format!("{}: {}", p.name, p.ty))
                .collect();
            let raises = if func.raises { " raises" } else { "" };
            writeln!(
                f,
                "\ndef {}({}) -> {}{raises}:",
                func.name,
                params.join(", "),
                func.ret
            )?;
            for l in &func.locals {
                let m = if l.mutable { "mut " } else { "" };
                writeln!(f, "  local {m}{}: {} [{:?}]", l.name, l.ty, l.binding)?;
            }
            let mut out = String::new();
            dump_block(&mut out, &func.body, 1);
            f.write_str(&out)?;
        }
        Ok(())
    }
}

fn dump_block(out: &mut String, body: &[Stmt], depth: usize) {
    for s in body {
        dump_stmt(out, s, depth);
    }
}

fn place(p: &Place) -> String {
    match p {
        Place::Local(n) => n.clone(),
        Place::Global(n) => format!("global {n}"),
    }
}

fn dump_stmt(out: &mut String, s: &Stmt, depth: usize) {
    let pad = "  ".repeat(depth);
    let _ = write!(out, "{pad}{:>4}| ", s.line);
    match &s.kind {
        StmtKind::Assign { place: p, value } => {
            let _ = writeln!(out, "{} = {}", place(p), dump_expr(value));
        }
        StmtKind::SetSlice {
            container, value, ..
        } => {
            let _ = writeln!(out, "{}[...] = {}", dump_expr(container), dump_expr(value));
        }
        StmtKind::DelSlice { container, .. } => {
            let _ = writeln!(out, "del {}[...]", dump_expr(container));
        }
        StmtKind::AssignMany { places, value, .. } => {
            let ps: Vec<String> = places.iter().map(place).collect();
            let _ = writeln!(out, "{} = {}", ps.join(", "), dump_expr(value));
        }
        StmtKind::AugAssign {
            place: p,
            op,
            value,
        } => {
            let _ = writeln!(out, "{} {}= {}", place(p), op.python(), dump_expr(value));
        }
        StmtKind::Expr(e) => {
            let _ = writeln!(out, "{}", dump_expr(e));
        }
        StmtKind::Print {
            args,
            sep,
            end,
            file,
            ..
        } => {
            let args: Vec<String> = args.iter().map(dump_expr).collect();
            let _ = write!(out, "print({})", args.join(", "));
            if let Some(sep) = sep {
                let _ = write!(out, " sep={}", dump_expr(sep));
            }
            if let Some(end) = end {
                let _ = write!(out, " end={}", dump_expr(end));
            }
            if let Some(file) = file {
                let _ = write!(out, " file={}", dump_expr(file));
            }
            out.push('\n');
        }
        StmtKind::If { cond, then, orelse } => {
            let _ = writeln!(out, "if {}:", dump_expr(cond));
            dump_block(out, then, depth + 1);
            if !orelse.is_empty() {
                let _ = writeln!(out, "{pad}    | else:");
                dump_block(out, orelse, depth + 1);
            }
        }
        StmtKind::While { cond, body, orelse } => {
            let _ = writeln!(out, "while {}:", dump_expr(cond));
            dump_block(out, body, depth + 1);
            if !orelse.is_empty() {
                let _ = writeln!(out, "{pad}    | else:");
                dump_block(out, orelse, depth + 1);
            }
        }
        StmtKind::ForRange {
            var,
            start,
            stop,
            step,
            body,
            orelse,
        } => {
            let step = step
                .as_ref()
                .map(|s| format!(", {}", dump_expr(s)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "for {} in range({}, {}{step}):",
                place(var),
                dump_expr(start),
                dump_expr(stop)
            );
            dump_block(out, body, depth + 1);
            if !orelse.is_empty() {
                let _ = writeln!(out, "{pad}    | else:");
                dump_block(out, orelse, depth + 1);
            }
        }
        StmtKind::ForEach {
            targets,
            iter,
            body,
            orelse,
        } => {
            let ts: Vec<String> = targets.iter().map(place).collect();
            let _ = writeln!(out, "for {} in {}:", ts.join(", "), dump_expr(iter));
            dump_block(out, body, depth + 1);
            if !orelse.is_empty() {
                let _ = writeln!(out, "{pad}    | else:");
                dump_block(out, orelse, depth + 1);
            }
        }
        StmtKind::SetItem {
            container,
            index,
            op,
            value,
        } => {
            let op = op.map(|o| o.python()).unwrap_or("");
            let _ = writeln!(
                out,
                "{}[{}] {op}= {}",
                dump_expr(container),
                dump_expr(index),
                dump_expr(value)
            );
        }
        StmtKind::DelItem { container, index } => {
            let _ = writeln!(out, "del {}[{}]", dump_expr(container), dump_expr(index));
        }
        StmtKind::SetAttr {
            object,
            name,
            op,
            value,
        } => {
            let op = op.map(|o| o.python()).unwrap_or("");
            let _ = writeln!(
                out,
                "{}.{name} {op}= {}",
                dump_expr(object),
                dump_expr(value)
            );
        }
        StmtKind::Break => out.push_str("break\n"),
        StmtKind::Continue => out.push_str("continue\n"),
        StmtKind::Pass => out.push_str("pass\n"),
        StmtKind::Yield(v) => {
            let _ = writeln!(out, "yield {}", dump_expr(v));
        }
        StmtKind::YieldFrom(v) => {
            let _ = writeln!(out, "yield from {}", dump_expr(v));
        }
        StmtKind::Return(v) => {
            let v = v.as_ref().map(dump_expr).unwrap_or_default();
            let _ = writeln!(out, "return {v}");
        }
        StmtKind::Raise { exc, cause } => {
            let e = exc.as_ref().map(dump_expr).unwrap_or_default();
            let c = cause
                .as_ref()
                .map(|c| format!(" from {}", dump_expr(c)))
                .unwrap_or_default();
            let _ = writeln!(out, "raise {e}{c}");
        }
        StmtKind::With {
            body,
            exit,
            exit_raised,
            caught,
            suppresses,
        } => {
            let s = if *suppresses { " suppresses if" } else { "" };
            let _ = writeln!(
                out,
                "with (exit {}; {caught}:{s} {}):",
                dump_expr(exit),
                dump_expr(exit_raised)
            );
            dump_block(out, body, depth + 1);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            out.push_str("try:\n");
            dump_block(out, body, depth + 1);
            for h in handlers {
                let name = h
                    .name
                    .as_ref()
                    .map(|n| format!(" as {n}"))
                    .unwrap_or_default();
                let _ = writeln!(out, "{pad}    | except ({}){name}:", h.classes.join(", "));
                dump_block(out, &h.body, depth + 1);
            }
            if !orelse.is_empty() {
                let _ = writeln!(out, "{pad}    | else:");
                dump_block(out, orelse, depth + 1);
            }
            if !finalbody.is_empty() {
                let _ = writeln!(out, "{pad}    | finally:");
                dump_block(out, finalbody, depth + 1);
            }
        }
        StmtKind::Assert { cond, message } => {
            let m = message
                .as_ref()
                .map(|m| format!(", {}", dump_expr(m)))
                .unwrap_or_default();
            let _ = writeln!(out, "assert {}{m}", dump_expr(cond));
        }
        StmtKind::Exit(v) => {
            let v = v.as_ref().map(dump_expr).unwrap_or_default();
            let _ = writeln!(out, "sys.exit({v})");
        }
    }
}

fn dump_expr(e: &Expr) -> String {
    let body = match &e.kind {
        ExprKind::Int(v) => v.clone(),
        ExprKind::Float(v) => molt_rt::text::float_repr::float_repr(*v),
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.into(),
        ExprKind::Str(s) => molt_rt::text::str_repr::str_repr(s),
        ExprKind::Bytes(b) => molt_rt::repr(&molt_rt::Bytes::from(b.as_slice())).to_string(),
        ExprKind::None => "None".into(),
        ExprKind::Local(n) => n.clone(),
        ExprKind::Global(n) => format!("global {n}"),
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", dump_expr(left), op.python(), dump_expr(right))
        }
        ExprKind::Unary { op, operand } => format!("({:?} {})", op, dump_expr(operand)),
        ExprKind::Compare { first, rest } => {
            let mut s = format!("({}", dump_expr(first));
            for (op, e) in rest {
                let _ = write!(s, " {} {}", op.python(), dump_expr(e));
            }
            s + ")"
        }
        ExprKind::BoolOp { and, values } => {
            let vs: Vec<String> = values.iter().map(dump_expr).collect();
            format!("({})", vs.join(if *and { " and " } else { " or " }))
        }
        ExprKind::IfElse { cond, then, orelse } => {
            format!(
                "({} if {} else {})",
                dump_expr(then),
                dump_expr(cond),
                dump_expr(orelse)
            )
        }
        ExprKind::Call { func, args } => {
            let a: Vec<String> = args.iter().map(dump_expr).collect();
            format!("{func}({})", a.join(", "))
        }
        ExprKind::Builtin { func, args, kwargs } => {
            let mut a: Vec<String> = args.iter().map(dump_expr).collect();
            a.extend(kwargs.iter().map(|(k, v)| format!("{k}={}", dump_expr(v))));
            format!("{:?}({})", func, a.join(", ")).to_lowercase()
        }
        ExprKind::FString(parts) => {
            let mut s = String::from("f\"");
            for p in parts {
                match p {
                    FPart::Literal(l) => s.push_str(l),
                    FPart::Value {
                        value,
                        conversion,
                        spec,
                    } => {
                        let _ = write!(s, "{{{}", dump_expr(value));
                        match conversion {
                            Conversion::None => {}
                            Conversion::Str => s.push_str("!s"),
                            Conversion::Repr => s.push_str("!r"),
                        }
                        if let Some(Spec::Literal(l)) = spec {
                            let _ = write!(s, ":{l}");
                        } else if spec.is_some() {
                            s.push_str(":<dynamic>");
                        }
                        s.push('}');
                    }
                }
            }
            s + "\""
        }
        ExprKind::Tuple(items) => {
            let a: Vec<String> = items.iter().map(dump_expr).collect();
            format!("({})", a.join(", "))
        }
        ExprKind::Truthy(e) => format!("bool({})", dump_expr(e)),
        ExprKind::ToObj(e) => format!("object({})", dump_expr(e)),
        ExprKind::Upcast(e) => format!("upcast({})", dump_expr(e)),
        ExprKind::Downcast(e) => format!("downcast({})", dump_expr(e)),
        ExprKind::ObjIndex { value, .. } => format!("index({})", dump_expr(value)),
        ExprKind::Narrowed { value, class } => format!("({} as {class})", dump_expr(value)),
        ExprKind::NotNone(e) => format!("{}!", dump_expr(e)),
        ExprKind::NoneChecked { value, used } => format!("{used:?}({})", dump_expr(value)),
        ExprKind::Some(e) => format!("some({})", dump_expr(e)),
        ExprKind::Walrus { place, value } => {
            let (Place::Local(n) | Place::Global(n)) = place;
            format!("({n} := {})", dump_expr(value))
        }
        ExprKind::List(items) => {
            let a: Vec<String> = items.iter().map(dump_expr).collect();
            format!("[{}]", a.join(", "))
        }
        ExprKind::Set(items) => {
            let a: Vec<String> = items.iter().map(dump_expr).collect();
            format!("{{{}}}", a.join(", "))
        }
        ExprKind::Dict(pairs) => {
            let a: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("{}: {}", dump_expr(k), dump_expr(v)))
                .collect();
            format!("{{{}}}", a.join(", "))
        }
        ExprKind::Index { value, index } => format!("{}[{}]", dump_expr(value), dump_expr(index)),
        ExprKind::Slice {
            value,
            lower,
            upper,
            step,
        } => {
            let part = |e: &Option<Box<Expr>>| e.as_deref().map(dump_expr).unwrap_or_default();
            format!(
                "{}[{}:{}:{}]",
                dump_expr(value),
                part(lower),
                part(upper),
                part(step)
            )
        }
        ExprKind::Method {
            receiver,
            name,
            args,
            kwargs,
        } => {
            let mut a: Vec<String> = args.iter().map(dump_expr).collect();
            a.extend(kwargs.iter().map(|(k, v)| format!("{k}={}", dump_expr(v))));
            format!("{}.{name}({})", dump_expr(receiver), a.join(", "))
        }
        ExprKind::Comp {
            element,
            value,
            generators,
        } => {
            let mut s = dump_expr(element);
            if let Some(v) = value {
                s = format!("{s}: {}", dump_expr(v));
            }
            for g in generators {
                let names: Vec<&str> = g.targets.iter().map(|(n, _)| n.as_str()).collect();
                let _ = write!(s, " for {} in {}", names.join(", "), dump_expr(&g.iter));
                for c in &g.conds {
                    let _ = write!(s, " if {}", dump_expr(c));
                }
            }
            format!("[{s}]")
        }
        ExprKind::Bound(n) | ExprKind::FuncRef(n) => n.clone(),
        ExprKind::Sent => "(sent)".into(),
        ExprKind::New { class, args } => {
            let a: Vec<String> = args.iter().map(dump_expr).collect();
            format!("{class}({})", a.join(", "))
        }
        ExprKind::EnumMember { name, index } => format!("{name}.#{index}"),
        ExprKind::EnumLookup { name, arg, by_name } => {
            if *by_name {
                format!("{name}[{}]", dump_expr(arg))
            } else {
                format!("{name}({})", dump_expr(arg))
            }
        }
        ExprKind::EnumMembers(name) => format!("list({name})"),
        ExprKind::Attr { value, name } => format!("{}.{name}", dump_expr(value)),
        ExprKind::NewExc { class, args } => {
            let a: Vec<String> = args.iter().map(dump_expr).collect();
            format!("{class}({})", a.join(", "))
        }
        ExprKind::ExcClass(name) => format!("class {name}"),
        ExprKind::ExcFromInstance(e) => format!("raisable {}", dump_expr(e)),
        ExprKind::ExcInstance(e) => format!("instance of {}", dump_expr(e)),
        ExprKind::CacheInfo { func, clear } => {
            format!(
                "{func}.{}()",
                if *clear { "cache_clear" } else { "cache_info" }
            )
        }
        ExprKind::Closure(c) => {
            let p: Vec<String> = c
                .func
                .params
                .iter()
                .map(|p| format!("{}: {}", p.name, p.ty))
                .collect();
            let captured: Vec<&str> = c.capture_names().collect();
            format!(
                "(def {}({}) capturing [{}])",
                c.func.name,
                p.join(", "),
                captured.join(", ")
            )
        }
        ExprKind::Lambda { params, body } => {
            let p: Vec<&str> = params.iter().map(|(n, _)| n.as_str()).collect();
            format!("(lambda {}: {})", p.join(", "), dump_expr(body))
        }
        ExprKind::Range { start, stop, step } => {
            let step = step
                .as_deref()
                .map(|s| format!(", {}", dump_expr(s)))
                .unwrap_or_default();
            format!("range({}, {}{step})", dump_expr(start), dump_expr(stop))
        }
    };
    format!("{body}: {}", e.ty)
}
