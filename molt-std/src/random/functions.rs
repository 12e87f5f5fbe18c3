//! The `random` module's functions (`random.seed(1)`, `random.random()`,
//! ...), which all draw from one hidden generator, as CPython's draw from
//! the module's one `Random` instance. Molt keeps it per thread: a
//! program's code runs on one thread, and a thread-local needs no lock.
//!
//! Arguments arrive as the generated code holds them (`&Int`, `f64`,
//! `&List<T>`); errors come back as the `PyErr` CPython raises.

use super::Random;
use molt_rt::exc::value_error;
use molt_rt::{ExcKind, Int, List, PyErr, PyRange, PyResult, Str};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed};
use std::cell::RefCell;

thread_local! {
    /// Seeded from entropy until the program calls `random.seed`.
    static GENERATOR: RefCell<Random> = RefCell::new(Random::from_entropy());
}

fn with<R>(f: impl FnOnce(&mut Random) -> R) -> R {
    GENERATOR.with(|g| f(&mut g.borrow_mut()))
}

fn index_error(message: String) -> PyErr {
    PyErr::new(ExcKind::IndexError, message)
}

/// `random.seed(a)` for an int: seeds from `abs(a)`.
pub fn seed(a: &Int) {
    match a.as_i64() {
        Some(n) => with(|r| r.seed(n)),
        None => {
            let words = a.to_big().magnitude().to_u32_digits();
            with(|r| r.seed_from_words(&words));
        }
    }
}

/// `random.seed()` and `random.seed(None)`: seeds from entropy.
pub fn seed_from_entropy() {
    with(Random::seed_from_entropy)
}

/// `random.random()`.
pub fn random() -> f64 {
    with(Random::random)
}

/// `random.getrandbits(k)`.
pub fn getrandbits(k: &Int) -> PyResult<Int> {
    if k.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = k
        .as_i64()
        .and_then(|k| usize::try_from(k).ok())
        .ok_or_else(|| molt_rt::exc::overflow("Python int too large to convert to C int"))?;
    let words = with(|r| r.getrandbits(k));
    Ok(Int::from_big(BigUint::from_slice(&words).into()))
}

/// `random.randrange(stop)`, `randrange(start, stop)` and
/// `randrange(start, stop, step)`.
pub fn randrange(start: &Int, stop: Option<&Int>, step: Option<&Int>) -> PyResult<Int> {
    let one = Int::from(1);
    let step = step.unwrap_or(&one);
    let Some(stop) = stop else {
        return match start.as_i64() {
            Some(n) => with(|r| r.randrange_stop(n))
                .map(Int::from)
                .map_err(value_error),
            None if start.is_negative() => Err(value_error("empty range for randrange()")),
            None => Ok(Int::from_big(randbelow_big(&start.to_big()))),
        };
    };
    if let (Some(a), Some(b), Some(s)) = (start.as_i64(), stop.as_i64(), step.as_i64()) {
        return with(|r| r.randrange(a, b, s))
            .map(Int::from)
            .map_err(value_error);
    }
    randrange_big(&start.to_big(), &stop.to_big(), &step.to_big()).map(Int::from_big)
}

/// `random.randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint(a: &Int, b: &Int) -> PyResult<Int> {
    if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
        return with(|r| r.randint(x, y))
            .map(Int::from)
            .map_err(value_error);
    }
    randrange_big(&a.to_big(), &(b.to_big() + 1), &BigInt::one()).map(Int::from_big)
}

/// `Random.randrange` for ints beyond an i64, with CPython's messages.
fn randrange_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> PyResult<BigInt> {
    let width = stop - start;
    if step.is_one() {
        if width.is_positive() {
            return Ok(start + randbelow_big(&width));
        }
        return Err(value_error(format!(
            "empty range in randrange({start}, {stop})"
        )));
    }
    let n = if step.is_positive() {
        (&width + step - BigInt::one()).div_floor(step)
    } else if step.is_negative() {
        (&width + step + BigInt::one()).div_floor(step)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error(format!(
            "empty range in randrange({start}, {stop}, {step})"
        )));
    }
    Ok(start + step * randbelow_big(&n))
}

/// `_randbelow_with_getrandbits(n)` for a positive `n` of any size:
/// draw `n.bit_length()` bits until they fall below `n`.
fn randbelow_big(n: &BigInt) -> BigInt {
    let k = n.bits() as usize;
    loop {
        let words = with(|r| r.getrandbits(k));
        let r = BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words));
        if &r < n {
            return r;
        }
    }
}

/// `random.choice(seq)` of a list.
pub fn choice<T: Clone>(seq: &List<T>) -> PyResult<T> {
    let i = with(|r| r.choice_index(seq.len())).map_err(index_error)?;
    seq.get(&Int::from_usize(i))
}

/// `random.choice(s)` of a str: one of its characters.
pub fn choice_char(s: &Str) -> PyResult<Str> {
    let i = with(|r| r.choice_index(s.len())).map_err(index_error)?;
    s.get_item_py(&Int::from_usize(i))
}

/// `random.choice(r)` of a range.
pub fn choice_range(seq: &PyRange) -> PyResult<Int> {
    let len = seq.len()?;
    let i = with(|r| r.choice_index(len)).map_err(index_error)?;
    seq.get(&Int::from_usize(i))
}

/// `random.shuffle(x)`, in place.
pub fn shuffle<T: Clone>(x: &List<T>) {
    x.with_slice_mut(|items| with(|r| r.shuffle(items)));
}

/// `random.sample(population, k)` of a list.
pub fn sample<T: Clone>(population: &List<T>, k: &Int) -> PyResult<List<T>> {
    let items = population.to_vec();
    let picks = sample_indices(items.len(), k)?;
    Ok(picks.into_iter().map(|i| items[i].clone()).collect())
}

/// `random.sample(range(...), k)`.
pub fn sample_range(population: &PyRange, k: &Int) -> PyResult<List<Int>> {
    let picks = sample_indices(population.len()?, k)?;
    picks
        .into_iter()
        .map(|i| population.get(&Int::from_usize(i)))
        .collect::<PyResult<Vec<Int>>>()
        .map(List::from)
}

fn sample_indices(n: usize, k: &Int) -> PyResult<Vec<usize>> {
    let k = k.as_i64().unwrap_or(-1);
    with(|r| r.sample_indices(n, k)).map_err(value_error)
}

/// `random.uniform(a, b)`.
pub fn uniform(a: f64, b: f64) -> f64 {
    with(|r| r.uniform(a, b))
}

/// `random.gauss(mu, sigma)`.
pub fn gauss(mu: f64, sigma: f64) -> f64 {
    with(|r| r.gauss(mu, sigma))
}

/// `random.normalvariate(mu, sigma)`.
pub fn normalvariate(mu: f64, sigma: f64) -> f64 {
    with(|r| r.normalvariate(mu, sigma))
}

/// `random.triangular(low, high)` and `triangular(low, high, mode)`.
pub fn triangular(low: f64, high: f64, mode: Option<f64>) -> f64 {
    with(|r| r.triangular(low, high, mode))
}

/// `random.expovariate(lambd)`.
pub fn expovariate(lambd: f64) -> PyResult<f64> {
    with(|r| r.expovariate(lambd)).map_err(|m| PyErr::new(ExcKind::ZeroDivisionError, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values recorded from CPython 3.12.
    #[test]
    fn module_functions_follow_cpython() {
        seed(&Int::from(3));
        assert_eq!(
            randrange(&Int::literal("1000000000000000000000000000000"), None, None)
                .unwrap()
                .to_string(),
            "201574606653700240791155982333"
        );
        seed(&Int::from(3));
        assert_eq!(
            randint(
                &Int::literal("100000000000000000000"),
                &Int::literal("1000000000000000000000")
            )
            .unwrap()
            .to_string(),
            "738121593715607420925"
        );
        seed(&Int::from(-5));
        assert_eq!(random(), 0.6229016948897019);
        seed(&Int::literal("1180591620717411303424"));
        assert_eq!(random(), 0.2327882718301838);
        seed(&Int::from(3));
        assert_eq!(
            sample_range(&PyRange::new(0, 10), &Int::from(3))
                .unwrap()
                .to_vec(),
            vec![Int::from(3), Int::from(8), Int::from(2)]
        );
    }

    #[test]
    fn errors_carry_cpython_messages() {
        let e = randrange(&Int::from(5), Some(&Int::from(2)), None).unwrap_err();
        assert_eq!(e.message(), "empty range in randrange(5, 2)");
        let e = choice(&List::<Int>::new()).unwrap_err();
        assert_eq!(e.kind(), ExcKind::IndexError);
        let e = getrandbits(&Int::from(-1)).unwrap_err();
        assert_eq!(e.message(), "number of bits must be non-negative");
    }
}
