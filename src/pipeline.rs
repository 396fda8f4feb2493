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
use crate::record::{DctSource, ErrorInfo, ErrorKind, ErrorRecord, Output, Record, Warning};

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
            Err(payload) => {
                let what = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_string());
                Output::Error(ErrorRecord {
                    id: article.id,
                    source: article.source,
                    error: ErrorInfo {
                        kind: ErrorKind::Panic,
                        message: format!("internal error while extracting: {what}"),
                    },
                })
            }
        }
    }

    /// The record of one article. Panics only on a bug in an extractor; batch callers use
    /// [`Pipeline::process`], which catches that.
    pub fn extract(&self, article: &Article) -> Record {
        self.record_of(article, self.keep_text)
    }

    /// The record of one article, with a copy of its text when `with_text`.
    fn record_of(&self, article: &Article, with_text: bool) -> Record {
        let mut warnings = article.warnings.clone();
        let (dct, dct_source) = self.publication_date(article, &mut warnings);
        let doc = Document::new(&article.text, dct);
        let mut found = Mentions::default();
        for extractor in &self.extractors {
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
}
