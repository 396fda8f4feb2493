//! JSONL output: one JSON object per line, fields in schema order.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{Destination, Encoder, Sink};
use crate::record::Output;

/// Writes each output as one line of JSON.
pub struct JsonlSink {
    dest: Destination,
    buf: Vec<u8>,
}

impl JsonlSink {
    /// A sink writing to `dest`.
    pub fn new(dest: Destination) -> JsonlSink {
        JsonlSink {
            dest,
            buf: Vec::with_capacity(64 * 1024),
        }
    }
}

/// Appends `output` as one JSON line (with its newline) to `buf`.
pub fn write_line(buf: &mut Vec<u8>, output: &Output) -> io::Result<()> {
    super::json::to_vec(buf, output).map_err(io::Error::other)?;
    buf.push(b'\n');
    Ok(())
}

impl Sink for JsonlSink {
    fn write(&mut self, output: &Output) -> io::Result<()> {
        self.buf.clear();
        write_line(&mut self.buf, output)?;
        self.dest.write_all(&self.buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.dest.flush()
    }

    fn encoder(&self) -> Option<Encoder> {
        Some(write_line)
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.dest.write_all(bytes)
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.dest.finish()
    }

    fn finish_partial(self: Box<Self>) -> io::Result<Option<PathBuf>> {
        self.dest.finish_partial()
    }
}
