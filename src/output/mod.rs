//! Output: where records go. A [`Sink`] receives the outputs in input order.
//!
//! JSONL is the default ([`jsonl::JsonlSink`]). A sink that writes to a file writes to a
//! temporary name beside it and renames it at [`Sink::finish`], so a failed run never leaves a
//! file that looks complete.

pub mod jsonl;

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
}

/// A file written under a temporary name and renamed into place on [`AtomicFile::commit`].
/// Dropped without commit, the temporary file is removed.
pub struct AtomicFile {
    writer: Option<BufWriter<File>>,
    tmp: PathBuf,
    dest: PathBuf,
}

impl AtomicFile {
    /// Creates `dest`'s temporary sibling.
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let name = dest.file_name().ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "output path has no file name")
        })?;
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".tmp-{}", std::process::id()));
        let tmp = dest.with_file_name(tmp_name);
        let file = File::create(&tmp)?;
        Ok(AtomicFile {
            writer: Some(BufWriter::with_capacity(1 << 20, file)),
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    /// The writer.
    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer.as_mut().expect("the writer lives until commit")
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        if let Some(w) = self.writer.take() {
            let file = w.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
        }
        fs::rename(&self.tmp, &self.dest)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.is_some() {
            self.writer = None;
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Standard output or an [`AtomicFile`].
pub enum Destination {
    /// Standard output, buffered.
    Stdout(BufWriter<io::Stdout>),
    /// A file, renamed into place at the end.
    File(AtomicFile),
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
            Some(p) => AtomicFile::create(p).map(Destination::File),
        }
    }

    /// Flushes (and renames a file into place).
    pub fn finish(self) -> io::Result<()> {
        match self {
            Destination::Stdout(mut w) => w.flush(),
            Destination::File(f) => f.commit(),
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Destination::Stdout(w) => w.write(buf),
            Destination::File(f) => f.writer().write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Destination::Stdout(w) => w.write_all(buf),
            Destination::File(f) => f.writer().write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Destination::Stdout(w) => w.flush(),
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
        fs::remove_dir_all(&dir).unwrap();
    }
}
