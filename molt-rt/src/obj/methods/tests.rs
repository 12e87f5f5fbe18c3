//! Tests of `Obj::call_method`. Most expectations are recorded from
//! CPython 3.12.1 (PYTHONHASHSEED=0) by `gen_method_cases.py` into
//! `tests/cases.rs`; the tests here check what a recording cannot show:
//! object identity and aliasing, and Molt's own NotImplementedError.

use super::*;
use crate::dict::Dict;
use crate::list::List;
use crate::obj::tests::{b, ba, big, fl, i, s};
use crate::set::{FrozenSet, Set};

#[rustfmt::skip]
mod cases;

const N: Obj = Obj::None;

fn bo(v: bool) -> Obj {
    Obj::Bool(v)
}

fn tup(items: Vec<Obj>) -> Obj {
    Obj::tuple(items)
}

fn list(items: Vec<Obj>) -> Obj {
    Obj::List(List::from(items))
}

fn set(items: Vec<Obj>) -> Obj {
    Obj::Set(Set::from(items))
}

fn frozen(items: Vec<Obj>) -> Obj {
    Obj::FrozenSet(FrozenSet::from(items))
}

fn dict(pairs: Vec<(Obj, Obj)>) -> Obj {
    Obj::Dict(pairs.into_iter().collect::<Dict<Obj, Obj>>())
}

fn repr(v: &Obj) -> String {
    v.repr_checked().unwrap().to_string()
}

/// repr(result), or the last traceback line of the exception.
fn outcome(r: PyResult<Obj>) -> String {
    match r {
        Ok(v) => repr(&v),
        Err(e) => e.traceback_line(),
    }
}

/// Calls `recv.name(*args(recv))` and compares the outcome and the
/// receiver afterwards with what CPython printed, noting mismatches in
/// `failures`.
fn check(
    failures: &mut Vec<String>,
    recv: Obj,
    name: &str,
    args: impl FnOnce(&Obj) -> Vec<Obj>,
    expected: &str,
    after: &str,
) {
    let call = format!("{}.{name}(...)", repr(&recv));
    let args = args(&recv);
    let got = outcome(recv.call_method(name, args));
    if got != expected {
        failures.push(format!("{call}: got {got}, expected {expected}"));
    }
    let now = repr(&recv);
    if now != after {
        failures.push(format!("{call}: receiver became {now}, expected {after}"));
    }
}

/// A receiver of each kind the arity cases name.
fn sample(kind: &str) -> Obj {
    match kind {
        "str" => s("a"),
        "bytes" => b(b"a"),
        "bytearray" => ba(b"a"),
        "list" => list(vec![i(1)]),
        "tuple" => tup(vec![i(1)]),
        "dict" => dict(vec![(i(1), i(2))]),
        "set" => set(vec![i(1)]),
        "frozenset" => frozen(vec![i(1)]),
        "int" => i(5),
        "bool" => bo(true),
        "float" => fl(1.5),
        _ => panic!("{kind}"),
    }
}

#[test]
fn argument_counts() {
    for &(kind, name, n, message) in cases::ARITY {
        let got = outcome(sample(kind).call_method(name, vec![N; n]));
        assert_eq!(
            got,
            format!("TypeError: {message}"),
            "{kind}.{name} with {n}"
        );
    }
}

#[test]
fn unsupported_methods_raise_loudly() {
    for (recv, name) in [
        (s("a"), "translate"),
        (s("a"), "maketrans"),
        (s("a"), "__len__"),
        (b(b"a"), "center"),
        (i(5), "from_bytes"),
        (fl(1.5), "fromhex"),
        (dict(vec![]), "__getitem__"),
        (N, "__bool__"),
        (N, "__repr__"),
    ] {
        let e = recv.call_method(name, vec![]).unwrap_err();
        assert_eq!(e.kind(), ExcKind::NotImplementedError, "{name}");
        assert!(e.message().starts_with("molt: "), "{}", e.message());
    }
    assert_eq!(
        outcome(s("a").call_method("__doc__", vec![])),
        "TypeError: 'str' object is not callable"
    );
}

#[test]
fn results_alias_as_in_cpython() {
    // list.copy() and set.copy() are new objects; frozenset.copy() is the same.
    let l = list(vec![i(1)]);
    let copy = l.call_method("copy", vec![]).unwrap();
    assert!(!copy.is_same(&l));
    copy.call_method("append", vec![i(2)]).unwrap();
    assert_eq!(repr(&l), "[1]");

    let fs = frozen(vec![i(1)]);
    assert!(fs.call_method("copy", vec![]).unwrap().is_same(&fs));

    let st = set(vec![i(1)]);
    assert!(!st.call_method("copy", vec![]).unwrap().is_same(&st));

    // Items are shared, not copied.
    let inner = list(vec![]);
    let outer = list(vec![inner.clone()]);
    let popped = outer.call_method("pop", vec![]).unwrap();
    assert!(popped.is_same(&inner));

    // setdefault returns the stored value itself.
    let d = dict(vec![]);
    let v = d
        .call_method("setdefault", vec![i(1), list(vec![])])
        .unwrap();
    v.call_method("append", vec![i(7)]).unwrap();
    assert_eq!(repr(&d), "{1: [7]}");

    // A set method on a frozenset gives a frozenset.
    let u = fs.call_method("union", vec![list(vec![i(2)])]).unwrap();
    assert_eq!(u.type_name(), "frozenset");
}

#[test]
fn list_extend_with_itself_doubles() {
    let l = list(vec![i(1), i(2)]);
    l.call_method("extend", vec![l.clone()]).unwrap();
    assert_eq!(repr(&l), "[1, 2, 1, 2]");
    let ba_ = ba(b"ab");
    ba_.call_method("extend", vec![ba_.clone()]).unwrap();
    assert_eq!(repr(&ba_), "bytearray(b'abab')");
}

#[test]
fn set_results_keep_cpython_order() {
    // Recorded from CPython 3.12.1 with PYTHONHASHSEED=0: the union grows
    // the table, which reorders it.
    let st = set((0..5).map(|n| i(n * 8)).collect());
    let u = st
        .call_method("union", vec![list((1..4).map(i).collect())])
        .unwrap();
    assert_eq!(repr(&u), "{0, 32, 16, 1, 2, 3, 8, 24}");
    let f = frozen((0..5).map(|n| i(n * 8)).collect());
    let u = f
        .call_method("union", vec![list((1..4).map(i).collect())])
        .unwrap();
    assert_eq!(repr(&u), "frozenset({0, 32, 16, 1, 2, 3, 8, 24})");
}
