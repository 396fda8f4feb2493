//! Contract references: U.S. federal contract identifiers (PIIDs) and modification numbers.
//!
//! First version: the DoD display form `N00019-21-C-0010` (hyphens of any Unicode kind), the
//! flat form `N0001921C0010` and modification numbers `P00012` / `A00005`.

use std::sync::LazyLock;

use regex::Regex;

use super::{Document, Extractor, Layer, Mentions};
use crate::record::ContractMention;
use crate::segment::ByteSpan;

/// The contract-reference extractor.
pub struct Contracts;

const HYPHEN: &str = r"[-\u{2010}\u{2011}\u{2012}\u{2013}]";

static PIID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<id>[A-Z][A-Z0-9]{{5}}{HYPHEN}\d{{2}}{HYPHEN}[A-Z]{HYPHEN}\s?[A-Z0-9]{{4,8}}|[A-Z][A-Z0-9]{{5}}\d{{2}}[A-HJ-NP-Z][A-Z0-9]{{4,8}}|(?P<mod>[PA][0-9A-Z]{{2}}\d{{3}}))(?-u:\b)"
    ))
    .expect("contract pattern is valid")
});

impl Extractor for Contracts {
    fn name(&self) -> &'static str {
        "contracts"
    }

    fn layer(&self) -> Layer {
        Layer::Contracts
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        for caps in PIID.captures_iter(doc.text) {
            let m = caps.get(0).expect("group 0 always matches");
            let span = ByteSpan::new(m.start(), m.end());
            let text = m.as_str();
            // A flat PIID must mix letters and digits the way PIIDs do: a digit among the
            // first six, and digits in the fiscal-year positions.
            if caps.name("mod").is_none()
                && !text.chars().skip(1).take(5).any(|c| c.is_ascii_digit())
            {
                continue;
            }
            if caps.name("mod").is_some() && !text[1..].chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            if doc.in_boilerplate(span) {
                continue;
            }
            let l = doc.locate(span);
            found.contracts.push(ContractMention {
                start: l.start,
                end: l.end,
                value: l.text.clone(),
                text: l.text,
                kind: if caps.name("mod").is_some() {
                    "modification".into()
                } else {
                    "id".into()
                },
                byte_start: span.start,
                byte_end: span.end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_modifications() {
        let text = "a modification (P00010) to contract FA8540‐16‐C‐0003 and N0001921C0010, not FAR 52.217-8.";
        let doc = Document::new(text, None);
        let mut m = Mentions::default();
        Contracts.extract(&doc, &mut m);
        let got: Vec<(&str, &str)> = m
            .contracts
            .iter()
            .map(|c| (c.text.as_str(), c.kind.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("P00010", "modification"),
                ("FA8540‐16‐C‐0003", "id"),
                ("N0001921C0010", "id")
            ]
        );
    }
}
