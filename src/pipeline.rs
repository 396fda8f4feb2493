//! The per-article pipeline: clean → segment → extract → assemble.
//!
//! A [`Pipeline`] is configured once with [`Pipeline::builder`] and then shared by every worker
//! thread; [`Pipeline::process`] turns one [`Article`] into one [`Output`] and never panics: a
//! panic inside an extractor becomes an error record for that article alone.

use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;

use crate::assemble;
use crate::calendar::Dct;
use crate::dct;
use crate::extract::{self, Document, Extractor, Layer, Mentions};
use crate::input::Article;
use crate::record::{
    DctSource, ErrorInfo, ErrorKind, ErrorRecord, Output, Record, SourceRef, Warning,
};

/// Configures a [`Pipeline`].
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    dct: Option<Dct>,
    keep_text: bool,
    layers: Vec<Layer>,
    extractors: Option<ExtractorList>,
}

/// Extractors given to [`PipelineBuilder::extractors`]; shared, so that the builder stays cheap
/// to clone.
#[derive(Clone)]
struct ExtractorList(Vec<Arc<dyn Extractor>>);

impl fmt::Debug for ExtractorList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|e| e.name()))
            .finish()
    }
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            dct: None,
            keep_text: true,
            layers: Layer::ALL.to_vec(),
            extractors: None,
        }
    }
}

impl PipelineBuilder {
    /// Publication date for articles whose input carries none (the `--dct` option).
    pub fn dct(mut self, dct: Option<Dct>) -> Self {
        self.dct = dct;
        self
    }

    /// Whether records include the article text (default: yes).
    pub fn keep_text(mut self, keep: bool) -> Self {
        self.keep_text = keep;
        self
    }

    /// The layers to extract (default: all). Other layers stay empty.
    pub fn layers(mut self, layers: &[Layer]) -> Self {
        self.layers = layers.to_vec();
        self
    }

    /// The extractors to run, in order, instead of [`extract::registry`] (default): to add
    /// one of your own, or replace one. The layer filter still applies.
    pub fn extractors(mut self, extractors: Vec<Box<dyn Extractor>>) -> Self {
        self.extractors = Some(ExtractorList(
            extractors.into_iter().map(Arc::from).collect(),
        ));
        self
    }

    /// Freezes the configuration.
    pub fn build(self) -> Pipeline {
        let all = match self.extractors {
            Some(list) => list.0,
            None => extract::registry().into_iter().map(Arc::from).collect(),
        };
        let extractors = all
            .into_iter()
            .filter(|e| self.layers.contains(&e.layer()))
            .collect();
        Pipeline {
            extractors,
            dct: self.dct,
            keep_text: self.keep_text,
        }
    }
}

/// A configured pipeline; cheap to share across threads.
pub struct Pipeline {
    extractors: Vec<Arc<dyn Extractor>>,
    dct: Option<Dct>,
    keep_text: bool,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::builder().build()
    }
}

impl Pipeline {
    /// A builder with the defaults: every layer, text kept, no `--dct`.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The record of one article, or an error record if an extractor panicked on it.
    pub fn process(&self, article: Article) -> Output {
        match panic::catch_unwind(AssertUnwindSafe(|| self.record_of(&article, false))) {
            Ok(mut record) => {
                // The article is ours: its text moves into the record instead of being copied.
                if self.keep_text {
                    record.text = Some(article.text);
                }
                Output::Record(Box::new(record))
            }
            Err(payload) => Output::Error(panic_record(
                article.id,
                article.source,
                panic_message(payload.as_ref()),
            )),
        }
    }

    /// The first part of [`Pipeline::process`] on a borrowed article: its DCT, its document and
    /// every extractor but the last. [`Pipeline::finish`], on any thread, gives the same output
    /// as `process` would. Two threads that each run one part on a stream of articles each
    /// search with only their own part's patterns, so that every regex keeps one search cache
    /// instead of one per thread (see `batch`).
    pub fn start<'a>(&self, article: &'a Article) -> Halfway<'a> {
        let state = panic::catch_unwind(AssertUnwindSafe(|| self.begin(article)))
            .map_err(|payload| panic_message(payload.as_ref()));
        Halfway { article, state }
    }

    /// The rest of [`Pipeline::process`] after [`Pipeline::start`]: the last extractor and the
    /// record (with a copy of the text when the pipeline keeps it).
    pub fn finish(&self, half: Halfway<'_>) -> Output {
        let article = half.article;
        let record = half.state.and_then(|started| {
            panic::catch_unwind(AssertUnwindSafe(|| {
                self.complete(article, started, self.keep_text)
            }))
            .map_err(|payload| panic_message(payload.as_ref()))
        });
        match record {
            Ok(record) => Output::Record(Box::new(record)),
            Err(what) => Output::Error(panic_record(
                article.id.clone(),
                article.source.clone(),
                what,
            )),
        }
    }

    /// Builds, on the calling thread, the tables (compiled patterns and the like, built on
    /// first use) that [`Pipeline::finish`] will need for `article`, while another thread runs
    /// [`Pipeline::start`] on it: the last extractor runs on the article's document with
    /// nothing found before it, and what it finds is dropped (most of its tables do not depend
    /// on what was found; the others are built by `finish`). Each table is built once, by
    /// whichever thread needs it first (a thread that needs one being built waits for it), so
    /// this changes no output; it moves work onto an idle core. A panic is caught and ignored:
    /// [`Pipeline::finish`] reports it on the article itself.
    pub fn warm_up_finish(&self, article: &Article) {
        let _ = panic::catch_unwind(AssertUnwindSafe(|| {
            let (dct, _) = self.publication_date(article, &mut Vec::new());
            let doc = Document::new(&article.text, dct);
            if let Some(extractor) = self.extractors.last() {
                extractor.extract(&doc, &mut Mentions::default());
            }
        }));
    }

    /// What the thread that ran [`Pipeline::start`] on `half` may build, once its part is done,
    /// for [`Pipeline::finish`] on another thread: the last extractor's helper
    /// ([`crate::extract::Extractor::helper`]), which compiles tables without searching them.
    /// Like the warm-up, it changes no output: each table is built once, by whichever thread
    /// needs it first. None after a panic (caught: `finish` reports it).
    pub fn finish_helper(&self, half: &Halfway<'_>) -> Option<fn()> {
        let started = half.state.as_ref().ok()?;
        let extractor = self.extractors.last()?;
        panic::catch_unwind(AssertUnwindSafe(|| {
            extractor.helper(&started.doc, &started.found)
        }))
        .ok()
        .flatten()
    }

    /// The record of one article. Panics only on a bug in an extractor; batch callers use
    /// [`Pipeline::process`], which catches that.
    pub fn extract(&self, article: &Article) -> Record {
        self.record_of(article, self.keep_text)
    }

    /// The record of one article, with a copy of its text when `with_text`.
    fn record_of(&self, article: &Article, with_text: bool) -> Record {
        self.complete(article, self.begin(article), with_text)
    }

    /// The DCT, the document and every extractor but the last.
    fn begin<'a>(&self, article: &'a Article) -> Started<'a> {
        let mut warnings = article.warnings.clone();
        let (dct, dct_source) = self.publication_date(article, &mut warnings);
        let doc = Document::new(&article.text, dct);
        let mut found = Mentions::default();
        let first = self.extractors.len().saturating_sub(1);
        for extractor in &self.extractors[..first] {
            extractor.extract(&doc, &mut found);
            found.normalize(&doc);
        }
        Started {
            doc,
            found,
            dct_source,
            warnings,
        }
    }

    /// The last extractor and the record, after [`Pipeline::begin`].
    fn complete(&self, article: &Article, started: Started<'_>, with_text: bool) -> Record {
        let Started {
            doc,
            mut found,
            dct_source,
            warnings,
        } = started;
        if let Some(extractor) = self.extractors.last() {
            extractor.extract(&doc, &mut found);
            found.normalize(&doc);
        }
        assemble::record(article, &doc, found, dct_source, warnings, with_text)
    }

    /// The article's DCT: from the input, else `--dct`, else the text.
    fn publication_date(
        &self,
        article: &Article,
        warnings: &mut Vec<Warning>,
    ) -> (Option<Dct>, DctSource) {
        if let Some(raw) = &article.dct {
            match Dct::parse(raw) {
                Some(d) => return (Some(d), DctSource::Input),
                None => warnings.push(Warning::new(
                    "bad_dct",
                    format!("publication date {raw:?} is not an ISO date; ignored"),
                )),
            }
        }
        if let Some(d) = self.dct {
            return (Some(d), DctSource::Cli);
        }
        match dct::from_text(&article.text) {
            Some(d) => (Some(d), DctSource::Text),
            None => (None, DctSource::None),
        }
    }
}

/// An article after [`Pipeline::start`]: what [`Pipeline::finish`] needs, or the message of a
/// panic.
pub struct Halfway<'a> {
    article: &'a Article,
    state: Result<Started<'a>, String>,
}

/// What the first part of the pipeline made of an article.
struct Started<'a> {
    doc: Document<'a>,
    found: Mentions,
    dct_source: DctSource,
    warnings: Vec<Warning>,
}

/// The message of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// The error record of an article whose extraction panicked with `what`.
fn panic_record(id: String, source: SourceRef, what: String) -> ErrorRecord {
    ErrorRecord {
        id,
        source,
        error: ErrorInfo {
            kind: ErrorKind::Panic,
            message: format!("internal error while extracting: {what}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dct_precedence() {
        let p = Pipeline::builder().dct(Dct::parse("2020-12-10")).build();
        let mut a = Article::from_text("a", "WASHINGTON, March 3, 2021 — Text.");
        assert_eq!(p.extract(&a).dct_source, DctSource::Cli);
        a.dct = Some("2019-01-02T10:00:00Z".into());
        let r = p.extract(&a);
        assert_eq!(
            (r.dct.as_deref(), r.dct_source),
            (Some("2019-01-02"), DctSource::Input)
        );
        a.dct = Some("yesterday".into());
        let r = p.extract(&a);
        assert_eq!(r.dct_source, DctSource::Cli);
        assert_eq!(r.warnings[0].kind, "bad_dct");
        let p = Pipeline::default();
        let r = p.extract(&Article::from_text(
            "b",
            "WASHINGTON, March 3, 2021 — Text.",
        ));
        assert_eq!(
            (r.dct.as_deref(), r.dct_source),
            (Some("2021-03-03"), DctSource::Text)
        );
    }

    #[test]
    fn layers_can_be_switched_off() {
        let p = Pipeline::builder().layers(&[Layer::Money]).build();
        let r = p.extract(&Article::from_text(
            "a",
            "Microsoft Corp. paid $5 million in 2020.",
        ));
        assert_eq!(r.money.len(), 1);
        assert!(r.entities.is_empty() && r.dates.is_empty());
    }

    #[test]
    fn extractors_can_be_supplied() {
        let text = "Microsoft Corp. paid $5 million in 2020.";
        let p = Pipeline::builder()
            .extractors(vec![Box::new(extract::money::Money)])
            .build();
        let r = p.extract(&Article::from_text("a", text));
        assert_eq!(r.money.len(), 1);
        assert!(r.entities.is_empty() && r.dates.is_empty());
        let p = Pipeline::builder()
            .extractors(extract::registry())
            .layers(&[Layer::Dates])
            .build();
        let r = p.extract(&Article::from_text("a", text));
        assert!(r.money.is_empty() && !r.dates.is_empty());
    }

    /// Panics on a text that holds "boom".
    struct Boom;

    impl Extractor for Boom {
        fn name(&self) -> &'static str {
            "boom"
        }
        fn layer(&self) -> Layer {
            Layer::Money
        }
        fn extract(&self, doc: &Document<'_>, _: &mut Mentions) {
            assert!(!doc.text.contains("boom"), "boom in the text");
        }
    }

    #[test]
    fn start_then_finish_is_process() {
        let texts = [
            "The Army awarded Acme Corp. a $5 million contract on March 3, 2026.",
            "A boom: the Army awarded Acme Corp. a $5 million contract.",
        ];
        for boom_first in [false, true] {
            for keep_text in [false, true] {
                let mut extractors = extract::registry();
                if boom_first {
                    extractors.insert(0, Box::new(Boom));
                } else {
                    extractors.push(Box::new(Boom));
                }
                let p = Pipeline::builder()
                    .extractors(extractors)
                    .keep_text(keep_text)
                    .build();
                for text in texts {
                    let a = Article::from_text("a", text);
                    assert_eq!(p.finish(p.start(&a)), p.process(a.clone()));
                }
            }
        }
    }

    #[test]
    fn warming_up_changes_nothing_and_never_panics() {
        let text = "A boom: the Army awarded Acme Corp. a $5 million contract on March 3, 2026.";
        for boom_first in [false, true] {
            let mut extractors = extract::registry();
            if boom_first {
                extractors.insert(0, Box::new(Boom));
            } else {
                extractors.push(Box::new(Boom));
            }
            let p = Pipeline::builder().extractors(extractors).build();
            let a = Article::from_text("a", text);
            let expected = p.process(a.clone());
            let half = p.start(&a);
            p.warm_up_finish(&a);
            assert_eq!(p.finish(half), expected);
        }
    }

    #[test]
    fn the_finish_helper_changes_nothing() {
        let p = Pipeline::builder().build();
        let text = "The Army awarded Acme Corp. a $5 million contract on March 3, 2026.";
        let a = Article::from_text("a", text);
        let expected = p.process(a.clone());
        let half = p.start(&a);
        let help = p.finish_helper(&half).expect("a trigger cue and a date");
        help();
        assert_eq!(p.finish(half), expected);
        // No trigger cue: nothing to build.
        let b = Article::from_text("b", "It rained in Boston on March 3, 2026.");
        assert!(p.finish_helper(&p.start(&b)).is_none());
    }
}
