//! Snapshots of whole records, one per corpus article, in `snapshots/`.
//!
//! A change to any extractor shows up here as a diff to review (`cargo insta review`, or read
//! the `.snap.new` files); never accept one blindly. The article text is left out of the
//! snapshots (its SHA-256 is in), so the files show what was extracted.

use newsextract::input::{InputOptions, Inputs};
use newsextract::{Output, Pipeline};

use crate::util::root;

/// A snapshot name from an article id: path separators and odd characters become `_`.
fn snapshot_name(id: &str) -> String {
    id.trim_start_matches("corpus/")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[test]
fn corpus_records() {
    let pipeline = Pipeline::builder().keep_text(false).build();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut names = std::collections::BTreeSet::new();
    let _guard = settings.bind_to_scope();
    let root = root();
    let inputs: Vec<_> = Inputs::new(&[root.join("corpus")], InputOptions::default()).collect();
    assert!(inputs.len() >= 16, "the corpus has at least 16 articles");
    for item in inputs {
        let mut article = item.expect("every corpus article reads");
        // Ids and paths relative to the repository root, as a user running in it would see
        // them, so that snapshots do not depend on where the repository is checked out.
        let prefix = format!("{}/", root.display());
        for s in [&mut article.id, &mut article.source.path] {
            if let Some(rest) = s.strip_prefix(&prefix) {
                *s = rest.to_string();
            }
        }
        let name = snapshot_name(&article.id);
        assert!(names.insert(name.clone()), "duplicate snapshot name {name}");
        match pipeline.process(article) {
            Output::Record(record) => insta::assert_json_snapshot!(name, record),
            Output::Error(e) => panic!("corpus article {} failed: {:?}", e.id, e.error),
        }
    }
}
