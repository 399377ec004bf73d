//! The article as text: what it must look like to be drafted at all, its cleaning (NFC, line ends,
//! spacing), and the small word-level helpers the other passes share.

use report::normalize::nfc;

/// Why an input cannot be drafted. Each says so in Vietnamese and English (the CLI prints both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    Empty,
    /// Control characters or NUL bytes: a file that is not text (the CLI also sends invalid UTF-8 here).
    Binary,
    /// Text, but too little of it is Vietnamese for an article of the genre.
    NotVietnamese,
}

impl Unusable {
    pub fn message(&self) -> &'static str {
        match self {
            Unusable::Empty => "Tệp trống: không có bài báo nào để lập báo cáo. / The file is empty: there is no article to draft from.",
            Unusable::Binary => "Đây không phải là tệp văn bản (có ký tự nhị phân). / This is not a text file (it has binary content).",
            Unusable::NotVietnamese => "Văn bản không phải tiếng Việt: công cụ chỉ đọc bài báo tiếng Việt. / The text is not Vietnamese: the drafter reads Vietnamese articles only.",
        }
    }
}

/// The article's lines after cleaning: NFC, no byte-order mark, `\n` line ends, each line trimmed
/// with its runs of spaces (tabs, no-break spaces) made one space: copies from web pages are full
/// of doubled and odd spaces, and a quote must still be found by a plain search. Blank lines are
/// dropped; what they separated stays on separate lines.
pub fn clean_lines(raw: &str) -> Result<Vec<String>, Unusable> {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.chars().any(|c| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))) {
        return Err(Unusable::Binary);
    }
    let text = nfc(&raw.replace("\r\n", "\n").replace('\r', "\n"));
    let lines: Vec<String> = text.lines().map(squeeze).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Err(Unusable::Empty);
    }
    if !looks_vietnamese(&lines) {
        return Err(Unusable::NotVietnamese);
    }
    Ok(lines)
}

fn squeeze(line: &str) -> String {
    line.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).map(unglue_office).collect::<Vec<_>>().join(" ")
}

/// "Hiệu trưởngTrường ĐH Cần Thơ": an office glued by the copy to the body it heads. Only after
/// the last word of an office, so that a paragraph run into the next ("Hòa BìnhTheo") is still
/// seen as one by the layout.
fn unglue_office(word: &str) -> String {
    for end in ["trưởng", "tịch", "thư", "đốc", "nhiệm"] {
        if let Some(i) = word.find(end) {
            let rest = &word[i + end.len()..];
            let mut cs = rest.chars();
            if cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase) {
                return format!("{} {rest}", &word[..i + end.len()]);
            }
        }
    }
    word.to_owned()
}

/// Vietnamese prose is full of a few function words; other languages written in Latin script
/// (French, English) have almost none of them, and their accented letters are not these.
fn looks_vietnamese(lines: &[String]) -> bool {
    const COMMON: [&str; 14] =
        ["của", "và", "các", "được", "trong", "với", "đã", "có", "năm", "là", "những", "cho", "đến", "một"];
    let words: Vec<String> = lines.iter().flat_map(|l| l.split(' ')).map(|w| lower(trim_punct(w))).collect();
    let letters = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let common = words.iter().filter(|w| COMMON.contains(&w.as_str())).count();
    letters > 0 && common >= 3 && common * 20 >= letters
}

/// Lower case, letter by letter, keeping every byte offset: a position found in the lowered text
/// is the same position in the original (a letter whose lower case is longer stays as it is).
pub fn lower(s: &str) -> String {
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(one), None) if one.len_utf8() == c.len_utf8() => one,
                _ => c,
            }
        })
        .collect()
}

pub fn trim_punct(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
}

/// Whether a word starts with a capital letter (names, roles, the start of a sentence).
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `s` with its first letter in capitals: labels and group names start a line in the widget.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The sentences of a paragraph, each as written. A sentence ends at `.`, `!`, `?` or `…` followed
/// by a space and a capital letter, or at the end of the paragraph; "ĐT.765" and "H.Quân" have no
/// space and stay whole.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?' | '…') {
            let next_space = chars.get(k + 1).is_some_and(|&(_, n)| n == ' ');
            let then_capital = chars.get(k + 2).is_some_and(|&(_, n)| n.is_uppercase());
            // "… phải có hạ tầng. 38km bờ biển …": a sentence may open with its figure.
            let then_digit = c == '.'
                && chars.get(k + 2).is_some_and(|&(_, n)| n.is_ascii_digit())
                && k > 0
                && chars[k - 1].1.is_lowercase();
            if next_space && (then_capital || then_digit) {
                let end = i + c.len_utf8();
                out.push(paragraph[start..end].trim());
                start = end;
            }
        }
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Letters without their marks, lower case (`report::fold`): "Đảng viên" → "dang vien".
pub fn fold_ascii(s: &str) -> String {
    report::fold::fold(s)
}

/// An id (lowercase ASCII, digits, hyphens, at most 64) from up to `words` words of `s`.
pub fn slug(s: &str, words: usize) -> String {
    let folded = fold_ascii(s);
    let parts: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(words)
        .map(str::to_owned)
        .collect();
    let mut id = parts.join("-");
    id.truncate(60);
    id.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_line_ends_marks_and_spaces() {
        let lines = clean_lines("\u{feff}Thu\u{31b}\u{301} ba\u{309}y,  28/11/2020\r\n\r\nCác đồng chí của huyện và tỉnh đã có mặt.\r\n").unwrap();
        assert_eq!(lines, ["Thứ bảy, 28/11/2020", "Các đồng chí của huyện và tỉnh đã có mặt."]);
    }

    #[test]
    fn refuses_what_is_not_a_vietnamese_article() {
        assert_eq!(clean_lines(" \n\r\n"), Err(Unusable::Empty));
        assert_eq!(clean_lines("PK\u{3}\u{4}\0\0"), Err(Unusable::Binary));
        let english = "The provincial delegation met the district committee and reviewed the results of the year.";
        assert_eq!(clean_lines(english), Err(Unusable::NotVietnamese));
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let p = "Đường ĐT.765 được nâng cấp. Ảnh: H.Quân";
        assert_eq!(sentences(p), ["Đường ĐT.765 được nâng cấp.", "Ảnh: H.Quân"]);
    }

    #[test]
    fn ids_are_ascii() {
        assert_eq!(slug("Tổng diện tích gieo trồng của huyện", 4), "tong-dien-tich-gieo");
        assert_eq!(slug("Đảng viên", 4), "dang-vien");
    }
}
