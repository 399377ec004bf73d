//! JSON text → validated [`Report`], or every problem found, each located.

use serde::Deserialize;

use super::problem::{Problem, ProblemKind};
use super::report::{Report, FORMAT_VERSION};
use super::normalize::normalize_report;
use super::validate::validate;

/// Parses, NFC-normalises and validates a report. Never panics, whatever the input.
///
/// Order matters for the reader of the error panel: a document that is not JSON gets the syntax
/// error; one of another format version gets that (and not a pile of unknown-field errors); only
/// a version-1 document is checked field by field, and only a well-formed one semantically.
pub fn parse_report(json: &str) -> Result<Report, Vec<Problem>> {
    // Editors on Windows often save a byte-order mark; browsers drop it when they decode a file
    // or a response, so the parser does the same and a report reads alike everywhere.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    check_version(json)?;
    let mut de = serde_json::Deserializer::from_str(json);
    let mut report: Report = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = path_string(e.path());
        let inner = e.into_inner();
        vec![located(path, &inner, ProblemKind::Shape(strip_position(&inner)))]
    })?;
    de.end().map_err(|e| vec![located(String::new(), &e, ProblemKind::Syntax(strip_position(&e)))])?;
    normalize_report(&mut report);
    let problems = validate(&report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems)
    }
}

/// Reads only `format`, skipping the rest, so syntax errors and foreign versions surface first.
fn check_version(json: &str) -> Result<(), Vec<Problem>> {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<serde_json::Value>,
    }
    let probe: Probe = serde_json::from_str(json).map_err(|e| {
        let kind = match e.classify() {
            serde_json::error::Category::Data => ProblemKind::Shape(strip_position(&e)),
            _ => ProblemKind::Syntax(strip_position(&e)),
        };
        vec![located(String::new(), &e, kind)]
    })?;
    // serde lets a struct be read from an array ([1, {…}] as format, meta…), which would turn
    // `[report]` into a baffling version error: a report is an object, so say that.
    if !json.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('{') {
        return Err(vec![Problem::at("", ProblemKind::NotAnObject)]);
    }
    match probe.format {
        None => Err(vec![Problem::at("format", ProblemKind::MissingFormat)]),
        Some(v) if v.as_u64() == Some(FORMAT_VERSION as u64) => Ok(()),
        Some(v) => {
            let mut shown = v.to_string();
            if shown.chars().count() > 40 {
                shown = shown.chars().take(40).collect::<String>() + "…";
            }
            Err(vec![Problem::at("format", ProblemKind::UnsupportedFormat(shown))])
        }
    }
}

fn located(path: String, e: &serde_json::Error, kind: ProblemKind) -> Problem {
    let at = (e.line() > 0).then(|| (e.line(), e.column()));
    Problem { path, at, kind }
}

/// serde_json appends " at line L column C"; the panel shows position separately.
fn strip_position(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg,
    }
}

/// serde_path_to_error prints the root as "."; the panel shows an empty path as "the whole file".
fn path_string(path: &serde_path_to_error::Path) -> String {
    let s = path.to_string();
    if s == "." {
        String::new()
    } else {
        s
    }
}
