//! `random`: CPython 3.12's `random.Random`, reproduced bit for bit.
//!
//! The generator is the same Mersenne Twister (MT19937) as CPython's
//! `Modules/_randommodule.c`, seeded the same way, and every method below
//! follows the matching function of `Lib/random.py` step for step, so a
//! program seeded with the same value draws the same numbers, in the same
//! order, as it does under CPython 3.12.
//!
//! Errors are returned as the exception *message*; each method's doc says
//! which Python exception class the message belongs to.

use std::collections::HashSet;
use std::fmt;

mod functions;
pub use functions::*;

/// Number of 32-bit words of MT19937 state.
const N: usize = 624;
/// MT19937 middle word offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `random.NV_MAGICCONST` (`4 * exp(-0.5) / sqrt(2.0)`), copied from
/// CPython so no constant folding can change its last bit.
const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
/// `random.TWOPI`.
const TWOPI: f64 = std::f64::consts::TAU;

/// A `random.Random` instance: the MT19937 state plus `gauss_next`.
#[derive(Clone)]
pub struct Random {
    /// The 624-word Mersenne Twister state (`RandomObject.state`).
    mt: [u32; N],
    /// Next word of `mt` to temper; `N` means "regenerate first".
    index: usize,
    /// The second normal deviate cached by [`Random::gauss`].
    gauss_next: Option<f64>,
}

impl fmt::Debug for Random {
    // The 624-word state is noise in a debug dump; show only the cursor.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Random")
            .field("index", &self.index)
            .field("gauss_next", &self.gauss_next)
            .finish_non_exhaustive()
    }
}

impl Random {
    // ---------------------------------------------------------------
    // Construction and seeding
    // ---------------------------------------------------------------

    /// `random.Random(n)` for an int `n`: seeds from `abs(n)`.
    pub fn new(seed: i64) -> Self {
        Self::from_u64(seed.unsigned_abs())
    }

    /// `random.Random(n)` for a non-negative int `n` that fits in a `u64`.
    pub fn from_u64(seed: u64) -> Self {
        let mut r = Self::unseeded();
        r.seed_u64(seed);
        r
    }

    /// `random.Random(n)` for an int of any size, given as the
    /// little-endian 32-bit words of `abs(n)`.
    pub fn from_words(words: &[u32]) -> Self {
        let mut r = Self::unseeded();
        r.seed_from_words(words);
        r
    }

    /// `random.Random()` with no seed: seeded from the clock and the
    /// standard library's per-process hash keys (CPython uses
    /// `os.urandom`, so the draws do not match CPython's).
    pub fn from_entropy() -> Self {
        let mut r = Self::unseeded();
        r.seed_from_entropy();
        r
    }

    /// A zeroed state; every constructor seeds it before handing it out.
    fn unseeded() -> Self {
        Random {
            mt: [0; N],
            index: N,
            gauss_next: None,
        }
    }

    /// `random.seed(n)` for an int `n`: seeds from `abs(n)`.
    pub fn seed(&mut self, seed: i64) {
        self.seed_u64(seed.unsigned_abs());
    }

    /// `random.seed(n)` for a non-negative int `n` that fits in a `u64`.
    pub fn seed_u64(&mut self, seed: u64) {
        // Split into 32-bit words, least significant first, the way
        // `_PyLong_AsByteArray` does; zero high words are dropped below.
        self.seed_from_words(&[seed as u32, (seed >> 32) as u32]);
    }

    /// `random.seed(n)` for an int of any size, given as the little-endian
    /// 32-bit words of `abs(n)` (CPython's `random_seed`).  High zero words
    /// are ignored, and zero (or no words) seeds with the key `[0]`.
    pub fn seed_from_words(&mut self, words: &[u32]) {
        // CPython keys with exactly ceil(bit_length / 32) words, minimum 1.
        let used = words.iter().rposition(|&w| w != 0).map_or(1, |i| i + 1);
        let key = if words.is_empty() {
            &[0][..]
        } else {
            &words[..used]
        };
        self.init_by_array(key);
        self.gauss_next = None;
    }

    /// `random.seed()` with no argument; see [`Random::from_entropy`].
    pub fn seed_from_entropy(&mut self) {
        use std::collections::hash_map::RandomState;
        use std::hash::{BuildHasher, Hasher};
        use std::time::{SystemTime, UNIX_EPOCH};

        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        // Each `RandomState` carries fresh random keys, so hashing the
        // clock with it gives an unpredictable key. (Not the process id:
        // WASI has none, and `std::process::id` panics there.)
        let mut key = Vec::with_capacity(8);
        for part in 0..4u32 {
            let mut h = RandomState::new().build_hasher();
            h.write_u128(nanos);
            h.write_u32(part);
            let v = h.finish();
            key.extend([v as u32, (v >> 32) as u32]);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// CPython's `init_genrand`: fills the state from one 32-bit word.
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array`: mixes a key of any length into the state.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // MSB is 1, so the state can never be all zeros.
        mt[0] = 0x8000_0000;
    }

    // ---------------------------------------------------------------
    // Raw generator
    // ---------------------------------------------------------------

    /// CPython's `genrand_uint32`: the next tempered 32-bit output.
    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Regenerates all `N` state words at once (the first half of
    /// `genrand_uint32`).
    fn twist(&mut self) {
        let mt = &mut self.mt;
        for kk in 0..N {
            let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 0 { 0 } else { MATRIX_A };
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// `random.random()`: a float in `[0.0, 1.0)` with 53 random bits
    /// (CPython's `genrand_res53`).
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)`: `k` random bits as little-endian 32-bit
    /// words (`ceil(k / 32)` of them; `k == 0` gives no words and draws
    /// nothing).  Words are drawn least significant first and the last one
    /// keeps its top `k % 32` bits, as in CPython.
    pub fn getrandbits(&mut self, k: usize) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32));
        let mut left = k;
        while left > 0 {
            let take = left.min(32);
            words.push(self.genrand_u32() >> (32 - take));
            left -= take;
        }
        words
    }

    /// `random.getrandbits(k)` for `k <= 64`, as one integer.
    ///
    /// # Panics
    /// If `k > 64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64, "getrandbits_u64: k = {k} does not fit in a u64");
        self.getrandbits_u128(k) as u64
    }

    /// `getrandbits(k)` for `k <= 128`, folding the words into one integer.
    fn getrandbits_u128(&mut self, k: u32) -> u128 {
        debug_assert!(k <= 128);
        self.getrandbits(k as usize)
            .iter()
            .rev()
            .fold(0, |acc, &w| (acc << 32) | u128::from(w))
    }

    /// `random.randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let mut bytes: Vec<u8> = self
            .getrandbits(n * 8)
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        bytes.truncate(n);
        bytes
    }

    // ---------------------------------------------------------------
    // Integers
    // ---------------------------------------------------------------

    /// `random._randbelow(n)` (`_randbelow_with_getrandbits`): a uniform
    /// int in `[0, n)` by rejection sampling on `n.bit_length()` bits.
    ///
    /// # Panics
    /// If `n == 0` (CPython would loop forever).
    pub fn randbelow(&mut self, n: u64) -> u64 {
        self.randbelow_u128(n.into()) as u64
    }

    /// [`Random::randbelow`] on u128: `randint(i64::MIN, i64::MAX)` spans
    /// 2**64 values, one more than a u64 holds.
    fn randbelow_u128(&mut self, n: u128) -> u128 {
        assert!(n > 0, "randbelow(0)");
        let k = u128::BITS - n.leading_zeros();
        loop {
            let r = self.getrandbits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    /// `random.randrange(stop)`.  `Err` is the `ValueError` message.
    pub fn randrange_stop(&mut self, stop: i64) -> Result<i64, String> {
        if stop > 0 {
            Ok(self.randbelow(stop as u64) as i64)
        } else {
            Err("empty range for randrange()".to_string())
        }
    }

    /// `random.randrange(start, stop, step)`; `step == 1` also covers the
    /// two-argument form.  `Err` is the `ValueError` message.
    pub fn randrange(&mut self, start: i64, stop: i64, step: i64) -> Result<i64, String> {
        let r = self.randrange_wide(start.into(), stop.into(), step.into())?;
        // The result lies between start and stop, so it fits.
        Ok(r as i64)
    }

    /// `random.randint(a, b)`: `randrange(a, b + 1)`.  `Err` is the
    /// `ValueError` message, which (as in CPython) names `b + 1`.
    pub fn randint(&mut self, a: i64, b: i64) -> Result<i64, String> {
        // `b + 1` may exceed i64::MAX, so stay in i128 until the end.
        let r = self.randrange_wide(a.into(), i128::from(b) + 1, 1)?;
        Ok(r as i64)
    }

    /// `Random.randrange` on i128, wide enough that `stop - start` and
    /// `b + 1` cannot overflow for i64 inputs.
    fn randrange_wide(&mut self, start: i128, stop: i128, step: i128) -> Result<i128, String> {
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok(start + self.randbelow_wide(width));
            }
            return Err(format!("empty range in randrange({start}, {stop})"));
        }
        let n = match step {
            s if s > 0 => floor_div(width + s - 1, s),
            s if s < 0 => floor_div(width + s + 1, s),
            _ => return Err("zero step for randrange()".to_string()),
        };
        if n <= 0 {
            return Err(format!("empty range in randrange({start}, {stop}, {step})"));
        }
        Ok(start + step * self.randbelow_wide(n))
    }

    /// [`Random::randbelow`] for a positive i128 (at most 2**64 here).
    fn randbelow_wide(&mut self, n: i128) -> i128 {
        self.randbelow_u128(n as u128) as i128
    }

    // ---------------------------------------------------------------
    // Sequences (by index, so they work for any element type)
    // ---------------------------------------------------------------

    /// `random.choice(seq)`: the index of the chosen element,
    /// `_randbelow(len)`.  `Err` is the `IndexError` message.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, String> {
        if len == 0 {
            return Err("Cannot choose from an empty sequence".to_string());
        }
        Ok(self.randbelow(len as u64) as usize)
    }

    /// `random.shuffle(x)`: CPython's Fisher-Yates, walking down from the
    /// last element.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// `random.sample(population, k)`: the indices into the population of
    /// the `k` chosen elements, in selection order.  Like CPython it keeps
    /// a pool of unpicked indices when the population is small next to
    /// `k`, and otherwise a set of picked ones (redrawing repeats).
    /// `Err` is the `ValueError` message.
    pub fn sample_indices(&mut self, population_len: usize, k: i64) -> Result<Vec<usize>, String> {
        let n = population_len;
        let k = match usize::try_from(k) {
            Ok(k) if k <= n => k,
            _ => return Err("Sample larger than population or is negative".to_string()),
        };
        if n as u128 <= sample_setsize(k) {
            Ok(self.sample_from_pool(n, k))
        } else {
            Ok(self.sample_with_set(n, k))
        }
    }

    /// `sample`'s pool branch: `pool[0 .. n - i]` holds the unpicked ones.
    fn sample_from_pool(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut pool: Vec<usize> = (0..n).collect();
        (0..k)
            .map(|i| {
                let j = self.randbelow((n - i) as u64) as usize;
                let picked = pool[j];
                pool[j] = pool[n - i - 1]; // move an unpicked index into the hole
                picked
            })
            .collect()
    }

    /// `sample`'s set branch: redraw until an unpicked index comes up.
    fn sample_with_set(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut selected = HashSet::with_capacity(k);
        (0..k)
            .map(|_| loop {
                let j = self.randbelow(n as u64) as usize;
                if selected.insert(j) {
                    break j;
                }
            })
            .collect()
    }

    /// `random.choices(population, k=k)` without weights: the indices
    /// `floor(random() * n)`.  A negative `k` gives no picks, as in
    /// CPython; with `n == 0` every index is 0, so the caller's indexing
    /// raises CPython's `IndexError`.
    pub fn choices_indices(&mut self, n: usize, k: i64) -> Vec<usize> {
        let n = n as f64;
        (0..k.max(0))
            .map(|_| (self.random() * n).floor() as usize)
            .collect()
    }

    /// `random.choices(population, weights, k=k)`: the weights are summed
    /// in order (exact for int weights whose running totals stay below
    /// 2**53), then handled as [`Random::choices_cum_weights_indices`].
    pub fn choices_weighted_indices(
        &mut self,
        population_len: usize,
        weights: &[f64],
        k: i64,
    ) -> Result<Vec<usize>, String> {
        let cum: Vec<f64> = weights
            .iter()
            .scan(0.0, |total, &w| {
                *total += w;
                Some(*total)
            })
            .collect();
        self.choices_cum_weights_indices(population_len, &cum, k)
    }

    /// `random.choices(population, cum_weights=cum_weights, k=k)`: bisect
    /// `random() * total` into the cumulative weights.  `Err` is the
    /// message of CPython's `ValueError` (or, for an empty population,
    /// its `IndexError`).
    pub fn choices_cum_weights_indices(
        &mut self,
        population_len: usize,
        cum_weights: &[f64],
        k: i64,
    ) -> Result<Vec<usize>, String> {
        let n = population_len;
        if cum_weights.len() != n {
            return Err("The number of weights does not match the population".to_string());
        }
        // CPython reads cum_weights[-1], which fails on an empty list.
        let total = *cum_weights.last().ok_or("list index out of range")?;
        if total <= 0.0 {
            return Err("Total of weights must be greater than zero".to_string());
        }
        if !total.is_finite() {
            return Err("Total of weights must be finite".to_string());
        }
        // bisect_right(cum_weights, x, 0, n - 1).
        let hi = n - 1;
        Ok((0..k.max(0))
            .map(|_| {
                let x = self.random() * total;
                cum_weights[..hi].partition_point(|&c| c <= x)
            })
            .collect())
    }

    // ---------------------------------------------------------------
    // Real-valued distributions
    // ---------------------------------------------------------------

    /// `random.uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.triangular(low, high, mode)`; `None` is CPython's default
    /// mode (the midpoint).
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            // CPython catches the ZeroDivisionError and returns low.
            Some(_) if high - low == 0.0 => return low,
            Some(m) => (m - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `random.normalvariate(mu, sigma)`: Kinderman and Monahan's
    /// ratio-of-uniforms method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `random.lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `random.gauss(mu, sigma)`: Box-Muller, which makes two deviates at
    /// a time; the second is kept in `gauss_next` for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
    /// `Err` is the `ZeroDivisionError` message for `lambd == 0`, raised
    /// (as in CPython) after a number has been drawn.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, String> {
        let x = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err("float division by zero".to_string());
        }
        Ok(x / lambd)
    }
}

/// `sample`'s threshold: population sizes up to this use the pool branch.
/// It is `21 + 4 ** ceil(log(3k, 4))` for `k > 5` (computed with float
/// logs, as CPython does), else 21.
fn sample_setsize(k: usize) -> u128 {
    let mut setsize = 21u128;
    if k > 5 {
        // math.log(x, 4) is log(x) / log(4) on floats.
        let exp = ((3 * k as u128) as f64).ln() / 4f64.ln();
        let exp = exp.ceil() as u32;
        setsize = setsize.saturating_add(4u128.saturating_pow(exp));
    }
    setsize
}

/// Python's `//` on ints: division rounding toward negative infinity.
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    //! Every expected value below was printed by CPython 3.12.1.

    use super::*;

    /// Asserts bit-for-bit equality of float sequences.
    fn assert_floats(got: &[f64], want: &[f64]) {
        let bits = |xs: &[f64]| xs.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(got), bits(want), "got {got:?}, want {want:?}");
    }

    fn randoms(r: &mut Random, n: usize) -> Vec<f64> {
        (0..n).map(|_| r.random()).collect()
    }

    fn err<T: fmt::Debug>(r: Result<T, String>) -> String {
        r.expect_err("expected an error")
    }

    #[test]
    fn random_after_small_seeds() {
        let cases: [(i64, [f64; 3]); 5] = [
            (
                0,
                [0.8444218515250481, 0.7579544029403025, 0.420571580830845],
            ),
            (
                1,
                [0.13436424411240122, 0.8474337369372327, 0.763774618976614],
            ),
            (
                42,
                [
                    0.6394267984578837,
                    0.025010755222666936,
                    0.27502931836911926,
                ],
            ),
            (
                -5,
                [0.6229016948897019, 0.7417869892607294, 0.7951935655656966],
            ),
            (
                (1 << 40) + 3,
                [0.21978710637116716, 0.5494687768352203, 0.09461190973523603],
            ),
        ];
        for (seed, want) in cases {
            assert_floats(&randoms(&mut Random::new(seed), 3), &want);
        }
    }

    #[test]
    fn random_after_wide_seeds() {
        // 2**64 - 1 and 2**32 need two key words.
        let mut r = Random::from_u64(u64::MAX);
        let want = [
            0.021825695401270107,
            0.3380953268613758,
            0.21196748656082065,
        ];
        assert_floats(&randoms(&mut r, 3), &want);
        let mut r = Random::from_u64(1 << 32);
        let want = [0.11299430095636409, 0.41782886486292836, 0.0166763664992291];
        assert_floats(&randoms(&mut r, 3), &want);
    }

    #[test]
    fn big_seed_from_words() {
        // 2**70 + 1 == words [1, 0, 0x40]; high zero words are ignored.
        let want = [0.13151307736568552, 0.9082648095471613, 0.24158579666657176];
        assert_floats(&randoms(&mut Random::from_words(&[1, 0, 0x40]), 3), &want);
        assert_floats(
            &randoms(&mut Random::from_words(&[1, 0, 0x40, 0, 0]), 3),
            &want,
        );
        let mut r = Random::from_words(&[1, 0, 0x40]);
        let bits: Vec<u64> = (0..3).map(|_| r.getrandbits_u64(32)).collect();
        assert_eq!(bits, [564844362, 1916889153, 3900967679]);
        let picks: Vec<i64> = (0..3).map(|_| r.randrange_stop(100).unwrap()).collect();
        assert_eq!(picks, [20, 30, 95]);
    }

    #[test]
    fn zero_seed_forms_agree() {
        let want = randoms(&mut Random::new(0), 3);
        assert_floats(&randoms(&mut Random::from_words(&[]), 3), &want);
        assert_floats(&randoms(&mut Random::from_words(&[0, 0]), 3), &want);
        assert_floats(&randoms(&mut Random::from_u64(0), 3), &want);
    }

    #[test]
    fn reseeding_restarts_the_stream() {
        let mut r = Random::new(3);
        r.random();
        r.seed(-1);
        assert_floats(&[r.random()], &[0.13436424411240122]);
        r.seed_u64(42);
        assert_floats(&[r.random()], &[0.6394267984578837]);
        r.seed_from_words(&[1, 0, 0x40]);
        assert_floats(&[r.random()], &[0.13151307736568552]);
    }

    #[test]
    fn long_stream_crosses_regeneration() {
        // 700 floats draw 1400 words, so the state is twisted three times.
        let xs = randoms(&mut Random::new(21), 700);
        let want = [0.39543637654025776, 0.6259148834488385, 0.7915344744538039];
        assert_floats(&[xs[623], xs[624], xs[699]], &want);
    }

    #[test]
    fn entropy_seeding_gives_different_streams() {
        let a = randoms(&mut Random::from_entropy(), 4);
        let b = randoms(&mut Random::from_entropy(), 4);
        assert_ne!(a, b);
        assert!(a.iter().all(|x| (0.0..1.0).contains(x)));
    }

    #[test]
    fn getrandbits_sequence() {
        let mut r = Random::new(42);
        let small: Vec<u64> = [1, 5, 32, 33, 64, 0]
            .iter()
            .map(|&k| r.getrandbits_u64(k))
            .collect();
        assert_eq!(small, [1, 3, 107420369, 3184935163, 4117511471858006928, 0]);
        // 800402129360547565400942494185, least significant word first.
        let want: u128 = 800402129360547565400942494185;
        let words: Vec<u32> = (0..4).map(|i| (want >> (32 * i)) as u32).collect();
        assert_eq!(r.getrandbits(100), words);
    }

    #[test]
    fn getrandbits_wide() {
        let mut r = Random::new(42);
        // 0x393eb13b9046685257bdd640fb06671ad11c80317fa3b1799d
        let want = [
            0xa3b1799d, 0x1c80317f, 0x06671ad1, 0xbdd640fb, 0x46685257, 0x3eb13b90, 0x39,
        ];
        assert_eq!(r.getrandbits(200), want);
        let mut r = Random::new(0);
        let words: Vec<u64> = (0..2).map(|_| r.getrandbits_u64(64)).collect();
        assert_eq!(words, [7106521602475165645, 16422101724900707500]);
        let words: Vec<u64> = (0..2).map(|_| r.getrandbits_u64(33)).collect();
        assert_eq!(words, [1806341205, 5407006266]);
        assert!(r.getrandbits(0).is_empty());
    }

    #[test]
    fn randbytes_sequence() {
        let mut r = Random::new(7);
        assert_eq!(r.randbytes(7), [0x38, 0xb4, 0xe6, 0x52, 0x4d, 0xa7, 0xf2]);
        assert_eq!(r.randbytes(4), [0x37, 0x0d, 0x9e, 0x26]);
        assert!(r.randbytes(0).is_empty());
    }

    #[test]
    fn randbelow_sequence() {
        let mut r = Random::new(1);
        let got: Vec<u64> = [1, 2, 3, 10, 1000, 1 << 63, u64::MAX]
            .iter()
            .map(|&n| r.randbelow(n))
            .collect();
        let want = [0, 0, 1, 1, 507, 8291646586825371460, 12019768873862893665];
        assert_eq!(got, want);
    }

    #[test]
    fn randrange_sequence() {
        let mut r = Random::new(3);
        let got = [
            r.randrange_stop(10),
            r.randrange(5, 15, 1),
            r.randrange(0, 100, 7),
            r.randrange(10, -10, -3),
            r.randrange(-5, -50, -1),
            r.randrange(i64::MIN, i64::MAX, 1),
            r.randrange_stop(i64::MAX),
            r.randrange(i64::MIN, i64::MAX, 1 << 62),
        ];
        let want = [
            3,
            14,
            56,
            7,
            -28,
            1916986419448601589,
            5771251130807587486,
            i64::MIN,
        ];
        assert_eq!(got.map(Result::unwrap), want);
    }

    #[test]
    fn randrange_errors() {
        let mut r = Random::new(0);
        assert_eq!(err(r.randrange_stop(0)), "empty range for randrange()");
        assert_eq!(err(r.randrange_stop(-3)), "empty range for randrange()");
        assert_eq!(err(r.randrange(5, 5, 1)), "empty range in randrange(5, 5)");
        assert_eq!(err(r.randrange(5, 2, 1)), "empty range in randrange(5, 2)");
        assert_eq!(err(r.randrange(0, 10, 0)), "zero step for randrange()");
        let cases = [
            ((0, 10, -1), "(0, 10, -1)"),
            ((10, 0, 2), "(10, 0, 2)"),
            ((5, 5, -1), "(5, 5, -1)"),
        ];
        for ((a, b, c), text) in cases {
            assert_eq!(
                err(r.randrange(a, b, c)),
                format!("empty range in randrange{text}")
            );
        }
        // No draw happened, so the stream is untouched.
        assert_floats(&[r.random()], &[0.8444218515250481]);
    }

    #[test]
    fn randint_sequence_and_errors() {
        let mut r = Random::new(5);
        let dice: Vec<i64> = (0..8).map(|_| r.randint(1, 6).unwrap()).collect();
        assert_eq!(dice, [5, 3, 6, 3, 6, 6, 6, 5]);
        assert_eq!(r.randint(i64::MIN, i64::MAX), Ok(6278314744523580143));
        assert_eq!(r.randint(i64::MAX, i64::MAX), Ok(i64::MAX));
        assert_eq!(err(r.randint(5, 3)), "empty range in randrange(5, 4)");
        assert_eq!(
            err(r.randint(i64::MAX, i64::MAX - 1)),
            "empty range in randrange(9223372036854775807, 9223372036854775807)"
        );
    }

    #[test]
    fn choice_sequence_and_error() {
        let mut r = Random::new(11);
        let got: Vec<usize> = [1, 2, 7, 100, 12345]
            .iter()
            .map(|&n| r.choice_index(n).unwrap())
            .collect();
        assert_eq!(got, [0, 1, 3, 65, 9623]);
        assert_eq!(
            err(r.choice_index(0)),
            "Cannot choose from an empty sequence"
        );
    }

    #[test]
    fn shuffle_sequence() {
        let mut r = Random::new(8);
        let mut x: Vec<i32> = (0..20).collect();
        r.shuffle(&mut x);
        let want = [
            19, 14, 17, 16, 9, 13, 5, 15, 10, 8, 3, 2, 1, 0, 18, 6, 4, 12, 11, 7,
        ];
        assert_eq!(x, want);
        let mut x = ["a", "b", "c", "d", "e"];
        r.shuffle(&mut x);
        assert_eq!(x, ["c", "a", "e", "b", "d"]);
    }

    #[test]
    fn shuffle_of_short_slices_draws_nothing() {
        let mut r = Random::new(8);
        r.shuffle::<u8>(&mut []);
        r.shuffle(&mut [1]);
        // The first float of seed 8 is 0.2267058593810488.
        assert_floats(&[r.random()], &[0.2267058593810488]);
    }

    #[test]
    fn sample_pool_branch() {
        // (n, k, sample, next random()) with n <= setsize.
        let cases: [(usize, i64, &[usize], f64); 9] = [
            (10, 3, &[4, 9, 2], 0.6520097272884742),
            (10, 10, &[4, 9, 2, 5, 1, 6, 8, 7, 0, 3], 0.07082686969127316),
            (5, 0, &[], 0.2590084917154736),
            (3, 3, &[1, 2, 0], 0.6520097272884742),
            (21, 1, &[8], 0.29075769100530435),
            (21, 2, &[8, 9], 0.6852579929645369),
            (85, 6, &[33, 37, 23, 29, 18, 28], 0.6409571672530741),
            (
                277,
                22,
                &[
                    132, 148, 95, 118, 75, 115, 274, 66, 36, 109, 150, 15, 220, 64, 7, 141, 272,
                    43, 134, 230, 223, 71,
                ],
                0.793770550765207,
            ),
            (
                40,
                39,
                &[
                    16, 18, 11, 14, 9, 36, 37, 8, 4, 17, 27, 6, 23, 35, 0, 13, 31, 21, 19, 25, 32,
                    29, 2, 22, 34, 33, 28, 30, 38, 5, 3, 7, 24, 10, 12, 26, 39, 15, 20,
                ],
                0.34597923472258174,
            ),
        ];
        check_samples(&cases);
        let mut r = Random::new(13);
        let got = r.sample_indices(200, 100).unwrap();
        assert_eq!(got[..8], [66, 74, 175, 197, 47, 166, 59, 170]);
        assert_eq!(got[92..], [94, 121, 97, 102, 44, 25, 90, 159]);
        assert_floats(&[r.random()], &[0.37475624323154333]);
    }

    #[test]
    fn sample_set_branch() {
        // (n, k, sample, next random()) with n > setsize.
        let cases: [(usize, i64, &[usize], f64); 8] = [
            (22, 1, &[8], 0.29075769100530435),
            (22, 2, &[8, 9], 0.6852579929645369),
            (86, 6, &[33, 37, 23, 83, 29, 85], 0.14715991816841778),
            (100, 5, &[33, 37, 87, 23, 83], 0.2305586089654681),
            (
                278,
                22,
                &[
                    132, 148, 95, 118, 75, 115, 66, 36, 272, 109, 150, 15, 220, 64, 7, 141, 43,
                    134, 230, 223, 71, 131,
                ],
                0.35573714859738204,
            ),
            (
                1000,
                20,
                &[
                    265, 297, 701, 931, 700, 821, 869, 911, 190, 667, 236, 682, 150, 890, 230, 656,
                    751, 191, 133, 72,
                ],
                0.5313147518470183,
            ),
            (
                1_000_000,
                10,
                &[
                    271590, 304881, 718545, 953721, 717311, 840962, 890593, 933230, 194745, 683681,
                ],
                0.2305586089654681,
            ),
            (
                1_000_000_000_000,
                5,
                &[
                    318940012923,
                    999375573324,
                    883406405133,
                    978605447213,
                    713762250397,
                ],
                0.2305586089654681,
            ),
        ];
        check_samples(&cases);
    }

    fn check_samples(cases: &[(usize, i64, &[usize], f64)]) {
        for &(n, k, want, next) in cases {
            let mut r = Random::new(13);
            assert_eq!(r.sample_indices(n, k).unwrap(), want, "sample({n}, {k})");
            assert_floats(&[r.random()], &[next]);
        }
    }

    #[test]
    fn sample_setsize_matches_cpython() {
        let cases = [
            (0, 21),
            (5, 21),
            (6, 85),
            (21, 85),
            (22, 277),
            (100, 1045),
            (1000, 4117),
            (1_000_000, 4194325),
            (1 << 62, 18446744073709551637),
        ];
        for (k, want) in cases {
            assert_eq!(sample_setsize(k), want, "setsize for k = {k}");
        }
    }

    #[test]
    fn sample_errors() {
        let mut r = Random::new(0);
        let msg = "Sample larger than population or is negative";
        assert_eq!(err(r.sample_indices(3, 4)), msg);
        assert_eq!(err(r.sample_indices(3, -1)), msg);
    }

    #[test]
    fn uniform_sequence() {
        let mut r = Random::new(2);
        let got = [
            r.uniform(1.5, 2.5),
            r.uniform(-3.0, 10.0),
            r.uniform(5.0, 1.0),
        ];
        assert_floats(
            &got,
            &[2.4560342718892496, 9.321757331771542, 4.773794529092765],
        );
    }

    #[test]
    fn gauss_uses_and_resets_the_cache() {
        let mut r = Random::new(9);
        let got = [
            r.gauss(0.0, 1.0),
            r.gauss(0.0, 1.0),
            r.gauss(10.0, 2.0),
            r.gauss(-1.0, 0.5),
            r.gauss(0.0, 1.0),
        ];
        let want = [
            -0.9407568840284877,
            0.22268633975498442,
            12.586954722464196,
            -0.23267498337916082,
            1.1811733345981423,
        ];
        assert_floats(&got, &want);
        // Seeding drops the cached deviate.
        r.seed(9);
        r.gauss(0.0, 1.0);
        r.seed(10);
        assert_floats(&[r.gauss(0.0, 1.0)], &[-0.9537170080633371]);
    }

    #[test]
    fn normal_and_lognormal_sequences() {
        let mut r = Random::new(4);
        let mut got: Vec<f64> = (0..4).map(|_| r.normalvariate(0.0, 1.0)).collect();
        got.push(r.normalvariate(100.0, 15.0));
        let want = [
            -0.5049059795486446,
            -0.21101670997842045,
            -1.2427209637627386,
            0.5846424377933258,
            101.30493701113912,
        ];
        assert_floats(&got, &want);
        let mut r = Random::new(4);
        let got: Vec<f64> = (0..3).map(|_| r.lognormvariate(0.0, 0.5)).collect();
        assert_floats(
            &got,
            &[0.7768927338836226, 0.8998669544366804, 0.5372130715520761],
        );
    }

    #[test]
    fn expovariate_sequence_and_error() {
        let mut r = Random::new(6);
        let got = [1.0, 0.5, -2.0].map(|l| r.expovariate(l).unwrap());
        assert_floats(
            &got,
            &[1.576680753507454, 3.4514271456002668, -0.3318278096399442],
        );
        assert_eq!(err(r.expovariate(0.0)), "float division by zero");
    }

    #[test]
    fn triangular_sequence() {
        let mut r = Random::new(6);
        let got = [
            r.triangular(0.0, 1.0, None),
            r.triangular(0.0, 10.0, Some(2.0)),
            r.triangular(0.0, 10.0, Some(9.0)),
            r.triangular(3.0, 3.0, Some(3.0)),
            r.triangular(5.0, 5.0, None),
            r.triangular(1.0, 0.0, Some(0.2)),
        ];
        let want = [
            0.6785502245775112,
            6.225920428180951,
            6.607050515455825,
            3.0,
            5.0,
            0.2718140001984286,
        ];
        assert_floats(&got, &want);
    }

    #[test]
    fn choices_without_weights() {
        let mut r = Random::new(12);
        assert_eq!(r.choices_indices(10, 5), [4, 6, 6, 1, 0]);
        assert!(r.choices_indices(3, 0).is_empty());
        assert!(r.choices_indices(3, -2).is_empty());
        assert_eq!(r.choices_indices(1000, 4), [374, 274, 810, 690]);
    }

    #[test]
    fn choices_with_weights() {
        let mut r = Random::new(12);
        let got = r.choices_weighted_indices(4, &[1.0, 2.0, 3.0, 4.0], 8);
        assert_eq!(got.unwrap(), [2, 3, 3, 1, 0, 2, 1, 3]);
        let got = r.choices_weighted_indices(3, &[0.5, 0.0, 2.5], 6);
        assert_eq!(got.unwrap(), [2, 2, 2, 2, 0, 2]);
        let got = r.choices_cum_weights_indices(3, &[1.0, 1.0, 5.0], 6);
        assert_eq!(got.unwrap(), [0, 2, 0, 2, 0, 2]);
    }

    #[test]
    fn choices_errors() {
        let mut r = Random::new(0);
        let mut check = |weights: &[f64], want: &str| {
            assert_eq!(err(r.choices_weighted_indices(2, weights, 1)), want);
        };
        check(&[0.0, 0.0], "Total of weights must be greater than zero");
        check(&[-1.0, 0.0], "Total of weights must be greater than zero");
        check(
            &[1.0],
            "The number of weights does not match the population",
        );
        check(&[f64::INFINITY, 1.0], "Total of weights must be finite");
        assert_eq!(
            err(r.choices_cum_weights_indices(0, &[], 1)),
            "list index out of range"
        );
    }

    #[test]
    fn floor_div_rounds_down() {
        assert_eq!(floor_div(7, 2), 3);
        assert_eq!(floor_div(-7, 2), -4);
        assert_eq!(floor_div(7, -2), -4);
        assert_eq!(floor_div(-7, -2), 3);
        assert_eq!(floor_div(-6, 3), -2);
    }
}
