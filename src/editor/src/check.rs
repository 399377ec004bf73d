//! "Check these first": the draft's review flags (`draft::review`) as the editor keeps and shows
//! them. Each is a place in the report (a `report::path`) and the reason in both languages, taken
//! from the drafter's one table of reasons; kept with the work, beside the report, so they never
//! reach the published JSON. Which form control a place is: [`control_id`].

use serde::{Deserialize, Serialize};

use report::format::Report;
use report::locale::Locale;
use report::path::{steps, Step};

/// One place the draft is unsure of, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Check {
    /// `indicators[3]`, `participants[1]`, `sections[2]`, `meta.place`.
    pub path: String,
    pub vi: String,
    pub en: String,
}

impl Check {
    pub fn reason(&self, ui: Locale) -> &str {
        match ui {
            Locale::Vi => &self.vi,
            Locale::En => &self.en,
        }
    }
}

/// The drafter's flags as the editor keeps them.
pub fn from_flags(flags: &[draft::Flag]) -> Vec<Check> {
    flags.iter().map(|f| Check { path: f.path.clone(), vi: f.reason.vi().to_owned(), en: f.reason.en().to_owned() }).collect()
}

/// The id of the element of the review step that holds the place at `path`: the form of an
/// indicator, a participant or a section, or a field of the session's facts. `None` for a place
/// the forms do not show.
pub fn control_id(path: &str) -> Option<String> {
    let mut s = steps(path);
    match (s.next()?, s.next()) {
        (Step::Field("indicators"), Some(Step::Index(i))) => Some(format!("ed-indicator-{i}")),
        (Step::Field("sections"), Some(Step::Index(i))) => Some(format!("ed-section-{i}")),
        (Step::Field("participants"), Some(Step::Index(i))) => Some(format!("ed-person-{i}")),
        (Step::Field("meta"), Some(Step::Field("photos"))) => match s.next() {
            Some(Step::Index(i)) => Some(format!("ed-photo-{i}")),
            _ => None,
        },
        (Step::Field("meta"), Some(Step::Field(_))) => Some(format!("ed-{}", path.replace('.', "-"))),
        _ => None,
    }
}

/// The checks whose place the report still has (an indicator removed since takes its check
/// with it).
pub fn still_there<'a>(checks: &'a [Check], report: &Report) -> Vec<&'a Check> {
    checks
        .iter()
        .filter(|c| {
            let mut s = steps(&c.path);
            match (s.next(), s.next()) {
                (Some(Step::Field("indicators")), Some(Step::Index(i))) => i < report.indicators.len(),
                (Some(Step::Field("sections")), Some(Step::Index(i))) => i < report.sections.len(),
                (Some(Step::Field("participants")), Some(Step::Index(i))) => i < report.participants.len(),
                (Some(Step::Field("meta")), _) => true,
                _ => false,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_of_the_seed_draft_is_a_control_of_the_review_step() {
        let made = draft::draft(include_str!("../../../tests/fixtures/seed-article.txt")).unwrap();
        let checks = from_flags(&made.flags);
        assert!(!checks.is_empty());
        assert_eq!(still_there(&checks, &made.report).len(), checks.len());
        for c in &checks {
            assert!(control_id(&c.path).is_some(), "{} has no control", c.path);
            assert!(!c.reason(Locale::Vi).is_empty() && !c.reason(Locale::En).is_empty());
        }
    }

    #[test]
    fn a_path_names_its_form_and_a_removed_place_drops_its_check() {
        assert_eq!(control_id("indicators[3]").as_deref(), Some("ed-indicator-3"));
        assert_eq!(control_id("sections[0]").as_deref(), Some("ed-section-0"));
        assert_eq!(control_id("participants[2]").as_deref(), Some("ed-person-2"));
        assert_eq!(control_id("meta.source.outlet").as_deref(), Some("ed-meta-source-outlet"));
        assert_eq!(control_id("meta"), None);
        let mut report = report::parse::parse_report(report::SEED_REPORT_JSON).unwrap();
        let n = report.indicators.len();
        let checks = vec![
            Check { path: format!("indicators[{}]", n - 1), ..Check::default() },
            Check { path: "meta.place".into(), ..Check::default() },
        ];
        assert_eq!(still_there(&checks, &report).len(), 2);
        report.indicators.pop();
        assert_eq!(still_there(&checks, &report).len(), 1);
    }
}
