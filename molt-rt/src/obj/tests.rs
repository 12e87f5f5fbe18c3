//! Expected values were printed by CPython 3.12.1 (with PYTHONHASHSEED=0
//! where hashes or set order matter).

use super::*;
use crate::text::percent::FormatArg;
use crate::PyDisplay;

/// Value constructors shared with the method tests.
pub(super) fn i(v: i64) -> Obj {
    Obj::Int(Int::from(v))
}

pub(super) fn big(digits: &str) -> Obj {
    Obj::Int(Int::literal(digits))
}

pub(super) fn fl(x: f64) -> Obj {
    Obj::Float(x)
}

pub(super) fn s(text: &str) -> Obj {
    Obj::Str(Str::from(text))
}

pub(super) fn b(data: &[u8]) -> Obj {
    Obj::Bytes(Bytes::from(data))
}

pub(super) fn ba(data: &[u8]) -> Obj {
    Obj::ByteArray(ByteArray::from(data))
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
    Obj::Dict(pairs.into_iter().collect())
}

fn repr(v: &Obj) -> String {
    v.repr_checked().unwrap().to_string()
}

/// The last traceback line of a raised exception.
fn err<T: std::fmt::Debug>(r: PyResult<T>) -> String {
    r.unwrap_err().traceback_line()
}

fn ok(r: PyResult<Obj>) -> String {
    repr(&r.unwrap())
}

/// Runs `f` on a thread with a large stack, as `run_main` runs programs:
/// comparisons and reprs nested up to CPython's recursion limit need more
/// than a test thread's 2 MiB in a debug build.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let thread = std::thread::Builder::new().stack_size(32 << 20).spawn(f);
    thread.unwrap().join().unwrap();
}

#[test]
fn numeric_tower() {
    let t = Obj::Bool(true);
    assert_eq!(ok(t.add(&t)), "2");
    assert_eq!(ok(t.true_div(&t)), "1.0");
    assert_eq!(ok(t.bit_and(&t)), "True");
    assert_eq!(ok(t.bit_xor(&t)), "False");
    assert_eq!(ok(t.bit_or(&i(2))), "3");
    assert_eq!(ok(t.lshift(&t)), "2");
    assert_eq!(ok(i(1).add(&fl(2.5))), "3.5");
    assert_eq!(ok(i(7).true_div(&i(2))), "3.5");
    assert_eq!(ok(i(-7).floor_div(&fl(2.0))), "-4.0");
    assert_eq!(ok(fl(7.5).modulo(&i(-2))), "-0.5");
    assert_eq!(ok(i(5).modulo(&fl(-3.0))), "-1.0");
    assert_eq!(ok(i(-5).modulo(&i(3))), "1");
    assert_eq!(ok(i(2).pow(&i(-1))), "0.5");
    assert_eq!(ok(i(2).pow(&fl(0.5))), "1.4142135623730951");
    assert_eq!(ok(i(-8).pow(&fl(2.0))), "64.0");
    assert_eq!(ok(i(2).pow(&i(100))), "1267650600228229401496703205376");
    assert_eq!(
        ok(big("1267650600228229401496703205376").mul(&fl(1.5))),
        "1.901475900342344e+30"
    );
    assert_eq!(
        ok(big("100000000000000000000").true_div(&i(3))),
        "3.333333333333333e+19"
    );
    assert_eq!(ok(i(1).lshift(&i(64))), "18446744073709551616");
    assert_eq!(ok(i(-1).rshift(&i(100))), "-1");
    assert_eq!(
        ok(i(1).rshift(&big("1000000000000000000000000000000"))),
        "0"
    );
}

#[test]
fn arithmetic_errors() {
    let cases: Vec<(PyResult<Obj>, &str)> = vec![
        (i(1).true_div(&i(0)), "ZeroDivisionError: division by zero"),
        (
            Obj::Bool(true).true_div(&Obj::Bool(false)),
            "ZeroDivisionError: division by zero",
        ),
        (
            i(1).floor_div(&i(0)),
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            i(1).modulo(&i(0)),
            "ZeroDivisionError: integer modulo by zero",
        ),
        (
            fl(1.0).true_div(&i(0)),
            "ZeroDivisionError: float division by zero",
        ),
        (
            fl(1.0).floor_div(&i(0)),
            "ZeroDivisionError: float floor division by zero",
        ),
        (fl(1.0).modulo(&i(0)), "ZeroDivisionError: float modulo"),
        (
            i(0).pow(&i(-1)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        (
            i(0).pow(&fl(-1.0)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        (
            fl(10.0).pow(&i(400)),
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        (
            i(2).pow(&i(10000)).unwrap().mul(&fl(1.0)),
            "OverflowError: int too large to convert to float",
        ),
        (
            i(1).add(&s("a")),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        ),
        (
            s("a").add(&i(1)),
            "TypeError: can only concatenate str (not \"int\") to str",
        ),
        (
            s("a").add(&b(b"a")),
            "TypeError: can only concatenate str (not \"bytes\") to str",
        ),
        (
            list(vec![]).add(&i(1)),
            "TypeError: can only concatenate list (not \"int\") to list",
        ),
        (
            list(vec![]).add(&Obj::tuple(vec![])),
            "TypeError: can only concatenate list (not \"tuple\") to list",
        ),
        (
            Obj::tuple(vec![]).add(&list(vec![])),
            "TypeError: can only concatenate tuple (not \"list\") to tuple",
        ),
        (b(b"a").add(&s("a")), "TypeError: can't concat str to bytes"),
        (
            ba(b"a").add(&i(1)),
            "TypeError: can't concat int to bytearray",
        ),
        (
            s("a").mul(&fl(2.0)),
            "TypeError: can't multiply sequence by non-int of type 'float'",
        ),
        (
            fl(2.0).mul(&s("a")),
            "TypeError: can't multiply sequence by non-int of type 'float'",
        ),
        (
            list(vec![]).mul(&list(vec![])),
            "TypeError: can't multiply sequence by non-int of type 'list'",
        ),
        (
            s("a").mul(&big("1267650600228229401496703205376")),
            "OverflowError: cannot fit 'int' into an index-sized integer",
        ),
        (
            s("a").neg(),
            "TypeError: bad operand type for unary -: 'str'",
        ),
        (
            s("a").pos(),
            "TypeError: bad operand type for unary +: 'str'",
        ),
        (
            fl(1.5).invert(),
            "TypeError: bad operand type for unary ~: 'float'",
        ),
        (s("a").abs(), "TypeError: bad operand type for abs(): 'str'"),
        (
            s("a").pow(&i(2)),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'",
        ),
        (
            i(1).bit_and(&fl(1.0)),
            "TypeError: unsupported operand type(s) for &: 'int' and 'float'",
        ),
        (
            fl(1.0).lshift(&i(1)),
            "TypeError: unsupported operand type(s) for <<: 'float' and 'int'",
        ),
        (i(1).lshift(&i(-1)), "ValueError: negative shift count"),
        (
            i(1).lshift(&big("1000000000000000000000000000000")),
            "OverflowError: too many digits in integer",
        ),
        (
            set(vec![]).bit_or(&list(vec![])),
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'",
        ),
        (
            set(vec![]).add(&set(vec![])),
            "TypeError: unsupported operand type(s) for +: 'set' and 'set'",
        ),
        (
            dict(vec![]).add(&dict(vec![])),
            "TypeError: unsupported operand type(s) for +: 'dict' and 'dict'",
        ),
        (
            list(vec![]).sub(&list(vec![])),
            "TypeError: unsupported operand type(s) for -: 'list' and 'list'",
        ),
        (
            Obj::None.add(&Obj::None),
            "TypeError: unsupported operand type(s) for +: 'NoneType' and 'NoneType'",
        ),
        (
            s("a").modulo(&i(1)),
            "TypeError: not all arguments converted during string formatting",
        ),
        (
            s("%d").modulo(&list(vec![i(1)])),
            "TypeError: %d format: a real number is required, not list",
        ),
        (
            i(1).iadd(&s("a")),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
        ),
        (
            i(1).ipow(&s("a")),
            "TypeError: unsupported operand type(s) for **=: 'int' and 'str'",
        ),
        (
            s("a").iadd(&i(1)),
            "TypeError: can only concatenate str (not \"int\") to str",
        ),
        (
            list(vec![]).iadd(&i(1)),
            "TypeError: 'int' object is not iterable",
        ),
        (
            list(vec![]).isub(&list(vec![])),
            "TypeError: unsupported operand type(s) for -=: 'list' and 'list'",
        ),
        (
            set(vec![]).ibit_or(&list(vec![])),
            "TypeError: unsupported operand type(s) for |=: 'set' and 'list'",
        ),
        (
            dict(vec![]).ibit_or(&list(vec![i(5)])),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence",
        ),
        (
            ba(b"a").iadd(&list(vec![])),
            "TypeError: can't concat list to bytearray",
        ),
        (
            dict(vec![]).mul(&s("ab")),
            "TypeError: can't multiply sequence by non-int of type 'dict'",
        ),
        (
            dict(vec![]).imul(&s("ab")),
            "TypeError: unsupported operand type(s) for *=: 'dict' and 'str'",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(err(result), expected);
    }
}

#[test]
fn unary() {
    let t = Obj::Bool(true);
    assert_eq!(ok(t.neg()), "-1");
    assert_eq!(ok(t.pos()), "1");
    assert_eq!(ok(t.invert()), "-2");
    assert_eq!(ok(t.neg().unwrap().abs()), "1");
    assert_eq!(ok(fl(-0.0).neg()), "0.0");
    assert_eq!(ok(big("-9223372036854775808").neg()), "9223372036854775808");
}

#[test]
fn sequences_sets_and_dicts() {
    let a = list(vec![i(1)]);
    let joined = a.add(&list(vec![i(2)])).unwrap();
    assert_eq!(repr(&joined), "[1, 2]");
    assert!(!joined.is_same(&a));
    assert_eq!(ok(s("ab").mul(&i(3))), "'ababab'");
    assert_eq!(ok(Obj::Bool(true).mul(&s("ab"))), "'ab'");
    assert_eq!(ok(i(-1).mul(&s("ab"))), "''");
    assert_eq!(ok(Obj::tuple(vec![i(1)]).mul(&i(3))), "(1, 1, 1)");
    assert_eq!(
        ok(Obj::tuple(vec![i(1)]).add(&Obj::tuple(vec![i(2)]))),
        "(1, 2)"
    );
    assert_eq!(ok(b(b"a").add(&ba(b"b"))), "b'ab'");
    assert_eq!(ok(ba(b"a").add(&b(b"b"))), "bytearray(b'ab')");
    assert_eq!(ok(i(2).mul(&ba(b"ab"))), "bytearray(b'abab')");
    assert_eq!(
        ok(s("%s and %r").modulo(&Obj::tuple(vec![list(vec![i(1), s("a")]), s("b")]))),
        "\"[1, 'a'] and 'b'\""
    );
    assert_eq!(ok(s("ab").modulo(&b(b"x"))), "'ab'");
    assert_eq!(ok(i(3).imul(&s("ab"))), "'ababab'");
    assert_eq!(ok(set(vec![i(1)]).bit_or(&set(vec![i(2)]))), "{1, 2}");
    assert_eq!(
        ok(frozen(vec![i(1)]).bit_or(&set(vec![i(2)]))),
        "frozenset({1, 2})"
    );
    assert_eq!(ok(set(vec![i(1)]).bit_or(&frozen(vec![i(2)]))), "{1, 2}");
    assert_eq!(ok(set(vec![i(1)]).sub(&set(vec![fl(1.0)]))), "set()");
    assert_eq!(
        ok(frozen(vec![i(1), i(2)]).sub(&set(vec![i(1)]))),
        "frozenset({2})"
    );
    assert_eq!(
        ok(set(vec![i(1), i(2)]).bit_and(&frozen(vec![i(2)]))),
        "{2}"
    );
    let merged = dict(vec![(i(1), i(2))]).bit_or(&dict(vec![(fl(1.0), i(3))]));
    assert_eq!(ok(merged), "{1: 3}");
}

#[test]
fn in_place_operators_mutate_shared_containers() {
    let xs = List::from(vec![i(1)]);
    let x = Obj::List(xs.clone());
    let r = x.iadd(&s("ab")).unwrap();
    assert!(r.is_same(&x));
    assert_eq!(crate::repr(&xs).as_str(), "[1, 'a', 'b']");
    x.imul(&i(2)).unwrap();
    assert_eq!(xs.len(), 6);
    x.iadd(&x).unwrap();
    assert_eq!(xs.len(), 12);
    let st = set(vec![i(1)]);
    st.ibit_xor(&set(vec![i(2)])).unwrap();
    assert_eq!(repr(&st), "{1, 2}");
    let d = dict(vec![(i(1), i(2))]);
    d.ibit_or(&list(vec![Obj::tuple(vec![i(5), i(6)])]))
        .unwrap();
    assert_eq!(repr(&d), "{1: 2, 5: 6}");
    let bad = d.ibit_or(&list(vec![Obj::tuple(vec![i(1), i(2), i(3)])]));
    assert_eq!(
        err(bad),
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
    );
    let t = Obj::tuple(vec![i(1)]);
    let t2 = t.iadd(&Obj::tuple(vec![i(2)])).unwrap();
    assert_eq!(
        (repr(&t), repr(&t2)),
        ("(1,)".to_string(), "(1, 2)".to_string())
    );
}

#[test]
fn equality() {
    assert_eq!(i(1), fl(1.0));
    assert_eq!(fl(1.0), Obj::Bool(true));
    assert_ne!(fl(f64::NAN), fl(f64::NAN));
    assert_ne!(Obj::tuple(vec![i(1), i(2)]), list(vec![i(1), i(2)]));
    assert_eq!(list(vec![fl(1.0), Obj::Bool(true)]), list(vec![i(1), i(1)]));
    assert_eq!(set(vec![i(1)]), frozen(vec![i(1)]));
    assert_eq!(dict(vec![(i(1), i(2))]), dict(vec![(fl(1.0), i(2))]));
    assert_eq!(ba(b"a"), b(b"a"));
    assert_ne!(s("a"), b(b"a"));
    assert_ne!(i(1), s("1"));
    assert_eq!(Obj::None, Obj::None);
    assert_ne!(list(vec![]), Obj::tuple(vec![]));
    let p = big("9007199254740993");
    assert_ne!(p, fl(9007199254740992.0));
    assert!(p.gt(&fl(9007199254740992.0)).unwrap());
    assert!(!i(2).pow(&i(10000)).unwrap().gt(&fl(f64::INFINITY)).unwrap());
}

#[test]
fn ordering() {
    let lt = |a: &Obj, b: &Obj| a.lt(b);
    assert!(lt(&list(vec![i(1), s("a")]), &list(vec![i(1), s("a"), i(3)])).unwrap());
    assert!(!lt(&list(vec![i(1), s("a")]), &list(vec![i(1), s("a")])).unwrap());
    assert!(lt(&list(vec![i(1)]), &list(vec![fl(1.0), s("a")])).unwrap());
    assert!(lt(&s("a"), &s("b")).unwrap());
    assert!(!lt(&s("a"), &s("B")).unwrap());
    assert!(lt(&b(b"a"), &ba(b"b")).unwrap());
    assert!(!lt(&fl(1.5), &Obj::Bool(true)).unwrap());
    assert!(lt(&set(vec![i(1)]), &set(vec![i(1), i(2)])).unwrap());
    assert!(!set(vec![i(1), i(2)]).le(&set(vec![i(1)])).unwrap());
    assert!(set(vec![i(1)]).ge(&frozen(vec![i(1)])).unwrap());
    assert!(!lt(&fl(f64::NAN), &i(1)).unwrap());
    let cases: Vec<(PyResult<bool>, &str)> = vec![
        (
            lt(&s("a"), &i(1)),
            "TypeError: '<' not supported between instances of 'str' and 'int'",
        ),
        (
            lt(&list(vec![i(1), i(2)]), &list(vec![i(1), s("a")])),
            "TypeError: '<' not supported between instances of 'int' and 'str'",
        ),
        (
            list(vec![i(1), s("a")]).le(&list(vec![i(1), i(2)])),
            "TypeError: '<=' not supported between instances of 'str' and 'int'",
        ),
        (
            list(vec![i(1), s("a")]).gt(&list(vec![i(1), i(2)])),
            "TypeError: '>' not supported between instances of 'str' and 'int'",
        ),
        (
            lt(&Obj::tuple(vec![]), &list(vec![])),
            "TypeError: '<' not supported between instances of 'tuple' and 'list'",
        ),
        (
            set(vec![]).gt(&list(vec![])),
            "TypeError: '>' not supported between instances of 'set' and 'list'",
        ),
        (
            i(1).ge(&s("a")),
            "TypeError: '>=' not supported between instances of 'int' and 'str'",
        ),
        (
            lt(&Obj::None, &Obj::None),
            "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'",
        ),
        (
            lt(&s(""), &b(b"")),
            "TypeError: '<' not supported between instances of 'str' and 'bytes'",
        ),
        (
            lt(&dict(vec![]), &dict(vec![])),
            "TypeError: '<' not supported between instances of 'dict' and 'dict'",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(err(result), expected);
    }
}

/// A list that contains itself, as `a = [1]; a.append(a)`.
fn self_containing() -> (List<Obj>, Obj) {
    let a = List::from(vec![i(1)]);
    a.append(Obj::List(a.clone()));
    (a.clone(), Obj::List(a))
}

#[test]
fn recursive_containers() {
    on_big_stack(recursive_containers_body);
}

fn recursive_containers_body() {
    let (typed, a) = self_containing();
    assert_eq!(repr(&a), "[1, [...]]");
    assert_eq!(crate::repr(&typed).as_str(), "[1, [...]]");
    assert_eq!(crate::str(&a).as_str(), "[1, [...]]");
    assert!(a.py_eq(&a).unwrap());
    assert!(!a.lt(&a).unwrap());
    let (_, b) = self_containing();
    let recursion = "RecursionError: maximum recursion depth exceeded in comparison";
    assert_eq!(err(a.py_eq(&b)), recursion);
    assert_eq!(err(a.lt(&b)), recursion);
    assert_ne!(a, b);
    let d = Dict::new();
    d.set(s("a"), Obj::Dict(d.clone()));
    assert_eq!(repr(&Obj::Dict(d.clone())), "{'a': {...}}");
    assert_eq!(crate::repr(&d).as_str(), "{'a': {...}}");
    let inner = List::new();
    let t = Obj::tuple(vec![Obj::List(inner.clone())]);
    inner.append(t.clone());
    assert_eq!(repr(&t), "([(...)],)");
    assert_eq!(repr(&Obj::List(inner)), "[([...],)]");
    // The list is dropped with its cycle unbroken: Rc leaks it, harmlessly.
}

#[test]
fn deep_nesting_raises_recursion_error() {
    on_big_stack(deep_nesting_body);
}

fn deep_nesting_body() {
    let nest = |n: usize| {
        let mut v = list(vec![]);
        for _ in 0..n {
            v = list(vec![v]);
        }
        v
    };
    assert_eq!(repr(&nest(1496)).len(), 2 * 1497);
    assert_eq!(
        err(nest(1497).repr_checked()),
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
    );
    assert!(nest(1497).py_eq(&nest(1497)).unwrap());
    assert_eq!(
        err(nest(1498).py_eq(&nest(1498))),
        "RecursionError: maximum recursion depth exceeded in comparison"
    );
}

#[test]
fn hashing() {
    use crate::hash::PyHash;
    assert_eq!(i(1).py_hash(), fl(1.0).py_hash());
    assert_eq!(i(1).py_hash(), Obj::Bool(true).py_hash());
    assert_eq!(Obj::None.py_hash(), 4238894112);
    assert_eq!(i(-1).py_hash(), -2);
    assert_eq!(big("18446744073709551616").py_hash(), 8);
    assert_eq!(fl(1.5).py_hash(), 1152921504606846977);
    assert_eq!(s("a").py_hash(), 4644417185603328019);
    assert_eq!(b(b"ab").py_hash(), 6148830537548944441);
    assert_eq!(Obj::tuple(vec![]).py_hash(), 5740354900026072187);
    let t = Obj::tuple(vec![i(1), s("a"), fl(2.5), Obj::None]);
    assert_eq!(t.py_hash(), -143891025859110251);
    assert_eq!(frozen(vec![i(1), i(2)]).py_hash(), -1826646154956904602);
    assert_eq!(frozen(vec![]).py_hash(), 133146708735736);
    let pair = Obj::tuple(vec![i(2), i(3)]);
    assert_eq!(
        frozen(vec![i(1), s("a"), pair]).py_hash(),
        2100295399591249353
    );
    let nested = Obj::tuple(vec![
        i(1),
        Obj::tuple(vec![i(2), fl(3.5)]),
        s("x"),
        b(b"y"),
        Obj::None,
        Obj::Bool(true),
        frozen(vec![i(1)]),
    ]);
    assert_eq!(
        nested.hash_checked().unwrap(),
        Int::from(6961051360617502996)
    );
    assert_eq!(
        err(list(vec![]).hash_checked()),
        "TypeError: unhashable type: 'list'"
    );
    let with_list = Obj::tuple(vec![i(1), list(vec![i(2)])]);
    assert_eq!(
        err(with_list.check_hashable()),
        "TypeError: unhashable type: 'list'"
    );
}

#[test]
fn dict_keys_follow_python_equality() {
    let d = dict(vec![
        (i(1), s("a")),
        (fl(1.0), s("b")),
        (Obj::Bool(true), s("c")),
    ]);
    assert_eq!(repr(&d), "{1: 'c'}");
    let d = dict(vec![(fl(1.0), s("x")), (i(1), s("y"))]);
    assert_eq!(repr(&d), "{1.0: 'y'}");
    assert_eq!(ok(d.getitem(&Obj::Bool(true))), "'y'");
    let keyed = dict(vec![(Obj::tuple(vec![i(1), i(2)]), i(3))]);
    assert_eq!(ok(keyed.getitem(&Obj::tuple(vec![fl(1.0), fl(2.0)]))), "3");
    let missing = Obj::tuple(vec![i(1), s("a")]);
    assert_eq!(err(keyed.getitem(&missing)), "KeyError: (1, 'a')");
    assert_eq!(
        err(keyed.getitem(&list(vec![]))),
        "TypeError: unhashable type: 'list'"
    );
    assert_eq!(
        err(keyed.setitem(&set(vec![]), i(1))),
        "TypeError: unhashable type: 'set'"
    );
    let d = Dict::new();
    for k in [
        i(1),
        s("a"),
        fl(1.0),
        Obj::Bool(true),
        Obj::tuple(vec![i(1), i(2)]),
    ] {
        let text = k.str_checked().unwrap();
        Obj::Dict(d.clone()).setitem(&k, Obj::Str(text)).unwrap();
    }
    assert_eq!(
        crate::repr(&d).as_str(),
        "{1: 'True', 'a': 'a', (1, 2): '(1, 2)'}"
    );
}

#[test]
fn set_order_matches_cpython() {
    let items = vec![
        fl(0.5),
        i(1),
        s("a"),
        s("b"),
        big("2305843009213693952"),
        big("2305843009213693951"),
        i(-2),
        i(-1),
        Obj::None,
        Obj::tuple(vec![]),
        Obj::tuple(vec![i(1)]),
        frozen(vec![i(1)]),
        b(b"x"),
        s("hello"),
        fl(3.25),
        Obj::Bool(true),
        fl(1.0),
        Obj::tuple(vec![i(1), s("a")]),
    ];
    let st = Set::new();
    for x in items {
        st.add(x);
    }
    assert_eq!(
        repr(&Obj::Set(st.clone())),
        "{0.5, 1, 2305843009213693952, 2305843009213693951, None, b'x', 3.25, (1, 'a'), 'b', (1,), frozenset({1}), 'a', 'hello', -1, (), -2}"
    );
    let order: Vec<String> = Obj::Set(st).iter().unwrap().map(|x| repr(&x)).collect();
    assert_eq!(order[..3], ["0.5", "1", "2305843009213693952"]);
    assert_eq!(repr(&set(vec![Obj::Bool(true), fl(1.0), i(1)])), "{True}");
    assert_eq!(
        repr(&set(vec![i(0), Obj::Bool(false), fl(0.0), fl(-0.0)])),
        "{0}"
    );
    let typed: FrozenSet<Obj> = ["x", "y", "z"]
        .iter()
        .map(|t| s(t))
        .chain([i(1), fl(2.5), Obj::None])
        .collect();
    assert_eq!(
        repr(&Obj::FrozenSet(typed)),
        "frozenset({None, 'y', 2.5, 'x', 1, 'z'})"
    );
}

#[test]
fn subscripts() {
    let l = list(vec![i(1), i(2)]);
    assert_eq!(ok(l.getitem(&i(-1))), "2");
    assert_eq!(ok(l.getitem(&Obj::Bool(true))), "2");
    assert_eq!(ok(s("héllo").getitem(&i(1))), "'é'");
    assert_eq!(ok(b(b"abc").getitem(&i(-1))), "99");
    assert_eq!(ok(ba(b"abc").getitem(&Obj::Bool(true))), "98");
    assert_eq!(ok(l.slice(None, None, Some(&Int::from(-1)))), "[2, 1]");
    assert_eq!(
        ok(Obj::tuple(vec![i(1), i(2), i(3)]).slice(Some(&Int::from(1)), None, None)),
        "(2, 3)"
    );
    let huge = big("1267650600228229401496703205376");
    let cases: Vec<(PyResult<Obj>, &str)> = vec![
        (l.getitem(&i(5)), "IndexError: list index out of range"),
        (
            l.getitem(&huge),
            "IndexError: cannot fit 'int' into an index-sized integer",
        ),
        (
            Obj::tuple(vec![]).getitem(&i(0)),
            "IndexError: tuple index out of range",
        ),
        (
            s("a").getitem(&i(5)),
            "IndexError: string index out of range",
        ),
        (b(b"a").getitem(&i(5)), "IndexError: index out of range"),
        (
            ba(b"a").getitem(&i(5)),
            "IndexError: bytearray index out of range",
        ),
        (
            i(1).getitem(&i(0)),
            "TypeError: 'int' object is not subscriptable",
        ),
        (
            set(vec![]).getitem(&i(0)),
            "TypeError: 'set' object is not subscriptable",
        ),
        (
            l.getitem(&s("a")),
            "TypeError: list indices must be integers or slices, not str",
        ),
        (
            l.getitem(&fl(1.0)),
            "TypeError: list indices must be integers or slices, not float",
        ),
        (
            Obj::tuple(vec![]).getitem(&s("a")),
            "TypeError: tuple indices must be integers or slices, not str",
        ),
        (
            s("a").getitem(&s("a")),
            "TypeError: string indices must be integers, not 'str'",
        ),
        (
            b(b"a").getitem(&s("a")),
            "TypeError: byte indices must be integers or slices, not str",
        ),
        (
            ba(b"a").getitem(&s("a")),
            "TypeError: bytearray indices must be integers or slices, not str",
        ),
        (dict(vec![]).getitem(&s("x")), "KeyError: 'x'"),
        (
            dict(vec![]).slice(Some(&Int::from(1)), Some(&Int::from(2)), None),
            "KeyError: slice(1, 2, None)",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(err(result), expected);
    }
}

#[test]
fn item_assignment_and_deletion() {
    let l = list(vec![i(1), i(2)]);
    l.setitem(&i(-1), s("x")).unwrap();
    assert_eq!(repr(&l), "[1, 'x']");
    l.delitem(&i(0)).unwrap();
    assert_eq!(repr(&l), "['x']");
    let arr = ba(b"a");
    arr.setitem(&i(0), Obj::Bool(true)).unwrap();
    assert_eq!(repr(&arr), "bytearray(b'\\x01')");
    let d = dict(vec![(i(1), i(2))]);
    d.delitem(&fl(1.0)).unwrap();
    assert_eq!(repr(&d), "{}");
    let cases: Vec<(PyResult<()>, &str)> = vec![
        (
            l.setitem(&i(5), i(1)),
            "IndexError: list assignment index out of range",
        ),
        (
            l.setitem(&s("a"), i(1)),
            "TypeError: list indices must be integers or slices, not str",
        ),
        (
            l.delitem(&i(-3)),
            "IndexError: list assignment index out of range",
        ),
        (
            Obj::tuple(vec![i(1)]).setitem(&i(0), i(1)),
            "TypeError: 'tuple' object does not support item assignment",
        ),
        (
            s("x").setitem(&i(0), i(1)),
            "TypeError: 'str' object does not support item assignment",
        ),
        (
            Obj::None.setitem(&i(0), i(1)),
            "TypeError: 'NoneType' object does not support item assignment",
        ),
        (
            Obj::tuple(vec![i(1)]).delitem(&i(0)),
            "TypeError: 'tuple' object doesn't support item deletion",
        ),
        (
            set(vec![]).delitem(&i(0)),
            "TypeError: 'set' object doesn't support item deletion",
        ),
        (
            i(1).delitem(&i(0)),
            "TypeError: 'int' object does not support item deletion",
        ),
        (
            arr.setitem(&i(5), i(300)),
            "ValueError: byte must be in range(0, 256)",
        ),
        (
            arr.setitem(&i(5), s("a")),
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        (
            arr.delitem(&i(5)),
            "IndexError: bytearray index out of range",
        ),
        (d.delitem(&s("k")), "KeyError: 'k'"),
        (
            d.delitem(&list(vec![])),
            "TypeError: unhashable type: 'list'",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(err(result), expected);
    }
}

#[test]
fn membership() {
    assert!(list(vec![i(1), fl(2.0)]).contains(&i(2)).unwrap());
    assert!(Obj::tuple(vec![i(1), i(2)]).contains(&fl(2.0)).unwrap());
    assert!(!list(vec![i(1)])
        .contains(&Obj::tuple(vec![i(1), list(vec![])]))
        .unwrap());
    assert!(s("abc").contains(&s("")).unwrap());
    assert!(s("abc").contains(&s("bc")).unwrap());
    assert!(b(b"\x01").contains(&Obj::Bool(true)).unwrap());
    assert!(b(b"ab").contains(&ba(b"b")).unwrap());
    assert!(set(vec![Obj::None]).contains(&Obj::None).unwrap());
    assert!(set(vec![frozen(vec![])]).contains(&set(vec![])).unwrap());
    assert!(dict(vec![(i(1), i(2))]).contains(&Obj::Bool(true)).unwrap());
    let cases: Vec<(PyResult<bool>, &str)> = vec![
        (
            s("a").contains(&i(1)),
            "TypeError: 'in <string>' requires string as left operand, not int",
        ),
        (
            i(1).contains(&s("a")),
            "TypeError: argument of type 'int' is not iterable",
        ),
        (
            dict(vec![]).contains(&list(vec![])),
            "TypeError: unhashable type: 'list'",
        ),
        (
            dict(vec![]).contains(&set(vec![])),
            "TypeError: unhashable type: 'set'",
        ),
        (
            set(vec![]).contains(&dict(vec![])),
            "TypeError: unhashable type: 'dict'",
        ),
        (
            b(b"a").contains(&s("a")),
            "TypeError: a bytes-like object is required, not 'str'",
        ),
        (
            b(b"a").contains(&i(300)),
            "ValueError: byte must be in range(0, 256)",
        ),
        (
            list(vec![])
                .len()
                .map(|_| true)
                .and(Obj::None.len().map(|_| true)),
            "TypeError: object of type 'NoneType' has no len()",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(err(result), expected);
    }
}

#[test]
fn iteration() {
    let xs = List::from(vec![i(1), i(2)]);
    let mut seen = Vec::new();
    for x in Obj::List(xs.clone()).iter().unwrap() {
        if seen.len() < 3 {
            xs.append(i(9));
        }
        seen.push(repr(&x));
    }
    assert_eq!(seen, ["1", "2", "9", "9", "9"]);
    let chars: Vec<String> = s("héllo").iter().unwrap().map(|c| repr(&c)).collect();
    assert_eq!(chars, ["'h'", "'é'", "'l'", "'l'", "'o'"]);
    let bytes: Vec<String> = ba(b"ab").iter().unwrap().map(|c| repr(&c)).collect();
    assert_eq!(bytes, ["97", "98"]);
    let d = dict(vec![(i(3), i(1)), (i(1), i(2))]);
    let keys: Vec<String> = d.iter().unwrap().map(|k| repr(&k)).collect();
    assert_eq!(keys, ["3", "1"]);
    let mut it = d.iter().unwrap();
    it.try_next().unwrap();
    d.setitem(&i(7), i(7)).unwrap();
    assert_eq!(
        err(it.try_next()),
        "RuntimeError: dictionary changed size during iteration"
    );
    assert_eq!(
        err(i(1).iter().map(|_| ())),
        "TypeError: 'int' object is not iterable"
    );
    assert_eq!(
        err(Obj::None.iter().map(|_| ())),
        "TypeError: 'NoneType' object is not iterable"
    );
}

#[test]
fn conversions() {
    assert_eq!(fl(2.7).to_int().unwrap(), Int::from(2));
    assert_eq!(fl(-2.7).to_int().unwrap(), Int::from(-2));
    assert_eq!(s("  -1_2  ").to_int().unwrap(), Int::from(-12));
    assert_eq!(b(b" 12 ").to_int().unwrap(), Int::from(12));
    assert_eq!(Obj::Bool(true).to_int().unwrap(), Int::from(1));
    assert_eq!(b(b"1_0.5").to_float().unwrap(), 10.5);
    assert_eq!(Obj::Bool(true).to_float().unwrap(), 1.0);
    assert_eq!(s(" -inf ").to_float().unwrap(), f64::NEG_INFINITY);
    let cases: Vec<(PyResult<()>, &str)> = vec![
        (s("abc").to_int().map(|_| ()), "ValueError: invalid literal for int() with base 10: 'abc'"),
        (s("1.5").to_int().map(|_| ()), "ValueError: invalid literal for int() with base 10: '1.5'"),
        (b(b"abc").to_int().map(|_| ()), "ValueError: invalid literal for int() with base 10: b'abc'"),
        (b(b"\x1c12").to_int().map(|_| ()), "ValueError: invalid literal for int() with base 10: b'\\x1c12'"),
        (b(b"\xa012").to_int().map(|_| ()), "ValueError: invalid literal for int() with base 10: b'\\xa012'"),
        (ba(b"y").to_int().map(|_| ()), "ValueError: invalid literal for int() with base 10: b'y'"),
        (ba(b"y").to_float().map(|_| ()), "ValueError: could not convert string to float: bytearray(b'y')"),
        (fl(f64::INFINITY).to_int().map(|_| ()), "OverflowError: cannot convert float infinity to integer"),
        (fl(f64::NAN).to_int().map(|_| ()), "ValueError: cannot convert float NaN to integer"),
        (list(vec![]).to_int().map(|_| ()), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"),
        (Obj::None.to_int().map(|_| ()), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"),
        (s("abc").to_float().map(|_| ()), "ValueError: could not convert string to float: 'abc'"),
        (b(b"abc").to_float().map(|_| ()), "ValueError: could not convert string to float: b'abc'"),
        (i(2).pow(&i(2000)).unwrap().to_float().map(|_| ()), "OverflowError: int too large to convert to float"),
        (list(vec![]).to_float().map(|_| ()), "TypeError: float() argument must be a string or a real number, not 'list'"),
    ];
    for (result, expected) in cases {
        assert_eq!(err(result), expected);
    }
}

#[test]
fn truthiness_and_classes() {
    for falsy in [
        Obj::None,
        i(0),
        fl(0.0),
        s(""),
        b(b""),
        ba(b""),
        Obj::tuple(vec![]),
        list(vec![]),
        dict(vec![]),
        set(vec![]),
        frozen(vec![]),
    ] {
        assert!(!falsy.is_true(), "{falsy:?}");
    }
    assert!(fl(f64::NAN).is_true());
    assert!(Obj::Bool(true).is_instance(Class::Int));
    assert!(!i(1).is_instance(Class::Bool));
    assert!(i(1).is_instance(Class::Int));
    assert_eq!(frozen(vec![]).type_name(), "frozenset");
    assert_eq!(Obj::None.type_name(), "NoneType");
    assert_eq!(s("héllo").len().unwrap(), Int::from(5));
}

#[test]
fn display_and_format() {
    let v = dict(vec![(
        s("a"),
        list(vec![
            i(1),
            fl(2.5),
            s("x"),
            Obj::None,
            Obj::Bool(true),
            b(b"z"),
            Obj::tuple(vec![i(1)]),
            Obj::tuple(vec![]),
        ]),
    )]);
    assert_eq!(
        v.str_checked().unwrap().as_str(),
        "{'a': [1, 2.5, 'x', None, True, b'z', (1,), ()]}"
    );
    let floats = list(vec![
        fl(1.0),
        fl(-0.0),
        fl(f64::INFINITY),
        s("it's"),
        s("q\""),
        s("\n"),
    ]);
    assert_eq!(repr(&floats), r#"[1.0, -0.0, inf, "it's", 'q"', '\n']"#);
    assert_eq!(repr(&fl(1e16)), "1e+16");
    assert_eq!(repr(&set(vec![])), "set()");
    assert_eq!(repr(&frozen(vec![])), "frozenset()");
    assert_eq!(repr(&set(vec![frozen(vec![])])), "{frozenset()}");
    assert_eq!(
        repr(&dict(vec![(b(b"a"), ba(b"\x00"))])),
        "{b'a': bytearray(b'\\x00')}"
    );
    assert_eq!(s("x").str_checked().unwrap().as_str(), "x");
    assert_eq!(
        Obj::tuple(vec![s("x")]).str_checked().unwrap().as_str(),
        "('x',)"
    );
    assert_eq!(
        crate::format_checked(&i(1), ">5").unwrap().as_str(),
        "    1"
    );
    assert_eq!(
        crate::format_checked(&fl(2.5), ".2f").unwrap().as_str(),
        "2.50"
    );
    assert_eq!(
        crate::format_checked(&Obj::Bool(true), ">5")
            .unwrap()
            .as_str(),
        "    1"
    );
    assert_eq!(
        crate::format_checked(&list(vec![i(1)]), "")
            .unwrap()
            .as_str(),
        "[1]"
    );
    let spec = crate::text::format_spec::parse(">5").unwrap();
    for (v, name) in [
        (list(vec![]), "list"),
        (Obj::tuple(vec![]), "tuple"),
        (dict(vec![]), "dict"),
        (set(vec![]), "set"),
        (Obj::None, "NoneType"),
        (b(b"a"), "bytes"),
    ] {
        let message = format!("unsupported format string passed to {name}.__format__");
        assert_eq!(v.format_spec(&spec), Err(message));
    }
    let huge = i(10).pow(&i(4400)).unwrap();
    assert!(err(huge.repr_checked()).starts_with("ValueError: Exceeds the limit (4300 digits)"));
}

#[test]
fn conversions_into_obj() {
    let t = (1i64, "a", 2.5, (), true, (Int::from(2),)).into_obj();
    assert_eq!(repr(&t), "(1, 'a', 2.5, None, True, (2,))");
    let xs: List<Obj> = List::new();
    let shared = xs.clone().into_obj();
    shared.iadd(&list(vec![i(1)])).unwrap();
    assert_eq!(xs.len(), 1);
    let typed: FrozenSet<Str> = ["x", "y", "z"].iter().map(|t| Str::from(*t)).collect();
    let converted = typed.clone().into_obj();
    assert_eq!(repr(&converted), crate::repr(&typed).as_str());
    let fs: FrozenSet<Obj> = FrozenSet::from(vec![i(1)]);
    assert!(fs.clone().into_obj().is_same(&Obj::FrozenSet(fs)));
}

#[test]
fn sorting_and_extremes() {
    let nan = fl(f64::NAN);
    let sorted = |v: Vec<Obj>, reverse| repr(&Obj::List(Obj::sorted(v, reverse).unwrap()));
    assert_eq!(sorted(vec![i(3), i(1), i(2)], true), "[3, 2, 1]");
    assert_eq!(
        sorted(
            vec![nan.clone(), i(3), i(1), nan.clone(), i(2), i(0)],
            false
        ),
        "[nan, 0, 1, 2, 3, nan]"
    );
    assert_eq!(
        sorted(vec![i(3), nan.clone(), i(1), i(2)], false),
        "[3, nan, 1, 2]"
    );
    let sets = vec![
        set(vec![i(1)]),
        set(vec![i(2)]),
        set(vec![i(3)]),
        set(vec![i(1), i(2)]),
        set(vec![]),
        set(vec![i(2), i(3)]),
    ];
    assert_eq!(
        sorted(sets, false),
        "[set(), {1}, {2}, {3}, {1, 2}, {2, 3}]"
    );
    let equal = vec![i(1), Obj::Bool(true), fl(1.0), i(0), Obj::Bool(false)];
    assert_eq!(sorted(equal, true), "[1, True, 1.0, 0, False]");
    let tuples = vec![
        Obj::tuple(vec![i(1), s("b")]),
        Obj::tuple(vec![i(1), s("a")]),
        Obj::tuple(vec![i(0), s("z")]),
    ];
    assert_eq!(sorted(tuples, false), "[(0, 'z'), (1, 'a'), (1, 'b')]");
    let mixed = List::from(vec![i(3), s("a"), i(1)]);
    let e = err(Obj::sort_list(&mixed, false));
    assert_eq!(
        e,
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(crate::repr(&mixed).as_str(), "[3, 'a', 1]");
    let e = err(Obj::sorted(vec![i(2), i(1), s("a")], false).map(|_| ()));
    assert_eq!(
        e,
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    let l = List::from(vec![s("b"), s("A"), s("a"), s("B")]);
    Obj::sort_list(&l, false).unwrap();
    assert_eq!(crate::repr(&l).as_str(), "['A', 'B', 'a', 'b']");

    assert_eq!(ok(Obj::min_of(vec![fl(1.0), i(1), Obj::Bool(true)])), "1.0");
    assert_eq!(
        ok(Obj::max_of(vec![Obj::Bool(true), i(1), fl(1.0)])),
        "True"
    );
    assert_eq!(ok(Obj::min_of(vec![nan.clone(), i(1)])), "nan");
    assert_eq!(ok(Obj::min_of(vec![i(1), nan])), "1");
    assert_eq!(
        ok(Obj::min_of(vec![set(vec![i(1)]), set(vec![i(2)])])),
        "{1}"
    );
    assert_eq!(
        ok(Obj::max_of(vec![set(vec![i(2)]), set(vec![i(1)])])),
        "{2}"
    );
    assert_eq!(
        err(Obj::min_of(vec![])),
        "ValueError: min() iterable argument is empty"
    );
    assert_eq!(
        err(Obj::max_of(vec![])),
        "ValueError: max() iterable argument is empty"
    );
    assert_eq!(
        err(Obj::min_of(vec![i(1), s("a")])),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(
        err(Obj::max_of(vec![i(1), s("a")])),
        "TypeError: '>' not supported between instances of 'str' and 'int'"
    );
}

/// The sort makes CPython's comparisons in CPython's order: the count
/// and an FNV-1a hash of the (left, right) index pairs it compared,
/// logged from Python objects whose `__lt__` records them.
#[test]
fn sort_compares_like_cpython() {
    fn lcg(seed: u64) -> impl FnMut() -> u64 {
        let mut x = seed;
        move || {
            x = (x * 1103515245 + 12345) % (1 << 31);
            x
        }
    }
    fn values(size: usize, kind: u64) -> Vec<i64> {
        let mut next = lcg(size as u64 * 7 + kind);
        let mut vals = Vec::new();
        while vals.len() < size {
            match kind {
                0 => vals.push((next() % 1000) as i64),
                1 => vals.push((next() % 4) as i64),
                2 => {
                    let (n, start) = (next() % 200 + 1, next() % 1000);
                    vals.extend((0..n).map(|j| (start + j) as i64));
                }
                _ => {
                    let (n, start) = (next() % 50 + 1, next() % 100);
                    vals.extend((0..n).map(|j| start as i64 - j as i64 / 2));
                }
            }
        }
        vals.truncate(size);
        vals
    }
    let expected = [
        (65, 0, false, 315, 0x523fafb79df9dcda_u64),
        (65, 0, true, 308, 0xca527c40f76d5c6e),
        (257, 3, false, 1394, 0xdb20d025ed55abd0),
        (257, 3, true, 644, 0x65b5eee515905284),
        (1000, 1, false, 5310, 0x07d40e31934b8aac),
        (1000, 1, true, 5320, 0xfacdb6fe2556bc06),
        (3000, 2, false, 9631, 0x30de5ee242e2dbd2),
        (3000, 2, true, 9468, 0x8f085e16b621773d),
    ];
    for (size, kind, reverse, count, fnv) in expected {
        let mut items: Vec<(i64, u64)> = values(size, kind).into_iter().zip(0..).collect();
        let mut log = Vec::new();
        if reverse {
            items.reverse();
        }
        sort::timsort(&mut items, |a, b| {
            log.push((a.1, b.1));
            Ok(a.0 < b.0)
        })
        .unwrap();
        let mut h: u64 = 0xcbf29ce484222325;
        for (a, b) in &log {
            for v in [*a, *b] {
                h = (h ^ v).wrapping_mul(0x100000001b3);
            }
        }
        assert_eq!(
            (log.len(), h),
            (count, fnv),
            "size {size} kind {kind} reverse {reverse}"
        );
        assert!(items.windows(2).all(|w| w[0].0 <= w[1].0) || reverse);
    }
}

/// The typed containers' own methods all work with `Obj` elements.
#[test]
fn typed_containers_of_obj() {
    let d: Dict<Obj, Obj> = Dict::new();
    d.set(i(1), s("a"));
    assert_eq!(d.get(&fl(1.0)).unwrap(), s("a"));
    assert_eq!(d.setdefault(s("k"), i(0)), i(0));
    assert!(d.contains(&Obj::Bool(true)));
    assert_eq!(err(d.pop(&s("missing"))), "KeyError: 'missing'");
    d.update(&d.copy());
    let keys: Vec<Obj> = d.keys().to_vec();
    assert_eq!(keys, [i(1), s("k")]);
    assert_eq!(d.iter().count(), 2);
    assert_eq!(d.popitem().unwrap(), (s("k"), i(0)));
    assert_eq!(crate::format_checked(&d, "").unwrap().as_str(), "{1: 'a'}");

    let st: Set<Obj> = Set::new();
    st.add(frozen(vec![i(1)]));
    st.add(Obj::tuple(vec![i(1), s("x")]));
    assert!(st.contains(&Obj::tuple(vec![fl(1.0), s("x")])));
    st.remove(&frozen(vec![i(1)])).unwrap();
    assert_eq!(err(st.remove(&i(5))), "KeyError: 5");
    assert_eq!(st.iter().collect::<PyResult<Vec<Obj>>>().unwrap().len(), 1);
    assert!(st.issubset(&st.to_frozen()));

    let keyed: Dict<FrozenSet<Obj>, Obj> = Dict::new();
    keyed.set(FrozenSet::from(vec![i(1)]), i(2));
    assert_eq!(crate::repr(&keyed).as_str(), "{frozenset({1}): 2}");

    let xs: List<Obj> = List::from(vec![i(1), s("a"), fl(1.0)]);
    assert_eq!(xs.index(&Obj::Bool(true)).unwrap(), Int::from(0));
    assert_eq!(xs.count(&i(1)), Int::from(2));
    xs.remove(&s("a")).unwrap();
    assert_eq!(err(xs.index(&s("zz"))), "ValueError: 'zz' is not in list");
    let (shown, three) = (Obj::List(xs.clone()), i(3));
    let args = [FormatArg::from(&shown), FormatArg::from(&three)];
    let text = crate::percent_format("%s %d", &args).unwrap();
    assert_eq!(text.as_str(), "[1, 1.0] 3");
    let items: Vec<PyResult<Obj>> = Obj::List(xs).iter().unwrap().fallible().collect();
    assert_eq!(items.len(), 2);
}
