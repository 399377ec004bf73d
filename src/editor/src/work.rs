//! The editor's work: the article and the report's JSON, which is the one truth (the forms, the
//! English view and the JSON view all change it), and whether it has been published since it last
//! changed. Kept in the browser's storage as it is typed (`src/editor/src/page/storage.rs`).

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use report::format::Report;

use crate::check::Check;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Work {
    pub article: String,
    /// The report's JSON as the editor has it; empty before the first draft.
    pub json: String,
    /// Downloaded or copied out since the last change: replacing it loses nothing.
    pub published: bool,
    /// What the extractor asked to check in the draft the report started from.
    pub notes: Vec<String>,
    /// The places of that draft to check first (its review flags); beside the report, never in it.
    pub checks: Vec<Check>,
    /// The session's date (YYYY-MM-DD) the editor gave in step 1, for an article that says none.
    pub date: String,
}

/// A change made through a form: applied to the report as its JSON reads now.
pub type Edit = Rc<dyn Fn(&mut Report)>;

/// What the editor can do to its work.
pub enum Change {
    /// The article's text as typed or pasted.
    Article(String),
    /// A new report (a draft, or a report file opened), replacing the one there was, with what
    /// the extractor asks to check in it and where (nothing for a file).
    Report(String, Vec<String>, Vec<Check>),
    /// The JSON as typed in the JSON view.
    Json(String),
    /// A form's change.
    Edit(Edit),
    /// The report was downloaded or copied out.
    Published,
    /// The session's date given in step 1: kept, and, when it is a date, made the report's, with
    /// the draft's "no date in the article" notes gone since they are answered.
    Date(String),
}

impl Work {
    /// True when replacing the report would lose work not yet published.
    pub fn unpublished(&self) -> bool {
        !self.json.trim().is_empty() && !self.published
    }

    pub fn apply(&self, change: Change) -> Work {
        let mut next = self.clone();
        match change {
            Change::Article(text) => next.article = text,
            Change::Report(json, notes, checks) => {
                next.json = json;
                next.notes = notes;
                next.checks = checks;
                next.published = false;
            }
            Change::Json(json) => {
                next.published &= json == self.json;
                next.json = json;
            }
            Change::Edit(edit) => {
                // The forms are only shown for JSON of the report's shape, so this reads.
                let Ok(mut report) = serde_json::from_str::<Report>(&self.json) else { return next };
                edit(&mut report);
                let json = pretty(&report);
                next.published &= json == self.json;
                next.json = json;
            }
            Change::Published => next.published = true,
            Change::Date(text) => {
                let date = report::date::Date::try_from(text.clone());
                next.date = text;
                let (Ok(date), Some(mut report)) = (date, shape(&self.json)) else { return next };
                report.meta.event_date = date;
                let json = pretty(&report);
                next.published &= json == self.json;
                next.json = json;
                next.notes.retain(|n| !n.starts_with("meta.event_date"));
                next.checks.retain(|c| c.path != "meta.event_date");
            }
        }
        next
    }
}

/// A report as the editor writes it: two-space indented JSON, figures without a needless `.0`.
pub fn pretty(report: &Report) -> String {
    let json = serde_json::to_string_pretty(report).unwrap_or_default();
    // serde_json writes every f64 with a fraction (5755.0); the format's figures are plain JSON
    // numbers, and "5755" is what an editor wrote and expects to read back. Outside strings only.
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if c == '.' && out.ends_with(|d: char| d.is_ascii_digit()) && chars.peek() == Some(&'0') {
            let mut ahead = chars.clone();
            ahead.next();
            if !ahead.peek().is_some_and(|n| n.is_ascii_digit() || *n == 'e' || *n == 'E') {
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The report's shape, if its JSON has one: what the forms show, problems or not.
pub fn shape(json: &str) -> Option<Report> {
    serde_json::from_str(json.strip_prefix('\u{feff}').unwrap_or(json)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Work {
        Work { json: report::SEED_REPORT_JSON.to_owned(), published: true, ..Work::default() }
    }

    #[test]
    fn an_edit_changes_the_json_and_marks_it_unpublished() {
        let w = seed().apply(Change::Edit(Rc::new(|r: &mut Report| r.indicators[0].value = Some(5800.0))));
        assert!(w.unpublished());
        let r = report::parse::parse_report(&w.json).unwrap();
        assert_eq!(r.indicators[0].value, Some(5800.0));
        assert!(w.json.contains("\"value\": 5800,"), "{}", &w.json[..400]);
        assert!(!w.apply(Change::Published).unpublished());
    }

    #[test]
    fn the_same_json_stays_published_and_broken_json_takes_no_edit() {
        let w = seed().apply(Change::Json(report::SEED_REPORT_JSON.to_owned()));
        assert!(!w.unpublished());
        let broken = w.apply(Change::Json("{".into()));
        assert_eq!(broken.apply(Change::Edit(Rc::new(|r: &mut Report| r.format = 2))).json, "{");
    }

    #[test]
    fn a_date_given_in_step_1_becomes_the_sessions_and_answers_its_notes() {
        let w = Work {
            notes: vec!["meta.event_date: KHÔNG CÓ NGÀY trong bài".into(), "other".into()],
            checks: vec![Check { path: "meta.event_date".into(), ..Check::default() }],
            ..seed()
        };
        let dated = w.apply(Change::Date("2020-11-02".into()));
        assert_eq!(report::parse::parse_report(&dated.json).unwrap().meta.event_date.to_string(), "2020-11-02");
        assert_eq!((dated.notes.as_slice(), dated.checks.len(), dated.date.as_str()), (&["other".to_owned()][..], 0, "2020-11-02"));
        assert!(dated.unpublished());
        // Half typed: kept as typed, the report untouched.
        let half = w.apply(Change::Date("2025-04".into()));
        assert_eq!((half.json == w.json, half.date.as_str()), (true, "2025-04"));
    }

    #[test]
    fn pretty_keeps_every_figure_and_every_string() {
        let mut r = report::parse::parse_report(report::SEED_REPORT_JSON).unwrap();
        r.meta.title.en = Some("Budget 2.0 and 5.0%".into());
        r.indicators[0].value = Some(0.05);
        let back = shape(&pretty(&r)).unwrap();
        assert_eq!(back, r);
        assert!(pretty(&r).contains("\"Budget 2.0 and 5.0%\""));
    }
}
