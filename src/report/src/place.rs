//! A place in a report in words, Vietnamese or English: the one naming of places, used by the
//! problems (the widget's list, the editor's JSON step) and by the editor's English step. Counted
//! from 1; the section, indicator, participant or photo a place is in comes first, in one
//! vocabulary ("phần / số liệu / người tham dự / ảnh", the words the problems' messages use too).
//!
//! Problems keep the fields as the file writes them, since their fix names the field:
//! `sections[1].paragraph` is "section 2 (economy) › paragraph", `indicators[2].counts[0].value`
//! "indicator 3 (inspections) › counts (item 1) › value". The English step, which shows the path
//! beside, says the fields in words: `sections[2].items[0]` is "Section 3 · item 1".
//! (The words live here until the wording has its one home.)

use crate::locale::Locale;
use crate::path::{steps, Step};

/// Where `path` is, for a problem: fields as written, the section or indicator named by `within`
/// (its id, or the participant's name) when the report gives one.
pub fn place(path: &str, within: Option<&str>, l: Locale) -> String {
    name::<false>(path, within, l)
}

/// Where the text at `path` is, every step in words and the file's bookkeeping (`meta`,
/// `source`) left out: "Phần 3 · ý 1", "Outlet".
pub fn place_in_words(path: &str, l: Locale) -> String {
    name::<true>(path, None, l)
}

/// The one naming; `IN_WORDS` chooses how fields are said (a constant, so the problems' code
/// carries no field words).
fn name<const IN_WORDS: bool>(path: &str, within: Option<&str>, l: Locale) -> String {
    let vi = l == Locale::Vi;
    if path.is_empty() {
        return if vi { "toàn bộ tệp" } else { "the whole file" }.to_owned();
    }
    let all: Vec<Step<'_>> = steps(path).collect();
    let numbered = |n: usize| if vi { format!("mục {}", n + 1) } else { format!("item {}", n + 1) };
    let head = |list: &str, n: usize| {
        let word = collection(list, vi).unwrap_or(list);
        match within.filter(|w| !w.trim().is_empty()) {
            Some(w) => format!("{word} {} ({w})", n + 1),
            None => format!("{word} {}", n + 1),
        }
    };
    let (mut parts, skip) = match all.as_slice() {
        [Step::Field(list @ ("sections" | "indicators" | "participants")), Step::Index(n), ..] => (vec![head(list, *n)], 2),
        [Step::Field("meta"), Step::Field("photos"), Step::Index(n), ..] => (vec![head("photos", *n)], 3),
        _ => (Vec::new(), 0),
    };
    let mut rest = all[skip..].iter().peekable();
    while let Some(step) = rest.next() {
        match (step, rest.peek()) {
            (Step::Field(k), Some(Step::Index(n))) => {
                parts.push(if IN_WORDS { format!("{} {}", field_word(k, vi).unwrap_or(k), n + 1) } else { format!("{k} ({})", numbered(*n)) });
                rest.next();
            }
            (Step::Field("meta" | "source"), _) if IN_WORDS => {}
            (Step::Field(k), _) => parts.push(if IN_WORDS { field_word(k, vi).unwrap_or(k) } else { k }.to_owned()),
            (Step::Index(n), _) => parts.push(numbered(*n)),
        }
    }
    if IN_WORDS {
        let mut joined = parts.join(" · ");
        if let Some(first) = joined.chars().next() {
            joined.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        joined
    } else {
        parts.join(" › ")
    }
}

/// The things a report numbers, one by one.
fn collection(list: &str, vi: bool) -> Option<&'static str> {
    Some(match (list, vi) {
        ("sections", true) => "phần",
        ("sections", false) => "section",
        ("indicators", true) => "số liệu",
        ("indicators", false) => "indicator",
        ("participants", true) => "người tham dự",
        ("participants", false) => "participant",
        ("photos", true) => "ảnh",
        ("photos", false) => "photo",
        _ => return None,
    })
}

/// A field in words (the text fields of the format, and the lists they are in).
fn field_word(field: &str, vi: bool) -> Option<&'static str> {
    if let Some(word) = collection(field, vi) {
        return Some(word);
    }
    Some(match (field, vi) {
        ("title", true) => "tiêu đề",
        ("title", false) => "title",
        ("lede", true) => "sa-pô",
        ("lede", false) => "standfirst",
        ("place", true) => "địa điểm",
        ("place", false) => "place",
        ("outlet", true) => "tên báo",
        ("outlet", false) => "outlet",
        ("caption", true) => "chú thích",
        ("caption", false) => "caption",
        ("group", true) => "nhóm",
        ("group", false) => "group",
        ("roles", true) => "chức vụ",
        ("roles", false) => "role",
        ("paragraphs", true) => "đoạn",
        ("paragraphs", false) => "paragraph",
        ("items", true) => "ý",
        ("items", false) => "item",
        ("label", true) => "tên",
        ("label", false) => "label",
        ("unit", true) => "đơn vị",
        ("unit", false) => "unit",
        ("period", true) => "thời kỳ",
        ("period", false) => "period",
        ("note", true) => "ghi chú",
        ("note", false) => "note",
        ("counts", true) => "số đếm",
        ("counts", false) => "count",
        ("references", true) => "mốc so sánh",
        ("references", false) => "reference",
        ("by", true) => "do ai đặt",
        ("by", false) => "set by",
        ("changes", true) => "thay đổi",
        ("changes", false) => "change",
        ("against", true) => "so với",
        ("against", false) => "compared with",
        ("target", true) => "mục tiêu",
        ("target", false) => "target",
        ("deadline", true) => "hạn",
        ("deadline", false) => "deadline",
        // The dates the editor's "To check" names (the draft flags a session date it did not find).
        ("event_date", true) => "ngày làm việc",
        ("event_date", false) => "session date",
        ("published", true) => "ngày đăng",
        ("published", false) => "publication date",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_fields_as_written() {
        let en = |p, w| place(p, w, Locale::En);
        assert_eq!(en("sections[1].paragraph", Some("economy")), "section 2 (economy) › paragraph");
        assert_eq!(en("indicators[2].counts[0].value", Some("inspections")), "indicator 3 (inspections) › counts (item 1) › value");
        assert_eq!(en("meta.photos[0].section", None), "photo 1 › section");
        assert_eq!(en("meta.event_date", None), "meta › event_date");
        assert_eq!(en("", None), "the whole file");
        assert_eq!(place("sections[1]", Some("economy"), Locale::Vi), "phần 2 (economy)");
        assert_eq!(place("participants[0].roles[1]", Some("Hồ Tiến Thiệu"), Locale::Vi), "người tham dự 1 (Hồ Tiến Thiệu) › roles (mục 2)");
    }

    #[test]
    fn texts_are_named_in_words_with_the_same_vocabulary() {
        assert_eq!(place_in_words("sections[2].items[0]", Locale::Vi), "Phần 3 · ý 1");
        assert_eq!(place_in_words("sections[2].items[0]", Locale::En), "Section 3 · item 1");
        assert_eq!(place_in_words("meta.source.outlet", Locale::En), "Outlet");
        assert_eq!(place_in_words("meta.photos[1].caption", Locale::Vi), "Ảnh 2 · chú thích");
        assert_eq!(place_in_words("indicators[0].changes[1].against", Locale::En), "Indicator 1 · change 2 · compared with");
        assert_eq!(place_in_words("indicators[0].label", Locale::Vi), "Số liệu 1 · tên");
        assert_eq!(place_in_words("participants[3].roles[0]", Locale::Vi), "Người tham dự 4 · chức vụ 1");
        // The session's date has a word (it was the raw "Event_date"); problems keep the field as written.
        assert_eq!(place_in_words("meta.event_date", Locale::Vi), "Ngày làm việc");
        assert_eq!(place_in_words("meta.event_date", Locale::En), "Session date");
        assert_eq!(place_in_words("meta.published", Locale::En), "Publication date");
        // The words of the problems' place, and of their messages ("Không phần nào liệt kê số liệu").
        for path in ["sections[0]", "indicators[0]", "participants[0]", "meta.photos[0]"] {
            let problem = place(path, None, Locale::Vi);
            assert_eq!(place_in_words(path, Locale::Vi).to_lowercase(), problem, "{path}");
        }
    }
}
