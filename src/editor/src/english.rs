//! Every human-readable text of a report with its JSON path, for the editor's English view: each
//! text side by side with its Vietnamese, and the ones still without English counted and listed.
//! Names of persons and the byline are not translated, so they are not here.

use report::locale::Locale;
use report::format::Report;
use report::path::Path;
use report::text::Text;
use report::texts::{each_text_mut, TextMut};

/// Every text of `report` to translate, in reading order, with its path (`sections[2].title`):
/// the report's bilingual texts ([`each_text_mut`]); names, the byline and quotations are
/// written once and left out.
pub fn texts_mut(report: &mut Report) -> Vec<(String, &mut Text)> {
    let mut out = Vec::new();
    each_text_mut(report, |at, t| {
        if let TextMut::Bilingual(t) = t {
            out.push((at.iter().copied().collect::<Path>().into_string(), t));
        }
    });
    out
}

/// A text of the report and its two languages, as the English view lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub path: String,
    pub vi: String,
    pub en: String,
}

impl Pair {
    /// Written in Vietnamese and not yet in English.
    pub fn missing(&self) -> bool {
        !self.vi.trim().is_empty() && self.en.trim().is_empty()
    }
}

/// Every text with its two languages.
pub fn pairs(report: &Report) -> Vec<Pair> {
    let mut copy = report.clone();
    texts_mut(&mut copy)
        .into_iter()
        .map(|(path, t)| Pair { path, vi: t.vi.clone().unwrap_or_default(), en: t.en.clone().unwrap_or_default() })
        .collect()
}

/// Sets the English of the text at `path`; false when no text is there.
pub fn set_english(report: &mut Report, path: &str, en: &str) -> bool {
    match texts_mut(report).into_iter().find(|(p, _)| p == path) {
        Some((_, t)) => {
            crate::edit::set_text(t, Locale::En, en);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_text_and_what_lacks_english() {
        let mut r = report::parse::parse_report(report::SEED_REPORT_JSON).unwrap();
        let all = pairs(&r);
        assert!(all.len() > 50, "{}", all.len());
        assert_eq!(all.iter().filter(|p| p.missing()).count(), 0, "the seed is fully bilingual");
        assert!(set_english(&mut r, "sections[1].title", ""));
        let missing: Vec<String> = pairs(&r).into_iter().filter(Pair::missing).map(|p| p.path).collect();
        assert_eq!(missing, ["sections[1].title"]);
        assert!(set_english(&mut r, "sections[1].title", "Economy"));
        assert_eq!(r.sections[1].title.en.as_deref(), Some("Economy"));
        assert!(!set_english(&mut r, "sections[99].title", "x"));
    }

    #[test]
    fn every_bilingual_text_is_listed() {
        // One walk (report::texts) serves normalisation and this step: a text added to the
        // format and not to the walk is caught here.
        let mut r = report::parse::parse_report(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/reports/template-full.json")).unwrap()).unwrap();
        let listed = texts_mut(&mut r).len();
        let json = serde_json::to_string(&r).unwrap();
        // Every {"vi":…} object in the report is a text; persons and the author are plain strings.
        assert_eq!(listed, json.matches("{\"vi\":").count() + json.matches("{\"en\":").count());
    }
}

