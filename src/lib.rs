//! # newsextract
//!
//! Turns scraped news articles into structured, database-ready records: named entities
//! (people, organisations, places), money amounts, dates (TIMEX3, resolved against the
//! publication date) and U.S. government-contract references, each with exact code-point
//! offsets into the article text.
//!
//! The pipeline runs input → clean → segment → extract → assemble → output, one module per
//! stage. A [`Pipeline`] is built once and shared by every worker:
//!
//! ```
//! use newsextract::{Article, Pipeline, calendar::Dct};
//!
//! let pipeline = Pipeline::builder().dct(Dct::parse("2020-12-10")).build();
//! let article = Article::from_text(
//!     "seed",
//!     "The estimated cost is at least $100 million over five years, with an award in mid-January.",
//! );
//! let record = pipeline.extract(&article);
//! let money = &record.money[0];
//! assert_eq!(money.text, "$100 million");
//! assert_eq!(money.value, Some(100_000_000.0));
//! assert_eq!(money.qualifier.as_deref(), Some("at_least"));
//! let mid_january = record.dates.iter().find(|d| d.text == "mid-January").unwrap();
//! assert_eq!(mid_january.value.as_deref(), Some("2021-01"));
//! ```
//!
//! Batch processing with ordered, parallel output lives in [`batch`]; reading paths,
//! directories, JSONL and gzip in [`input`]; writing in [`output`]. [`testing`] holds the
//! invariants every record keeps and adversarial inputs, for tests, fuzzing and benchmarks.

#![warn(missing_docs)]
// Module docs link the private stages they describe, for readers of
// `cargo doc --document-private-items`.
#![allow(rustdoc::private_intra_doc_links)]

pub mod assemble;
pub mod batch;
pub mod calendar;
pub mod clean;
pub mod dct;
pub mod eval;
pub mod extract;
pub mod input;
pub mod output;
pub(crate) mod pattern;
pub mod pipeline;
pub mod record;
pub mod segment;
pub mod testing;

pub use input::{Article, InputOptions, Inputs};
pub use pipeline::{Pipeline, PipelineBuilder};
pub use record::{Output, Record};
