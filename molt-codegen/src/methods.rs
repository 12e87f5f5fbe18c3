//! The methods of Python's builtin types that Molt translates: their
//! argument and result types. Emission (`emit`) maps each to the runtime.

use crate::ir::{Expr, ExprKind, UnaryOp};
use crate::types::{Type, Unifier};

/// A method's problem: the message and what to write instead.
pub type MethodError = (String, String);

/// An int literal index (`t[0]`, `t[-1]`), as tuples need.
pub fn literal_index(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(v) => v.parse().ok(),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => literal_index(operand).map(|v| -v),
        _ => None,
    }
}

/// Method names of Python's builtin types: a call of one of these on a
/// value whose type is not known yet may be the builtin's.
const BUILTIN_METHODS: &[&str] = &[
    "add",
    "append",
    "appendleft",
    "capitalize",
    "casefold",
    "center",
    "clear",
    "close",
    "copy",
    "count",
    "decode",
    "difference",
    "difference_update",
    "discard",
    "elements",
    "encode",
    "endswith",
    "expandtabs",
    "extend",
    "extendleft",
    "find",
    "flush",
    "format",
    "fromkeys",
    "get",
    "hex",
    "index",
    "insert",
    "intersection",
    "intersection_update",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isdisjoint",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "issubset",
    "issuperset",
    "istitle",
    "isupper",
    "items",
    "join",
    "keys",
    "ljust",
    "lower",
    "lstrip",
    "most_common",
    "partition",
    "pop",
    "popitem",
    "popleft",
    "read",
    "readline",
    "readlines",
    "remove",
    "removeprefix",
    "removesuffix",
    "replace",
    "reverse",
    "rfind",
    "rindex",
    "rjust",
    "rotate",
    "rpartition",
    "rsplit",
    "rstrip",
    "seek",
    "send",
    "setdefault",
    "sort",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "subtract",
    "swapcase",
    "symmetric_difference",
    "tell",
    "throw",
    "title",
    "union",
    "update",
    "upper",
    "values",
    "write",
    "writelines",
    "zfill",
];

/// Whether a builtin type has a method of this name.
pub fn is_builtin_method(name: &str) -> bool {
    BUILTIN_METHODS.contains(&name)
}

/// Whether a call `x.name(...)` with this many positional arguments and
/// these keywords could be a call of some builtin type's method `name`.
/// A method with no signature to check against (a file's, a
/// generator's) could always be.
pub fn fits_builtin_method(name: &str, positional: usize, keywords: &[&str]) -> bool {
    let any = || Box::new(Type::Obj);
    let receivers = [
        Type::Str,
        Type::Bytes,
        Type::ByteArray,
        Type::Range,
        Type::Int,
        Type::Float,
        Type::List(any()),
        Type::Dict(any(), any()),
        Type::Set(any()),
        Type::FrozenSet(any()),
    ];
    let specs: Vec<Spec> = receivers
        .iter()
        .filter_map(|r| signature(r, name))
        .collect();
    specs.is_empty()
        || specs.iter().any(|s| {
            (s.required..=s.params.len()).contains(&positional)
                && keywords.iter().all(|k| s.keywords.contains(k))
        })
}

/// The result type of `receiver.name(args, kwargs)`, `Ok(None)` while an
/// argument's type is still unknown.
pub fn method_type(
    u: &mut Unifier,
    receiver: &Type,
    name: &str,
    args: &[Expr],
    kwargs: &[(String, Expr)],
) -> Result<Option<Type>, MethodError> {
    let arg_types: Vec<Type> = args.iter().map(|a| u.resolve(&a.ty)).collect();
    // An argument whose item type is still open (`[]`) is fine: the
    // method's signature solves it.
    if arg_types.iter().any(Type::is_var) {
        return Ok(None);
    }
    let kw_names: Vec<&str> = kwargs.iter().map(|(k, _)| k.as_str()).collect();
    let class = receiver.class_name();
    let unknown = || {
        (
            format!("'{class}' object has no attribute '{name}' that Molt supports"),
            format!("see docs/supported.md for the {class} methods Molt translates"),
        )
    };
    if let (Type::Generator(item, send, _), [arg], true) = (receiver, args, kwargs.is_empty()) {
        let arg = u.resolve(&arg.ty);
        let ok = match name {
            // `send(None)` is what `next()` does.
            "send" => arg == Type::None || u.flow(send, &arg).is_ok(),
            "throw" => matches!(arg, Type::Exc(_) | Type::ExcType),
            _ => true,
        };
        match name {
            "send" | "throw" if ok => return Ok(Some((**item).clone())),
            "send" | "throw" => {
                let wanted = if name == "send" {
                    u.resolve(send).python_name()
                } else {
                    "an exception".into()
                };
                return Err((
                    format!("{class}.{name}() takes {wanted}, not {}", arg.python_name()),
                    "check the generator's Generator[yield, send, return] annotation".into(),
                ));
            }
            _ => {}
        }
    }
    if (receiver, name) == (&Type::Str, "join") && args.len() == 1 && kwargs.is_empty() {
        let arg = u.shallow(&args[0].ty);
        let item = u.resolve(&arg).element();
        // `", ".join([])`: the empty list is a list of strs.
        if let (Some(Type::Var(_)), Type::List(t)) = (&item, &arg) {
            let _ = u.unify(t, &Type::Str);
            return Ok(Some(Type::Str));
        }
        return match (item, u.resolve(&args[0].ty)) {
            (Some(Type::Str | Type::Obj), _) => Ok(Some(Type::Str)),
            (Some(item), _) => Err((
                format!(
                    "sequence item 0: expected str instance, {} found",
                    item.class_name()
                ),
                "join strs: convert the items with str(...) first".into(),
            )),
            (None, t) => Err((
                format!(
                    "sequence item 0: expected str instance, {} found",
                    t.class_name()
                ),
                "join a list of strs".into(),
            )),
        };
    }
    if (receiver, name) == (&Type::Str, "format") {
        // `str.format` takes any values, by position and by keyword.
        return Ok(Some(Type::Str));
    }
    let Some(spec) = signature(receiver, name) else {
        return Err(unknown());
    };
    for k in &kw_names {
        if !spec.keywords.contains(k) {
            return Err((
                format!("{name}() got an unexpected keyword argument '{k}'"),
                "pass the arguments Molt supports by position".into(),
            ));
        }
    }
    if args.len() < spec.required || args.len() > spec.params.len() {
        let range = if spec.required == spec.params.len() {
            format!("{}", spec.required)
        } else {
            format!("{} to {}", spec.required, spec.params.len())
        };
        return Err((
            format!(
                "{class}.{name}() takes {range} arguments ({} given)",
                args.len()
            ),
            "check the call".into(),
        ));
    }
    for (i, (expected, arg)) in spec.params.iter().zip(args).enumerate() {
        let ok = match expected {
            Param::Exactly(t) => {
                u.flow(t, &arg.ty).is_ok() || (*t == Type::Int && u.resolve(&arg.ty) == Type::Bool)
            }
            Param::IterableOf(item) => match u.shallow(&arg.ty) {
                Type::Set(t)
                | Type::FrozenSet(t)
                | Type::List(t)
                | Type::Iter(t)
                | Type::Iterator(t)
                | Type::Generator(t, ..)
                | Type::Dict(t, _) => u.flow(item, &t).is_ok(),
                Type::Str => u.flow(item, &Type::Str).is_ok(),
                Type::Bytes | Type::ByteArray | Type::Range => u.flow(item, &Type::Int).is_ok(),
                Type::Tuple(items) => {
                    let items: Vec<Type> = items.iter().map(|t| u.resolve(t)).collect();
                    items.iter().all(|t| *t == items[0])
                        && items.iter().all(|t| u.flow(item, t).is_ok())
                }
                _ => false,
            },
            Param::StrOrTupleOfStr => match u.resolve(&arg.ty) {
                Type::Str => true,
                Type::Tuple(items) => items.iter().all(|t| *t == Type::Str),
                _ => false,
            },
        };
        if !ok {
            return Err((
                format!(
                    "argument {} of {class}.{name}() has type {}",
                    i + 1,
                    u.resolve(&arg.ty).python_name()
                ),
                format!("pass {}", expected.describe(u)),
            ));
        }
    }
    Ok(Some(spec.ret))
}

enum Param {
    Exactly(Type),
    /// Set methods take any iterable of the set's item type.
    IterableOf(Type),
    /// `str.startswith` takes a str or a tuple of strs.
    StrOrTupleOfStr,
}

impl Param {
    fn describe(&self, u: &Unifier) -> String {
        match self {
            Param::Exactly(t) => format!("a {}", u.resolve(t).python_name()),
            Param::IterableOf(t) => format!("an iterable of {}", u.resolve(t).python_name()),
            Param::StrOrTupleOfStr => "a str or a tuple of strs".into(),
        }
    }
}

struct Spec {
    params: Vec<Param>,
    required: usize,
    keywords: &'static [&'static str],
    ret: Type,
}

fn spec(params: Vec<Type>, required: usize, ret: Type) -> Option<Spec> {
    Some(Spec {
        params: params.into_iter().map(Param::Exactly).collect(),
        required,
        keywords: &[],
        ret,
    })
}

/// The types of a method's positional parameters that take one value of
/// a known type (`None` for the others), for inserting conversions.
pub fn param_types(receiver: &Type, name: &str) -> Vec<Option<Type>> {
    if let (Type::Generator(_, send, _), "send") = (receiver, name) {
        return vec![Some((**send).clone())];
    }
    signature(receiver, name)
        .map(|s| {
            s.params
                .into_iter()
                .map(|p| match p {
                    Param::Exactly(t) => Some(t),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Whether Molt translates calls of this method of a builtin type.
pub fn has_method(receiver: &Type, name: &str) -> bool {
    signature(receiver, name).is_some()
}

fn signature(receiver: &Type, name: &str) -> Option<Spec> {
    use Type::{Bool, Int, Str};
    let list_of = |t: Type| Type::List(Box::new(t));
    match receiver {
        Type::Str => match name {
            "split" | "rsplit" => {
                let mut s = spec(vec![Str, Int], 0, list_of(Str))?;
                s.keywords = &["sep", "maxsplit"];
                Some(s)
            }
            "join" => spec(vec![list_of(Str)], 1, Str),
            "strip" | "lstrip" | "rstrip" => spec(vec![Str], 0, Str),
            "replace" => spec(vec![Str, Str, Int], 2, Str),
            "find" | "rfind" | "index" | "rindex" | "count" => spec(vec![Str, Int, Int], 1, Int),
            "startswith" | "endswith" => Some(Spec {
                params: vec![
                    Param::StrOrTupleOfStr,
                    Param::Exactly(Int),
                    Param::Exactly(Int),
                ],
                required: 1,
                keywords: &[],
                ret: Bool,
            }),
            "upper" | "lower" | "casefold" | "title" | "capitalize" | "swapcase" => {
                spec(vec![], 0, Str)
            }
            "isdigit" | "isdecimal" | "isnumeric" | "isalpha" | "isalnum" | "isspace"
            | "isupper" | "islower" | "istitle" | "isidentifier" | "isprintable" | "isascii" => {
                spec(vec![], 0, Bool)
            }
            "zfill" => spec(vec![Int], 1, Str),
            "center" | "ljust" | "rjust" => spec(vec![Int, Str], 1, Str),
            "partition" | "rpartition" => spec(vec![Str], 1, Type::Tuple(vec![Str, Str, Str])),
            "splitlines" => spec(vec![Bool], 0, list_of(Str)),
            "expandtabs" => spec(vec![Int], 0, Str),
            "encode" => spec(vec![Str, Str], 0, Type::Bytes),
            _ => None,
        },
        Type::Generator(..) => match name {
            "close" => spec(vec![], 0, Type::None),
            _ => None,
        },
        Type::Range => match name {
            "index" | "count" => spec(vec![Int], 1, Int),
            _ => None,
        },
        // A generator that only yields is a plain iterator; closing it
        // ends it.
        Type::Iterator(_) => match name {
            "close" => spec(vec![], 0, Type::None),
            _ => None,
        },
        Type::File { binary, memory } => {
            let data = if *binary { Type::Bytes } else { Str };
            match name {
                "getvalue" if *memory => spec(vec![], 0, data),
                "read" => spec(vec![Int], 0, data),
                "readline" => spec(vec![], 0, data),
                "readlines" => spec(vec![], 0, list_of(data)),
                "write" => spec(vec![data], 1, Int),
                "writelines" => spec(vec![list_of(data)], 1, Type::None),
                "close" => spec(vec![], 0, Type::None),
                _ => None,
            }
        }
        Type::List(item) => {
            let t = (**item).clone();
            match name {
                "append" => spec(vec![t], 1, Type::None),
                "extend" => Some(Spec {
                    params: vec![Param::IterableOf(t.clone())],
                    required: 1,
                    keywords: &[],
                    ret: Type::None,
                }),
                "insert" => spec(vec![Int, t], 2, Type::None),
                "pop" => spec(vec![Int], 0, t),
                "remove" => spec(vec![t], 1, Type::None),
                "index" => spec(vec![t, Int, Int], 1, Int),
                "count" => spec(vec![t], 1, Int),
                "sort" => {
                    let mut s = spec(vec![], 0, Type::None)?;
                    s.keywords = &["key", "reverse"];
                    Some(s)
                }
                "reverse" | "clear" => spec(vec![], 0, Type::None),
                "copy" => spec(vec![], 0, receiver.clone()),
                _ => None,
            }
        }
        Type::Dict(k, v) => {
            let (k, v) = ((**k).clone(), (**v).clone());
            match name {
                "get" => spec(vec![k, v.clone()], 1, v),
                "setdefault" => spec(vec![k, v.clone()], 2, v),
                "pop" => spec(vec![k, v.clone()], 1, v),
                "popitem" => spec(vec![], 0, Type::Tuple(vec![k, v])),
                "keys" => spec(vec![], 0, Type::Iter(Box::new(k))),
                "values" => spec(vec![], 0, Type::Iter(Box::new(v))),
                "items" => spec(vec![], 0, Type::Iter(Box::new(Type::Tuple(vec![k, v])))),
                "update" => spec(vec![receiver.clone()], 1, Type::None),
                "copy" => spec(vec![], 0, receiver.clone()),
                "clear" => spec(vec![], 0, Type::None),
                _ => None,
            }
        }
        Type::Bytes | Type::ByteArray => {
            let me = receiver.clone();
            let mutable = *receiver == Type::ByteArray;
            match name {
                "decode" => spec(vec![Str, Str], 0, Str),
                "hex" => spec(vec![Str, Int], 0, Str),
                "split" | "rsplit" => spec(vec![me.clone(), Int], 0, list_of(me)),
                "join" => spec(vec![list_of(me.clone())], 1, me),
                "find" | "rfind" | "index" | "rindex" | "count" => spec(vec![me, Int, Int], 1, Int),
                "replace" => spec(vec![me.clone(), me.clone(), Int], 2, me),
                "startswith" | "endswith" => spec(vec![me, Int, Int], 1, Bool),
                "upper" | "lower" => spec(vec![], 0, me),
                "strip" | "lstrip" | "rstrip" => spec(vec![me.clone()], 0, me),
                "append" if mutable => spec(vec![Int], 1, Type::None),
                "extend" if mutable => spec(vec![Type::Bytes], 1, Type::None),
                "pop" if mutable => spec(vec![], 0, Int),
                "clear" | "reverse" if mutable => spec(vec![], 0, Type::None),
                "copy" if mutable => spec(vec![], 0, me),
                _ => None,
            }
        }
        Type::Set(item) | Type::FrozenSet(item) => {
            let t = (**item).clone();
            let mutable = matches!(receiver, Type::Set(_));
            let others = |n: usize, ret: Type| {
                Some(Spec {
                    params: (0..n).map(|_| Param::IterableOf(t.clone())).collect(),
                    required: 1,
                    keywords: &[],
                    ret,
                })
            };
            let other = |ret: Type| others(1, ret);
            match name {
                // Several iterables are taken one after the other.
                "union" | "intersection" | "difference" => others(8, receiver.clone()),
                "update" | "intersection_update" | "difference_update" if mutable => {
                    others(8, Type::None)
                }
                "symmetric_difference" => other(receiver.clone()),
                "issubset" | "issuperset" | "isdisjoint" => other(Bool),
                "copy" => spec(vec![], 0, receiver.clone()),
                "add" | "remove" | "discard" if mutable => spec(vec![t], 1, Type::None),
                "pop" if mutable => spec(vec![], 0, t),
                "clear" if mutable => spec(vec![], 0, Type::None),
                "symmetric_difference_update" if mutable => other(Type::None),
                _ => None,
            }
        }
        Type::Tuple(items) if !items.is_empty() && items.iter().all(|t| *t == items[0]) => {
            match name {
                "index" | "count" => spec(vec![items[0].clone()], 1, Int),
                _ => None,
            }
        }
        Type::Int | Type::Bool => match name {
            "bit_length" | "bit_count" => spec(vec![], 0, Int),
            "to_bytes" => Some(Spec {
                params: vec![Param::Exactly(Int), Param::Exactly(Str)],
                required: 0,
                keywords: &["length", "byteorder", "signed"],
                ret: Type::Bytes,
            }),
            _ => None,
        },
        Type::Float => match name {
            "is_integer" => spec(vec![], 0, Bool),
            "as_integer_ratio" => spec(vec![], 0, Type::Tuple(vec![Int, Int])),
            _ => None,
        },
        _ => None,
    }
}
