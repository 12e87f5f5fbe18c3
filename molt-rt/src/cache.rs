//! `functools.lru_cache` and `functools.cache`: a function's results by
//! its arguments, with CPython's counts of hits and misses.

use crate::display::PyDisplay;
use crate::exc::PyResult;
use crate::text::format_spec::FormatSpec;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::thread::LocalKey;

/// The results of one cached function.
pub struct Cache<K, V> {
    entries: HashMap<K, (V, u64)>,
    /// `None`: unbounded (`maxsize=None`, `functools.cache`).
    maxsize: Option<usize>,
    hits: u64,
    misses: u64,
    /// Use order, for evicting the least recently used entry.
    clock: u64,
}

impl<K: Hash + Eq, V: Clone> Cache<K, V> {
    pub fn new(maxsize: Option<usize>) -> Cache<K, V> {
        Cache {
            entries: HashMap::new(),
            maxsize,
            hits: 0,
            misses: 0,
            clock: 0,
        }
    }

    fn lookup(&mut self, key: &K) -> Option<V> {
        self.clock += 1;
        let clock = self.clock;
        match self.entries.get_mut(key) {
            Some((value, used)) => {
                *used = clock;
                self.hits += 1;
                Some(value.clone())
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn store(&mut self, key: K, value: V) {
        if self.maxsize == Some(0) {
            return;
        }
        if let Some(max) = self.maxsize {
            if !self.entries.contains_key(&key) && self.entries.len() >= max {
                let oldest = self
                    .entries
                    .iter()
                    .min_by_key(|(_, (_, used))| *used)
                    .map(|(k, _)| k as *const K);
                if let Some(oldest) = oldest {
                    self.entries.retain(|k, _| !std::ptr::eq(k, oldest));
                }
            }
        }
        self.clock += 1;
        self.entries.insert(key, (value, self.clock));
    }

    /// `f.cache_info()`.
    pub fn info(&self) -> CacheInfo {
        CacheInfo {
            hits: self.hits,
            misses: self.misses,
            maxsize: self.maxsize,
            currsize: self.entries.len(),
        }
    }

    /// `f.cache_clear()`.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.hits = 0;
        self.misses = 0;
    }
}

/// A call of a cached function that cannot raise: the stored result, or
/// `compute`'s (run with no borrow held, so it may call the function again).
pub fn call<K: Hash + Eq, V: Clone>(
    cache: &'static LocalKey<RefCell<Cache<K, V>>>,
    key: K,
    compute: impl FnOnce() -> V,
) -> V {
    if let Some(v) = cache.with(|c| c.borrow_mut().lookup(&key)) {
        return v;
    }
    let v = compute();
    cache.with(|c| c.borrow_mut().store(key, v.clone()));
    v
}

/// A call of a cached function that can raise: an exception is not stored.
pub fn call_fallible<K: Hash + Eq, V: Clone>(
    cache: &'static LocalKey<RefCell<Cache<K, V>>>,
    key: K,
    compute: impl FnOnce() -> PyResult<V>,
) -> PyResult<V> {
    if let Some(v) = cache.with(|c| c.borrow_mut().lookup(&key)) {
        return Ok(v);
    }
    let v = compute()?;
    cache.with(|c| c.borrow_mut().store(key, v.clone()));
    Ok(v)
}

/// What `cache_info()` gives: it prints as CPython's named tuple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheInfo {
    pub hits: u64,
    pub misses: u64,
    pub maxsize: Option<usize>,
    pub currsize: usize,
}

impl PyDisplay for CacheInfo {
    fn write_str(&self, out: &mut String) {
        let maxsize = match self.maxsize {
            Some(m) => m.to_string(),
            None => "None".to_string(),
        };
        out.push_str(&format!(
            "CacheInfo(hits={}, misses={}, maxsize={maxsize}, currsize={})",
            self.hits, self.misses, self.currsize
        ));
    }

    fn format_spec(&self, spec: &FormatSpec) -> Result<String, String> {
        let mut s = String::new();
        self.write_str(&mut s);
        crate::text::format_spec::format_str(&s, spec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SQUARES: RefCell<Cache<i64, i64>> = RefCell::new(Cache::new(Some(2)));
    }

    #[test]
    fn evicts_the_least_recently_used() {
        let square = |n: i64| call(&SQUARES, n, || n * n);
        for n in [1, 2, 1, 3, 2, 1, 1] {
            square(n);
        }
        let info = SQUARES.with(|c| c.borrow().info());
        let mut s = String::new();
        info.write_str(&mut s);
        assert_eq!(s, "CacheInfo(hits=2, misses=5, maxsize=2, currsize=2)");
    }
}
