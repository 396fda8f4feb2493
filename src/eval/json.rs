//! A JSON writer that prints exactly what Python's `json.dumps` prints (key order as given,
//! `ensure_ascii` escapes, float `repr`, `indent=N` layout), so that `newsextract eval --json`
//! and `score.py --json` produce the same bytes.

use super::score::py_float_repr;

/// A JSON value whose objects keep their key order.
#[derive(Debug, Clone, PartialEq)]
pub enum PyJson {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// An integer (Python `int`).
    Int(i64),
    /// A float (Python `float`, printed with its `repr`).
    Float(f64),
    /// A string.
    Str(String),
    /// A list.
    Arr(Vec<PyJson>),
    /// An object, keys in the order given.
    Obj(Vec<(String, PyJson)>),
}

impl PyJson {
    /// An object from `(key, value)` pairs.
    pub fn obj<K: Into<String>>(pairs: impl IntoIterator<Item = (K, PyJson)>) -> PyJson {
        PyJson::Obj(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// `json.dumps(value, indent=indent)`.
    pub fn dumps_indented(&self, indent: usize) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(indent), 0);
        out
    }

    /// `json.dumps(value)`: one line, `", "` and `": "` separators.
    pub fn dumps(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, 0);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, level: usize) {
        match self {
            PyJson::Null => out.push_str("null"),
            PyJson::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            PyJson::Int(i) => out.push_str(&i.to_string()),
            PyJson::Float(f) => out.push_str(&float(*f)),
            PyJson::Str(s) => write_str(out, s),
            PyJson::Arr(items) => {
                write_seq(out, ('[', ']'), items, indent, level, |out, v, lvl| {
                    v.write(out, indent, lvl)
                })
            }
            PyJson::Obj(pairs) => {
                write_seq(out, ('{', '}'), pairs, indent, level, |out, (k, v), lvl| {
                    write_str(out, k);
                    out.push_str(": ");
                    v.write(out, indent, lvl);
                })
            }
        }
    }
}

/// Brackets around items, laid out as `json.dumps` does with and without `indent`.
fn write_seq<T>(
    out: &mut String,
    (open, close): (char, char),
    items: &[T],
    indent: Option<usize>,
    level: usize,
    mut item: impl FnMut(&mut String, &T, usize),
) {
    out.push(open);
    if items.is_empty() {
        out.push(close);
        return;
    }
    for (i, x) in items.iter().enumerate() {
        match indent {
            Some(n) => {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&" ".repeat(n * (level + 1)));
            }
            None if i > 0 => out.push_str(", "),
            None => {}
        }
        item(out, x, level + 1);
    }
    if let Some(n) = indent {
        out.push('\n');
        out.push_str(&" ".repeat(n * level));
    }
    out.push(close);
}

/// A float as `json.dumps` writes it: its `repr`, or `NaN` / `Infinity`.
fn float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        py_float_repr(f)
    }
}

/// A string with `ensure_ascii` escapes: everything outside printable ASCII as `\uXXXX`
/// (surrogate pairs above the BMP).
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dumps_like_python() {
        let v = PyJson::obj([
            ("a", PyJson::Int(1)),
            ("b", PyJson::Float(1.0)),
            ("c", PyJson::obj::<String>([])),
            ("d", PyJson::Arr(vec![PyJson::Float(0.8571), PyJson::Null])),
            ("é\"\n😀", PyJson::Bool(true)),
        ]);
        // json.dumps({"a": 1, "b": 1.0, "c": {}, "d": [0.8571, None], "é\"\n😀": True}, indent=1)
        assert_eq!(
            v.dumps_indented(1),
            "{\n \"a\": 1,\n \"b\": 1.0,\n \"c\": {},\n \"d\": [\n  0.8571,\n  null\n ],\n \"\\u00e9\\\"\\n\\ud83d\\ude00\": true\n}"
        );
        assert_eq!(
            v.dumps(),
            "{\"a\": 1, \"b\": 1.0, \"c\": {}, \"d\": [0.8571, null], \"\\u00e9\\\"\\n\\ud83d\\ude00\": true}"
        );
        assert_eq!(
            PyJson::Str("\u{7f}\u{1}".into()).dumps(),
            "\"\\u007f\\u0001\""
        );
    }
}
