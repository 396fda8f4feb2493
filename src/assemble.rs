//! Assembly: the article, its document and the mentions found become one [`Record`].

use sha2::{Digest, Sha256};

use crate::extract::{Document, Mentions};
use crate::input::Article;
use crate::record::{Boilerplate, DctSource, Record, Stats, Warning};

/// Builds the record of `article`.
pub fn record(
    article: &Article,
    doc: &Document<'_>,
    found: Mentions,
    dct_source: DctSource,
    warnings: Vec<Warning>,
    keep_text: bool,
) -> Record {
    let boilerplate = doc
        .boilerplate
        .iter()
        .map(|r| Boilerplate {
            start: doc.char_offset(r.span.start),
            end: doc.char_offset(r.span.end),
            text: doc.slice(r.span).to_string(),
            reason: r.reason.to_string(),
            byte_start: r.span.start,
            byte_end: r.span.end,
        })
        .collect();
    Record {
        id: article.id.clone(),
        source: article.source.clone(),
        title: article.title.clone(),
        url: article.url.clone(),
        dct: doc.dct.map(|d| d.to_string()),
        dct_source,
        text_sha256: sha256_hex(article.text.as_bytes()),
        stats: Stats {
            chars: doc.char_len(),
            words: doc.words.len(),
            sentences: doc.sentences.len(),
        },
        warnings,
        boilerplate,
        entities: found.entities,
        dates: found.dates,
        money: found.money,
        contracts: found.contracts,
        entity_index: found.entity_index,
        contract_events: found.contract_events,
        text: keep_text.then(|| article.text.clone()),
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(b & 0xF), 16).unwrap_or('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_empty_and_abc() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
