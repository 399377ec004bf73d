//! Semantic checks on a report that deserialised: references resolve, ids are unique and safe for
//! links, numbers are finite and sensible, required texts are present, addresses are web addresses.

use std::collections::HashSet;

use super::problem::{Problem, ProblemKind as P};
use super::report::{Indicator, Participant, Report};
use super::text::Text;

/// One text longer than this is refused: no report needs it, and browsers take minutes to lay out
/// megabytes of unbroken text, freezing the reader's tab. (The seed's longest text is under 1,000.)
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Every problem found, in document order; empty when the report is fit to show.
pub fn validate(report: &Report) -> Vec<Problem> {
    let mut c = Checker::default();
    let meta = &report.meta;
    c.text("meta.title", &meta.title);
    c.opt_text("meta.lede", meta.lede.as_ref());
    c.text("meta.place", &meta.place);
    c.text("meta.source.outlet", &meta.source.outlet);
    if let Some(url) = &meta.source.url {
        if !is_web_url(url) {
            c.push("meta.source.url", P::BadUrl);
        }
    }
    if let Some(published) = meta.published {
        if published < meta.event_date {
            c.push("meta.published", P::PublishedBeforeEvent);
        }
    }
    if let Some(author) = &meta.author {
        c.name("meta.author", author);
    }

    for (i, p) in report.participants.iter().enumerate() {
        c.participant(&format!("participants[{i}]"), p);
    }

    if report.sections.is_empty() {
        c.push("sections", P::NoSections);
    }
    let indicator_ids = c.ids(report.indicators.iter().map(|i| i.id.as_str()), "indicators");
    let section_ids = c.ids(report.sections.iter().map(|s| s.id.as_str()), "sections");

    for (i, s) in report.sections.iter().enumerate() {
        let at = format!("sections[{i}]");
        c.text(&format!("{at}.title"), &s.title);
        c.texts(&format!("{at}.paragraphs"), &s.paragraphs);
        c.texts(&format!("{at}.items"), &s.items);
        for (j, id) in s.indicators.iter().enumerate() {
            if !indicator_ids.contains(id.as_str()) {
                c.push(format!("{at}.indicators[{j}]"), P::UnknownIndicator(clip(id)));
            }
        }
    }

    for (i, photo) in meta.photos.iter().enumerate() {
        let at = format!("meta.photos[{i}]");
        c.text(&format!("{at}.caption"), &photo.caption);
        if photo.src.as_deref().is_some_and(|s| !is_web_url(s) && !is_relative_path(s)) {
            c.push(format!("{at}.src"), P::BadUrl);
        }
        if let Some(id) = &photo.section {
            if !section_ids.contains(id.as_str()) {
                c.push(format!("{at}.section"), P::UnknownSection(clip(id)));
            }
        }
    }

    for (i, ind) in report.indicators.iter().enumerate() {
        c.indicator(&format!("indicators[{i}]"), ind);
    }
    c.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, kind: P) {
        self.problems.push(Problem::at(path, kind));
    }

    fn text(&mut self, path: &str, t: &Text) {
        if t.is_blank() {
            self.push(path, P::EmptyText);
        }
        for (lang, s) in [("vi", &t.vi), ("en", &t.en)] {
            if let Some(s) = s {
                self.length(&format!("{path}.{lang}"), s);
            }
        }
    }

    fn name(&mut self, path: &str, name: &str) {
        if name.trim().is_empty() {
            self.push(path, P::BlankName);
        }
        self.length(path, name);
    }

    fn length(&mut self, path: &str, s: &str) {
        // Bytes bound characters from above: only long strings are counted.
        if s.len() > MAX_TEXT_CHARS {
            let chars = s.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.push(path, P::TextTooLong(chars));
            }
        }
    }

    fn opt_text(&mut self, path: &str, t: Option<&Text>) {
        if let Some(t) = t {
            self.text(path, t);
        }
    }

    fn texts(&mut self, path: &str, ts: &[Text]) {
        for (i, t) in ts.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), t);
        }
    }

    /// Checks each id's syntax and uniqueness; returns the set of ids for reference checks.
    fn ids<'a>(&mut self, ids: impl Iterator<Item = &'a str>, list: &str) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let at = format!("{list}[{i}].id");
            if !is_valid_id(id) {
                self.push(at, P::BadId);
            } else if !seen.insert(id) {
                self.push(at, P::DuplicateId(id.to_owned()));
            }
        }
        seen
    }

    fn participant(&mut self, at: &str, p: &Participant) {
        match (&p.person, &p.group) {
            (Some(_), Some(_)) => self.push(at, P::PersonAndGroup),
            (None, None) => self.push(at, P::NeitherPersonNorGroup),
            (Some(name), None) => self.name(&format!("{at}.person"), name),
            (None, Some(group)) => self.text(&format!("{at}.group"), group),
        }
        self.texts(&format!("{at}.roles"), &p.roles);
    }

    fn indicator(&mut self, at: &str, ind: &Indicator) {
        self.text(&format!("{at}.label"), &ind.label);
        self.opt_text(&format!("{at}.unit"), ind.unit.as_ref());
        self.opt_text(&format!("{at}.period"), ind.period.as_ref());
        self.opt_text(&format!("{at}.note"), ind.note.as_ref());
        if ind.value.is_none() && ind.counts.is_empty() {
            self.push(at, P::NoValueOrCounts);
        }
        if ind.value.is_none() && ind.qualifier.is_some() {
            self.push(format!("{at}.qualifier"), P::QualifierWithoutValue);
        }
        if ind.unit.is_some() && ind.currency.is_some() {
            self.push(format!("{at}.currency"), P::UnitAndCurrency);
        }
        if let Some(cur) = &ind.currency {
            if cur.len() != 3 || !cur.bytes().all(|b| b.is_ascii_uppercase()) {
                self.push(format!("{at}.currency"), P::BadCurrency);
            }
        }
        if let Some(v) = ind.value {
            self.finite(&format!("{at}.value"), v);
        }
        if let Some(plan) = ind.plan {
            if !plan.is_finite() {
                self.push(format!("{at}.plan"), P::NotFinite);
            } else if plan <= 0.0 {
                self.push(format!("{at}.plan"), P::NotPositive);
            }
        }
        if let Some(share) = ind.share_of_plan {
            if !share.is_finite() {
                self.push(format!("{at}.share_of_plan"), P::NotFinite);
            } else if share < 0.0 {
                self.push(format!("{at}.share_of_plan"), P::Negative);
            } else if let (Some(v), Some(plan)) = (ind.value, ind.plan) {
                let computed = v / plan * 100.0;
                // Reports round shares to one decimal; more than a point apart is a typo.
                if computed.is_finite() && (computed - share).abs() > 1.0 {
                    self.push(
                        format!("{at}.share_of_plan"),
                        P::ShareDisagrees { stated: share, computed },
                    );
                }
            }
        }
        for (i, count) in ind.counts.iter().enumerate() {
            let cat = format!("{at}.counts[{i}]");
            self.text(&format!("{cat}.label"), &count.label);
            self.opt_text(&format!("{cat}.unit"), count.unit.as_ref());
            if !count.value.is_finite() {
                self.push(format!("{cat}.value"), P::NotFinite);
            } else if count.value < 0.0 {
                self.push(format!("{cat}.value"), P::Negative);
            }
        }
    }

    fn finite(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.push(path, P::NotFinite);
        }
    }
}

/// Ids end up in element ids and share links, so they are kept to a small, safe alphabet.
pub fn is_valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_lowercase() | b[0].is_ascii_digit()
        && b.iter().all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

/// Only http(s) links may leave the widget: `javascript:` and `data:` never become an href.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A path relative to the page, with no scheme that could run or embed something.
pub fn is_relative_path(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with("//")
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        // A scheme would come before the first '/', '?' or '#'.
        && !s.split(['/', '?', '#']).next().unwrap_or("").contains(':')
}

/// Ids quoted back in messages are clipped so a 10 MB id does not become a 10 MB message.
fn clip(s: &str) -> String {
    match s.char_indices().nth(64) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_urls() {
        assert!(is_valid_id("economy-2020"));
        assert!(!is_valid_id("Economy"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id("a\"><script>"));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(is_web_url("https://example.org/a?b#c"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url(" JAVASCRIPT:alert(1)"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("https://"));
        assert!(is_relative_path("photos/a.jpg"));
        assert!(!is_relative_path("javascript:alert(1)"));
        assert!(!is_relative_path("//evil.example/x.jpg"));
    }
}
