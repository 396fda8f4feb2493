//! `newsextract eval --gold FILE`: extraction quality against gold, with the measures of the
//! reference scorer `eval/score.py`, and the quality gate's baseline.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use newsextract::eval::baseline::Baseline;
use newsextract::eval::json::PyJson;
use newsextract::eval::{self, DocSet, ErrorListing, LAYERS, Scores, events};
use newsextract::extract::Layer;
use newsextract::pipeline::Pipeline;

/// Score extraction against gold annotations (the measures of eval/score.py).
///
/// Without --pred, runs the pipeline on every gold document's text (with its id and `dct`) and
/// scores the result; with --pred, scores that file (our records, or any JSONL in the gold
/// format). Per layer: strict (same boundaries and type), relaxed (overlap and same type,
/// one-to-one, largest overlap first), untyped (same boundaries) and value (relaxed untyped match
/// whose TIMEX3 value, money amount and currency, or contract identifier also agrees) P/R/F1.
/// A gold document's meta.unannotated_regions and (entities) meta.entity_ignore_spans remove the
/// predictions that overlap them and no gold span.
///
/// --errors N lists, per layer, up to N false positives and N false negatives of the RELAXED
/// TYPED matching (a type confusion is both), and up to N value mismatches of the matching the
/// value measure uses, each with its document id and 40 characters of context on either side.
///
/// The quality gate: `eval --baseline eval/baseline.json` compares the pipeline's strict, relaxed
/// and value F1 on every gold file listed there with the recorded figures and fails when one fell
/// more than 0.005 (`cargo test` runs the same check). After an improvement, record the new
/// figures with `cargo run --release -- eval --update-baseline eval/baseline.json` (add
/// `--gold FILE` to list a new gold file).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold JSONL file; repeat for several (each is reported on its own).
    #[arg(long, value_name = "FILE", required_unless_present_any = ["baseline", "update_baseline", "events"])]
    gold: Vec<PathBuf>,
    /// Score contract events against event gold FILE (`eval/gold/corpus_events.jsonl`, format in
    /// `eval/gold/EVENTS_GOLD.md`) field by field: stage, agency, vendors, amount, amounts, ids,
    /// contract_type, dates, period, place, purpose. With --pred, score that file of records;
    /// with --errors N, list up to N wrong fields and missed or extra events.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["gold", "baseline", "update_baseline", "layers", "per_type"])]
    events: Option<PathBuf>,
    /// Score this prediction file instead of running the pipeline.
    #[arg(long, value_name = "FILE")]
    pred: Option<PathBuf>,
    /// Only these layers (comma-separated: entities,dates,money,contracts), in this order.
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_layer)]
    layers: Option<Vec<Layer>>,
    /// Also print the strict scores of each type (always in --json).
    #[arg(long)]
    per_type: bool,
    /// List up to N false positives, false negatives and value mismatches per layer.
    #[arg(long, value_name = "N")]
    errors: Option<usize>,
    /// Print the scores as JSON, as `score.py --json` does (with --errors, each layer gains an
    /// `errors` entry; with several --gold files, the reports are keyed by gold path).
    #[arg(long)]
    json: bool,
    /// Run the quality gate against the figures recorded in FILE; exit 1 if it fails.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["gold", "pred", "update_baseline"])]
    baseline: Option<PathBuf>,
    /// With --baseline: print the recorded figures as a Markdown table (for the README) instead
    /// of running the gate.
    #[arg(long, requires = "baseline")]
    markdown: bool,
    /// Measure the pipeline on every gold file FILE lists (and the --gold files, which must lie
    /// under FILE's directory) and write the figures to FILE.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["pred", "errors", "json"])]
    update_baseline: Option<PathBuf>,
}

fn parse_layer(s: &str) -> Result<Layer, String> {
    Layer::from_name(s.trim())
        .ok_or_else(|| format!("{s:?} is not a layer (entities, dates, money, contracts)"))
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let pipeline = Pipeline::builder().keep_text(false).build();
    if let Some(path) = &args.events {
        return run_events(path, &args, &pipeline);
    }
    if let Some(path) = &args.baseline {
        if args.markdown {
            write_stdout(&Baseline::load(path)?.to_markdown())?;
            return Ok(0);
        }
        return check_baseline(path, &pipeline);
    }
    if let Some(path) = &args.update_baseline {
        return update_baseline(path, &args.gold, &pipeline);
    }
    let layers: Vec<&str> = match &args.layers {
        Some(layers) => layers.iter().map(|l| l.name()).collect(),
        None => LAYERS.to_vec(),
    };
    let pred = match &args.pred {
        Some(path) => Some(DocSet::load(path)?),
        None => None,
    };
    let mut reports = Vec::new();
    for gold_path in &args.gold {
        let gold = DocSet::load(gold_path)?;
        let predicted;
        let pred = match &pred {
            Some(pred) => {
                let missing = pred.missing(&gold);
                if missing > 0 {
                    eprintln!(
                        "newsextract: warning: {missing} of {} documents of {} have no prediction \
                         (documents are matched by id)",
                        gold.len(),
                        gold_path.display()
                    );
                }
                pred
            }
            None => {
                predicted = eval::predict(&pipeline, &gold);
                for f in &predicted.failures {
                    eprintln!(
                        "newsextract: warning: {}: document {:?} failed: {}",
                        gold_path.display(),
                        f.id,
                        f.error.message
                    );
                }
                &predicted.docs
            }
        };
        let scores = eval::score(&gold, pred, &layers)
            .with_context(|| format!("cannot score {}", gold_path.display()))?;
        let errors = match args.errors {
            Some(n) => Some(eval::list_errors(&gold, pred, &layers, n)?),
            None => None,
        };
        reports.push((gold_path.as_path(), scores, errors));
    }
    let out = if args.json {
        render_json(&reports)
    } else {
        render_text(&reports, args.per_type)
    };
    write_stdout(&out)?;
    Ok(0)
}

type Report<'a> = (&'a Path, Scores, Option<ErrorListing>);

fn render_json(reports: &[Report<'_>]) -> String {
    let json = match reports {
        [(_, scores, errors)] => scores.to_json(errors.as_ref()),
        _ => PyJson::obj(
            reports
                .iter()
                .map(|(path, s, e)| (path.display().to_string(), s.to_json(e.as_ref()))),
        ),
    };
    json.dumps_indented(1) + "\n"
}

fn render_text(reports: &[Report<'_>], per_type: bool) -> String {
    let mut out = String::new();
    for (n, (path, scores, errors)) in reports.iter().enumerate() {
        if reports.len() > 1 {
            if n > 0 {
                out.push('\n');
            }
            out.push_str(&format!("== {} ==\n", path.display()));
        }
        out.push_str(&scores.to_text(per_type));
        if let Some(errors) = errors {
            out.push('\n');
            out.push_str(&errors.to_text());
        }
    }
    out
}

/// `eval --events FILE`: contract events scored field by field (`newsextract::eval::events`).
fn run_events(path: &Path, args: &Args, pipeline: &Pipeline) -> anyhow::Result<u8> {
    let gold = events::load_gold(path).map_err(anyhow::Error::msg)?;
    let records = match &args.pred {
        Some(pred) => {
            let text = std::fs::read_to_string(pred)
                .with_context(|| format!("cannot read {}", pred.display()))?;
            events::parse_records(&text)
        }
        None => events::predict(pipeline, &gold),
    };
    let scores = events::score(&gold, &records);
    let mut out = if args.json {
        let mut json = scores.to_json();
        if let (Some(n), Some(obj)) = (args.errors, json.as_object_mut()) {
            let listed: Vec<&String> = scores.mismatches.iter().take(n).collect();
            obj.insert("errors".into(), serde_json::json!(listed));
        }
        serde_json::to_string_pretty(&json)? + "\n"
    } else {
        scores.report()
    };
    if let Some(n) = args.errors
        && !args.json
    {
        out.push('\n');
        for line in scores.mismatches.iter().take(n) {
            out.push_str(line);
            out.push('\n');
        }
    }
    write_stdout(&out)?;
    Ok(0)
}

fn check_baseline(path: &Path, pipeline: &Pipeline) -> anyhow::Result<u8> {
    let baseline = Baseline::load(path)?;
    let report = baseline.check(pipeline)?;
    write_stdout(&report.to_text())?;
    if !report.passed() {
        bail!("quality gate failed (see the table above)");
    }
    Ok(0)
}

fn update_baseline(path: &Path, gold: &[PathBuf], pipeline: &Pipeline) -> anyhow::Result<u8> {
    let mut baseline = if path.exists() {
        Baseline::load(path)?
    } else {
        Baseline::empty(path)
    };
    for g in gold {
        baseline.add_gold(g)?;
    }
    if baseline.files.is_empty() {
        bail!(
            "{} lists no gold file: add one with --gold FILE",
            path.display()
        );
    }
    let measured = baseline.measure(pipeline)?;
    let report = baseline.compare(&measured);
    if !report.failures.is_empty() {
        write_stdout(&report.to_text())?;
        bail!("the pipeline failed on gold documents; baseline not written");
    }
    baseline.updated(&measured).save()?;
    write_stdout(&report.table())?;
    let changed = report
        .rows
        .iter()
        .filter(|r| r.baseline != r.current)
        .count();
    eprintln!(
        "newsextract: wrote {} ({changed} figure(s) changed)",
        path.display()
    );
    Ok(0)
}

fn write_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}
