//! Batch processing: articles in, outputs out, in input order, on any number of threads.
//!
//! A reader thread pulls articles from the input (reading and JSONL parsing overlap the
//! processing) and groups them into chunks (a few hundred articles or a few megabytes, whichever
//! comes first); at most two chunks wait ahead of the workers, so memory stays bounded whatever
//! the input size. The calling thread processes each chunk on the worker pool in small groups of
//! articles; when the sink can take encoded bytes ([`Sink::encoder`]), each group is also
//! serialized on its worker, into one buffer, so that the calling thread only copies bytes out
//! in order. With two workers and such a sink, the workers instead split the pipeline between
//! them, each running its part on every article (`in_two_stages`): each regex then keeps one
//! search cache instead of two. The result is byte-identical at any thread count.
//!
//! Slow input (a pipe that delivers an article now and then) is not held back until a chunk
//! fills: when the workers have waited [`IDLE_FLUSH`] with nothing to do, they take the articles
//! read so far. And a stop request ([`BatchOptions::stop`], set by the CLI on Ctrl-C) is seen
//! even while the reader is blocked on input that never comes: the articles already read are
//! processed and written, and the run returns without waiting for the reader.

use std::collections::{BTreeMap, VecDeque};
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Once};
use std::thread;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::input::{Article, ArticleError};
use crate::output::Sink;
use crate::pipeline::Pipeline;
use crate::record::{ErrorKind, Output};

/// How long the workers wait for a full chunk before taking the articles read so far.
pub const IDLE_FLUSH: Duration = Duration::from_millis(200);

/// How often a waiting worker thread looks at the stop flag.
const STOP_POLL: Duration = Duration::from_millis(50);

/// Full chunks allowed to wait ahead of the workers.
const CHUNKS_AHEAD: usize = 2;

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
            chunk_articles: 64,
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

/// What the reader thread and the workers share.
#[derive(Default)]
struct Handoff {
    /// Full chunks, in input order.
    chunks: VecDeque<Vec<Item>>,
    /// The chunk being filled; always after every chunk in `chunks`.
    partial: Vec<Item>,
    /// Text bytes in `partial`.
    partial_bytes: usize,
    /// The input is exhausted.
    done: bool,
    /// The reader died of a panic.
    reader_panicked: bool,
    /// The workers want nothing more: the reader stops at its next article.
    closed: bool,
}

/// The hand-off and the condition variable that signals changes to it.
type Shared = Arc<(Mutex<Handoff>, Condvar)>;

fn lock(shared: &Shared) -> MutexGuard<'_, Handoff> {
    // The lock is never held across code that can panic, but a poisoned lock still holds
    // consistent data: recover it rather than panic in turn.
    shared.0.lock().unwrap_or_else(|e| e.into_inner())
}

/// Marks the input done when the reader thread ends, by return or by panic.
struct ReaderDone(Shared);

impl Drop for ReaderDone {
    fn drop(&mut self) {
        let mut h = lock(&self.0);
        h.done = true;
        h.reader_panicked = thread::panicking();
        self.0.1.notify_all();
    }
}

/// The reader thread: moves items from `inputs` into the hand-off.
fn read_into(
    inputs: impl Iterator<Item = Item>,
    shared: &Shared,
    chunk_articles: usize,
    chunk_bytes: usize,
    stop: Option<&AtomicBool>,
) {
    for item in inputs {
        let bytes = item.as_ref().map_or(0, |a| a.text.len());
        let mut h = lock(shared);
        if h.closed {
            return;
        }
        h.partial.push(item);
        h.partial_bytes += bytes;
        if h.partial.len() >= chunk_articles || h.partial_bytes >= chunk_bytes {
            let chunk = std::mem::take(&mut h.partial);
            h.partial_bytes = 0;
            h.chunks.push_back(chunk);
            shared.1.notify_all();
            // Back-pressure: wait while enough is queued.
            while h.chunks.len() >= CHUNKS_AHEAD && !h.closed {
                h = shared.1.wait(h).unwrap_or_else(|e| e.into_inner());
            }
        }
        drop(h);
        if stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
            return;
        }
    }
}

/// What the workers get next from the hand-off.
enum Next {
    Chunk(Vec<Item>),
    End,
}

/// Waits for the next chunk: a full one, or the articles read so far when the input is slow,
/// when it ended, or when a stop was requested. `stop` closes the hand-off.
fn next_chunk(shared: &Shared, stop: Option<&AtomicBool>) -> io::Result<Next> {
    let mut h = lock(shared);
    let mut idle_since = Instant::now();
    loop {
        let stopping = stop.is_some_and(|s| s.load(Ordering::Relaxed));
        if stopping {
            h.closed = true;
            shared.1.notify_all();
        }
        if let Some(chunk) = h.chunks.pop_front() {
            shared.1.notify_all();
            return Ok(Next::Chunk(chunk));
        }
        if h.reader_panicked {
            return Err(io::Error::other("the input reader failed (panic)"));
        }
        let flush = h.done || stopping || idle_since.elapsed() >= IDLE_FLUSH;
        if flush && !h.partial.is_empty() {
            h.partial_bytes = 0;
            return Ok(Next::Chunk(std::mem::take(&mut h.partial)));
        }
        if h.done || stopping {
            return Ok(Next::End);
        }
        if h.partial.is_empty() {
            // Nothing read yet: the idle time counts from the first article.
            idle_since = Instant::now();
        }
        h = shared
            .1
            .wait_timeout(h, STOP_POLL)
            .unwrap_or_else(|e| e.into_inner())
            .0;
    }
}

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

/// Articles that the first stage of [`in_two_stages`] may have handed on ahead of the second.
const STAGED_AHEAD: usize = 8;

/// Processes and serializes `chunk` on a pool of two threads, each running one part of the
/// pipeline over every article in order: the first thread [`Pipeline::start`] (cleaning,
/// segmentation and every extractor but the last), the second [`Pipeline::finish`] (the last
/// extractor, the contract events with the default extractors, and the record) and the
/// serialization. Each regex is then searched from one thread only, or from both only when
/// both parts use it, so it keeps one lazy-DFA cache where splitting the articles between the
/// threads gave it two (the caches are most of the memory of a run). The two parts cost about
/// the same, and the outputs are those of [`Pipeline::process`], in order.
///
/// On the first chunk (`warm` not yet run), the second thread first builds the tables its part
/// needs for the first article ([`Pipeline::warm_up_finish`]) while the first thread runs its
/// part: a one-article run builds its tables on both cores (BENCHMARKS.md, phase 25). The first
/// thread does not search with the second part's patterns: the regex engine gives the fast
/// path of its cache pool to the first thread that searches with a regex, and a pattern of the
/// second part first searched from the first thread cost every later search of the run a shared
/// cache (+0.3 CPU-s and +2.5 MB on the 10 MB dump). Once its part of the first chunk is done,
/// it only compiles the largest tables the second part will need last for the first article
/// ([`Pipeline::finish_helper`]; BENCHMARKS.md, phase 28).
fn in_two_stages(
    pool: &rayon::ThreadPool,
    pipeline: &Pipeline,
    chunk: Vec<Item>,
    encode: crate::output::Encoder,
    warm: &Once,
    helped: &Once,
) -> io::Result<Encoded> {
    let items: Vec<Result<Article, Output>> = chunk
        .into_iter()
        .map(|item| item.map_err(|e| Output::Error(e.into_record())))
        .collect();
    let (sender, receiver) = std::sync::mpsc::sync_channel(STAGED_AHEAD);
    let sender = Mutex::new(Some(sender));
    let receiver = Mutex::new(Some(receiver));
    // Each thread of the pool runs the closure once, with its own index: the roles stay with
    // the same threads from chunk to chunk, and so do the caches.
    let mut results = pool.broadcast(|ctx| {
        if ctx.index() == 0 {
            let sender = take_once(&sender);
            let mut help = None;
            for item in &items {
                let half = item.as_ref().map(|article| pipeline.start(article));
                if let Ok(half) = &half {
                    helped.call_once(|| help = pipeline.finish_helper(half));
                }
                if sender.send(half).is_err() {
                    // The second stage failed to serialize and stopped.
                    break;
                }
            }
            // Only while the second thread is still in its warm-up: once done, it would start
            // on these tables as soon as this thread could, and one the article turns out not
            // to need would keep the run waiting here.
            if let Some(build) = help
                && !warm.is_completed()
            {
                // A panic here would only be the one `finish` reports on the article.
                let _ = std::panic::catch_unwind(build);
            }
            None
        } else {
            // While the first stage starts on the chunk, build what the second will need.
            warm.call_once(|| {
                if let Some(Ok(article)) = items.first() {
                    pipeline.warm_up_finish(article);
                }
            });
            let receiver = take_once(&receiver);
            let mut done = Encoded::default();
            let finish = || -> io::Result<()> {
                for half in receiver {
                    let finished;
                    let out = match half {
                        Ok(half) => {
                            finished = pipeline.finish(half);
                            &finished
                        }
                        Err(out) => out,
                    };
                    done.kinds.push(error_kind(out));
                    encode(&mut done.bytes, out)?;
                }
                Ok(())
            };
            Some(finish().map(|()| done))
        }
    });
    results
        .pop()
        .flatten()
        .expect("the second stage reports its outputs")
}

/// The value of `slot`, which only one caller takes.
fn take_once<T>(slot: &Mutex<Option<T>>) -> T {
    slot.lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .expect("each stage runs once")
}

/// Runs `pipeline` over `inputs`, writing every output to `sink` in input order. `progress` is
/// called after each chunk with the running summary. Fails only when the sink fails (or the
/// input iterator panics).
///
/// The input is read on a thread of its own. When the run ends early (a stop request, a failing
/// sink) while that thread is blocked reading, it is left behind and ends at its next article.
pub fn run<I>(
    inputs: I,
    pipeline: &Pipeline,
    sink: &mut dyn Sink,
    options: &BatchOptions,
    progress: &mut dyn FnMut(&Summary),
) -> io::Result<Summary>
where
    I: Iterator<Item = Item> + Send + 'static,
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
    // The second stage's tables are built while the first stage runs on the first chunk.
    let warm = Once::new();
    let helped = Once::new();
    let shared: Shared = Arc::default();
    let reader = {
        let shared = Arc::clone(&shared);
        let stop = options.stop.clone();
        let chunk_articles = options.chunk_articles.max(1);
        let chunk_bytes = options.chunk_bytes;
        thread::Builder::new()
            .name("newsextract-reader".into())
            .spawn(move || {
                let _done = ReaderDone(Arc::clone(&shared));
                read_into(
                    inputs,
                    &shared,
                    chunk_articles,
                    chunk_bytes,
                    stop.as_deref(),
                );
            })?
    };
    let result = (|| {
        while let Next::Chunk(chunk) = next_chunk(&shared, options.stop.as_deref())? {
            summary.bytes += chunk
                .iter()
                .map(|i| i.as_ref().map_or(0, |a| a.text.len() as u64))
                .sum::<u64>();
            let process = |item: Item| match item {
                Ok(article) => pipeline.process(article),
                Err(e) => Output::Error(e.into_record()),
            };
            if let Some(encode) = sink.encoder() {
                let encoded: Vec<io::Result<Encoded>> = match &pool {
                    Some(pool) if pool.current_num_threads() == 2 => {
                        vec![in_two_stages(pool, pipeline, chunk, encode, &warm, &helped)]
                    }
                    _ => {
                        // Process and serialize a group per task: one buffer per group, not
                        // per record.
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
                        match &pool {
                            Some(pool) => {
                                pool.install(|| groups.into_par_iter().map(work).collect())
                            }
                            None => groups.into_iter().map(work).collect(),
                        }
                    }
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
            sink.flush()?;
            summary.elapsed = started.elapsed();
            progress(&summary);
        }
        Ok::<(), io::Error>(())
    })();
    // Whatever happened, the reader takes nothing more; wait for it only when it is finished
    // (otherwise it may be blocked on input that never comes).
    let finished = {
        let mut h = lock(&shared);
        h.closed = true;
        shared.1.notify_all();
        h.done
    };
    if finished {
        let _ = reader.join();
    }
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
    use std::sync::mpsc;

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
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        // The stop request arrives while the 6th article is being read: the 5 before it are
        // read for sure, the 6th may or may not be, nothing after it is.
        let inputs = items(100).into_iter().enumerate().map(move |(i, item)| {
            if i == 5 {
                flag.store(true, Ordering::Relaxed);
            }
            item
        });
        let mut sink = Collect(Vec::new());
        let opts = BatchOptions {
            threads: 2,
            chunk_articles: 2,
            stop: Some(stop),
            ..BatchOptions::default()
        };
        let s = run(inputs, &pipeline, &mut sink, &opts, &mut |_| {}).unwrap();
        assert!(s.interrupted);
        assert!((5..=6).contains(&s.articles), "{}", s.articles);
        assert_eq!(sink.0.len() as u64, s.articles);
        let expected: Vec<Item> = items(sink.0.len());
        for (out, item) in sink.0.iter().zip(&expected) {
            let id = match item {
                Ok(a) => &a.id,
                Err(e) => &e.id,
            };
            assert_eq!(out.id(), id);
        }
    }

    /// Yields `items`, then blocks until `resume` says so (or is dropped), then yields `more`.
    struct Stalling {
        items: std::vec::IntoIter<Item>,
        resume: mpsc::Receiver<()>,
        more: std::vec::IntoIter<Item>,
        before_stall: Option<Box<dyn FnOnce() + Send>>,
    }

    impl Iterator for Stalling {
        type Item = Item;
        fn next(&mut self) -> Option<Item> {
            if let Some(item) = self.items.next() {
                return Some(item);
            }
            if let Some(f) = self.before_stall.take() {
                f();
                let _ = self.resume.recv();
            }
            self.more.next()
        }
    }

    /// A sink that reports how many outputs it holds.
    struct Report(Vec<Output>, mpsc::Sender<usize>);

    impl Sink for Report {
        fn write(&mut self, output: &Output) -> io::Result<()> {
            self.0.push(output.clone());
            let _ = self.1.send(self.0.len());
            Ok(())
        }
        fn finish(self: Box<Self>) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn slow_input_is_written_before_a_chunk_fills() {
        // Three articles, then the input stalls until they are written: without the idle flush
        // the run would wait for a full chunk forever.
        let (resume_tx, resume_rx) = mpsc::channel();
        let (count_tx, count_rx) = mpsc::channel();
        let waiter = thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while Instant::now() < deadline {
                if count_rx.recv_timeout(Duration::from_secs(1)) == Ok(3) {
                    let _ = resume_tx.send(());
                    return true;
                }
            }
            false
        });
        let mut first = items(5);
        let rest = first.split_off(3);
        let inputs = Stalling {
            items: first.into_iter(),
            resume: resume_rx,
            more: rest.into_iter(),
            before_stall: Some(Box::new(|| {})),
        };
        let mut sink = Report(Vec::new(), count_tx);
        let opts = BatchOptions {
            threads: 2,
            ..BatchOptions::default()
        };
        let s = run(inputs, &Pipeline::default(), &mut sink, &opts, &mut |_| {}).unwrap();
        assert!(
            waiter.join().unwrap(),
            "the first three were written while input stalled"
        );
        assert_eq!(s.articles, 5);
        assert!(!s.interrupted);
    }

    #[test]
    fn stop_while_the_reader_is_blocked() {
        // Ctrl-C while the input has nothing more to give (a pipe left open): the run writes
        // what was read and returns, without waiting for the reader.
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let (_resume_tx, resume_rx) = mpsc::channel();
        let inputs = Stalling {
            items: items(3).into_iter(),
            resume: resume_rx,
            more: Vec::new().into_iter(),
            before_stall: Some(Box::new(move || flag.store(true, Ordering::Relaxed))),
        };
        let mut sink = Collect(Vec::new());
        let opts = BatchOptions {
            threads: 1,
            stop: Some(stop),
            ..BatchOptions::default()
        };
        let s = run(inputs, &Pipeline::default(), &mut sink, &opts, &mut |_| {}).unwrap();
        assert!(s.interrupted);
        assert_eq!(s.articles, 3);
        assert_eq!(sink.0.len(), 3);
    }

    #[test]
    fn a_panicking_reader_fails_the_run() {
        let inputs = items(3)
            .into_iter()
            .chain(std::iter::from_fn(|| -> Option<Item> {
                panic!("reader bug")
            }));
        let mut sink = Collect(Vec::new());
        let err = run(
            inputs,
            &Pipeline::default(),
            &mut sink,
            &BatchOptions::default(),
            &mut |_| {},
        )
        .unwrap_err();
        assert!(err.to_string().contains("reader"), "{err}");
    }
}
