//! Text folded so that "van lang" finds "Văn Lãng" (the archive's search, the compare pages' keys,
//! ids made from headings, a translation's names matched): lowercase, every Vietnamese tone and
//! vowel mark dropped, đ → d. The one home of this table: the other crates call it. A table of the precomposed letters Vietnamese (and Latin-1) writes,
//! plus the combining marks U+0300–U+036F for decomposed text, instead of a crate: `deunicode`
//! carries a table of all of Unicode (hundreds of KB in the archive's wasm) and
//! `unicode-normalization` weighed 47.7 KB brotli in the reader's (docs/architecture.md).
//! Other characters are kept as they are (ASCII lowercased).

/// Each base letter and the marked letters that fold to it, lowercase then uppercase (listed rather
/// than lowered with `char::to_lowercase`, whose tables for all of Unicode the wasm then carries).
const MARKED: [(char, &str); 7] = [
    ('a', "àáảãạăằắẳẵặâầấẩẫậäåāÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀ"),
    ('e', "èéẻẽẹêềếểễệëēÈÉẺẼẸÊỀẾỂỄỆËĒ"),
    ('i', "ìíỉĩịîïīÌÍỈĨỊÎÏĪ"),
    ('o', "òóỏõọôồốổỗộơờớởỡợöøōÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÖØŌ"),
    ('u', "ùúủũụưừứửữựûüūÙÚỦŨỤƯỪỨỬỮỰÛÜŪ"),
    ('y', "ỳýỷỹỵÿỲÝỶỸỴŸ"),
    ('d', "đðĐÐ"),
];

/// One character folded: its base letter, or `None` for a combining mark (dropped).
pub fn fold_char(c: char) -> Option<char> {
    if ('\u{300}'..='\u{36F}').contains(&c) {
        return None;
    }
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    Some(MARKED.iter().find(|(_, marked)| marked.contains(c)).map(|&(base, _)| base).unwrap_or(match c {
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        other => other,
    }))
}

/// `text` folded: lowercase, no marks, đ → d.
pub fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

/// The folded words of `text`: runs of letters and digits (punctuation and spaces split them).
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// An id or address segment from `text`: its folded letters and digits, every other run a single
/// '-', at most `max` characters ("Ý kiến các đại biểu" → `y-kien-cac-dai-bieu`).
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().filter_map(fold_char) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(max).collect();
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_folds_to_plain_letters() {
        assert_eq!(fold("Văn Lãng"), "van lang");
        assert_eq!(fold("ĐỒNG NAI"), "dong nai");
        assert_eq!(fold("Thường trực Tỉnh ủy"), "thuong truc tinh uy");
        assert_eq!(fold("Khánh Hòa, Vạn Ninh"), "khanh hoa, van ninh");
        // Decomposed: the base letter followed by combining marks (a + breve + tilde).
        assert_eq!(fold("La\u{306}\u{303}ng"), "lang");
        assert_eq!(words("Huyện Văn Lãng, tỉnh Lạng Sơn"), ["huyen", "van", "lang", "tinh", "lang", "son"]);
        assert_eq!(slug("Ý kiến các đại biểu", 64), "y-kien-cac-dai-bieu");
        assert_eq!(slug("  Thu ngân sách (tỷ đồng) ", 8), "thu-ngan");
    }

    #[test]
    fn every_vietnamese_vowel_folds() {
        let all = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
        for c in all.chars().chain(all.to_uppercase().chars()) {
            assert!(fold(&c.to_string()).chars().all(|f| "aeiouy".contains(f)), "{c} folds to {}", fold(&c.to_string()));
        }
    }
}
