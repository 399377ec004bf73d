//! Every human-readable text of a report with its JSON path, for the editor's English view: each
//! text side by side with its Vietnamese, and the ones still without English counted and listed.
//! Names of persons and the byline are not translated, so they are not here.

use report::locale::Locale;
use report::format::Report;
use report::text::Text;

/// Every text of `report`, in reading order, with its path (`sections[2].title`).
pub fn texts_mut(report: &mut Report) -> Vec<(String, &mut Text)> {
    let mut out: Vec<(String, &mut Text)> = Vec::new();
    let meta = &mut report.meta;
    out.push(("meta.title".into(), &mut meta.title));
    if let Some(t) = meta.lede.as_mut() {
        out.push(("meta.lede".into(), t));
    }
    out.push(("meta.place".into(), &mut meta.place));
    out.push(("meta.source.outlet".into(), &mut meta.source.outlet));
    for (i, p) in meta.photos.iter_mut().enumerate() {
        out.push((format!("meta.photos[{i}].caption"), &mut p.caption));
    }
    for (i, p) in report.participants.iter_mut().enumerate() {
        if let Some(g) = p.group.as_mut() {
            out.push((format!("participants[{i}].group"), g));
        }
        for (j, r) in p.roles.iter_mut().enumerate() {
            out.push((format!("participants[{i}].roles[{j}]"), r));
        }
    }
    for (i, s) in report.sections.iter_mut().enumerate() {
        out.push((format!("sections[{i}].title"), &mut s.title));
        for (j, t) in s.paragraphs.iter_mut().enumerate() {
            out.push((format!("sections[{i}].paragraphs[{j}]"), t));
        }
        for (j, t) in s.items.iter_mut().enumerate() {
            out.push((format!("sections[{i}].items[{j}]"), t));
        }
    }
    for (i, ind) in report.indicators.iter_mut().enumerate() {
        let at = format!("indicators[{i}]");
        out.push((format!("{at}.label"), &mut ind.label));
        if let Some(t) = ind.unit.as_mut() {
            out.push((format!("{at}.unit"), t));
        }
        if let Some(t) = ind.period.as_mut() {
            out.push((format!("{at}.period"), t));
        }
        if let Some(t) = ind.note.as_mut() {
            out.push((format!("{at}.note"), t));
        }
        for (j, c) in ind.counts.iter_mut().enumerate() {
            out.push((format!("{at}.counts[{j}].label"), &mut c.label));
            if let Some(t) = c.unit.as_mut() {
                out.push((format!("{at}.counts[{j}].unit"), t));
            }
        }
        for (j, r) in ind.references.iter_mut().enumerate() {
            if let Some(t) = r.by.as_mut() {
                out.push((format!("{at}.references[{j}].by"), t));
            }
        }
        for (j, c) in ind.changes.iter_mut().enumerate() {
            out.push((format!("{at}.changes[{j}].against"), &mut c.against));
        }
        if let Some(t) = ind.target.as_mut().and_then(|t| t.deadline.as_mut()) {
            out.push((format!("{at}.target.deadline"), t));
        }
    }
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
    fn every_text_the_normaliser_knows_is_listed() {
        // Both walk the same fields: a text added to the format must be added to both.
        let mut r = report::parse::parse_report(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/reports/template-full.json")).unwrap()).unwrap();
        let listed = texts_mut(&mut r).len();
        let json = serde_json::to_string(&r).unwrap();
        // Every {"vi":…} object in the report is a text; persons and the author are plain strings.
        assert_eq!(listed, json.matches("{\"vi\":").count() + json.matches("{\"en\":").count());
    }
}
