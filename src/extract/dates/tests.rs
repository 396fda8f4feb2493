//! Table-driven tests of the date extractor.
