//! A JSON path as people read it: counted from 1, the section or indicator named by its id, the
//! fields as they are written in the file. `sections[1].paragraph` becomes "section 2 (economy) ›
//! paragraph", `indicators[2].counts[0].value` "indicator 3 (inspections) › counts (item 1) › value".

use crate::lang::Locale;

enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `sections[2].title` into its steps.
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some((n, after)) = rest.split_once(']') {
            out.push(Step::Index(n.parse().unwrap_or(0)));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    out
}

pub fn place(path: &str, within: Option<&str>, l: Locale) -> String {
    let vi = l == Locale::Vi;
    if path.is_empty() {
        return if vi { "toàn bộ tệp" } else { "the whole file" }.to_owned();
    }
    let steps = steps(path);
    let item = |vi_word: &str, en_word: &str, n: usize| {
        let word = if vi { vi_word } else { en_word };
        match within.filter(|w| !w.trim().is_empty()) {
            Some(w) => format!("{word} {} ({w})", n + 1),
            None => format!("{word} {}", n + 1),
        }
    };
    let (mut parts, skip) = match steps.as_slice() {
        [Step::Key("sections"), Step::Index(n), ..] => (vec![item("phần", "section", *n)], 2),
        [Step::Key("indicators"), Step::Index(n), ..] => (vec![item("số liệu", "indicator", *n)], 2),
        [Step::Key("participants"), Step::Index(n), ..] => (vec![item("người tham dự", "participant", *n)], 2),
        [Step::Key("meta"), Step::Key("photos"), Step::Index(n), ..] => (vec![item("ảnh", "photo", *n)], 3),
        _ => (Vec::new(), 0),
    };
    let mut rest = steps[skip..].iter().peekable();
    while let Some(step) = rest.next() {
        let numbered = |n: &usize| if vi { format!("mục {}", n + 1) } else { format!("item {}", n + 1) };
        match (step, rest.peek()) {
            (Step::Key(k), Some(Step::Index(n))) => {
                parts.push(format!("{k} ({})", numbered(n)));
                rest.next();
            }
            (Step::Key(k), _) => parts.push((*k).to_owned()),
            (Step::Index(n), _) => parts.push(numbered(n)),
        }
    }
    parts.join(" › ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_count_from_one_and_name_the_item() {
        let en = |p, w| place(p, w, Locale::En);
        assert_eq!(en("sections[1].paragraph", Some("economy")), "section 2 (economy) › paragraph");
        assert_eq!(en("indicators[2].counts[0].value", Some("inspections")), "indicator 3 (inspections) › counts (item 1) › value");
        assert_eq!(en("meta.photos[0].section", None), "photo 1 › section");
        assert_eq!(en("meta.event_date", None), "meta › event_date");
        assert_eq!(en("", None), "the whole file");
        assert_eq!(place("sections[1]", Some("economy"), Locale::Vi), "phần 2 (economy)");
        assert_eq!(place("participants[0].roles[1]", Some("Hồ Tiến Thiệu"), Locale::Vi), "người tham dự 1 (Hồ Tiến Thiệu) › roles (mục 2)");
    }
}
