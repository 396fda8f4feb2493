//! Compact JSON straight into a byte buffer, byte for byte what `serde_json::to_writer` writes,
//! with less work per string.
//!
//! A record is mostly short strings (every key, every mention's text) and the article text.
//! `serde_json` escapes a string one byte at a time through a table and goes through
//! `io::Write` for every piece; here the buffer is a `Vec<u8>` written directly, and a string
//! is scanned eight bytes at a time for the few bytes JSON escapes (`"`, `\` and control
//! characters), which most strings hold none of. Numbers are written by `serde_json`'s own
//! [`CompactFormatter`], so they cannot differ. Any `Serialize` type works (new record fields
//! need nothing here); a test compares the output with `serde_json`'s on every record of the
//! corpus and on strings made of every byte JSON escapes.

use serde::ser::{self, Serialize};
use serde_json::ser::{CompactFormatter, Formatter};

/// Appends `value` as compact JSON to `out`: the same bytes as `serde_json::to_writer`.
pub fn to_vec<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<()> {
    value.serialize(&mut Json { out })
}

/// The error type: `serde_json`'s, so that callers see one kind of error.
pub type Error = serde_json::Error;

type Result<T> = std::result::Result<T, Error>;

/// The serializer: a buffer to append to.
struct Json<'a> {
    out: &'a mut Vec<u8>,
}

/// What JSON escapes of each byte: 0 for nothing, else the letter after the backslash (`u` for
/// `\u00XX`), as `serde_json` writes them.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        table[i] = b'u';
        i += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Flags (the high bit of a byte) the bytes of the eight-byte word `w` that JSON escapes: a
/// byte below 0x20, or equal to `"` or `\`. The classic "has zero byte" test on `w - 0x20`,
/// `w ^ '"'` and `w ^ '\'`, limited to bytes under 0x80 (a non-ASCII byte is never escaped). A
/// borrow starts only at a byte that is flagged for real, so a false flag can only follow a real
/// one: the lowest flag is exact.
#[inline(always)]
fn escape_flags(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let control = w.wrapping_sub(ONES * 0x20);
    let quote = (w ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (w ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (control | quote | backslash) & !w & HIGH
}

/// The offset of the first byte of `bytes` that JSON escapes, if any; eight bytes at a time,
/// the last few in one word too: the eight bytes that end the string (overlapping bytes already
/// read, none of which is flagged, so none starts a borrow), or for a string of four to seven
/// bytes its first four and last four bytes side by side. Most strings of a record are short
/// (keys, mention texts), so their tail is most of the work.
#[inline]
fn first_escape(bytes: &[u8]) -> Option<usize> {
    let n = bytes.len();
    let lowest = |hits: u64| (hits.trailing_zeros() / 8) as usize;
    if n >= 8 {
        let mut chunks = bytes.chunks_exact(8);
        let mut offset = 0;
        for chunk in &mut chunks {
            let hits = escape_flags(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
            if hits != 0 {
                return Some(offset + lowest(hits));
            }
            offset += 8;
        }
        if chunks.remainder().is_empty() {
            return None;
        }
        let last: [u8; 8] = bytes[n - 8..].try_into().unwrap_or([0; 8]);
        let hits = escape_flags(u64::from_le_bytes(last));
        (hits != 0).then(|| n - 8 + lowest(hits))
    } else if n >= 4 {
        let head: [u8; 4] = bytes[..4].try_into().unwrap_or([0; 4]);
        let tail: [u8; 4] = bytes[n - 4..].try_into().unwrap_or([0; 4]);
        let word = u64::from(u32::from_le_bytes(head)) | u64::from(u32::from_le_bytes(tail)) << 32;
        let hits = escape_flags(word);
        // Lanes 0 to 3 are bytes 0 to 3, lanes 4 to 7 bytes n - 4 to n - 1.
        (hits != 0).then(|| match lowest(hits) {
            k @ 0..4 => k,
            k => n + k - 8,
        })
    } else {
        bytes.iter().position(|&b| ESCAPE[usize::from(b)] != 0)
    }
}

/// Appends `s` as a JSON string, quotes included.
#[inline]
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    match first_escape(bytes) {
        None => {
            out.reserve(bytes.len() + 2);
            out.push(b'"');
            out.extend_from_slice(bytes);
            out.push(b'"');
        }
        Some(at) => write_escaped(out, bytes, at),
    }
}

/// [`write_str`] for a string with a byte to escape at `at`.
#[cold]
#[inline(never)]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8], mut at: usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(bytes.len() + 8);
    out.push(b'"');
    let mut rest = bytes;
    loop {
        out.extend_from_slice(&rest[..at]);
        let byte = rest[at];
        match ESCAPE[usize::from(byte)] {
            b'u' => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xF)],
            ]),
            letter => out.extend_from_slice(&[b'\\', letter]),
        }
        rest = &rest[at + 1..];
        match first_escape(rest) {
            Some(next) => at = next,
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

impl Json<'_> {
    /// Runs a `serde_json` formatter method on the buffer (numbers); writing to a `Vec` cannot
    /// fail.
    fn format(
        &mut self,
        write: impl FnOnce(&mut CompactFormatter, &mut Vec<u8>) -> std::io::Result<()>,
    ) -> Result<()> {
        write(&mut CompactFormatter, self.out).map_err(Error::io)
    }
}

impl<'b> Json<'b> {
    /// Opens an enum variant holding a sequence or a struct: `{"Variant":` then `open`; the
    /// compound closes with `close`.
    fn variant<'a>(
        &'a mut self,
        variant: &str,
        open: &[u8],
        close: &'static [u8],
    ) -> Result<Compound<'a, 'b>> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(open);
        Ok(Compound {
            json: self,
            first: true,
            close,
        })
    }
}

impl<'a, 'b> ser::Serializer for &'a mut Json<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = Compound<'a, 'b>;
    type SerializeMap = Compound<'a, 'b>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Compound<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.format(|f, w| f.write_i8(w, v))
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.format(|f, w| f.write_i16(w, v))
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.format(|f, w| f.write_i32(w, v))
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.format(|f, w| f.write_i64(w, v))
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        self.format(|f, w| f.write_i128(w, v))
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.format(|f, w| f.write_u8(w, v))
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.format(|f, w| f.write_u16(w, v))
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.format(|f, w| f.write_u32(w, v))
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.format(|f, w| f.write_u64(w, v))
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        self.format(|f, w| f.write_u128(w, v))
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        if v.is_finite() {
            self.format(|f, w| f.write_f32(w, v))
        } else {
            self.serialize_unit()
        }
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        if v.is_finite() {
            self.format(|f, w| f.write_f64(w, v))
        } else {
            self.serialize_unit()
        }
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        // As `serde_json`: an array of numbers.
        let mut seq = ser::Serializer::serialize_seq(&mut *self, Some(v.len()))?;
        for b in v {
            ser::SerializeSeq::serialize_element(&mut seq, b)?;
        }
        ser::SerializeSeq::end(seq)
    }
    fn serialize_none(self) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<()> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'b>> {
        self.out.push(b'[');
        Ok(Compound {
            json: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, 'b>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>> {
        self.variant(variant, b":[", b"]}")
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'b>> {
        self.out.push(b'{');
        Ok(Compound {
            json: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, 'b>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>> {
        self.variant(variant, b":{", b"}}")
    }
}

/// An array, object or variant being written: its separator state and how it closes.
struct Compound<'a, 'b> {
    json: &'a mut Json<'b>,
    first: bool,
    close: &'static [u8],
}

impl Compound<'_, '_> {
    /// Writes the comma before every element but the first.
    fn separator(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.json.out.push(b',');
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.separator();
        value.serialize(&mut *self.json)
    }

    /// Writes a struct field. Inlined into each record type's `serialize`, where `key` is a
    /// constant: its escape check folds away and `"key":` is copied as a constant.
    #[inline(always)]
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        let out = &mut *self.json.out;
        if key.bytes().all(|b| ESCAPE[usize::from(b)] == 0) {
            out.reserve(key.len() + 4);
            if self.first {
                self.first = false;
            } else {
                out.push(b',');
            }
            out.push(b'"');
            out.extend_from_slice(key.as_bytes());
            out.extend_from_slice(b"\":");
        } else {
            self.separator();
            write_str(self.json.out, key);
            self.json.out.push(b':');
        }
        value.serialize(&mut *self.json)
    }

    fn finish(self) -> Result<()> {
        self.json.out.extend_from_slice(self.close);
        Ok(())
    }
}

/// The serde traits of sequences and tuples: every one writes its elements the same way.
macro_rules! sequence_serializer {
    ($($trait:ident :: $method:ident),* $(,)?) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.element(value)
            }
            fn end(self) -> Result<()> {
                self.finish()
            }
        }
    )*};
}

sequence_serializer!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.separator();
        key.serialize(MapKey {
            out: &mut *self.json.out,
        })
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.json.out.push(b':');
        value.serialize(&mut *self.json)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    #[inline(always)]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

/// A map key: JSON keys are strings, so numbers and booleans are quoted, as `serde_json` does;
/// other kinds of key are errors there and here.
struct MapKey<'a> {
    out: &'a mut Vec<u8>,
}

impl MapKey<'_> {
    fn quoted(
        self,
        write: impl FnOnce(&mut CompactFormatter, &mut Vec<u8>) -> std::io::Result<()>,
    ) -> Result<()> {
        self.out.push(b'"');
        write(&mut CompactFormatter, self.out).map_err(Error::io)?;
        self.out.push(b'"');
        Ok(())
    }
}

/// The error for a key that JSON cannot hold.
fn key_error() -> Error {
    ser::Error::custom("key must be a string")
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<()> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<()> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<()> {
        self.quoted(|f, w| f.write_bool(w, v))
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.quoted(|f, w| f.write_i8(w, v))
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.quoted(|f, w| f.write_i16(w, v))
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.quoted(|f, w| f.write_i32(w, v))
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.quoted(|f, w| f.write_i64(w, v))
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        self.quoted(|f, w| f.write_i128(w, v))
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.quoted(|f, w| f.write_u8(w, v))
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.quoted(|f, w| f.write_u16(w, v))
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.quoted(|f, w| f.write_u32(w, v))
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.quoted(|f, w| f.write_u64(w, v))
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        self.quoted(|f, w| f.write_u128(w, v))
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        if !v.is_finite() {
            return Err(ser::Error::custom(
                "float key must be finite (got NaN or +/-inf)",
            ));
        }
        self.quoted(|f, w| f.write_f32(w, v))
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        if !v.is_finite() {
            return Err(ser::Error::custom(
                "float key must be finite (got NaN or +/-inf)",
            ));
        }
        self.quoted(|f, w| f.write_f64(w, v))
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<()> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<()> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<()> {
        Err(key_error())
    }
    fn serialize_unit(self) -> Result<()> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        Err(key_error())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<()> {
        Err(key_error())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(key_error())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(key_error())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(key_error())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(key_error())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(key_error())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    fn same<T: Serialize + ?Sized>(value: &T) {
        let mut ours = Vec::new();
        to_vec(&mut ours, value).unwrap();
        let theirs = serde_json::to_vec(value).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        // Every byte JSON escapes, at every offset of a chunk, beside ASCII and non-ASCII text.
        let specials: Vec<char> = (0u8..0x20)
            .map(char::from)
            .chain(['"', '\\', '\u{7f}', 'é', '’', '\u{2028}', '😀', '/'])
            .collect();
        for &c in &specials {
            for before in 0..17 {
                for after in [0, 1, 7, 8, 9] {
                    let s = format!("{}{c}{}", "a".repeat(before), "é".repeat(after));
                    same(&s);
                    same(&format!("{s}{c}{c}\"x"));
                }
            }
        }
        same("");
        same(&(0u8..0x80).map(char::from).collect::<String>());
    }

    #[test]
    fn first_escape_is_exact() {
        // Bytes just above and below the escaped ones, and borrows across bytes.
        for filler in [0x20u8, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF, b'a'] {
            for special in [0x00u8, 0x01, 0x1F, b'"', b'\\'] {
                // Every length: the whole words, the overlapping last word, the two halves of
                // a short string and the bytes of a very short one.
                for len in 1..=20 {
                    for at in 0..len {
                        let mut bytes = vec![filler; len];
                        bytes[at] = special;
                        assert_eq!(
                            first_escape(&bytes),
                            Some(at),
                            "{filler} {special} {len} {at}"
                        );
                        // A second special after the first must not move the answer.
                        for later in at + 1..len {
                            let mut two = bytes.clone();
                            two[later] = special;
                            assert_eq!(
                                first_escape(&two),
                                Some(at),
                                "{filler} {special} {len} {at} {later}"
                            );
                        }
                    }
                }
            }
            for len in 0..=20 {
                assert_eq!(first_escape(&vec![filler; len]), None);
            }
        }
    }

    #[derive(Serialize)]
    enum Kind {
        Unit,
        Newtype(u8),
        Tuple(i32, f64),
        Struct { a: Option<String>, b: Vec<u8> },
    }

    #[derive(Serialize)]
    struct Everything {
        flag: bool,
        small: i8,
        negative: i64,
        big: u128,
        float: f64,
        float32: f32,
        nan: f64,
        infinite: f32,
        letter: char,
        none: Option<u32>,
        unit: (),
        kinds: Vec<Kind>,
        tuple: (u8, &'static str),
        map: BTreeMap<String, Vec<u16>>,
        int_keys: BTreeMap<i32, bool>,
        bool_keys: BTreeMap<bool, ()>,
        empty: Vec<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
    }

    #[test]
    fn every_kind_of_value_as_serde_json() {
        let value = Everything {
            flag: true,
            small: -7,
            negative: i64::MIN,
            big: u128::MAX,
            float: 8_372_721.0,
            float32: 0.1,
            nan: f64::NAN,
            infinite: f32::INFINITY,
            letter: '"',
            none: None,
            unit: (),
            kinds: vec![
                Kind::Unit,
                Kind::Newtype(3),
                Kind::Tuple(-1, 1e-7),
                Kind::Struct {
                    a: Some("x\ny".into()),
                    b: vec![],
                },
            ],
            tuple: (1, "t"),
            map: [("k\"ey".to_string(), vec![1, 2]), ("".to_string(), vec![])]
                .into_iter()
                .collect(),
            int_keys: [(-5, true), (7, false)].into_iter().collect(),
            bool_keys: [(true, ())].into_iter().collect(),
            empty: vec![],
            skipped: None,
        };
        same(&value);
        for f in [0.0, -0.0, 1.5e300, 123456.789, 1e21, 1e-5] {
            same(&f);
        }
    }

    #[test]
    fn unsupported_keys_are_errors() {
        let map: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
        assert!(to_vec(&mut Vec::new(), &map).is_err());
        assert!(serde_json::to_vec(&map).is_err());
    }
}
