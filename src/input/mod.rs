//! Input: paths, directories, `-` for standard input, `.gz` files → a stream of articles.
//!
//! - A `.txt` file (or any file of another extension named on the command line) is one article.
//! - A `.jsonl` / `.ndjson` file is one article per line (see [`jsonl`] for the fields read).
//! - A directory is walked recursively in sorted order; inside it only `.txt`, `.jsonl`,
//!   `.ndjson` files (and their `.gz` versions) are read, hidden entries skipped.
//! - `-` is standard input: JSONL when the first non-blank character is `{`, else one article.
//!
//! [`Inputs`] yields one item per article, in input order: an [`Article`], or an
//! [`ArticleError`] that becomes an error record (unreadable file, malformed line, document over
//! the size limit…). Nothing is read before it is needed and no file is held whole beyond
//! `max_bytes`, so memory stays bounded whatever the size of the dump.

pub mod decode;
pub mod jsonl;

use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;

use crate::record::{ErrorInfo, ErrorKind, ErrorRecord, SourceRef, Warning};

use jsonl::LineRead;

/// Default limit on the size of one article (`--max-bytes`).
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// One article as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The input's id, else the path, or `path:line` for JSONL.
    pub id: String,
    /// Where it came from.
    pub source: SourceRef,
    /// Title, when the input has one.
    pub title: Option<String>,
    /// URL, when the input has one.
    pub url: Option<String>,
    /// Publication date as the input gives it (ISO date or date-time), unparsed.
    pub dct: Option<String>,
    /// The text: what every offset refers to.
    pub text: String,
    /// Oddities met while reading (invalid UTF-8…).
    pub warnings: Vec<Warning>,
}

impl Article {
    /// An article from a plain string, for library use and tests.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Article {
        let id = id.into();
        Article {
            source: SourceRef {
                path: id.clone(),
                line: None,
            },
            id,
            title: None,
            url: None,
            dct: None,
            text: text.into(),
            warnings: Vec::new(),
        }
    }
}

/// An article that could not be read; it becomes an error record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleError {
    /// As in [`Article::id`].
    pub id: String,
    /// Where it came from.
    pub source: SourceRef,
    /// What kind of failure.
    pub kind: ErrorKind,
    /// What happened.
    pub message: String,
}

impl ArticleError {
    /// The error record written for this article.
    pub fn into_record(self) -> ErrorRecord {
        ErrorRecord {
            id: self.id,
            source: self.source,
            error: ErrorInfo {
                kind: self.kind,
                message: self.message,
            },
        }
    }
}

/// How a source is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
    /// Standard input: decided by its first non-blank byte.
    Sniff,
}

/// A file (or stdin) to read, with how to read it.
#[derive(Debug, Clone)]
struct Source {
    path: PathBuf,
    display: String,
    format: Format,
    gzip: bool,
    stdin: bool,
}

/// Settings for reading input.
#[derive(Debug, Clone, Copy)]
pub struct InputOptions {
    /// Articles over this many bytes (decompressed) become `too_large` errors.
    pub max_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// The articles of a list of paths, in order. See the module docs.
pub struct Inputs {
    pending: VecDeque<PendingPath>,
    /// Files to read, and the directories of a walk that could not be listed, in walk order.
    sources: VecDeque<Result<Source, ArticleError>>,
    current: Option<OpenJsonl>,
    options: InputOptions,
    line_buf: Vec<u8>,
}

/// A path not yet expanded (directories are listed when reached, not up front).
enum PendingPath {
    Given(PathBuf),
    Stdin,
}

/// A JSONL source being read.
struct OpenJsonl {
    reader: Box<dyn BufRead + Send>,
    display: String,
    line: u64,
}

impl Inputs {
    /// Articles of `paths` (`-` is standard input).
    pub fn new<P: AsRef<Path>>(paths: &[P], options: InputOptions) -> Inputs {
        let pending = paths
            .iter()
            .map(|p| {
                let p = p.as_ref();
                if p == Path::new("-") {
                    PendingPath::Stdin
                } else {
                    PendingPath::Given(p.to_path_buf())
                }
            })
            .collect();
        Inputs {
            pending,
            sources: VecDeque::new(),
            current: None,
            options,
            line_buf: Vec::new(),
        }
    }

    /// Articles of JSONL read from `reader`: any buffered reader (bytes in memory, a socket, a
    /// decompressor). `name` stands for the path in ids (`name:line`) and sources.
    pub fn from_jsonl_reader<R>(name: &str, reader: R, options: InputOptions) -> Inputs
    where
        R: BufRead + Send + 'static,
    {
        Inputs {
            pending: VecDeque::new(),
            sources: VecDeque::new(),
            current: Some(OpenJsonl {
                reader: Box::new(reader),
                display: name.to_string(),
                line: 0,
            }),
            options,
            line_buf: Vec::new(),
        }
    }

    /// Moves the next pending path into `sources`; false when none is left.
    fn expand_next(&mut self) -> Option<Result<(), ArticleError>> {
        let next = self.pending.pop_front()?;
        Some(match next {
            PendingPath::Stdin => {
                self.sources.push_back(Ok(Source {
                    path: PathBuf::from("-"),
                    display: "-".into(),
                    format: Format::Sniff,
                    gzip: false,
                    stdin: true,
                }));
                Ok(())
            }
            PendingPath::Given(path) => match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    let mut found = Vec::new();
                    walk(&path, &mut Vec::new(), &mut found);
                    self.sources.extend(found);
                    Ok(())
                }
                Ok(_) => {
                    self.sources.push_back(Ok(source_for(&path)));
                    Ok(())
                }
                Err(e) => Err(unreadable(&path.display().to_string(), None, &e)),
            },
        })
    }

    fn next_from_jsonl(&mut self) -> Option<Result<Article, ArticleError>> {
        let max = self.options.max_bytes;
        let open = self.current.as_mut()?;
        loop {
            let read = jsonl::read_line_limited(&mut *open.reader, &mut self.line_buf, max);
            open.line += 1;
            let line_no = open.line;
            let source = SourceRef {
                path: open.display.clone(),
                line: Some(line_no),
            };
            let fallback_id = format!("{}:{}", open.display, line_no);
            match read {
                Ok(LineRead::Eof) => {
                    self.current = None;
                    return None;
                }
                Ok(LineRead::TooLong(n)) => {
                    return Some(Err(ArticleError {
                        id: fallback_id,
                        source,
                        kind: ErrorKind::TooLarge,
                        message: format!(
                            "line of {n} bytes is over the limit of {max} bytes (--max-bytes)"
                        ),
                    }));
                }
                Ok(LineRead::Line) => {
                    if self.line_buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(jsonl::parse_line(&self.line_buf, fallback_id, source));
                }
                Err(e) => {
                    let display = open.display.clone();
                    self.current = None;
                    return Some(Err(unreadable(&display, Some(line_no), &e)));
                }
            }
        }
    }

    /// Opens `src`: a text source yields its single article now; a JSONL source becomes current.
    fn open(&mut self, src: Source) -> Option<Result<Article, ArticleError>> {
        let reader = match open_reader(&src) {
            Ok(r) => r,
            Err(e) => return Some(Err(unreadable(&src.display, None, &e))),
        };
        let (format, reader) = match src.format {
            Format::Sniff => match sniff(reader, self.options.max_bytes) {
                Ok(x) => x,
                Err(e) => return Some(Err(unreadable(&src.display, None, &e))),
            },
            f => (f, reader),
        };
        match format {
            Format::Jsonl => {
                self.current = Some(OpenJsonl {
                    reader,
                    display: src.display,
                    line: 0,
                });
                None
            }
            _ => Some(read_text(reader, &src.display, self.options.max_bytes)),
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Article, ArticleError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_some() {
                if let Some(item) = self.next_from_jsonl() {
                    return Some(item);
                }
                continue;
            }
            match self.sources.pop_front() {
                Some(Ok(src)) => {
                    if let Some(item) = self.open(src) {
                        return Some(item);
                    }
                    continue;
                }
                Some(Err(e)) => return Some(Err(e)),
                None => {}
            }
            match self.expand_next()? {
                Ok(()) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// The kind of file `path` is, from its extension; files of unknown kinds are text.
fn source_for(path: &Path) -> Source {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (gzip, inner) = match name.strip_suffix(".gz") {
        Some(inner) => (true, inner.to_string()),
        None => (false, name),
    };
    let format = if inner.ends_with(".jsonl") || inner.ends_with(".ndjson") {
        Format::Jsonl
    } else {
        Format::Text
    };
    Source {
        path: path.to_path_buf(),
        display: path.display().to_string(),
        format,
        gzip,
        stdin: false,
    }
}

/// Whether a file met in a directory walk is read (explicitly named files always are).
fn wanted_in_dir(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let inner = name.strip_suffix(".gz").unwrap_or(&name);
    [".txt", ".jsonl", ".ndjson"]
        .iter()
        .any(|ext| inner.ends_with(ext))
}

/// Lists the readable files under `dir`, recursively, sorted by name at each level; a
/// directory that cannot be listed, a broken link or a file that is not a regular file (a FIFO
/// would block the batch) is an error in its place. `ancestors` holds the canonical
/// paths of the directories being walked: a symbolic link back to one of them is a loop, reported
/// and not followed.
fn walk(dir: &Path, ancestors: &mut Vec<PathBuf>, out: &mut Vec<Result<Source, ArticleError>>) {
    let display = dir.display().to_string();
    let canonical = match fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => return out.push(Err(unreadable(&display, None, &e))),
    };
    if ancestors.contains(&canonical) {
        return out.push(Err(ArticleError {
            id: display.clone(),
            source: SourceRef {
                path: display,
                line: None,
            },
            kind: ErrorKind::Unreadable,
            message: format!(
                "directory loop: {} is {}, which is being read already; not followed",
                dir.display(),
                canonical.display()
            ),
        }));
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return out.push(Err(unreadable(&display, None, &e))),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .map(|n| n.to_string_lossy().starts_with('.'))
                .unwrap_or(true)
        })
        .collect();
    paths.sort();
    ancestors.push(canonical);
    for p in paths {
        match fs::metadata(&p) {
            Ok(meta) if meta.is_dir() => walk(&p, ancestors, out),
            _ if !wanted_in_dir(&p) => {}
            Ok(meta) if meta.is_file() => out.push(Ok(source_for(&p))),
            // Opening a FIFO blocks until someone writes to it: a walk must not hang on one.
            Ok(_) => out.push(Err(ArticleError {
                id: p.display().to_string(),
                source: SourceRef {
                    path: p.display().to_string(),
                    line: None,
                },
                kind: ErrorKind::Unreadable,
                message: format!(
                    "{} is not a regular file (a FIFO, socket or device); skipped",
                    p.display()
                ),
            })),
            Err(e) => out.push(Err(unreadable(&p.display().to_string(), None, &e))),
        }
    }
    ancestors.pop();
}

fn open_reader(src: &Source) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if src.stdin {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(&src.path)?)
    };
    Ok(if src.gzip {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            MultiGzDecoder::new(BufReader::new(raw)),
        ))
    } else {
        Box::new(BufReader::with_capacity(256 * 1024, raw))
    })
}

/// Decides how to read standard input: gzip is unpacked; JSONL when the first non-blank byte is
/// `{`, else one text. The blank bytes looked at are kept for the text; past `max` of them the
/// input is a text (over the size limit), so that a flood of blanks is not held in memory.
fn sniff(
    mut reader: Box<dyn BufRead + Send>,
    max: usize,
) -> io::Result<(Format, Box<dyn BufRead + Send>)> {
    if reader.fill_buf()?.starts_with(b"\x1F\x8B") {
        reader = Box::new(BufReader::with_capacity(
            256 * 1024,
            MultiGzDecoder::new(reader),
        ));
    }
    let mut lead = Vec::new();
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        lead.extend_from_slice(&buf[..blank]);
        let done = blank < buf.len();
        reader.consume(blank);
        if done || lead.len() > max {
            break;
        }
    }
    let first = reader.fill_buf()?.first().copied();
    let format = if first == Some(b'{') && lead.len() <= max {
        Format::Jsonl
    } else {
        Format::Text
    };
    Ok((
        format,
        Box::new(BufReader::new(Cursor::new(lead).chain(reader))),
    ))
}

/// Reads a whole text source as one article, refusing more than `max` bytes.
fn read_text(
    reader: Box<dyn BufRead + Send>,
    display: &str,
    max: usize,
) -> Result<Article, ArticleError> {
    let mut bytes = Vec::new();
    let mut limited = reader.take(max as u64 + 1);
    if let Err(e) = limited.read_to_end(&mut bytes) {
        return Err(unreadable(display, None, &e));
    }
    let source = SourceRef {
        path: display.to_string(),
        line: None,
    };
    if bytes.len() > max {
        return Err(ArticleError {
            id: display.to_string(),
            source,
            kind: ErrorKind::TooLarge,
            message: format!("document is over the limit of {max} bytes (--max-bytes)"),
        });
    }
    let mut warnings = Vec::new();
    match decode::decode(bytes, &mut warnings) {
        Ok(text) => Ok(Article {
            id: display.to_string(),
            source,
            title: None,
            url: None,
            dct: None,
            text,
            warnings,
        }),
        Err(e) => Err(ArticleError {
            id: display.to_string(),
            source,
            kind: ErrorKind::Binary,
            message: e.0,
        }),
    }
}

fn unreadable(display: &str, line: Option<u64>, e: &io::Error) -> ArticleError {
    ArticleError {
        id: match line {
            Some(n) => format!("{display}:{n}"),
            None => display.to_string(),
        },
        source: SourceRef {
            path: display.to_string(),
            line,
        },
        kind: ErrorKind::Unreadable,
        message: format!("cannot read {display}: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsextract-input-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn directory_walk_is_sorted_and_filtered() {
        let dir = temp_dir("walk");
        fs::create_dir_all(dir.join("b")).unwrap();
        fs::write(dir.join("b/2.txt"), "two").unwrap();
        fs::write(dir.join("a.txt"), "one").unwrap();
        fs::write(
            dir.join("c.jsonl"),
            "{\"text\":\"three\"}\n\n{\"text\":\"four\"}\n",
        )
        .unwrap();
        fs::write(dir.join("notes.md"), "skipped").unwrap();
        fs::write(dir.join(".hidden.txt"), "skipped").unwrap();
        let mut gz = flate2::write::GzEncoder::new(
            File::create(dir.join("d.txt.gz")).unwrap(),
            flate2::Compression::default(),
        );
        gz.write_all(b"five").unwrap();
        gz.finish().unwrap();
        let texts: Vec<String> = Inputs::new(&[&dir], InputOptions::default())
            .map(|a| a.unwrap().text)
            .collect();
        assert_eq!(texts, vec!["one", "two", "three", "four", "five"]);
        let ids: Vec<String> = Inputs::new(&[dir.join("c.jsonl")], InputOptions::default())
            .map(|a| a.unwrap().id)
            .collect();
        assert!(ids[1].ends_with("c.jsonl:3"), "{ids:?}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn missing_and_oversized_inputs_are_errors() {
        let dir = temp_dir("errors");
        fs::write(dir.join("big.txt"), "x".repeat(100)).unwrap();
        let items: Vec<_> = Inputs::new(
            &[dir.join("nope.txt"), dir.join("big.txt")],
            InputOptions { max_bytes: 10 },
        )
        .collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::Unreadable);
        assert_eq!(items[1].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn sniffing_keeps_leading_blanks_of_text() {
        let reader: Box<dyn BufRead + Send> = Box::new(Cursor::new(b"\n  Hello".to_vec()));
        let (format, mut r) = sniff(reader, 100).unwrap();
        assert_eq!(format, Format::Text);
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "\n  Hello");
        let reader: Box<dyn BufRead + Send> = Box::new(Cursor::new(b" \n{\"text\":1}".to_vec()));
        assert_eq!(sniff(reader, 100).unwrap().0, Format::Jsonl);
        // A flood of blanks stops the sniffing: a text, over the limit.
        let mut flood = vec![b' '; 300_000];
        flood.push(b'{');
        let reader: Box<dyn BufRead + Send> = Box::new(Cursor::new(flood));
        assert_eq!(sniff(reader, 100).unwrap().0, Format::Text);
    }
}
