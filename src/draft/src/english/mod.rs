//! Suggested English for a draft's fixed vocabulary (issue 26): offices, bodies, places, outlets,
//! units, section headings, periods, comparison bases, deadlines and the genre's common indicator
//! labels, composed from a glossary a newsroom can extend. Free prose (title, lede, paragraphs,
//! items, captions, quotes) is left to the editor or a translation. Each text filled here is
//! flagged "suggested" at its path, so the editor reviews it before it is published.

pub mod compose;
pub mod glossary;

use report::format::Report;
use report::path::Path;
use report::text::Text;

pub use glossary::{Glossary, GlossaryProblem};

use crate::review::{Flag, Reason};

/// How many of a report's texts (and of their Vietnamese words) have English, and how many of those
/// were filled here: what `draft --english` prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    pub texts: usize,
    pub texts_filled: usize,
    pub words: usize,
    pub words_filled: usize,
}

impl std::ops::AddAssign for Coverage {
    fn add_assign(&mut self, o: Coverage) {
        self.texts += o.texts;
        self.texts_filled += o.texts_filled;
        self.words += o.words;
        self.words_filled += o.words_filled;
    }
}

/// Walks the report's texts, fills each English that is missing and that the glossary accounts
/// for whole, and returns a flag for each one filled.
pub fn suggest(report: &mut Report, g: &Glossary) -> (Vec<Flag>, Coverage) {
    let mut s = Suggester { g, flags: Vec::new(), cov: Coverage::default() };
    let meta = Path::new().field("meta");
    s.free(&report.meta.title);
    report.meta.lede.iter().for_each(|t| s.free(t));
    s.fill(&mut report.meta.place, meta.clone().field("place"), compose::place);
    s.fill(&mut report.meta.source.outlet, meta.clone().field("source").field("outlet"), compose::outlet);
    for photo in &report.meta.photos {
        s.free(&photo.caption);
    }
    for (i, p) in report.participants.iter_mut().enumerate() {
        let at = Path::new().field("participants").index(i);
        if let Some(g) = &mut p.group {
            s.fill(g, at.clone().field("group"), compose::group);
        }
        for (j, r) in p.roles.iter_mut().enumerate() {
            s.fill(r, at.clone().field("roles").index(j), compose::role);
        }
    }
    for (i, sec) in report.sections.iter_mut().enumerate() {
        let at = Path::new().field("sections").index(i);
        s.fill(&mut sec.title, at.field("title"), compose::phrase);
        sec.paragraphs.iter().chain(&sec.items).for_each(|t| s.free(t));
    }
    for (i, ind) in report.indicators.iter_mut().enumerate() {
        let at = Path::new().field("indicators").index(i);
        s.fill(&mut ind.label, at.clone().field("label"), compose::phrase);
        if let Some(u) = &mut ind.unit {
            s.fill(u, at.clone().field("unit"), |_, v| compose::unit(g, v));
        }
        if let Some(p) = &mut ind.per {
            s.fill(p, at.clone().field("per"), |_, v| compose::per(v));
        }
        if let Some(p) = &mut ind.period {
            s.fill(p, at.clone().field("period"), compose::period);
        }
        ind.note.iter().for_each(|t| s.free(t));
        for (j, c) in ind.counts.iter_mut().enumerate() {
            let at = at.clone().field("counts").index(j);
            s.fill(&mut c.label, at.clone().field("label"), compose::phrase);
            if let Some(u) = &mut c.unit {
                s.fill(u, at.field("unit"), |_, v| compose::unit(g, v));
            }
        }
        for (j, r) in ind.references.iter_mut().enumerate() {
            if let Some(by) = &mut r.by {
                s.fill(by, at.clone().field("references").index(j).field("by"), compose::setter);
            }
        }
        for (j, c) in ind.changes.iter_mut().enumerate() {
            s.fill(&mut c.against, at.clone().field("changes").index(j).field("against"), compose::period);
        }
        if let Some(d) = ind.target.as_mut().and_then(|t| t.deadline.as_mut()) {
            s.fill(d, at.clone().field("target").field("deadline"), compose::deadline);
        }
        // The quote is the article's sentence, shown as written: it has no English to fill.
    }
    (s.flags, s.cov)
}

struct Suggester<'g> {
    g: &'g Glossary,
    flags: Vec<Flag>,
    cov: Coverage,
}

fn words(t: &Text) -> usize {
    t.vi.as_deref().map_or(0, |v| v.split_whitespace().count())
}

impl Suggester<'_> {
    /// Free prose: counted, never filled.
    fn free(&mut self, t: &Text) {
        if t.vi.is_some() {
            self.cov.texts += 1;
            self.cov.words += words(t);
        }
    }

    fn fill(&mut self, t: &mut Text, at: Path, compose: impl Fn(&Glossary, &str) -> Option<String>) {
        let Some(vi) = t.vi.as_deref() else { return };
        self.cov.texts += 1;
        self.cov.words += words(t);
        if t.en.is_some() {
            return;
        }
        if let Some(en) = compose(self.g, vi).filter(|e| !e.trim().is_empty()) {
            self.cov.texts_filled += 1;
            self.cov.words_filled += words(t);
            t.en = Some(en);
            self.flags.push(Flag { path: at.into_string(), reason: Reason::EnglishSuggested });
        }
    }
}
