//! Batch processing: articles in, outputs out, in input order, on any number of threads.
//!
//! A reader thread pulls articles from the input (reading and JSONL parsing overlap the
//! processing) and groups them into chunks (a few hundred articles or a few megabytes, whichever
//! comes first); a bounded channel holds at most two chunks ahead, so memory stays bounded
//! whatever the input size. The calling thread processes each chunk on the worker pool in small
//! groups of articles; when the sink can take encoded bytes ([`Sink::encoder`]), each group is
//! also serialized on its worker, into one buffer, so that the calling thread only copies bytes
//! out in order. The result is byte-identical at any thread count.

use std::collections::BTreeMap;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::input::{Article, ArticleError};
use crate::output::Sink;
use crate::pipeline::Pipeline;
use crate::record::{ErrorKind, Output};

/// Settings of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Most articles per chunk.
    pub chunk_articles: usize,
    /// Most text bytes per chunk (a single larger article still makes a chunk of its own).
    pub chunk_bytes: usize,
    /// When set, reading stops at the next article: what was read is finished and written.
    pub stop: Option<Arc<AtomicBool>>,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            threads: thread::available_parallelism().map_or(1, |n| n.get()),
            chunk_articles: 256,
            chunk_bytes: 4 << 20,
            stop: None,
        }
    }
}

/// What a batch run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Articles read (records plus error records).
    pub articles: u64,
    /// Records written.
    pub records: u64,
    /// Error records written, by kind.
    pub errors: BTreeMap<ErrorKind, u64>,
    /// Bytes of article text processed.
    pub bytes: u64,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// True when the run was stopped early (see [`BatchOptions::stop`]).
    pub interrupted: bool,
}

impl Summary {
    /// Counts one output: a record (`None`) or an error record of `kind`.
    fn count(&mut self, kind: Option<ErrorKind>) {
        self.articles += 1;
        match kind {
            None => self.records += 1,
            Some(kind) => *self.errors.entry(kind).or_default() += 1,
        }
    }

    /// Total error records.
    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }

    /// Throughput in MB/s (10^6 bytes) of article text.
    pub fn mb_per_sec(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.bytes as f64 / 1e6 / secs
        } else {
            0.0
        }
    }
}

type Item = Result<Article, ArticleError>;

/// Articles per task on the worker pool: enough to amortize a task and a buffer, few enough that
/// the threads stay evenly loaded to the end of a chunk.
const GROUP_ARTICLES: usize = 8;

/// The outputs of a group of articles, serialized.
#[derive(Default)]
struct Encoded {
    /// The bytes of every output of the group, in order.
    bytes: Vec<u8>,
    /// For each output, `None` for a record, else its error kind.
    kinds: Vec<Option<ErrorKind>>,
}

/// `None` for a record, the error kind of an error record.
fn error_kind(out: &Output) -> Option<ErrorKind> {
    match out {
        Output::Record(_) => None,
        Output::Error(e) => Some(e.error.kind),
    }
}

/// `items` cut into groups of at most `size`, in order.
fn into_groups(items: Vec<Item>, size: usize) -> Vec<Vec<Item>> {
    let mut groups = Vec::with_capacity(items.len().div_ceil(size));
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        groups.push(items.by_ref().take(size).collect());
    }
    groups
}

/// Runs `pipeline` over `inputs`, writing every output to `sink` in input order. `progress` is
/// called after each chunk with the running summary. Fails only when the sink fails.
pub fn run<I>(
    inputs: I,
    pipeline: &Pipeline,
    sink: &mut dyn Sink,
    options: &BatchOptions,
    progress: &mut dyn FnMut(&Summary),
) -> io::Result<Summary>
where
    I: Iterator<Item = Item> + Send,
{
    let started = Instant::now();
    let mut summary = Summary::default();
    let threads = options.threads.max(1);
    let pool = if threads > 1 {
        Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(|i| format!("newsextract-worker-{i}"))
                .build()
                .map_err(io::Error::other)?,
        )
    } else {
        None
    };
    let stop = options.stop.clone();
    let (tx, rx) = mpsc::sync_channel::<Vec<Item>>(2);
    let chunk_articles = options.chunk_articles.max(1);
    let chunk_bytes = options.chunk_bytes;
    let result = thread::scope(|scope| {
        // Owned by this closure, so that an early return (a failing sink) drops it and the
        // reader's next send fails instead of blocking the scope forever.
        let rx = rx;
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(chunk_articles);
            let mut bytes = 0usize;
            for item in inputs {
                bytes += item.as_ref().map_or(0, |a| a.text.len());
                chunk.push(item);
                if chunk.len() >= chunk_articles || bytes >= chunk_bytes {
                    if tx.send(std::mem::take(&mut chunk)).is_err() {
                        return;
                    }
                    bytes = 0;
                }
                if stop.as_ref().is_some_and(|s| s.load(Ordering::Relaxed)) {
                    break;
                }
            }
            if !chunk.is_empty() {
                let _ = tx.send(chunk);
            }
        });
        for chunk in rx.iter() {
            summary.bytes += chunk
                .iter()
                .map(|i| i.as_ref().map_or(0, |a| a.text.len() as u64))
                .sum::<u64>();
            let process = |item: Item| match item {
                Ok(article) => pipeline.process(article),
                Err(e) => Output::Error(e.into_record()),
            };
            if let Some(encode) = sink.encoder() {
                // Process and serialize a group per task: one buffer per group, not per record.
                let groups = into_groups(chunk, GROUP_ARTICLES);
                let work = |group: Vec<Item>| -> io::Result<Encoded> {
                    let mut done = Encoded::default();
                    for item in group {
                        let out = process(item);
                        done.kinds.push(error_kind(&out));
                        encode(&mut done.bytes, &out)?;
                    }
                    Ok(done)
                };
                let encoded: Vec<io::Result<Encoded>> = match &pool {
                    Some(pool) => pool.install(|| groups.into_par_iter().map(work).collect()),
                    None => groups.into_iter().map(work).collect(),
                };
                for group in encoded {
                    let group = group?;
                    for kind in group.kinds {
                        summary.count(kind);
                    }
                    sink.write_encoded(&group.bytes)?;
                }
            } else {
                let outputs: Vec<Output> = match &pool {
                    Some(pool) => pool.install(|| chunk.into_par_iter().map(process).collect()),
                    None => chunk.into_iter().map(process).collect(),
                };
                for out in &outputs {
                    summary.count(error_kind(out));
                    sink.write(out)?;
                }
            }
            summary.elapsed = started.elapsed();
            progress(&summary);
        }
        Ok::<(), io::Error>(())
    });
    // On a sink error the receiver is dropped, which ends the reader thread's loop.
    result?;
    summary.elapsed = started.elapsed();
    summary.interrupted = options
        .stop
        .as_ref()
        .is_some_and(|s| s.load(Ordering::Relaxed));
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::SourceRef;

    struct Collect(Vec<Output>);

    impl Sink for Collect {
        fn write(&mut self, output: &Output) -> io::Result<()> {
            self.0.push(output.clone());
            Ok(())
        }
        fn finish(self: Box<Self>) -> io::Result<()> {
            Ok(())
        }
    }

    /// A sink that takes encoded bytes, as the JSONL sink does.
    struct Bytes(Vec<u8>);

    impl Sink for Bytes {
        fn write(&mut self, output: &Output) -> io::Result<()> {
            crate::output::jsonl::write_line(&mut self.0, output)
        }
        fn encoder(&self) -> Option<crate::output::Encoder> {
            Some(crate::output::jsonl::write_line)
        }
        fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
            self.0.extend_from_slice(bytes);
            Ok(())
        }
        fn finish(self: Box<Self>) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn encoded_output_is_the_same_bytes_at_any_thread_count() {
        let pipeline = Pipeline::default();
        let mut expected = Vec::new();
        for out in items(50).into_iter().map(|i| match i {
            Ok(a) => pipeline.process(a),
            Err(e) => Output::Error(e.into_record()),
        }) {
            crate::output::jsonl::write_line(&mut expected, &out).unwrap();
        }
        for threads in [1, 2, 4] {
            let mut sink = Bytes(Vec::new());
            let opts = BatchOptions {
                threads,
                chunk_articles: 13,
                ..BatchOptions::default()
            };
            let s = run(
                items(50).into_iter(),
                &pipeline,
                &mut sink,
                &opts,
                &mut |_| {},
            )
            .unwrap();
            assert_eq!((s.articles, s.records, s.error_count()), (50, 43, 7));
            assert!(sink.0 == expected, "{threads} threads");
        }
    }

    fn items(n: usize) -> Vec<Item> {
        (0..n)
            .map(|i| {
                if i % 7 == 3 {
                    Err(ArticleError {
                        id: format!("e{i}"),
                        source: SourceRef {
                            path: "x".into(),
                            line: Some(i as u64),
                        },
                        kind: ErrorKind::MalformedJson,
                        message: "bad".into(),
                    })
                } else {
                    Ok(Article::from_text(
                        format!("a{i}"),
                        format!("Acme Corp. paid ${i} million on Oct. {}, 2020.", i % 28 + 1),
                    ))
                }
            })
            .collect()
    }

    #[test]
    fn order_and_content_do_not_depend_on_threads() {
        let pipeline = Pipeline::default();
        let mut results = Vec::new();
        for threads in [1, 2, 4] {
            let mut sink = Collect(Vec::new());
            let opts = BatchOptions {
                threads,
                chunk_articles: 5,
                ..BatchOptions::default()
            };
            let s = run(
                items(50).into_iter(),
                &pipeline,
                &mut sink,
                &opts,
                &mut |_| {},
            )
            .unwrap();
            assert_eq!(s.articles, 50);
            assert_eq!(s.error_count(), 7);
            results.push(sink.0);
        }
        let ids: Vec<&str> = results[0].iter().map(Output::id).collect();
        let expected: Vec<String> = (0..50)
            .map(|i| {
                if i % 7 == 3 {
                    format!("e{i}")
                } else {
                    format!("a{i}")
                }
            })
            .collect();
        assert_eq!(ids, expected);
        assert_eq!(results[0], results[1]);
        assert_eq!(results[1], results[2]);
    }

    #[test]
    fn stop_flag_ends_early_but_writes_what_was_read() {
        let pipeline = Pipeline::default();
        let stop = Arc::new(AtomicBool::new(true));
        let mut sink = Collect(Vec::new());
        let opts = BatchOptions {
            threads: 1,
            stop: Some(stop),
            ..BatchOptions::default()
        };
        let s = run(
            items(10).into_iter(),
            &pipeline,
            &mut sink,
            &opts,
            &mut |_| {},
        )
        .unwrap();
        assert!(s.interrupted);
        assert_eq!(s.articles, 1);
        assert_eq!(sink.0.len(), 1);
    }
}
