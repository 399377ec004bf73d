//! JSON text → validated [`Report`], or every problem found, each located by line and column and
//! by the section or indicator it is in, in document order.

use std::collections::HashSet;

use super::json::{self, line_columns, Located, MAX_PROBLEMS};
use super::normalize::normalize_report;
use super::path::{self, prefixes, Step};
use super::problem::{Problem, ProblemKind};
use super::format::Report;
use super::validate::validate;

/// Parses, NFC-normalises and validates a report. Never panics, whatever the input.
///
/// Order matters for the reader of the problem list: a document that is not JSON gets its syntax
/// error alone (reading cannot go past it); one of another format version gets that alone (not a
/// pile of unknown fields); otherwise every structural problem and every semantic one are listed
/// together, except semantic ones that only repeat a structural problem.
pub fn parse_report(json: &str) -> Result<Report, Vec<Problem>> {
    let json = without_bom(json);
    let reading = match json::read(json) {
        Ok(reading) => reading,
        Err(e) => {
            let path = e.path.unwrap_or_default();
            return Err(finish(json, vec![at(e.at, &path, ProblemKind::Syntax(e.syntax))], None));
        }
    };
    let start = json.len() - json.trim_start_matches([' ', '\t', '\n', '\r']).len();
    let Some(mut report) = reading.report else {
        return Err(finish(json, vec![at(start, "", ProblemKind::NotAnObject)], None));
    };
    match reading.version {
        None => return Err(finish(json, vec![at(start, "format", ProblemKind::MissingFormat)], None)),
        Some(v) if !v.is_current() => {
            let shown = json::clip(&v.written);
            return Err(finish(json, vec![at(v.at, "format", ProblemKind::UnsupportedFormat(shown))], None));
        }
        Some(_) => {}
    }
    normalize_report(&mut report);
    let structural = reading.problems;
    // A full list of structural problems says enough, and the checks could not tell the echoes of
    // those left uncollected from real problems.
    let room = if structural.len() >= MAX_PROBLEMS { 0 } else { MAX_PROBLEMS - structural.len() };
    let semantic: Vec<Problem> = if room == 0 {
        Vec::new()
    } else {
        let echoes = Echoes::of(&structural);
        validate(&report).into_iter().filter(|p| !echoes.repeats(p)).take(room).collect()
    };
    if structural.is_empty() && semantic.is_empty() {
        return Ok(report);
    }
    // The semantic checks ran on the report, which knows no positions: a second reading finds
    // where their paths (or, for a field that is missing, the nearest enclosing one) start.
    let wanted: HashSet<String> = semantic.iter().flat_map(|p| prefixes(&p.path).map(str::to_owned)).collect();
    let offsets = json::offsets(json, wanted);
    let mut all = structural;
    all.extend(semantic.into_iter().map(|p| {
        let offset = prefixes(&p.path).find_map(|q| offsets.get(q).copied()).unwrap_or(start);
        Located { problem: p, at: offset }
    }));
    Err(finish(json, all, Some(&report)))
}

/// The reader's path: the report when it is sound, else `None`; `parse_report` says why (the
/// details bundle calls it). Nothing here locates or words a problem, so the reader's download
/// carries none of that. Agrees with `parse_report` on every input (tests/validation.rs).
pub fn read_sound_report(json: &str) -> Option<Report> {
    let reading = json::read(without_bom(json)).ok()?;
    let mut report = reading.report?;
    if !reading.problems.is_empty() || !reading.version.is_some_and(|v| v.is_current()) {
        return None;
    }
    normalize_report(&mut report);
    validate(&report).is_empty().then_some(report)
}

/// Editors on Windows often save a byte-order mark; browsers drop it when they decode a file or a
/// response, so the parser does the same and a report reads alike everywhere.
fn without_bom(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

fn at(offset: usize, path: &str, kind: ProblemKind) -> Located {
    Located { problem: Problem::at(path, kind), at: offset }
}

/// The values that could not be read, to tell which semantic problems only follow from them.
struct Echoes<'a> {
    broken: HashSet<&'a str>,
    /// An id or a list of ids could not be read: references between sections, indicators and
    /// photos cannot be checked.
    references: bool,
}

impl<'a> Echoes<'a> {
    fn of(structural: &'a [Located]) -> Self {
        Self {
            broken: structural.iter().map(|s| s.problem.path.as_str()).collect(),
            references: structural.iter().any(|s| touches_references(&s.problem.path)),
        }
    }

    /// Whether a semantic problem is at or under a value that could not be read (a stand-in took
    /// its place), or is a reference that could not be checked.
    fn repeats(&self, p: &Problem) -> bool {
        let refers = matches!(p.kind, ProblemKind::UnknownIndicator(_) | ProblemKind::UnknownSection(_) | ProblemKind::IndicatorNotShown(_));
        (refers && self.references) || prefixes(&p.path).any(|q| !q.is_empty() && self.broken.contains(q))
    }
}

/// Whether a path is an id, a list of ids, or a whole section or indicator.
fn touches_references(path: &str) -> bool {
    matches!(path::last_field(path), Some("id" | "indicators" | "section" | "sections"))
}

/// Line and column for each problem, the section or indicator it is in, in document order.
fn finish(json: &str, all: Vec<Located>, report: Option<&Report>) -> Vec<Problem> {
    // By offset; at one place, the structural problem (found first) stays first. (Keys are
    // unique, so an unstable sort is stable here, and one sort's code serves.)
    let mut keyed: Vec<(usize, usize, Located)> = all.into_iter().enumerate().map(|(i, l)| (l.at, i, l)).collect();
    keyed.sort_unstable_by_key(|&(at, i, _)| (at, i));
    let all: Vec<Located> = keyed.into_iter().map(|(_, _, l)| l).collect();
    let offsets: Vec<usize> = all.iter().map(|l| l.at).collect();
    let places = line_columns(json, &offsets);
    all.into_iter()
        .zip(places)
        .map(|(l, place)| {
            let mut p = l.problem;
            p.at = Some(place);
            p.within = report.and_then(|r| within(r, &p.path));
            p
        })
        .collect()
}

/// The id of the section or indicator, or the participant's name, that `path` is in.
fn within(report: &Report, path: &str) -> Option<String> {
    let mut steps = path::steps(path);
    let name = match (steps.next()?, steps.next()?) {
        (Step::Field("sections"), Step::Index(i)) => report.sections.get(i).map(|s| s.id.clone()),
        (Step::Field("indicators"), Step::Index(i)) => report.indicators.get(i).map(|s| s.id.clone()),
        (Step::Field("participants"), Step::Index(i)) => {
            let p = report.participants.get(i)?;
            p.person.clone().or_else(|| p.group.as_ref().and_then(|g| g.vi.clone().or_else(|| g.en.clone())))
        }
        _ => None,
    }?;
    let name = name.trim();
    (!name.is_empty()).then(|| json::clip(name))
}
