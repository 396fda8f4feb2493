//! JSONL articles: one JSON object per line, read a line at a time with a length limit.

use std::io::{self, BufRead};

use serde::Deserialize;
use serde_json::Value;

use crate::record::{ErrorKind, Warning};

use super::{Article, ArticleError, decode};

/// Field names accepted for the article text, in order of preference.
pub const TEXT_FIELDS: &[&str] = &["text", "body", "content"];
/// Field names accepted for the publication date, in order of preference.
pub const DATE_FIELDS: &[&str] = &["dct", "date", "published", "published_at", "publish_date"];

/// The fields of an input line we read; everything else is skipped by the parser.
#[derive(Deserialize, Default)]
struct Line {
    id: Option<Value>,
    title: Option<Value>,
    url: Option<Value>,
    text: Option<Value>,
    body: Option<Value>,
    content: Option<Value>,
    dct: Option<Value>,
    date: Option<Value>,
    published: Option<Value>,
    published_at: Option<Value>,
    publish_date: Option<Value>,
}

/// The outcome of reading one line.
pub enum LineRead {
    /// A line of at most the limit (without its line break).
    Line,
    /// A line over the limit: its bytes were skipped, `buf` holds nothing useful.
    TooLong(usize),
    /// End of input.
    Eof,
}

/// Reads one line into `buf` (cleared first), keeping at most `max` bytes: a longer line is
/// consumed and skipped so that memory stays bounded.
pub fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<LineRead> {
    buf.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let content = if done { take - 1 } else { take };
        if total + content <= max {
            buf.extend_from_slice(&chunk[..content]);
        }
        total += content;
        reader.consume(take);
        if done {
            break;
        }
    }
    if !any {
        return Ok(LineRead::Eof);
    }
    if total > max {
        buf.clear();
        return Ok(LineRead::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(LineRead::Line)
}

/// Turns one non-blank JSONL line into an article. `fallback_id` is `path:line`.
pub fn parse_line(
    bytes: &[u8],
    fallback_id: String,
    source: crate::record::SourceRef,
) -> Result<Article, ArticleError> {
    let err = |kind, message: String| ArticleError {
        id: fallback_id.clone(),
        source: source.clone(),
        kind,
        message,
    };
    let mut warnings = Vec::new();
    let owned;
    let bytes = match std::str::from_utf8(bytes) {
        Ok(_) => bytes,
        Err(_) => {
            // JSON must be UTF-8; decode lossily so that the rest of the line still counts.
            owned = decode::decode(bytes.to_vec(), &mut warnings)
                .map_err(|e| err(ErrorKind::Binary, e.0))?;
            owned.as_bytes()
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    if first != Some(b'{') {
        let what = match first {
            Some(b'[') => "a JSON array",
            Some(b'"') => "a JSON string",
            Some(b'n') => "null",
            Some(b't' | b'f') => "a boolean",
            Some(b'0'..=b'9' | b'-') => "a number",
            _ => "not JSON",
        };
        return Err(err(
            ErrorKind::MalformedJson,
            format!("line is {what}, not a JSON object"),
        ));
    }
    let line: Line = serde_json::from_slice(bytes).map_err(|e| {
        let hint = if e.is_eof() {
            " (the line is cut short)"
        } else {
            ""
        };
        err(
            ErrorKind::MalformedJson,
            format!("line is not valid JSON{hint}: {e}"),
        )
    })?;
    let id = match &line.id {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => fallback_id.clone(),
    };
    let err = |kind, message: String| ArticleError {
        id: id.clone(),
        source: source.clone(),
        kind,
        message,
    };
    let mut text = None;
    for (name, field) in TEXT_FIELDS.iter().zip([line.text, line.body, line.content]) {
        match field {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => {
                text = Some(s);
                break;
            }
            Some(other) => {
                return Err(err(
                    ErrorKind::MissingText,
                    format!("field `{name}` is {}, not a string", json_kind(&other)),
                ));
            }
        }
    }
    let Some(text) = text else {
        return Err(err(
            ErrorKind::MissingText,
            "no `text`, `body` or `content` field holds the article".to_string(),
        ));
    };
    let dct = [
        line.dct,
        line.date,
        line.published,
        line.published_at,
        line.publish_date,
    ]
    .into_iter()
    .zip(DATE_FIELDS)
    .find_map(|(v, name)| match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
        Some(Value::Null) | None => None,
        Some(other) => {
            warnings.push(Warning::new(
                "bad_dct",
                format!(
                    "field `{name}` is {}, not a date string; ignored",
                    json_kind(&other)
                ),
            ));
            None
        }
    });
    Ok(Article {
        id,
        source,
        title: string_field(line.title),
        url: string_field(line.url),
        dct,
        text,
        warnings,
    })
}

fn string_field(v: Option<Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::SourceRef;

    fn parse(line: &str) -> Result<Article, ArticleError> {
        parse_line(
            line.as_bytes(),
            "f.jsonl:1".into(),
            SourceRef {
                path: "f.jsonl".into(),
                line: Some(1),
            },
        )
    }

    #[test]
    fn fields_and_fallbacks() {
        let a = parse(
            r#"{"id": 7, "body": "Hi", "published_at": "2020-01-02T03:04:05Z", "extra": [1,2]}"#,
        )
        .unwrap();
        assert_eq!(a.id, "7");
        assert_eq!(a.text, "Hi");
        assert_eq!(a.dct.as_deref(), Some("2020-01-02T03:04:05Z"));
        let b = parse(r#"{"text": "x"}"#).unwrap();
        assert_eq!(b.id, "f.jsonl:1");
    }

    #[test]
    fn errors_are_explained() {
        let e = parse("[1, 2]").unwrap_err();
        assert_eq!(e.kind, ErrorKind::MalformedJson);
        assert!(e.message.contains("array"));
        let e = parse(r#"{"id": "a", "text": 5}"#).unwrap_err();
        assert_eq!((e.kind, e.id.as_str()), (ErrorKind::MissingText, "a"));
        assert!(e.message.contains("number"));
        let e = parse(r#"{"id": "a", "title": "t"}"#).unwrap_err();
        assert_eq!(e.kind, ErrorKind::MissingText);
        let e = parse(r#"{"id": "a", "text": "cut"#).unwrap_err();
        assert!(e.message.contains("cut short"), "{}", e.message);
        let e = parse(r#"{"text": null}"#).unwrap_err();
        assert_eq!(e.kind, ErrorKind::MissingText);
    }

    #[test]
    fn limited_lines() {
        let data = b"short\r\nthis one is far too long\nok";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        assert!(matches!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            LineRead::Line
        ));
        assert_eq!(buf, b"short");
        assert!(matches!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            LineRead::TooLong(24)
        ));
        assert!(matches!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            LineRead::Line
        ));
        assert_eq!(buf, b"ok");
        assert!(matches!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            LineRead::Eof
        ));
    }
}
