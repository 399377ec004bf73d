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
    // One pass over the text when all is well (a 2 MB report parses in tens of milliseconds on a
    // laptop, more on a phone); the version probe, a second pass, only runs to explain a failure.
    let parsed = if is_object(json) {
        read_report(json)
    } else {
        Err(Vec::new())
    };
    let mut report = match parsed {
        Ok(report) if report.format == FORMAT_VERSION => report,
        other => {
            check_version(json)?;
            other?
        }
    };
    normalize_report(&mut report);
    let problems = validate(&report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems)
    }
}

fn read_report(json: &str) -> Result<Report, Vec<Problem>> {
    let mut de = serde_json::Deserializer::from_str(json);
    let report = Report::deserialize(&mut de).map_err(|e| {
        vec![located(path_at(json, e.line(), e.column()), &e, ProblemKind::Shape(strip_position(&e)))]
    })?;
    de.end().map_err(|e| vec![located(String::new(), &e, ProblemKind::Syntax(strip_position(&e)))])?;
    Ok(report)
}

/// Reads only `format`, skipping the rest, so syntax errors and foreign versions surface first.
fn check_version(json: &str) -> Result<(), Vec<Problem>> {
    // The raw text of `format` only: a full JSON value type would cost the download ~3.5 KB.
    #[derive(Deserialize)]
    struct Probe<'a> {
        #[serde(borrow)]
        format: Option<&'a serde_json::value::RawValue>,
    }
    let probe: Probe<'_> = serde_json::from_str(json).map_err(|e| {
        let kind = match e.classify() {
            serde_json::error::Category::Data => ProblemKind::Shape(strip_position(&e)),
            _ => ProblemKind::Syntax(strip_position(&e)),
        };
        vec![located(String::new(), &e, kind)]
    })?;
    // serde lets a struct be read from an array ([1, {…}] as format, meta…), which would turn
    // `[report]` into a baffling version error: a report is an object, so say that.
    if !is_object(json) {
        return Err(vec![Problem::at("", ProblemKind::NotAnObject)]);
    }
    match probe.format {
        None => Err(vec![Problem::at("format", ProblemKind::MissingFormat)]),
        Some(v) if v.get() == FORMAT_VERSION.to_string() => Ok(()),
        Some(v) => {
            let mut shown = v.get().to_owned();
            if shown.chars().count() > 40 {
                shown = shown.chars().take(40).collect::<String>() + "…";
            }
            Err(vec![Problem::at("format", ProblemKind::UnsupportedFormat(shown))])
        }
    }
}

/// Whether the document's first token opens an object (JSON whitespace skipped).
fn is_object(json: &str) -> bool {
    json.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('{')
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

/// The JSON path ("sections[2].title") of the value being read when serde_json stopped at
/// `line`:`column` (1-based line, bytes into the line). The document up to there is well-formed
/// (a syntax error is reported as such before any shape error), so a small scanner that tracks
/// the open objects and arrays finds it; a tracking deserializer would weigh ~5 KB of download.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let bytes = json.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').nth(line - 2).map_or(bytes.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(bytes.len());
    // Per open container: Some(key) / Some(index) once a member has started.
    enum Frame {
        Object { key: Option<String>, want_key: bool },
        Array { index: Option<usize> },
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if let Some(Frame::Array { index: index @ None }) = stack.last_mut() {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b']') {
                *index = Some(0);
            }
        }
        match b {
            b'{' => stack.push(Frame::Object { key: None, want_key: true }),
            b'[' => stack.push(Frame::Array { index: None }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                Some(Frame::Array { index: Some(n) }) => *n += 1,
                _ => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < end && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, want_key: want @ true }) = stack.last_mut() {
                    // Keys are shown as written (escapes included): they only locate the problem.
                    *key = json.get(start..i.min(end)).map(str::to_owned);
                    *want = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Array { index: Some(n) } => path += &format!("[{n}]"),
            _ => {}
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    /// Line and column of the first occurrence of `mark` (replaced by nothing) in `doc`.
    fn at(doc: &str, mark: &str) -> String {
        let i = doc.find(mark).unwrap();
        let json = doc.replacen(mark, "", 1);
        let line = json[..i].matches('\n').count() + 1;
        let column = i - json[..i].rfind('\n').map_or(0, |n| n + 1);
        path_at(&json, line, column)
    }

    #[test]
    fn locates_values_keys_and_closed_objects() {
        let doc = "{\"meta\": {\"title\": {\"vi\": 5|}},\n \"sections\": [{}, {\"id\": \"a\"}, {\"titel\"|: 1}]}";
        assert_eq!(at(doc, "|"), "meta.title.vi");
        let doc = "{\"meta\": {}, \"sections\": [{}, {}, {\"titel\"|: 1}]}";
        assert_eq!(at(doc, "|"), "sections[2].titel");
        // A missing field is reported after the object closed: the object itself.
        let doc = "{\"sections\": [{\"id\": \"a\"}, {\"id\": \"b\"}|]}";
        assert_eq!(at(doc, "|"), "sections[1]");
        // Brackets and quotes inside strings are text, not structure.
        let doc = "{\"a\": \"[{\\\"\", \"b\": [1, \"]\", [2, 3|]]}";
        assert_eq!(at(doc, "|"), "b[2][1]");
        assert_eq!(at("{\"a\": 1}|", "|"), "");
    }
}
