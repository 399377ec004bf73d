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
    /// Earlier versions of the report's JSON, the newest last: what Undo goes back to. Kept with
    /// the work, so a reload keeps them; at most [`HISTORY`].
    pub undo: Vec<String>,
    /// What Undo went back from, the newest last; emptied by any new change.
    pub redo: Vec<String>,
    /// When the last change to the JSON was made (ms since 1970), for [`COALESCE_MS`].
    pub changed_at: f64,
    /// The session's date (YYYY-MM-DD) the editor gave in step 1, for an article that says none.
    pub date: String,
}

/// Undo goes back at most this many steps.
pub const HISTORY: usize = 60;
/// Changes made by typing closer together than this are one step: a word typed is undone whole,
/// not letter by letter.
pub const COALESCE_MS: f64 = 1000.0;

/// A change made through a form: applied to the report as its JSON reads now.
#[derive(Clone)]
pub struct Edit {
    pub apply: Rc<dyn Fn(&mut Report)>,
    /// Typed into a field (not a button's action): typing that follows typing within
    /// [`COALESCE_MS`] is one Undo step.
    pub typing: bool,
}

impl Edit {
    /// A field's change (typing).
    pub fn typed(f: impl Fn(&mut Report) + 'static) -> Edit {
        Edit { apply: Rc::new(f), typing: true }
    }

    /// A button's action: always a step of its own.
    pub fn action(f: impl Fn(&mut Report) + 'static) -> Edit {
        Edit { apply: Rc::new(f), typing: false }
    }
}

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
    /// The checks at these indices marked checked (or not).
    Checked(Vec<usize>, bool),
    /// Back to the JSON before the last change.
    Undo,
    /// Forward again to what Undo went back from.
    Redo,
    /// The session's date given in step 1: kept, and, when it is a date, made the report's, with
    /// the draft's "no date in the article" notes gone since they are answered.
    Date(String),
}

impl Work {
    /// True when replacing the report would lose work not yet published.
    pub fn unpublished(&self) -> bool {
        !self.json.trim().is_empty() && !self.published
    }

    /// [`Work::apply_at`] with every change a step of its own.
    pub fn apply(&self, change: Change) -> Work {
        self.apply_at(change, None)
    }

    /// The work after `change`, made at `now` (ms since 1970; `None`: a step of its own). A change
    /// of the JSON becomes an Undo step, unless it is typing that follows the last change within
    /// [`COALESCE_MS`].
    pub fn apply_at(&self, change: Change, now: Option<f64>) -> Work {
        let mut next = self.clone();
        let typing = match &change {
            Change::Json(_) => true,
            Change::Edit(e) => e.typing,
            _ => false,
        };
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
                (edit.apply)(&mut report);
                let json = pretty(&report);
                next.published &= json == self.json;
                next.json = json;
            }
            Change::Published => next.published = true,
            Change::Date(text) => {
                // One text field that reads the forms the genre writes ("28/11/2020"), or ISO.
                let date = crate::edit::read_date(&text);
                next.date = text;
                let (Some(date), Some(mut report)) = (date, shape(&self.json)) else { return next };
                report.meta.event_date = date;
                let json = pretty(&report);
                next.published &= json == self.json;
                next.json = json;
                next.notes.retain(|n| !n.starts_with("meta.event_date"));
                next.checks.retain(|c| c.path != "meta.event_date");
            }
            Change::Checked(which, done) => {
                for i in which {
                    if let Some(c) = next.checks.get_mut(i) {
                        c.done = done;
                    }
                }
            }
            Change::Undo => {
                if let Some(before) = next.undo.pop() {
                    next.redo.push(std::mem::replace(&mut next.json, before));
                    next.published = false;
                    next.changed_at = 0.0;
                }
                return next;
            }
            Change::Redo => {
                if let Some(after) = next.redo.pop() {
                    next.undo.push(std::mem::replace(&mut next.json, after));
                    next.published = false;
                    next.changed_at = 0.0;
                }
                return next;
            }
        }
        if next.json != self.json {
            let joins = typing && now.is_some_and(|t| t - self.changed_at < COALESCE_MS) && !self.undo.is_empty();
            if !joins && !self.json.is_empty() {
                next.undo.push(self.json.clone());
                if next.undo.len() > HISTORY {
                    next.undo.remove(0);
                }
            }
            next.redo.clear();
            // A button's action is a step of its own: the typing after it starts a new one.
            next.changed_at = if typing { now.unwrap_or(0.0) } else { 0.0 };
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
        let w = seed().apply(Change::Edit(Edit::typed(|r: &mut Report| r.indicators[0].value = Some(5800.0))));
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
        assert_eq!(broken.apply(Change::Edit(Edit::typed(|r: &mut Report| r.format = 2))).json, "{");
    }

    #[test]
    fn every_change_can_be_undone_and_redone_and_typing_is_one_step() {
        let set = |v: f64| Change::Edit(Edit::typed(move |r: &mut Report| r.indicators[0].value = Some(v)));
        let value = |w: &Work| report::parse::parse_report(&w.json).unwrap().indicators[0].value;
        let start = seed();
        let before = value(&start);
        // Three keystrokes 200 ms apart: one step. A change 5 s later: another.
        let w = start.apply_at(set(5.0), Some(10_000.0)).apply_at(set(57.0), Some(10_200.0)).apply_at(set(576.0), Some(10_400.0));
        let w = w.apply_at(set(9.0), Some(15_400.0));
        assert_eq!(w.undo.len(), 2);
        // A button right after typing is a step of its own, and so is the typing after it.
        let action = Change::Edit(Edit::action(|r: &mut Report| r.indicators[0].value = Some(1.0)));
        let b = w.apply_at(action, Some(15_500.0)).apply_at(set(2.0), Some(15_600.0));
        assert_eq!(b.undo.len(), 4);
        let back = w.apply(Change::Undo);
        assert_eq!(value(&back), Some(576.0));
        let back = back.apply(Change::Undo);
        assert_eq!(value(&back), before);
        assert!(back.unpublished(), "an undone report is not the one published");
        assert_eq!(value(&back.apply(Change::Redo)), Some(576.0));
        // A new change after Undo drops what Redo had.
        assert!(back.apply(set(1.0)).redo.is_empty());
        // Nothing to undo: nothing happens.
        assert_eq!(start.apply(Change::Undo).json, start.json);
        // At most HISTORY steps are kept, the oldest dropped first.
        let mut w = start.clone();
        for k in 0..(HISTORY + 10) {
            w = w.apply(set(k as f64));
        }
        assert_eq!(w.undo.len(), HISTORY);
        // And they survive the storage form (a reload).
        let stored: Work = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
        assert_eq!(stored.undo, w.undo);
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
        // As the genre writes it.
        let genre = w.apply(Change::Date("2/11/2020".into()));
        assert_eq!(report::parse::parse_report(&genre.json).unwrap().meta.event_date.to_string(), "2020-11-02");
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
