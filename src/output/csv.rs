//! CSV output: one file per table ([`super::table::TABLES`]) in a directory, ready for
//! PostgreSQL's `COPY … WITH (FORMAT csv, HEADER)`.
//!
//! Fields are quoted as RFC 4180 says (a field holding a comma, a double quote, CR or LF is
//! enclosed in double quotes, and its double quotes doubled), with one more rule that
//! PostgreSQL and DuckDB read: NULL is an empty unquoted field and the empty string is `""`.
//! That distinction is why the quoting is written here rather than with the `csv` crate, whose
//! writer puts both as an empty field. Lines end in LF.
//!
//! Each file is written under a temporary name and renamed into place at [`Sink::finish`].

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use super::table::{TABLES, TableDef, Value};
use super::{AtomicFile, Sink};
use crate::record::Output;

/// Writes every table as `DIR/<table>.csv`.
pub struct CsvSink {
    files: Vec<(&'static dyn TableDef, AtomicFile)>,
    line: Vec<u8>,
}

impl CsvSink {
    /// Creates `dir` if needed and starts one file per table (each with its header line).
    pub fn create(dir: &Path) -> io::Result<CsvSink> {
        fs::create_dir_all(dir)?;
        let mut line = Vec::with_capacity(1 << 16);
        let mut files = Vec::with_capacity(TABLES.len());
        for &table in TABLES {
            let mut file = AtomicFile::create(&dir.join(format!("{}.csv", table.name())))?;
            line.clear();
            let header: Vec<Value> = table
                .columns()
                .iter()
                .map(|c| Value::from(c.name))
                .collect();
            write_row(&mut line, &header);
            file.writer().write_all(&line)?;
            files.push((table, file));
        }
        Ok(CsvSink { files, line })
    }
}

impl Sink for CsvSink {
    fn write(&mut self, output: &Output) -> io::Result<()> {
        let line = &mut self.line;
        for (table, file) in &mut self.files {
            let writer = file.writer();
            table.rows(output, &mut |cells| {
                line.clear();
                write_row(line, cells);
                writer.write_all(line)
            })?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        for (_, file) in self.files {
            file.commit()?;
        }
        Ok(())
    }
}

/// Appends one CSV line (with its LF) to `out`.
pub fn write_row(out: &mut Vec<u8>, cells: &[Value]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_field(out, cell);
    }
    out.push(b'\n');
}

/// Appends one field.
fn write_field(out: &mut Vec<u8>, cell: &Value) {
    match cell {
        Value::Null => {}
        Value::Integer(n) => {
            let _ = write!(out, "{n}");
        }
        // Rust's shortest round-trip form, never an exponent: every database parses it back to
        // the same double.
        Value::Real(x) => {
            let _ = write!(out, "{x}");
        }
        Value::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Text(s) => write_text(out, s),
    }
}

/// Appends a text field, quoted when it must be: when it holds a delimiter, a quote or a line
/// break, when it is empty (unquoted empty means NULL), and when it is `\.` (PostgreSQL's
/// end-of-data marker, unless quoted).
fn write_text(out: &mut Vec<u8>, s: &str) {
    let needs_quotes =
        s.is_empty() || s == "\\." || s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if !needs_quotes {
        out.extend_from_slice(s.as_bytes());
        return;
    }
    out.push(b'"');
    for piece in s.split_inclusive('"') {
        out.extend_from_slice(piece.as_bytes());
        if piece.ends_with('"') {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(cells: &[Value]) -> String {
        let mut out = Vec::new();
        write_row(&mut out, cells);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("", "\"\""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("\"", "\"\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r\nlf", "\"cr\r\nlf\""),
            ("\\.", "\"\\.\""),
            (" spaced ", " spaced "),
            ("naïve — ok", "naïve — ok"),
        ];
        for (text, want) in cases {
            assert_eq!(line(&[Value::from(*text)]), format!("{want}\n"), "{text:?}");
        }
    }

    #[test]
    fn null_is_an_empty_field_and_numbers_are_plain() {
        let cells = [
            Value::Null,
            Value::Integer(-3),
            Value::Real(100_000_000.0),
            Value::Real(0.25),
            Value::Boolean(true),
            Value::Null,
        ];
        assert_eq!(line(&cells), ",-3,100000000,0.25,true,\n");
    }
}
