//! Adversarial inputs: texts built to make hand-written loops super-linear.
//!
//! The regex engine is linear-time, but the code around it scans backwards from a match, merges
//! sentences, compares lines with earlier lines… Each generator here targets one such loop and
//! makes a text of about the requested size, so that a benchmark can compare its throughput
//! with [`normal_text`] of the same size (the requirement: within 3× of normal text). [`CASES`]
//! lists them all for a benchmark or a test to iterate over.
//!
//! ```
//! use newsextract::testing::adversarial::{CASES, initials};
//!
//! assert!(initials(1000).starts_with("A. A. A."));
//! for case in CASES {
//!     let text = (case.make)(10_000);
//!     assert!(text.len() >= 10_000 && text.len() < 12_000, "{}", case.name);
//! }
//! ```

/// One adversarial input: a name for reports and a generator taking a size in bytes.
#[derive(Debug, Clone, Copy)]
pub struct Case {
    /// Short stable name (`initials`, `dollar_signs`…).
    pub name: &'static str,
    /// What the input attacks.
    pub about: &'static str,
    /// Makes a text of at least `bytes` bytes (and not much more).
    pub make: fn(bytes: usize) -> String,
}

/// Every adversarial input, with [`normal_text`] first as the baseline.
pub const CASES: &[Case] = &[
    Case {
        name: "normal",
        about: "ordinary news prose: the baseline",
        make: normal_text,
    },
    Case {
        name: "initials",
        about: "\"A. A. A.\": every period a possible sentence end, every letter an initial",
        make: initials,
    },
    Case {
        name: "capitalised_run",
        about: "one capitalised run of thousands of words: a single huge entity candidate",
        make: capitalised_run,
    },
    Case {
        name: "org_suffixes",
        about: "\"Inc. Inc. Inc.\": abbreviations that never end a sentence",
        make: org_suffixes,
    },
    Case {
        name: "dollar_signs",
        about: "a run of \"$\" signs: currency prefixes with no amount",
        make: dollar_signs,
    },
    Case {
        name: "amounts",
        about: "back-to-back money amounts with qualifiers, each looking back for its qualifier",
        make: amounts,
    },
    Case {
        name: "nested_quotes",
        about: "quotes and brackets nested thousands deep",
        make: nested_quotes,
    },
    Case {
        name: "long_line",
        about: "prose on one line with no line break",
        make: long_line,
    },
    Case {
        name: "long_word",
        about: "one word with no space, capitals inside: look-backs find no word start",
        make: long_word,
    },
    Case {
        name: "boilerplate_lines",
        about: "thousands of boilerplate lines, each a region every sentence is checked against",
        make: boilerplate_lines,
    },
    Case {
        name: "captions",
        about: "caption lines one after another, each compared with the captions before",
        make: captions,
    },
    Case {
        name: "date_fragments",
        about: "month names, numbers and years without end",
        make: date_fragments,
    },
    Case {
        name: "contract_like",
        about: "upper-case letters and digits that almost make contract numbers",
        make: contract_like,
    },
    Case {
        name: "multibyte",
        about: "right-to-left text, emoji and combining marks: every offset a multi-byte one",
        make: multibyte,
    },
];

/// Repeats `unit` until the text has at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    let n = bytes.div_ceil(unit.len().max(1));
    unit.repeat(n.max(1))
}

/// Ordinary news prose (several paragraphs, repeated): the baseline the others are compared with.
pub fn normal_text(bytes: usize) -> String {
    const PARAGRAPHS: &str = "WASHINGTON — The Department of Homeland Security said on Tuesday \
        that it had awarded Acme Corp. a contract worth at least $100 million over five years, \
        with an option for two more. The award, numbered HSCEMD-21-C-00012, follows a review \
        that began in mid-January.\n\nAcme's chief executive officer, Jane Smith, said the company \
        would hire about 300 people in Lockport, New York, by the third quarter of fiscal 2021. \
        Shares of the company rose 4.5% to $38.20 in New York trading.\n\n";
    repeat_to(PARAGRAPHS, bytes)
}

/// `"A. A. A. …"`.
pub fn initials(bytes: usize) -> String {
    repeat_to("A. ", bytes)
}

/// One run of capitalised words without a lower-case word between them.
pub fn capitalised_run(bytes: usize) -> String {
    repeat_to(
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett ",
        bytes,
    )
}

/// `"Inc. Inc. Inc. …"`.
pub fn org_suffixes(bytes: usize) -> String {
    repeat_to("Inc. ", bytes)
}

/// `"$$$$…"`.
pub fn dollar_signs(bytes: usize) -> String {
    "$".repeat(bytes.max(1))
}

/// `"at least $1 million, about $2, up to €3.5 billion, …"` with no other words.
pub fn amounts(bytes: usize) -> String {
    repeat_to(
        "at least $1 million, about $2, up to €3.5 billion, $4,000,000, ",
        bytes,
    )
}

/// Quotes and brackets opened thousands deep, then closed.
pub fn nested_quotes(bytes: usize) -> String {
    const OPEN: &str = "He said “She said ‘They said «(\"[";
    const CLOSE: &str = "]\")»’”. ";
    let depth = bytes.div_ceil(OPEN.len() + CLOSE.len()).max(1);
    let mut text = OPEN.repeat(depth);
    text.push_str("Acme Corp. paid $5 million");
    text.push_str(&CLOSE.repeat(depth));
    text
}

/// Prose with no line break at all.
pub fn long_line(bytes: usize) -> String {
    normal_text(bytes).replace('\n', " ")
}

/// One "word" with no whitespace, capitals and digits inside (`aFoo1aFoo1…`).
pub fn long_word(bytes: usize) -> String {
    repeat_to("aFoo1.Bar$2", bytes)
}

/// `"Loading...\n\nAdvertisement\n\nA story line.\n\n"` repeated.
pub fn boilerplate_lines(bytes: usize) -> String {
    repeat_to("Loading...\n\nAdvertisement\n\nA story line.\n\n", bytes)
}

/// Caption lines and photo credits one after another.
pub fn captions(bytes: usize) -> String {
    repeat_to(
        "a view of a city street: Servers stand in a computer room at the data center in Lockport, New York.\n\
         © Photographer: Bloomberg/Bloomberg\n",
        bytes,
    )
}

/// `"Jan. 1 2020 Feb. 2, 2021 mid-March 1999 …"`.
pub fn date_fragments(bytes: usize) -> String {
    repeat_to(
        "Jan. 1 2020 Feb. 2, 2021 mid-March 1999 the third quarter of fiscal 2020 five years ",
        bytes,
    )
}

/// `"N00019-21-C-0010 NAAAAA21CAAAA P00012 …"` and long upper-case runs.
pub fn contract_like(bytes: usize) -> String {
    repeat_to(
        "N00019-21-C-0010 NAAAAA21CAAAA P00012 AB1234567890CDEFGHIJKLMNOPQRSTUVWXYZ ",
        bytes,
    )
}

/// Arabic and Hebrew words, emoji with joiners and skin tones, combining accents.
pub fn multibyte(bytes: usize) -> String {
    repeat_to(
        "قالت الشركة 👩🏽‍💻 שלום עולם e\u{301}te\u{301} Ünïcödé 🇺🇸 $5 million ",
        bytes,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_near_the_request() {
        for case in CASES {
            for bytes in [1, 100, 50_000] {
                let text = (case.make)(bytes);
                assert!(text.len() >= bytes, "{} too short", case.name);
                assert!(text.len() < bytes + 1_000, "{} too long", case.name);
            }
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), CASES.len());
    }
}
