//! Semantic checks on a report that deserialised: references resolve, ids are unique and safe for
//! links, numbers are finite and sensible, required texts are present, addresses are web addresses.

use std::collections::HashSet;

use super::path::{Path, Step};
use super::problem::{Problem, ProblemKind as P};
use super::format::{Indicator, Participant, Report, MAX_TEXT_CHARS};
use super::text::Text;

/// Every problem found, in document order; empty when the report is fit to show.
pub fn validate(report: &Report) -> Vec<Problem> {
    let mut c = Checker::default();
    let meta = &report.meta;
    c.field("meta", |c| {
        c.field("title", |c| c.text(&meta.title));
        if let Some(lede) = &meta.lede {
            c.field("lede", |c| c.text(lede));
        }
        c.field("place", |c| c.text(&meta.place));
        c.field("source", |c| {
            c.field("outlet", |c| c.text(&meta.source.outlet));
            if meta.source.url.as_deref().is_some_and(|url| !is_web_url(url)) {
                c.field("url", |c| c.push(P::BadUrl));
            }
        });
        if meta.published.is_some_and(|published| published < meta.event_date) {
            c.field("published", |c| c.push(P::PublishedBeforeEvent));
        }
        if let Some(author) = &meta.author {
            c.field("author", |c| c.name(author));
        }
    });

    c.field("participants", |c| {
        for (i, p) in report.participants.iter().enumerate() {
            c.index(i, |c| c.participant(p));
        }
    });

    if report.sections.is_empty() {
        c.field("sections", |c| c.push(P::NoSections));
    }
    let indicator_ids = c.ids(report.indicators.iter().map(|i| i.id.as_str()), "indicators");
    let section_ids = c.ids(report.sections.iter().map(|s| s.id.as_str()), "sections");

    c.field("sections", |c| {
        for (i, s) in report.sections.iter().enumerate() {
            c.index(i, |c| {
                c.field("title", |c| c.text(&s.title));
                c.field("paragraphs", |c| c.texts(&s.paragraphs));
                c.field("items", |c| c.texts(&s.items));
                for (j, id) in s.indicators.iter().enumerate() {
                    if !indicator_ids.contains(id.as_str()) {
                        c.field("indicators", |c| c.index(j, |c| c.push(P::UnknownIndicator(clip(id)))));
                    }
                }
            });
        }
    });

    c.field("meta", |c| {
        c.field("photos", |c| {
            for (i, photo) in meta.photos.iter().enumerate() {
                c.index(i, |c| {
                    c.field("caption", |c| c.text(&photo.caption));
                    if photo.src.as_deref().is_some_and(|s| !is_web_url(s) && !is_relative_path(s)) {
                        c.field("src", |c| c.push(P::BadUrl));
                    }
                    if let Some(id) = photo.section.as_ref().filter(|id| !section_ids.contains(id.as_str())) {
                        c.field("section", |c| c.push(P::UnknownSection(clip(id))));
                    }
                });
            }
        });
    });

    let listed: HashSet<&str> = report.sections.iter().flat_map(|s| s.indicators.iter().map(String::as_str)).collect();
    c.field("indicators", |c| {
        for (i, ind) in report.indicators.iter().enumerate() {
            c.index(i, |c| {
                c.indicator(ind);
                // With no sections at all, that one problem says it; not once per indicator.
                if !report.sections.is_empty() && is_valid_id(&ind.id) && !listed.contains(ind.id.as_str()) {
                    c.field("id", |c| c.push(P::IndicatorNotShown(clip(&ind.id))));
                }
            });
        }
    });
    c.problems
}

/// Walks the report keeping the JSON path of where it is in one reused buffer: thousands of
/// items are checked, and a path is only copied out for a problem.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    path: Path,
}

impl Checker {
    /// Runs `check` one field deeper.
    fn field(&mut self, name: &str, check: impl FnOnce(&mut Self)) {
        let mark = self.path.push(Step::Field(name));
        check(self);
        self.path.back_to(mark);
    }

    /// Runs `check` on one element of the array at the current path.
    fn index(&mut self, i: usize, check: impl FnOnce(&mut Self)) {
        let mark = self.path.push(Step::Index(i));
        check(self);
        self.path.back_to(mark);
    }

    /// A problem at the current path.
    fn push(&mut self, kind: P) {
        self.problems.push(Problem::at(self.path.as_str(), kind));
    }

    fn text(&mut self, t: &Text) {
        if t.is_blank() {
            self.push(P::EmptyText);
        }
        for (lang, s) in [("vi", &t.vi), ("en", &t.en)] {
            if let Some(s) = s {
                self.field(lang, |c| c.length(s));
            }
        }
    }

    fn name(&mut self, name: &str) {
        if name.trim().is_empty() {
            self.push(P::BlankName);
        }
        self.length(name);
    }

    fn length(&mut self, s: &str) {
        // Bytes bound characters from above: only long strings are counted.
        if s.len() > MAX_TEXT_CHARS {
            let chars = s.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.push(P::TextTooLong(chars));
            }
        }
    }

    fn opt_text(&mut self, name: &str, t: Option<&Text>) {
        if let Some(t) = t {
            self.field(name, |c| c.text(t));
        }
    }

    fn texts(&mut self, ts: &[Text]) {
        for (i, t) in ts.iter().enumerate() {
            self.index(i, |c| c.text(t));
        }
    }

    /// Checks each id's syntax and uniqueness; returns the set of ids for reference checks.
    fn ids<'a>(&mut self, ids: impl Iterator<Item = &'a str>, list: &str) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let problem = if !is_valid_id(id) {
                Some(P::BadId)
            } else if !seen.insert(id) {
                Some(P::DuplicateId(id.to_owned()))
            } else {
                None
            };
            if let Some(kind) = problem {
                self.field(list, |c| c.index(i, |c| c.field("id", |c| c.push(kind))));
            }
        }
        seen
    }

    fn participant(&mut self, p: &Participant) {
        match (&p.person, &p.group) {
            (Some(_), Some(_)) => self.push(P::PersonAndGroup),
            (None, None) => self.push(P::NeitherPersonNorGroup),
            (Some(name), None) => self.field("person", |c| c.name(name)),
            (None, Some(group)) => self.field("group", |c| c.text(group)),
        }
        self.field("roles", |c| c.texts(&p.roles));
    }

    fn indicator(&mut self, ind: &Indicator) {
        self.field("label", |c| c.text(&ind.label));
        self.opt_text("unit", ind.unit.as_ref());
        self.opt_text("per", ind.per.as_ref());
        self.opt_text("period", ind.period.as_ref());
        self.opt_text("note", ind.note.as_ref());
        if ind.value.is_none() && ind.counts.is_empty() && ind.target.is_none() {
            self.push(P::NoValueOrCounts);
        }
        if ind.value.is_none() && ind.qualifier.is_some() {
            self.field("qualifier", |c| c.push(P::QualifierWithoutValue));
        }
        if ind.unit.is_some() && ind.currency.is_some() {
            self.field("currency", |c| c.push(P::UnitAndCurrency));
        }
        if ind.percent && (ind.unit.is_some() || ind.currency.is_some()) {
            self.field("percent", |c| c.push(P::PercentWithUnit));
        }
        if ind.decimals.is_some_and(|d| d > 6) {
            self.field("decimals", |c| c.push(P::TooManyDecimals));
        }
        if ind.per.is_some() && ind.currency.is_none() {
            self.field("per", |c| c.push(P::PerWithoutCurrency));
        }
        for (name, present) in [("value_to", ind.value_to.is_some()), ("decimals", ind.decimals.is_some()), ("total", ind.total.is_some())] {
            if present && ind.value.is_none() {
                self.field(name, |c| c.push(P::NeedsValue(name)));
            }
        }
        if let (Some(from), Some(to)) = (ind.value, ind.value_to) {
            self.field("value_to", |c| {
                if !to.is_finite() {
                    c.push(P::NotFinite);
                } else if to <= from {
                    c.push(P::RangeNotRising);
                }
            });
        }
        if let Some(total) = ind.total {
            self.field("total", |c| {
                if c.positive(total) && ind.value.is_some_and(|v| v > total) {
                    c.push(P::PartExceedsWhole);
                }
            });
        }
        self.field("references", |c| {
            for (i, r) in ind.references.iter().enumerate() {
                c.index(i, |c| {
                    c.opt_text("by", r.by.as_ref());
                    if r.value.is_none() && r.share.is_none() {
                        c.push(P::EmptyReference);
                    }
                    if let Some(v) = r.value {
                        c.field("value", |c| {
                            c.positive(v);
                        });
                    }
                    if let Some(s) = r.share {
                        c.field("share", |c| c.share(s, ind.value, r.value));
                    }
                });
            }
        });
        self.field("changes", |c| {
            for (i, change) in ind.changes.iter().enumerate() {
                c.index(i, |c| {
                    c.field("against", |c| c.text(&change.against));
                    if !change.value.is_finite() {
                        c.field("value", |c| c.push(P::NotFinite));
                    }
                });
            }
        });
        if let Some(t) = &ind.target {
            self.field("target", |c| {
                c.opt_text("deadline", t.deadline.as_ref());
                if !t.value.is_finite() {
                    c.field("value", |c| c.push(P::NotFinite));
                }
            });
        }
        if let Some(q) = &ind.quote {
            self.field("quote", |c| c.length(q));
        }
        if ind.currency.as_ref().is_some_and(|cur| cur.len() != 3 || !cur.bytes().all(|b| b.is_ascii_uppercase())) {
            self.field("currency", |c| c.push(P::BadCurrency));
        }
        if ind.value.is_some_and(|v| !v.is_finite()) {
            self.field("value", |c| c.push(P::NotFinite));
        }
        if let Some(plan) = ind.plan {
            if !plan.is_finite() {
                self.field("plan", |c| c.push(P::NotFinite));
            } else if plan <= 0.0 {
                self.field("plan", |c| c.push(P::NotPositive));
            }
        }
        if let Some(share) = ind.share_of_plan {
            self.field("share_of_plan", |c| c.share(share, ind.value, ind.plan));
        }
        self.field("counts", |c| {
            for (i, count) in ind.counts.iter().enumerate() {
                c.index(i, |c| {
                    c.field("label", |c| c.text(&count.label));
                    c.opt_text("unit", count.unit.as_ref());
                    if !count.value.is_finite() {
                        c.field("value", |c| c.push(P::NotFinite));
                    } else if count.value < 0.0 {
                        c.field("value", |c| c.push(P::Negative));
                    }
                });
            }
        });
    }
}

impl Checker {
    /// A finite number above zero; says what is wrong otherwise.
    fn positive(&mut self, v: f64) -> bool {
        if !v.is_finite() {
            self.push(P::NotFinite);
        } else if v <= 0.0 {
            self.push(P::NotPositive);
        }
        v.is_finite() && v > 0.0
    }

    /// A share as reported, against the one its two figures give.
    fn share(&mut self, share: f64, value: Option<f64>, of: Option<f64>) {
        if !share.is_finite() {
            self.push(P::NotFinite);
        } else if share < 0.0 {
            self.push(P::Negative);
        } else if let (Some(v), Some(of)) = (value, of) {
            let computed = v / of * 100.0;
            // Reports round shares to one decimal; more than a point apart is a typo.
            if computed.is_finite() && (computed - share).abs() > 1.0 {
                self.push(P::ShareDisagrees { stated: share, computed });
            }
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
