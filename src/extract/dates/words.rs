//! A fast, allocation-free look-up of short words, ASCII case-insensitive.
//!
//! The tagger looks up every word of the text (can it begin a date?) and the words around
//! each date (is this verb past or future?). A word of up to 16 bytes is packed into one
//! integer with its ASCII letters folded to lower case (read straight from the text when 16
//! bytes are available there), checked against a small bit filter that rejects most words
//! with one cached load, and found by Fibonacci hashing in an open-addressing table: no
//! hashing of strings, no allocation.

/// Bit 5 of every byte: OR-ing it folds ASCII upper case to lower case. Other bytes change
/// too, but the same way in the table and in the text, and padding becomes a space, which no
/// word contains.
const FOLD: u128 = 0x2020_2020_2020_2020_2020_2020_2020_2020;

/// `word` as one integer, ASCII case folded; `None` when longer than 16 bytes.
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    Some(u128::from_le_bytes(buf) | FOLD)
}

/// The word at `text[start..end]` packed as [`pack`] does, loading the 16 bytes at `start`
/// in one read when the text is long enough (a copy through a buffer stalls the load).
pub(crate) fn pack_at(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if len > 16 {
        return None;
    }
    match text.get(start..start + 16) {
        Some(chunk) => {
            let bytes: [u8; 16] = chunk.try_into().ok()?;
            let mask = if len == 16 {
                u128::MAX
            } else {
                (1u128 << (8 * len)) - 1
            };
            Some((u128::from_le_bytes(bytes) & mask) | FOLD)
        }
        None => pack(text.get(start..end)?),
    }
}

/// Words and a value for each.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<T> {
    /// Packed keys, power-of-two many slots; zero marks an empty slot (keys are never zero).
    keys: Vec<u128>,
    /// The value of each slot.
    values: Vec<T>,
    /// One bit per filter hash of each key: a clear bit means "not in the table".
    filter: Vec<u64>,
}

/// Bits in the filter (2 KB: it stays in the L1 cache).
const FILTER_BITS: usize = 1 << 14;

impl<T: Copy + Default> WordTable<T> {
    /// A table of `entries`; a word given twice gets `merge(old, new)`.
    pub(crate) fn new<'a>(
        entries: impl IntoIterator<Item = (&'a str, T)>,
        merge: fn(T, T) -> T,
    ) -> Self {
        let entries: Vec<(u128, T)> = entries
            .into_iter()
            .filter_map(|(w, v)| pack(w.as_bytes()).map(|k| (k, v)))
            .collect();
        let len = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = WordTable {
            keys: vec![0; len],
            values: vec![T::default(); len],
            filter: vec![0; FILTER_BITS / 64],
        };
        for (key, value) in entries {
            let (hash, bit) = hashes(key);
            table.filter[bit / 64] |= 1 << (bit % 64);
            let mut i = home(hash, len);
            loop {
                if table.keys[i] == 0 {
                    table.keys[i] = key;
                    table.values[i] = value;
                    break;
                }
                if table.keys[i] == key {
                    table.values[i] = merge(table.values[i], value);
                    break;
                }
                i = (i + 1) & (len - 1);
            }
        }
        table
    }

    /// The value of `word`, if it is in the table.
    pub(crate) fn get(&self, word: &str) -> Option<T> {
        self.get_packed(pack(word.as_bytes())?)
    }

    /// The value of a packed word ([`pack`], [`pack_at`]), if it is in the table.
    pub(crate) fn get_packed(&self, key: u128) -> Option<T> {
        let (hash, bit) = hashes(key);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let len = self.keys.len();
        let mut i = home(hash, len);
        loop {
            match self.keys[i] {
                0 => return None,
                k if k == key => return Some(self.values[i]),
                _ => i = (i + 1) & (len - 1),
            }
        }
    }
}

/// The table hash of `key` and its filter bit.
fn hashes(key: u128) -> (u64, usize) {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let hash = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (hash, (hash >> 20) as usize % FILTER_BITS)
}

/// The home slot of a hash in a table of `len` (a power of two) slots.
fn home(hash: u64, len: usize) -> usize {
    (hash >> (64 - len.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let t = WordTable::new(
            [("the", 1u8), ("Sept", 2), ("the", 4), ("valentine’s", 8)],
            |a, b| a | b,
        );
        assert_eq!(t.get("THE"), Some(5));
        assert_eq!(t.get("sept"), Some(2));
        assert_eq!(t.get("Valentine’s"), Some(8));
        assert_eq!(t.get("then"), None);
        assert_eq!(t.get("th"), None);
        assert_eq!(t.get(""), None);
        assert_eq!(t.get("a-very-long-word-indeed"), None);
        let text = b"said the Sept. meeting";
        assert_eq!(pack_at(text, 5, 8), pack(b"the"));
        assert_eq!(t.get_packed(pack_at(text, 9, 13).unwrap()), Some(2));
        assert_eq!(pack_at(text, 15, 22), pack(b"meeting"));
    }
}
