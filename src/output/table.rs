//! The relational layout of records: one definition of every table, read by the CSV and SQLite
//! sinks and by the `CREATE TABLE` statements (`newsextract schema --sql postgres`).
//!
//! A record becomes one row of `articles` plus one row per item of each of its lists (entities,
//! dates, money, contracts, boilerplate), keyed by `(article_id, mention_index)`; an error record
//! becomes one row of `errors`. Every table is a [`Table`]: a name, where its rows come from
//! ([`Rows`]) and a list of [`Column`]s, each a name, an [`SqlType`] and a getter. Adding a
//! column is one line of a column list; adding a table is one `static` and one entry of
//! [`TABLES`]: [`Rows::PerItem`] for a list of the record (one row per entity of an entity
//! index), [`Rows::PerSubItem`] for a list inside the items of such a list (one row per
//! contract id of each contract event). The CSV files, the SQLite database and
//! `newsextract schema --sql` follow; the test of `docs/database.md` says when its copy of the
//! PostgreSQL statements needs regenerating.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::Serialize;

use crate::record::{
    Boilerplate, ContractEvent, ContractMention, DateMention, Entity, EntityMention, ErrorRecord,
    EventAmount, EventDate, EventParty, MoneyMention, Output, Record,
};
use SqlType::{Date, Integer, Json, Real, Text};

/// The type of a column, mapped to each database's own type by [`SqlType::name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    /// A 64-bit integer.
    Integer,
    /// A double-precision number.
    Real,
    /// True or false (`true`/`false` in CSV, 1/0 in SQLite).
    Boolean,
    /// Text.
    Text,
    /// A calendar day, `YYYY-MM-DD`.
    Date,
    /// A JSON document, as text.
    Json,
}

/// A database whose SQL the `CREATE TABLE` statements are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// PostgreSQL (the CSV tables load into these with `COPY … WITH (FORMAT csv, HEADER)`).
    Postgres,
    /// SQLite (the database `--format sqlite` writes).
    Sqlite,
}

impl SqlType {
    /// The type's name in `dialect`.
    pub fn name(self, dialect: Dialect) -> &'static str {
        match dialect {
            Dialect::Postgres => match self {
                SqlType::Integer => "bigint",
                SqlType::Real => "double precision",
                SqlType::Boolean => "boolean",
                SqlType::Text => "text",
                SqlType::Date => "date",
                SqlType::Json => "jsonb",
            },
            // SQLite's storage classes; dates and JSON are stored as text (ISO dates compare
            // correctly as text, and SQLite's JSON functions read JSON text).
            Dialect::Sqlite => match self {
                SqlType::Integer | SqlType::Boolean => "INTEGER",
                SqlType::Real => "REAL",
                SqlType::Text | SqlType::Date | SqlType::Json => "TEXT",
            },
        }
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// SQL NULL (an empty unquoted CSV field).
    Null,
    /// An integer.
    Integer(i64),
    /// A finite number (non-finite numbers become [`Value::Null`], as in the JSON records).
    Real(f64),
    /// True or false.
    Boolean(bool),
    /// Text, borrowed from the record where possible.
    Text(Cow<'a, str>),
}

impl Value<'_> {
    /// The same value, owning its text.
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Integer(n) => Value::Integer(n),
            Value::Real(x) => Value::Real(x),
            Value::Boolean(b) => Value::Boolean(b),
            Value::Text(s) => Value::Text(Cow::Owned(s.into_owned())),
        }
    }
}

impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Value<'_> {
    fn from(n: u64) -> Self {
        Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Value<'_> {
    fn from(x: f64) -> Self {
        if x.is_finite() {
            Value::Real(x)
        } else {
            Value::Null
        }
    }
}

impl From<bool> for Value<'_> {
    fn from(b: bool) -> Self {
        Value::Boolean(b)
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(s: &'a String) -> Self {
        Value::Text(Cow::Borrowed(s))
    }
}

impl<'a, T: Into<Value<'a>>> From<Option<T>> for Value<'a> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// `value` as JSON text (for lists and objects kept whole in one column).
pub fn json<T: Serialize + ?Sized>(value: &T) -> Value<'static> {
    serde_json::to_string(value).map_or(Value::Null, |s| Value::Text(Cow::Owned(s)))
}

/// The JSON label of a value that serializes as a string (a serde enum such as `DateType`),
/// or NULL when it serializes as `null`. Written once for every enum, so a field of a new enum
/// type needs no mapping of its own.
pub fn label<T: Serialize + ?Sized>(value: &T) -> Value<'static> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Value::Text(Cow::Owned(s)),
        Ok(serde_json::Value::Bool(b)) => Value::Boolean(b),
        Ok(serde_json::Value::Number(n)) => n
            .as_i64()
            .map(Value::Integer)
            .or_else(|| n.as_f64().map(Value::from))
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// A column: its name, type, whether it may be NULL, and how to read it from a row's item.
pub struct Column<T> {
    /// Column name (the JSON field name where there is one).
    pub name: &'static str,
    /// SQL type.
    pub ty: SqlType,
    /// Whether the column may be NULL.
    pub nullable: bool,
    /// Reads the cell from the item.
    pub get: for<'a> fn(&'a T) -> Value<'a>,
}

impl<T> Column<T> {
    /// A NOT NULL column.
    pub const fn new(name: &'static str, ty: SqlType, get: for<'a> fn(&'a T) -> Value<'a>) -> Self {
        Column {
            name,
            ty,
            nullable: false,
            get,
        }
    }

    /// A column that may be NULL.
    pub const fn null(
        name: &'static str,
        ty: SqlType,
        get: for<'a> fn(&'a T) -> Value<'a>,
    ) -> Self {
        Column {
            name,
            ty,
            nullable: true,
            get,
        }
    }
}

/// Where a table's rows come from.
pub enum Rows<T: 'static> {
    /// At most one row per output, keyed by `article_id` (the table's first column).
    PerOutput(for<'a> fn(&'a Output) -> Option<&'a T>),
    /// One row per item of a list of the record, keyed by `(article_id, index_column)`: the
    /// article's id and the item's position in the list (from 0). These two key columns come
    /// first and are not part of the column list.
    PerItem {
        /// Name of the position column.
        index_column: &'static str,
        /// The list.
        items: for<'a> fn(&'a Record) -> &'a [T],
    },
    /// One row per item of a list held by each item of a record list (the contract ids of each
    /// contract event), keyed by `(article_id, index_columns[0], index_columns[1])`: the
    /// article's id, the holder's position in the record list and the item's position in the
    /// holder's list. The three key columns come first and are not part of the column list.
    PerSubItem {
        /// Names of the holder's and of the item's position columns.
        index_columns: [&'static str; 2],
        /// Calls `f(holder position, item position, item)` for every item, in order.
        items: for<'a> fn(&'a Record, f: &mut dyn FnMut(usize, usize, &'a T)),
    },
}

impl<T> Rows<T> {
    /// The position columns after `article_id`.
    fn index_columns(&self) -> &[&'static str] {
        match self {
            Rows::PerOutput(_) => &[],
            Rows::PerItem { index_column, .. } => std::slice::from_ref(index_column),
            Rows::PerSubItem { index_columns, .. } => index_columns,
        }
    }
}

/// A table over items of type `T`.
pub struct Table<T: 'static> {
    /// Table name (and CSV file name without `.csv`).
    pub name: &'static str,
    /// What a row is: the comment above its generated `CREATE TABLE`.
    pub about: &'static str,
    /// Where the rows come from.
    pub rows: Rows<T>,
    /// The columns (after the key columns of a [`Rows::PerItem`] or [`Rows::PerSubItem`] table).
    pub columns: &'static [Column<T>],
    /// Secondary indexes, each a list of columns, for the common questions. (Queries by
    /// article need none: every key starts with `article_id`.)
    pub indexes: &'static [&'static [&'static str]],
}

/// A column's name and type, whatever the table's item type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnInfo {
    /// Column name.
    pub name: &'static str,
    /// SQL type.
    pub ty: SqlType,
    /// Whether it may be NULL.
    pub nullable: bool,
}

/// A table, whatever its item type: what the sinks and the SQL generator use.
pub trait TableDef: Sync {
    /// Table name.
    fn name(&self) -> &'static str;
    /// What a row is.
    fn about(&self) -> &'static str;
    /// All columns in order, key columns first.
    fn columns(&self) -> Vec<ColumnInfo>;
    /// The primary key's columns.
    fn primary_key(&self) -> Vec<&'static str>;
    /// Whether rows belong to an article (a foreign key to `articles`, deleted with it).
    fn belongs_to_article(&self) -> bool;
    /// Secondary indexes.
    fn indexes(&self) -> &'static [&'static [&'static str]];
    /// Calls `row` with the cells of each of this table's rows for `output`, in order.
    fn rows<'a>(
        &self,
        output: &'a Output,
        row: &mut dyn FnMut(&[Value<'a>]) -> std::io::Result<()>,
    ) -> std::io::Result<()>;
}

/// Name of the column every table's key starts with.
pub const ARTICLE_ID: &str = "article_id";

impl<T: 'static> TableDef for Table<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn about(&self) -> &'static str {
        self.about
    }

    fn columns(&self) -> Vec<ColumnInfo> {
        let mut columns = Vec::with_capacity(self.columns.len() + 3);
        let positions = self.rows.index_columns();
        if !positions.is_empty() {
            columns.push(ColumnInfo {
                name: ARTICLE_ID,
                ty: SqlType::Text,
                nullable: false,
            });
        }
        columns.extend(positions.iter().map(|&name| ColumnInfo {
            name,
            ty: SqlType::Integer,
            nullable: false,
        }));
        columns.extend(self.columns.iter().map(|c| ColumnInfo {
            name: c.name,
            ty: c.ty,
            nullable: c.nullable,
        }));
        columns
    }

    fn primary_key(&self) -> Vec<&'static str> {
        let mut key = vec![ARTICLE_ID];
        key.extend_from_slice(self.rows.index_columns());
        key
    }

    fn belongs_to_article(&self) -> bool {
        !matches!(self.rows, Rows::PerOutput(_))
    }

    fn indexes(&self) -> &'static [&'static [&'static str]] {
        self.indexes
    }

    fn rows<'a>(
        &self,
        output: &'a Output,
        row: &mut dyn FnMut(&[Value<'a>]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut cells: Vec<Value<'a>> = Vec::with_capacity(self.columns.len() + 2);
        match &self.rows {
            Rows::PerOutput(item) => {
                if let Some(item) = item(output) {
                    cells.extend(self.columns.iter().map(|c| (c.get)(item)));
                    row(&cells)?;
                }
            }
            Rows::PerItem { items, .. } => {
                let Output::Record(record) = output else {
                    return Ok(());
                };
                for (index, item) in items(record).iter().enumerate() {
                    cells.clear();
                    cells.push(Value::from(record.id.as_str()));
                    cells.push(Value::from(index));
                    cells.extend(self.columns.iter().map(|c| (c.get)(item)));
                    row(&cells)?;
                }
            }
            Rows::PerSubItem { items, .. } => {
                let Output::Record(record) = output else {
                    return Ok(());
                };
                let mut result = Ok(());
                items(record, &mut |holder, index, item| {
                    if result.is_ok() {
                        cells.clear();
                        cells.push(Value::from(record.id.as_str()));
                        cells.push(Value::from(holder));
                        cells.push(Value::from(index));
                        cells.extend(self.columns.iter().map(|c| (c.get)(item)));
                        result = row(&cells);
                    }
                });
                result?;
            }
        }
        Ok(())
    }
}

/// One row per article that was processed.
pub static ARTICLES: Table<Record> = Table {
    name: "articles",
    about: "one row per article processed; the key is the record id",
    rows: Rows::PerOutput(|o| match o {
        Output::Record(r) => Some(r),
        Output::Error(_) => None,
    }),
    columns: &[
        Column::new(ARTICLE_ID, Text, |r| (&r.id).into()),
        Column::new("text_sha256", Text, |r| (&r.text_sha256).into()),
        Column::new("source_path", Text, |r| (&r.source.path).into()),
        Column::null("source_line", Integer, |r| r.source.line.into()),
        Column::null("title", Text, |r| r.title.as_deref().into()),
        Column::null("url", Text, |r| r.url.as_deref().into()),
        // Not Date: a publication date may be known only to the month or year.
        Column::null("dct", Text, |r| r.dct.as_deref().into()),
        Column::new("dct_source", Text, |r| label(&r.dct_source)),
        Column::new("chars", Integer, |r| r.stats.chars.into()),
        Column::new("words", Integer, |r| r.stats.words.into()),
        Column::new("sentences", Integer, |r| r.stats.sentences.into()),
        Column::new("warnings", Json, |r| json(&r.warnings)),
        Column::null("text", Text, |r| r.text.as_deref().into()),
    ],
    indexes: &[],
};

/// One row per named-entity mention.
pub static ENTITIES: Table<EntityMention> = Table {
    name: "entities",
    about: "one row per named-entity mention",
    rows: Rows::PerItem {
        index_column: "mention_index",
        items: |r| &r.entities,
    },
    columns: &[
        Column::new("start", Integer, |m| m.start.into()),
        Column::new("end", Integer, |m| m.end.into()),
        Column::new("text", Text, |m| (&m.text).into()),
        Column::new("type", Text, |m| m.kind.as_str().into()),
        Column::null("canonical", Text, |m| m.canonical.as_deref().into()),
        // The entity's position in `entity_index`: joins on (article_id, entity).
        Column::null("entity", Integer, |m| m.entity.into()),
    ],
    indexes: &[&["type", "canonical"]],
};

/// One row per entity of an article (all mentions of one person, organisation or place).
pub static ENTITY_INDEX: Table<Entity> = Table {
    name: "entity_index",
    about: "one row per entity of an article; entities.entity points here",
    rows: Rows::PerItem {
        index_column: "entity",
        items: |r| &r.entity_index,
    },
    columns: &[
        Column::new("type", Text, |e| e.kind.as_str().into()),
        Column::new("canonical", Text, |e| (&e.canonical).into()),
        Column::new("aliases", Json, |e| json(&e.aliases)),
        Column::new("mentions", Json, |e| json(&e.mentions)),
    ],
    indexes: &[&["type", "canonical"]],
};

/// One row per temporal expression.
pub static DATES: Table<DateMention> = Table {
    name: "dates",
    about: "one row per temporal expression; range_start/range_end are the days it covers",
    rows: Rows::PerItem {
        index_column: "mention_index",
        items: |r| &r.dates,
    },
    columns: &[
        Column::new("start", Integer, |m| m.start.into()),
        Column::new("end", Integer, |m| m.end.into()),
        Column::new("text", Text, |m| (&m.text).into()),
        Column::new("type", Text, |m| label(&m.kind)),
        Column::null("value", Text, |m| m.value.as_deref().into()),
        Column::null("mod", Text, |m| m.modifier.as_deref().into()),
        Column::null("range_start", Date, |m| {
            m.range.as_ref().map(|r| &r[0]).into()
        }),
        Column::null("range_end", Date, |m| {
            m.range.as_ref().map(|r| &r[1]).into()
        }),
        Column::null("anchor", Text, |m| m.anchor.as_deref().into()),
    ],
    indexes: &[&["value"], &["range_start", "range_end"]],
};

/// One row per money amount.
pub static MONEY: Table<MoneyMention> = Table {
    name: "money",
    about: "one row per money amount; value is in units of the currency",
    rows: Rows::PerItem {
        index_column: "mention_index",
        items: |r| &r.money,
    },
    columns: &[
        Column::new("start", Integer, |m| m.start.into()),
        Column::new("end", Integer, |m| m.end.into()),
        Column::new("text", Text, |m| (&m.text).into()),
        Column::null("value", Real, |m| m.value.into()),
        Column::null("currency", Text, |m| m.currency.as_deref().into()),
        Column::null("qualifier", Text, |m| m.qualifier.as_deref().into()),
        Column::new("vague", SqlType::Boolean, |m| m.vague.into()),
        Column::null("min", Real, |m| m.min.into()),
        Column::null("max", Real, |m| m.max.into()),
        Column::null("per", Text, |m| m.per.as_deref().into()),
        Column::null("period", Text, |m| m.period.as_deref().into()),
        Column::null("range_id", Integer, |m| m.range.map(|r| r.id).into()),
        Column::null("range_role", Text, |m| {
            m.range.map(|r| label(&r.role)).into()
        }),
    ],
    indexes: &[&["currency", "value"]],
};

/// One row per contract identifier or modification number.
pub static CONTRACTS: Table<ContractMention> = Table {
    name: "contracts",
    about: "one row per contract identifier or modification number",
    rows: Rows::PerItem {
        index_column: "mention_index",
        items: |r| &r.contracts,
    },
    columns: &[
        Column::new("start", Integer, |m| m.start.into()),
        Column::new("end", Integer, |m| m.end.into()),
        Column::new("text", Text, |m| (&m.text).into()),
        Column::new("kind", Text, |m| (&m.kind).into()),
        Column::new("value", Text, |m| (&m.value).into()),
        Column::null("agency_code", Text, |m| m.agency_code.as_deref().into()),
        Column::null("fiscal_year", Integer, |m| {
            m.fiscal_year.map(usize::from).into()
        }),
        Column::null("instrument", Text, |m| m.instrument.as_deref().into()),
        Column::null("serial", Text, |m| m.serial.as_deref().into()),
    ],
    indexes: &[&["value"]],
};

/// One row per contract event (award, modification, solicitation…).
pub static CONTRACT_EVENTS: Table<ContractEvent> = Table {
    name: "contract_events",
    about: "one row per contract event; the contract_event_* tables hold its parties, amounts, dates and ids",
    rows: Rows::PerItem {
        index_column: "event",
        items: |r| &r.contract_events,
    },
    columns: &[
        Column::new("stage", Text, |e| (&e.stage).into()),
        Column::new("sentence_start", Integer, |e| e.sentence.start.into()),
        Column::new("sentence_end", Integer, |e| e.sentence.end.into()),
        // entities.mention_index of the agency's name, when the entity layer has it.
        Column::null("agency_entity", Integer, |e| {
            e.agency.as_ref().and_then(|a| a.entity).into()
        }),
        Column::null("agency", Text, |e| {
            e.agency.as_ref().map(|a| &a.text).into()
        }),
        Column::new("contract_type", Json, |e| json(&e.contract_type)),
        Column::null("period", Text, |e| {
            e.period.as_ref().map(|p| &p.text).into()
        }),
        Column::null("period_value", Text, |e| {
            e.period.as_ref().and_then(|p| p.value.as_deref()).into()
        }),
        Column::null("place_of_performance", Text, |e| {
            e.place_of_performance.as_ref().map(|p| &p.text).into()
        }),
        Column::null("purpose", Text, |e| {
            e.purpose.as_ref().map(|p| &p.text).into()
        }),
    ],
    indexes: &[&["stage"]],
};

/// One row per vendor of a contract event.
pub static CONTRACT_EVENT_VENDORS: Table<EventParty> = Table {
    name: "contract_event_vendors",
    about: "one row per vendor (awardee, protester) of a contract event",
    rows: Rows::PerSubItem {
        index_columns: ["event", "vendor_index"],
        items: |r, f| {
            for (i, e) in r.contract_events.iter().enumerate() {
                for (j, v) in e.vendors.iter().enumerate() {
                    f(i, j, v);
                }
            }
        },
    },
    columns: &[
        // entities.mention_index of the vendor's name, when the entity layer has it.
        Column::null("entity", Integer, |v| v.entity.into()),
        Column::new("start", Integer, |v| v.start.into()),
        Column::new("end", Integer, |v| v.end.into()),
        Column::new("text", Text, |v| (&v.text).into()),
    ],
    indexes: &[&["text"]],
};

/// One row per amount of a contract event.
pub static CONTRACT_EVENT_AMOUNTS: Table<EventAmount> = Table {
    name: "contract_event_amounts",
    about: "one row per amount of a contract event; money is money.mention_index",
    rows: Rows::PerSubItem {
        index_columns: ["event", "amount_index"],
        items: |r, f| {
            for (i, e) in r.contract_events.iter().enumerate() {
                for (j, a) in e.amounts.iter().enumerate() {
                    f(i, j, a);
                }
            }
        },
    },
    columns: &[
        Column::new("money", Integer, |a| a.money.into()),
        Column::new("role", Text, |a| (&a.role).into()),
    ],
    indexes: &[],
};

/// One row per date of a contract event.
pub static CONTRACT_EVENT_DATES: Table<EventDate> = Table {
    name: "contract_event_dates",
    about: "one row per date of a contract event; date is dates.mention_index",
    rows: Rows::PerSubItem {
        index_columns: ["event", "date_index"],
        items: |r, f| {
            for (i, e) in r.contract_events.iter().enumerate() {
                for (j, d) in e.dates.iter().enumerate() {
                    f(i, j, d);
                }
            }
        },
    },
    columns: &[
        Column::new("date", Integer, |d| d.date.into()),
        Column::new("role", Text, |d| (&d.role).into()),
    ],
    indexes: &[],
};

/// One row per contract identifier of a contract event.
pub static CONTRACT_EVENT_IDS: Table<usize> = Table {
    name: "contract_event_ids",
    about: "one row per identifier of a contract event; contract is contracts.mention_index",
    rows: Rows::PerSubItem {
        index_columns: ["event", "id_index"],
        items: |r, f| {
            for (i, e) in r.contract_events.iter().enumerate() {
                for (j, id) in e.ids.iter().enumerate() {
                    f(i, j, id);
                }
            }
        },
    },
    columns: &[Column::new("contract", Integer, |c| (*c).into())],
    indexes: &[],
};

/// One row per boilerplate region.
pub static BOILERPLATE: Table<Boilerplate> = Table {
    name: "boilerplate",
    about: "one row per boilerplate region (caption, \"Loading...\", trailer…) the extractors skipped",
    rows: Rows::PerItem {
        index_column: "mention_index",
        items: |r| &r.boilerplate,
    },
    columns: &[
        Column::new("start", Integer, |m| m.start.into()),
        Column::new("end", Integer, |m| m.end.into()),
        Column::new("text", Text, |m| (&m.text).into()),
        Column::new("reason", Text, |m| (&m.reason).into()),
    ],
    indexes: &[],
};

/// One row per article that could not be processed.
pub static ERRORS: Table<ErrorRecord> = Table {
    name: "errors",
    about: "one row per article that could not be processed (an error record)",
    rows: Rows::PerOutput(|o| match o {
        Output::Error(e) => Some(e),
        Output::Record(_) => None,
    }),
    columns: &[
        Column::new(ARTICLE_ID, Text, |e| (&e.id).into()),
        Column::new("source_path", Text, |e| (&e.source.path).into()),
        Column::null("source_line", Integer, |e| e.source.line.into()),
        Column::new("kind", Text, |e| e.error.kind.as_str().into()),
        Column::new("message", Text, |e| (&e.error.message).into()),
    ],
    indexes: &[],
};

/// Every table, in the order they are created and loaded (`articles` first: the others refer
/// to it).
pub static TABLES: &[&dyn TableDef] = &[
    &ARTICLES,
    &ENTITIES,
    &ENTITY_INDEX,
    &DATES,
    &MONEY,
    &CONTRACTS,
    &CONTRACT_EVENTS,
    &CONTRACT_EVENT_VENDORS,
    &CONTRACT_EVENT_AMOUNTS,
    &CONTRACT_EVENT_DATES,
    &CONTRACT_EVENT_IDS,
    &BOILERPLATE,
    &ERRORS,
];

/// Column names that are reserved words in SQL and must be quoted.
const RESERVED: &[&str] = &["end"];

/// `name`, double-quoted when it is a reserved word.
pub fn quote_ident(name: &str) -> Cow<'_, str> {
    if RESERVED.contains(&name) {
        Cow::Owned(format!("\"{name}\""))
    } else {
        Cow::Borrowed(name)
    }
}

/// Name of the index of `table` over `columns`.
pub fn index_name(table: &str, columns: &[&str]) -> String {
    format!("{table}_{}", columns.join("_"))
}

/// The `CREATE TABLE` and `CREATE INDEX` statements of every table in `dialect`.
/// With `if_not_exists`, they leave existing tables and indexes alone.
pub fn create_statements(dialect: Dialect, if_not_exists: bool) -> String {
    let guard = if if_not_exists { "IF NOT EXISTS " } else { "" };
    let mut sql = String::new();
    for table in TABLES {
        let _ = writeln!(sql, "-- {}", table.about());
        let _ = writeln!(sql, "CREATE TABLE {guard}{} (", table.name());
        let mut lines: Vec<String> = table
            .columns()
            .iter()
            .map(|c| {
                let mut line = format!("    {} {}", quote_ident(c.name), c.ty.name(dialect));
                if !c.nullable {
                    line.push_str(" NOT NULL");
                }
                line
            })
            .collect();
        lines.push(format!(
            "    PRIMARY KEY ({})",
            table.primary_key().join(", ")
        ));
        if table.belongs_to_article() {
            lines.push(format!(
                "    FOREIGN KEY ({ARTICLE_ID}) REFERENCES {}({ARTICLE_ID}) ON DELETE CASCADE",
                ARTICLES.name
            ));
        }
        sql.push_str(&lines.join(",\n"));
        sql.push_str("\n)");
        // Mention rows are small and always read by key: SQLite stores them in key order
        // without a separate rowid index.
        if dialect == Dialect::Sqlite && table.belongs_to_article() {
            sql.push_str(" WITHOUT ROWID");
        }
        sql.push_str(";\n");
        for columns in table.indexes() {
            let quoted: Vec<Cow<str>> = columns.iter().map(|c| quote_ident(c)).collect();
            let _ = writeln!(
                sql,
                "CREATE INDEX {guard}{} ON {} ({});",
                index_name(table.name(), columns),
                table.name(),
                quoted.join(", ")
            );
        }
        sql.push('\n');
    }
    sql.truncate(sql.trim_end().len());
    sql.push('\n');
    sql
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{DateType, DctSource};

    #[test]
    fn label_is_the_json_label() {
        assert_eq!(label(&DateType::Duration), Value::from("DURATION"));
        assert_eq!(label(&DctSource::Cli), Value::from("cli"));
        assert_eq!(label(&None::<String>), Value::Null);
    }

    #[test]
    fn non_finite_numbers_are_null() {
        assert_eq!(Value::from(f64::NAN), Value::Null);
        assert_eq!(Value::from(f64::INFINITY), Value::Null);
        assert_eq!(Value::from(Some(2.5)), Value::Real(2.5));
    }

    #[test]
    fn every_table_has_unique_columns_and_indexes_over_them() {
        let mut names = std::collections::HashSet::new();
        for table in TABLES {
            assert!(
                names.insert(table.name()),
                "duplicate table {}",
                table.name()
            );
            let columns: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
            let unique: std::collections::HashSet<&&str> = columns.iter().collect();
            assert_eq!(
                unique.len(),
                columns.len(),
                "{}: duplicate column",
                table.name()
            );
            assert_eq!(columns[0], ARTICLE_ID, "{}", table.name());
            for key in table.primary_key() {
                assert!(columns.contains(&key), "{}: key {key}", table.name());
            }
            for index in table.indexes() {
                for c in *index {
                    assert!(columns.contains(c), "{}: index column {c}", table.name());
                }
            }
        }
    }

    /// A nested table over what the record has today: the bytes of each entity's text.
    static ENTITY_BYTES: Table<u8> = Table {
        name: "entity_bytes",
        about: "test",
        rows: Rows::PerSubItem {
            index_columns: ["mention_index", "byte_index"],
            items: |r, f| {
                for (i, e) in r.entities.iter().enumerate() {
                    for (j, b) in e.text.as_bytes().iter().enumerate() {
                        f(i, j, b);
                    }
                }
            },
        },
        columns: &[Column::new("byte", Integer, |b| usize::from(*b).into())],
        indexes: &[],
    };

    #[test]
    fn nested_lists_are_keyed_by_both_positions() {
        use crate::record::{EntityMention, EntityType, Record, SourceRef, Stats};
        let entity = |text: &str| EntityMention {
            start: 0,
            end: 0,
            text: text.into(),
            kind: EntityType::Org,
            canonical: None,
            entity: None,
            byte_start: 0,
            byte_end: 0,
        };
        let record = Output::Record(Box::new(Record {
            id: "r".into(),
            source: SourceRef {
                path: "-".into(),
                line: None,
            },
            title: None,
            url: None,
            dct: None,
            dct_source: DctSource::None,
            text_sha256: String::new(),
            stats: Stats::default(),
            warnings: vec![],
            boilerplate: vec![],
            entities: vec![entity("AB"), entity("C")],
            dates: vec![],
            money: vec![],
            contracts: vec![],
            entity_index: vec![],
            contract_events: vec![],
            text: None,
        }));
        let mut rows = Vec::new();
        ENTITY_BYTES
            .rows(&record, &mut |cells| {
                rows.push(cells.to_vec());
                Ok(())
            })
            .unwrap();
        let row = |i: i64, j: i64, b: i64| {
            vec![
                Value::from("r"),
                Value::Integer(i),
                Value::Integer(j),
                Value::Integer(b),
            ]
        };
        assert_eq!(rows, [row(0, 0, 65), row(0, 1, 66), row(1, 0, 67)]);
        let columns: Vec<&str> = ENTITY_BYTES.columns().iter().map(|c| c.name).collect();
        assert_eq!(
            columns,
            ["article_id", "mention_index", "byte_index", "byte"]
        );
        assert_eq!(
            ENTITY_BYTES.primary_key(),
            ["article_id", "mention_index", "byte_index"]
        );
        assert!(ENTITY_BYTES.belongs_to_article());
        // The first failing row stops the rest.
        let mut seen = 0;
        let err = ENTITY_BYTES.rows(&record, &mut |_| {
            seen += 1;
            Err(std::io::Error::other("full"))
        });
        assert!(err.is_err());
        assert_eq!(seen, 1);
    }

    #[test]
    fn create_statements_quote_reserved_words() {
        let sql = create_statements(Dialect::Postgres, false);
        assert!(sql.contains("    \"end\" bigint NOT NULL,"), "{sql}");
        assert!(sql.contains("CREATE INDEX money_currency_value ON money (currency, value);"));
        assert!(sql.contains(
            "FOREIGN KEY (article_id) REFERENCES articles(article_id) ON DELETE CASCADE"
        ));
        assert!(!sql.contains("WITHOUT ROWID"));
        let sql = create_statements(Dialect::Sqlite, true);
        assert!(sql.contains("CREATE TABLE IF NOT EXISTS dates ("));
        assert!(sql.contains("WITHOUT ROWID"));
    }
}
