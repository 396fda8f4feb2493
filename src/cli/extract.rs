//! `newsextract extract [PATH ...]`: articles in, one JSON record per article out.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};

use newsextract::batch::{self, BatchOptions, Summary};
use newsextract::calendar::Dct;
use newsextract::extract::Layer;
use newsextract::input::{DEFAULT_MAX_BYTES, InputOptions, Inputs};
use newsextract::output::csv::CsvSink;
use newsextract::output::jsonl::JsonlSink;
use newsextract::output::sqlite::{SqliteOptions, SqliteSink};
use newsextract::output::{Destination, Sink};
use newsextract::pipeline::Pipeline;

use super::EXIT_SOME_FAILED;

/// Exit status after Ctrl-C (128 + SIGINT, as a shell reports a process killed by it).
const EXIT_INTERRUPTED: u8 = 130;

/// Extract entities, money, dates and contract references from articles.
///
/// PATH is a .txt file (one article), a .jsonl/.ndjson file (one article per line), a
/// directory (walked recursively in sorted order), any of these gzipped (.gz), or `-` for
/// standard input. Without a PATH, standard input is read when it is not a terminal.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files or directories; `-` is standard input.
    paths: Vec<PathBuf>,
    /// Write records to FILE instead of standard output (written to a temporary name and
    /// renamed when complete). With --format csv, a directory; with --format sqlite, the
    /// database file.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Publication date (YYYY-MM-DD) for articles whose input carries none; relative dates
    /// resolve against it. Without it, a dateline or copyright year in the text is used.
    #[arg(long, value_name = "DATE", value_parser = parse_dct)]
    dct: Option<Dct>,
    /// Leave the article text out of the records.
    #[arg(long)]
    no_text: bool,
    /// Articles larger than this many bytes become `too_large` error records.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Only these layers (comma-separated: entities,dates,money,contracts).
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_layer)]
    layers: Option<Vec<Layer>>,
    /// Print nothing on standard error but errors.
    #[arg(short, long)]
    quiet: bool,
    /// Output format: jsonl (one record per line), csv (one file per table in the -o
    /// directory: articles.csv, entities.csv, …), sqlite (a database, -o FILE.db).
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// With --format sqlite: add to an existing database (an article already stored with the
    /// same text is left alone, one whose text changed is replaced). Without it, an existing
    /// database is refused.
    #[arg(long)]
    append: bool,
}

/// What `extract` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// One JSON record per line.
    Jsonl,
    /// One CSV file per table.
    Csv,
    /// An SQLite database.
    Sqlite,
}

/// Opens the sink that `--format` and `-o` ask for.
fn open_sink(args: &Args) -> anyhow::Result<Box<dyn Sink>> {
    let output = args
        .output
        .as_deref()
        .filter(|p| *p != std::path::Path::new("-"));
    if args.append && args.format != Format::Sqlite {
        bail!("--append works with --format sqlite only");
    }
    match args.format {
        Format::Jsonl => {
            let dest = Destination::open(args.output.as_deref()).with_context(|| match output {
                Some(p) => format!("cannot write {}", p.display()),
                None => "cannot write standard output".to_string(),
            })?;
            Ok(Box::new(JsonlSink::new(dest)))
        }
        Format::Csv => {
            let Some(dir) = output else {
                bail!("--format csv writes one file per table: give the directory with -o DIR");
            };
            let sink = CsvSink::create(dir)
                .with_context(|| format!("cannot write CSV files in {}", dir.display()))?;
            Ok(Box::new(sink))
        }
        Format::Sqlite => {
            let Some(db) = output else {
                bail!("--format sqlite writes a database file: give it with -o FILE.db");
            };
            if !args.append && db.exists() {
                bail!(
                    "{} already exists: pass --append to add to it (stored articles whose text \
                     is unchanged are kept as they are), or remove it to start afresh",
                    db.display()
                );
            }
            let options = SqliteOptions {
                append: args.append,
                ..SqliteOptions::default()
            };
            let sink = SqliteSink::open(db, &options)
                .with_context(|| format!("cannot write the database {}", db.display()))?;
            Ok(Box::new(sink))
        }
    }
}

fn parse_dct(s: &str) -> Result<Dct, String> {
    Dct::parse(s)
        .ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD (or YYYY-MM, YYYY)"))
}

fn parse_layer(s: &str) -> Result<Layer, String> {
    Layer::from_name(s.trim())
        .ok_or_else(|| format!("{s:?} is not a layer (entities, dates, money, contracts)"))
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!("no input: give a PATH, or `-` to read standard input (see --help)");
        }
        paths.push(PathBuf::from("-"));
    }
    if args.threads == Some(0) {
        bail!("--threads must be at least 1");
    }
    let threads = args.threads.unwrap_or(BatchOptions::default().threads);
    let mut builder = Pipeline::builder().dct(args.dct).keep_text(!args.no_text);
    if let Some(layers) = &args.layers {
        builder = builder.layers(layers);
    }
    let pipeline = builder.build();
    let output_name = match &args.output {
        Some(p) => p.display().to_string(),
        None => "standard output".to_string(),
    };
    let mut sink = open_sink(&args)?;
    // Before any other thread exists (the interrupt handler's and the workers' come later). Two
    // workers writing encoded bytes split the pipeline between them, so each regex keeps one
    // search cache and the memory of one thread's run; only more workers, or two feeding a
    // sink that takes records, keep a cache per thread and need the fixed threshold.
    if threads > 2 || threads == 2 && sink.encoder().is_none() {
        super::malloc::fix_mmap_threshold();
    }
    let inputs = Inputs::new(
        &paths,
        InputOptions {
            max_bytes: args.max_bytes,
        },
    );
    let options = BatchOptions {
        threads,
        stop: Some(stop_on_interrupt()?),
        ..BatchOptions::default()
    };
    let bar = progress_bar(args.quiet);
    let summary = batch::run(inputs, &pipeline, sink.as_mut(), &options, &mut |s| {
        if let Some(bar) = &bar {
            bar.set_message(format!(
                "{} articles, {} errors, {:.1} MB/s",
                s.articles,
                s.error_count(),
                s.mb_per_sec()
            ));
        }
    })
    .with_context(|| format!("writing {output_name} failed"))?;
    // Output cut short by Ctrl-C is kept, but never under the name of a complete output.
    let partial = if summary.interrupted {
        sink.finish_partial()
    } else {
        sink.finish().map(|()| None)
    }
    .with_context(|| format!("writing {output_name} failed"))?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !args.quiet {
        let mut line = describe(&summary);
        if let Some(path) = partial {
            line.push_str(&format!(" (records so far in {})", path.display()));
        }
        eprintln!("{line}");
    }
    Ok(if summary.interrupted {
        EXIT_INTERRUPTED
    } else if summary.error_count() > 0 {
        EXIT_SOME_FAILED
    } else {
        0
    })
}

/// A flag set by the first Ctrl-C (SIGINT): the batch stops reading, writes what it has read and
/// the run exits with status 130. A second Ctrl-C exits at once, with the same status.
fn stop_on_interrupt() -> anyhow::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    {
        use signal_hook::consts::SIGINT;
        use signal_hook::flag;
        // The shutdown must be registered first: it is armed by the flag the second action sets.
        flag::register_conditional_shutdown(SIGINT, i32::from(EXIT_INTERRUPTED), Arc::clone(&stop))
            .context("cannot install the Ctrl-C handler")?;
        flag::register(SIGINT, Arc::clone(&stop)).context("cannot install the Ctrl-C handler")?;
    }
    Ok(stop)
}

fn progress_bar(quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} {elapsed} {msg}").ok()?);
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

/// The end-of-run summary line.
fn describe(s: &Summary) -> String {
    let mut line = format!(
        "newsextract: {} articles read, {} records written, {} errors",
        s.articles,
        s.records,
        s.error_count()
    );
    if !s.errors.is_empty() {
        let kinds: Vec<String> = s
            .errors
            .iter()
            .map(|(k, n)| format!("{}: {n}", k.as_str()))
            .collect();
        line.push_str(&format!(" ({})", kinds.join(", ")));
    }
    line.push_str(&format!(
        " in {:.2} s ({:.1} MB/s)",
        s.elapsed.as_secs_f64(),
        s.mb_per_sec()
    ));
    if s.interrupted {
        line.push_str("; interrupted");
    }
    line
}
