//! The report's structure in a few moves (issue 26, item 2): sections and a section's indicators
//! reordered, a paragraph moved to another section or a section split at a paragraph in one
//! action, and ids that follow the heading while they are the editor's own placeholders.

use report::format::{Photo, Report, Section};
use report::locale::Locale;
use report::text::Text;

use crate::edit::{text_in, unique_id};

/// Moves section `index` one place up (`up`) or down; the photos stay with it (they name it by id).
pub fn move_section(report: &mut Report, index: usize, up: bool) {
    let other = if up { index.checked_sub(1) } else { Some(index + 1) };
    if let Some(j) = other.filter(|&j| j < report.sections.len() && index < report.sections.len()) {
        report.sections.swap(index, j);
    }
}

/// Moves indicator `id` one place up or down in the list of section `section` (the order readers
/// see its cards and charts in).
pub fn move_indicator_in_section(report: &mut Report, section: usize, id: &str, up: bool) {
    let Some(list) = report.sections.get_mut(section).map(|s| &mut s.indicators) else { return };
    let Some(k) = list.iter().position(|i| i == id) else { return };
    let other = if up { k.checked_sub(1) } else { Some(k + 1) };
    if let Some(j) = other.filter(|&j| j < list.len()) {
        list.swap(k, j);
    }
}

/// Where a paragraph goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// A new section right after its own, of the same kind, holding this paragraph and every one
    /// after it, and the section's items (which follow its paragraphs): the section split there.
    SplitHere,
    /// The end of section `n`'s paragraphs.
    Section(usize),
    /// A photo's caption, shown after its section: a caption the draft kept as a paragraph.
    Photo,
}

/// Moves paragraph `paragraph` of section `section` to `to`. Returns the index of the section it
/// went to, for the view to bring into sight.
pub fn move_paragraph(report: &mut Report, section: usize, paragraph: usize, to: Destination) -> Option<usize> {
    let from = report.sections.get(section)?;
    if paragraph >= from.paragraphs.len() {
        return None;
    }
    match to {
        Destination::SplitHere => {
            let kind = from.kind;
            let id = unique_id("muc", |id| report.sections.iter().any(|s| s.id == id));
            let from = &mut report.sections[section];
            let paragraphs = from.paragraphs.split_off(paragraph);
            let items = std::mem::take(&mut from.items);
            report.sections.insert(
                section + 1,
                Section { id, kind, title: Text::default(), paragraphs, items, indicators: Vec::new() },
            );
            Some(section + 1)
        }
        Destination::Section(n) if n != section && n < report.sections.len() => {
            let p = report.sections[section].paragraphs.remove(paragraph);
            report.sections[n].paragraphs.push(p);
            Some(n)
        }
        Destination::Section(_) => None,
        Destination::Photo => {
            let caption = report.sections[section].paragraphs.remove(paragraph);
            let at = Some(report.sections[section].id.clone());
            // After the photos already shown after this section, before those of later ones.
            let k = report.meta.photos.iter().rposition(|p| p.section == at).map_or(report.meta.photos.len(), |k| k + 1);
            report.meta.photos.insert(k, Photo { caption, src: None, section: at });
            Some(section)
        }
    }
}

/// Photo `photo`'s caption made a paragraph again, at the end of the section it was shown after
/// (the first section for a photo after the header); the photo is gone. Returns that section.
pub fn caption_to_paragraph(report: &mut Report, photo: usize) -> Option<usize> {
    if photo >= report.meta.photos.len() || report.sections.is_empty() {
        return None;
    }
    let p = report.meta.photos.remove(photo);
    let s = p.section.as_deref().and_then(|id| report.sections.iter().position(|s| s.id == id)).unwrap_or(0);
    report.sections[s].paragraphs.push(p.caption);
    Some(s)
}

/// Whether `id` is one the editor made up ("muc", "muc-2"): it follows the heading.
fn placeholder(id: &str) -> bool {
    id == "muc" || id.strip_prefix("muc-").is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
}

/// Sets section `index`'s Vietnamese heading; an id the editor made up becomes the heading's
/// ("Kinh tế – xã hội" → `kinh-te-xa-hoi`), so that links to the section read well.
pub fn set_section_title(report: &mut Report, index: usize, title: &str) {
    let Some(s) = report.sections.get_mut(index) else { return };
    crate::edit::set_text(&mut s.title, Locale::Vi, title);
    if !placeholder(&s.id) || title.trim().is_empty() {
        return;
    }
    let old = s.id.clone();
    let id = unique_id(title, |id| id != old && report.sections.iter().any(|s| s.id == id));
    crate::edit::rename_section(report, index, &id);
}

/// A paragraph's start, to name it in a list of choices.
pub fn paragraph_start(t: &Text) -> String {
    let s = text_in(t, Locale::Vi);
    if s.chars().count() <= 50 {
        s.to_owned()
    } else {
        s.chars().take(49).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Report {
        report::parse::parse_report(report::SEED_REPORT_JSON).unwrap()
    }

    #[test]
    fn sections_and_indicators_reorder() {
        let mut r = seed();
        let ids = |r: &Report| r.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        let before = ids(&r);
        move_section(&mut r, 1, true);
        assert_eq!(ids(&r)[..2], [before[1].clone(), before[0].clone()]);
        move_section(&mut r, 0, true);
        assert_eq!(ids(&r)[0], before[1], "the first cannot go higher");
        let s = r.sections.iter().position(|s| s.indicators.len() >= 2).unwrap();
        let list = r.sections[s].indicators.clone();
        move_indicator_in_section(&mut r, s, &list[1], true);
        assert_eq!(r.sections[s].indicators[..2], [list[1].clone(), list[0].clone()]);
        assert!(report::validate::validate(&r).is_empty());
    }

    #[test]
    fn a_paragraph_moves_or_splits_its_section_in_one_action() {
        let mut r = seed();
        let s = r.sections.iter().position(|s| !s.items.is_empty() && !s.paragraphs.is_empty()).unwrap();
        let (n, items) = (r.sections.len(), r.sections[s].items.len());
        assert_eq!(move_paragraph(&mut r, s, 0, Destination::SplitHere), Some(s + 1));
        assert_eq!(r.sections.len(), n + 1);
        assert_eq!((r.sections[s].paragraphs.len(), r.sections[s].items.len()), (0, 0));
        assert_eq!((r.sections[s + 1].kind, r.sections[s + 1].items.len()), (r.sections[s].kind, items));
        // The new section is named from its heading as soon as it has one.
        set_section_title(&mut r, s + 1, "Ý kiến các đại biểu");
        assert_eq!(r.sections[s + 1].id, "y-kien-cac-dai-bieu");
        set_section_title(&mut r, 0, "Đổi tên");
        assert_ne!(r.sections[0].id, "doi-ten", "a real id stays");
        // And back: the paragraph moved to the end of the first section.
        let p = r.sections[s + 1].paragraphs[0].clone();
        assert_eq!(move_paragraph(&mut r, s + 1, 0, Destination::Section(0)), Some(0));
        assert_eq!(r.sections[0].paragraphs.last(), Some(&p));
        assert_eq!(move_paragraph(&mut r, 0, 99, Destination::Section(1)), None);
    }

    #[test]
    fn a_caption_becomes_a_paragraph_and_back() {
        let mut r = seed();
        let photos = r.meta.photos.len();
        let caption = r.meta.photos[0].caption.clone();
        let s = caption_to_paragraph(&mut r, 0).unwrap();
        assert_eq!((r.meta.photos.len(), r.sections[s].paragraphs.last()), (photos - 1, Some(&caption)));
        let last = r.sections[s].paragraphs.len() - 1;
        assert_eq!(move_paragraph(&mut r, s, last, Destination::Photo), Some(s));
        assert_eq!(r.meta.photos.len(), photos);
        let back = r.meta.photos.iter().find(|p| p.caption == caption).unwrap();
        assert_eq!(back.section.as_deref(), Some(r.sections[s].id.as_str()));
        assert!(report::validate::validate(&r).is_empty());
    }
}
