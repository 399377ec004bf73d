//! "To check": the draft's review flags (`draft::review`) as the editor keeps and shows
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
    /// English suggested from the glossary (listed as one item, reviewed on the English step).
    pub english: bool,
    /// Marked checked by the editor.
    pub done: bool,
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
    flags
        .iter()
        .map(|f| Check {
            path: f.path.clone(),
            vi: f.reason.vi().to_owned(),
            en: f.reason.en().to_owned(),
            english: f.reason == draft::Reason::EnglishSuggested,
            done: false,
        })
        .collect()
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

impl Check {
    /// Whether the report still has this check's place (an indicator removed since takes its
    /// check with it).
    pub fn is_there(&self, report: &Report) -> bool {
        let mut s = steps(&self.path);
        match (s.next(), s.next()) {
            (Some(Step::Field("indicators")), Some(Step::Index(i))) => i < report.indicators.len(),
            (Some(Step::Field("sections")), Some(Step::Index(i))) => i < report.sections.len(),
            (Some(Step::Field("participants")), Some(Step::Index(i))) => i < report.participants.len(),
            (Some(Step::Field("meta")), _) => true,
            _ => false,
        }
    }
}

/// The checks whose place the report still has.
pub fn still_there<'a>(checks: &'a [Check], report: &Report) -> Vec<&'a Check> {
    checks.iter().filter(|c| c.is_there(report)).collect()
}

/// One thing still to check before the report is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Open {
    /// A draft's flag not yet marked checked: its index in the work's checks.
    Flag(usize),
    /// The glossary's suggested English, not yet marked reviewed: the indices of those checks.
    SuggestedEnglish(Vec<usize>),
    /// A `[placeholder]` the draft left (no title, outlet or place found): where.
    Placeholder { path: String, text: String },
    /// A person named without any role: where, and the name.
    NoRole { path: String, name: String },
    /// Texts without English: how many.
    NoEnglish(usize),
}

impl Open {
    /// Whether publishing should ask first: a placeholder or an unchecked flag would reach readers.
    pub fn blocks(&self) -> bool {
        matches!(self, Open::Flag(_) | Open::Placeholder { .. } | Open::NoRole { .. } | Open::SuggestedEnglish(_))
    }
}

/// Everything still to check in `report`, in the report's order: the draft's flags not marked
/// checked (its suggested English as one item), placeholders, persons without a role, and how many
/// texts lack English.
pub fn open(report: &Report, checks: &[Check]) -> Vec<Open> {
    let unchecked = || checks.iter().enumerate().filter(|(_, c)| !c.done);
    let mut out: Vec<Open> = unchecked().filter(|(_, c)| !c.english && c.is_there(report)).map(|(i, _)| Open::Flag(i)).collect();
    let english: Vec<usize> = unchecked().filter(|(_, c)| c.english).map(|(i, _)| i).collect();
    if !english.is_empty() {
        out.push(Open::SuggestedEnglish(english));
    }
    let texts = crate::english::pairs(report);
    for p in &texts {
        for t in [&p.vi, &p.en] {
            if let Some(text) = placeholder(t) {
                out.push(Open::Placeholder { path: p.path.clone(), text });
            }
        }
    }
    for (i, p) in report.participants.iter().enumerate() {
        if let (Some(name), true) = (&p.person, p.roles.is_empty()) {
            out.push(Open::NoRole { path: format!("participants[{i}]"), name: name.clone() });
        }
    }
    let missing = texts.iter().filter(|p| p.missing()).count();
    if missing > 0 {
        out.push(Open::NoEnglish(missing));
    }
    out
}

/// "[Tên báo]", "[Địa điểm]": the draft's placeholders, a few words in square brackets.
fn placeholder(text: &str) -> Option<String> {
    let start = text.find('[')?;
    let len = text[start..].find(']')?;
    let inner = &text[start + 1..start + len];
    (!inner.is_empty() && inner.chars().count() <= 40 && !inner.chars().all(|c| c.is_ascii_digit())).then(|| text[start..=start + len].to_owned())
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
    fn what_is_open_before_publishing() {
        let seed = report::parse::parse_report(report::SEED_REPORT_JSON).unwrap();
        assert!(open(&seed, &[]).is_empty(), "the seed has nothing open");
        let mut r = seed.clone();
        r.meta.source.outlet.vi = Some("[Tên báo]".into());
        r.participants[0].roles.clear();
        r.sections[0].title.en = None;
        let mut checks = vec![
            Check { path: "meta.place".into(), ..Check::default() },
            Check { path: "meta.place".into(), english: true, ..Check::default() },
        ];
        let found = open(&r, &checks);
        assert_eq!(found[0], Open::Flag(0));
        assert_eq!(found[1], Open::SuggestedEnglish(vec![1]));
        assert!(found.contains(&Open::Placeholder { path: "meta.source.outlet".into(), text: "[Tên báo]".into() }));
        assert!(found.iter().any(|o| matches!(o, Open::NoRole { path, .. } if path == "participants[0]")));
        assert_eq!(found.last(), Some(&Open::NoEnglish(1)));
        assert!(found.iter().all(|o| o.blocks() || matches!(o, Open::NoEnglish(_))));
        checks.iter_mut().for_each(|c| c.done = true);
        assert!(!open(&r, &checks).iter().any(|o| matches!(o, Open::Flag(_) | Open::SuggestedEnglish(_))));
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
