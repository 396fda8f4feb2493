//! Output: where records go. A [`Sink`] receives the outputs in input order.
//!
//! JSONL is the default ([`jsonl::JsonlSink`]); [`csv::CsvSink`] writes one CSV file per table
//! and [`sqlite::SqliteSink`] an SQLite database, both laid out by [`table`]. A sink that writes
//! to a file writes to a temporary name beside it and renames it at [`Sink::finish`], so a failed
//! run never leaves a file that looks complete.

pub mod csv;
pub mod json;
pub mod jsonl;
pub mod sqlite;
pub mod table;

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::record::Output;

/// Turns one output into the bytes a sink writes for it; runs on the worker threads.
pub type Encoder = fn(&mut Vec<u8>, &Output) -> io::Result<()>;

/// Receives one output per article, in input order.
pub trait Sink {
    /// Writes one output.
    fn write(&mut self, output: &Output) -> io::Result<()>;
    /// Passes on what was written so far (called after each chunk of articles, so that slow
    /// input is not held back in a buffer). Does nothing by default.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// For a sink whose output is a plain sequence of bytes: the function that encodes one
    /// output, so that the batch runs it on the worker threads and hands the sink finished
    /// bytes ([`Sink::write_encoded`]). `None` (the default): outputs go through [`Sink::write`].
    fn encoder(&self) -> Option<Encoder> {
        None
    }
    /// Writes bytes made by [`Sink::encoder`] for one or more outputs, in order.
    fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        let _ = bytes;
        Err(io::Error::other("this sink takes no encoded bytes"))
    }
    /// Flushes and completes the output (renames a temporary file into place).
    fn finish(self: Box<Self>) -> io::Result<()>;
    /// Flushes an output that stopped early (Ctrl-C) without making it look complete: a file
    /// goes to `FILE.partial` instead of `FILE`. Returns where it went, if not to standard
    /// output. By default the same as [`Sink::finish`].
    fn finish_partial(self: Box<Self>) -> io::Result<Option<PathBuf>> {
        self.finish().map(|()| None)
    }
}

/// The temporary name beside `dest` that a file is written under: `.NAME.tmp-PID`.
pub fn temporary_sibling(dest: &Path) -> io::Result<PathBuf> {
    let name = dest.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "output path has no file name")
    })?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    Ok(dest.with_file_name(tmp_name))
}

/// Whether `path` exists and is neither a regular file nor a directory: a device or a named
/// pipe, which output is written to in place.
fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// A file written under a temporary name and renamed into place on [`AtomicFile::commit`].
/// Dropped without commit, or when the commit fails, the temporary file is removed.
pub struct AtomicFile {
    writer: Option<BufWriter<File>>,
    tmp: PathBuf,
    dest: PathBuf,
    committed: bool,
}

impl AtomicFile {
    /// Creates `dest`'s temporary sibling.
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        // Found out now rather than at the rename, after the whole batch has run.
        if dest.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "output path is a directory",
            ));
        }
        let tmp = temporary_sibling(dest)?;
        let file = File::create(&tmp)?;
        Ok(AtomicFile {
            writer: Some(BufWriter::with_capacity(1 << 20, file)),
            tmp,
            dest: dest.to_path_buf(),
            committed: false,
        })
    }

    /// The writer.
    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer.as_mut().expect("the writer lives until commit")
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        let dest = self.dest.clone();
        self.commit_to(&dest)
    }

    /// Flushes, syncs and renames the file to `path` instead of its destination (for output
    /// that is known to be incomplete).
    pub fn commit_to(mut self, path: &Path) -> io::Result<()> {
        if let Some(w) = self.writer.take() {
            let file = w.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
        }
        fs::rename(&self.tmp, path)?;
        self.committed = true;
        Ok(())
    }

    /// Where an incomplete output goes: the destination with `.partial` appended.
    pub fn partial_path(&self) -> PathBuf {
        let mut name = self.dest.as_os_str().to_owned();
        name.push(".partial");
        PathBuf::from(name)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(w) = self.writer.take() {
            // Unwritten data is dropped, not flushed: the file is going away.
            drop(w.into_parts());
        }
        if !self.committed {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Standard output, an [`AtomicFile`], or a device.
pub enum Destination {
    /// Standard output, buffered.
    Stdout(BufWriter<io::Stdout>),
    /// A file, renamed into place at the end.
    File(AtomicFile),
    /// A path that exists and is no regular file (`/dev/null`, a named pipe): written to
    /// directly. A temporary file renamed over it would replace the device with a file.
    Special(BufWriter<File>, PathBuf),
}

impl Destination {
    /// `None` or `-` is standard output; anything else a file.
    pub fn open(path: Option<&Path>) -> io::Result<Destination> {
        match path {
            None => Ok(Destination::Stdout(BufWriter::with_capacity(
                1 << 20,
                io::stdout(),
            ))),
            Some(p) if p == Path::new("-") => Ok(Destination::Stdout(BufWriter::with_capacity(
                1 << 20,
                io::stdout(),
            ))),
            Some(p) if is_special(p) => {
                let file = fs::OpenOptions::new().write(true).open(p)?;
                Ok(Destination::Special(
                    BufWriter::with_capacity(1 << 20, file),
                    p.to_path_buf(),
                ))
            }
            Some(p) => AtomicFile::create(p).map(Destination::File),
        }
    }

    /// Flushes an incomplete output; a file goes to [`AtomicFile::partial_path`], which is
    /// returned.
    pub fn finish_partial(self) -> io::Result<Option<PathBuf>> {
        match self {
            Destination::Stdout(mut w) => w.flush().map(|()| None),
            Destination::Special(mut w, path) => w.flush().map(|()| Some(path)),
            Destination::File(f) => {
                let path = f.partial_path();
                f.commit_to(&path).map(|()| Some(path))
            }
        }
    }

    /// Flushes (and renames a file into place).
    pub fn finish(self) -> io::Result<()> {
        match self {
            Destination::Stdout(mut w) => w.flush(),
            Destination::Special(mut w, _) => w.flush(),
            Destination::File(f) => f.commit(),
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Destination::Stdout(w) => w.write(buf),
            Destination::Special(w, _) => w.write(buf),
            Destination::File(f) => f.writer().write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Destination::Stdout(w) => w.write_all(buf),
            Destination::Special(w, _) => w.write_all(buf),
            Destination::File(f) => f.writer().write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Destination::Stdout(w) => w.flush(),
            Destination::Special(w, _) => w.flush(),
            Destination::File(f) => f.writer().flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_file_appears_only_on_commit() {
        let dir = std::env::temp_dir().join(format!("newsextract-atomic-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let dest = dir.join("out.jsonl");
        let mut f = AtomicFile::create(&dest).unwrap();
        f.writer().write_all(b"x\n").unwrap();
        assert!(!dest.exists());
        f.commit().unwrap();
        assert_eq!(fs::read(&dest).unwrap(), b"x\n");
        let mut g = AtomicFile::create(&dir.join("never.jsonl")).unwrap();
        g.writer().write_all(b"y").unwrap();
        drop(g);
        let left: Vec<_> = fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1, "temporary file removed on drop");
        // A commit that fails (here the rename: a directory took the name meanwhile) leaves
        // no temporary file either.
        let taken = dir.join("taken.jsonl");
        let mut h = AtomicFile::create(&taken).unwrap();
        h.writer().write_all(b"z").unwrap();
        fs::create_dir(&taken).unwrap();
        fs::write(taken.join("inside"), "so that the rename cannot replace it").unwrap();
        assert!(h.commit().is_err());
        let mut left: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["out.jsonl", "taken.jsonl"]);
        assert!(
            AtomicFile::create(&taken).is_err(),
            "a directory is refused up front"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
