//! Every human-readable string of a report, with where it is, in reading order: the one list of
//! them. Normalisation puts them all in NFC; the editor's English step shows the bilingual ones
//! beside their Vietnamese. A text field added to the format is added here, and both follow.

use crate::format::Report;
use crate::path::Step;
use crate::text::Text;

/// A human-readable string of a report.
#[derive(Debug)]
pub enum TextMut<'r> {
    /// A text in Vietnamese and English.
    Bilingual(&'r mut Text),
    /// A string written once, as it is, and never translated: a person's name, the byline, a
    /// quotation.
    AsWritten(&'r mut String),
}

/// Calls `f` with each human-readable string of `report` and the steps of its path
/// (`sections[2].title`: collect them into a [`crate::path::Path`] for its text), in reading
/// order: the header (title, standfirst, place, outlet, byline, photo captions), the
/// participants (name or group, then roles), the sections (title, paragraphs, items), the
/// indicators (label, unit, per, period, note, counts, references, changes, target, quotation).
pub fn each_text_mut<'r>(report: &'r mut Report, f: impl FnMut(&[Step<'static>], TextMut<'r>)) {
    let mut w = Walk { at: Vec::new(), f };
    let meta = &mut report.meta;
    w.down(Step::Field("meta"));
    w.text("title", &mut meta.title);
    w.opt("lede", meta.lede.as_mut());
    w.text("place", &mut meta.place);
    w.down(Step::Field("source"));
    w.text("outlet", &mut meta.source.outlet);
    w.up();
    if let Some(author) = meta.author.as_mut() {
        w.as_written("author", author);
    }
    w.down(Step::Field("photos"));
    for (i, photo) in meta.photos.iter_mut().enumerate() {
        w.down(Step::Index(i));
        w.text("caption", &mut photo.caption);
        w.up();
    }
    w.up();
    w.up();

    w.down(Step::Field("participants"));
    for (i, p) in report.participants.iter_mut().enumerate() {
        w.down(Step::Index(i));
        if let Some(name) = p.person.as_mut() {
            w.as_written("person", name);
        }
        w.opt("group", p.group.as_mut());
        w.list("roles", &mut p.roles);
        w.up();
    }
    w.up();

    w.down(Step::Field("sections"));
    for (i, s) in report.sections.iter_mut().enumerate() {
        w.down(Step::Index(i));
        w.text("title", &mut s.title);
        w.list("paragraphs", &mut s.paragraphs);
        w.list("items", &mut s.items);
        w.up();
    }
    w.up();

    w.down(Step::Field("indicators"));
    for (i, ind) in report.indicators.iter_mut().enumerate() {
        w.down(Step::Index(i));
        w.text("label", &mut ind.label);
        w.opt("unit", ind.unit.as_mut());
        w.opt("per", ind.per.as_mut());
        w.opt("period", ind.period.as_mut());
        w.opt("note", ind.note.as_mut());
        w.down(Step::Field("counts"));
        for (j, c) in ind.counts.iter_mut().enumerate() {
            w.down(Step::Index(j));
            w.text("label", &mut c.label);
            w.opt("unit", c.unit.as_mut());
            w.up();
        }
        w.up();
        w.down(Step::Field("references"));
        for (j, r) in ind.references.iter_mut().enumerate() {
            w.down(Step::Index(j));
            w.opt("by", r.by.as_mut());
            w.up();
        }
        w.up();
        w.down(Step::Field("changes"));
        for (j, c) in ind.changes.iter_mut().enumerate() {
            w.down(Step::Index(j));
            w.text("against", &mut c.against);
            w.up();
        }
        w.up();
        if let Some(target) = ind.target.as_mut() {
            w.down(Step::Field("target"));
            w.opt("deadline", target.deadline.as_mut());
            w.up();
        }
        if let Some(quote) = ind.quote.as_mut() {
            w.as_written("quote", quote);
        }
        w.up();
    }
    w.up();
}

/// The walk: where it is, as steps (cheap to push and pop; the path's text is only written by a
/// caller that keeps it).
struct Walk<F> {
    at: Vec<Step<'static>>,
    f: F,
}

impl<'r, F: FnMut(&[Step<'static>], TextMut<'r>)> Walk<F> {
    fn down(&mut self, step: Step<'static>) {
        self.at.push(step);
    }

    fn up(&mut self) {
        self.at.pop();
    }

    fn visit(&mut self, step: Step<'static>, t: TextMut<'r>) {
        self.at.push(step);
        (self.f)(&self.at, t);
        self.at.pop();
    }

    fn text(&mut self, name: &'static str, t: &'r mut Text) {
        self.visit(Step::Field(name), TextMut::Bilingual(t));
    }

    fn opt(&mut self, name: &'static str, t: Option<&'r mut Text>) {
        if let Some(t) = t {
            self.text(name, t);
        }
    }

    fn list(&mut self, name: &'static str, ts: &'r mut [Text]) {
        self.down(Step::Field(name));
        for (i, t) in ts.iter_mut().enumerate() {
            self.visit(Step::Index(i), TextMut::Bilingual(t));
        }
        self.up();
    }

    fn as_written(&mut self, name: &'static str, s: &'r mut String) {
        self.visit(Step::Field(name), TextMut::AsWritten(s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::Path;

    #[test]
    fn every_text_with_its_path_in_reading_order() {
        let mut r = crate::parse::parse_report(crate::SEED_REPORT_JSON).unwrap();
        let mut seen: Vec<(String, bool)> = Vec::new();
        each_text_mut(&mut r, |at, t| seen.push((at.iter().copied().collect::<Path>().into_string(), matches!(t, TextMut::Bilingual(_)))));
        let first: Vec<&str> = seen.iter().take(4).map(|(p, _)| p.as_str()).collect();
        assert_eq!(first, ["meta.title", "meta.lede", "meta.place", "meta.source.outlet"]);
        assert!(seen.contains(&("participants[0].person".into(), false)), "{seen:?}");
        assert!(seen.contains(&("participants[0].roles[0]".into(), true)), "{seen:?}");
        assert!(seen.contains(&("sections[1].title".into(), true)), "{seen:?}");
        let sections = seen.iter().position(|(p, _)| p.starts_with("sections")).unwrap();
        let indicators = seen.iter().position(|(p, _)| p.starts_with("indicators")).unwrap();
        assert!(seen.iter().position(|(p, _)| p.starts_with("participants")).unwrap() < sections && sections < indicators);
    }
}
