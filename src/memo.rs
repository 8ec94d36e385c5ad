//! Per-thread memos keyed by a 64-bit hash: text repeats its words, so the word rules ask the
//! same questions of the lexicon and the error channel again and again. A hash key makes a
//! lookup allocate nothing.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// A per-thread memo: values by a 64-bit hash of what was asked.
pub type Memo<V> = RefCell<FxHashMap<u64, V>>;

/// The value remembered under `key`, or `compute`'s, remembered. A memo that holds `capacity`
/// entries starts afresh, which bounds its memory.
pub fn remembered<V: Clone>(
    memo: &'static LocalKey<Memo<V>>,
    capacity: usize,
    key: u64,
    compute: impl FnOnce() -> V,
) -> V {
    if let Some(hit) = memo.with(|m| m.borrow().get(&key).cloned()) {
        return hit;
    }
    let value = compute();
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= capacity {
            m.clear();
        }
        m.insert(key, value.clone());
    });
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static TEST_MEMO: Memo<u32> = RefCell::new(FxHashMap::default());
    }

    #[test]
    fn a_value_is_computed_once_until_the_memo_starts_afresh() {
        let mut calls = 0;
        let mut ask = |key| {
            remembered(&TEST_MEMO, 2, key, || {
                calls += 1;
                key as u32 * 10
            })
        };
        assert_eq!((ask(1), ask(1), ask(2)), (10, 10, 20));
        assert_eq!(ask(3), 30, "the third key clears the full memo");
        assert_eq!(ask(1), 10);
        assert_eq!(calls, 4);
    }
}
