//! Emission: the typed IR becomes Rust tokens (quote), formatted by
//! prettyplease, with a map from Rust lines back to Python lines.
//!
//! Whether a function returns `PyResult` is decided here, by emitting: a
//! function raises when its body needs `?` or returns an error, and a call
//! of a raising function raises too, so functions are emitted until that
//! set stops growing.

use crate::analyze;
use crate::ir::{
    self, BinOp, Binding, Builtin, CmpOp, Conversion, ExprKind, FPart, Place, Spec, StmtKind,
    UnaryOp,
};
use crate::types::Type;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

pub mod api;
mod classes;
mod closures;
mod containers;
mod enums;
mod exceptions;
mod families;
mod files;
mod generators;
mod itertools;
mod lints;
mod math;
mod optional;
mod random;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Generated Rust source of one module.
pub struct RustModule {
    pub code: String,
    /// `(rust_line, python_line)`: from each Rust line on, code comes from
    /// that Python line (1-based), until the next entry.
    pub line_map: Vec<(u32, u32)>,
    /// See [`crate::Translation::notes`].
    pub notes: Vec<String>,
}

thread_local! {
    /// The functions that count their frames (see
    /// `analyze::recursive_functions`), while one module is emitted.
    static RECURSIVE: std::cell::RefCell<BTreeSet<String>> = const { std::cell::RefCell::new(BTreeSet::new()) };
}

pub fn emit_module(m: &mut ir::Module, source_name: &str) -> RustModule {
    let body = module_body(m, HashSet::new());
    let doc = module_doc(m);
    finish(
        quote! {
            #doc
            #![forbid(unsafe_code)]
            #body
        },
        source_name,
        Vec::new(),
    )
}

/// A module a Rust crate embeds: its typed API ([`api`]), with the
/// translated module in a private `python` module beside it.
pub fn emit_library(m: &mut ir::Module, source_name: &str) -> RustModule {
    let body = module_body(m, api::dataclasses(m));
    let api = api::emit_api(m);
    let doc = module_doc(m);
    let (items, load) = (api.items, api.load);
    finish(
        quote! {
            #items
            // Rust reaches the module only through the API above, which
            // need not call every function the module defines.
            #[allow(dead_code)]
            mod python {
                #doc
                #![forbid(unsafe_code)]
                #body
                #load
            }
        },
        source_name,
        api.notes,
    )
}

fn module_doc(m: &ir::Module) -> TokenStream {
    m.doc
        .as_ref()
        .map(|d| doc_attrs(d, true))
        .unwrap_or_default()
}

/// The module's items: its globals, classes and functions, and the `use`
/// of the runtime names they mention. `exported` classes are constructed
/// from Rust even if the module never constructs them.
fn module_body(m: &mut ir::Module, exported: HashSet<String>) -> TokenStream {
    let recursive = analyze::recursive_functions(m);
    RECURSIVE.with(|r| *r.borrow_mut() = recursive);
    let mut constructed = analyze::constructed_classes(m);
    constructed.extend(exported);
    families::classify(m, &constructed);
    let mut raising: HashSet<String> = HashSet::new();
    loop {
        let before = raising.len();
        for f in &m.functions {
            let mut e = Emitter::new(m, &raising, f);
            e.function_body(f);
            if e.raises {
                raising.insert(f.name.clone());
            }
        }
        if raising.len() == before {
            break;
        }
    }
    for f in &mut m.functions {
        f.raises = raising.contains(&f.name);
    }
    let mut items = Vec::new();
    let mut uses = BTreeSet::new();
    for g in &m.globals {
        items.push(global_item(g, &mut uses));
    }
    let mut functions = Vec::new();
    // `(class, method)` calls on values of a family, which its enum dispatches.
    let mut dispatched = BTreeSet::new();
    let mut method_dispatches = Vec::new();
    for f in m
        .functions
        .iter()
        .filter(|f| !f.name.contains('.'))
        .chain(std::iter::once(&m.main))
    {
        let mut e = Emitter::new(m, &raising, f);
        functions.push(e.function(f));
        uses.extend(e.uses);
        dispatched.extend(e.dispatched);
    }
    let sharing = classes::sharing_methods(m);
    let mut methods = Vec::new();
    // Methods in the order the source defines them.
    let mut in_order: Vec<&ir::Function> = m
        .functions
        .iter()
        .filter(|f| f.name.contains('.'))
        .collect();
    in_order.sort_by_key(|f| f.line);
    for f in in_order {
        let mut e = Emitter::new(m, &raising, f);
        let self_name = classes::self_param(m, f);
        methods.push((
            f.name.clone(),
            e.method_item(f, self_name.as_deref(), sharing.contains(&f.name)),
        ));
        uses.extend(e.uses);
        method_dispatches.push((f.name.clone(), e.dispatched));
    }
    let kept = classes::used_methods(m, &constructed);
    for (name, d) in method_dispatches {
        if kept.contains(&name) {
            dispatched.extend(d);
        }
    }
    let mut family_uses = families::family_uses(m, &kept);
    family_uses.methods.extend(dispatched);
    let referenced = families::referenced(m, &kept, &constructed);
    for c in &m.classes {
        let mut e = Emitter::new(m, &raising, &m.main);
        items.push(e.family_items(&c.name, &family_uses, &referenced));
        uses.extend(e.uses);
        let own: Vec<TokenStream> = methods
            .iter()
            .filter(|(name, _)| {
                name.split_once('.').map(|(class, _)| class) == Some(c.name.as_str())
                    && kept.contains(name)
            })
            .map(|(_, ts)| ts.clone())
            .collect();
        let mut e = Emitter::new(m, &raising, &m.main);
        if constructed.contains(&c.name) {
            items.push(e.class_items(c, own, true));
        } else if !own.is_empty() {
            items.push(e.namespace_items(c, own));
        }
        uses.extend(e.uses);
    }
    let mut enum_items = Vec::new();
    for en in &m.enums {
        let own: Vec<TokenStream> = methods
            .iter()
            .filter(|(name, _)| {
                name.split_once('.').map(|(class, _)| class) == Some(en.name.as_str())
                    && kept.contains(name)
            })
            .map(|(_, ts)| ts.clone())
            .collect();
        let mut e = Emitter::new(m, &raising, &m.main);
        enum_items.push((en.name.clone(), e.enum_items(en, own)));
        uses.extend(e.uses);
    }
    items.extend(functions);
    // An enum the emitted code never names (its only uses were folded
    // away, as `Suit.HEARTS == Other.HEARTS`) is left out: Rust warns.
    let mut named = BTreeSet::new();
    for item in &items {
        collect_idents(item.clone(), &mut named);
    }
    items.extend(
        enum_items
            .into_iter()
            .filter(|(name, _)| named.contains(name))
            .map(|(_, ts)| ts),
    );
    items.extend(exceptions::class_items(m, &named));
    // Import exactly the runtime names the items mention.
    let mut mentioned = BTreeSet::new();
    for item in &items {
        collect_idents(item.clone(), &mut mentioned);
    }
    let uses: Vec<Ident> = uses
        .iter()
        .filter(|u| mentioned.contains(**u))
        .map(|u| format_ident!("{}", u))
        .collect();
    let mut use_line = if uses.is_empty() {
        quote!()
    } else {
        quote!(use molt_rt::{#(#uses),*};)
    };
    if mentioned.contains("Rc") {
        use_line = quote!(use std::rc::Rc; #use_line);
    }
    quote! {
        #use_line
        #(#items)*
    }
}

/// Formats the file and maps its lines back to Python's.
fn finish(file: TokenStream, source_name: &str, notes: Vec<String>) -> RustModule {
    let mut syntax: syn::File = match syn::parse2(file.clone()) {
        Ok(f) => f,
        Err(e) => unreachable!("molt emitted invalid Rust ({e}): {file}"),
    };
    exceptions::drop_tail_returns(&mut syntax);
    let text = prettyplease::unparse(&syntax);
    let mut module = strip_line_markers(&text, source_name);
    module.notes = notes;
    module
}

/// Removes `__molt_line!(N);` markers, recording where each Python line's
/// code starts.
fn strip_line_markers(text: &str, source_name: &str) -> RustModule {
    let mut code = format!("// @generated by molt from {source_name}. Do not edit.\n");
    let mut line_map = Vec::new();
    let mut rust_line = 1u32;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(n) = trimmed
            .strip_prefix("__molt_line!(")
            .and_then(|r| r.strip_suffix(");"))
        {
            if let Ok(n) = n.parse() {
                line_map.push((rust_line + 1, n));
                continue;
            }
        }
        // Inside a macro's arguments (`py_print!(..)`) a marker is inline.
        code.push_str(&strip_inline_markers(line));
        code.push('\n');
        rust_line += 1;
    }
    RustModule {
        code,
        line_map,
        notes: Vec::new(),
    }
}

fn strip_inline_markers(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("__molt_line!(") {
        return line.into();
    }
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("__molt_line!(") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        match after.find(");") {
            Some(end) => rest = after[end + 2..].trim_start(),
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into()
}

fn doc_attrs(doc: &str, inner: bool) -> TokenStream {
    let lines = doc.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    if inner {
        quote!(#(#![doc = #lines])*)
    } else {
        quote!(#(#[doc = #lines])*)
    }
}

const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "abstract", "become", "do",
    "final", "override", "priv", "try",
];

/// A Python name as a Rust identifier: kept as is, raw for Rust keywords.
pub fn ident(name: &str) -> Ident {
    match name {
        "self" | "Self" | "super" | "crate" => format_ident!("{}_", name),
        // Python's conventional name for a value it ignores.
        "_" => format_ident!("_ignored"),
        n if RUST_KEYWORDS.contains(&n) => Ident::new_raw(n, Span::call_site()),
        n => format_ident!("{}", n),
    }
}

/// Names of Rust types that generated code uses: a class or enum with
/// one of these names gets a trailing `_` (`class Vec` is `Vec_`).
const RESERVED_TYPES: [&str; 24] = [
    "Vec",
    "String",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Box",
    "Rc",
    "Self",
    "Int",
    "Str",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Obj",
    "Bytes",
    "ByteArray",
    "PyResult",
    "PyErr",
    "Field",
    "Slot",
];

/// The Rust name of the program's class or enum.
pub(super) fn type_ident(name: &str) -> Ident {
    if RESERVED_TYPES.contains(&name) {
        format_ident!("{}_", name)
    } else {
        format_ident!("{}", name)
    }
}

/// The cache of a memoized function: `FIB_CACHE`.
fn cache_ident(function: &str) -> Ident {
    format_ident!("{}_CACHE", function.to_uppercase())
}

/// A global's Rust name: `COUNT`, and `COUNTER_COUNT` for the class
/// attribute `Counter.count`.
fn const_ident(name: &str) -> Ident {
    format_ident!("{}", name.to_uppercase().replace('.', "_"))
}

fn rust_type(t: &Type, uses: &mut BTreeSet<&'static str>) -> TokenStream {
    match t {
        Type::Int => {
            uses.insert("Int");
            quote!(Int)
        }
        Type::Float => quote!(f64),
        Type::Bool => quote!(bool),
        Type::Str => {
            uses.insert("Str");
            quote!(Str)
        }
        Type::None => quote!(()),
        Type::Tuple(items) => {
            let items: Vec<TokenStream> = items.iter().map(|t| rust_type(t, uses)).collect();
            match items.as_slice() {
                [] => {
                    uses.insert("EmptyTuple");
                    quote!(EmptyTuple)
                }
                [one] => quote!((#one,)),
                _ => quote!((#(#items),*)),
            }
        }
        Type::List(item) => generic_type("List", item, uses),
        Type::VarTuple(item) => generic_type("Tuple", item, uses),
        Type::Bytes => {
            uses.insert("Bytes");
            quote!(Bytes)
        }
        Type::ByteArray => {
            uses.insert("ByteArray");
            quote!(ByteArray)
        }
        Type::Set(item) => generic_type("Set", item, uses),
        Type::FrozenSet(item) => generic_type("FrozenSet", item, uses),
        Type::Dict(k, v) => {
            uses.insert("Dict");
            let (k, v) = (rust_type(k, uses), rust_type(v, uses));
            quote!(Dict<#k, #v>)
        }
        Type::Obj => {
            uses.insert("Obj");
            quote!(Obj)
        }
        Type::Iterator(item) => generic_type("PyIter", item, uses),
        Type::Range => {
            uses.insert("PyRange");
            quote!(PyRange)
        }
        Type::Generator(y, s, r) => {
            uses.insert("Generator");
            let (y, s, r) = (rust_type(y, uses), rust_type(s, uses), rust_type(r, uses));
            quote!(Generator<#y, #s, #r>)
        }
        Type::Optional(inner) => {
            let inner = rust_type(inner, uses);
            quote!(Option<#inner>)
        }
        Type::Enum(name) => {
            let name = type_ident(name);
            quote!(#name)
        }
        Type::Object(class) if families::family(class).is_some() => {
            let name = families::enum_ident(class);
            quote!(#name)
        }
        Type::Object(class) => {
            let class = type_ident(class);
            quote!(Rc<#class>)
        }
        Type::Exc(_) => {
            uses.insert("PyErr");
            quote!(PyErr)
        }
        Type::ExcType => {
            uses.insert("ExcClass");
            quote!(ExcClass)
        }
        Type::CacheInfo => {
            uses.insert("CacheInfo");
            quote!(CacheInfo)
        }
        Type::File { binary: false, .. } => {
            uses.insert("TextFile");
            quote!(TextFile)
        }
        Type::File { binary: true, .. } => {
            uses.insert("BinaryFile");
            quote!(BinaryFile)
        }
        Type::Func(sig) => closures::func_type(sig, uses),
        Type::Iter(_) | Type::Var(_) => {
            unreachable!("unsolved, iterator or function type reached emission: {t}")
        }
    }
}

/// A runtime container type over one item type: `List<Int>`.
fn generic_type(name: &'static str, item: &Type, uses: &mut BTreeSet<&'static str>) -> TokenStream {
    uses.insert(name);
    let container = format_ident!("{}", name);
    let item = rust_type(item, uses);
    quote!(#container<#item>)
}

fn global_item(g: &ir::Global, uses: &mut BTreeSet<&'static str>) -> TokenStream {
    let name = const_ident(&g.name);
    let ty = rust_type(&g.ty, uses);
    match &g.constant {
        Some(table) if matches!(table.kind, ExprKind::Dict(_) | ExprKind::List(_)) => {
            let (noun, kind, params, entries) = match (&table.kind, &g.ty) {
                (ExprKind::Dict(entries), Type::Dict(k, v)) => {
                    let (k, v) = (table_type(k), table_type(v));
                    let entries = entries.iter().map(|(key, value)| {
                        let (key, value) = (table_value(key), table_value(value));
                        quote!((#key, #value))
                    });
                    ("dict", quote!(Map), quote!(<#k, #v>), quote!(#(#entries),*))
                }
                (ExprKind::List(items), Type::List(t)) => {
                    let t = table_type(t);
                    let items = items.iter().map(table_value);
                    ("list", quote!(Seq), quote!(<#t>), quote!(#(#items),*))
                }
                _ => unreachable!("a table is a dict or list constant"),
            };
            let doc = format!(" `{}`, a {noun} the program only reads.", g.name);
            quote! {
                #[doc = #doc]
                const #name: molt_rt::table::#kind #params = molt_rt::table::#kind::new(&[#entries]);
            }
        }
        Some(value) => {
            let value = match &value.kind {
                ExprKind::Int(v) => {
                    let lit: TokenStream = v.parse().unwrap_or_default();
                    quote!(Int::Small(#lit))
                }
                ExprKind::Float(f) => float_literal(*f),
                ExprKind::Bool(b) => quote!(#b),
                _ => unreachable!("non-literal constant"),
            };
            quote!(const #name: #ty = #value;)
        }
        None => {
            let lints = lints::type_lints(&ty);
            quote! {
                thread_local! {
                    #lints
                    static #name: molt_rt::global::Global<#ty> = const { molt_rt::global::Global::unbound() };
                }
            }
        }
    }
}

/// The Rust type a table stores items of this Python type as.
fn table_type(t: &Type) -> TokenStream {
    match t {
        Type::Int => quote!(i64),
        Type::Float => quote!(f64),
        Type::Bool => quote!(bool),
        Type::Str => quote!(&str),
        Type::None => quote!(()),
        Type::Tuple(items) => {
            let items = items.iter().map(table_type);
            quote!((#(#items,)*))
        }
        _ => unreachable!("a table item is a literal"),
    }
}

/// A table item, as the Rust value of its `table_type`.
fn table_value(e: &ir::Expr) -> TokenStream {
    match &e.kind {
        ExprKind::Int(v) => v.parse().unwrap_or_default(),
        ExprKind::Float(f) => float_literal(*f),
        ExprKind::Bool(b) => quote!(#b),
        ExprKind::Str(s) => quote!(#s),
        ExprKind::None => quote!(()),
        ExprKind::Tuple(items) => {
            let items = items.iter().map(table_value);
            quote!((#(#items,)*))
        }
        _ => unreachable!("a table item is a literal"),
    }
}

/// The local an `x is None` (or `is not`) tests, where its type decides
/// the answer.
fn decided_none_test<'e>(
    first: &'e ir::Expr,
    (op, second): &'e (CmpOp, ir::Expr),
) -> Option<&'e str> {
    if !matches!(op, CmpOp::Is | CmpOp::IsNot) {
        return None;
    }
    let value = match (&first.kind, &second.kind) {
        (_, ExprKind::None) => first,
        (ExprKind::None, _) => second,
        _ => return None,
    };
    match &value.kind {
        ExprKind::Local(n) if !matches!(value.ty, Type::Obj | Type::Optional(_)) => Some(n),
        _ => None,
    }
}

/// Whether `isinstance`/`type(x).__name__` of a value of this type is
/// known when translating (so the value is not read at run time).
pub(super) fn folds_statically(t: &Type) -> bool {
    match t {
        Type::Obj | Type::Optional(_) | Type::Exc(_) => false,
        Type::Object(c) => families::family(c).is_none(),
        _ => true,
    }
}

/// Whether clippy's `approx_constant` lint takes this literal for an
/// approximation of a `std::f64::consts` value (its rule: more digits than
/// the constant's minimum, and a prefix or rounding of the constant).
fn approximates_std_constant(literal: &str) -> bool {
    use std::f64::consts::*;
    const KNOWN: [(f64, usize); 19] = [
        (E, 4),
        (FRAC_1_PI, 4),
        (FRAC_1_SQRT_2, 5),
        (FRAC_2_PI, 5),
        (FRAC_2_SQRT_PI, 5),
        (FRAC_PI_2, 5),
        (FRAC_PI_3, 5),
        (FRAC_PI_4, 5),
        (FRAC_PI_6, 5),
        (FRAC_PI_8, 5),
        (LN_10, 5),
        (LN_2, 5),
        (LOG10_E, 5),
        (LOG2_E, 5),
        (LOG2_10, 5),
        (LOG10_2, 5),
        (PI, 3),
        (SQRT_2, 5),
        (TAU, 3),
    ];
    let value = literal.trim_start_matches('-');
    KNOWN.iter().any(|&(constant, min_digits)| {
        value.len() > min_digits
            && (constant.to_string().starts_with(value)
                || format!("{constant:.0$}", value.len().saturating_sub(2)) == value)
    })
}

fn float_literal(f: f64) -> TokenStream {
    if f.is_nan() {
        quote!(f64::NAN)
    } else if f.is_infinite() {
        if f > 0.0 {
            quote!(f64::INFINITY)
        } else {
            quote!(f64::NEG_INFINITY)
        }
    } else {
        let abs = f.abs();
        let lit = match abs {
            std::f64::consts::PI => quote!(std::f64::consts::PI),
            std::f64::consts::E => quote!(std::f64::consts::E),
            std::f64::consts::TAU => quote!(std::f64::consts::TAU),
            // Debug formatting keeps an exponent (`1e308`, `1e-7`) where
            // the digits would run long.
            _ => match format!("{abs:?}").parse::<Literal>() {
                Ok(lit) => quote!(#lit),
                Err(_) => {
                    let lit = Literal::f64_unsuffixed(abs);
                    quote!(#lit)
                }
            },
        };
        if f.is_sign_negative() {
            quote!(-#lit)
        } else {
            lit
        }
    }
}

/// Rust operator precedence, low to high, to parenthesise exactly where
/// needed.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Prec {
    Block,
    Or,
    And,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Add,
    Mul,
    Unary,
    Postfix,
}

/// An emitted expression.
#[derive(Clone)]
struct Code {
    ts: TokenStream,
    prec: Prec,
    /// A variable that must be cloned to be moved out (non-Copy types).
    place: bool,
    /// A small int literal, usable directly next to an `Int` operand.
    small_int: Option<i64>,
    ty: Type,
    /// For `call(...)?`: the call without `?`, to return its `Result` as is.
    tried: Option<TokenStream>,
}

impl Code {
    /// A variable (or a field of one): cloned when moved out.
    fn place(ts: TokenStream, ty: Type) -> Code {
        Code {
            place: true,
            ..Code::new(ts, Prec::Postfix, ty)
        }
    }

    fn new(ts: TokenStream, prec: Prec, ty: Type) -> Code {
        Code {
            ts,
            prec,
            place: false,
            small_int: None,
            ty,
            tried: None,
        }
    }

    /// Parenthesised when its precedence is below `min`.
    fn at(&self, min: Prec) -> TokenStream {
        let ts = &self.ts;
        if self.prec < min {
            quote!((#ts))
        } else {
            ts.clone()
        }
    }
}

/// Labels of a loop being emitted.
#[derive(Clone, Default)]
struct LoopCtx {
    /// The block around a loop with `else`: `break` leaves it, skipping `else`.
    else_label: Option<Ident>,
    /// The loop's own label, needed when a `break` or `continue` sits in an
    /// inner loop's labelled `else` block.
    own_label: Option<Ident>,
    /// Whether code being emitted is inside such an inner labelled block.
    in_block: bool,
    /// A loop a generator's state machine runs (its body yields): a
    /// statement emitted whole inside it leaves it by setting the state.
    machine: Option<MachineExits>,
}

/// Where `continue` and `break` of a generator's split loop go: blocks of
/// its state machine, entered by setting `state`.
#[derive(Clone)]
struct MachineExits {
    state: Ident,
    cont: usize,
    brk: usize,
}

struct Emitter<'a> {
    module: &'a ir::Module,
    raising: &'a HashSet<String>,
    locals: HashMap<String, ir::Local>,
    /// The function's parameters: a None-typed one is still read (a
    /// Rust parameter is never left unused).
    params: HashSet<String>,
    declared: HashSet<String>,
    is_main: bool,
    /// Returns a `PyResult` whether or not it raises: the module's code
    /// and closures (any function value may raise).
    result: bool,
    ret: Type,
    /// Set when the body needs `?` or returns an error.
    raises: bool,
    /// The enclosing loops, innermost last.
    loops: Vec<LoopCtx>,
    /// Set when code leaves a generator's split loop (see `MachineExits`).
    machine_jumped: bool,
    labels: usize,
    uses: BTreeSet<&'static str>,
    /// Parameters and locals that nothing reads.
    unread: HashSet<String>,
    /// Every Python name of the function, which Molt's own names avoid.
    python_names: HashSet<String>,
    /// The Rust names of the module's variables (`LIMIT`), which locals
    /// avoid.
    global_consts: HashSet<String>,
    /// A method's `self` parameter, emitted as Rust's `self`.
    self_name: Option<String>,
    /// The class whose instance `self` is, exactly (not a subclass).
    self_class: Option<String>,
    /// A float literal of the body looks like a `std::f64::consts` value.
    approx_literal: bool,
    /// Methods called on values of a family: `(class, method)`.
    dispatched: BTreeSet<(String, String)>,
    /// The IR name of the function being emitted (`Class.method`).
    function_name: String,
    /// The exceptions of the enclosing `except` blocks, innermost last.
    handled: Vec<Ident>,
    /// For each `try` body with handlers around the code being emitted,
    /// whether the function raised when it began: a `return` there
    /// returns what the function's type says, not what the body's raise
    /// points would make it.
    protected: Vec<bool>,
}

impl<'a> Emitter<'a> {
    fn new(module: &'a ir::Module, raising: &'a HashSet<String>, f: &ir::Function) -> Emitter<'a> {
        let mut locals: HashMap<String, ir::Local> = HashMap::new();
        for p in &f.params {
            locals.insert(
                p.name.clone(),
                ir::Local {
                    name: p.name.clone(),
                    ty: p.ty.clone(),
                    binding: Binding::AtFirstAssignment,
                    mutable: false,
                },
            );
        }
        for l in &f.locals {
            locals.insert(l.name.clone(), l.clone());
        }
        let declared = f.params.iter().map(|p| p.name.clone()).collect();
        let mut reads: HashMap<String, usize> = HashMap::new();
        let mut static_reads: HashMap<String, usize> = HashMap::new();
        let mut body = f.body.clone();
        let mut python_names: HashSet<String> = locals.keys().cloned().collect();
        analyze::visit_exprs_mut(&mut body, &mut |e| match &e.kind {
            ExprKind::Local(n) => {
                *reads.entry(n.clone()).or_default() += 1;
            }
            // `isinstance(x, int)` of a typed `x` is known when translating
            // and does not read `x` in Rust.
            ExprKind::Builtin {
                func: Builtin::Isinstance | Builtin::TypeName,
                args,
                ..
            } if matches!(&args[0].kind, ExprKind::Local(_)) && folds_statically(&args[0].ty) => {
                if let ExprKind::Local(n) = &args[0].kind {
                    *static_reads.entry(n.clone()).or_default() += 1;
                }
            }
            // `x is None` where `x` never is (or always is) is known too.
            ExprKind::Compare { first, rest } if rest.len() == 1 => {
                if let Some(n) = decided_none_test(first, &rest[0]) {
                    *static_reads.entry(n.to_string()).or_default() += 1;
                }
            }
            ExprKind::Bound(n) => {
                python_names.insert(n.clone());
            }
            ExprKind::Comp { generators, .. } => {
                for g in generators {
                    python_names.extend(g.targets.iter().map(|(n, _)| n.clone()));
                }
            }
            _ => {}
        });
        let unread = f
            .params
            .iter()
            .map(|p| &p.name)
            .chain(f.locals.iter().map(|l| &l.name))
            // An extern function passes every parameter on.
            .filter(|_| f.external.is_none())
            .filter(|n| {
                reads.get(*n).copied().unwrap_or(0) == static_reads.get(*n).copied().unwrap_or(0)
            })
            // A shared cell is used by its writes too.
            .filter(|n| {
                !f.locals.iter().any(|l| {
                    &&l.name == n && matches!(l.binding, Binding::Shared | Binding::FreeShared)
                })
            })
            .cloned()
            .collect();
        Emitter {
            python_names,
            global_consts: module
                .globals
                .iter()
                .map(|g| const_ident(&g.name).to_string())
                .collect(),
            module,
            raising,
            locals,
            params: f.params.iter().map(|p| p.name.clone()).collect(),
            declared,
            is_main: f.name == "module_main" && f.params.is_empty() && f.line == 1,
            result: f.name == "module_main" && f.params.is_empty() && f.line == 1,
            ret: f.ret.clone(),
            raises: false,
            loops: Vec::new(),
            machine_jumped: false,
            labels: 0,
            uses: BTreeSet::new(),
            unread,
            // A generator method's closure owns a handle to the instance,
            // a plain local.
            self_name: classes::self_param(module, f).filter(|_| !f.generator),
            self_class: f.name.split_once('.').map(|(c, _)| c.to_string()),
            approx_literal: false,
            dispatched: BTreeSet::new(),
            function_name: f.name.clone(),
            handled: Vec::new(),
            protected: Vec::new(),
        }
    }

    /// A name for a value Molt introduces (`items`, `entry`), kept apart
    /// from the function's Python names so that it never shadows one.
    pub(super) fn own_name(&self, base: &str) -> Ident {
        let mut name = base.to_string();
        while self.python_names.contains(&name) {
            name.push('_');
        }
        format_ident!("{}", name)
    }

    fn ty(&mut self, t: &Type) -> TokenStream {
        rust_type(t, &mut self.uses)
    }

    fn int_type(&mut self) -> TokenStream {
        self.uses.insert("Int");
        quote!(Int)
    }

    /// A call of the function or method `qualified`: with `?` when it
    /// raises.
    fn call_code(&mut self, call: TokenStream, qualified: &str, ty: Type) -> Code {
        if self.raising.contains(qualified) {
            self.try_(call, ty)
        } else {
            Code::new(call, Prec::Postfix, ty)
        }
    }

    /// `?` after a fallible call: marks the function as raising.
    fn try_(&mut self, ts: TokenStream, ty: Type) -> Code {
        self.raises = true;
        let mut c = Code::new(quote!(#ts?), Prec::Postfix, ty);
        c.tried = Some(ts);
        c
    }

    fn err(&mut self, err: TokenStream) -> TokenStream {
        self.raises = true;
        quote!(Err(#err))
    }

    fn function(&mut self, f: &ir::Function) -> TokenStream {
        let body = self.function_body(f);
        let name = ident(&f.name);
        let doc = f
            .doc
            .as_ref()
            .map(|d| doc_attrs(d, false))
            .unwrap_or_default();
        let mut writes = HashMap::new();
        collect_param_writes(&f.body, &mut writes);
        let params: Vec<TokenStream> = f
            .params
            .iter()
            .map(|p| {
                let n = self.local_ident(&p.name);
                let lint = case_lint(&p.name);
                let t = rust_type(&p.ty, &mut self.uses);
                if writes.contains_key(&p.name) {
                    quote!(#lint mut #n: #t)
                } else {
                    quote!(#lint #n: #t)
                }
            })
            .collect();
        let ret = self.return_type(&f.ret, self.raises || self.result);
        let mut lints = self.literal_lints();
        lints.extend(lints::signature_lints(&params, &ret));
        if let Some(cache) = f.cache {
            return self.cached_function(f, cache, doc, ret, body);
        }
        let name_lint = case_lint(&f.name);
        quote! {
            #doc
            #lints
            #name_lint
            pub fn #name(#(#params),*) #ret {
                #body
            }
        }
    }

    /// A memoized function: `name` looks the arguments up in its cache and
    /// calls `name_uncached` on a miss.
    fn cached_function(
        &mut self,
        f: &ir::Function,
        cache: ir::CacheSpec,
        doc: TokenStream,
        ret: TokenStream,
        body: TokenStream,
    ) -> TokenStream {
        let name = ident(&f.name);
        let name_lint = case_lint(&f.name);
        let uncached = format_ident!("{}_uncached", f.name);
        let cell = cache_ident(&f.name);
        let args: Vec<Ident> = f.params.iter().map(|p| self.local_ident(&p.name)).collect();
        let key_types: Vec<TokenStream> = f.params.iter().map(|p| self.ty(&p.ty)).collect();
        let value = self.ty(&f.ret);
        let maxsize = match cache.maxsize {
            Some(m) => {
                let m = m as usize;
                quote!(Some(#m))
            }
            None => quote!(None),
        };
        let call = if self.raises {
            quote!(molt_rt::cache::call_fallible)
        } else {
            quote!(molt_rt::cache::call)
        };
        let lints = self.literal_lints();
        let keys: Vec<TokenStream> = f
            .params
            .iter()
            .zip(&args)
            .map(|(p, a)| {
                if is_copy(&p.ty) {
                    quote!(#a)
                } else {
                    quote!(#a.clone())
                }
            })
            .collect();
        let mut writes = HashMap::new();
        collect_param_writes(&f.body, &mut writes);
        let inner_params: Vec<TokenStream> = f
            .params
            .iter()
            .zip(&key_types)
            .map(|(p, t)| {
                let n = self.local_ident(&p.name);
                if writes.contains_key(&p.name) {
                    quote!(mut #n: #t)
                } else {
                    quote!(#n: #t)
                }
            })
            .collect();
        quote! {
            thread_local! {
                static #cell: std::cell::RefCell<molt_rt::Cache<(#(#key_types,)*), #value>> =
                    std::cell::RefCell::new(molt_rt::Cache::new(#maxsize));
            }
            #doc
            #name_lint
            pub fn #name(#(#args: #key_types),*) #ret {
                #call(&#cell, (#(#keys,)*), || #uncached(#(#args),*))
            }
            #lints
            #name_lint
            fn #uncached(#(#inner_params),*) #ret {
                #body
            }
        }
    }

    /// `#[allow(clippy::approx_constant)]` when the Python source wrote a
    /// literal such as `3.14159`: the program's own value, kept as written.
    fn literal_lints(&self) -> TokenStream {
        if self.approx_literal {
            quote!(#[allow(clippy::approx_constant)])
        } else {
            quote!()
        }
    }

    /// `-> T`, `-> PyResult<T>`, or nothing for a plain `None` return.
    fn return_type(&mut self, ret: &Type, raises: bool) -> TokenStream {
        let t = self.ty(ret);
        if raises {
            self.uses.insert("PyResult");
            quote!(-> PyResult<#t>)
        } else if *ret == Type::None {
            quote!()
        } else {
            quote!(-> #t)
        }
    }

    fn function_body(&mut self, f: &ir::Function) -> TokenStream {
        if f.generator {
            // Calling it only makes the iterator: it cannot raise.
            let body = self.generator_body(f);
            self.raises = false;
            return body;
        }
        self.raises = self.result || self.raising.contains(&f.name);
        if let Some(path) = &f.external {
            return self.extern_body(f, path);
        }
        let mut decls = Vec::new();
        if !self.result && RECURSIVE.with(|r| r.borrow().contains(&f.name)) {
            // Runaway recursion raises RecursionError, as in CPython.
            let enter = self
                .try_(quote!(molt_rt::recursion::enter()), Type::None)
                .ts;
            decls.push(quote!(let _frame = #enter;));
        }
        for l in &f.locals {
            let name = self.local_ident(&l.name);
            let lint = case_lint(&l.name);
            let ty = self.ty(&l.ty);
            let m = if l.mutable { quote!(mut) } else { quote!() };
            match l.binding {
                Binding::Hoisted => decls.push(quote!(#lint let #m #name: #ty;)),
                Binding::MaybeUnbound => {
                    decls.push(quote!(#lint let mut #name: Option<#ty> = None;))
                }
                Binding::Shared if f.params.iter().any(|p| p.name == l.name) => {
                    decls.push(quote!(let #name = molt_rt::Shared::new(#name);))
                }
                Binding::Shared => {
                    decls.push(quote!(let #name = molt_rt::Shared::<#ty>::unbound();))
                }
                Binding::AtFirstAssignment
                | Binding::LoopVariable
                | Binding::IfValue
                | Binding::Free
                | Binding::FreeShared => {}
            }
        }
        let body = self.tail_block(&f.body);
        quote!(#(#decls)* #body)
    }

    /// A local's Rust name: `_name` when nothing reads it, as Rust asks,
    /// and `NAME_` when a module variable's Rust constant is `NAME` (a
    /// binding of that name would be a constant pattern in Rust).
    fn local_ident(&self, name: &str) -> Ident {
        let mut name = if self.unread.contains(name) && !name.starts_with('_') {
            format!("_{name}")
        } else {
            name.to_string()
        };
        while self.global_consts.contains(&name) {
            name.push('_');
        }
        ident(&name)
    }

    /// A block in tail position: a final `return` becomes the block's value.
    fn tail_block(&mut self, body: &[ir::Stmt]) -> TokenStream {
        let body = reachable(body);
        let (last, init) = match body.split_last() {
            Some((last, init)) => (Some(last), init),
            None => (None, body),
        };
        let mut out: Vec<TokenStream> = init.iter().map(|s| self.stmt(s)).collect();
        let raises = self.raises || self.result;
        match last {
            Some(s) => {
                let marker = line_marker(s.line);
                match &s.kind {
                    StmtKind::Return(v) => {
                        let value = self.returned(v.as_ref());
                        out.push(quote!(#marker #value));
                    }
                    StmtKind::If { then, .. }
                        if (analyze::diverges(then) || (self.ret == Type::None && raises))
                            && !self.declares_if_value(s) =>
                    {
                        let tail = self.tail_if(s);
                        out.push(quote!(#marker #tail));
                    }
                    StmtKind::Raise { .. } | StmtKind::Exit(_) => {
                        let err = self.raise_value(s);
                        out.push(quote!(#marker #err));
                    }
                    _ => {
                        out.push(self.stmt(s));
                        if !analyze::diverges(std::slice::from_ref(s)) {
                            out.push(self.implicit_return(raises));
                        }
                    }
                }
            }
            None => out.push(self.implicit_return(raises)),
        }
        quote!(#(#out)*)
    }

    /// An `if` that ends a function body, each branch ending with the
    /// function's result; `elif` stays `else if`.
    fn tail_if(&mut self, s: &ir::Stmt) -> TokenStream {
        let (bind, chain) = self.tail_if_chain(s);
        quote!(#bind #chain)
    }

    /// `tail_if` as the `let` its condition needs first (see `condition`)
    /// and the `if ... else if ...` chain.
    fn tail_if_chain(&mut self, s: &ir::Stmt) -> (TokenStream, TokenStream) {
        let StmtKind::If { cond, then, orelse } = &s.kind else {
            unreachable!("tail_if of a non-if")
        };
        let (bind, cond) = self.condition(cond);
        let then = self.tail_block(then);
        let chain = match orelse.as_slice() {
            [next @ ir::Stmt {
                kind: StmtKind::If { .. },
                ..
            }] if !self.declares_if_value(next) => {
                let rest = else_if(self.tail_if_chain(next));
                quote!(if #cond { #then } #rest)
            }
            _ => {
                let orelse = self.tail_block(orelse);
                quote!(if #cond { #then } else { #orelse })
            }
        };
        (bind, chain)
    }

    fn implicit_return(&mut self, raises: bool) -> TokenStream {
        let optional = matches!(self.ret, Type::Optional(_));
        if raises || self.raises || self.result {
            self.raises = true;
            if optional {
                quote!(Ok(None))
            } else {
                quote!(Ok(()))
            }
        } else if optional {
            quote!(None)
        } else {
            quote!()
        }
    }

    /// What a `return` gives back: `None` for a bare `return` of a
    /// function that returns `()`. A raising call is returned as its
    /// `Result`, not as `Ok(call()?)`.
    fn returned(&mut self, v: Option<&ir::Expr>) -> Option<TokenStream> {
        let raising = self.protected.first().copied().unwrap_or(self.raises) || self.result;
        if raising {
            self.raises = true;
        }
        let value = match v {
            Some(v) if !matches!(v.kind, ExprKind::None) => v,
            // `return` in a function that returns `T | None`.
            _ if matches!(self.ret, Type::Optional(_)) => {
                return Some(if raising {
                    quote!(Ok(None))
                } else {
                    quote!(None)
                })
            }
            _ => return raising.then(|| quote!(Ok(()))),
        };
        let c = self.expr(value);
        // In a `try` body, the error must reach the handlers.
        if raising && self.protected.is_empty() {
            if let Some(inner) = c.tried.clone() {
                return Some(inner);
            }
        }
        let unit = value.ty == Type::None;
        let owned = self.owned_code(c);
        Some(match (raising, unit) {
            (true, true) => quote!({ #owned; Ok(()) }),
            (true, false) => quote!(Ok(#owned)),
            (false, _) => owned,
        })
    }

    fn block(&mut self, body: &[ir::Stmt]) -> TokenStream {
        let stmts: Vec<TokenStream> = reachable(body).iter().map(|s| self.stmt(s)).collect();
        quote!(#(#stmts)*)
    }

    fn stmt(&mut self, s: &ir::Stmt) -> TokenStream {
        let marker = line_marker(s.line);
        let body = self.stmt_inner(s);
        quote!(#marker #body)
    }

    fn stmt_inner(&mut self, s: &ir::Stmt) -> TokenStream {
        match &s.kind {
            StmtKind::Assign { place, value } => self.assign(place, value),
            StmtKind::AssignMany {
                places,
                value,
                starred,
            } => match &value.ty {
                Type::List(_) => self.unpack_list(places, value, *starred),
                Type::Tuple(items) if starred.is_none() && items.len() == places.len() => {
                    self.assign_many(places, value)
                }
                _ => {
                    // Any other iterable unpacks through a list of its items.
                    let item = containers::element_type(&value.ty);
                    let list = ir::Expr::new(
                        ExprKind::Builtin {
                            func: ir::Builtin::List,
                            args: vec![value.clone()],
                            kwargs: Vec::new(),
                        },
                        Type::List(Box::new(item)),
                        value.span,
                    );
                    self.unpack_list(places, &list, *starred)
                }
            },
            StmtKind::SetSlice {
                container,
                bounds,
                value,
            } => self.set_slice(container, bounds, value),
            StmtKind::DelSlice { container, bounds } => self.del_slice(container, bounds),
            StmtKind::AugAssign { place, op, value } => self.aug_assign(place, *op, value),
            StmtKind::Expr(e) => {
                // A call, or anything of unit type, is a statement as it is;
                // another value is discarded explicitly.
                let is_call = matches!(e.kind, ExprKind::Call { .. } | ExprKind::Method { .. })
                    || (e.ty == Type::None
                        && !matches!(
                            e.kind,
                            ExprKind::None
                                | ExprKind::Local(_)
                                | ExprKind::Global(_)
                                | ExprKind::Bound(_)
                        ));
                let code = self.expr(e);
                let ts = code.ts;
                if is_call {
                    quote!(#ts;)
                } else {
                    quote!(let _ = #ts;)
                }
            }
            StmtKind::Print {
                args,
                sep,
                end,
                spread,
                stderr,
                file,
                flush,
            } => {
                if let Some(file) = file {
                    return self.print_to_file(file, args, sep.as_ref(), end.as_ref(), *spread);
                }
                let printed = if *spread {
                    let items = self.iterate(&args[0], false).ts;
                    let sep = sep.as_ref().map_or(quote!(" "), |s| self.str_arg(s));
                    let end = end.as_ref().map_or(quote!("\n"), |s| self.str_arg(s));
                    let f = if *stderr {
                        quote!(eprint_iter)
                    } else {
                        quote!(print_iter)
                    };
                    quote!(molt_rt::io::#f(#items, #sep, #end);)
                } else if args.len() > 6 || !args.iter().all(is_simple_print_arg) {
                    // Compound values print through a function call, which
                    // rustfmt-style formatting lays out (a macro's arguments
                    // are only wrapped as tokens).
                    let args = self.displayed_refs(args);
                    let sep = sep.as_ref().map_or(quote!(" "), |s| self.str_arg(s));
                    let end = end.as_ref().map_or(quote!("\n"), |s| self.str_arg(s));
                    let f = if *stderr {
                        quote!(eprint)
                    } else {
                        quote!(print)
                    };
                    quote!(molt_rt::io::#f(&[#(#args),*], #sep, #end);)
                } else {
                    let args: Vec<TokenStream> =
                        args.iter().map(|a| self.displayed_arg(a)).collect();
                    let sep = sep.as_ref().map(|s| self.str_arg(s));
                    let end = end.as_ref().map(|s| self.str_arg(s));
                    let m = if *stderr {
                        quote!(py_eprint)
                    } else {
                        quote!(py_print)
                    };
                    match (sep, end) {
                        (None, None) => quote!(molt_rt::#m!(#(#args),*);),
                        (Some(sep), None) => quote!(molt_rt::#m!(#(#args),*; sep = #sep);),
                        (None, Some(end)) => quote!(molt_rt::#m!(#(#args),*; end = #end);),
                        (Some(sep), Some(end)) => {
                            quote!(molt_rt::#m!(#(#args),*; sep = #sep, end = #end);)
                        }
                    }
                };
                if *flush && !*stderr {
                    quote!(#printed molt_rt::io::flush();)
                } else {
                    printed
                }
            }
            StmtKind::If { cond, then, orelse } => {
                let declared_here = self
                    .locals
                    .values()
                    .filter(|l| l.binding == Binding::IfValue && !self.declared.contains(&l.name))
                    .map(|l| l.name.clone())
                    .find(|n| analyze::assigns_in_every_branch(s, n));
                match declared_here {
                    Some(name) => self.if_value(&name, cond, then, orelse),
                    None => self.if_stmt(cond, then, orelse),
                }
            }
            StmtKind::While { cond, body, orelse } => {
                let ctx = self.loop_ctx(body, orelse);
                let label = ctx.else_label.clone();
                let own = ctx.own_label.as_ref().map(lifetime).map(|l| quote!(#l:));
                self.loops.push(ctx);
                let head = if analyze::is_true_literal(cond) {
                    quote!(loop)
                } else {
                    let c = self.expr(cond).at(Prec::Or);
                    quote!(while #c)
                };
                let body = self.block(body);
                self.loops.pop();
                self.with_else(quote!(#own #head { #body }), label, orelse)
            }
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                let ctx = self.loop_ctx(body, orelse);
                let label = ctx.else_label.clone();
                let own = ctx.own_label.as_ref().map(lifetime).map(|l| quote!(#l:));
                let iter = self.range(start, stop, step.as_ref());
                let (binder, assign) = match var {
                    Place::Local(n)
                        if self.locals.get(n).map(|l| l.binding) == Some(Binding::LoopVariable) =>
                    {
                        (quote!(#n), quote!())
                    }
                    place => {
                        let tmp = format_ident!(
                            "{}_value",
                            match place {
                                Place::Local(n) | Place::Global(n) => n,
                            }
                        );
                        let value = Code {
                            ts: quote!(#tmp),
                            prec: Prec::Postfix,
                            place: false,
                            small_int: None,
                            ty: Type::Int,
                            tried: None,
                        };
                        (quote!(#tmp), self.store(place, value))
                    }
                };
                let binder = match var {
                    Place::Local(n)
                        if self.locals.get(n).map(|l| l.binding) == Some(Binding::LoopVariable) =>
                    {
                        let id = self.local_ident(n);
                        if loop_var_unused(body, n) {
                            quote!(_)
                        } else {
                            quote!(#id)
                        }
                    }
                    _ => binder,
                };
                self.loops.push(ctx);
                let body = self.block(body);
                self.loops.pop();
                self.with_else(
                    quote!(#own for #binder in #iter { #assign #body }),
                    label,
                    orelse,
                )
            }
            StmtKind::Break | StmtKind::Continue
                if self.loops.last().is_some_and(|l| l.machine.is_some()) =>
            {
                self.leave_machine_loop(matches!(s.kind, StmtKind::Break))
            }
            StmtKind::Break => {
                let ctx = self.loops.last().cloned().unwrap_or_default();
                match ctx
                    .else_label
                    .or(if ctx.in_block { ctx.own_label } else { None })
                {
                    Some(label) => {
                        let l = lifetime(&label);
                        quote!(break #l;)
                    }
                    None => quote!(break;),
                }
            }
            StmtKind::Continue => {
                let ctx = self.loops.last().cloned().unwrap_or_default();
                match ctx.own_label.filter(|_| ctx.in_block) {
                    Some(label) => {
                        let l = lifetime(&label);
                        quote!(continue #l;)
                    }
                    None => quote!(continue;),
                }
            }
            StmtKind::Pass => quote!(),
            StmtKind::Yield(_) | StmtKind::YieldFrom(_) => {
                unreachable!("a generator's yields are split into states")
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::With {
                body,
                exit,
                exit_raised,
                caught,
                suppresses,
            } => self.with_stmt(body, exit, exit_raised, caught, *suppresses),
            StmtKind::Return(v) => {
                let value = self.returned(v.as_ref());
                quote!(return #value;)
            }
            StmtKind::Raise { .. } | StmtKind::Exit(_) => {
                let err = self.raise_value(s);
                quote!(return #err;)
            }
            StmtKind::ForEach {
                targets,
                iter,
                body,
                orelse,
            } => self.for_each(targets, iter, body, orelse),
            StmtKind::SetItem {
                container,
                index,
                op,
                value,
            } => self.set_item(container, index, *op, value),
            StmtKind::DelItem { container, index } => self.del_item(container, index),
            StmtKind::SetAttr {
                object,
                name,
                op,
                value,
            } => self.set_attr(object, name, *op, value),
            StmtKind::Assert { cond, message } => {
                let partial = matches!(&cond.kind, ExprKind::Compare { first, rest }
                    if first.ty == Type::Float || rest.iter().any(|(_, e)| e.ty == Type::Float));
                let mut holds = quote!();
                let failed = match negated_comparison(cond) {
                    Some(negated) => self.expr(&negated).at(Prec::Or),
                    // `!(x > 0.0)` is not `x <= 0.0` for NaN: name the test.
                    None if partial => {
                        let c = self.expr(cond).ts;
                        let name = self.own_name("holds");
                        holds = quote!(let #name = #c;);
                        quote!(!#name)
                    }
                    None => {
                        let c = self.expr(cond).at(Prec::Unary);
                        quote!(!#c)
                    }
                };
                let msg = match message {
                    Some(m) => self.message(m),
                    None => quote!(""),
                };
                self.uses.insert("PyErr");
                self.uses.insert("ExcKind");
                let err = self.err(quote!(PyErr::new(ExcKind::AssertionError, #msg)));
                quote!(#holds if #failed { return #err; })
            }
        }
    }

    fn loop_ctx(&mut self, body: &[ir::Stmt], orelse: &[ir::Stmt]) -> LoopCtx {
        let else_label = (!orelse.is_empty() && analyze::breaks(body)).then(|| self.label());
        let own_label = has_labelled_else(body).then(|| self.label());
        LoopCtx {
            else_label,
            own_label,
            in_block: false,
            machine: None,
        }
    }

    fn label(&mut self) -> Ident {
        self.labels += 1;
        format_ident!("loop_{}", self.labels)
    }

    /// A loop with an `else` clause: a labelled block that `break` leaves,
    /// skipping the `else` body.
    fn with_else(
        &mut self,
        looped: TokenStream,
        label: Option<Ident>,
        orelse: &[ir::Stmt],
    ) -> TokenStream {
        match label {
            None if orelse.is_empty() => looped,
            None => {
                let orelse = self.block(orelse);
                quote!(#looped #orelse)
            }
            Some(label) => {
                let l = lifetime(&label);
                let outer = self.loops.last().map(|c| c.in_block);
                if let Some(c) = self.loops.last_mut() {
                    c.in_block = true;
                }
                let orelse = self.block(orelse);
                if let (Some(c), Some(was)) = (self.loops.last_mut(), outer) {
                    c.in_block = was;
                }
                quote!(#l: { #looped #orelse })
            }
        }
    }

    fn range(&mut self, start: &ir::Expr, stop: &ir::Expr, step: Option<&ir::Expr>) -> TokenStream {
        self.range_call(start, stop, step, false).ts
    }

    /// `range(...)` kept as a value: a `PyRange`.
    pub(super) fn range_value(
        &mut self,
        start: &ir::Expr,
        stop: &ir::Expr,
        step: Option<&ir::Expr>,
    ) -> Code {
        self.range_call(start, stop, step, true)
    }

    /// `range(...)` as the iterator a loop consumes in place, or as a
    /// value; a step that is not a non-zero literal is checked.
    fn range_call(
        &mut self,
        start: &ir::Expr,
        stop: &ir::Expr,
        step: Option<&ir::Expr>,
        value: bool,
    ) -> Code {
        let (plain, by, checked, ty) = if value {
            self.uses.insert("PyRange");
            let p = quote!(PyRange);
            (
                quote!(#p::new),
                quote!(#p::by),
                quote!(#p::stepped),
                Type::Range,
            )
        } else {
            let m = quote!(molt_rt);
            (
                quote!(#m::range),
                quote!(#m::range_by),
                quote!(#m::range_step),
                Type::Int,
            )
        };
        let start = self.range_bound(start);
        let stop = self.range_bound(stop);
        let ts = match step.map(|s| (s, small_literal(s))) {
            None => quote!(#plain(#start, #stop)),
            Some((_, Some(s))) if s != 0 => {
                let s = int_lit(s);
                quote!(#by(#start, #stop, #s))
            }
            Some((step, _)) => {
                let step = self.range_bound(step);
                return self.try_(quote!(#checked(#start, #stop, #step)), ty);
            }
        };
        Code::new(ts, Prec::Postfix, ty)
    }

    fn range_bound(&mut self, e: &ir::Expr) -> TokenStream {
        if let Some(v) = small_literal(e) {
            return int_lit(v);
        }
        let c = self.expr(e);
        match (&c.ty, c.place) {
            (Type::Bool, _) => {
                let t = c.at(Prec::Or);
                quote!(i64::from(#t))
            }
            (_, true) => {
                let t = c.at(Prec::Unary);
                quote!(&#t)
            }
            _ => c.ts,
        }
    }

    /// `break` (or `continue`) of a generator's split loop from code
    /// emitted whole: the state machine goes on at the loop's end (head).
    fn leave_machine_loop(&mut self, brk: bool) -> TokenStream {
        let exits = self.loops.last().and_then(|l| l.machine.clone());
        let MachineExits {
            state,
            cont,
            brk: end,
        } = exits.expect("inside a machine loop");
        let to = proc_macro2::Literal::usize_unsuffixed(if brk { end } else { cont });
        self.machine_jumped = true;
        quote!(#state = #to; continue 'machine;)
    }

    /// An `if` condition, and the `let` that must come first when the
    /// condition is a block (`{ let _ = x?; true }`, evaluated for what it
    /// raises): clippy asks for blocks to be bound before `if`.
    fn condition(&mut self, cond: &ir::Expr) -> (TokenStream, TokenStream) {
        let c = self.expr(cond).at(Prec::Or);
        // A block, possibly parenthesized as an operand.
        let block = match syn::parse2::<syn::Expr>(c.clone()) {
            Ok(syn::Expr::Block(b)) => Some(quote!(#b)),
            Ok(syn::Expr::Paren(p)) => match *p.expr {
                syn::Expr::Block(b) => Some(quote!(#b)),
                _ => None,
            },
            _ => None,
        };
        match block {
            Some(b) => {
                let name = self.own_name("cond");
                (quote!(let #name = #b;), quote!(#name))
            }
            None => (quote!(), c),
        }
    }

    fn if_stmt(&mut self, cond: &ir::Expr, then: &[ir::Stmt], orelse: &[ir::Stmt]) -> TokenStream {
        let (bind, chain) = self.if_chain(cond, then, orelse);
        quote!(#bind #chain)
    }

    /// An `if` statement as the `let` its condition needs first (see
    /// `condition`) and the `if ... else if ...` chain.
    fn if_chain(
        &mut self,
        cond: &ir::Expr,
        then: &[ir::Stmt],
        orelse: &[ir::Stmt],
    ) -> (TokenStream, TokenStream) {
        // `else: pass` adds nothing in Rust.
        let orelse = if orelse.iter().all(|s| matches!(s.kind, StmtKind::Pass)) {
            &[][..]
        } else {
            orelse
        };
        // `if a: if b: ...` with no `else` on either is `if a and b`.
        if let (
            [],
            [ir::Stmt {
                kind:
                    StmtKind::If {
                        cond: inner,
                        then: inner_then,
                        orelse: inner_else,
                    },
                ..
            }],
        ) = (orelse, then)
        {
            if inner_else.iter().all(|s| matches!(s.kind, StmtKind::Pass)) {
                let c = self.expr(cond).at(Prec::And);
                let c2 = self.expr(inner).at(Prec::And);
                let body = self.block(inner_then);
                return (quote!(), quote!(if #c && #c2 { #body }));
            }
        }
        let (bind, c) = self.condition(cond);
        let then = self.block(then);
        let chain = match orelse {
            [] => quote!(if #c { #then }),
            [ir::Stmt {
                kind:
                    StmtKind::If {
                        cond,
                        then: t2,
                        orelse: e2,
                    },
                line,
            }] => {
                let marker = line_marker(*line);
                let _ = marker;
                let rest = else_if(self.if_chain(cond, t2, e2));
                quote!(if #c { #then } #rest)
            }
            _ => {
                let e = self.block(orelse);
                quote!(if #c { #then } else { #e })
            }
        };
        (bind, chain)
    }

    /// Whether this `if` is where an `IfValue` local gets its value.
    fn declares_if_value(&self, s: &ir::Stmt) -> bool {
        self.locals.values().any(|l| {
            l.binding == Binding::IfValue
                && !self.declared.contains(&l.name)
                && analyze::assigns_in_every_branch(s, &l.name)
        })
    }

    /// `let x = if c { ..; a } else { ..; b };` for a local every branch assigns.
    fn if_value(
        &mut self,
        name: &str,
        cond: &ir::Expr,
        then: &[ir::Stmt],
        orelse: &[ir::Stmt],
    ) -> TokenStream {
        self.declared.insert(name.to_string());
        let value = self.if_value_expr(cond, then, orelse);
        let id = self.local_ident(name);
        let lint = case_lint(name);
        let mutable = self.locals.get(name).is_some_and(|l| l.mutable);
        if mutable {
            quote!(#lint let mut #id = #value;)
        } else {
            quote!(#lint let #id = #value;)
        }
    }

    fn if_value_expr(
        &mut self,
        cond: &ir::Expr,
        then: &[ir::Stmt],
        orelse: &[ir::Stmt],
    ) -> TokenStream {
        let c = self.expr(cond).at(Prec::Or);
        let then = self.branch_value(then);
        let orelse = match orelse {
            [ir::Stmt {
                kind: StmtKind::If { cond, then, orelse },
                line,
            }] => {
                let marker = line_marker(*line);
                let nested = self.if_value_expr(cond, then, orelse);
                quote!({ #marker #nested })
            }
            block => {
                let v = self.branch_value(block);
                quote!({ #v })
            }
        };
        quote!(if #c { #then } else #orelse)
    }

    /// A branch's statements with its final assignment as the block's value.
    fn branch_value(&mut self, block: &[ir::Stmt]) -> TokenStream {
        let Some((last, init)) = block.split_last() else {
            return quote!();
        };
        let stmts: Vec<TokenStream> = init.iter().map(|s| self.stmt(s)).collect();
        let StmtKind::Assign { value, .. } = &last.kind else {
            unreachable!("branch ends with its assignment")
        };
        let marker = line_marker(last.line);
        let v = self.owned(value);
        quote!(#(#stmts)* #marker #v)
    }

    fn raise_value(&mut self, s: &ir::Stmt) -> TokenStream {
        match &s.kind {
            StmtKind::Raise { exc, cause } => self.raised(exc.as_ref(), cause.as_ref()),
            StmtKind::Exit(arg) => {
                let arg = match arg {
                    None => quote!(()),
                    Some(a) if a.ty == Type::None => quote!(()),
                    Some(a) => match &a.kind {
                        ExprKind::Str(s) => quote!(#s),
                        _ => self.owned(a),
                    },
                };
                self.err(quote!(molt_rt::builtins::sys_exit(#arg)))
            }
            _ => unreachable!("not a raising statement"),
        }
    }

    /// An exception message: `str()` of the value.
    fn message(&mut self, m: &ir::Expr) -> TokenStream {
        match &m.kind {
            ExprKind::Str(s) => quote!(#s),
            _ if m.ty == Type::Str => {
                let v = self.expr(m).at(Prec::Postfix);
                quote!(#v.to_string())
            }
            _ => {
                let v = self.displayed(m);
                quote!(molt_rt::str(&#v).to_string())
            }
        }
    }

    fn str_arg(&mut self, e: &ir::Expr) -> TokenStream {
        match &e.kind {
            ExprKind::Str(s) => quote!(#s),
            _ => {
                let c = self.expr(e);
                let t = c.at(Prec::Postfix);
                quote!(#t.as_str())
            }
        }
    }

    /// A local assigned once that holds None: it is not declared, and
    /// reads as `()`.
    fn is_unit_local(&self, name: &str) -> bool {
        !self.params.contains(name)
            && self.locals.get(name).is_some_and(|l| {
                l.ty == Type::None && l.binding == Binding::AtFirstAssignment && !l.mutable
            })
    }

    fn store(&mut self, place: &Place, value: Code) -> TokenStream {
        match place {
            Place::Local(n) => {
                let name = self.local_ident(n);
                let local = self.locals.get(n).cloned();
                let v = self.owned_code(value);
                match local.map(|l| (l.binding, l.mutable)) {
                    Some((Binding::MaybeUnbound, _)) => quote!(#name = Some(#v);),
                    Some((Binding::Shared | Binding::FreeShared, _)) => quote!(#name.set(#v);),
                    // A variable that only ever holds None reads as `()`:
                    // its value is evaluated for its effects.
                    _ if self.is_unit_local(n) => {
                        if v.to_string() == "()" {
                            quote!()
                        } else {
                            quote!(#v;)
                        }
                    }
                    Some((Binding::AtFirstAssignment, mutable))
                        if self.declared.insert(n.clone()) =>
                    {
                        let m = if mutable { quote!(mut) } else { quote!() };
                        let lint = case_lint(n);
                        // An empty container says its element type.
                        let text = v.to_string();
                        if (text.ends_with(":: new ()")
                            && (text.starts_with("List") || text.starts_with("Dict")))
                            || text == "None"
                        {
                            let ty = self
                                .locals
                                .get(n)
                                .map(|l| l.ty.clone())
                                .unwrap_or(Type::None);
                            let ty = self.ty(&ty);
                            quote!(#lint let #m #name: #ty = #v;)
                        } else {
                            quote!(#lint let #m #name = #v;)
                        }
                    }
                    _ => quote!(#name = #v;),
                }
            }
            Place::Global(n) => {
                let g = self.module.globals.iter().find(|g| &g.name == n);
                if g.is_some_and(|g| g.constant.is_some()) {
                    // The constant's one assignment is its definition.
                    return quote!();
                }
                let name = const_ident(n);
                let v = self.owned_code(value);
                quote!(molt_rt::global::set(&#name, #v);)
            }
        }
    }

    fn assign(&mut self, place: &Place, value: &ir::Expr) -> TokenStream {
        // `x = x + y` reads best, and passes clippy, as `x += y`.
        if let (Place::Local(n), ExprKind::Binary { op, left, right }) = (place, &value.kind) {
            if matches!(&left.kind, ExprKind::Local(m) if m == n) {
                if let Some(ts) = self.compound(place, *op, right) {
                    return ts;
                }
            }
        }
        let v = self.expr(value);
        self.store(place, v)
    }

    fn assign_many(&mut self, places: &[Place], value: &ir::Expr) -> TokenStream {
        let simple = places.iter().all(|p| match p {
            Place::Local(n) => self.locals.get(n).map(|l| l.binding) == Some(Binding::Hoisted),
            Place::Global(_) => false,
        });
        let v = match &value.kind {
            ExprKind::Tuple(items) => {
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                quote!((#(#items),*))
            }
            _ => self.owned(value),
        };
        if simple {
            let names: Vec<Ident> = places
                .iter()
                .map(|p| match p {
                    Place::Local(n) | Place::Global(n) => self.local_ident(n),
                })
                .collect();
            return quote!((#(#names),*) = #v;);
        }
        let temps: Vec<Ident> = (0..places.len())
            .map(|i| format_ident!("value_{}", i))
            .collect();
        let item_types = match &value.ty {
            Type::Tuple(items) => items.clone(),
            _ => vec![Type::Int; places.len()],
        };
        let stores: Vec<TokenStream> = places
            .iter()
            .zip(&temps)
            .zip(item_types)
            .map(|((p, t), ty)| self.store(p, Code::new(quote!(#t), Prec::Postfix, ty)))
            .collect();
        quote!({ let (#(#temps),*) = #v; #(#stores)* })
    }

    /// The type of a local or global.
    fn place_type(&self, place: &Place) -> Option<Type> {
        match place {
            Place::Local(n) => self.locals.get(n).map(|l| l.ty.clone()),
            Place::Global(n) => self
                .module
                .globals
                .iter()
                .find(|g| &g.name == n)
                .map(|g| g.ty.clone()),
        }
    }

    fn aug_assign(&mut self, place: &Place, op: BinOp, value: &ir::Expr) -> TokenStream {
        // `xs += ys` and `xs *= n` change the list in place: aliases see it.
        let target_ty = self.place_type(place);
        if let Some(t @ Type::Object(_)) = &target_ty {
            let current = ir::Expr::new(place.read(), t.clone(), value.span);
            if let Some(c) = self.instance_binop(op, &current, value, true, t.clone()) {
                return self.store(place, c);
            }
        }
        if let (Some(Type::Set(_)), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) =
            (&target_ty, op)
        {
            return self.set_update(place, op, value);
        }
        if let Some(ty @ (Type::Dict(..) | Type::Obj)) = &target_ty {
            // `d |= e` updates `d`; an `Obj` list or set changes in place too.
            let read = place.read();
            let target = self.expr(&ir::Expr::new(read, ty.clone(), value.span));
            if *ty != Type::Obj {
                let d = target.at(Prec::Postfix);
                let v = self.plain_ref(value);
                return quote!(#d.update(#v););
            }
            let method = format_ident!("i{}", obj_method_name(op));
            let t = target.at(Prec::Postfix);
            let v = self.plain_ref(value);
            let updated = self.try_(quote!(#t.#method(#v)), Type::Obj).ts;
            let new = Code::new(updated, Prec::Postfix, Type::Obj);
            return self.store(place, new);
        }
        if let (Some(ty @ Type::List(_)), BinOp::Add | BinOp::Mul) = (target_ty, op) {
            let read = place.read();
            let list = self
                .expr(&ir::Expr::new(read, ty, value.span))
                .at(Prec::Postfix);
            return if op == BinOp::Add {
                let v = self.plain_ref(value);
                quote!(#list.extend(#v);)
            } else {
                let n = self.operand_ref(value);
                let call = self.try_(quote!(#list.repeat_in_place(#n)), Type::None).ts;
                quote!(#call;)
            };
        }
        if let Some(ts) = self.compound(place, op, value) {
            return ts;
        }
        self.aug_assign_desugared(place, op, value)
    }

    /// A Rust compound assignment for `place op= value`, where Rust's
    /// operator means exactly Python's.
    fn compound(&mut self, place: &Place, op: BinOp, value: &ir::Expr) -> Option<TokenStream> {
        if let Place::Local(n) = place {
            let local = self.locals.get(n).cloned();
            if let Some(l) = local.filter(|l| {
                !matches!(
                    l.binding,
                    Binding::MaybeUnbound | Binding::Shared | Binding::FreeShared
                )
            }) {
                let name = self.local_ident(n);
                let direct = match (&l.ty, &value.ty, op) {
                    (
                        Type::Int,
                        Type::Int,
                        BinOp::Add
                        | BinOp::Sub
                        | BinOp::Mul
                        | BinOp::BitAnd
                        | BinOp::BitOr
                        | BinOp::BitXor,
                    ) => {
                        let v = self.int_operand(value);
                        Some(v)
                    }
                    (
                        Type::Float,
                        Type::Float | Type::Int | Type::Bool,
                        BinOp::Add | BinOp::Sub | BinOp::Mul,
                    ) => Some(self.float_operand(value).at(Prec::Block)),
                    (Type::Float, Type::Float | Type::Int, BinOp::Div)
                        if nonzero_literal(value) =>
                    {
                        Some(self.float_operand(value).at(Prec::Block))
                    }
                    (Type::Str, Type::Str, BinOp::Add) => {
                        let v = self.operand_ref(value);
                        return Some(quote!(#name = #name.concat(#v);));
                    }
                    _ => None,
                };
                if let Some(v) = direct {
                    let op = match op {
                        BinOp::Add => quote!(+=),
                        BinOp::Sub => quote!(-=),
                        BinOp::Mul => quote!(*=),
                        BinOp::BitAnd => quote!(&=),
                        BinOp::BitOr => quote!(|=),
                        BinOp::Div => quote!(/=),
                        _ => quote!(^=),
                    };
                    return Some(quote!(#name #op #v;));
                }
            }
        }
        None
    }

    fn aug_assign_desugared(&mut self, place: &Place, op: BinOp, value: &ir::Expr) -> TokenStream {
        let read = place.read();
        let target_ty = self.place_type(place).unwrap_or(Type::Int);
        let left = ir::Expr::new(read, target_ty.clone(), value.span);
        let combined = ir::Expr::new(
            ExprKind::Binary {
                op,
                left: Box::new(left),
                right: Box::new(value.clone()),
            },
            target_ty,
            value.span,
        );
        self.assign(place, &combined)
    }

    // ---- expressions ----

    fn owned_code(&mut self, c: Code) -> TokenStream {
        if let Some(v) = c.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            return quote!(#int::from(#v));
        }
        if c.place && !is_copy(&c.ty) {
            let t = c.at(Prec::Postfix);
            return quote!(#t.clone());
        }
        c.ts
    }

    fn owned(&mut self, e: &ir::Expr) -> TokenStream {
        let c = self.expr(e);
        self.owned_code(c)
    }

    /// `&value` of each argument of a print function (`&[&dyn PyDisplay]`).
    fn displayed_refs(&mut self, args: &[ir::Expr]) -> Vec<TokenStream> {
        args.iter()
            .map(|a| {
                let v = self.displayed(a);
                quote!(&#v)
            })
            .collect()
    }

    /// For macros and functions that take `&value`: places are not cloned.
    fn displayed(&mut self, e: &ir::Expr) -> TokenStream {
        let c = self.expr(e);
        if let Some(v) = c.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            return quote!(#int::from(#v));
        }
        c.at(Prec::Unary)
    }

    /// A macro argument: the macro takes its reference itself.
    fn displayed_arg(&mut self, e: &ir::Expr) -> TokenStream {
        let c = self.expr(e);
        if let Some(v) = c.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            return quote!(#int::from(#v));
        }
        c.ts
    }

    /// An `Int` operand of an operator: `&x` for variables, a bare literal
    /// for small literals, the value itself for temporaries.
    fn int_operand(&mut self, e: &ir::Expr) -> TokenStream {
        let c = self.expr(e);
        self.int_operand_code(c, Prec::Block)
    }

    fn int_operand_code(&mut self, c: Code, min: Prec) -> TokenStream {
        if let Some(v) = c.small_int {
            return int_lit(v);
        }
        if c.ty == Type::Bool {
            let int = self.int_type();
            let t = c.at(Prec::Block);
            return quote!(#int::from(#t));
        }
        if c.place {
            let t = c.at(Prec::Unary);
            return quote!(&#t);
        }
        c.at(min)
    }

    /// `&value` for methods taking a reference.
    fn operand_ref(&mut self, e: &ir::Expr) -> TokenStream {
        let c = self.expr(e);
        self.ref_code(c)
    }

    fn ref_code(&mut self, c: Code) -> TokenStream {
        if let Some(v) = c.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            return quote!(&#int::from(#v));
        }
        if c.ty == Type::Bool {
            let int = self.int_type();
            let t = c.at(Prec::Block);
            return quote!(&#int::from(#t));
        }
        let t = c.at(Prec::Unary);
        quote!(&#t)
    }

    /// `&value` with no int conversion: for items and keys of containers.
    fn plain_ref(&mut self, e: &ir::Expr) -> TokenStream {
        let c = self.expr(e);
        if let Some(v) = c.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            return quote!(&#int::from(#v));
        }
        let t = c.at(Prec::Unary);
        quote!(&#t)
    }

    /// `&value` of an emitted value, without int conversion.
    fn plain_ref_code(&mut self, c: Code) -> TokenStream {
        let t = c.at(Prec::Unary);
        quote!(&#t)
    }

    /// A receiver of a method call.
    fn receiver(&mut self, c: Code) -> TokenStream {
        if let Some(v) = c.small_int {
            let int = self.int_type();
            let v = int_lit(v);
            return quote!(#int::from(#v));
        }
        if c.ty == Type::Bool {
            let int = self.int_type();
            let t = c.at(Prec::Block);
            return quote!(#int::from(#t));
        }
        c.at(Prec::Postfix)
    }

    /// A float operand: ints convert (raising OverflowError when huge).
    fn float_operand(&mut self, e: &ir::Expr) -> Code {
        let c = self.expr(e);
        match &c.ty {
            Type::Float => c,
            Type::Bool => {
                let t = c.at(Prec::Block);
                Code::new(quote!(f64::from(#t)), Prec::Postfix, Type::Float)
            }
            Type::Obj => {
                let r = c.at(Prec::Postfix);
                self.try_(quote!(#r.to_real()), Type::Float)
            }
            _ => {
                if let Some(v) = c.small_int {
                    let f = Literal::f64_unsuffixed(v.unsigned_abs() as f64);
                    return if v < 0 {
                        Code::new(quote!(-#f), Prec::Unary, Type::Float)
                    } else {
                        Code::new(quote!(#f), Prec::Postfix, Type::Float)
                    };
                }
                let r = c.at(Prec::Postfix);
                self.try_(quote!(#r.to_f64()), Type::Float)
            }
        }
    }

    fn expr(&mut self, e: &ir::Expr) -> Code {
        let ty = e.ty.clone();
        match &e.kind {
            ExprKind::Int(v) => match v.parse::<i64>() {
                Ok(n) => {
                    let lit = Literal::i64_unsuffixed(n.abs());
                    let ts = if n < 0 { quote!(-#lit) } else { quote!(#lit) };
                    Code {
                        ts,
                        prec: Prec::Unary,
                        place: false,
                        small_int: Some(n),
                        ty,
                        tried: None,
                    }
                }
                Err(_) => {
                    let int = self.int_type();
                    Code::new(quote!(#int::literal(#v)), Prec::Postfix, ty)
                }
            },
            ExprKind::Float(f) => {
                let prec = if f.is_sign_negative() && !f.is_nan() {
                    Prec::Unary
                } else {
                    Prec::Postfix
                };
                self.approx_literal |= approximates_std_constant(&float_literal(*f).to_string());
                Code::new(float_literal(*f), prec, ty)
            }
            ExprKind::Bool(b) => Code::new(quote!(#b), Prec::Postfix, ty),
            ExprKind::Bytes(b) => {
                self.uses.insert("Bytes");
                let lit = Literal::byte_string(b);
                Code::new(quote!(Bytes::from(#lit)), Prec::Postfix, ty)
            }
            ExprKind::Str(s) => {
                self.uses.insert("Str");
                Code::new(quote!(Str::from(#s)), Prec::Postfix, ty)
            }
            ExprKind::None if matches!(ty, Type::Optional(_)) => {
                Code::new(quote!(None), Prec::Postfix, ty)
            }
            ExprKind::None => Code::new(quote!(()), Prec::Postfix, ty),
            ExprKind::Sent => self.sent_value(ty),
            ExprKind::Local(n) if self.self_name.as_deref() == Some(n.as_str()) => {
                // `self` as a value of its class's family is the variant.
                match self
                    .self_class
                    .as_deref()
                    .filter(|c| families::family(c).is_some())
                {
                    Some(class) => {
                        let name = families::enum_ident(class);
                        Code::new(quote!(#name::from(self.clone())), Prec::Postfix, ty)
                    }
                    None => Code::place(quote!(self), ty),
                }
            }
            ExprKind::Local(n) if self.is_unit_local(n) => Code::new(quote!(()), Prec::Postfix, ty),
            ExprKind::Local(n) => {
                let name = self.local_ident(n);
                match self.locals.get(n).map(|l| l.binding) {
                    Some(Binding::Shared) => self.try_(quote!(#name.get(#n)), ty),
                    Some(Binding::FreeShared) => self.try_(quote!(#name.get_free(#n)), ty),
                    Some(Binding::MaybeUnbound) => {
                        let f = if self.is_main {
                            quote!(read_name)
                        } else {
                            quote!(read_local)
                        };
                        self.try_(quote!(molt_rt::builtins::#f(&#name, #n)), ty)
                    }
                    _ => Code::place(quote!(#name), ty),
                }
            }
            ExprKind::Global(n) => {
                let name = const_ident(n);
                let constant = self
                    .module
                    .globals
                    .iter()
                    .any(|g| &g.name == n && g.constant.is_some());
                if constant {
                    Code::new(quote!(#name), Prec::Postfix, ty)
                } else {
                    self.try_(quote!(molt_rt::global::get(&#name, #n)), ty)
                }
            }
            ExprKind::Binary { op, left, right } => self.binary(*op, left, right, ty),
            ExprKind::Unary { op, operand } => self.unary(*op, operand, ty),
            ExprKind::Compare { first, rest } => self.compare(first, rest),
            ExprKind::BoolOp { and, values } => self.bool_op(*and, values, ty),
            ExprKind::IfElse { cond, then, orelse } => {
                let (bind, c) = self.condition(cond);
                let t = self.owned(then);
                let o = self.owned(orelse);
                let ts = if bind.is_empty() {
                    quote!(if #c { #t } else { #o })
                } else {
                    quote!({ #bind if #c { #t } else { #o } })
                };
                Code::new(ts, Prec::Block, ty)
            }
            ExprKind::Call { func, args } => {
                let name = match func.split_once('.') {
                    // `Class.method`: a static or class method.
                    Some((class, method)) => {
                        let (class, method) = (type_ident(class), ident(method));
                        quote!(#class::#method)
                    }
                    None => {
                        let name = ident(func);
                        quote!(#name)
                    }
                };
                let args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
                let call = quote!(#name(#(#args),*));
                self.call_code(call, func, ty)
            }
            ExprKind::Builtin { func, args, kwargs } => self.builtin(*func, args, kwargs, ty),
            ExprKind::List(_)
            | ExprKind::Set(_)
            | ExprKind::Dict(_)
            | ExprKind::Index { .. }
            | ExprKind::Slice { .. }
            | ExprKind::Method { .. }
            | ExprKind::Comp { .. }
            | ExprKind::Range { .. }
            | ExprKind::Bound(_)
            | ExprKind::FuncRef(_) => self.container_expr(e),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Tuple(items) => {
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                let ts = match items.as_slice() {
                    [one] => quote!((#one,)),
                    _ => quote!((#(#items),*)),
                };
                Code::new(ts, Prec::Postfix, ty)
            }
            ExprKind::Truthy(inner) => self.truthy(inner),
            ExprKind::ToObj(inner) => self.obj_of(inner),
            ExprKind::Walrus { place, value } => self.walrus(place, value),
            ExprKind::New { class, args } => self.new_instance(class, args, ty),
            ExprKind::Upcast(inner) => self.upcast(inner, ty),
            ExprKind::Downcast(inner) | ExprKind::Narrowed { value: inner, .. } => {
                self.downcast(inner, ty)
            }
            ExprKind::EnumMember { .. }
            | ExprKind::EnumLookup { .. }
            | ExprKind::EnumMembers(_) => self.enum_expr(e),
            ExprKind::Some(inner) => {
                let v = self.owned(inner);
                Code::new(quote!(Some(#v)), Prec::Postfix, ty)
            }
            ExprKind::NotNone(inner) => self.not_none(inner, ty),
            ExprKind::ObjIndex { value, container } => {
                let v = self.expr(value).at(Prec::Postfix);
                self.try_(quote!(#v.to_index(#container)), ty)
            }
            ExprKind::NoneChecked { value, used } => {
                let v = self.present(value, "TypeError", used.message());
                Code::new(v, Prec::Postfix, ty)
            }
            ExprKind::Attr { value, name } if matches!(value.ty, Type::Enum(_)) => {
                self.enum_attr(value, name, ty)
            }
            ExprKind::Attr { value, name } if matches!(value.ty, Type::Exc(_) | Type::ExcType) => {
                self.exception_attr(value, name, ty)
            }
            ExprKind::Attr { value, name } if matches!(value.ty, Type::File { .. }) => {
                // `f.closed`, the one attribute inference lets through.
                let _ = name;
                let f = self.expr(value).at(Prec::Postfix);
                Code::new(quote!(#f.closed()), Prec::Postfix, ty)
            }
            // `f.__name__` and `f.__doc__`.
            ExprKind::Attr { value, name } if matches!(value.ty, Type::Func(_)) => {
                self.uses.insert("Str");
                let f = self.expr(value).at(Prec::Postfix);
                match name.as_str() {
                    "__doc__" => Code::new(quote!(#f.doc()), Prec::Postfix, ty),
                    _ => Code::new(quote!(#f.name()), Prec::Postfix, ty),
                }
            }
            ExprKind::Attr { value, name } => self.attr(value, name, ty),
            ExprKind::NewExc { class, args } => self.new_exception(class, args, ty),
            ExprKind::ExcClass(name) => {
                let c = self.exc_class(name);
                self.uses.insert("ExcClass");
                Code::new(quote!(ExcClass::from(#c)), Prec::Postfix, ty)
            }
            ExprKind::Closure(c) => self.closure(c, ty),
            ExprKind::ExcFromInstance(new) => self.exception_from_instance(new, ty),
            ExprKind::ExcInstance(inner) => self.exception_instance(inner, ty),
            ExprKind::CacheInfo { func, clear } => {
                let cache = cache_ident(func);
                let ts = if *clear {
                    quote!(#cache.with(|c| c.borrow_mut().clear()))
                } else {
                    quote!(#cache.with(|c| c.borrow().info()))
                };
                Code::new(ts, Prec::Postfix, ty)
            }
            ExprKind::Lambda { .. } => {
                unreachable!(
                    "lowering admits lambdas only where they are applied (key=, map, filter)"
                )
            }
        }
    }

    /// `(name := value)`: stores a copy and gives the value.
    fn walrus(&mut self, place: &Place, value: &ir::Expr) -> Code {
        let v = self.owned(value);
        let tmp = self.own_name("value");
        let slot = self.place_type(place);
        let read = ir::Expr::new(
            ExprKind::Local(tmp.to_string()),
            value.ty.clone(),
            value.span,
        );
        let stored = if slot == Some(Type::Obj) && value.ty != Type::Obj {
            self.obj_of(&read)
        } else {
            self.expr(&read)
        };
        let store = self.store(place, stored);
        Code::new(
            quote!({ let #tmp = #v; #store #tmp }),
            Prec::Postfix,
            value.ty.clone(),
        )
    }

    /// A value of a known type as an `Obj`.
    pub(super) fn obj_of(&mut self, inner: &ir::Expr) -> Code {
        self.uses.insert("Obj");
        let variant = match &inner.ty {
            Type::None if matches!(inner.kind, ExprKind::None) => {
                return Code::new(quote!(Obj::None), Prec::Postfix, Type::Obj);
            }
            Type::None => {
                let v = self.owned(inner);
                return Code::new(quote!({ #v; Obj::None }), Prec::Postfix, Type::Obj);
            }
            Type::Bool => quote!(Bool),
            Type::Int => quote!(Int),
            Type::Float => quote!(Float),
            Type::Str => quote!(Str),
            Type::Bytes => quote!(Bytes),
            Type::ByteArray => quote!(ByteArray),
            Type::List(_) => quote!(List),
            Type::Dict(..) => quote!(Dict),
            Type::Set(_) => quote!(Set),
            _ => {
                // Tuples and frozensets convert item by item.
                self.uses.insert("IntoObj");
                let v = self.owned(inner);
                return Code::new(quote!(IntoObj::into_obj(#v)), Prec::Postfix, Type::Obj);
            }
        };
        let v = self.owned(inner);
        Code::new(quote!(Obj::#variant(#v)), Prec::Postfix, Type::Obj)
    }

    /// An operation on `Obj` operands, dispatched at run time.
    pub(super) fn obj_method(
        &mut self,
        recv: &ir::Expr,
        method: &str,
        args: &[&ir::Expr],
        ty: Type,
    ) -> Code {
        let r = self.expr(recv).at(Prec::Postfix);
        let args: Vec<TokenStream> = args.iter().map(|a| self.plain_ref(a)).collect();
        let method = format_ident!("{}", method);
        self.try_(quote!(#r.#method(#(#args),*)), ty)
    }

    fn truthy(&mut self, inner: &ir::Expr) -> Code {
        // The truth of a literal is known now.
        let known = match &inner.kind {
            ExprKind::Float(f) => Some(*f != 0.0),
            ExprKind::Str(s) => Some(!s.is_empty()),
            ExprKind::None => Some(false),
            _ => None,
        };
        if let Some(b) = known {
            return Code::new(quote!(#b), Prec::Postfix, Type::Bool);
        }
        if let Type::Object(class) = &inner.ty {
            return self.instance_truthy(class, inner);
        }
        if let Type::Optional(item) = &inner.ty {
            return self.optional_truthy(inner, item);
        }
        let c = self.expr(inner);
        let ts = match &c.ty {
            Type::Bool => return c,
            Type::Int => {
                if let Some(v) = c.small_int {
                    let b = v != 0;
                    quote!(#b)
                } else {
                    let r = self.receiver(c);
                    quote!(#r.is_true())
                }
            }
            Type::Float => {
                let t = c.at(Prec::Compare);
                return Code::new(quote!(#t != 0.0), Prec::Compare, Type::Bool);
            }
            Type::Str
            | Type::List(_)
            | Type::VarTuple(_)
            | Type::Dict(..)
            | Type::Set(_)
            | Type::FrozenSet(_)
            | Type::Bytes
            | Type::ByteArray
            | Type::Range
            | Type::Obj => {
                let t = c.at(Prec::Postfix);
                quote!(#t.is_true())
            }
            Type::Tuple(items) => {
                let b = !items.is_empty();
                let t = c.ts;
                if c.place {
                    quote!(#b)
                } else {
                    quote!({ let _ = #t; #b })
                }
            }
            // None is false; any other object (an enum member, an
            // iterator) is true.
            Type::None => {
                let t = c.ts;
                quote!({ #t; false })
            }
            _ if c.place => quote!(true),
            _ => {
                let t = c.ts;
                quote!({ let _ = #t; true })
            }
        };
        Code::new(ts, Prec::Postfix, Type::Bool)
    }

    fn binary(&mut self, op: BinOp, left: &ir::Expr, right: &ir::Expr, ty: Type) -> Code {
        if let Some(c) = self.instance_binop(op, left, right, false, ty.clone()) {
            return c;
        }
        let int_like = |t: &Type| matches!(t, Type::Int | Type::Bool);
        match (&ty, op) {
            (Type::Dict(..), _) => {
                let l = self.expr(left).at(Prec::Postfix);
                let r = self.plain_ref(right);
                Code::new(quote!(#l.merged(#r)), Prec::Postfix, ty)
            }
            (Type::Obj, _) => self.obj_method(left, obj_method_name(op), &[right], ty),
            (Type::List(_), _) => self.list_binary(op, left, right, ty),
            (Type::Set(_) | Type::FrozenSet(_), _) => self.set_binary(op, left, right, ty),
            (Type::Bytes | Type::ByteArray, BinOp::Add) => {
                let l = self.expr(left).at(Prec::Postfix);
                let r = self.plain_ref(right);
                Code::new(quote!(#l.concat(#r)), Prec::Postfix, ty)
            }
            (Type::Bytes | Type::ByteArray, _) => {
                let (seq, n) = if matches!(left.ty, Type::Bytes | Type::ByteArray) {
                    (left, right)
                } else {
                    (right, left)
                };
                let l = self.expr(seq).at(Prec::Postfix);
                let n = self.operand_ref(n);
                self.try_(quote!(#l.repeat(#n)), ty)
            }
            (Type::Str, BinOp::Add) => {
                let l = self.expr(left);
                let l = self.receiver(l);
                let r = self.operand_ref(right);
                Code::new(quote!(#l.concat(#r)), Prec::Postfix, ty)
            }
            (Type::Str, BinOp::Mod) => self.percent_format(left, right, ty),
            (Type::Str, BinOp::Mul) => {
                let (s, n) = if left.ty == Type::Str {
                    (left, right)
                } else {
                    (right, left)
                };
                let s = self.expr(s);
                let s = s.at(Prec::Postfix);
                let n = self.operand_ref(n);
                self.try_(quote!(#s.repeat(#n)), ty)
            }
            (Type::Bool, _) => {
                let l = self.expr(left).at(bool_prec(op));
                let r = self.expr(right).at(next(bool_prec(op)));
                let o = rust_op(op);
                Code::new(quote!(#l #o #r), bool_prec(op), ty)
            }
            (Type::Int, _) if int_like(&left.ty) && int_like(&right.ty) => {
                self.int_binary(op, left, right, ty)
            }
            (Type::Float, _) => self.float_binary(op, left, right, ty),
            _ => unreachable!("untyped binary operation reached emission"),
        }
    }

    fn int_binary(&mut self, op: BinOp, left: &ir::Expr, right: &ir::Expr, ty: Type) -> Code {
        let (l, r) = (self.expr(left), self.expr(right));
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                let prec = int_prec(op);
                // Two literals: make the left one an Int so the operator applies.
                let l = if l.small_int.is_some() && r.small_int.is_some() {
                    let lt = self.owned_code(l);
                    Code::new(lt, Prec::Postfix, Type::Int)
                } else {
                    l
                };
                // clippy::precedence: arithmetic inside a bit operation gets parentheses.
                let bit = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
                let min = |p: Prec, c: &Code| {
                    if bit && matches!(c.prec, Prec::Add | Prec::Mul | Prec::Shift) {
                        Prec::Unary
                    } else {
                        p
                    }
                };
                let (lmin, rmin) = (min(prec, &l), min(next(prec), &r));
                let lt = self.int_operand_code(l, lmin);
                let rt = self.int_operand_code(r, rmin);
                let o = rust_op(op);
                Code::new(quote!(#lt #o #rt), prec, ty)
            }
            BinOp::FloorDiv | BinOp::Mod => {
                let method = if op == BinOp::FloorDiv {
                    "floor_div"
                } else {
                    "modulo"
                };
                let recv = self.receiver(l);
                match r.small_int {
                    Some(d) if d != 0 => {
                        let m = format_ident!("{}_i64", method);
                        let d = int_lit(d);
                        Code::new(quote!(#recv.#m(#d)), Prec::Postfix, ty)
                    }
                    _ => {
                        let m = format_ident!("{}", method);
                        let arg = self.ref_code(r);
                        self.try_(quote!(#recv.#m(#arg)), ty)
                    }
                }
            }
            BinOp::Pow => {
                let recv = self.receiver(l);
                match r.small_int {
                    Some(e) if (0..=u32::MAX as i64).contains(&e) => {
                        let e = Literal::u32_unsuffixed(e as u32);
                        Code::new(quote!(#recv.pow_u32(#e)), Prec::Postfix, ty)
                    }
                    _ => {
                        let arg = self.ref_code(r);
                        self.try_(quote!(#recv.pow(#arg)), ty)
                    }
                }
            }
            BinOp::Shl | BinOp::Shr => {
                let recv = self.receiver(l);
                let m = if op == BinOp::Shl {
                    quote!(shl)
                } else {
                    quote!(shr)
                };
                let arg = self.ref_code(r);
                self.try_(quote!(#recv.#m(#arg)), ty)
            }
            BinOp::Div => unreachable!("int / int is a float"),
        }
    }

    fn float_binary(&mut self, op: BinOp, left: &ir::Expr, right: &ir::Expr, ty: Type) -> Code {
        if op == BinOp::Div
            && matches!(left.ty, Type::Int | Type::Bool)
            && matches!(right.ty, Type::Int | Type::Bool)
        {
            let l = self.expr(left);
            let recv = self.receiver(l);
            let r = self.operand_ref(right);
            return self.try_(quote!(#recv.true_div(#r)), ty);
        }
        let l = self.float_operand(left);
        let r = self.float_operand(right);
        let nonzero_literal = nonzero_literal(right);
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let prec = int_prec(op);
                let (lt, rt) = (l.at(prec), r.at(next(prec)));
                let o = rust_op(op);
                Code::new(quote!(#lt #o #rt), prec, ty)
            }
            BinOp::Div if nonzero_literal => {
                let (lt, rt) = (l.at(Prec::Mul), r.at(Prec::Unary));
                Code::new(quote!(#lt / #rt), Prec::Mul, ty)
            }
            _ => {
                let f = match op {
                    BinOp::Div => quote!(div),
                    BinOp::FloorDiv => quote!(floor_div),
                    BinOp::Mod => quote!(modulo),
                    _ => quote!(pow),
                };
                let (lt, rt) = (l.ts, r.ts);
                self.try_(quote!(molt_rt::float::#f(#lt, #rt)), ty)
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, operand: &ir::Expr, ty: Type) -> Code {
        if let (UnaryOp::Not, Some(negated)) = (op, negated_comparison(operand)) {
            return self.expr(&negated);
        }
        if let (UnaryOp::Not, ExprKind::Bool(b)) = (op, &operand.kind) {
            let v = !b;
            return Code::new(quote!(#v), Prec::Postfix, ty);
        }
        // `not isinstance(x, T)` on a `T | None` is `x.is_none()`, and so
        // is `not x` of an instance without `__bool__` or `__len__`.
        if op == UnaryOp::Not {
            if let Some(v) = self.optional_isinstance(operand) {
                return Code::new(quote!(#v.is_none()), Prec::Postfix, ty);
            }
            if let Some(v) = self.optional_plain_instance(operand) {
                return Code::new(quote!(#v.is_none()), Prec::Postfix, ty);
            }
        }
        if matches!(operand.ty, Type::Object(_)) && op != UnaryOp::Not {
            return self.instance_method(operand, crate::infer::unary_dunder(op), &[], ty);
        }
        if operand.ty == Type::Obj && op != UnaryOp::Not {
            let method = match op {
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                _ => "invert",
            };
            return self.obj_method(operand, method, &[], ty);
        }
        let c = self.expr(operand);
        match (op, &c.ty) {
            (UnaryOp::Not, _) => {
                let t = c.at(Prec::Unary);
                Code::new(quote!(!#t), Prec::Unary, ty)
            }
            (UnaryOp::Pos, Type::Float) => c,
            (UnaryOp::Neg, Type::Float) => {
                let t = c.at(Prec::Unary);
                Code::new(quote!(-#t), Prec::Unary, ty)
            }
            (UnaryOp::Pos, Type::Bool) => {
                let int = self.int_type();
                let t = c.at(Prec::Block);
                Code::new(quote!(#int::from(#t)), Prec::Postfix, ty)
            }
            (UnaryOp::Pos, _) => {
                let t = self.owned_code(c);
                Code::new(t, Prec::Postfix, ty)
            }
            (_, _) => {
                if let Some(v) = c.small_int {
                    let r = if op == UnaryOp::Neg {
                        v.checked_neg()
                    } else {
                        Some(!v)
                    };
                    if let Some(r) = r {
                        let lit = Literal::i64_unsuffixed(r.abs());
                        let ts = if r < 0 { quote!(-#lit) } else { quote!(#lit) };
                        return Code {
                            ts,
                            prec: Prec::Unary,
                            place: false,
                            small_int: Some(r),
                            ty,
                            tried: None,
                        };
                    }
                }
                let t = self.int_operand_code(c, Prec::Unary);
                let o = if op == UnaryOp::Neg {
                    quote!(-)
                } else {
                    quote!(!)
                };
                Code::new(quote!(#o #t), Prec::Unary, ty)
            }
        }
    }

    fn compare(&mut self, first: &ir::Expr, rest: &[(CmpOp, ir::Expr)]) -> Code {
        if let [(op, right)] = rest {
            // A member of a (non-int) enum never equals a value of another type.
            let enum_vs_other = matches!(
                (&first.ty, &right.ty),
                (Type::Enum(_), _) | (_, Type::Enum(_))
            ) && first.ty != right.ty;
            if enum_vs_other && matches!(op, CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot) {
                let (l, r) = (self.expr(first), self.expr(right));
                let result = matches!(op, CmpOp::Ne | CmpOp::IsNot);
                let ts = self.constant_with_effects(l, r, result);
                return Code::new(ts, Prec::Postfix, Type::Bool);
            }
            if let (Type::Enum(_), Type::Enum(_)) = (&first.ty, &right.ty) {
                let (l, r) = (self.expr(first), self.expr(right));
                let (l, r) = (l.at(next(Prec::Compare)), r.at(next(Prec::Compare)));
                let ts = match op {
                    CmpOp::Eq | CmpOp::Is => quote!(#l == #r),
                    CmpOp::Ne | CmpOp::IsNot => quote!(#l != #r),
                    other => {
                        let o = cmp_op(*other);
                        quote!(#l #o #r)
                    }
                };
                return Code::new(ts, Prec::Compare, Type::Bool);
            }
            if let Some(ts) = self.instance_compare(*op, first, right) {
                return Code::new(ts, Prec::Compare, Type::Bool);
            }
        }
        if let Some(range) = self.range_contains(first, rest) {
            return range;
        }
        let mut operands = Vec::new();
        let mut temps = Vec::new();
        let chained = rest.len() > 1;
        for (i, e) in std::iter::once(first)
            .chain(rest.iter().map(|(_, e)| e))
            .enumerate()
        {
            let c = self.expr(e);
            let is_last = i == rest.len();
            if chained
                && !is_last
                && !is_pure(e)
                && !c.place
                && c.small_int.is_none()
                && !matches!(e.kind, ExprKind::Float(_) | ExprKind::Bool(_))
            {
                // Evaluated once, as Python does for the middle of a chain.
                let tmp = format_ident!("operand_{}", i);
                let ts = c.ts.clone();
                temps.push(quote!(let #tmp = #ts;));
                operands.push(Code::place(quote!(#tmp), c.ty));
            } else {
                operands.push(c);
            }
        }
        let parts: Vec<TokenStream> = rest
            .iter()
            .enumerate()
            .map(|(i, (op, _))| {
                self.compare_pair(*op, operands[i].clone(), operands[i + 1].clone())
            })
            .collect();
        let joined = if parts.len() == 1 {
            return Code::new(parts[0].clone(), Prec::Compare, Type::Bool);
        } else {
            quote!(#(#parts)&&*)
        };
        if temps.is_empty() {
            Code::new(joined, Prec::And, Type::Bool)
        } else {
            Code::new(quote!({ #(#temps)* #joined }), Prec::Block, Type::Bool)
        }
    }

    /// `lo <= x <= hi` (or `< hi`) of ints or floats, with a plain `x` and
    /// an `hi` whose evaluation cannot raise or show:
    /// `(lo..=hi).contains(&x)`.
    fn range_contains(&mut self, first: &ir::Expr, rest: &[(CmpOp, ir::Expr)]) -> Option<Code> {
        let [(CmpOp::Le, x), (upper, hi)] = rest else {
            return None;
        };
        let numeric = |t: &Type| matches!(t, Type::Int | Type::Float);
        let same = first.ty == x.ty && x.ty == hi.ty && numeric(&x.ty);
        let quiet = |e: &ir::Expr| {
            is_leaf(e)
                || matches!(&e.kind, ExprKind::Builtin { func: Builtin::Len, args, .. } if args.iter().all(is_leaf))
        };
        // `x` is evaluated once, after the bounds: it may be any expression
        // when they are plain values.
        if !same || !is_leaf(first) || !quiet(hi) || !matches!(upper, CmpOp::Le | CmpOp::Lt) {
            return None;
        }
        let lo = self.owned(first);
        let hi = self.owned(hi);
        let x = if is_leaf(x) {
            self.displayed(x)
        } else {
            let c = self.expr(x);
            if c.small_int.is_some() {
                self.owned_code(c)
            } else {
                c.at(Prec::Unary)
            }
        };
        let range = if *upper == CmpOp::Le {
            quote!(#lo..=#hi)
        } else {
            quote!(#lo..#hi)
        };
        Some(Code::new(
            quote!((#range).contains(&#x)),
            Prec::Postfix,
            Type::Bool,
        ))
    }

    fn compare_pair(&mut self, op: CmpOp, l: Code, r: Code) -> TokenStream {
        // Two ints known now (a tuple's length against a literal).
        if let (Some(a), Some(b)) = (l.small_int, r.small_int) {
            let result = match op {
                CmpOp::Eq => Some(a == b),
                CmpOp::Ne => Some(a != b),
                CmpOp::Lt => Some(a < b),
                CmpOp::Le => Some(a <= b),
                CmpOp::Gt => Some(a > b),
                CmpOp::Ge => Some(a >= b),
                _ => None,
            };
            if let Some(result) = result {
                return quote!(#result);
            }
        }
        let numeric = |t: &Type| matches!(t, Type::Int | Type::Float | Type::Bool);
        let (lt, rt) = (l.ts.to_string(), r.ts.to_string());
        // Two string literals (`__name__ == "__main__"` becomes one) compare now.
        let literal = |t: &str| {
            t.strip_prefix("Str :: from (")
                .and_then(|t| t.strip_suffix(')'))
                .map(str::to_string)
        };
        if let (CmpOp::Eq | CmpOp::Ne, Some(a), Some(b)) = (op, literal(&lt), literal(&rt)) {
            if syn::parse_str::<syn::LitStr>(&a).is_ok()
                && syn::parse_str::<syn::LitStr>(&b).is_ok()
            {
                let same = (a == b) == (op == CmpOp::Eq);
                return quote!(#same);
            }
        }
        // `x != x` is Python's NaN test.
        if l.place && lt == rt && l.ty == Type::Float && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            // `f64::is_nan(v)` also fixes the type of a `let v = 1.5`.
            let t = l.ts;
            return if op == CmpOp::Ne {
                quote!(f64::is_nan(#t))
            } else {
                quote!(!f64::is_nan(#t))
            };
        }
        if let Some(ts) = self.obj_compare(op, &l, &r) {
            return ts;
        }
        // `x is None` on a `T | None`.
        if let (CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::Ne, true) = (
            op,
            matches!(
                (&l.ty, &r.ty),
                (Type::Optional(_), Type::None) | (Type::None, Type::Optional(_))
            ),
        ) {
            let (opt, other) = if l.ty == Type::None { (r, l) } else { (l, r) };
            let t = opt.at(Prec::Postfix);
            let test = if matches!(op, CmpOp::Is | CmpOp::Eq) {
                quote!(#t.is_none())
            } else {
                quote!(#t.is_some())
            };
            return if other.place || other.ts.to_string() == "()" {
                test
            } else {
                let o = other.ts;
                quote!({ #o; #test })
            };
        }
        // Exception classes compare by identity, which is equality.
        let class =
            |t: &Type| matches!(t, Type::ExcType) || *t == Type::Optional(Box::new(Type::ExcType));
        if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::Ne)
            && class(&l.ty)
            && class(&r.ty)
        {
            let some = |c: &Code, other: &Code| {
                let t = c.at(next(Prec::Compare));
                if c.ty == Type::ExcType && other.ty != Type::ExcType {
                    quote!(Some(#t))
                } else {
                    t
                }
            };
            let (lt, rt) = (some(&l, &r), some(&r, &l));
            return if matches!(op, CmpOp::Is | CmpOp::Eq) {
                quote!(#lt == #rt)
            } else {
                quote!(#lt != #rt)
            };
        }
        // Function values are one object per def or per closure made.
        if let (CmpOp::Is | CmpOp::IsNot, Type::Func(_), Type::Func(_)) = (op, &l.ty, &r.ty) {
            let (lt, rt) = (l.at(Prec::Postfix), r.at(Prec::Postfix));
            return if op == CmpOp::Is {
                quote!(#lt.is(&#rt))
            } else {
                quote!(!#lt.is(&#rt))
            };
        }
        match op {
            CmpOp::Is | CmpOp::IsNot if l.ty != Type::None && l.ty == r.ty => {
                let (lt, rt) = (l.at(Prec::Postfix), self.plain_ref_code(r));
                if op == CmpOp::Is {
                    quote!(#lt.is(#rt))
                } else {
                    quote!(!#lt.is(#rt))
                }
            }
            _ if matches!(
                (&l.ty, &r.ty),
                (
                    Type::Set(_) | Type::FrozenSet(_),
                    Type::Set(_) | Type::FrozenSet(_)
                ) | (Type::Bytes | Type::ByteArray, Type::Bytes | Type::ByteArray)
            ) && !matches!(op, CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot) =>
            {
                let o = cmp_op(op);
                let (lt, rt) = (l.at(next(Prec::Compare)), r.at(next(Prec::Compare)));
                quote!(#lt #o #rt)
            }
            CmpOp::Is | CmpOp::IsNot => {
                let same = (l.ty == Type::None) == (r.ty == Type::None);
                let result = same == (op == CmpOp::Is);
                self.constant_with_effects(l, r, result)
            }
            CmpOp::In | CmpOp::NotIn if r.ty != Type::Str => {
                let found = self.contains(l, r);
                if op == CmpOp::In {
                    found
                } else {
                    quote!(!#found)
                }
            }
            CmpOp::In | CmpOp::NotIn => {
                let hay = r.at(Prec::Postfix);
                let needle = match l.ts.to_string() {
                    _ if l.place => {
                        let t = l.at(Prec::Postfix);
                        quote!(#t.as_str())
                    }
                    _ => {
                        let t = l.at(Prec::Postfix);
                        quote!(#t.as_str())
                    }
                };
                let found = quote!(#hay.contains(#needle));
                if op == CmpOp::In {
                    found
                } else {
                    quote!(!#found)
                }
            }
            _ if numeric(&l.ty) && numeric(&r.ty) => self.numeric_compare(op, l, r),
            _ if l.ty == Type::Str && r.ty == Type::Str => {
                // Compare as `&str`, so literals need no `Str` of their own.
                let side = |c: Code| -> TokenStream {
                    let text = c.ts.to_string();
                    match text
                        .strip_prefix("Str :: from (")
                        .and_then(|t| t.strip_suffix(')'))
                    {
                        Some(lit) if syn::parse_str::<syn::LitStr>(lit).is_ok() => {
                            lit.parse().unwrap_or(c.ts)
                        }
                        _ => {
                            let t = c.at(Prec::Postfix);
                            quote!(#t.as_str())
                        }
                    }
                };
                let empty = |c: &Code| c.ts.to_string() == "Str :: from (\"\")";
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && (empty(&l) || empty(&r)) {
                    let other = if empty(&l) { r } else { l };
                    let t = other.at(Prec::Postfix);
                    return if op == CmpOp::Eq {
                        quote!(#t.is_empty())
                    } else {
                        quote!(!#t.is_empty())
                    };
                }
                let o = cmp_op(op);
                let (lt, rt) = (side(l), side(r));
                quote!(#lt #o #rt)
            }
            _ if l.ty == r.ty => {
                let o = cmp_op(op);
                let (lt, rt) = (l.at(next(Prec::Compare)), r.at(next(Prec::Compare)));
                quote!(#lt #o #rt)
            }
            CmpOp::Eq | CmpOp::Ne => self.constant_with_effects(l, r, op == CmpOp::Ne),
            _ => unreachable!("ordering comparison between unrelated types"),
        }
    }

    /// A comparison where an operand is an `Obj`; `None` for the others.
    fn obj_compare(&mut self, op: CmpOp, l: &Code, r: &Code) -> Option<TokenStream> {
        if l.ty != Type::Obj && r.ty != Type::Obj {
            return None;
        }
        let ts = match op {
            CmpOp::Is | CmpOp::IsNot => {
                let (obj, other) = if l.ty == Type::Obj { (l, r) } else { (r, l) };
                let t = obj.clone().ts;
                let test = match &other.ty {
                    Type::None => quote!(matches!(#t, Obj::None)),
                    Type::Bool => {
                        let b = other.clone().ts;
                        quote!(matches!(#t, Obj::Bool(b) if b == #b))
                    }
                    _ => {
                        let o = self.plain_ref_code(other.clone());
                        quote!(#t.is_same(#o))
                    }
                };
                if op == CmpOp::Is {
                    test
                } else {
                    quote!(!#test)
                }
            }
            CmpOp::In | CmpOp::NotIn => return None,
            CmpOp::Eq | CmpOp::Ne => {
                let o = cmp_op(op);
                let (lt, rt) = (
                    l.clone().at(next(Prec::Compare)),
                    r.clone().at(next(Prec::Compare)),
                );
                quote!(#lt #o #rt)
            }
            _ => {
                let method = format_ident!(
                    "{}",
                    match op {
                        CmpOp::Lt => "lt",
                        CmpOp::Le => "le",
                        CmpOp::Gt => "gt",
                        _ => "ge",
                    }
                );
                self.raises = true;
                let lt = l.clone().at(Prec::Postfix);
                let rt = self.plain_ref_code(r.clone());
                quote!(#lt.#method(#rt)?)
            }
        };
        Some(ts)
    }

    fn constant_with_effects(&mut self, l: Code, r: Code, result: bool) -> TokenStream {
        let pure = |c: &Code| {
            let text = c.ts.to_string();
            c.place
                || c.small_int.is_some()
                || text == "()"
                || (c.prec == Prec::Postfix && text.starts_with("Str :: from"))
        };
        let mut effects = Vec::new();
        for c in [l, r] {
            if !pure(&c) {
                let t = c.ts;
                // A None field of a tuple (`row[1] is None`) is evaluated
                // for its receiver's effects; as a statement clippy calls
                // the field read an unnecessary operation.
                let field = t
                    .clone()
                    .into_iter()
                    .last()
                    .is_some_and(|last| matches!(last, proc_macro2::TokenTree::Literal(_)));
                if c.ty == Type::None && field {
                    effects.push(quote!(let _ = &#t;));
                } else if c.ty == Type::None {
                    effects.push(quote!(#t;));
                } else {
                    effects.push(quote!(let _ = #t;));
                }
            }
        }
        if effects.is_empty() {
            quote!(#result)
        } else {
            quote!({ #(#effects)* #result })
        }
    }

    fn numeric_compare(&mut self, op: CmpOp, l: Code, r: Code) -> TokenStream {
        // Bool compares as int; an int literal goes on the right (Int: PartialOrd<i64>).
        let (op, l, r) = if l.small_int.is_some() && r.small_int.is_none() && r.ty == Type::Int {
            (flip(op), r, l)
        } else {
            (op, l, r)
        };
        let side = |this: &mut Self, c: Code, other: &Type, other_small: bool| -> TokenStream {
            match (&c.ty, other) {
                (Type::Bool, Type::Bool) => c.at(next(Prec::Compare)),
                (Type::Bool, Type::Float) => {
                    let t = c.at(Prec::Block);
                    quote!(f64::from(#t))
                }
                (Type::Bool, Type::Int) if other_small => {
                    let t = c.at(Prec::Block);
                    quote!(i64::from(#t))
                }
                (Type::Bool, _) => {
                    let int = this.int_type();
                    let t = c.at(Prec::Block);
                    quote!(#int::from(#t))
                }
                (Type::Int, _)
                    if c.small_int.is_some_and(|v| v.unsigned_abs() <= 1 << 53)
                        && *other == Type::Float =>
                {
                    let v = c.small_int.unwrap_or_default();
                    let f = Literal::f64_unsuffixed(v.unsigned_abs() as f64);
                    if v < 0 {
                        quote!(-#f)
                    } else {
                        quote!(#f)
                    }
                }
                (Type::Int, _)
                    if c.small_int.is_some() && matches!(other, Type::Int | Type::Bool) =>
                {
                    c.ts
                }
                (Type::Int, _) if c.small_int.is_some() => {
                    let int = this.int_type();
                    let v = int_lit(c.small_int.unwrap_or_default());
                    quote!(#int::from(#v))
                }
                _ => c.at(next(Prec::Compare)),
            }
        };
        let (lt_ty, rt_ty) = (l.ty.clone(), r.ty.clone());
        let (l_small, r_small) = (l.small_int.is_some(), r.small_int.is_some());
        let lt = side(self, l, &rt_ty, r_small);
        let rt = side(self, r, &lt_ty, l_small);
        let o = cmp_op(op);
        quote!(#lt #o #rt)
    }

    fn bool_op(&mut self, and: bool, values: &[ir::Expr], ty: Type) -> Code {
        if ty == Type::Bool {
            let prec = if and { Prec::And } else { Prec::Or };
            // Operands known when translating (an isinstance of a typed
            // value): `true` adds nothing to `and`, `false` nothing to `or`;
            // the other constant decides once the operands before it,
            // which are evaluated anyway, have no effects.
            let mut parts: Vec<TokenStream> = Vec::new();
            let mut pure_so_far = true;
            for v in values {
                let c = self.expr(v);
                let text = c.ts.to_string();
                if text == if and { "true" } else { "false" } {
                    continue;
                }
                if text == if and { "false" } else { "true" } && pure_so_far {
                    let decided = !and;
                    return Code::new(quote!(#decided), Prec::Postfix, ty);
                }
                pure_so_far &= is_pure(v);
                parts.push(c.at(next(prec)));
            }
            if parts.is_empty() {
                return Code::new(quote!(#and), Prec::Postfix, ty);
            }
            if parts.len() == 1 {
                let only = parts.remove(0);
                return Code::new(only, next(prec), ty);
            }
            let ts = if and {
                quote!(#(#parts)&&*)
            } else {
                quote!(#(#parts)||*)
            };
            return Code::new(ts, prec, ty);
        }
        // `a or b`: the first truthy operand, else the last one.
        let (last, init) = values.split_last().expect("a bool op has operands");
        let mut acc = self.owned(last);
        let value = self.own_name("value");
        for v in init.iter().rev() {
            let first = self.owned(v);
            let test = self.truthy(&ir::Expr::new(
                ExprKind::Local(value.to_string()),
                v.ty.clone(),
                v.span,
            ));
            let test = test.at(Prec::Or);
            acc = if and {
                quote!({ let #value = #first; if #test { #acc } else { #value } })
            } else {
                quote!({ let #value = #first; if #test { #value } else { #acc } })
            };
        }
        Code::new(acc, Prec::Postfix, ty)
    }

    fn builtin(
        &mut self,
        func: Builtin,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: Type,
    ) -> Code {
        if let Builtin::Math(m) = func {
            return self.math_call(m, args, kwargs, ty);
        }
        if let Builtin::Random(r) = func {
            return self.random_call(r, args, ty);
        }
        if let Some(code) = self.iterable_builtin(func, args, kwargs, &ty) {
            return code;
        }
        let arg_ty = args[0].ty.clone();
        match func {
            // `abs(v)`, `float(v)`, `int(v)` of an instance: its dunder.
            _ if args.len() == 1
                && matches!(args[0].ty, Type::Object(_))
                && crate::infer::builtin_dunder(func).is_some() =>
            {
                let dunder = crate::infer::builtin_dunder(func).unwrap_or_default();
                self.instance_method(&args[0], dunder, &[], ty)
            }
            Builtin::Abs if args[0].ty == Type::Float => {
                let t = self.expr(&args[0]).ts;
                Code::new(quote!(f64::abs(#t)), Prec::Postfix, ty)
            }
            Builtin::Abs => {
                let c = self.expr(&args[0]);
                let r = self.receiver(c);
                Code::new(quote!(#r.abs()), Prec::Postfix, ty)
            }
            Builtin::Min | Builtin::Max => {
                let f = if func == Builtin::Min {
                    quote!(min)
                } else {
                    quote!(max)
                };
                let mut acc = self.owned(&args[0]);
                for a in &args[1..] {
                    let b = self.owned(a);
                    acc = quote!(molt_rt::#f(#acc, #b));
                }
                Code::new(acc, Prec::Postfix, ty)
            }
            Builtin::Int => {
                let c = self.expr(&args[0]);
                match arg_ty {
                    Type::Int => Code::new(self.owned_code(c), Prec::Postfix, ty),
                    Type::Bool => {
                        let int = self.int_type();
                        let t = c.at(Prec::Block);
                        Code::new(quote!(#int::from(#t)), Prec::Postfix, ty)
                    }
                    Type::Float => {
                        let t = c.ts;
                        self.try_(quote!(molt_rt::float::to_int(#t)), ty)
                    }
                    _ => {
                        let int = self.int_type();
                        let t = c.at(Prec::Postfix);
                        self.try_(quote!(#int::parse(#t.as_str())), ty)
                    }
                }
            }
            Builtin::Float => match arg_ty {
                Type::Str => {
                    let c = self.expr(&args[0]);
                    let t = c.at(Prec::Postfix);
                    self.try_(quote!(molt_rt::float::parse(#t.as_str())), ty)
                }
                _ => self.float_operand(&args[0]),
            },
            Builtin::Str | Builtin::Repr => {
                let v = self.displayed(&args[0]);
                let f = if func == Builtin::Str {
                    quote!(str)
                } else {
                    quote!(repr)
                };
                Code::new(quote!(molt_rt::#f(&#v)), Prec::Postfix, ty)
            }
            Builtin::Bool => self.truthy(&args[0]),
            Builtin::Len if matches!(args[0].ty, Type::Object(_)) => {
                self.instance_method(&args[0], "__len__", &[], ty)
            }
            Builtin::Len => {
                let c = self.expr(&args[0]);
                let t = c.at(Prec::Postfix);
                let int = self.int_type();
                Code::new(quote!(#int::from_usize(#t.len())), Prec::Postfix, ty)
            }
            Builtin::Pow => self.binary(BinOp::Pow, &args[0], &args[1], ty),
            Builtin::Divmod => {
                if matches!(arg_ty, Type::Int | Type::Bool)
                    && matches!(args[1].ty, Type::Int | Type::Bool)
                {
                    let c = self.expr(&args[0]);
                    let recv = self.receiver(c);
                    let d = self.operand_ref(&args[1]);
                    self.try_(quote!(#recv.divmod(#d)), ty)
                } else {
                    let a = self.float_operand(&args[0]).ts;
                    let b = self.float_operand(&args[1]).ts;
                    self.try_(quote!(molt_rt::float::divmod(#a, #b)), ty)
                }
            }
            _ => unreachable!("iterable builtins are emitted by iterable_builtin"),
        }
    }

    fn fstring(&mut self, parts: &[FPart]) -> Code {
        if let [FPart::Literal(l)] = parts {
            self.uses.insert("Str");
            return Code::new(quote!(Str::from(#l)), Prec::Postfix, Type::Str);
        }
        let pieces: Vec<TokenStream> = parts.iter().map(|p| self.fpart(p)).collect();
        Code::new(
            quote!(molt_rt::fstring![#(#pieces),*]),
            Prec::Postfix,
            Type::Str,
        )
    }

    fn fpart(&mut self, p: &FPart) -> TokenStream {
        match p {
            FPart::Literal(l) => quote!(#l),
            FPart::Value {
                value,
                conversion,
                spec,
            } => {
                let plain = spec
                    .as_ref()
                    .is_none_or(|s| matches!(s, Spec::Literal(l) if l.is_empty()));
                if plain && *conversion != Conversion::Repr {
                    return self.displayed_arg(value);
                }
                let v = self.displayed(value);
                let v = match conversion {
                    Conversion::Repr => quote!(molt_rt::repr(&#v)),
                    _ => v,
                };
                match spec {
                    None => v,
                    Some(Spec::Literal(s)) if s.is_empty() => v,
                    Some(Spec::Literal(s)) => quote!(molt_rt::format(&#v, #s)),
                    Some(Spec::Dynamic(parts)) => {
                        let spec = self.fstring(parts).ts;
                        self.try_(
                            quote!(molt_rt::format_checked(&#v, #spec.as_str())),
                            Type::Str,
                        )
                        .ts
                    }
                }
            }
        }
    }
}

/// A print argument short and flat enough to stay readable inside
/// `py_print!`: names, literals and operations on them.
fn is_simple_print_arg(e: &ir::Expr) -> bool {
    match &e.kind {
        _ if is_leaf(e) => true,
        ExprKind::Unary { operand, .. } | ExprKind::Truthy(operand) => is_simple_print_arg(operand),
        ExprKind::Binary { left, right, .. } => {
            is_simple_print_arg(left) && is_simple_print_arg(right)
        }
        ExprKind::Compare { first, rest } => {
            is_simple_print_arg(first) && rest.iter().all(|(_, e)| is_simple_print_arg(e))
        }
        ExprKind::Call { args, .. } | ExprKind::Builtin { args, .. } => {
            args.len() <= 2 && args.iter().all(is_simple_print_arg)
        }
        ExprKind::Index { value, index } => {
            is_simple_print_arg(value) && is_simple_print_arg(index)
        }
        ExprKind::Method { receiver, args, .. } => {
            args.len() <= 1 && is_simple_print_arg(receiver) && args.iter().all(is_simple_print_arg)
        }
        ExprKind::FString(parts) => parts.iter().all(|p| match p {
            FPart::Literal(_) => true,
            FPart::Value { value, spec, .. } => {
                is_simple_print_arg(value) && !matches!(spec, Some(Spec::Dynamic(_)))
            }
        }),
        _ => false,
    }
}

/// The `Obj` method for a binary operator (`i` + it for the in-place form).
fn obj_method_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "true_div",
        BinOp::FloorDiv => "floor_div",
        BinOp::Mod => "modulo",
        BinOp::Pow => "pow",
        BinOp::BitAnd => "bit_and",
        BinOp::BitOr => "bit_or",
        BinOp::BitXor => "bit_xor",
        BinOp::Shl => "lshift",
        BinOp::Shr => "rshift",
    }
}

pub(super) fn collect_idents(ts: TokenStream, out: &mut BTreeSet<String>) {
    for tt in ts {
        match tt {
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            proc_macro2::TokenTree::Group(g) => collect_idents(g.stream(), out),
            _ => {}
        }
    }
}

/// The lints a class's Rust name may trip, being the Python name: `BST`
/// (an acronym) or `my_class` (not CamelCase).
pub(super) fn class_case_lint(name: &str) -> TokenStream {
    let acronym = name
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase());
    let camel = name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && !name.contains('_');
    match (acronym, camel) {
        (true, _) => quote!(#[allow(clippy::upper_case_acronyms)]),
        (false, false) => quote!(#[allow(non_camel_case_types)]),
        _ => quote!(),
    }
}

/// Python names are kept; one that is not snake case (a module-level
/// `TOTAL`, a parameter `N`, a field `holdCount`) carries an allow for that
/// name alone.
pub(super) fn case_lint(name: &str) -> TokenStream {
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        quote!(#[allow(non_snake_case)])
    } else {
        quote!()
    }
}

/// An unsuffixed integer literal: the operator or `From` impl types it.
fn int_lit(v: i64) -> TokenStream {
    let lit = Literal::i64_unsuffixed(v.unsigned_abs() as i64);
    if v < 0 {
        quote!(-#lit)
    } else {
        quote!(#lit)
    }
}

fn line_marker(line: u32) -> TokenStream {
    let l = Literal::u32_unsuffixed(line);
    quote!(__molt_line!(#l);)
}

pub(super) fn lifetime(label: &Ident) -> TokenStream {
    let l = syn::Lifetime::new(&format!("'{label}"), Span::call_site());
    quote!(#l)
}

/// Whether a loop body holds (outside nested loops) a loop with an `else`
/// that a `break` skips: that loop's `else` block sits inside ours.
fn has_labelled_else(body: &[ir::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::While { body, orelse, .. }
        | StmtKind::ForRange { body, orelse, .. }
        | StmtKind::ForEach { body, orelse, .. } => {
            !orelse.is_empty() && analyze::breaks(body) && jumps(orelse)
        }
        StmtKind::If { then, orelse, .. } => has_labelled_else(then) || has_labelled_else(orelse),
        // Its labelled blocks need `break` and `continue` to name the loop.
        StmtKind::Try { .. } | StmtKind::With { .. } => {
            s.kind.blocks().into_iter().any(|b| jumps(b))
        }
        _ => false,
    })
}

/// A literal or a name.
fn is_leaf(e: &ir::Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::None
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Bound(_)
    )
}

/// An expression with no side effects whose value cannot change between
/// two evaluations: it may be repeated instead of stored in a temporary.
fn is_pure(e: &ir::Expr) -> bool {
    match &e.kind {
        _ if is_leaf(e) => true,
        ExprKind::Index { value, index } => is_pure(value) && is_pure(index),
        ExprKind::Binary { left, right, .. } => is_pure(left) && is_pure(right),
        ExprKind::Unary { operand, .. } | ExprKind::Truthy(operand) | ExprKind::ToObj(operand) => {
            is_pure(operand)
        }
        ExprKind::Builtin {
            func: Builtin::Len | Builtin::Abs,
            args,
            ..
        } => args.iter().all(is_pure),
        _ => false,
    }
}

/// `not (a < b)` as `a >= b`, where that is exact: `==`/`!=` always, and
/// orderings when neither side is a float (NaN makes both false).
pub(super) fn negated_comparison(e: &ir::Expr) -> Option<ir::Expr> {
    let ExprKind::Compare { first, rest } = &e.kind else {
        return None;
    };
    let [(op, right)] = rest.as_slice() else {
        return None;
    };
    let total = |t: &Type| matches!(t, Type::Int | Type::Bool | Type::Str);
    let ordered = total(&first.ty) && total(&right.ty);
    // A class's `__eq__` and `__ne__` need not disagree.
    let user_eq = matches!(first.ty, Type::Object(_)) || matches!(right.ty, Type::Object(_));
    let negated = match op {
        CmpOp::Eq if !user_eq => CmpOp::Ne,
        CmpOp::Ne if !user_eq => CmpOp::Eq,
        CmpOp::Lt if ordered => CmpOp::Ge,
        CmpOp::Le if ordered => CmpOp::Gt,
        CmpOp::Gt if ordered => CmpOp::Le,
        CmpOp::Ge if ordered => CmpOp::Lt,
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    let kind = ExprKind::Compare {
        first: first.clone(),
        rest: vec![(negated, right.clone())],
    };
    Some(ir::Expr::new(kind, Type::Bool, e.span))
}

fn nonzero_literal(e: &ir::Expr) -> bool {
    matches!(e.kind, ExprKind::Float(f) if f != 0.0)
        || matches!(e.kind, ExprKind::Int(ref v) if v != "0")
}

/// The statements up to the first that never falls through: what follows
/// it (legal in Python) can never run, and Rust warns about it.
fn reachable(body: &[ir::Stmt]) -> &[ir::Stmt] {
    let end = body
        .iter()
        .position(|s| {
            matches!(s.kind, StmtKind::Break | StmtKind::Continue)
                || analyze::diverges(std::slice::from_ref(s))
        })
        .map_or(body.len(), |i| i + 1);
    &body[..end]
}

/// A `break` or `continue` (outside nested loops).
fn jumps(body: &[ir::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Break | StmtKind::Continue => true,
        StmtKind::If { then, orelse, .. } => jumps(then) || jumps(orelse),
        StmtKind::Try { .. } | StmtKind::With { .. } => {
            s.kind.blocks().into_iter().any(|b| jumps(b))
        }
        _ => false,
    })
}

pub(super) fn is_copy(t: &Type) -> bool {
    match t {
        Type::Float | Type::Bool | Type::None | Type::Enum(_) | Type::ExcType | Type::CacheInfo => {
            true
        }
        Type::Optional(inner) => is_copy(inner),
        Type::Tuple(items) => items.iter().all(is_copy),
        _ => false,
    }
}

fn small_literal(e: &ir::Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(v) => v.parse().ok(),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => small_literal(operand).and_then(i64::checked_neg),
        _ => None,
    }
}

fn loop_var_unused(body: &[ir::Stmt], name: &str) -> bool {
    let mut used = false;
    let mut body = body.to_vec();
    analyze::visit_exprs_mut(&mut body, &mut |e| {
        if matches!(&e.kind, ExprKind::Local(n) if n == name) {
            used = true;
        }
    });
    !used
}

fn collect_param_writes(body: &[ir::Stmt], out: &mut HashMap<String, ()>) {
    for s in body {
        match &s.kind {
            StmtKind::Assign {
                place: Place::Local(n),
                ..
            }
            | StmtKind::AugAssign {
                place: Place::Local(n),
                ..
            } => {
                out.insert(n.clone(), ());
            }
            StmtKind::AssignMany { places, .. } => {
                for p in places {
                    if let Place::Local(n) = p {
                        out.insert(n.clone(), ());
                    }
                }
            }
            StmtKind::ForRange {
                var, body, orelse, ..
            } => {
                if let Place::Local(n) = var {
                    out.insert(n.clone(), ());
                }
                collect_param_writes(body, out);
                collect_param_writes(orelse, out);
            }
            StmtKind::ForEach {
                targets,
                body,
                orelse,
                ..
            } => {
                for t in targets {
                    if let Place::Local(n) = t {
                        out.insert(n.clone(), ());
                    }
                }
                collect_param_writes(body, out);
                collect_param_writes(orelse, out);
            }
            StmtKind::If { then, orelse, .. }
            | StmtKind::While {
                body: then, orelse, ..
            } => {
                collect_param_writes(then, out);
                collect_param_writes(orelse, out);
            }
            _ => {}
        }
    }
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::Block => Prec::Or,
        Prec::Or => Prec::And,
        Prec::And => Prec::Compare,
        Prec::Compare => Prec::BitOr,
        Prec::BitOr => Prec::BitXor,
        Prec::BitXor => Prec::BitAnd,
        Prec::BitAnd => Prec::Shift,
        Prec::Shift => Prec::Add,
        Prec::Add => Prec::Mul,
        Prec::Mul => Prec::Unary,
        Prec::Unary | Prec::Postfix => Prec::Postfix,
    }
}

fn int_prec(op: BinOp) -> Prec {
    match op {
        BinOp::Add | BinOp::Sub => Prec::Add,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => Prec::Mul,
        BinOp::BitAnd => Prec::BitAnd,
        BinOp::BitOr => Prec::BitOr,
        BinOp::BitXor => Prec::BitXor,
        BinOp::Shl | BinOp::Shr => Prec::Shift,
        BinOp::Pow => Prec::Postfix,
    }
}

fn bool_prec(op: BinOp) -> Prec {
    int_prec(op)
}

fn rust_op(op: BinOp) -> TokenStream {
    match op {
        BinOp::Add => quote!(+),
        BinOp::Sub => quote!(-),
        BinOp::Mul => quote!(*),
        BinOp::Div => quote!(/),
        BinOp::BitAnd => quote!(&),
        BinOp::BitOr => quote!(|),
        BinOp::BitXor => quote!(^),
        BinOp::Shl => quote!(<<),
        BinOp::Shr => quote!(>>),
        _ => quote!(%),
    }
}

fn cmp_op(op: CmpOp) -> TokenStream {
    match op {
        CmpOp::Eq => quote!(==),
        CmpOp::Ne => quote!(!=),
        CmpOp::Lt => quote!(<),
        CmpOp::Le => quote!(<=),
        CmpOp::Gt => quote!(>),
        _ => quote!(>=),
    }
}

fn flip(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// The `else` of an `elif` given as `(bind, chain)` (see `if_chain`):
/// `else if ...`, or a block when its condition is bound first.
fn else_if((bind, chain): (TokenStream, TokenStream)) -> TokenStream {
    if bind.is_empty() {
        quote!(else #chain)
    } else {
        quote!(else { #bind #chain })
    }
}
