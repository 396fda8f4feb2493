//! Scoring extractions against gold.

pub mod events;
