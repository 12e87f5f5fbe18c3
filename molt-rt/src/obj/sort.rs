//! CPython 3.12's list sort (`Objects/listobject.c`), comparison for
//! comparison.
//!
//! With a total order any stable sort gives CPython's result, but Python
//! values need not be totally ordered: NaNs are unordered, sets are
//! ordered by inclusion, and mixed kinds raise TypeError on the first
//! comparison between them. The result in the first two cases, and which
//! error is raised in the third, depend on exactly which pairs are
//! compared in which order, so this is a port of CPython's timsort: natural
//! runs found by `count_run`, short runs extended to `minrun` by binary
//! insertion, the powersort merge policy (3.11+), and merges that gallop
//! with CPython's adaptive `min_gallop`. The only operation is `lt(a, b)`,
//! Python's `a < b`, which may raise; the sort then stops at once.

use crate::exc::PyResult;

/// Galloping starts after this many consecutive wins of one run.
const MIN_GALLOP: usize = 7;

/// A sorted run waiting to be merged.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    /// Its depth in the powersort merge tree.
    power: u32,
}

struct Sorter<'a, T, F> {
    a: &'a mut [T],
    lt: F,
    min_gallop: usize,
    pending: Vec<Run>,
}

/// Sorts `items` stably by `lt`, exactly as CPython's `list.sort()`.
/// On error the slice is left partly sorted.
pub(crate) fn timsort<T: Clone, F>(items: &mut [T], lt: F) -> PyResult<()>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        a: items,
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = s.count_run(lo, n)?;
        if descending {
            s.a[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            s.binary_sort(lo, lo + force, lo + len)?;
            len = force;
        }
        s.found_new_run(len, n)?;
        s.pending.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    s.force_collapse()
}

/// `merge_compute_minrun`: `n` itself below 64, else a length in 32..=64
/// such that `n / minrun` is a power of two or slightly less.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the depth of the boundary between two adjacent runs
/// (`s1..s1+n1` and the next `n2` items) in the merge tree of `n` items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the midpoints of the two runs, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `gallop_left`: where `key` belongs in sorted `a`, before any equal
/// items, searching outwards from `hint`.
fn gallop_left<T, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let (mut lastofs, mut ofs) = (0, 1);
    // The answer lies in lo..=hi.
    let (mut lo, mut hi);
    if lt(&a[hint], key)? {
        let maxofs = a.len() - hint;
        while ofs < maxofs && lt(&a[hint + ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lo, hi) = (hint + lastofs + 1, hint + ofs);
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs && !lt(&a[hint - ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lo, hi) = (hint + 1 - ofs, hint - lastofs);
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// `gallop_right`: where `key` belongs in sorted `a`, after any equal
/// items, searching outwards from `hint`.
fn gallop_right<T, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let (mut lastofs, mut ofs) = (0, 1);
    let (mut lo, mut hi);
    if lt(key, &a[hint])? {
        let maxofs = hint + 1;
        while ofs < maxofs && lt(key, &a[hint - ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lo, hi) = (hint + 1 - ofs, hint - lastofs);
    } else {
        let maxofs = a.len() - hint;
        while ofs < maxofs && !lt(key, &a[hint + ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lo, hi) = (hint + lastofs + 1, hint + ofs);
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// Where a merge stopped early.
enum MergeEnd {
    /// Everything is placed but what remains of the buffered run.
    Done,
    /// One item of the buffered run is left; it goes past the other run.
    LastOfBuffered,
}

impl<T: Clone, F> Sorter<'_, T, F>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    fn lt_at(&mut self, i: usize, j: usize) -> PyResult<bool> {
        (self.lt)(&self.a[i], &self.a[j])
    }

    /// `count_run`: the length of the run starting at `lo`, and whether it
    /// is strictly descending (so that reversing it keeps stability).
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let descending = self.lt_at(lo + 1, lo)?;
        let mut i = lo + 2;
        while i < hi && self.lt_at(i, i - 1)? == descending {
            i += 1;
        }
        Ok((i - lo, descending))
    }

    /// `binarysort`: extends the sorted `lo..start` to `lo..hi` by binary
    /// insertion, each new item going after the items equal to it.
    fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let start = if lo == start { start + 1 } else { start };
        for i in start..hi {
            let pivot = self.a[i].clone();
            let (mut l, mut r) = (lo, i);
            while l < r {
                let p = l + ((r - l) >> 1);
                if (self.lt)(&pivot, &self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.a[l..=i].rotate_right(1);
        }
        Ok(())
    }

    /// `found_new_run`: merges pending runs deeper in the merge tree than
    /// the boundary with the new run of length `n2`.
    fn found_new_run(&mut self, n2: usize, n: usize) -> PyResult<()> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    /// `merge_force_collapse`: merges everything left, at the end.
    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// `merge_at`: merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run {
            base: base_a,
            len: na,
            ..
        } = self.pending[i];
        let Run {
            base: base_b,
            len: nb,
            ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of a before b's first item, and of b after a's last, are
        // already in place.
        let key = self.a[base_b].clone();
        let k = gallop_right(&mut self.lt, &key, &self.a[base_a..base_a + na], 0)?;
        let (base_a, na) = (base_a + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let key = self.a[base_a + na - 1].clone();
        let nb = gallop_left(&mut self.lt, &key, &self.a[base_b..base_b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, nb)
        } else {
            self.merge_hi(base_a, na, nb)
        }
    }

    /// `merge_lo`: merges `a[base..base+na]` with the `nb` items after it,
    /// buffering the first (shorter) run and filling from the left.
    fn merge_lo(&mut self, base: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        let buf: Vec<T> = self.a[base..base + na].to_vec();
        // Next item of the buffered run, of the second run, and the slot.
        let (mut pa, mut pb, mut dest) = (0, base + na, base);
        self.a[dest] = self.a[pb].clone();
        (dest, pb, nb) = (dest + 1, pb + 1, nb - 1);
        let end = 'merge: {
            if nb == 0 {
                break 'merge MergeEnd::Done;
            }
            if na == 1 {
                break 'merge MergeEnd::LastOfBuffered;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One item at a time until a run wins min_gallop times in a row.
                loop {
                    if (self.lt)(&self.a[pb], &buf[pa])? {
                        self.a[dest] = self.a[pb].clone();
                        (dest, pb, nb) = (dest + 1, pb + 1, nb - 1);
                        (acount, bcount) = (0, bcount + 1);
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = buf[pa].clone();
                        (dest, pa, na) = (dest + 1, pa + 1, na - 1);
                        (acount, bcount) = (acount + 1, 0);
                        if na == 1 {
                            break 'merge MergeEnd::LastOfBuffered;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping: copy whole stretches while one run keeps winning.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = gallop_right(&mut self.lt, &self.a[pb], &buf[pa..pa + na], 0)?;
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].clone_from_slice(&buf[pa..pa + k]);
                        (dest, pa, na) = (dest + k, pa + k, na - k);
                        if na == 1 {
                            break 'merge MergeEnd::LastOfBuffered;
                        }
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    self.a[dest] = self.a[pb].clone();
                    (dest, pb, nb) = (dest + 1, pb + 1, nb - 1);
                    if nb == 0 {
                        break 'merge MergeEnd::Done;
                    }
                    let k = gallop_left(&mut self.lt, &buf[pa], &self.a[pb..pb + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        for j in 0..k {
                            self.a[dest + j] = self.a[pb + j].clone();
                        }
                        (dest, pb, nb) = (dest + k, pb + k, nb - k);
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    self.a[dest] = buf[pa].clone();
                    (dest, pa, na) = (dest + 1, pa + 1, na - 1);
                    if na == 1 {
                        break 'merge MergeEnd::LastOfBuffered;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            MergeEnd::Done => self.a[dest..dest + na].clone_from_slice(&buf[pa..pa + na]),
            MergeEnd::LastOfBuffered => {
                for j in 0..nb {
                    self.a[dest + j] = self.a[pb + j].clone();
                }
                self.a[dest + nb] = buf[pa].clone();
            }
        }
        Ok(())
    }

    /// `merge_hi`: merges `a[base..base+na]` with the `nb` items after it,
    /// buffering the second (shorter) run and filling from the right.
    ///
    /// The positions follow from the counts left: the last unmerged item
    /// of the first run is `base + na - 1`, of the buffered run `nb - 1`,
    /// and the slot to fill is `base + na + nb - 1`.
    fn merge_hi(&mut self, base: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        let buf: Vec<T> = self.a[base + na..base + na + nb].to_vec();
        let dest = |na: usize, nb: usize| base + na + nb - 1;
        self.a[dest(na, nb)] = self.a[base + na - 1].clone();
        na -= 1;
        let end = 'merge: {
            if na == 0 {
                break 'merge MergeEnd::Done;
            }
            if nb == 1 {
                break 'merge MergeEnd::LastOfBuffered;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if (self.lt)(&buf[nb - 1], &self.a[base + na - 1])? {
                        self.a[dest(na, nb)] = self.a[base + na - 1].clone();
                        na -= 1;
                        (acount, bcount) = (acount + 1, 0);
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest(na, nb)] = buf[nb - 1].clone();
                        nb -= 1;
                        (acount, bcount) = (0, bcount + 1);
                        if nb == 1 {
                            break 'merge MergeEnd::LastOfBuffered;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let run_a = &self.a[base..base + na];
                    let k = na - gallop_right(&mut self.lt, &buf[nb - 1], run_a, na - 1)?;
                    acount = k;
                    if k > 0 {
                        // The last k items of the first run move right by nb.
                        for j in (na - k..na).rev() {
                            self.a[base + j + nb] = self.a[base + j].clone();
                        }
                        na -= k;
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    self.a[dest(na, nb)] = buf[nb - 1].clone();
                    nb -= 1;
                    if nb == 1 {
                        break 'merge MergeEnd::LastOfBuffered;
                    }
                    let key = &self.a[base + na - 1];
                    let k = nb - gallop_left(&mut self.lt, key, &buf[..nb], nb - 1)?;
                    bcount = k;
                    if k > 0 {
                        let to = base + na + nb - k;
                        self.a[to..to + k].clone_from_slice(&buf[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge MergeEnd::LastOfBuffered;
                        }
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    self.a[dest(na, nb)] = self.a[base + na - 1].clone();
                    na -= 1;
                    if na == 0 {
                        break 'merge MergeEnd::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            MergeEnd::Done => self.a[base + na..base + na + nb].clone_from_slice(&buf[..nb]),
            MergeEnd::LastOfBuffered => {
                // The first run moves right by one; the buffered item goes first.
                self.a[base..=base + na].rotate_right(1);
                self.a[base] = buf[0].clone();
            }
        }
        Ok(())
    }
}
