//! Named entities end to end through the pipeline: representative news sentences, the entity
//! index, and hostile input (nothing panics, nothing overlaps, cost stays linear).

use newsextract::record::EntityType::{self, Loc, Misc, Org, Person};
use newsextract::{Article, Pipeline, Record};

fn record(text: &str) -> Record {
    Pipeline::default().extract(&Article::from_text("t", text))
}

/// The (text, type) pairs found in `text`.
fn found(text: &str) -> Vec<(String, EntityType)> {
    record(text)
        .entities
        .into_iter()
        .map(|e| (e.text, e.kind))
        .collect()
}

fn assert_has(text: &str, want: &[(&str, EntityType)]) {
    let got = found(text);
    for (name, kind) in want {
        assert!(
            got.iter().any(|(n, k)| n == name && k == kind),
            "{name} ({kind:?}) not found in {text:?}: {got:?}"
        );
    }
}

fn assert_lacks(text: &str, names: &[&str]) {
    let got = found(text);
    for name in names {
        assert!(
            !got.iter().any(|(n, _)| n == name),
            "{name} should not be a mention in {text:?}: {got:?}"
        );
    }
}

#[test]
fn representative_sentences() {
    let table: &[(&str, &[(&str, EntityType)])] = &[
        (
            "U.S. Immigration and Customs Enforcement is planning new spending with Microsoft Corp. and Amazon.com Inc.’s Amazon Web Services unit.",
            &[
                ("U.S. Immigration and Customs Enforcement", Org),
                ("Microsoft Corp.", Org),
                ("Amazon.com Inc.", Org),
                ("Amazon Web Services", Org),
            ],
        ),
        (
            "In July 2018 more than 100 Microsoft employees wrote to Chief Executive Officer Satya Nadella. Nadella did not reply.",
            &[
                ("Microsoft", Org),
                ("Satya Nadella", Person),
                ("Nadella", Person),
            ],
        ),
        (
            "The Department of Homeland Security includes ICE and U.S. Customs and Border Protection, or CBP. CBP declined to comment.",
            &[
                ("Department of Homeland Security", Org),
                ("ICE", Org),
                ("U.S. Customs and Border Protection", Org),
                ("CBP", Org),
            ],
        ),
        (
            "Sen. Jim Risch of Idaho called the award to Constellis, a private security firm based in Reston, Va., a mess.",
            &[
                ("Jim Risch", Person),
                ("Idaho", Loc),
                ("Constellis", Org),
                ("Reston", Loc),
                ("Va.", Loc),
            ],
        ),
        (
            "Democrats criticized the Trump-era rules, and German officials agreed, the company said.",
            &[("Democrats", Misc), ("Trump", Person), ("German", Misc)],
        ),
        (
            "“We will keep working with the agency,” said Kurian, who runs Google Cloud.",
            &[("Kurian", Person), ("Google Cloud", Org)],
        ),
        (
            "The Navy ordered more F-35C jets from Lockheed Martin Corp. for the USS Gerald Ford.",
            &[
                ("Navy", Org),
                ("F-35C", Misc),
                ("Lockheed Martin Corp.", Org),
            ],
        ),
        (
            "The Boston-based startup hired John F. Kennedy Jr. and moved to Silicon Valley.",
            &[
                ("Boston", Loc),
                ("John F. Kennedy Jr.", Person),
                ("Silicon Valley", Loc),
            ],
        ),
    ];
    for (text, want) in table {
        assert_has(text, want);
    }
}

#[test]
fn spans_leave_out_titles_articles_and_possessives() {
    let got =
        found("The company’s chief, President Joe Biden’s adviser, met the Pentagon’s staff.");
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"Joe Biden"), "{names:?}");
    assert!(names.contains(&"Pentagon"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("The ") || n.ends_with("’s"))
    );
}

#[test]
fn sentence_starts_and_headlines_need_evidence() {
    let text = "ICE Seeks Significant New Cloud Deal Involving Microsoft, Amazon\n\n\
                Immigration officials want new cloud services. Microsoft and Amazon declined to \
                comment. Servers stand in a room. Officials said ICE would decide in 2021.";
    assert_has(text, &[("ICE", Org), ("Microsoft", Org), ("Amazon", Org)]);
    assert_lacks(
        text,
        &[
            "Significant",
            "Cloud Deal",
            "Servers",
            "Officials",
            "Immigration",
        ],
    );
}

#[test]
fn all_caps_lines_use_the_lists_and_the_article() {
    let text = "STATE DEPARTMENT CANCELS EMBASSY GUARD CONTRACT WITH CONSTELLIS IN GERMANY\n\n\
                The State Department canceled the contract with Constellis, a security firm.";
    assert_has(text, &[("CONSTELLIS", Org), ("GERMANY", Loc)]);
    assert_lacks(text, &["CANCELS", "EMBASSY GUARD CONTRACT", "EMBASSY"]);
}

#[test]
fn sports_pages_make_teams_of_places() {
    let text = "BOSTON — Rafael Devers hit a two-run double in the 10th inning and the Boston Red Sox \
                beat the New York Yankees 6-4. Devers, 24, has three homers against New York this \
                season. The Yankees scored in the sixth off the pitcher. Sweden defeated South Korea \
                1-0 in the match, and the coach praised the goalkeeper.";
    assert_has(
        text,
        &[
            ("BOSTON", Loc),
            ("Rafael Devers", Person),
            ("Devers", Person),
            ("Boston Red Sox", Org),
            ("New York Yankees", Org),
            ("Yankees", Org),
            ("Sweden", Org),
            ("South Korea", Org),
        ],
    );
}

#[test]
fn entity_index_groups_mentions() {
    let r = record(
        "Microsoft Corp. said Satya Nadella would visit. Nadella said Microsoft would bid. \
         The Defense Information Systems Agency (DISA) runs the network; DISA declined to comment.",
    );
    let by_text = |t: &str| {
        r.entities
            .iter()
            .position(|e| e.text == t)
            .unwrap_or_else(|| panic!("{t} not found: {:?}", r.entities))
    };
    let nadella = &r.entities[by_text("Nadella")];
    assert_eq!(nadella.canonical.as_deref(), Some("Satya Nadella"));
    let microsoft = &r.entities[by_text("Microsoft")];
    assert_eq!(microsoft.canonical.as_deref(), Some("Microsoft Corp."));
    let disa = &r.entities[by_text("DISA")];
    assert_eq!(
        disa.canonical.as_deref(),
        Some("Defense Information Systems Agency")
    );
    // Every mention points at an entity that lists it, and the index is consistent.
    for (i, m) in r.entities.iter().enumerate() {
        let e = m.entity.expect("every mention has an entity");
        assert!(r.entity_index[e].mentions.contains(&i));
        assert_eq!(r.entity_index[e].kind, m.kind);
        assert_eq!(Some(&r.entity_index[e].canonical), m.canonical.as_ref());
    }
    let json = serde_json::to_value(&r).unwrap();
    assert!(json["entity_index"].is_array());
    assert!(json["entities"][0]["entity"].is_u64());
}

/// Mentions are sorted, do not overlap, and their offsets give back their text.
fn check_invariants(text: &str) {
    let r = record(text);
    let chars: Vec<char> = text.chars().collect();
    let mut last_end = 0;
    for m in &r.entities {
        assert!(m.start >= last_end && m.start < m.end, "{m:?}");
        assert!(m.end <= chars.len());
        let s: String = chars[m.start..m.end].iter().collect();
        assert_eq!(s, m.text);
        last_end = m.end;
    }
}

#[test]
fn hostile_input_stays_safe_and_linear() {
    // Each of these finishes quickly in a debug build only if the recognizer is linear.
    let cases = [
        "Word ".repeat(10_000),
        "A. ".repeat(200_000),
        "Inc. ".repeat(50_000),
        "Department of ".repeat(20_000),
        "U.S. ".repeat(50_000),
        "Mr. Smith and Jones & Co. of New York, ".repeat(5_000),
        "(ICE) ".repeat(20_000),
        "’s ’s ' - . , ".repeat(10_000),
        "\u{301}É\u{200b}ß İ ǅ ".repeat(5_000),
        "THE QUICK BROWN FOX OF NEW YORK ".repeat(5_000),
        String::new(),
        " \n\n ".to_string(),
    ];
    for text in &cases {
        check_invariants(text);
    }
}

#[test]
fn offsets_are_code_points() {
    let text = "Café owners in Zürich — and Nadella’s “Microsoft” — met Señor José García.";
    check_invariants(text);
    assert_has(text, &[("Zürich", Loc), ("Microsoft", Org)]);
}
