//! Bytes → text: byte-order marks, UTF-16, invalid UTF-8 (decoded lossily and flagged), and
//! inputs that are not text at all.

use crate::record::Warning;

/// Magic numbers of common binary formats met in scraped dumps.
const BINARY_MAGIC: &[&[u8]] = &[
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xFF\xD8\xFF",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x7FELF",
    b"RIFF",
    b"\x1F\x8B",
    b"BZh",
    b"\xFD7zXZ",
    b"7z\xBC\xAF",
];

/// Why bytes could not be turned into an article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText(pub String);

/// Decodes `bytes` as an article text.
///
/// A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is decoded; invalid UTF-8
/// is replaced with U+FFFD and reported in `warnings`. Bytes that look like an image, an
/// archive or an executable are refused.
pub fn decode(bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> Result<String, NotText> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest.to_vec(), warnings);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let little = bytes[0] == 0xFF;
        let units = bytes[2..].chunks(2).map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        let mut bad = 0usize;
        let text: String = char::decode_utf16(units)
            .map(|r| {
                r.unwrap_or_else(|_| {
                    bad += 1;
                    char::REPLACEMENT_CHARACTER
                })
            })
            .collect();
        let order = if little { "UTF-16LE" } else { "UTF-16BE" };
        warnings.push(Warning::new(
            "utf16",
            format!("decoded from {order} (byte-order mark found)"),
        ));
        if bad > 0 || bytes.len() % 2 == 1 {
            warnings.push(Warning::new(
                "invalid_utf16",
                format!("{bad} invalid UTF-16 sequences replaced with U+FFFD"),
            ));
        }
        return Ok(text);
    }
    if let Some(kind) = binary_kind(&bytes) {
        return Err(NotText(format!("input is not text ({kind})")));
    }
    decode_utf8(bytes, warnings)
}

fn decode_utf8(bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> Result<String, NotText> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let bad = text.matches(char::REPLACEMENT_CHARACTER).count()
                - count_real_replacement_chars(&bytes);
            warnings.push(Warning::new(
                "invalid_utf8",
                format!("{bad} invalid UTF-8 sequences replaced with U+FFFD"),
            ));
            Ok(text)
        }
    }
}

/// U+FFFD characters that were already in the input (EF BF BD).
fn count_real_replacement_chars(bytes: &[u8]) -> usize {
    memchr::memmem::find_iter(bytes, "\u{FFFD}".as_bytes()).count()
}

/// A short name for a binary format, when `bytes` look like one.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if BINARY_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Some("a binary file format signature");
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.is_empty() {
        return None;
    }
    // Control characters other than tab, newlines, form feed and escape are rare in text; a NUL
    // here and there is tolerated (scrapers leave them), a tenth of the bytes is not.
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    (control * 10 > head.len()).then_some("mostly control bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        let mut w = vec![];
        assert_eq!(decode(b"\xEF\xBB\xBFhi".to_vec(), &mut w).unwrap(), "hi");
        assert!(w.is_empty());
    }

    #[test]
    fn utf16_with_bom() {
        let mut w = vec![];
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Déjà $5".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(bytes, &mut w).unwrap(), "Déjà $5");
        assert_eq!(w[0].kind, "utf16");
    }

    #[test]
    fn invalid_utf8_is_lossy_and_flagged() {
        let mut w = vec![];
        let text = decode(b"a\xFFb \xEF\xBF\xBD".to_vec(), &mut w).unwrap();
        assert_eq!(text, "a\u{FFFD}b \u{FFFD}");
        assert_eq!(w[0].kind, "invalid_utf8");
        assert!(w[0].message.starts_with("1 invalid"), "{}", w[0].message);
    }

    #[test]
    fn binary_is_refused() {
        let mut w = vec![];
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0".to_vec(), &mut w).is_err());
        assert!(decode(vec![0u8; 100], &mut w).is_err());
        // A stray NUL in real text is tolerated.
        assert!(decode(b"Some text\0 with a NUL in it.".to_vec(), &mut w).is_ok());
    }
}
