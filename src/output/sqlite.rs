//! SQLite output: the tables of [`super::table::TABLES`] in one database file, with primary
//! keys, foreign keys (`ON DELETE CASCADE` from every mention table to `articles`) and indexes.
//!
//! An article is keyed by its id. Writing a record whose id is already stored with the same
//! `text_sha256` changes nothing; with another `text_sha256`, the article's rows are replaced.
//! So re-running on the same input neither duplicates nor loses rows. An error record replaces
//! the `errors` row of its id and leaves a stored article alone (a later failed attempt must not
//! destroy good data); a record clears the `errors` row of its id.
//!
//! A new database is built under a temporary name beside the destination and renamed into
//! place at [`Sink::finish`]; [`SqliteOptions::append`] opens an existing one (or creates it)
//! in place. Writes are grouped into transactions of [`SqliteOptions::batch_articles`]
//! articles: a run that fails leaves an appended database as of its last committed batch.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, ToSql, params_from_iter};

use super::table::{self, ARTICLE_ID, ARTICLES, Dialect, ERRORS, TABLES, TableDef, Value};
use super::{Sink, temporary_sibling};
use crate::record::Output;

/// How to open the database.
#[derive(Debug, Clone)]
pub struct SqliteOptions {
    /// Add to (and update) an existing database in place. Without it, the destination must not
    /// exist.
    pub append: bool,
    /// Articles per transaction.
    pub batch_articles: usize,
}

impl Default for SqliteOptions {
    fn default() -> Self {
        SqliteOptions {
            append: false,
            batch_articles: 1000,
        }
    }
}

/// Writes outputs into an SQLite database.
pub struct SqliteSink {
    conn: Option<Connection>,
    /// For a new database: (temporary path, destination).
    rename: Option<(PathBuf, PathBuf)>,
    /// Each table with its INSERT statement.
    inserts: Vec<(&'static dyn TableDef, String)>,
    select_sha: String,
    delete_article: String,
    delete_error: String,
    /// Outputs written in the open transaction.
    pending: usize,
    batch_articles: usize,
}

fn sql_error(e: rusqlite::Error) -> io::Error {
    io::Error::other(format!("SQLite: {e}"))
}

impl SqliteSink {
    /// Opens the database at `path` (see [`SqliteOptions`]) and creates what is missing of
    /// its tables, columns and indexes.
    pub fn open(path: &Path, options: &SqliteOptions) -> io::Result<SqliteSink> {
        let (conn, rename) = if options.append {
            (Connection::open(path).map_err(sql_error)?, None)
        } else {
            if path.exists() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} already exists", path.display()),
                ));
            }
            let tmp = temporary_sibling(path)?;
            // A leftover of a killed run with the same process id.
            let _ = fs::remove_file(&tmp);
            let conn = Connection::open(&tmp).map_err(sql_error)?;
            (conn, Some((tmp, path.to_path_buf())))
        };
        // From here on, dropping `sink` removes a temporary file.
        let mut sink = SqliteSink {
            conn: Some(conn),
            rename,
            inserts: Vec::new(),
            select_sha: format!(
                "SELECT text_sha256 FROM {} WHERE {ARTICLE_ID} = ?1",
                ARTICLES.name
            ),
            delete_article: format!("DELETE FROM {} WHERE {ARTICLE_ID} = ?1", ARTICLES.name),
            delete_error: format!("DELETE FROM {} WHERE {ARTICLE_ID} = ?1", ERRORS.name),
            pending: 0,
            batch_articles: options.batch_articles.max(1),
        };
        sink.prepare_schema().map_err(sql_error)?;
        Ok(sink)
    }

    fn prepare_schema(&mut self) -> rusqlite::Result<()> {
        let Some(conn) = &self.conn else {
            return Ok(());
        };
        if self.rename.is_some() {
            // Nothing else can see the temporary file and it is renamed only once complete,
            // so it needs no journal on disk and no syncing until then.
            conn.execute_batch("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;")?;
        }
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        conn.set_prepared_statement_cache_capacity(4 * TABLES.len() + 8);
        conn.execute_batch(&table::create_statements(Dialect::Sqlite, true))?;
        for &table in TABLES {
            add_missing_columns(conn, table)?;
            let columns: Vec<String> = table
                .columns()
                .iter()
                .map(|c| table::quote_ident(c.name).into_owned())
                .collect();
            let params: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
            let insert = format!(
                "INSERT INTO {} ({}) VALUES ({})",
                table.name(),
                columns.join(", "),
                params.join(", ")
            );
            self.inserts.push((table, insert));
        }
        Ok(())
    }

    fn write_output(&mut self, output: &Output) -> io::Result<()> {
        let Some(conn) = &self.conn else {
            return Err(io::Error::other("the database is closed"));
        };
        if self.pending == 0 {
            conn.execute_batch("BEGIN IMMEDIATE").map_err(sql_error)?;
        }
        self.pending += 1;
        let id = output.id();
        // Either way, the errors row of the id goes: a record resolves the failure, an error
        // record replaces it.
        conn.prepare_cached(&self.delete_error)
            .and_then(|mut s| s.execute([id]))
            .map_err(sql_error)?;
        if let Output::Record(record) = output {
            let stored: Option<String> = conn
                .prepare_cached(&self.select_sha)
                .and_then(|mut s| s.query_row([id], |row| row.get(0)).optional())
                .map_err(sql_error)?;
            match stored {
                Some(sha) if sha == record.text_sha256 => return Ok(()),
                // Its mention rows go with it (ON DELETE CASCADE).
                Some(_) => conn
                    .prepare_cached(&self.delete_article)
                    .and_then(|mut s| s.execute([id]))
                    .map(drop)
                    .map_err(sql_error)?,
                None => {}
            }
        }
        for (table, sql) in &self.inserts {
            let mut stmt = conn.prepare_cached(sql).map_err(sql_error)?;
            table.rows(output, &mut |cells| {
                stmt.execute(params_from_iter(cells))
                    .map(drop)
                    .map_err(sql_error)
            })?;
        }
        Ok(())
    }

    fn commit(&mut self) -> io::Result<()> {
        if self.pending > 0 {
            if let Some(conn) = &self.conn {
                conn.execute_batch("COMMIT").map_err(sql_error)?;
            }
            self.pending = 0;
        }
        Ok(())
    }
}

/// Adds the columns of `table` that an existing database (written by an older version) lacks.
/// They are added nullable: the rows already there have no value for them.
fn add_missing_columns(conn: &Connection, table: &dyn TableDef) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({})", table.name()))?;
    let existing: Vec<String> = stmt
        .query_map([], |row| row.get::<_, String>(1))?
        .collect::<rusqlite::Result<_>>()?;
    for column in table.columns() {
        if !existing.iter().any(|e| e == column.name) {
            conn.execute_batch(&format!(
                "ALTER TABLE {} ADD COLUMN {} {}",
                table.name(),
                table::quote_ident(column.name),
                column.ty.name(Dialect::Sqlite)
            ))?;
        }
    }
    Ok(())
}

impl ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Integer(n) => ToSqlOutput::Borrowed(ValueRef::Integer(*n)),
            Value::Real(x) => ToSqlOutput::Borrowed(ValueRef::Real(*x)),
            Value::Boolean(b) => ToSqlOutput::Borrowed(ValueRef::Integer(i64::from(*b))),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

impl Sink for SqliteSink {
    fn write(&mut self, output: &Output) -> io::Result<()> {
        self.write_output(output)?;
        if self.pending >= self.batch_articles {
            self.commit()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.commit()?;
        if let Some(conn) = self.conn.take() {
            // Gathers the statistics the query planner uses for the indexes just filled.
            conn.execute_batch("PRAGMA optimize;").map_err(sql_error)?;
            conn.close().map_err(|(_, e)| sql_error(e))?;
        }
        if let Some((tmp, dest)) = self.rename.take() {
            fs::File::open(&tmp)?.sync_all()?;
            fs::rename(&tmp, &dest)?;
        }
        Ok(())
    }
}

impl Drop for SqliteSink {
    fn drop(&mut self) {
        // Unfinished: the open transaction rolls back as the connection closes, and a new
        // database's temporary file goes.
        if let Some(conn) = self.conn.take() {
            drop(conn);
            if let Some((tmp, _)) = self.rename.take() {
                let _ = fs::remove_file(tmp);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{
        DctSource, EntityMention, EntityType, ErrorInfo, ErrorKind, ErrorRecord, MoneyMention,
        Record, SourceRef, Stats,
    };

    fn record(id: &str, text: &str, money: &[f64]) -> Output {
        Output::Record(Box::new(Record {
            id: id.into(),
            source: SourceRef {
                path: "x.jsonl".into(),
                line: Some(1),
            },
            title: None,
            url: None,
            dct: Some("2021-03".into()),
            dct_source: DctSource::Input,
            text_sha256: format!("sha-of-{text}"),
            stats: Stats::default(),
            warnings: vec![],
            boilerplate: vec![],
            entities: vec![EntityMention {
                start: 0,
                end: 4,
                text: "Acme".into(),
                kind: EntityType::Org,
                canonical: Some("Acme Corp.".into()),
                entity: None,
                byte_start: 0,
                byte_end: 4,
            }],
            dates: vec![],
            money: money
                .iter()
                .map(|&v| MoneyMention {
                    start: 10,
                    end: 12,
                    text: "$5".into(),
                    value: Some(v),
                    currency: Some("USD".into()),
                    qualifier: None,
                    vague: false,
                    min: None,
                    max: None,
                    per: None,
                    period: None,
                    range: None,
                    byte_start: 10,
                    byte_end: 12,
                })
                .collect(),
            contracts: vec![],
            entity_index: vec![],
            contract_events: vec![],
            text: Some(text.into()),
        }))
    }

    fn error(id: &str) -> Output {
        Output::Error(ErrorRecord {
            id: id.into(),
            source: SourceRef {
                path: "x.jsonl".into(),
                line: Some(2),
            },
            error: ErrorInfo {
                kind: ErrorKind::MissingText,
                message: "no text".into(),
            },
        })
    }

    fn write(path: &Path, append: bool, outputs: &[Output]) -> io::Result<()> {
        let options = SqliteOptions {
            append,
            batch_articles: 2,
        };
        let mut sink = Box::new(SqliteSink::open(path, &options)?);
        for o in outputs {
            sink.write(o)?;
        }
        sink.finish()
    }

    fn count(conn: &Connection, sql: &str) -> i64 {
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn rerun_neither_duplicates_nor_loses_and_changed_text_replaces() {
        let dir = std::env::temp_dir().join(format!("newsextract-sqlite-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let db = dir.join("out.db");
        let first = [
            record("a", "one", &[5.0, 7.0]),
            record("b", "two", &[1.0]),
            error("c"),
        ];
        write(&db, false, &first).unwrap();
        let e = write(&db, false, &first).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        write(&db, true, &first).unwrap();
        let conn = Connection::open(&db).unwrap();
        assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 2);
        assert_eq!(count(&conn, "SELECT count(*) FROM money"), 3);
        assert_eq!(count(&conn, "SELECT count(*) FROM entities"), 2);
        assert_eq!(count(&conn, "SELECT count(*) FROM errors"), 1);
        drop(conn);
        // "a" changes text and loses an amount; "c" now succeeds; "b" fails this time.
        write(
            &db,
            true,
            &[
                record("a", "one, edited", &[9.0]),
                record("c", "three", &[]),
                error("b"),
            ],
        )
        .unwrap();
        let conn = Connection::open(&db).unwrap();
        assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 3);
        assert_eq!(
            count(&conn, "SELECT count(*) FROM money WHERE article_id = 'a'"),
            1
        );
        assert_eq!(
            count(
                &conn,
                "SELECT CAST(sum(value) AS INTEGER) FROM money WHERE article_id = 'a'"
            ),
            9
        );
        assert_eq!(
            count(&conn, "SELECT count(*) FROM money WHERE article_id = 'b'"),
            1
        );
        let failed: String = conn
            .query_row("SELECT group_concat(article_id) FROM errors", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(failed, "b");
        // Foreign keys cascade.
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE article_id = 'a';",
        )
        .unwrap();
        assert_eq!(
            count(
                &conn,
                "SELECT count(*) FROM entities WHERE article_id = 'a'"
            ),
            0
        );
        drop(conn);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn unfinished_new_database_leaves_nothing() {
        let dir =
            std::env::temp_dir().join(format!("newsextract-sqlite-drop-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let db = dir.join("out.db");
        let mut sink = SqliteSink::open(&db, &SqliteOptions::default()).unwrap();
        sink.write(&record("a", "one", &[1.0])).unwrap();
        drop(sink);
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn append_adds_columns_an_older_database_lacks() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE money (article_id TEXT, mention_index INTEGER)")
            .unwrap();
        add_missing_columns(&conn, &table::MONEY).unwrap();
        let n = count(&conn, "SELECT count(*) FROM pragma_table_info('money')");
        assert_eq!(n as usize, table::MONEY.columns().len());
    }
}
