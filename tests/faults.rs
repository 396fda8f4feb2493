//! Faults around the batch: output that cannot be written, inputs that vanish or break while
//! the batch runs, a closed pipe, Ctrl-C.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use newsextract::input::{InputOptions, Inputs};
use newsextract::record::ErrorKind;

use crate::util::{TempDir, lines, root, run};

const GOOD: &str = "corpus/seed-bloomberg-ice-cloud.txt";

/// Files in `dir` (temporary files included).
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn unwritable_output_paths_exit_1_with_a_message() {
    let dir = TempDir::new("unwritable");
    let file = dir.join("a-file");
    fs::write(&file, "x").unwrap();
    // A parent that is a file, and a directory of that name already there.
    let under_file = file.join("out.jsonl");
    let a_dir = dir.join("a-dir");
    fs::create_dir(&a_dir).unwrap();
    for target in [&under_file, &a_dir] {
        let out = run(&["extract", "-o", target.to_str().unwrap(), GOOD], b"");
        assert_eq!(out.status.code(), Some(1), "{}", target.display());
        let stderr = stderr_of(&out);
        assert!(
            stderr.starts_with("newsextract: error: "),
            "{}: {stderr}",
            target.display()
        );
        assert!(stderr.contains(&target.display().to_string()) || stderr.contains("output"));
        assert!(out.stdout.is_empty());
    }
    // The failed run into `a-dir` (found out only at the rename) left no temporary file.
    assert_eq!(entries(dir.path()), ["a-dir", "a-file"]);
    assert!(entries(&a_dir).is_empty());
}

#[test]
fn disk_full_on_standard_output_exits_1() {
    let full = fs::File::create("/dev/full").expect("/dev/full");
    let out = Command::new(env!("CARGO_BIN_EXE_newsextract"))
        .args(["extract", GOOD])
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("No space left on device"),
        "a clear message: {stderr}"
    );
}

#[test]
fn a_failed_write_to_a_file_leaves_nothing_that_looks_complete() {
    // A file-size limit of one block makes writes fail as on a full disk (EFBIG). SIGXFSZ is
    // ignored so that the write fails instead of killing the process.
    let dir = TempDir::new("full-file");
    let dest = dir.join("records.jsonl");
    fs::write(&dest, "the previous run's output\n").unwrap();
    let script = format!(
        "ulimit -f 1; trap '' XFSZ; exec '{}' extract -o '{}' {GOOD} {GOOD} {GOOD}",
        env!("CARGO_BIN_EXE_newsextract"),
        dest.display()
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("File too large"), "{stderr}");
    // The earlier file is untouched and no temporary file is left beside it.
    assert_eq!(
        fs::read_to_string(&dest).unwrap(),
        "the previous run's output\n"
    );
    assert_eq!(entries(dir.path()), ["records.jsonl"]);
}

#[test]
fn output_file_appears_only_when_complete() {
    let dir = TempDir::new("atomic");
    let dest = dir.join("records.jsonl");
    let out = run(&["extract", "-q", "-o", dest.to_str().unwrap(), GOOD], b"");
    assert!(out.status.success());
    assert_eq!(lines(&fs::read(&dest).unwrap()).len(), 1);
    assert_eq!(entries(dir.path()), ["records.jsonl"]);
}

#[test]
fn a_file_deleted_after_the_walk_is_an_error_record() {
    let dir = TempDir::new("vanishing");
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::write(dir.join(name), format!("Article {name} about $5 million.")).unwrap();
    }
    let mut inputs = Inputs::new(&[dir.path()], InputOptions::default());
    // The first article: the directory has been listed.
    assert!(inputs.next().unwrap().is_ok());
    fs::remove_file(dir.join("b.txt")).unwrap();
    let rest: Vec<_> = inputs.collect();
    assert_eq!(rest.len(), 2);
    let err = rest[0].as_ref().unwrap_err();
    assert_eq!(err.kind, ErrorKind::Unreadable);
    assert!(err.message.contains("b.txt"), "{}", err.message);
    assert!(rest[1].as_ref().unwrap().id.ends_with("c.txt"));
}

#[test]
fn unreadable_inputs_mid_batch_are_error_records_and_the_batch_goes_on() {
    // Tests run as root, for whom permissions do not stop reading; these fail for anyone:
    // a dangling symbolic link, a gzip file corrupt half-way, a symbolic link back up the tree,
    // a FIFO.
    let dir = TempDir::new("unreadable");
    let d = dir.path();
    fs::write(d.join("1-good.txt"), "Acme Corp. paid $5 million.").unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("2-dangling.txt")).unwrap();
    // Two gzip members (as `cat a.gz b.gz` makes): the first intact, the second damaged.
    let member = |from: usize| {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        for i in from..from + 500 {
            writeln!(
                gz,
                "{{\"id\": \"gz{i}\", \"text\": \"Line {i} of a dump.\"}}"
            )
            .unwrap();
        }
        gz.finish().unwrap()
    };
    let mut bytes = member(0);
    let mut damaged = member(500);
    for b in &mut damaged[12..] {
        *b = b.wrapping_mul(31).wrapping_add(7);
    }
    bytes.extend_from_slice(&damaged);
    fs::write(d.join("3-corrupt.jsonl.gz"), bytes).unwrap();
    fs::create_dir(d.join("4-sub")).unwrap();
    std::os::unix::fs::symlink("..", d.join("4-sub/loop")).unwrap();
    fs::write(d.join("4-sub/x.txt"), "Inside the loop: $7 million.").unwrap();
    fs::write(d.join("5-good.txt"), "Acme Corp. paid $9 million.").unwrap();
    // A FIFO nobody writes to: opening it would block the batch forever.
    let fifo = Command::new("mkfifo")
        .arg(d.join("6-fifo.txt"))
        .status()
        .unwrap();
    assert!(fifo.success());

    let out = run(&["extract", "--quiet", d.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let recs = lines(&out.stdout);
    let kind = |r: &serde_json::Value| r["error"]["kind"].as_str().unwrap_or("ok").to_string();
    let path = |r: &serde_json::Value| r["source"]["path"].as_str().unwrap().to_string();
    assert_eq!(kind(&recs[0]), "ok");
    assert!(path(&recs[0]).ends_with("1-good.txt"));
    assert_eq!(kind(&recs[1]), "unreadable");
    assert!(path(&recs[1]).ends_with("2-dangling.txt"));
    // The corrupt gzip: the lines before the damage, then one error record.
    let gz: Vec<&serde_json::Value> = recs
        .iter()
        .filter(|r| path(r).ends_with("3-corrupt.jsonl.gz"))
        .collect();
    let (last, before) = gz.split_last().unwrap();
    assert!(
        before.len() >= 500 && before.len() < 1000,
        "{}",
        before.len()
    );
    assert!(before.iter().all(|r| kind(r) == "ok"));
    assert_eq!(kind(last), "unreadable");
    assert!(
        last["error"]["message"]
            .as_str()
            .unwrap()
            .contains("3-corrupt.jsonl.gz")
    );
    // The loop is reported once and not followed; the batch goes on to the end.
    let tail: Vec<(String, String)> = recs[2 + gz.len()..]
        .iter()
        .map(|r| (kind(r), path(r)))
        .collect();
    assert_eq!(tail.len(), 4, "{tail:?}");
    assert_eq!(tail[0].0, "unreadable");
    assert!(tail[0].1.ends_with("loop"), "{tail:?}");
    assert!(tail[1].1.ends_with("4-sub/x.txt") && tail[1].0 == "ok");
    assert!(tail[2].1.ends_with("5-good.txt") && tail[2].0 == "ok");
    assert!(tail[3].1.ends_with("6-fifo.txt") && tail[3].0 == "unreadable");
}

#[test]
fn a_closed_pipe_is_a_quiet_exit() {
    // `newsextract extract big.jsonl | head -1`
    let dir = TempDir::new("sigpipe");
    let big = dir.join("big.jsonl");
    let mut data = String::new();
    for i in 0..5000 {
        data.push_str(&format!(
            "{{\"id\": \"{i}\", \"text\": \"Acme Corp. paid ${i} million on Oct. 21, 2020.\"}}\n"
        ));
    }
    fs::write(&big, data).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsextract"))
        .args(["extract", big.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"id\":\"0\""), "{first}");
    // The reader is dropped: the pipe is closed.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", stderr_of(&out));
}

/// Starts `newsextract extract ARGS -` fed by a slow producer (three articles, then nothing more,
/// the pipe left open), waits until `written` counts three records, sends SIGINT and returns
/// the finished process's output.
fn interrupt_after_three_articles(
    args: &[&str],
    mut written: impl FnMut(&mut std::process::Child) -> usize,
) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsextract"))
        .arg("extract")
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..3 {
        writeln!(
            stdin,
            "{{\"id\": \"a{i}\", \"text\": \"Acme Corp. paid ${i} million.\"}}"
        )
        .unwrap();
        stdin.flush().unwrap();
    }
    // The records come out although no chunk filled.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while written(&mut child) < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the three records are written while the input stalls"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    out
}

#[test]
fn ctrl_c_writes_what_was_read_prints_the_summary_and_exits_130() {
    let (tx, rx) = mpsc::channel();
    let mut reader = None;
    let mut seen = 0;
    let out = interrupt_after_three_articles(&[], |child| {
        if let Some(stdout) = child.stdout.take() {
            let tx = tx.clone();
            reader = Some(std::thread::spawn(move || {
                let mut records = Vec::new();
                for line in BufReader::new(stdout).lines() {
                    records.push(line.unwrap());
                    let _ = tx.send(records.len());
                }
                records
            }));
        }
        while let Ok(n) = rx.try_recv() {
            seen = n;
        }
        seen
    });
    assert_eq!(out.status.code(), Some(130));
    let records = reader.unwrap().join().unwrap();
    assert_eq!(records.len(), 3);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("3 articles read, 3 records written, 0 errors"),
        "{stderr}"
    );
    assert!(stderr.contains("interrupted"), "{stderr}");
}

#[test]
fn ctrl_c_with_an_output_file_keeps_the_records_under_a_partial_name() {
    let dir = TempDir::new("interrupted-file");
    let dest = dir.join("records.jsonl");
    fs::write(&dest, "the previous run's output\n").unwrap();
    let count_lines = |path: &Path| fs::read(path).map_or(0, |b| lines(&b).len());
    let out = interrupt_after_three_articles(&["-o", dest.to_str().unwrap()], |_| {
        // The records are flushed to the temporary file beside the destination.
        entries(dir.path())
            .iter()
            .filter(|n| n.starts_with(".records.jsonl.tmp-"))
            .map(|n| count_lines(&dir.join(n)))
            .sum()
    });
    assert_eq!(out.status.code(), Some(130));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("records.jsonl.partial"), "{stderr}");
    assert_eq!(
        fs::read_to_string(&dest).unwrap(),
        "the previous run's output\n"
    );
    assert_eq!(count_lines(&dir.join("records.jsonl.partial")), 3);
    assert_eq!(
        entries(dir.path()),
        ["records.jsonl", "records.jsonl.partial"]
    );
}
