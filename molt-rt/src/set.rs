//! Python's `set` and `frozenset`, ordered exactly as in CPython 3.12.
//!
//! A set prints and iterates in the order of its hash table, so this module
//! reproduces CPython's `Objects/setobject.c` table rather than using a Rust
//! hash set: open addressing over a power-of-two table (8 slots at first),
//! a run of `LINEAR_PROBES` (9) neighbouring slots and then the perturbed
//! jump `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`, dummy slots left
//! by deletions (the last one passed is reused by an insertion), the
//! `fill`/`used` counts, growth when `fill * 5 >= mask * 3` to the first
//! power of two above `used * 4` (`used * 2` past 50000 elements), rebuilds
//! that re-insert in table order without dummies, `pop`'s search finger,
//! and, for every operation, the algorithm CPython uses (which set is
//! copied, which is iterated, when a table is presized), since each of
//! those decides the order. Element hashes come from [`PyHash`], which
//! matches CPython's `hash()` under `PYTHONHASHSEED=0`.
//!
//! Like `List`, a [`Set<T>`] is a reference to an `Rc<RefCell<..>>`:
//! cloning aliases the same set, and every method borrows the cell only for
//! its own duration. Elements are compared with their `PartialEq`, which
//! never calls back into translated code, so no borrow can be re-entered.
//! A [`FrozenSet<T>`] is immutable and shared; it is hashable.
//!
//! How CPython builds sets also decides the order, so the constructors
//! follow it:
//! * `{a, b, c}` with any non-constant element, `set(list)`, `set(str)`,
//!   `frozenset(list)` and set comprehensions add the items left to right:
//!   [`Set::from`] a `Vec`, or `collect()`.
//! * `{1, 2, 3}`, a display of three or more constants, is compiled to
//!   `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE`, and the
//!   frozenset constant has itself been rebuilt by the compiler:
//!   [`Set::from_const_literal`] (which falls back to `from` for one or two
//!   items, which CPython builds with `BUILD_SET n`).
//! * `for x in {1, 2}`, comprehensions over a set display of constants and
//!   `x in {1, 2}` use that frozenset constant directly, of any length:
//!   [`FrozenSet::constant`].
//! * `set(other_set)`, `frozenset(other_set)` and `.copy()` copy the table
//!   CPython's way (which may change its size and order):
//!   [`Set::from_set`], [`FrozenSet::from_set`], `copy`.
//! * `set(d)` and `s.update(d)` for a dict `d` presize the table first:
//!   [`Set::from_dict_keys`], [`Set::update_dict_keys`] and the other
//!   `_dict_keys` methods, given the keys in dict order. (`d.keys()` is not
//!   a dict: use the `_iter` forms for it.)
//!
//! Methods that take another set come in two kinds, as in CPython: those
//! taking a set or frozenset (`update`, `union`, ...; the operators `|`,
//! `&`, `-`, `^` and their in-place forms are these) and the `_iter` forms
//! for any other iterable (`s.union([1, 2])`), which CPython processes
//! differently. Python's multi-argument forms are sequences of these:
//! `a.union(b, c)` is `a.union(b)` then `update(c)` on the result,
//! `a.intersection(b, c)` is `a.intersection(b).intersection(c)`, and
//! `a.difference(b, c)` is `a.difference(b)` then `difference_update(c)`
//! (for a frozenset receiver, do these on a `Set` copy-built the same
//! way); `a.union(b, a)` skips the argument that is `a` itself.
//!
//! Not reproduced: float NaN elements (CPython hashes NaN by identity, see
//! `hash.rs`), and the compiler's sharing of equal frozenset constants
//! within one module (a second display of the same constants, in another
//! order, reuses the first one's constant in CPython; this matters only
//! when elements collide in the table). For displays of string
//! constants, whether CPython rebuilds the constant once more depends on
//! its interned strings: see [`FrozenSet::constant`].

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::hash::PyHash;
use crate::PyDisplay;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot<T> {
    Empty,
    Dummy,
    Full(i64, T),
}

/// CPython's set hash table (`PySetObject` without the object header).
#[derive(Clone)]
pub struct SetTable<T> {
    /// `mask + 1` slots, a power of two.
    slots: Vec<Slot<T>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: `len()`.
    used: usize,
    /// Where `pop` starts searching.
    finger: usize,
}

#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

fn empty_slots<T>(n: usize) -> Vec<Slot<T>> {
    (0..n).map(|_| Slot::Empty).collect()
}

/// `set_insert_clean`: places a key known to be absent into a table
/// without dummies.
fn insert_clean<T>(slots: &mut [Slot<T>], mask: usize, key: T, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Full(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            let run = &mut slots[i + 1..=i + LINEAR_PROBES];
            if let Some(slot) = run.iter_mut().find(|s| matches!(s, Slot::Empty)) {
                *slot = Slot::Full(hash, key);
                return;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

impl<T> SetTable<T> {
    fn new() -> SetTable<T> {
        SetTable {
            slots: empty_slots(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The same table layout with every element mapped by `f`: slots,
    /// stored hashes, dummies and the pop finger are kept, so the order is
    /// the original's.
    fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> SetTable<U> {
        let slots = self
            .slots
            .iter()
            .map(|s| match s {
                Slot::Empty => Slot::Empty,
                Slot::Dummy => Slot::Dummy,
                Slot::Full(h, k) => Slot::Full(*h, f(k)),
            })
            .collect();
        SetTable {
            slots,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        }
    }

    /// The active entries, in table order.
    fn entries(&self) -> impl Iterator<Item = (i64, &T)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// `set_table_resize`: a table of the smallest power of two (at least
    /// 8) above `minused`, re-inserting the active entries in table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            // Already the small table and no dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        let mask = newsize - 1;
        for slot in old {
            if let Slot::Full(h, k) = slot {
                insert_clean(&mut self.slots, mask, k, h);
            }
        }
    }

    /// `set_clear_internal`: back to an empty 8-slot table. The finger is
    /// kept, as in CPython.
    fn clear(&mut self) {
        if self.slots.len() != MINSIZE || self.fill > 0 {
            self.slots = empty_slots(MINSIZE);
        }
        self.fill = 0;
        self.used = 0;
    }

    /// `set_pop`.
    fn pop(&mut self) -> Option<T> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Full(..)) {
            i = (i + 1) & mask;
        }
        let Slot::Full(_, key) = std::mem::replace(&mut self.slots[i], Slot::Dummy) else {
            unreachable!()
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    /// The growth after an insertion into a fresh slot.
    fn grow_policy(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }
}

impl<T: PartialEq + Clone> SetTable<T> {
    /// `set_lookkey`: the index of the active slot holding `key`.
    #[allow(clippy::needless_range_loop)]
    fn lookup(&self, key: &T, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Full(h, k) if *h == hash && k == key => return Some(j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn contains_entry(&self, key: &T, hash: i64) -> bool {
        self.lookup(key, hash).is_some()
    }

    /// `set_add_entry`: whether the key was added. When the key is absent
    /// the last dummy passed on the way is reused (CPython 3.12 overwrites
    /// `freeslot` at each dummy); otherwise the empty slot that ended the
    /// search is taken, which may trigger growth.
    #[allow(clippy::needless_range_loop)]
    fn add_entry(&mut self, key: T, hash: i64) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        self.used += 1;
                        if let Some(f) = freeslot {
                            self.slots[f] = Slot::Full(hash, key);
                            return true;
                        }
                        self.slots[j] = Slot::Full(hash, key);
                        self.fill += 1;
                        if self.fill * 5 >= mask * 3 {
                            self.resize(self.grow_policy());
                        }
                        return true;
                    }
                    Slot::Full(h, k) => {
                        if *h == hash && *k == key {
                            return false;
                        }
                    }
                    Slot::Dummy => {
                        freeslot = Some(j);
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// `set_discard_entry`: whether the key was there.
    fn discard_entry(&mut self, key: &T, hash: i64) -> bool {
        match self.lookup(key, hash) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `set_merge`: adds the entries of another (distinct) table.
    fn merge(&mut self, other: &SetTable<T>) {
        if other.used == 0 {
            return;
        }
        // One big resize at the start, expecting few overlapping keys.
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            // Same size, no dummies: copy slot for slot.
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Full(h, k) = theirs {
                    *mine = Slot::Full(*h, k.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            let mask = self.mask();
            for (h, k) in other.entries() {
                insert_clean(&mut self.slots, mask, k.clone(), h);
            }
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        for (h, k) in other.entries() {
            self.add_entry(k.clone(), h);
        }
    }

    /// `make_new_set(type, other_set)`: a new set built from another.
    fn copy_of(other: &SetTable<T>) -> SetTable<T> {
        let mut t = SetTable::new();
        t.merge(other);
        t
    }

    /// The end of `set_difference_update_internal`: removes dummies when
    /// more than a quarter of the table are dummies.
    fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.grow_policy());
        }
    }

    /// `set_difference_update_internal` for a distinct set.
    fn difference_update(&mut self, other: &SetTable<T>) {
        for (h, k) in other.entries() {
            self.discard_entry(k, h);
        }
        self.purge_dummies();
    }

    /// `set_symmetric_difference_update` for a distinct set.
    fn symmetric_difference_update(&mut self, other: &SetTable<T>) {
        for (h, k) in other.entries() {
            if !self.discard_entry(k, h) {
                self.add_entry(k.clone(), h);
            }
        }
    }

    /// `set_intersection` of two sets (the caller handles `a & a`).
    fn intersection(so: &SetTable<T>, other: &SetTable<T>) -> SetTable<T> {
        // Iterates over the smaller set; the right one when sizes tie.
        let (big, small) = if other.used > so.used {
            (other, so)
        } else {
            (so, other)
        };
        let mut result = SetTable::new();
        for (h, k) in small.entries() {
            if big.contains_entry(k, h) {
                result.add_entry(k.clone(), h);
            }
        }
        result
    }

    /// `set_difference` of two sets.
    fn difference(so: &SetTable<T>, other: &SetTable<T>) -> SetTable<T> {
        if (so.used >> 2) > other.used {
            // set_copy_and_difference.
            let mut result = SetTable::copy_of(so);
            result.difference_update(other);
            return result;
        }
        let mut result = SetTable::new();
        for (h, k) in so.entries() {
            if !other.contains_entry(k, h) {
                result.add_entry(k.clone(), h);
            }
        }
        result
    }

    /// `set_symmetric_difference`: a copy of `other`, updated with `so`.
    fn symmetric_difference(so: &SetTable<T>, other: &SetTable<T>) -> SetTable<T> {
        let mut result = SetTable::copy_of(other);
        result.symmetric_difference_update(so);
        result
    }

    /// `set_issubset` of two sets.
    fn issubset(so: &SetTable<T>, other: &SetTable<T>) -> bool {
        so.used <= other.used && so.entries().all(|(h, k)| other.contains_entry(k, h))
    }

    /// `set_isdisjoint` of two sets.
    fn isdisjoint(so: &SetTable<T>, other: &SetTable<T>) -> bool {
        let (big, small) = if other.used > so.used {
            (other, so)
        } else {
            (so, other)
        };
        !small.entries().any(|(h, k)| big.contains_entry(k, h))
    }

    fn to_vec(&self) -> Vec<T> {
        self.entries().map(|(_, k)| k.clone()).collect()
    }
}

impl<T: PyHash + PartialEq + Clone> SetTable<T> {
    /// Adds items one at a time, left to right.
    fn from_items(items: impl IntoIterator<Item = T>) -> SetTable<T> {
        let mut t = SetTable::new();
        t.update_items(items);
        t
    }

    fn update_items(&mut self, items: impl IntoIterator<Item = T>) {
        for x in items {
            let h = x.py_hash();
            self.add_entry(x, h);
        }
    }

    /// `set_update_internal` for an exact dict: presize, then add.
    fn update_dict_keys(&mut self, keys: Vec<T>) {
        let n = keys.len();
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
        self.update_items(keys);
    }

    /// `set_difference_update_internal` for a non-set iterable.
    fn difference_update_items(&mut self, items: impl IntoIterator<Item = T>) {
        for x in items {
            let h = x.py_hash();
            self.discard_entry(&x, h);
        }
        self.purge_dummies();
    }

    /// `set_intersection` with a non-set iterable.
    fn intersection_items(so: &SetTable<T>, items: impl IntoIterator<Item = T>) -> SetTable<T> {
        let mut result = SetTable::new();
        for x in items {
            let h = x.py_hash();
            if so.contains_entry(&x, h) {
                result.add_entry(x, h);
            }
        }
        result
    }

    /// `set_difference` with an exact dict.
    fn difference_dict_keys(so: &SetTable<T>, keys: Vec<T>) -> SetTable<T> {
        if (so.used >> 2) > keys.len() {
            let mut result = SetTable::copy_of(so);
            result.difference_update_items(keys);
            return result;
        }
        let other = SetTable::from_items(keys);
        let mut result = SetTable::new();
        for (h, k) in so.entries() {
            if !other.contains_entry(k, h) {
                result.add_entry(k.clone(), h);
            }
        }
        result
    }

    /// `set_symmetric_difference_update` with an exact dict: each key is
    /// discarded or added directly, in dict order.
    fn symmetric_difference_update_dict_keys(&mut self, keys: Vec<T>) {
        for x in keys {
            let h = x.py_hash();
            if !self.discard_entry(&x, h) {
                self.add_entry(x, h);
            }
        }
    }

    /// The frozenset constant CPython's compiler makes of constant items;
    /// `reinterned` adds the rebuild of `intern_string_constants`.
    fn constant(items: Vec<T>, reinterned: bool) -> SetTable<T> {
        // PyFrozenSet_New(tuple of the items), by the AST optimiser or by
        // the compiler's constant folding ...
        let folded = SetTable::from_items(items);
        // ... then merge_consts_recursive replaces it with a frozenset
        // rebuilt from its own iteration order ...
        let merged = SetTable::from_items(folded.to_vec());
        if !reinterned {
            return merged;
        }
        // ... and so may the interning of the code object's constants.
        SetTable::from_items(merged.to_vec())
    }
}

/// A set or a frozenset: what the operators accept on their right.
pub trait AnySet<T> {
    /// Runs `f` on the table (borrowed for the call only).
    fn with_table<R>(&self, f: impl FnOnce(&SetTable<T>) -> R) -> R;
    /// The object's identity, for CPython's `a is b` shortcuts.
    fn identity(&self) -> *const u8;
    /// The same object when it is a frozenset (`frozenset(fs) is fs`).
    fn as_frozen(&self) -> Option<FrozenSet<T>> {
        None
    }
}

/// Python's `set`: a shared reference to a mutable hash table.
pub struct Set<T>(Rc<RefCell<SetTable<T>>>);

impl<T> Clone for Set<T> {
    /// Another reference to the same set.
    fn clone(&self) -> Self {
        Set(Rc::clone(&self.0))
    }
}

impl<T> AnySet<T> for Set<T> {
    fn with_table<R>(&self, f: impl FnOnce(&SetTable<T>) -> R) -> R {
        f(&self.0.borrow())
    }

    fn identity(&self) -> *const u8 {
        Rc::as_ptr(&self.0) as *const u8
    }
}

/// Python's `frozenset`: an immutable, shared, hashable set.
pub struct FrozenSet<T>(Rc<FrozenInner<T>>);

struct FrozenInner<T> {
    table: SetTable<T>,
    hash: Cell<Option<i64>>,
}

impl<T> Clone for FrozenSet<T> {
    /// Another reference to the same frozenset.
    fn clone(&self) -> Self {
        FrozenSet(Rc::clone(&self.0))
    }
}

impl<T> AnySet<T> for FrozenSet<T> {
    fn with_table<R>(&self, f: impl FnOnce(&SetTable<T>) -> R) -> R {
        f(&self.0.table)
    }

    fn identity(&self) -> *const u8 {
        Rc::as_ptr(&self.0) as *const u8
    }

    fn as_frozen(&self) -> Option<FrozenSet<T>> {
        Some(self.clone())
    }
}

impl<T> Set<T> {
    fn wrap(table: SetTable<T>) -> Set<T> {
        Set(Rc::new(RefCell::new(table)))
    }
}

impl<T> FrozenSet<T> {
    fn wrap(table: SetTable<T>) -> FrozenSet<T> {
        FrozenSet(Rc::new(FrozenInner {
            table,
            hash: Cell::new(None),
        }))
    }

    /// The frozenset with each element converted by `f`, in the same
    /// table layout (so in the same order). `f` must keep Python's hash
    /// and equality, as turning a value into its dynamically typed form
    /// does.
    pub fn map_elements<U>(&self, f: impl FnMut(&T) -> U) -> FrozenSet<U> {
        let converted = FrozenSet::wrap(self.0.table.map(f));
        converted.0.hash.set(self.0.hash.get());
        converted
    }
}

impl<T: Clone> Set<T> {
    /// A frozenset with this set's table exactly as it is, not rebuilt as
    /// `frozenset(s)` would: for a frozenset method whose result is
    /// computed in a `Set`, as CPython fills the new frozenset in place.
    pub(crate) fn freeze_exact(&self) -> FrozenSet<T> {
        FrozenSet::wrap(self.0.borrow().clone())
    }
}

impl<T: Clone> FrozenSet<T> {
    /// A set with this frozenset's table exactly as it is, not rebuilt as
    /// `set(fs)` would: the counterpart of [`Set::freeze_exact`].
    pub(crate) fn thaw_exact(&self) -> Set<T> {
        Set::wrap(self.0.table.clone())
    }
}

fn same<T, A: AnySet<T> + ?Sized, B: AnySet<T> + ?Sized>(a: &A, b: &B) -> bool {
    a.identity() == b.identity()
}

/// The methods `set` and `frozenset` share; results have the type of
/// `self`, as in CPython.
macro_rules! common_methods {
    ($ty:ident) => {
        impl<T: PyHash + PartialEq + Clone> $ty<T> {
            /// `set(d)` / `frozenset(d)` of a dict, given its keys in
            /// order: CPython presizes the table for an exact dict.
            pub fn from_dict_keys(keys: Vec<T>) -> $ty<T> {
                let mut t = SetTable::new();
                t.update_dict_keys(keys);
                $ty::wrap(t)
            }

            pub fn len(&self) -> usize {
                self.with_table(|t| t.used)
            }

            pub fn is_empty(&self) -> bool {
                self.with_table(|t| t.used == 0)
            }

            /// Python truthiness.
            pub fn is_true(&self) -> bool {
                !self.is_empty()
            }

            /// `x in s`.
            pub fn contains(&self, key: &T) -> bool {
                let h = key.py_hash();
                self.with_table(|t| t.contains_entry(key, h))
            }

            /// The elements in iteration order (`list(s)`).
            pub fn to_vec(&self) -> Vec<T> {
                self.with_table(|t| t.to_vec())
            }

            /// Whether two references are the same object (`a is b`).
            pub fn is(&self, other: &$ty<T>) -> bool {
                Rc::ptr_eq(&self.0, &other.0)
            }

            /// `s | other`, `s.union(other)`: a copy of `s` updated with
            /// `other`.
            pub fn union<S: AnySet<T>>(&self, other: &S) -> $ty<T> {
                let mut result = self.with_table(SetTable::copy_of);
                if !same(self, other) {
                    other.with_table(|o| result.merge(o));
                }
                $ty::wrap(result)
            }

            /// `s.union(iterable)`.
            pub fn union_iter(&self, items: impl Iterator<Item = T>) -> $ty<T> {
                let mut result = self.with_table(SetTable::copy_of);
                result.update_items(items);
                $ty::wrap(result)
            }

            /// `s.union(d)` for a dict, given its keys in order.
            pub fn union_dict_keys(&self, keys: Vec<T>) -> $ty<T> {
                let mut result = self.with_table(SetTable::copy_of);
                result.update_dict_keys(keys);
                $ty::wrap(result)
            }

            /// `s & other`, `s.intersection(other)`: the elements of the
            /// smaller set that are in the larger one, in its order.
            pub fn intersection<S: AnySet<T>>(&self, other: &S) -> $ty<T> {
                if same(self, other) {
                    return $ty::wrap(self.with_table(SetTable::copy_of));
                }
                $ty::wrap(self.with_table(|a| other.with_table(|b| SetTable::intersection(a, b))))
            }

            /// `s.intersection(iterable)`.
            pub fn intersection_iter(&self, items: impl Iterator<Item = T>) -> $ty<T> {
                // Collected first: no borrow is held while the iterable runs.
                let items: Vec<T> = items.into_iter().collect();
                $ty::wrap(self.with_table(|t| SetTable::intersection_items(t, items)))
            }

            /// `s - other`, `s.difference(other)`.
            pub fn difference<S: AnySet<T>>(&self, other: &S) -> $ty<T> {
                $ty::wrap(self.with_table(|a| other.with_table(|b| SetTable::difference(a, b))))
            }

            /// `s.difference(iterable)`: a copy with the items discarded.
            pub fn difference_iter(&self, items: impl Iterator<Item = T>) -> $ty<T> {
                let mut result = self.with_table(SetTable::copy_of);
                result.difference_update_items(items);
                $ty::wrap(result)
            }

            /// `s.difference(d)` for a dict, given its keys in order.
            pub fn difference_dict_keys(&self, keys: Vec<T>) -> $ty<T> {
                $ty::wrap(self.with_table(|t| SetTable::difference_dict_keys(t, keys)))
            }

            /// `s ^ other`, `s.symmetric_difference(other)`: a copy of
            /// `other` updated with `s`.
            pub fn symmetric_difference<S: AnySet<T>>(&self, other: &S) -> $ty<T> {
                $ty::wrap(
                    self.with_table(|a| other.with_table(|b| SetTable::symmetric_difference(a, b))),
                )
            }

            /// `s.symmetric_difference(iterable)`: a set of the items,
            /// updated with `s`.
            pub fn symmetric_difference_iter(&self, items: impl Iterator<Item = T>) -> $ty<T> {
                let mut result = SetTable::from_items(items);
                self.with_table(|t| result.symmetric_difference_update(t));
                $ty::wrap(result)
            }

            /// `s.symmetric_difference(d)` for a dict, given its keys.
            pub fn symmetric_difference_dict_keys(&self, keys: Vec<T>) -> $ty<T> {
                let mut result = SetTable::new();
                result.update_dict_keys(keys);
                self.with_table(|t| result.symmetric_difference_update(t));
                $ty::wrap(result)
            }

            /// `s <= other`, `s.issubset(other)`.
            pub fn issubset<S: AnySet<T>>(&self, other: &S) -> bool {
                self.with_table(|a| other.with_table(|b| SetTable::issubset(a, b)))
            }

            /// `s >= other`, `s.issuperset(other)`.
            pub fn issuperset<S: AnySet<T>>(&self, other: &S) -> bool {
                self.with_table(|a| other.with_table(|b| SetTable::issubset(b, a)))
            }

            /// `s.isdisjoint(other)`.
            pub fn isdisjoint<S: AnySet<T>>(&self, other: &S) -> bool {
                self.with_table(|a| other.with_table(|b| SetTable::isdisjoint(a, b)))
            }

            /// `s.issubset(iterable)`.
            pub fn issubset_iter(&self, items: impl Iterator<Item = T>) -> bool {
                let other = SetTable::from_items(items);
                self.with_table(|a| SetTable::issubset(a, &other))
            }

            /// `s.issuperset(iterable)`.
            pub fn issuperset_iter(&self, items: impl Iterator<Item = T>) -> bool {
                let items: Vec<T> = items.into_iter().collect();
                self.with_table(|t| {
                    items.into_iter().all(|x| {
                        let h = x.py_hash();
                        t.contains_entry(&x, h)
                    })
                })
            }

            /// `s.isdisjoint(iterable)`.
            pub fn isdisjoint_iter(&self, items: impl Iterator<Item = T>) -> bool {
                let items: Vec<T> = items.into_iter().collect();
                self.with_table(|t| {
                    !items.into_iter().any(|x| {
                        let h = x.py_hash();
                        t.contains_entry(&x, h)
                    })
                })
            }
        }

        impl<T: PyHash + PartialEq + Clone> From<Vec<T>> for $ty<T> {
            /// Adds the items left to right: `{a, b}`, `set(list)`.
            fn from(items: Vec<T>) -> $ty<T> {
                $ty::wrap(SetTable::from_items(items))
            }
        }

        impl<T: PyHash + PartialEq + Clone, const N: usize> From<[T; N]> for $ty<T> {
            /// A display of literal items: `{1, 2, 3}`.
            fn from(items: [T; N]) -> $ty<T> {
                $ty::wrap(SetTable::from_items(items))
            }
        }

        impl<T: PyHash + PartialEq + Clone> FromIterator<T> for $ty<T> {
            fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> $ty<T> {
                $ty::wrap(SetTable::from_items(iter))
            }
        }

        impl<T: PartialEq + Clone, S: AnySet<T>> PartialEq<S> for $ty<T> {
            /// `a == b`: same size and `a <= b`.
            fn eq(&self, other: &S) -> bool {
                self.with_table(|a| {
                    other.with_table(|b| a.used == b.used && SetTable::issubset(a, b))
                })
            }
        }

        impl<T: PartialEq + Clone, S: AnySet<T>> PartialOrd<S> for $ty<T> {
            /// Inclusion: `a < b` is a proper subset; unrelated sets are
            /// unordered, so `<`, `<=`, `>`, `>=` all give False.
            fn partial_cmp(&self, other: &S) -> Option<std::cmp::Ordering> {
                use std::cmp::Ordering::*;
                self.with_table(|a| {
                    other.with_table(|b| {
                        if a.used == b.used {
                            SetTable::issubset(a, b).then_some(Equal)
                        } else if a.used < b.used {
                            SetTable::issubset(a, b).then_some(Less)
                        } else {
                            SetTable::issubset(b, a).then_some(Greater)
                        }
                    })
                })
            }
        }
    };
}

common_methods!(Set);
common_methods!(FrozenSet);

fn key_error<T: PyDisplay + std::any::Any>(key: &T) -> PyErr {
    crate::exc::key_error(key)
}

impl<T: PyHash + PartialEq + Clone> Set<T> {
    /// `set()`.
    pub fn new() -> Set<T> {
        Set::wrap(SetTable::new())
    }

    /// A set display whose items are all constants (`{1, 2, 3}`, also
    /// `-1`, `2**62`, strings, tuples of constants), in source order.
    /// CPython compiles three or more of them into a frozenset constant
    /// copied into a new set; one or two are added in order.
    ///
    /// For str elements see [`FrozenSet::constant`]: when CPython's
    /// interning rebuilds the constant, use
    /// [`Set::from_const_literal_reinterned`].
    pub fn from_const_literal(items: impl Into<Vec<T>>) -> Set<T> {
        Set::const_literal(items.into(), false)
    }

    /// A set display of three or more constants whose frozenset constant
    /// CPython rebuilds once more while interning strings (see
    /// [`FrozenSet::constant`]); like `from_const_literal` otherwise.
    pub fn from_const_literal_reinterned(items: impl Into<Vec<T>>) -> Set<T> {
        Set::const_literal(items.into(), true)
    }

    fn const_literal(items: Vec<T>, reinterned: bool) -> Set<T> {
        if items.len() <= 2 {
            return Set::from(items);
        }
        let constant = SetTable::constant(items, reinterned);
        Set::wrap(SetTable::copy_of(&constant))
    }

    /// `set(s)` of a set or frozenset: CPython's table copy, which may
    /// resize and so reorder.
    pub fn from_set<S: AnySet<T>>(other: &S) -> Set<T> {
        Set::wrap(other.with_table(SetTable::copy_of))
    }

    /// `s.copy()`, `set(s)`.
    pub fn copy(&self) -> Set<T> {
        Set::from_set(self)
    }

    /// `frozenset(s)`.
    pub fn to_frozen(&self) -> FrozenSet<T> {
        FrozenSet::from_set(self)
    }

    /// `s.add(x)`.
    pub fn add(&self, key: T) {
        let h = key.py_hash();
        self.0.borrow_mut().add_entry(key, h);
    }

    /// `s.discard(x)`.
    pub fn discard(&self, key: &T) {
        let h = key.py_hash();
        self.0.borrow_mut().discard_entry(key, h);
    }

    /// `s.pop()`: the element at or after the search finger.
    pub fn pop(&self) -> PyResult<T> {
        self.0
            .borrow_mut()
            .pop()
            .ok_or_else(|| PyErr::new(ExcKind::KeyError, "'pop from an empty set'"))
    }

    /// `s.clear()`.
    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    /// `s |= other`, `s.update(other)`.
    pub fn update<S: AnySet<T>>(&self, other: &S) {
        if same(self, other) {
            return;
        }
        other.with_table(|o| self.0.borrow_mut().merge(o));
    }

    /// `s.update(iterable)`: adds the items in order.
    pub fn update_iter(&self, items: impl Iterator<Item = T>) {
        let items: Vec<T> = items.into_iter().collect();
        self.0.borrow_mut().update_items(items);
    }

    /// `s.update(d)` for a dict, given its keys in order.
    pub fn update_dict_keys(&self, keys: Vec<T>) {
        self.0.borrow_mut().update_dict_keys(keys);
    }

    /// `s &= other`, `s.intersection_update(other)`: `s` takes the table
    /// of `s & other`.
    pub fn intersection_update<S: AnySet<T>>(&self, other: &S) {
        let result = self.intersection(other);
        self.take_table(result);
    }

    /// `s.intersection_update(iterable)`.
    pub fn intersection_update_iter(&self, items: impl Iterator<Item = T>) {
        let items: Vec<T> = items.into_iter().collect();
        let result = self.intersection_iter(items.into_iter());
        self.take_table(result);
    }

    /// `s` takes the table of `result` (CPython's `set_swap_bodies`),
    /// keeping its `pop` finger: `intersection_update` with any number of
    /// arguments.
    pub(crate) fn take_table(&self, result: Set<T>) {
        let table = match Rc::try_unwrap(result.0) {
            Ok(cell) => cell.into_inner(),
            Err(rc) => rc.borrow().clone(),
        };
        let mut mine = self.0.borrow_mut();
        let finger = mine.finger;
        *mine = SetTable { finger, ..table };
    }

    /// `s -= other`, `s.difference_update(other)`.
    pub fn difference_update<S: AnySet<T>>(&self, other: &S) {
        if same(self, other) {
            self.clear();
            return;
        }
        other.with_table(|o| self.0.borrow_mut().difference_update(o));
    }

    /// `s.difference_update(iterable)`.
    pub fn difference_update_iter(&self, items: impl Iterator<Item = T>) {
        let items: Vec<T> = items.into_iter().collect();
        self.0.borrow_mut().difference_update_items(items);
    }

    /// `s ^= other`, `s.symmetric_difference_update(other)`: each element
    /// of `other`, in its order, is removed from `s` or added.
    pub fn symmetric_difference_update<S: AnySet<T>>(&self, other: &S) {
        if same(self, other) {
            self.clear();
            return;
        }
        other.with_table(|o| self.0.borrow_mut().symmetric_difference_update(o));
    }

    /// `s.symmetric_difference_update(iterable)`: the items are made into
    /// a set first, whose order is then followed.
    pub fn symmetric_difference_update_iter(&self, items: impl Iterator<Item = T>) {
        let other = SetTable::from_items(items);
        self.0.borrow_mut().symmetric_difference_update(&other);
    }

    /// `s.symmetric_difference_update(d)` for a dict, given its keys.
    pub fn symmetric_difference_update_dict_keys(&self, keys: Vec<T>) {
        self.0
            .borrow_mut()
            .symmetric_difference_update_dict_keys(keys);
    }

    /// Iterates in table order; each step is a `PyResult` because CPython
    /// raises RuntimeError when the set changes size during the loop.
    pub fn iter(&self) -> SetIter<T> {
        SetIter {
            used: self.len(),
            set: self.clone(),
            next: 0,
            done: false,
        }
    }
}

impl<T: PyHash + PartialEq + Clone + PyDisplay + 'static> Set<T> {
    /// `s.remove(x)`: KeyError with the key's repr when absent.
    pub fn remove(&self, key: &T) -> PyResult<()> {
        let h = key.py_hash();
        if self.0.borrow_mut().discard_entry(key, h) {
            Ok(())
        } else {
            Err(key_error(key))
        }
    }
}

impl<T: PyHash + PartialEq + Clone> Default for Set<T> {
    fn default() -> Self {
        Set::new()
    }
}

impl<T: PyHash + PartialEq + Clone> FrozenSet<T> {
    /// `frozenset()`.
    pub fn new() -> FrozenSet<T> {
        FrozenSet::wrap(SetTable::new())
    }

    /// The frozenset constant CPython's compiler makes of a set display
    /// of constants used where no set is needed, of any length: the
    /// iterable of `for x in {3, 1, 2}` (and of a comprehension's `for`)
    /// and the right side of `x in {3, 1, 2}`. The items are in source
    /// order. The compiler builds a frozenset from them and then rebuilds
    /// it from its own iteration order.
    ///
    /// For str elements CPython may rebuild it once more, which can change
    /// the order again: when it interns the code object's constants
    /// (`intern_string_constants`), a frozenset is rebuilt from its own
    /// order if any of its elements made only of ASCII letters, digits and
    /// `_` gets replaced by an equal string object interned earlier. That
    /// happens when the same text is an identifier anywhere in the module
    /// (a name, attribute, parameter, keyword argument or imported name:
    /// the parser interns those first), or was interned when the
    /// interpreter started: builtin and common names (`print`, `len`,
    /// `self`, `key`, `name`, `value`, ...) and, in CPython 3.12.1 as run
    /// here, the one-character strings `a b c d e n p r s x _` (the other
    /// letters are not replaced). It never happens for strings with other
    /// characters, for `''`, or for elements of a tuple element. Use
    /// [`FrozenSet::constant_reinterned`] when it happens; the decision
    /// depends on the interpreter's interned-string table, so the
    /// translator has to make it.
    pub fn constant(items: impl Into<Vec<T>>) -> FrozenSet<T> {
        FrozenSet::wrap(SetTable::constant(items.into(), false))
    }

    /// [`FrozenSet::constant`] with the extra rebuild of string interning.
    pub fn constant_reinterned(items: impl Into<Vec<T>>) -> FrozenSet<T> {
        FrozenSet::wrap(SetTable::constant(items.into(), true))
    }

    /// `frozenset(s)`: a copy of a set's table, or the same object for a
    /// frozenset.
    pub fn from_set<S: AnySet<T>>(other: &S) -> FrozenSet<T> {
        match other.as_frozen() {
            Some(f) => f,
            None => FrozenSet::wrap(other.with_table(SetTable::copy_of)),
        }
    }

    /// `fs.copy()` and `frozenset(fs)`: the same object.
    pub fn copy(&self) -> FrozenSet<T> {
        self.clone()
    }

    /// `set(fs)`.
    pub fn to_set(&self) -> Set<T> {
        Set::from_set(self)
    }

    /// Iterates in table order. A frozenset cannot change, so the items
    /// come without a `PyResult`.
    pub fn iter(&self) -> FrozenSetIter<T> {
        FrozenSetIter {
            set: self.clone(),
            next: 0,
        }
    }
}

impl<T: PyHash + PartialEq + Clone> Default for FrozenSet<T> {
    fn default() -> Self {
        FrozenSet::new()
    }
}

/// CPython's `_shuffle_bits` for the frozenset hash.
#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

impl<T> PyHash for FrozenSet<T> {
    /// CPython 3.12's `frozenset_hash`: order-independent, cached.
    fn py_hash(&self) -> i64 {
        if let Some(h) = self.0.hash.get() {
            return h;
        }
        let t = &self.0.table;
        let mut hash: u64 = 0;
        for (h, _) in t.entries() {
            hash ^= shuffle_bits(h as u64);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        };
        self.0.hash.set(Some(h));
        h
    }
}

/// Frozensets can key a `Dict`; `PartialEq` is Python's set equality.
impl<T: Eq + Clone> Eq for FrozenSet<T> {}

impl<T> std::hash::Hash for FrozenSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_i64(self.py_hash())
    }
}

/// The iterator behind `for x in s`.
pub struct SetIter<T> {
    set: Set<T>,
    next: usize,
    used: usize,
    done: bool,
}

impl<T: Clone> Iterator for SetIter<T> {
    type Item = PyResult<T>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let table = self.set.0.borrow();
        if table.used != self.used {
            self.done = true;
            return Some(Err(PyErr::new(
                ExcKind::RuntimeError,
                "Set changed size during iteration",
            )));
        }
        while let Some(slot) = table.slots.get(self.next) {
            self.next += 1;
            if let Slot::Full(_, k) = slot {
                return Some(Ok(k.clone()));
            }
        }
        self.done = true;
        None
    }
}

/// The iterator behind `for x in fs`.
pub struct FrozenSetIter<T> {
    set: FrozenSet<T>,
    next: usize,
}

impl<T: Clone> Iterator for FrozenSetIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let slots = &self.set.0.table.slots;
        while let Some(slot) = slots.get(self.next) {
            self.next += 1;
            if let Slot::Full(_, k) = slot {
                return Some(k.clone());
            }
        }
        None
    }
}

fn write_elements<T: PyDisplay>(t: &SetTable<T>, out: &mut String) {
    out.push('{');
    for (i, (_, k)) in t.entries().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        k.write_repr(out);
    }
    out.push('}');
}

impl<T: PyDisplay> PyDisplay for Set<T> {
    fn write_str(&self, out: &mut String) {
        self.write_repr(out)
    }

    /// `{1, 2, 3}`, or `set()` when empty.
    fn write_repr(&self, out: &mut String) {
        let t = self.0.borrow();
        if t.used == 0 {
            out.push_str("set()");
        } else {
            write_elements(&t, out);
        }
    }

    fn format_spec(&self, spec: &crate::text::format_spec::FormatSpec) -> Result<String, String> {
        // object.__format__: only the empty spec (CPython raises TypeError
        // for any other).
        if *spec != crate::text::format_spec::FormatSpec::default() {
            return Err("unsupported format string passed to set.__format__".to_string());
        }
        let mut s = String::new();
        self.write_repr(&mut s);
        Ok(s)
    }
}

impl<T: PyDisplay> PyDisplay for FrozenSet<T> {
    fn write_str(&self, out: &mut String) {
        self.write_repr(out)
    }

    /// `frozenset({1, 2, 3})`, or `frozenset()` when empty.
    fn write_repr(&self, out: &mut String) {
        let t = &self.0.table;
        out.push_str("frozenset(");
        if t.used > 0 {
            write_elements(t, out);
        }
        out.push(')');
    }

    fn format_spec(&self, spec: &crate::text::format_spec::FormatSpec) -> Result<String, String> {
        // object.__format__: only the empty spec (CPython raises TypeError
        // for any other).
        if *spec != crate::text::format_spec::FormatSpec::default() {
            return Err("unsupported format string passed to frozenset.__format__".to_string());
        }
        let mut s = String::new();
        self.write_repr(&mut s);
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Int, List, Str};

    /// A set or frozenset variable of a test script.
    enum Var<T> {
        S(Set<T>),
        F(FrozenSet<T>),
    }

    impl<T> Clone for Var<T> {
        fn clone(&self) -> Self {
            match self {
                Var::S(s) => Var::S(s.clone()),
                Var::F(f) => Var::F(f.clone()),
            }
        }
    }

    fn show_var<T: PyDisplay>(v: &Var<T>) -> String {
        match v {
            Var::S(s) => crate::repr(s).to_string(),
            Var::F(f) => crate::repr(f).to_string(),
        }
    }

    fn show<D: PyDisplay>(v: &D) -> String {
        crate::repr(v).to_string()
    }

    fn ints(v: &[i64]) -> Vec<Int> {
        v.iter().map(|&x| Int::from(x)).collect()
    }

    fn strs(v: &[&str]) -> Vec<Str> {
        v.iter().map(|&x| Str::from(x)).collect()
    }

    fn big(digits: &str) -> Int {
        Int::literal(digits)
    }

    /// Results of `f` on `set(a)` and `set(b)`, joined as `print` would.
    fn fmt3(a: &[Int], b: &[Int], f: impl Fn(&Set<Int>, &Set<Int>) -> Vec<String>) -> String {
        f(&Set::from(a.to_vec()), &Set::from(b.to_vec())).join(" ")
    }

    fn py_bool(b: bool) -> &'static str {
        if b {
            "True"
        } else {
            "False"
        }
    }

    /// Runs one script of set operations (see `SCRIPTS`) and returns what
    /// it prints.
    fn run_script<T>(lines: &[&str], parse: &dyn Fn(&str) -> T) -> Vec<String>
    where
        T: PyHash + PartialEq + Clone + PyDisplay + 'static,
    {
        use std::collections::HashMap;
        let mut vars: HashMap<String, Var<T>> = HashMap::new();
        let mut out = Vec::new();
        macro_rules! binop {
            ($a:expr, $b:expr, $m:ident) => {
                match (&$a, &$b) {
                    (Var::S(x), Var::S(y)) => Var::S(x.$m(y)),
                    (Var::S(x), Var::F(y)) => Var::S(x.$m(y)),
                    (Var::F(x), Var::S(y)) => Var::F(x.$m(y)),
                    (Var::F(x), Var::F(y)) => Var::F(x.$m(y)),
                }
            };
        }
        macro_rules! inplace {
            ($s:expr, $b:expr, $m:ident) => {
                match &$b {
                    Var::S(y) => $s.$m(y),
                    Var::F(y) => $s.$m(y),
                }
            };
        }
        macro_rules! unop {
            ($a:expr, $m:ident, $arg:expr) => {
                match &$a {
                    Var::S(x) => Var::S(x.$m($arg)),
                    Var::F(x) => Var::F(x.$m($arg)),
                }
            };
        }
        macro_rules! cmp {
            ($x:expr, $y:expr) => {{
                let (x, y) = ($x, $y);
                format!(
                    "{} {} {} {} {} {} {}",
                    py_bool(x == y),
                    py_bool(x < y),
                    py_bool(x <= y),
                    py_bool(x > y),
                    py_bool(x >= y),
                    py_bool(x.isdisjoint(y)),
                    x.len()
                )
            }};
        }
        for line in lines {
            let words: Vec<&str> = line.split(' ').collect();
            let op = words[0];
            let get = |name: &str| -> Var<T> { vars[name].clone() };
            let set = |name: &str| -> Set<T> {
                match &vars[name] {
                    Var::S(s) => s.clone(),
                    Var::F(_) => panic!("{name} is a frozenset"),
                }
            };
            let vals = |from: usize| -> Vec<T> { words[from..].iter().map(|w| parse(w)).collect() };
            match op {
                "lit" => {
                    vars.insert(words[1].into(), Var::S(Set::from(vals(2))));
                }
                "clit" => {
                    vars.insert(words[1].into(), Var::S(Set::from_const_literal(vals(2))));
                }
                "clitr" => {
                    vars.insert(
                        words[1].into(),
                        Var::S(Set::from_const_literal_reinterned(vals(2))),
                    );
                }
                "cfor" | "cforr" => {
                    let items = if op == "cfor" {
                        FrozenSet::constant(vals(1))
                    } else {
                        FrozenSet::constant_reinterned(vals(1))
                    };
                    out.push(crate::repr(&List::from(items.to_vec())).to_string());
                }
                "addrange" => {
                    let s = set(words[1]);
                    let n: [i64; 3] = [2, 3, 4].map(|i| words[i].parse().unwrap());
                    for k in 0..n[1] {
                        s.add(parse(&(n[0] + k * n[2]).to_string()));
                    }
                }
                "dict" => {
                    vars.insert(words[1].into(), Var::S(Set::from_dict_keys(vals(2))));
                }
                "add" => set(words[1]).add(parse(words[2])),
                "discard" => set(words[1]).discard(&parse(words[2])),
                "remove" => {
                    if let Err(e) = set(words[1]).remove(&parse(words[2])) {
                        out.push(e.traceback_line());
                    }
                }
                "pop" => match set(words[1]).pop() {
                    Ok(x) => out.push(crate::repr(&x).to_string()),
                    Err(e) => out.push(e.traceback_line()),
                },
                "clear" => set(words[1]).clear(),
                "copy" => {
                    let v = match get(words[2]) {
                        Var::S(s) => Var::S(s.copy()),
                        Var::F(f) => Var::F(f.copy()),
                    };
                    vars.insert(words[1].into(), v);
                }
                "setof" => {
                    let v = match get(words[2]) {
                        Var::S(s) => Set::from_set(&s),
                        Var::F(f) => f.to_set(),
                    };
                    vars.insert(words[1].into(), Var::S(v));
                }
                "frozen" => {
                    let v = match get(words[2]) {
                        Var::S(s) => s.to_frozen(),
                        Var::F(f) => f.copy(),
                    };
                    vars.insert(words[1].into(), Var::F(v));
                }
                "or" | "and" | "sub" | "xor" => {
                    let (a, b) = (get(words[2]), get(words[3]));
                    let v = match op {
                        "or" => binop!(a, b, union),
                        "and" => binop!(a, b, intersection),
                        "sub" => binop!(a, b, difference),
                        _ => binop!(a, b, symmetric_difference),
                    };
                    vars.insert(words[1].into(), v);
                }
                "ior" | "iand" | "isub" | "ixor" => {
                    let (s, b) = (set(words[1]), get(words[2]));
                    match op {
                        "ior" => inplace!(s, b, update),
                        "iand" => inplace!(s, b, intersection_update),
                        "isub" => inplace!(s, b, difference_update),
                        _ => inplace!(s, b, symmetric_difference_update),
                    }
                }
                "union_l" | "inter_l" | "diff_l" | "symdiff_l" | "union_d" | "diff_d"
                | "symdiff_d" => {
                    let (a, items) = (get(words[2]), vals(3));
                    let v = match op {
                        "union_l" => unop!(a, union_iter, items.into_iter()),
                        "inter_l" => unop!(a, intersection_iter, items.into_iter()),
                        "diff_l" => unop!(a, difference_iter, items.into_iter()),
                        "symdiff_l" => unop!(a, symmetric_difference_iter, items.into_iter()),
                        "union_d" => unop!(a, union_dict_keys, items),
                        "diff_d" => unop!(a, difference_dict_keys, items),
                        _ => unop!(a, symmetric_difference_dict_keys, items),
                    };
                    vars.insert(words[1].into(), v);
                }
                "update_l" => set(words[1]).update_iter(vals(2).into_iter()),
                "interup_l" => set(words[1]).intersection_update_iter(vals(2).into_iter()),
                "diffup_l" => set(words[1]).difference_update_iter(vals(2).into_iter()),
                "symdiffup_l" => {
                    set(words[1]).symmetric_difference_update_iter(vals(2).into_iter())
                }
                "update_d" => set(words[1]).update_dict_keys(vals(2)),
                "symdiffup_d" => set(words[1]).symmetric_difference_update_dict_keys(vals(2)),
                "cmp" => {
                    let line = match (get(words[1]), get(words[2])) {
                        (Var::S(x), Var::S(y)) => cmp!(&x, &y),
                        (Var::S(x), Var::F(y)) => cmp!(&x, &y),
                        (Var::F(x), Var::S(y)) => cmp!(&x, &y),
                        (Var::F(x), Var::F(y)) => cmp!(&x, &y),
                    };
                    out.push(line);
                }
                "hash" => out.push(match get(words[1]) {
                    Var::S(_) => "unhashable".to_string(),
                    Var::F(f) => f.py_hash().to_string(),
                }),
                "print" => out.push(show_var(&get(words[1]))),
                "iterop" => {
                    let s = set(words[1]);
                    let n: usize = words[2].parse().unwrap();
                    let x = parse(words[4]);
                    let mut failed = false;
                    for (i, item) in s.iter().enumerate() {
                        match item {
                            Ok(item) => out.push(crate::repr(&item).to_string()),
                            Err(e) => {
                                out.push(e.traceback_line());
                                failed = true;
                                break;
                            }
                        }
                        if i == n {
                            match words[3] {
                                "add" => s.add(x.clone()),
                                "discard" => s.discard(&x),
                                _ => {
                                    s.discard(&x);
                                    s.add(x.clone());
                                }
                            }
                        }
                    }
                    if !failed {
                        out.push("done".to_string());
                    }
                }
                _ => panic!("unknown op {op}"),
            }
        }
        out
    }

    fn parse_int(w: &str) -> Int {
        Int::literal(w)
    }

    fn parse_str(w: &str) -> Str {
        let hex = w.strip_prefix('x').expect("str value");
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        Str::from(String::from_utf8(bytes).unwrap())
    }

    fn parse_float(w: &str) -> f64 {
        w.parse().unwrap()
    }

    fn parse_tuple(w: &str) -> (Int, Str) {
        let (i, s) = w.strip_prefix('t').unwrap().split_once(':').unwrap();
        (parse_int(i), parse_str(&format!("x{s}")))
    }

    /// Runs scripts in the format the generator writes: `case int|str`,
    /// operation lines, `> ` lines with CPython's output, `end`.
    fn check_scripts(text: &str) -> usize {
        let mut lines = text.lines().map(str::trim_start).filter(|l| !l.is_empty());
        let mut count = 0;
        while let Some(header) = lines.next() {
            let kind = header.strip_prefix("case ").expect("case header");
            let mut ops = Vec::new();
            let mut expected = Vec::new();
            for line in lines.by_ref() {
                if line == "end" {
                    break;
                } else if let Some(out) = line.strip_prefix("> ") {
                    expected.push(out.to_string());
                } else if line == ">" {
                    expected.push(String::new());
                } else {
                    ops.push(line);
                }
            }
            let got = match kind {
                "int" => run_script(&ops, &parse_int),
                "float" => run_script(&ops, &parse_float),
                "tuple" => run_script(&ops, &parse_tuple),
                _ => run_script(&ops, &parse_str),
            };
            for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
                assert_eq!(g, e, "script {count}, output line {i}:\n{}", ops.join("\n"));
            }
            assert_eq!(got.len(), expected.len(), "script {count}");
            count += 1;
        }
        count
    }

    // Generated by running each case's Python in CPython 3.12.1 with
    // PYTHONHASHSEED=0; the Python is quoted above each test.

    #[test]
    fn int_const_literal() {
        // print({5, 3, 1000, -1, 2**62})
        assert_eq!(
            show(&Set::from_const_literal(ints(&[5, 3, 1000, -1, 1 << 62]))),
            "{4611686018427387904, 3, 5, 1000, -1}"
        );
    }

    #[test]
    fn int_build_set() {
        // a, b, c, d, e = 5, 3, 1000, -1, 2**62
        // print({a, b, c, d, e})
        assert_eq!(
            show(&Set::from(ints(&[5, 3, 1000, -1, 1 << 62]))),
            "{4611686018427387904, 3, 5, 1000, -1}"
        );
    }

    #[test]
    fn int_for_constant() {
        // print([x for x in {5, 3, 1000, -1, 2**62}])
        assert_eq!(
            show(&List::from(
                FrozenSet::constant(ints(&[5, 3, 1000, -1, 1 << 62])).to_vec()
            )),
            "[4611686018427387904, 3, 5, 1000, -1]"
        );
    }

    #[test]
    fn small_const_literal_is_build_set() {
        // print({15, 7})
        assert_eq!(show(&Set::from_const_literal(ints(&[15, 7]))), "{7, 15}");
    }

    #[test]
    fn colliding_ints() {
        // print({0, 8, 16, 24, 32, 40, 48, 56, -8, -16})
        assert_eq!(
            show(&Set::from_const_literal(ints(&[
                0, 8, 16, 24, 32, 40, 48, 56, -8, -16
            ]))),
            "{0, 32, 8, 40, 16, 48, -16, -8, 24, 56}"
        );
    }

    #[test]
    fn colliding_ints_built() {
        // print(set([0, 8, 16, 24, 32, 40, 48, 56, -8, -16]))
        assert_eq!(
            show(&Set::from(ints(&[0, 8, 16, 24, 32, 40, 48, 56, -8, -16]))),
            "{0, 32, 8, 40, -8, 16, 48, -16, 24, 56}"
        );
    }

    #[test]
    fn big_ints() {
        // print(set([2**64, -2**64, 2**61 - 1, 2**61, 10**30, -1, -2, 2**63 - 1, -2**63]))
        assert_eq!(show(&Set::from(vec![big("18446744073709551616"), big("-18446744073709551616"), big("2305843009213693951"), big("2305843009213693952"), big("1000000000000000000000000000000"), Int::from(-1), Int::from(-2), Int::from(i64::MAX), Int::from(i64::MIN)])), "{2305843009213693951, 2305843009213693952, 1000000000000000000000000000000, 9223372036854775807, 18446744073709551616, -2, -18446744073709551616, -9223372036854775808, -1}");
    }

    #[test]
    fn strs_const_literal() {
        // print({'apple', 'banana', 'cherry', 'é', '日本'})
        assert_eq!(
            show(&Set::from_const_literal(strs(&[
                "apple", "banana", "cherry", "é", "日本"
            ]))),
            "{'é', 'banana', 'apple', 'cherry', '日本'}"
        );
    }

    #[test]
    fn strs_build_set() {
        // a = 'apple'
        // print({a, 'banana', 'cherry', 'é', '日本'})
        assert_eq!(
            show(&Set::from(strs(&[
                "apple", "banana", "cherry", "é", "日本"
            ]))),
            "{'é', 'banana', 'apple', 'cherry', '日本'}"
        );
    }

    #[test]
    fn strs_astral() {
        // print(set(['😀', 'a😀', 'Ω', '€100', '', ' ', 'ÿ', 'x' * 20]))
        assert_eq!(
            show(&Set::from(strs(&[
                "😀",
                "a😀",
                "Ω",
                "€100",
                "",
                " ",
                "ÿ",
                "xxxxxxxxxxxxxxxxxxxx"
            ]))),
            "{'', ' ', 'Ω', '😀', 'ÿ', 'a😀', '€100', 'xxxxxxxxxxxxxxxxxxxx'}"
        );
    }

    #[test]
    fn set_of_str() {
        // print(set('hello'))
        assert_eq!(
            show(
                &"hello"
                    .chars()
                    .map(|c| Str::from(c.to_string()))
                    .collect::<Set<Str>>()
            ),
            "{'e', 'h', 'l', 'o'}"
        );
    }

    #[test]
    fn set_of_str_long() {
        // print(set('the quick brown fox jumps over the lazy dog'))
        assert_eq!(show(&"the quick brown fox jumps over the lazy dog".chars().map(|c| Str::from(c.to_string())).collect::<Set<Str>>()), "{' ', 'z', 'r', 'a', 'v', 'o', 'j', 'f', 'x', 'g', 'k', 'p', 'd', 'y', 'n', 'b', 'm', 'q', 'u', 's', 'h', 't', 'i', 'c', 'e', 'w', 'l'}");
    }

    #[test]
    fn letters_reinterned() {
        // print({'a', 'b', 'c', 'd', 'e', 'f', 'g'})
        assert_eq!(
            show(&Set::from_const_literal_reinterned(strs(&[
                "a", "b", "c", "d", "e", "f", "g"
            ]))),
            "{'d', 'c', 'f', 'a', 'g', 'e', 'b'}"
        );
    }

    #[test]
    fn tuples() {
        // print({(1, 'a'), (2, 'b'), (3, 'c'), (1, 'b'), (0, '')})
        assert_eq!(
            show(&Set::from_const_literal(vec![
                (Int::from(1), Str::from("a")),
                (Int::from(2), Str::from("b")),
                (Int::from(3), Str::from("c")),
                (Int::from(1), Str::from("b")),
                (Int::from(0), Str::from(""))
            ])),
            "{(1, 'a'), (1, 'b'), (0, ''), (3, 'c'), (2, 'b')}"
        );
    }

    #[test]
    fn tuples_built() {
        // L = [(i, j) for i in range(4) for j in range(3)]
        // print(set(L))
        assert_eq!(show(&(0..4).flat_map(|i| (0..3).map(move |j| (Int::from(i), Int::from(j)))).collect::<Set<(Int, Int)>>()), "{(0, 1), (1, 2), (2, 1), (0, 0), (3, 1), (1, 1), (2, 0), (3, 0), (0, 2), (2, 2), (1, 0), (3, 2)}");
    }

    #[test]
    fn floats() {
        // print(set([0.5, 1.0, -0.0, 2.5, 1e100, 8.0, 16.0, float('inf'), -1.5, 0.1]))
        assert_eq!(
            show(&Set::from(vec![
                0.5,
                1.0,
                -0.0,
                2.5,
                1e100,
                8.0,
                16.0,
                f64::INFINITY,
                -1.5,
                0.1
            ])),
            "{0.5, 1.0, 2.5, -0.0, 0.1, 8.0, inf, 16.0, 1e+100, -1.5}"
        );
    }

    #[test]
    fn float_zeroes() {
        // print(set([0.0, -0.0]), set([-0.0, 0.0]))
        assert_eq!(
            format!(
                "{} {}",
                show(&Set::from(vec![0.0, -0.0])),
                show(&Set::from(vec![-0.0, 0.0]))
            ),
            "{0.0} {-0.0}"
        );
    }

    #[test]
    fn bools_none() {
        // print(set([True, False, True]), {None}, set([False]))
        assert_eq!(
            format!(
                "{} {} {}",
                show(&Set::from(vec![true, false, true])),
                show(&Set::from(vec![()])),
                show(&Set::from(vec![false]))
            ),
            "{False, True} {None} {False}"
        );
    }

    #[test]
    fn empty() {
        // print(set(), frozenset(), repr(set()))
        assert_eq!(
            format!(
                "{} {} {}",
                show(&Set::<Int>::new()),
                show(&FrozenSet::<Int>::new()),
                crate::repr(&Set::<Int>::new())
            ),
            "set() frozenset() set()"
        );
    }

    #[test]
    fn frozen_repr() {
        // print(frozenset([3, 1, 2]), frozenset('ab'))
        assert_eq!(
            format!(
                "{} {}",
                show(&FrozenSet::from(ints(&[3, 1, 2]))),
                show(&FrozenSet::from(strs(&["a", "b"])))
            ),
            "frozenset({1, 2, 3}) frozenset({'a', 'b'})"
        );
    }

    #[test]
    fn frozen_in_set() {
        // print({frozenset([1, 2]), frozenset(), frozenset([3])})
        assert_eq!(
            show(&Set::from(vec![
                FrozenSet::from(ints(&[1, 2])),
                FrozenSet::new(),
                FrozenSet::from(ints(&[3]))
            ])),
            "{frozenset(), frozenset({3}), frozenset({1, 2})}"
        );
    }

    #[test]
    fn frozen_hashes() {
        // print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a', 'b'])), hash(frozenset([frozenset([1])])))
        assert_eq!(
            format!(
                "{} {} {} {}",
                FrozenSet::<Int>::new().py_hash(),
                FrozenSet::from(ints(&[1, 2, 3])).py_hash(),
                FrozenSet::from(strs(&["a", "b"])).py_hash(),
                FrozenSet::from(vec![FrozenSet::from(ints(&[1]))]).py_hash()
            ),
            "133146708735736 -272375401224217160 1679668661828516449 5515263749738256364"
        );
    }

    #[test]
    fn frozen_hash_order_free() {
        // print(hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))), hash(frozenset(range(100))))
        assert_eq!(
            format!(
                "{} {}",
                py_bool(
                    FrozenSet::from(ints(&(0..100).collect::<Vec<_>>())).py_hash()
                        == FrozenSet::from(ints(&(0..100).rev().collect::<Vec<_>>())).py_hash()
                ),
                FrozenSet::from(ints(&(0..100).collect::<Vec<_>>())).py_hash()
            ),
            "True 4411996150312757951"
        );
    }

    #[test]
    fn growth() {
        // s = set()
        // for i in range(0, 300, 7): s.add(i * 37 % 101)
        // print(s)
        assert_eq!({ let s = Set::new(); for i in (0..300).step_by(7) { s.add(Int::from(i * 37 % 101)); } show(&s) }, "{0, 1, 3, 6, 8, 11, 13, 14, 16, 19, 21, 24, 26, 29, 32, 34, 37, 39, 42, 45, 47, 50, 52, 55, 57, 58, 60, 63, 65, 68, 70, 71, 73, 76, 78, 81, 83, 86, 89, 91, 94, 96, 99}");
    }

    #[test]
    fn adds_and_removes() {
        // s = set(range(40))
        // for i in range(0, 40, 3): s.remove(i)
        // for i in range(100, 160, 4): s.add(i)
        // for i in range(1, 40, 5): s.discard(i)
        // s.add(3)
        // s.add(-8)
        // print(s)
        assert_eq!({ let s = Set::from(ints(&(0..40).collect::<Vec<_>>())); for i in (0..40).step_by(3) { s.remove(&Int::from(i)).unwrap(); } for i in (100..160).step_by(4) { s.add(Int::from(i)); } for i in (1..40).step_by(5) { s.discard(&Int::from(i)); } s.add(Int::from(3)); s.add(Int::from(-8)); show(&s) }, "{2, 4, 5, 7, 8, 10, 13, 14, 136, 3, 17, 144, 19, 20, 140, 22, 23, 128, 25, 148, 28, 29, 152, 32, 132, 34, 35, 156, 37, 38, -8, 100, 104, 108, 112, 116, 120, 124}");
    }

    #[test]
    fn dummy_reuse() {
        // s = {0, 8, 16, 24}
        // s.remove(0)
        // s.remove(8)
        // s.add(32)
        // print(s)
        // s.add(0)
        // print(s)
        assert_eq!(
            {
                let s = Set::from_const_literal(ints(&[0, 8, 16, 24]));
                s.remove(&Int::from(0)).unwrap();
                s.remove(&Int::from(8)).unwrap();
                s.add(Int::from(32));
                let a = show(&s);
                s.add(Int::from(0));
                format!("{a}\n{}", show(&s))
            },
            "{32, 16, 24}
{32, 0, 16, 24}"
        );
    }

    #[test]
    fn pop_sequence() {
        // s = set([5, 13, 21, 2, 99, -4, 1 << 40])
        // out = []
        // while s: out.append(s.pop())
        // print(out)
        assert_eq!(
            {
                let s = Set::from(ints(&[5, 13, 21, 2, 99, -4, 1 << 40]));
                let mut out = Vec::new();
                while s.is_true() {
                    out.push(s.pop().unwrap());
                }
                show(&List::from(out))
            },
            "[1099511627776, 2, 99, 5, 13, 21, -4]"
        );
    }

    #[test]
    fn pop_finger_survives() {
        // s = set(range(20))
        // print(s.pop(), s.pop(), s.pop())
        // s.add(0)
        // s.add(100)
        // print(s.pop(), s.pop())
        // s.clear()
        // s.update([1, 2, 3, 4])
        // print(s.pop(), s)
        assert_eq!(
            {
                let s = Set::from(ints(&(0..20).collect::<Vec<_>>()));
                let p = |s: &Set<Int>| s.pop().unwrap().to_string();
                let a = format!("{} {} {}", p(&s), p(&s), p(&s));
                s.add(Int::from(0));
                s.add(Int::from(100));
                let b = format!("{} {}", p(&s), p(&s));
                s.clear();
                s.update_iter(ints(&[1, 2, 3, 4]).into_iter());
                let c = p(&s);
                format!("{a}\n{b}\n{c} {}", show(&s))
            },
            "0 1 2
3 4
1 {2, 3, 4}"
        );
    }

    #[test]
    fn union_order() {
        // a = set([1, 9, 17, 4]); b = set([25, 2, 9, 33, 100])
        // print(a | b, b | a, a.union([33, 41, 1]))
        assert_eq!(
            fmt3(
                &ints(&[1, 9, 17, 4]),
                &ints(&[25, 2, 9, 33, 100]),
                |a, b| vec![
                    show(&a.union(b)),
                    show(&b.union(a)),
                    show(&a.union_iter(ints(&[33, 41, 1]).into_iter()))
                ]
            ),
            "{1, 33, 2, 4, 100, 9, 17, 25} {33, 2, 1, 100, 4, 9, 17, 25} {1, 33, 4, 9, 41, 17}"
        );
    }

    #[test]
    fn intersection_order() {
        // a = set([1, 9, 17, 4, 25, 33, 41]); b = set([41, 33, 25, 17, 9, 1000])
        // print(a & b, b & a, a.intersection([41, 1, 9, 7]))
        assert_eq!(
            fmt3(
                &ints(&[1, 9, 17, 4, 25, 33, 41]),
                &ints(&[41, 33, 25, 17, 9, 1000]),
                |a, b| vec![
                    show(&a.intersection(b)),
                    show(&b.intersection(a)),
                    show(&a.intersection_iter(ints(&[41, 1, 9, 7]).into_iter()))
                ]
            ),
            "{33, 9, 41, 17, 25} {33, 9, 41, 17, 25} {41, 1, 9}"
        );
    }

    #[test]
    fn difference_order() {
        // a = set(range(0, 64, 4)); b = set([0, 8, 16, 1])
        // print(a - b, b - a, a.difference([4, 12]), a - set([0]))
        assert_eq!(fmt3(&ints(&(0..64).step_by(4).collect::<Vec<_>>()), &ints(&[0, 8, 16, 1]), |a, b| vec![show(&a.difference(b)), show(&b.difference(a)), show(&a.difference_iter(ints(&[4, 12]).into_iter())), show(&a.difference(&Set::from(ints(&[0]))))]), "{32, 4, 36, 40, 12, 44, 28, 48, 20, 52, 24, 56, 60} {1} {0, 8, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60} {4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60}");
    }

    #[test]
    fn symmetric_difference_order() {
        // a = set([1, 9, 17, 4, 25]); b = set([25, 2, 9, 33])
        // print(a ^ b, b ^ a, a.symmetric_difference([2, 2, 50, 1]))
        assert_eq!(
            fmt3(
                &ints(&[1, 9, 17, 4, 25]),
                &ints(&[25, 2, 9, 33]),
                |a, b| vec![
                    show(&a.symmetric_difference(b)),
                    show(&b.symmetric_difference(a)),
                    show(&a.symmetric_difference_iter(ints(&[2, 2, 50, 1]).into_iter()))
                ]
            ),
            "{1, 2, 33, 4, 17} {1, 17, 2, 4, 33} {2, 4, 9, 17, 50, 25}"
        );
    }

    #[test]
    fn in_place() {
        // a = set([1, 9, 17, 4, 25]); b = set([25, 2, 9, 33])
        // a |= b; print(a)
        // a &= set([9, 33, 4, 7]); print(a)
        // a -= set([4]); print(a)
        // a ^= set([1, 9, 8]); print(a)
        // a ^= a; print(a)
        assert_eq!(
            {
                let a = Set::from(ints(&[1, 9, 17, 4, 25]));
                let b = Set::from(ints(&[25, 2, 9, 33]));
                a.update(&b);
                let mut o = vec![show(&a)];
                a.intersection_update(&Set::from(ints(&[9, 33, 4, 7])));
                o.push(show(&a));
                a.difference_update(&Set::from(ints(&[4])));
                o.push(show(&a));
                a.symmetric_difference_update(&Set::from(ints(&[1, 9, 8])));
                o.push(show(&a));
                a.symmetric_difference_update(&a.clone());
                o.push(show(&a));
                o.join("\n")
            },
            "{1, 2, 33, 4, 9, 17, 25}
{9, 4, 33}
{9, 33}
{1, 33, 8}
set()"
        );
    }

    #[test]
    fn copy_resizes() {
        // a = set([1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 32, 64])
        // print(a, a.copy(), set(a))
        // b = set([8, 16, 24, 0, 3])
        // print(b, b.copy())
        assert_eq!({ let a = Set::from(ints(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 32, 64])); let b = Set::from(ints(&[8, 16, 24, 0, 3])); format!("{} {} {}\n{} {}", show(&a), show(&a.copy()), show(&Set::from_set(&a)), show(&b), show(&b.copy())) }, "{32, 1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 16} {32, 1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 16} {32, 1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 16}
{0, 3, 8, 16, 24} {0, 16, 3, 8, 24}");
    }

    #[test]
    fn from_dict() {
        // print(set(dict.fromkeys([8, 16, 24, 0, 3, 40])), set([8, 16, 24, 0, 3, 40]))
        assert_eq!(
            format!(
                "{} {}",
                show(&Set::from_dict_keys(ints(&[8, 16, 24, 0, 3, 40]))),
                show(&Set::from(ints(&[8, 16, 24, 0, 3, 40])))
            ),
            "{16, 0, 3, 8, 24, 40} {0, 3, 8, 40, 16, 24}"
        );
    }

    #[test]
    fn frozen_ops() {
        // f = frozenset([1, 2, 3]); s = {3, 4}
        // print(f | s, s | f, f & s, f - s, s ^ f, f.copy() is f, frozenset(f) is f)
        assert_eq!({ let f = FrozenSet::from(ints(&[1, 2, 3])); let s = Set::from(ints(&[3, 4])); format!("{} {} {} {} {} {} {}", show(&f.union(&s)), show(&s.union(&f)), show(&f.intersection(&s)), show(&f.difference(&s)), show(&s.symmetric_difference(&f)), py_bool(f.copy().is(&f)), py_bool(FrozenSet::from_set(&f).is(&f))) }, "frozenset({1, 2, 3, 4}) {1, 2, 3, 4} frozenset({3}) frozenset({1, 2}) {1, 2, 4} True True");
    }

    #[test]
    fn comparisons() {
        // a = {1, 2}; b = {1, 2, 3}; c = frozenset([2, 1])
        // print(a < b, a <= b, b > a, a == c, a < c, a <= c, a == b, {4} < b, {4} > b, a.isdisjoint({3}), a.issubset([1, 2, 5]), b.issuperset([3]))
        assert_eq!(
            {
                let a = Set::from(ints(&[1, 2]));
                let b = Set::from(ints(&[1, 2, 3]));
                let c = FrozenSet::from(ints(&[2, 1]));
                let d = Set::from(ints(&[4]));
                [
                    a < b,
                    a <= b,
                    b > a,
                    a == c,
                    a < c,
                    a <= c,
                    a == b,
                    d < b,
                    d > b,
                    a.isdisjoint(&Set::from(ints(&[3]))),
                    a.issubset_iter(ints(&[1, 2, 5]).into_iter()),
                    b.issuperset_iter(ints(&[3]).into_iter()),
                ]
                .map(py_bool)
                .join(" ")
            },
            "True True True True False True False False False True True True"
        );
    }

    #[test]
    fn errors() {
        // s = {1, 2}
        // try: s.remove(5)
        // except KeyError as e: print('KeyError:', e)
        // try: {'x'}.remove('y')
        // except KeyError as e: print('KeyError:', e)
        // try: set().pop()
        // except KeyError as e: print('KeyError:', e)
        assert_eq!(
            {
                let s = Set::from(ints(&[1, 2]));
                let t = Set::from(strs(&["x"]));
                [
                    s.remove(&Int::from(5)).unwrap_err(),
                    t.remove(&Str::from("y")).unwrap_err(),
                    Set::<Int>::new().pop().unwrap_err(),
                ]
                .map(|e| e.traceback_line())
                .join("\n")
            },
            "KeyError: 5
KeyError: 'y'
KeyError: 'pop from an empty set'"
        );
    }

    #[test]
    fn iteration_change() {
        // s = {1, 2, 3}
        // try:
        //     for x in s:
        //         print(x)
        //         s.add(x + 10)
        // except RuntimeError as e: print('RuntimeError:', e)
        // s = {1, 2, 3}
        // for x in s:
        //     print(x)
        //     if x == 1:
        //         s.discard(3); s.add(9)
        // print(s)
        assert_eq!(
            {
                let mut o = Vec::new();
                let s = Set::from_const_literal(ints(&[1, 2, 3]));
                for x in s.iter() {
                    match x {
                        Ok(x) => {
                            o.push(x.to_string());
                            s.add(&x + 10);
                        }
                        Err(e) => {
                            o.push(e.traceback_line());
                            break;
                        }
                    }
                }
                let s = Set::from_const_literal(ints(&[1, 2, 3]));
                for x in s.iter() {
                    let x = x.unwrap();
                    o.push(x.to_string());
                    if x == 1 {
                        s.discard(&Int::from(3));
                        s.add(Int::from(9));
                    }
                }
                o.push(show(&s));
                o.join("\n")
            },
            "1
RuntimeError: Set changed size during iteration
1
2
9
{1, 2, 9}"
        );
    }

    #[test]
    fn contains_len() {
        // s = {1, 2**64, -1}
        // print(1 in s, 2 in s, 2**64 in s, -1 in s, -2 in s, len(s), bool(s), bool(set()))
        assert_eq!(
            {
                let s = Set::from(vec![
                    Int::from(1),
                    big("18446744073709551616"),
                    Int::from(-1),
                ]);
                let c = |v: Int| py_bool(s.contains(&v));
                format!(
                    "{} {} {} {} {} {} {} {}",
                    c(Int::from(1)),
                    c(Int::from(2)),
                    c(big("18446744073709551616")),
                    c(Int::from(-1)),
                    c(Int::from(-2)),
                    s.len(),
                    py_bool(s.is_true()),
                    py_bool(Set::<Int>::new().is_true())
                )
            },
            "True False True True False 3 True False"
        );
    }

    #[test]
    fn format() {
        // print(f'{ {1, 2} }|{frozenset([1])!s}|' + format({3}, ''))
        assert_eq!(
            {
                let s = Set::from(ints(&[1, 2]));
                assert!(crate::format_checked(&s, ">8").is_err());
                format!(
                    "{}|{}|{}",
                    show(&s),
                    crate::str(&FrozenSet::from(ints(&[1]))),
                    crate::format(&Set::from(ints(&[3])), "")
                )
            },
            "{1, 2}|frozenset({1})|{3}"
        );
    }

    #[test]
    fn large_growth() {
        // s = set(range(0, 200000, 3))
        // print(len(s), list(s)[:8], list(s)[-3:])
        assert_eq!(
            {
                let s = Set::from(ints(&(0..200000).step_by(3).collect::<Vec<_>>()));
                let v = s.to_vec();
                format!(
                    "{} {} {}",
                    s.len(),
                    show(&List::from(v[..8].to_vec())),
                    show(&List::from(v[v.len() - 3..].to_vec()))
                )
            },
            "66667 [0, 131073, 3, 131076, 6, 131079, 9, 131082] [131064, 131067, 131070]"
        );
    }

    #[test]
    fn self_operands() {
        // a = set([3, 11, 19, 27, 35, 43, 1, 2])
        // print(a & a, a | a, a - a, a ^ a, a == a, a < a)
        // a.pop(); a.pop(); a.pop()
        // a &= a; print(a)
        // a |= a; print(a)
        // a.add(51); print(a)
        // a -= a; print(a)
        assert_eq!(
            {
                let a = Set::from(ints(&[3, 11, 19, 27, 35, 43, 1, 2]));
                let mut o = vec![format!(
                    "{} {} {} {} {} {}",
                    show(&a.intersection(&a)),
                    show(&a.union(&a)),
                    show(&a.difference(&a)),
                    show(&a.symmetric_difference(&a)),
                    py_bool(a == a.clone()),
                    py_bool(a < a.clone())
                )];
                for _ in 0..3 {
                    a.pop().unwrap();
                }
                a.intersection_update(&a.clone());
                o.push(show(&a));
                a.update(&a.clone());
                o.push(show(&a));
                a.add(Int::from(51));
                o.push(show(&a));
                a.difference_update(&a.clone());
                o.push(show(&a));
                o.join("\n")
            },
            "{1, 2, 3, 35, 11, 43, 19, 27} {1, 2, 3, 35, 11, 43, 19, 27} set() set() True False
{35, 19, 27, 43, 11}
{35, 19, 27, 43, 11}
{35, 19, 51, 27, 43, 11}
set()"
        );
    }

    #[test]
    fn frozenset_dict_key() {
        // d = {frozenset([1, 2]): 'x'}
        // print(d[frozenset([2, 1])], frozenset([1, 2]) == frozenset([2, 1]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
        assert_eq!(
            {
                let d: crate::Dict<FrozenSet<Int>, Str> = crate::Dict::new();
                d.set(FrozenSet::from(ints(&[1, 2])), Str::from("x"));
                let k = FrozenSet::from(ints(&[2, 1]));
                format!(
                    "{} {} {}",
                    d.get(&k).unwrap(),
                    py_bool(k == FrozenSet::from(ints(&[1, 2]))),
                    py_bool(k.py_hash() == FrozenSet::from(ints(&[1, 2])).py_hash())
                )
            },
            "x True True"
        );
    }

    #[test]
    fn scripts_match_cpython() {
        assert_eq!(check_scripts(SCRIPTS), 20);
    }

    /// Random programs of set operations with CPython 3.12.1's output
    /// (`PYTHONHASHSEED=0`), from a generator that also ran thousands
    /// more. Each script starts with `case` and the element type and ends
    /// with `end`; `> ` lines are what CPython printed. Variables A-D hold
    /// sets or frozensets. Strings are written as `x` and their UTF-8 in
    /// hex, tuples `(int, str)` as `t<int>:<hex>`. Operations: `lit V xs`
    /// is `V = {x0, x1, ...}` of non-constant items, `clit` the same with
    /// constants (`clitr`: its frozenset constant reinterned), `cfor xs`
    /// prints `[x for x in {constants}]`, `dict V xs` is
    /// `V = set(dict.fromkeys(xs))`; `add`, `discard`, `remove`, `pop`,
    /// `clear` as in Python; `copy W V` is `W = V.copy()`, `setof` is
    /// `set(V)`, `frozen` is `frozenset(V)`; `or W A B` is `W = A | B` and
    /// likewise `and`, `sub`, `xor`; `ior V B` is `V |= B` and likewise;
    /// `union_l W A xs` is `W = A.union(xs)` for a list (`_d`: for
    /// `dict.fromkeys(xs)`), with `inter`, `diff` and `symdiff`;
    /// `update_l V xs` is `V.update(xs)`, with `interup`, `diffup` and
    /// `symdiffup` for the `_update` methods; `cmp A B` prints `A == B`,
    /// `<`, `<=`, `>`, `>=`, `A.isdisjoint(B)` and `len(A)`; `hash V`;
    /// `iterop V n op x` loops over V printing each item and at step n
    /// adds or discards x (or both), then prints `done` or the error;
    /// `addrange V start n step` adds `start + k * step` for k < n.
    const SCRIPTS: &str = r##"
case int
lit A 29 33 465543 18 -9223372036854775806 24 11 2305843009213693954
lit B 2305843009213693951 -320 32 28
and D A A
print D
print D
iand D A
print B
symdiff_l D D 1267650600228229401496703205378 21 4 -768 -3 680405 810293
discard A 38
print D
remove A 4611686018427387902
pop B
add A 18
diffup_l D 8 4611686018427387905 37 312060 31
remove B -1
print B
ior A B
cmp B A
print B
ixor A B
frozen B B
print A
print B
print D
> {33, 2305843009213693954, 465543, 11, 18, 24, 29, -9223372036854775806}
> {33, 2305843009213693954, 465543, 11, 18, 24, 29, -9223372036854775806}
> {2305843009213693951, 32, 28, -320}
> {-768, 33, 1267650600228229401496703205378, 2305843009213693954, 4, 465543, 11, 18, 29, 21, 680405, 810293, 24, -3, -9223372036854775806}
> KeyError: 4611686018427387902
> 2305843009213693951
> KeyError: -1
> {32, 28, -320}
> False True True False False False 3
> {32, 28, -320}
> {33, 2305843009213693954, 465543, 11, 18, 24, 29, -9223372036854775806}
> frozenset({32, 28, -320})
> {-768, 33, 1267650600228229401496703205378, 2305843009213693954, 4, 465543, 11, 18, 29, 21, 680405, 810293, 24, -3, -9223372036854775806}
end
case int
lit A 0 37 96 -80 8 21
lit B 11 18446744073709551619 -607462 23 11
diff_l A A 39
print B
union_d A A 64 35 -896 -522533
print A
discard A 15
print B
lit A -215940 6144 26 39 4 128 4611686018427387906 40 284482 -24 -2048 1267650600228229401496703205379 -32 -15360 -1 -888488 576 -128 147084 24 -1024 -640 10 15 640 -364204
print A
pop B
and C B B
diff_l C A 64 4611686018427387906 -256 -228769 3
print B
update_d C 11264 -668585 0
add B -10240
discard A -9223372036854775805
inter_l C C 3072
print C
cmp B C
add A 0
add C 8
print B
cmp A A
print B
discard A 1267650600228229401496703205378
isub A B
print A
print B
print C
> {18446744073709551619, -607462, 11, 23}
> {0, 96, 64, 35, -896, 37, 8, -80, 21, -522533}
> {18446744073709551619, -607462, 11, 23}
> {6144, 128, -2048, 1267650600228229401496703205379, 4, 4611686018427387906, -15360, -128, -1024, -640, 10, 147084, 15, 640, 24, 26, 39, 40, 576, 284482, -364204, -888488, -32, -24, -215940, -1}
> 18446744073709551619
> {-607462, 11, 23}
> set()
> False False False True True True 4
> {-10240, -607462, 11, 23}
> True False True False True False 27
> {-10240, -607462, 11, 23}
> {6144, 128, -2048, 1267650600228229401496703205379, 4, 4611686018427387906, -15360, -128, -1024, -640, 10, 0, 147084, 15, 640, 24, 26, 39, 40, 576, 284482, -364204, -888488, -32, -24, -215940, -1}
> {-10240, -607462, 11, 23}
> {8}
end
case int
lit A 36 1664 33 2305843009213693954 10 64 2305843009213693951 6 19456 3 7
lit B 36 -1024 -589828 555985 136 16 -10240 2305843009213693949 39 22 5
add B -768
xor C A A
print C
discard A 1267650600228229401496703205374
setof A A
print B
sub A A B
update_l C -9223372036854775811 7 4611686018427387907 5 39 72 5 29 3 28
xor D A A
add C 299475
clear A
print C
print A
print B
print C
print D
> set()
> {-1024, -10240, -768, 36, 5, 39, 136, 16, 555985, 22, -589828, 2305843009213693949}
> {3, 39, 5, 4611686018427387907, 7, 72, 299475, -9223372036854775811, 28, 29}
> set()
> {-1024, -10240, -768, 36, 5, 39, 136, 16, 555985, 22, -589828, 2305843009213693949}
> {3, 39, 5, 4611686018427387907, 7, 72, 299475, -9223372036854775811, 28, 29}
> set()
end
case int
lit A -24 1267650600228229401496703205373 0 4611686018427387905 36 23
lit B 1267650600228229401496703205375 320 1216 29 5 39 30
lit D -144 33 32 34 16384 -372724 18446744073709551614 -128 705521
copy B B
remove A 384
print D
discard D -749245
setof D A
print D
discard A 56
print D
add D 2432
print A
or B B A
union_l C B -800513 3 48 -96 24
and C B D
print A
iterop C 3 discard -834002
union_l B C 2305843009213693949
print B
print A
print B
print D
print C
> KeyError: 384
> {32, 33, 34, 16384, -128, 18446744073709551614, -372724, -144, 705521}
> {0, 4611686018427387905, 36, 23, -24, 1267650600228229401496703205373}
> {0, 4611686018427387905, 36, 23, -24, 1267650600228229401496703205373}
> {0, 4611686018427387905, 36, -24, 23, 1267650600228229401496703205373}
> {0, 4611686018427387905, 36, -24, 23, 1267650600228229401496703205373}
> 0
> 4611686018427387905
> 36
> -24
> 23
> 1267650600228229401496703205373
> done
> {0, 2305843009213693949, 4611686018427387905, 36, 23, -24, 1267650600228229401496703205373}
> {0, 4611686018427387905, 36, -24, 23, 1267650600228229401496703205373}
> {0, 2305843009213693949, 4611686018427387905, 36, 23, -24, 1267650600228229401496703205373}
> {0, 2432, 4611686018427387905, 36, 23, -24, 1267650600228229401496703205373}
> {0, 4611686018427387905, 36, -24, 23, 1267650600228229401496703205373}
end
case int
lit A 99442 1267650600228229401496703205379 31 -18432 -3 957589 29 -304 745356
lit B
symdiffup_d A 22 96 18446744073709551618 80 -339717 15 1280 -42255 0 -138612 8 256 -2
interup_l B 1267650600228229401496703205374 31 15 857388 -2 224 0 576 21
print B
isub A B
print B
lit D -2
pop B
print A
symdiffup_l D 10
add A 5
print B
ior D B
symdiff_l B A 17 1024
print D
print A
print B
print D
> set()
> set()
> KeyError: 'pop from an empty set'
> {-18432, 1280, 0, 1267650600228229401496703205379, 256, 8, 18446744073709551618, 745356, -138612, 15, 957589, 22, 29, 31, -304, 80, 96, -42255, 99442, -339717, -3, -2}
> set()
> {10, -2}
> {-18432, 1280, 0, 1267650600228229401496703205379, 256, 5, 8, 18446744073709551618, 745356, -138612, 15, 957589, 22, 29, 31, -304, 80, 96, -42255, 99442, -339717, -3, -2}
> {1024, -18432, 0, 1280, 1267650600228229401496703205379, 256, 5, 8, 18446744073709551618, 745356, -138612, 15, 17, 957589, 22, 29, 31, -304, 80, 96, -42255, 99442, -339717, -3, -2}
> {10, -2}
end
case str
lit A x20e697a5e697a5 x xc3a9 xcea9e697a5cea9 x x x x622d5f xe697a52061
lit B x20 xe697a55f xc3a9 x5f5f x2df09f9880 x2d2062 x206161 x
ior B B
cmp B B
print A
union_l D B xc3a920e697a5 x61 x x xcea9 xc3a9c3a9 x62 xe697a520 x62e697a55f
print A
sub A A D
print B
add B x2062
isub B A
print B
or D D B
print A
print D
pop A
inter_l B B x20
symdiffup_d D
print A
symdiffup_d A x x20 xcea962c3a9 x61cea9 x612020
print A
discard D x
print B
remove D x625ff09f9880
print A
print B
print D
> True False True False True False 8
> {'', '日 a', 'é', ' 日日', 'b-_', 'Ω日Ω'}
> {'', '日 a', 'é', ' 日日', 'b-_', 'Ω日Ω'}
> {' ', '', 'é', '- b', '-😀', ' aa', '日_', '__'}
> {' ', '', 'é', '- b', '-😀', ' aa', ' b', '日_', '__'}
> {'日 a', ' 日日', 'Ω日Ω', 'b-_'}
> {' ', '', ' aa', 'b', ' b', 'éé', 'a', '日 ', '__', 'é', '- b', '-😀', 'Ω', 'é 日', '日_', 'b日_'}
> '日 a'
> {' 日日', 'Ω日Ω', 'b-_'}
> {'', ' ', 'a  ', 'aΩ', ' 日日', 'Ωbé', 'b-_', 'Ω日Ω'}
> {' '}
> KeyError: 'b_😀'
> {'', ' ', 'a  ', 'aΩ', ' 日日', 'Ωbé', 'b-_', 'Ω日Ω'}
> {' '}
> {' ', ' aa', 'b', ' b', 'éé', 'a', '日 ', '__', 'é', '- b', '-😀', 'Ω', 'é 日', '日_', 'b日_'}
end
case str
lit A x xf09f9880c3a9 x x xf09f9880 xf09f9880 xf09f98802d xe697a52d62 x x6261
lit B x x x xc3a9 xcea92d2d x2d2d x5f61f09f9880 xf09f9880
dict C xcea9c3a9 xc3a9 xf09f9880e697a5 xcea9cea9 x20f09f9880 xf09f9880 xe697a5c3a9 x2020 x5f xc3a9cea92d
clitr A x2df09f988061 x6e616d65
update_d A x20c3a9 xf09f9880cea9 x xc3a920 x62c3a9
print A
add C x61
iterop B 1 discard xf09f9880
print C
copy B B
print B
discard B x
add C x
print C
union_d C B x2d62cea9 x61cea962 x5f xf09f9880 x x5f62 xf09f98805f61 xf09f9880f09f9880 x61cea9
print C
add C xcea95f
symdiffup_d A x62 xe697a5cea9 xe697a5 xc3a92d xe697a55f62 x2061c3a9 x202d xc3a962
pop C
setof C A
print A
print A
print B
print C
> {'', 'bé', 'name', ' é', '-😀a', '😀Ω', 'é '}
> ''
> 'é'
> RuntimeError: Set changed size during iteration
> {'é', 'éΩ-', '日é', '😀', '_', ' 😀', 'a', 'ΩΩ', 'Ωé', '😀日', '  '}
> {'', '--', 'é', '_a😀', 'Ω--'}
> {'', 'é', 'éΩ-', '日é', '😀', '_', ' 😀', 'a', 'ΩΩ', 'Ωé', '😀日', '  '}
> {'', 'é', '_b', 'aΩ', '_a😀', 'aΩb', '😀', '😀_a', '--', '_', 'Ω--', '-bΩ', '😀😀'}
> ''
> {'', '日_b', ' é', ' -', '😀Ω', 'b', 'bé', ' aé', 'é-', 'name', 'éb', '-😀a', '日Ω', '日', 'é '}
> {'', '日_b', ' é', ' -', '😀Ω', 'b', 'bé', ' aé', 'é-', 'name', 'éb', '-😀a', '日Ω', '日', 'é '}
> {'--', 'é', '_a😀', 'Ω--'}
> {'', 'é-', '日_b', 'name', ' é', 'éb', ' -', '😀Ω', '-😀a', 'é ', 'b', 'bé', '日Ω', '日', ' aé'}
end
case str
lit A x x62
lit B xe697a561 x20cea9 x x20 x xe697a56220 x62f09f988061 x x x2d xcea9cea9f09f9880
iand A A
print A
sub B B A
print B
clear A
ior B B
add A x61f09f9880
remove B x5f2df09f9880
cforr x6b6579 xf09f9880 xf09f98806220 xc3a9f09f9880cea9 x20f09f9880f09f9880 xc3a9e697a5 xcea9 xf09f988062
symdiff_d A A
add A xc3a9c3a95f
print A
diff_l C A x20c3a9 xcea9 x2d xc3a9 x2062e697a5 x2d202d x61f09f9880 xcea9c3a9 xf09f9880e697a5 xf09f988062 xe697a562 x x
print B
iand A C
print A
discard C x5f
remove A x20
add B xcea9
print C
add C x2df09f988062
print B
ior B C
print A
print B
print C
> {'', 'b'}
> {' ', 'b😀a', '日a', '-', ' Ω', '日b ', 'ΩΩ😀'}
> KeyError: '_-😀'
> ['key', 'é😀Ω', '😀b ', 'é日', '😀b', 'Ω', '😀', ' 😀😀']
> {'a😀', 'éé_'}
> {' ', 'b😀a', '日a', '-', ' Ω', '日b ', 'ΩΩ😀'}
> {'éé_'}
> KeyError: ' '
> {'éé_'}
> {' ', 'b😀a', 'Ω', '日a', '-', ' Ω', '日b ', 'ΩΩ😀'}
> {'éé_'}
> {' ', 'b😀a', '-😀b', 'Ω', 'éé_', '日a', '-', ' Ω', '日b ', 'ΩΩ😀'}
> {'-😀b', 'éé_'}
end
case str
lit A x2df09f988020 x62c3a9 xe697a5 x20 x xe697a5 x20622d xc3a9
lit B x x5fc3a962 x5f5f x62cea9 x x622d x62 x5f x62e697a5
remove B xcea9e697a5
diffup_l B x622d2d x xe697a5205f x61 x2d
clitr B x5fcea9 xf09f9880 x2d x62cea9c3a9 xc3a95f x5f xcea9622d x20e697a5 x2d x622020 x2d2020 x5fc3a961
print A
and A B A
print B
add A xf09f988062
print A
lit C
print B
dict B x5fe697a5 x20612d x5f61cea9 x5fcea9 x xf09f9880f09f9880e697a5
print C
cmp C A
print C
add C x
copy B B
print A
lit C x2d xf09f9880 xe697a56262 xcea9 xe697a5 xe697a561e697a5 x5ff09f9880e697a5 x xe697a52020 xe697a5 x x xc3a9 x x20 x20c3a95f xc3a92dc3a9 x6120 xe697a5cea9cea9 x5f2d
lit D x62 xcea95fcea9 xcea95f2d x6262 xc3a9cea920 x5f20cea9 x5ff09f9880 x5fe697a5cea9 x616162 xe697a5e697a5e697a5 x5f5f5f xcea9f09f9880e697a5
interup_l B xc3a9c3a9 x xcea9e697a5 x20 x20
update_l D x61f09f9880f09f9880
inter_l C B x61c3a9 xf09f9880c3a9 xcea920f09f9880 x5f2062
print A
print A
print B
print C
print D
> KeyError: 'Ω日'
> {' ', '', 'é', 'bé', ' b-', '日', '-😀 '}
> {'bΩé', 'é_', 'Ωb-', '😀', '-', '_éa', ' 日', '-  ', 'b  ', '_', '_Ω'}
> {'😀b'}
> {'bΩé', 'é_', 'Ωb-', '😀', '-', '_éa', ' 日', '-  ', 'b  ', '_', '_Ω'}
> set()
> False True True False False True 0
> set()
> {'😀b'}
> {'😀b'}
> {'😀b'}
> {''}
> set()
> {'___', '_😀', '日日日', 'éΩ ', 'b', '_日Ω', 'Ω😀日', '_ Ω', 'Ω_Ω', 'bb', 'a😀😀', 'Ω_-', 'aab'}
end
case str
lit A x5fc3a9 x5f2d xe697a5 x205fe697a5 xe697a5 x202d x x2d5f x625f62 x5f x x
lit B x x20 x x2d20c3a9
add B xe697a5e697a5
print A
frozen B A
print B
ixor A A
clitr D xf09f9880e697a5 x5fcea95f xe697a5 xcea920cea9 x5ff09f9880 x20cea962 x73656c66 xe697a5c3a9e697a5 x2d
print B
add D xe697a5
print B
ior D B
print A
print A
remove A xcea9
remove A x2d20cea9
print D
iterop D 3 add x20
symdiff_d C D xcea9 x2d62 x61 x20e697a5cea9 x5fcea9 xf09f9880e697a5 xe697a520e697a5 x5f62 xf09f9880c3a9
add C x20c3a962
print D
print A
print B
print D
print C
> {'', ' -', '_-', ' _日', 'b_b', '-_', '日', '_', '_é'}
> frozenset({'', ' -', '_-', ' _日', 'b_b', '-_', '日', '_', '_é'})
> frozenset({'', ' -', '_-', ' _日', 'b_b', '-_', '日', '_', '_é'})
> frozenset({'', ' -', '_-', ' _日', 'b_b', '-_', '日', '_', '_é'})
> set()
> set()
> KeyError: 'Ω'
> KeyError: '- Ω'
> {'', '_Ω_', ' Ωb', '_😀', 'self', ' -', '_-', ' _日', '-', 'b_b', '_', '-_', '日é日', '日', 'Ω Ω', '😀日', '_é'}
> ''
> '_Ω_'
> ' Ωb'
> '_😀'
> RuntimeError: Set changed size during iteration
> {'', ' ', '_Ω_', ' Ωb', '_😀', 'self', ' -', '_-', ' _日', '-', 'b_b', '_', '-_', '日é日', '日', 'Ω Ω', '😀日', '_é'}
> set()
> frozenset({'', ' -', '_-', ' _日', 'b_b', '-_', '日', '_', '_é'})
> {'', ' ', '_Ω_', ' Ωb', '_😀', 'self', ' -', '_-', ' _日', '-', 'b_b', '_', '-_', '日é日', '日', 'Ω Ω', '😀日', '_é'}
> {'', ' ', ' 日Ω', '_b', ' -', '😀é', '-', 'a', '_', 'Ω Ω', ' Ωb', ' éb', 'self', '-_', '日 日', '日', '_😀', ' _日', 'b_b', '_Ω', '_Ω_', 'Ω', '_-', '-b', '日é日', '_é'}
end
case float
lit A 7.0 5.0 -270420.67771426344 1e+300 inf 1.862645149230957e-08 12.0 27.0 -109722.8445345615 17.0 -8.0 -523113.5140550092
lit B
add B 9.0
print A
or C A B
print C
interup_l A -124696.96555976756 737123.4408696315
update_d A -inf 864311.7395724936 -618162.9236824699 1.152921504606847e+19 6.0 7.0 1.5 33.0 22.0
clear C
print A
diff_d C A 10.0 22.0 0.3333333333333333 48.0 -2.0752587082923246e+19
ior A C
discard A 2.997595911977802e+19
diff_d B C 23.0 -283809.7132798296 9.313225746154785e-09 819981.1904681611 -380090.10912040435 -2.0 1.0
print B
hash B
print A
update_d A 3.0 -8.0 20.0 553064.5422366662 21.0 -809099.5413098177 16.0 23.0 6.917529027641082e+18 -24931.164312199224 4.611686018427388e+19 10.0
pop C
diff_l D C 40414.056755375 4096.0 23.0 16384.0 -426736.9724350058 9.0 713161.9733052205 26.0 -3.0 18.0 -939405.353336425 37.0 39.0 14.0
print A
print B
print C
print D
> {1.862645149230957e-08, 5.0, -109722.8445345615, 7.0, -270420.67771426344, 12.0, inf, 17.0, -523113.5140550092, -8.0, 27.0, 1e+300}
> {1.862645149230957e-08, 5.0, -109722.8445345615, 7.0, 9.0, -270420.67771426344, 12.0, inf, 17.0, -523113.5140550092, -8.0, 27.0, 1e+300}
> {1.5, 33.0, 1.152921504606847e+19, 6.0, 7.0, -618162.9236824699, -inf, 22.0, 864311.7395724936}
> {1.5, 33.0, 1.152921504606847e+19, 6.0, 7.0, -618162.9236824699, -inf, 864311.7395724936}
> unhashable
> {1.5, 33.0, 1.152921504606847e+19, 6.0, 7.0, -618162.9236824699, -inf, 22.0, 864311.7395724936}
> 1.5
> {1.5, 3.0, 6.917529027641082e+18, 1.152921504606847e+19, 6.0, 7.0, 10.0, -618162.9236824699, 16.0, -inf, 20.0, 21.0, 22.0, 23.0, 4.611686018427388e+19, -24931.164312199224, 33.0, 553064.5422366662, -809099.5413098177, 864311.7395724936, -8.0}
> {1.5, 33.0, 1.152921504606847e+19, 6.0, 7.0, -618162.9236824699, -inf, 864311.7395724936}
> {33.0, 1.152921504606847e+19, 6.0, 7.0, -618162.9236824699, -inf, 864311.7395724936}
> {33.0, -inf, 1.152921504606847e+19, 6.0, 7.0, 864311.7395724936, -618162.9236824699}
end
case float
lit A -62372.3782210364
lit B -891535.216923724 23.0 -879971.1110586897 775839.2043122163 -613683.0362294605 -5.0 22.0
discard B 104641.15583414864
iand B B
inter_l D A -10240.0 -3.0 0.3333333333333333
print A
add B -4.75
and B D D
print D
pop D
print B
print A
isub A B
ior B B
add D 38.0
print D
print A
ior B A
and A D D
and C D A
remove B 18432.0
print C
cmp A C
xor A C D
print A
print B
print D
print C
> {-62372.3782210364}
> set()
> KeyError: 'pop from an empty set'
> set()
> {-62372.3782210364}
> {38.0}
> {-62372.3782210364}
> KeyError: 18432.0
> {38.0}
> True False True False True False 1
> set()
> {-62372.3782210364}
> {38.0}
> {38.0}
end
case float
lit A 20.0 -8192.0 1e+300 63394.6817635966 -336017.10727841465 10.0
lit B -1e+300 -493562.11313568556 5e-324 12.0 0.5 -214481.46655306697 1.862645149230957e-08 839958.3869999361 7.0 6.0 34.0
remove B 77258.58825472719
print A
symdiff_d C B
print B
frozen A C
ixor B A
print A
copy D C
print C
add C -700209.0137255492
discard C -77778.12065747881
print A
add C -1e+300
copy A B
print D
discard D 12022.338881980046
symdiff_d A C 0.0 inf 260342.40266044158 136.0 582259.6243307774 -2.7939677238464355e-09
remove B -4.611686018427388e+19
dict D -7.450580596923828e-09 26.0 -5.5 0.0 2.7939677238464355e-09 -2.997595911977802e+19 5e-324 1.30385160446167e-08
print A
print B
print C
print D
> KeyError: 77258.58825472719
> {-8192.0, 63394.6817635966, 10.0, -336017.10727841465, 20.0, 1e+300}
> {5e-324, 0.5, 1.862645149230957e-08, 34.0, -1e+300, -493562.11313568556, 7.0, 6.0, 12.0, -214481.46655306697, 839958.3869999361}
> frozenset({5e-324, 0.5, 34.0, 1.862645149230957e-08, -1e+300, -493562.11313568556, 7.0, 6.0, 12.0, -214481.46655306697, 839958.3869999361})
> {5e-324, 0.5, 34.0, 1.862645149230957e-08, -1e+300, -493562.11313568556, 7.0, 6.0, 12.0, -214481.46655306697, 839958.3869999361}
> frozenset({5e-324, 0.5, 34.0, 1.862645149230957e-08, -1e+300, -493562.11313568556, 7.0, 6.0, 12.0, -214481.46655306697, 839958.3869999361})
> {5e-324, 0.5, 34.0, 1.862645149230957e-08, -1e+300, -493562.11313568556, 7.0, 6.0, 12.0, -214481.46655306697, 839958.3869999361}
> KeyError: -4.611686018427388e+19
> {0.0, -2.7939677238464355e-09, 5e-324, 0.5, 1.862645149230957e-08, -1e+300, -493562.11313568556, 7.0, 136.0, 6.0, 12.0, -700209.0137255492, 839958.3869999361, 34.0, inf, -214481.46655306697, 582259.6243307774, 260342.40266044158}
> set()
> {5e-324, 0.5, 34.0, 1.862645149230957e-08, -1e+300, -493562.11313568556, 7.0, 6.0, 12.0, -214481.46655306697, -700209.0137255492, 839958.3869999361}
> {-7.450580596923828e-09, 0.0, 2.7939677238464355e-09, 5e-324, 1.30385160446167e-08, -2.997595911977802e+19, 26.0, -5.5}
end
case float
lit A 422323.4379960841 -1.862645149230957e-09 -315193.88681467995 -5.0 24.0 330682.6572944955
lit B -390831.4680891762 0.3333333333333333 4.0 1e+300 1.862645149230957e-08
discard A -3.0
print A
pop B
print A
union_l C A -575635.5179511621 1024.0
or B B A
update_l A 8.0 10240.0 -808525.4902753483 26.0 -97082.64651230001 -295242.0259544939 -976680.7138472524 -6.51925802230835e-09
symdiffup_l A -13312.0 -7.5 8.5 -981577.3029279355 30.0 -403799.2371021322 321800.34687299584 34.0 5.0 0.3333333333333333 -236002.23948033853 27.0
sub C B C
add C -80210.47067670547
copy D C
remove D 11.0
print C
print D
diff_l D B inf 10.0 213415.267636501 -1578.4414018418174 -96.0 6.0 34.0 -5.587935447692871e-09 19.0 -1.5 -4.611686018427388e+18
pop C
print B
lit A 4.3811017175060185e+19
print D
sub D D D
print A
print A
print B
print C
print D
> {-1.862645149230957e-09, -315193.88681467995, 422323.4379960841, 24.0, 330682.6572944955, -5.0}
> 0.3333333333333333
> {-1.862645149230957e-09, -315193.88681467995, 422323.4379960841, 24.0, 330682.6572944955, -5.0}
> KeyError: 11.0
> {1.862645149230957e-08, 4.0, -80210.47067670547, -390831.4680891762, 1e+300}
> {1.862645149230957e-08, -390831.4680891762, 4.0, 1e+300, -80210.47067670547}
> 1.862645149230957e-08
> {1.862645149230957e-08, -1.862645149230957e-09, 4.0, -315193.88681467995, -390831.4680891762, 422323.4379960841, 24.0, 330682.6572944955, -5.0, 1e+300}
> {1.862645149230957e-08, -1.862645149230957e-09, 4.0, -315193.88681467995, -390831.4680891762, 422323.4379960841, 24.0, 330682.6572944955, -5.0, 1e+300}
> {4.3811017175060185e+19}
> {4.3811017175060185e+19}
> {1.862645149230957e-08, -1.862645149230957e-09, 4.0, -315193.88681467995, -390831.4680891762, 422323.4379960841, 24.0, 330682.6572944955, -5.0, 1e+300}
> {4.0, -80210.47067670547, -390831.4680891762, 1e+300}
> set()
end
case float
lit A 23.0 3.0 36.0 895789.8369164439 23.0 13.0 -1e+300 -1.0 18.0 -394369.6623856339
lit B 23.0 -0.75 422358.777150874
setof A B
print B
print B
print A
cmp A B
xor B A A
discard B -874287.1380493238
print B
ior A A
iterop B 2 swap 322057.2264963973
iterop A 2 discard 6.0
discard A -4.75
remove A 16.0
print A
discard A 37.0
add A 1.0244548320770264e-08
add B 0.25
pop A
setof D B
remove A -206625.97400032182
print A
print B
print D
> {-0.75, 422358.777150874, 23.0}
> {-0.75, 422358.777150874, 23.0}
> {-0.75, 422358.777150874, 23.0}
> True False True False True False 3
> set()
> done
> -0.75
> 422358.777150874
> 23.0
> done
> KeyError: 16.0
> {-0.75, 422358.777150874, 23.0}
> -0.75
> KeyError: -206625.97400032182
> {1.0244548320770264e-08, 422358.777150874, 23.0}
> {0.25}
> {0.25}
end
case tuple
lit A t1:6b6579 t-222796:202dcea9
lit B t32:2d t3: t4611686018427387905: t512: t38: t4:61 t2:6b6579
ior B A
print B
add A t5:61
iand B B
remove A t-1216:
discard A t20:61
add B t0:6b6579
pop A
print A
remove B t4:
print A
symdiffup_l A t15:6b6579
isub A A
diff_l C A t910465:61 t1267650600228229401496703205378: t934106:5f2d t40:62 t30:cea9c3a9 t1088:6b6579 t308085:5f t2:6b6579
print A
discard C t5:
print C
copy B A
copy A C
sub A B B
add A t4:62
print A
print B
print C
> {(-222796, ' -Ω'), (38, ''), (512, ''), (32, '-'), (4611686018427387905, ''), (3, ''), (2, 'key'), (4, 'a'), (1, 'key')}
> KeyError: (-1216, '')
> (5, 'a')
> {(-222796, ' -Ω'), (1, 'key')}
> KeyError: (4, '')
> {(-222796, ' -Ω'), (1, 'key')}
> set()
> set()
> {(4, 'b')}
> set()
> set()
end
case tuple
lit A t1216:62 t19:6b6579 t-160: t883101:20c3a9
lit B t4:2dc3a9f09f9880 t-56: t4:20 t5:5f t208: t4:6b6579 t5:61 t2: t-320: t-892675:62 t1267650600228229401496703205376:2d
union_l C B t56839: t538192:6b6579
or B C A
print B
pop B
update_l A t1:5ff09f988062 t-224:e697a5 t128:5f5f61 t-576:c3a920 t4:
frozen C C
print C
clear A
frozen A A
diff_d C B t-48:c3a920 t2:6b6579 t-16: t4: t192: t1: t717623:f09f9880e697a5 t5: t-97127:6b6579 t-9223372036854775806: t256: t38:61
print A
discard B t1:6b6579
sub B B B
discard B t0:62
print C
symdiff_l A A t-384:20f09f9880e697a5 t1: t3:6b6579 t1: t-10240: t18446744073709551614:6b6579 t2305843009213693952: t40:62 t144:61 t3:f09f988061cea9 t3:cea9cea9c3a9
ixor C B
print A
print B
print C
> {(56839, ''), (208, ''), (4, ' '), (5, 'a'), (883101, ' é'), (4, 'key'), (5, '_'), (4, '-é😀'), (2, ''), (-320, ''), (-56, ''), (19, 'key'), (-160, ''), (1216, 'b'), (1267650600228229401496703205376, '-'), (538192, 'key'), (-892675, 'b')}
> (56839, '')
> frozenset({(56839, ''), (208, ''), (4, ' '), (5, 'a'), (4, 'key'), (5, '_'), (4, '-é😀'), (2, ''), (-320, ''), (-56, ''), (1267650600228229401496703205376, '-'), (538192, 'key'), (-892675, 'b')})
> frozenset()
> {(208, ''), (4, ' '), (5, 'a'), (883101, ' é'), (4, 'key'), (5, '_'), (4, '-é😀'), (2, ''), (-320, ''), (-56, ''), (19, 'key'), (-160, ''), (1216, 'b'), (1267650600228229401496703205376, '-'), (538192, 'key'), (-892675, 'b')}
> frozenset({(144, 'a'), (-384, ' 😀日'), (2305843009213693952, ''), (3, 'key'), (3, '😀aΩ'), (40, 'b'), (1, ''), (-10240, ''), (18446744073709551614, 'key'), (3, 'ΩΩé')})
> set()
> {(208, ''), (4, ' '), (5, 'a'), (883101, ' é'), (4, 'key'), (5, '_'), (4, '-é😀'), (2, ''), (-320, ''), (-56, ''), (19, 'key'), (-160, ''), (1216, 'b'), (1267650600228229401496703205376, '-'), (538192, 'key'), (-892675, 'b')}
end
case tuple
lit A t-1216:f09f9880 t16:cea9 t1:6b6579
lit B t5: t3:61 t-96:61
symdiff_d C A t5:f09f9880f09f988020
print C
symdiff_d A B t40:61 t3:20cea92d t-640:62 t24:20 t-585126: t0:62 t0:
print A
add B t3:
iterop C 1 swap t24:5f
xor B C B
print A
remove C t3:61
print A
or B A C
symdiffup_d C t-1: t878090:622dcea9 t-467092: t600349:61 t39: t-416:61
print A
cmp C C
print C
iand A B
print B
print A
print B
print C
> {(-1216, '😀'), (16, 'Ω'), (1, 'key'), (5, '😀😀 ')}
> {(0, 'b'), (-96, 'a'), (3, 'a'), (3, ' Ω-'), (0, ''), (24, ' '), (-640, 'b'), (5, ''), (40, 'a'), (-585126, '')}
> (-1216, '😀')
> (16, 'Ω')
> RuntimeError: Set changed size during iteration
> {(0, 'b'), (-96, 'a'), (3, 'a'), (3, ' Ω-'), (0, ''), (24, ' '), (-640, 'b'), (5, ''), (40, 'a'), (-585126, '')}
> KeyError: (3, 'a')
> {(0, 'b'), (-96, 'a'), (3, 'a'), (3, ' Ω-'), (0, ''), (24, ' '), (-640, 'b'), (5, ''), (40, 'a'), (-585126, '')}
> {(0, 'b'), (-96, 'a'), (3, 'a'), (3, ' Ω-'), (0, ''), (24, ' '), (-640, 'b'), (5, ''), (40, 'a'), (-585126, '')}
> True False True False True False 11
> {(878090, 'b-Ω'), (-416, 'a'), (24, '_'), (-467092, ''), (600349, 'a'), (-1, ''), (-1216, '😀'), (16, 'Ω'), (39, ''), (1, 'key'), (5, '😀😀 ')}
> {(3, ' Ω-'), (24, '_'), (0, ''), (24, ' '), (-585126, ''), (-1216, '😀'), (0, 'b'), (16, 'Ω'), (-640, 'b'), (5, ''), (1, 'key'), (5, '😀😀 '), (-96, 'a'), (40, 'a'), (3, 'a')}
> {(3, ' Ω-'), (0, ''), (24, ' '), (-585126, ''), (0, 'b'), (-640, 'b'), (5, ''), (-96, 'a'), (40, 'a'), (3, 'a')}
> {(3, ' Ω-'), (24, '_'), (0, ''), (24, ' '), (-585126, ''), (-1216, '😀'), (0, 'b'), (16, 'Ω'), (-640, 'b'), (5, ''), (1, 'key'), (5, '😀😀 '), (-96, 'a'), (40, 'a'), (3, 'a')}
> {(878090, 'b-Ω'), (-416, 'a'), (24, '_'), (-467092, ''), (600349, 'a'), (-1, ''), (-1216, '😀'), (16, 'Ω'), (39, ''), (1, 'key'), (5, '😀😀 ')}
end
case tuple
lit A t1:61 t4: t5:62 t2:
lit B t0:62 t-144:622d t21:62 t-16384:6b6579 t0:61 t1:61e697a55f t2305843009213693952:cea9
pop B
diffup_l A t-3: t-2048:6b6579 t96:61 t39:2d t17:61 t-12288: t3:62
add A t26:62
discard B t5:
print B
add A t11:5f
xor B B A
print A
and B B B
print A
remove B t40:c3a9c3a920
print B
lit A t9: t26: t3:62 t42423:61 t153106:61f09f9880 t5: t-1:62
print B
remove A t1:5f61
interup_l B t2:61 t3:c3a9f09f98805f t29: t38:61 t22:
print A
print B
> (-144, 'b-')
> {(-16384, 'key'), (2305843009213693952, 'Ω'), (1, 'a日_'), (21, 'b'), (0, 'b'), (0, 'a')}
> {(1, 'a'), (4, ''), (2, ''), (11, '_'), (26, 'b'), (5, 'b')}
> {(1, 'a'), (4, ''), (2, ''), (11, '_'), (26, 'b'), (5, 'b')}
> KeyError: (40, 'éé ')
> {(1, 'a'), (4, ''), (-16384, 'key'), (2305843009213693952, 'Ω'), (1, 'a日_'), (11, '_'), (2, ''), (21, 'b'), (0, 'b'), (0, 'a'), (26, 'b'), (5, 'b')}
> {(1, 'a'), (4, ''), (-16384, 'key'), (2305843009213693952, 'Ω'), (1, 'a日_'), (11, '_'), (2, ''), (21, 'b'), (0, 'b'), (0, 'a'), (26, 'b'), (5, 'b')}
> KeyError: (1, '_a')
> {(9, ''), (42423, 'a'), (153106, 'a😀'), (26, ''), (5, ''), (3, 'b'), (-1, 'b')}
> set()
end
case tuple
lit A t256: t604502: t34:62
lit B t512:20e697a520
add B t-512:
pop A
print A
dict C t1:61 t741237:62 t33:62 t1:
add C t4:c3a9e697a5
ixor C C
print C
pop A
pop A
pop A
pop A
pop A
pop A
pop A
discard A t34:e697a5
inter_l B A t0:c3a9 t-1216:61 t1267650600228229401496703205379:6b6579 t1:6b6579 t320:2d61 t2305843009213693951:f09f9880 t544:62 t32: t7:62 t3:6b6579 t1536:62f09f9880 t14:c3a961 t4:
print B
symdiffup_d A
or C B B
symdiffup_l A t0: t1:6b6579 t3:61 t1:c3a9 t12: t4:62 t826820:61 t38:e697a562 t1:62 t320:20205f t3:61 t2:c3a9e697a5 t35: t3:
print A
ior B A
print A
print B
print C
> (256, '')
> {(604502, ''), (34, 'b')}
> set()
> (604502, '')
> (34, 'b')
> KeyError: 'pop from an empty set'
> KeyError: 'pop from an empty set'
> KeyError: 'pop from an empty set'
> KeyError: 'pop from an empty set'
> KeyError: 'pop from an empty set'
> set()
> {(1, 'b'), (38, '日b'), (826820, 'a'), (1, 'é'), (3, 'a'), (2, 'é日'), (0, ''), (12, ''), (35, ''), (4, 'b'), (3, ''), (320, '  _'), (1, 'key')}
> {(1, 'b'), (38, '日b'), (826820, 'a'), (1, 'é'), (3, 'a'), (2, 'é日'), (0, ''), (12, ''), (35, ''), (4, 'b'), (3, ''), (320, '  _'), (1, 'key')}
> {(1, 'b'), (2, 'é日'), (38, '日b'), (0, ''), (12, ''), (826820, 'a'), (35, ''), (4, 'b'), (3, ''), (320, '  _'), (1, 'é'), (1, 'key'), (3, 'a')}
> set()
end
"##;
}
