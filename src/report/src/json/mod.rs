//! The widget's own JSON reader: report text → [`Report`] and every structural problem, each at
//! its byte offset. It replaces serde_json and serde's derived deserializers in the wasm for two
//! reasons: those stop at the first problem and speak Rust ("invalid type: string \"107,5%\",
//! expected f64"), and they weighed about 18 KB of the reader's compressed download (measured in
//! docs/format-decisions.md), where this weighs a third of that. serde stays for native code:
//! the schema, the tests, and `tests/json_agrees.rs`, which proves the two read alike.

mod cursor;
pub mod fix;
mod locate;
pub mod number;
mod read;
mod report;

use std::collections::HashMap;

pub use cursor::{clip, SyntaxError};
pub use locate::line_columns;
pub use read::{Located, MAX_PROBLEMS};
pub use report::Version;

use crate::format::Report;
use cursor::Token;
use read::Reader;

/// What one reading found.
pub struct Reading {
    /// `None` when the document is JSON but not an object.
    pub report: Option<Report>,
    /// The `format` field as written; `None` when it is missing.
    pub version: Option<Version>,
    /// Every structural problem: wrong types, missing, unknown and repeated fields, choices and
    /// dates that do not exist. The report holds stand-ins where they are.
    pub problems: Vec<Located>,
}

/// Reads a report. Only a syntax error (the text is not JSON) stops the reading, and is returned
/// alone.
pub fn read(text: &str) -> Result<Reading, SyntaxError> {
    let mut r = Reader::new(text);
    if r.cur.peek()? != Token::Object {
        r.cur.skip_value()?;
        r.cur.end()?;
        return Ok(Reading { report: None, version: None, problems: Vec::new() });
    }
    let (report, version) = report::read_root(&mut r)?;
    r.cur.end()?;
    Ok(Reading { report: Some(report), version, problems: r.problems })
}

/// Where the values at `paths` start in `text` (a document that [`read`] read without a syntax
/// error); paths not found are left out. Reads the document a second time: only done for a
/// report with problems, to locate those the semantic checks found on the report itself.
pub fn offsets(text: &str, paths: impl IntoIterator<Item = String>) -> HashMap<String, usize> {
    let mut r = Reader::new(text);
    r.wanted = Some(paths.into_iter().map(|p| (p, usize::MAX)).collect());
    let _ = report::read_root(&mut r);
    let mut found = r.wanted.take().unwrap_or_default();
    found.retain(|_, at| *at != usize::MAX);
    found
}
