//! Prints what the entity recognizer thinks of each name in a text: the candidates with their
//! cues and scores, then the mentions it keeps. A tool for reading errors, not for production.
//!
//! ```sh
//! cargo run --release --example entity_cues -- FILE [SUBSTRING]
//! ```
//! FILE is a text file, or a JSONL file of gold or articles (each line's `text`); with
//! SUBSTRING, only candidates whose line contains it are printed.

use newsextract::extract::Document;
use newsextract::extract::entities::{self, LexedText, candidates, classify, link};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        anyhow::bail!("usage: entity_cues FILE [SUBSTRING]");
    };
    let filter = args.get(2).map(String::as_str);
    let raw = std::fs::read_to_string(path)?;
    let texts: Vec<String> = if path.ends_with(".jsonl") {
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
            .collect()
    } else {
        vec![raw]
    };
    for text in &texts {
        let doc = Document::new(text, None);
        let lt = LexedText::new(&doc);
        let cands = candidates::find(&lt);
        println!("sports report: {}", lt.sports);
        let line_of = |start: usize| {
            let s = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let e = text[start..].find('\n').map_or(text.len(), |i| start + i);
            &text[s..e]
        };
        for c in &cands {
            if filter.is_some_and(|f| !line_of(c.span.start).contains(f)) {
                continue;
            }
            let t = classify::classify(&lt, c);
            let (kind, score) = classify::best(t.scores);
            let cues: Vec<String> = classify::WEIGHTS
                .iter()
                .filter(|(cue, _)| t.cues.has(*cue))
                .map(|(cue, _)| format!("{cue:?}"))
                .collect();
            println!(
                "{:<40} {:?} {:.1} {:?}{} {}",
                format!("{:?}", &text[c.span.start..c.span.end]),
                kind,
                score,
                t.scores,
                if t.reject { " REJECT" } else { "" },
                cues.join(",")
            );
        }
        let found: Vec<link::Found> = entities::recognize(&doc);
        for f in found {
            if filter.is_some_and(|x| !line_of(f.span.start).contains(x)) {
                continue;
            }
            println!("  => {:?} {:?}", &text[f.span.start..f.span.end], f.kind);
        }
    }
    Ok(())
}
