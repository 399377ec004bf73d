//! Editing a report through form fields: what a typed number means, a text set in one language,
//! and the operations that keep a report whole (an indicator renamed or removed leaves no section
//! pointing at nothing; a section removed takes its indicators' listing, not the indicators).

use report::date::Date;
use report::locale::Locale;
use report::format::{Indicator, Participant, Report, Section, SectionKind, Side};
use report::text::Text;

/// A typed figure, as the editor's number fields read it. Editors type Vietnamese notation
/// ("5.755", "99,7", "2.318,7") or plain JSON ("5755", "99.7"); both are read:
/// - with both `.` and `,`, the last one is the decimal mark;
/// - a lone `,` is the decimal mark (99,7); several are thousands (1,234,567);
/// - several `.` are thousands (1.234.567); a lone `.` is the decimal mark (99.7), since the form
///   shows figures in plain JSON notation: "5.755" is 5.755, write 5755 for the area.
///
/// Spaces (also no-break and narrow ones) are ignored. Empty input is no figure (`Ok(None)`).
pub fn number(input: &str) -> Result<Option<f64>, NotANumber> {
    let s: String = input.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if s.is_empty() {
        return Ok(None);
    }
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let plain = match (dots, commas) {
        (0, 0) => s.clone(),
        (_, 0) if dots > 1 => s.replace('.', ""),
        (_, 0) => s.clone(),
        (0, 1) => s.replace(',', "."),
        (0, _) => s.replace(',', ""),
        _ if s.rfind(',') > s.rfind('.') => s.replace('.', "").replace(',', "."),
        _ => s.replace(',', ""),
    };
    let valid = plain.trim_start_matches('-').chars().all(|c| c.is_ascii_digit() || c == '.')
        && plain.chars().any(|c| c.is_ascii_digit());
    match plain.parse::<f64>() {
        Ok(v) if valid && v.is_finite() => Ok(Some(v)),
        _ => Err(NotANumber),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

/// A figure as the form shows it: plain JSON notation, no trailing ".0".
pub fn show_number(value: Option<f64>) -> String {
    value.map(|v| format!("{v}")).unwrap_or_default()
}

/// A date as typed in one of the editor's date fields, in any form the genre writes one
/// ("28/11/2020", "28-11-2020", "28.11.2020", "ngày 28 tháng 11 năm 2020") or ISO ("2020-11-28"):
/// one text field, one Tab stop, where Chromium's date input takes four.
pub fn read_date(typed: &str) -> Option<Date> {
    let typed = typed.trim();
    typed.parse().ok().or_else(|| draft::dates::date_line(typed))
}

/// A date as the genre writes it, and as the editor's date fields show it: "28/11/2020".
pub fn show_date(date: Option<Date>) -> String {
    date.map(|d| format!("{:02}/{:02}/{}", d.day, d.month, d.year)).unwrap_or_default()
}

/// Sets one language of a text; a blank value removes that language.
pub fn set_text(text: &mut Text, lang: Locale, value: &str) {
    let slot = match lang {
        Locale::Vi => &mut text.vi,
        Locale::En => &mut text.en,
    };
    *slot = (!value.trim().is_empty()).then(|| value.to_owned());
}

/// Sets one language of an optional text; with both languages blank the text goes.
pub fn set_optional_text(text: &mut Option<Text>, lang: Locale, value: &str) {
    let mut t = text.take().unwrap_or_default();
    set_text(&mut t, lang, value);
    *text = (t.vi.is_some() || t.en.is_some()).then_some(t);
}

/// One language of a text, empty when missing.
pub fn text_in(text: &Text, lang: Locale) -> &str {
    match lang {
        Locale::Vi => text.vi.as_deref(),
        Locale::En => text.en.as_deref(),
    }
    .unwrap_or("")
}

/// Paragraphs edited as one block of text, one paragraph per line: sets `lang` of each, keeps
/// the other language by position, and drops paragraphs left with neither.
pub fn set_paragraphs(list: &mut Vec<Text>, lang: Locale, block: &str) {
    let lines: Vec<&str> = block.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if list.len() < lines.len() {
        list.resize(lines.len(), Text::default());
    }
    for (i, t) in list.iter_mut().enumerate() {
        set_text(t, lang, lines.get(i).copied().unwrap_or(""));
    }
    list.retain(|t| t.vi.is_some() || t.en.is_some());
}

/// The paragraphs' `lang` as one block, one per line (the form's view of [`set_paragraphs`]).
pub fn paragraphs_in(list: &[Text], lang: Locale) -> String {
    list.iter().map(|t| text_in(t, lang)).collect::<Vec<_>>().join("\n")
}

/// `base` made a valid id (lowercase a–z, digits, `-`) not yet `taken`: `base`, `base-2`, …
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slug(base);
    let base = if base.is_empty() { "item".to_owned() } else { base };
    (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") }).find(|id| !taken(id)).unwrap_or(base)
}

/// Lowercase ASCII letters and digits joined by single hyphens; Vietnamese letters lose their marks
/// (`report::fold`); at most 48, so that a `-2` still fits an id.
pub fn slug(s: &str) -> String {
    report::fold::slug(&report::normalize::nfc(s), 48)
}

/// Adds an empty indicator listed in section `section`; returns its index.
pub fn add_indicator(report: &mut Report, section: usize) -> usize {
    let id = unique_id("chi-so", |id| report.indicator(id).is_some());
    report.indicators.push(Indicator { id: id.clone(), label: Text::default(), ..Indicator::default() });
    if let Some(s) = report.sections.get_mut(section) {
        s.indicators.push(id);
    }
    report.indicators.len() - 1
}

/// Removes indicator `index` and every section's mention of it.
pub fn remove_indicator(report: &mut Report, index: usize) {
    if index >= report.indicators.len() {
        return;
    }
    let id = report.indicators.remove(index).id;
    for s in &mut report.sections {
        s.indicators.retain(|i| *i != id);
    }
}

/// Renames indicator `index`, and the sections that list it with it.
pub fn rename_indicator(report: &mut Report, index: usize, new_id: &str) {
    let Some(ind) = report.indicators.get_mut(index) else { return };
    let old = std::mem::replace(&mut ind.id, new_id.to_owned());
    for s in &mut report.sections {
        for i in s.indicators.iter_mut().filter(|i| **i == old) {
            *i = new_id.to_owned();
        }
    }
}

/// The section that lists indicator `id` (the first, when several do).
pub fn section_of(report: &Report, id: &str) -> Option<usize> {
    report.sections.iter().position(|s| s.indicators.iter().any(|i| i == id))
}

/// Lists indicator `id` in `section` only (at the end), or in none.
pub fn move_indicator(report: &mut Report, id: &str, section: Option<usize>) {
    for s in &mut report.sections {
        s.indicators.retain(|i| i != id);
    }
    if let Some(s) = section.and_then(|i| report.sections.get_mut(i)) {
        s.indicators.push(id.to_owned());
    }
}

/// Adds an empty section at the end; returns its index.
pub fn add_section(report: &mut Report) -> usize {
    let id = unique_id("muc", |id| report.sections.iter().any(|s| s.id == id));
    report.sections.push(Section {
        id,
        kind: SectionKind::Other,
        title: Text::default(),
        paragraphs: Vec::new(),
        items: Vec::new(),
        indicators: Vec::new(),
    });
    report.sections.len() - 1
}

/// Removes section `index`; photos shown after it move to the header. Its indicators stay in the
/// report (the validator then names them, unlisted, so none is lost unseen).
pub fn remove_section(report: &mut Report, index: usize) {
    if index >= report.sections.len() {
        return;
    }
    let id = report.sections.remove(index).id;
    for p in report.meta.photos.iter_mut().filter(|p| p.section.as_deref() == Some(&id)) {
        p.section = None;
    }
}

/// Renames section `index`, and the photos shown after it.
pub fn rename_section(report: &mut Report, index: usize, new_id: &str) {
    let Some(s) = report.sections.get_mut(index) else { return };
    let old = std::mem::replace(&mut s.id, new_id.to_owned());
    for p in report.meta.photos.iter_mut().filter(|p| p.section.as_deref() == Some(&old)) {
        p.section = Some(new_id.to_owned());
    }
}

/// Adds a person (or, with `group`, a group named without persons) on `side`.
pub fn add_participant(report: &mut Report, group: bool, side: Side) {
    report.participants.push(Participant {
        person: (!group).then(String::new),
        group: group.then(Text::default),
        roles: Vec::new(),
        side,
    });
}

/// The quote cut into runs, each marked when it is one of `figures` as the article writes it
/// ("5.755", "99,7", "86,6" of "86,6 tỷ"), so the form highlights the numbers the indicator was
/// read from among the sentence's others.
pub fn figure_runs<'a>(quote: &'a str, figures: &[f64]) -> Vec<(&'a str, bool)> {
    let is_figure = |run: &str| {
        // Vietnamese notation: "." groups thousands, "," is the decimal mark.
        let Ok(n) = run.replace('.', "").replace(',', ".").parse::<f64>() else { return false };
        figures.iter().any(|f| [1.0, 1e3, 1e6, 1e9, 1e12].iter().any(|scale| (n * scale - f).abs() <= f.abs() * 1e-9))
    };
    number_runs(quote).into_iter().map(|(run, number)| (run, number && is_figure(run))).collect()
}

/// Every figure an indicator states, for [`figure_runs`].
pub fn figures_of(ind: &Indicator) -> Vec<f64> {
    let mut all: Vec<f64> = [ind.value, ind.plan, ind.share_of_plan, ind.total].into_iter().flatten().collect();
    all.extend(ind.counts.iter().map(|c| c.value));
    all.extend(ind.references.iter().flat_map(|r| [r.value, r.share]).flatten());
    all.extend(ind.changes.iter().map(|c| c.value.abs()));
    all.extend(ind.target.as_ref().map(|t| t.value));
    all
}

/// The quote cut into runs, each marked when it is a number (digits with their separators).
fn number_runs(quote: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut in_figure = false;
    let chars: Vec<(usize, char)> = quote.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_digit = chars.get(k + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        let part = c.is_ascii_digit() || (in_figure && matches!(c, '.' | ',') && next_digit);
        if part != in_figure {
            if i > start {
                runs.push((&quote[start..i], in_figure));
            }
            start = i;
            in_figure = part;
        }
    }
    if start < quote.len() {
        runs.push((&quote[start..], in_figure));
    }
    runs
}

/// A file name for the report's files: the title's first words and the session's date
/// (`thuong-truc-tinh-uy-lam-viec-2020-11-03`).
pub fn file_stem(report: &Report) -> String {
    let title = report.meta.title.resolve(Locale::Vi).map(|r| slug(r.text)).unwrap_or_default();
    let words: Vec<&str> = title.split('-').filter(|w| !w.is_empty()).take(5).collect();
    let date = report.meta.event_date.to_string();
    if words.is_empty() {
        format!("bao-cao-{date}")
    } else {
        format!("{}-{date}", words.join("-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_vietnamese_and_plain_figures() {
        let n = |s| number(s).unwrap();
        assert_eq!(n("5755"), Some(5755.0));
        assert_eq!(n("99,7"), Some(99.7));
        assert_eq!(n("99.7"), Some(99.7));
        assert_eq!(n("2.318,7"), Some(2318.7));
        assert_eq!(n("1.234.567"), Some(1234567.0));
        assert_eq!(n("1,234,567"), Some(1234567.0));
        assert_eq!(n("1,234.5"), Some(1234.5));
        assert_eq!(n("-1,6"), Some(-1.6));
        assert_eq!(n(" 86 620 000 000 "), Some(86_620_000_000.0));
        assert_eq!(n(""), None);
        for bad in ["abc", "1e400", "12a", "-", ".", "NaN", "inf"] {
            assert_eq!(number(bad), Err(NotANumber), "{bad}");
        }
        assert_eq!(show_number(Some(5755.0)), "5755");
        assert_eq!(show_number(Some(99.7)), "99.7");
    }

    #[test]
    fn a_blank_language_goes_and_an_empty_text_with_it() {
        let mut t = Some(Text::new("ha", "ha"));
        set_optional_text(&mut t, Locale::En, " ");
        assert_eq!(t, Some(Text { vi: Some("ha".into()), en: None }));
        set_optional_text(&mut t, Locale::Vi, "");
        assert_eq!(t, None);
    }

    #[test]
    fn paragraphs_keep_their_english_by_position() {
        let mut list = vec![Text::new("Một", "One"), Text::new("Hai", "Two")];
        set_paragraphs(&mut list, Locale::Vi, "Một.\n\nHai!\nBa");
        assert_eq!(list.len(), 3);
        assert_eq!(list[1], Text::new("Hai!", "Two"));
        assert_eq!(list[2].en, None);
        set_paragraphs(&mut list, Locale::Vi, "Một.");
        assert_eq!(list.len(), 2, "the second keeps its English");
        assert_eq!(paragraphs_in(&list, Locale::En), "One\nTwo");
    }

    #[test]
    fn ids_are_valid_and_unique() {
        assert_eq!(slug("Tổng diện tích gieo trồng"), "tong-dien-tich-gieo-trong");
        assert_eq!(slug("Đảng viên – 2020"), "dang-vien-2020");
        assert_eq!(unique_id("x", |id| id == "x" || id == "x-2"), "x-3");
        assert_eq!(unique_id("???", |_| false), "item");
    }

    fn seed() -> Report {
        report::parse::parse_report(report::SEED_REPORT_JSON).unwrap()
    }

    #[test]
    fn indicators_renamed_moved_and_removed_leave_no_dangling_id() {
        let mut r = seed();
        let id = r.indicators[0].id.clone();
        let home = section_of(&r, &id).unwrap();
        rename_indicator(&mut r, 0, "new-id");
        assert_eq!(section_of(&r, "new-id"), Some(home));
        move_indicator(&mut r, "new-id", Some(0));
        assert_eq!(section_of(&r, "new-id"), Some(0));
        remove_indicator(&mut r, 0);
        assert!(r.sections.iter().all(|s| !s.indicators.contains(&"new-id".to_owned())));
        let i = add_indicator(&mut r, 1);
        assert_eq!(section_of(&r, &r.indicators[i].id.clone()), Some(1));
    }

    #[test]
    fn a_removed_section_takes_its_photos_to_the_header() {
        let mut r = seed();
        let at = add_section(&mut r);
        rename_section(&mut r, at, "extra");
        r.meta.photos.push(report::format::Photo { caption: Text::new("a", "a"), src: None, section: Some("extra".into()) });
        remove_section(&mut r, at);
        assert_eq!(r.meta.photos.last().unwrap().section, None);
    }

    #[test]
    fn figures_in_a_quote_are_marked() {
        let runs = figure_runs("đạt 99,7% kế hoạch, 5.755 ha; 411 ha, hơn 86,6 tỷ đồng.", &[5755.0, 99.7, 86_600_000_000.0]);
        let marked: Vec<&str> = runs.iter().filter(|(_, m)| *m).map(|(s, _)| *s).collect();
        assert_eq!(marked, ["99,7", "5.755", "86,6"], "the indicator's figures, not the sentence's others");
        assert_eq!(runs.iter().map(|(s, _)| *s).collect::<String>(), "đạt 99,7% kế hoạch, 5.755 ha; 411 ha, hơn 86,6 tỷ đồng.");
    }

    #[test]
    fn file_names_come_from_title_and_date() {
        assert_eq!(file_stem(&seed()), "thuong-truc-tinh-uy-lam-2020-11-03");
    }

    #[test]
    fn a_date_field_reads_the_forms_the_genre_writes() {
        let d = Some(Date::new(2020, 11, 28).unwrap());
        for typed in ["28/11/2020", " 28-11-2020 ", "28.11.2020", "2020-11-28", "ngày 28 tháng 11 năm 2020", "Thứ bảy, 28/11/2020"] {
            assert_eq!(read_date(typed), d, "{typed}");
        }
        for typed in ["", "28/11", "2020-11", "31/02/2020", "hôm qua"] {
            assert_eq!(read_date(typed), None, "{typed}");
        }
        assert_eq!(show_date(d), "28/11/2020");
        assert_eq!(read_date(&show_date(d)), d, "what it shows reads back");
    }
}
