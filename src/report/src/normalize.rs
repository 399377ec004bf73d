//! Unicode NFC on load: Vietnamese typed on some systems arrives decomposed ("e" + U+0302 + U+0301
//! instead of "ế"); composed text renders with the font's own glyphs and compares equal to the rest.
//!
//! A full NFC implementation (the unicode-normalization crate) costs about 48 KB of brotli-compressed
//! wasm, half as much again as everything else the widget needs. This one covers Latin script
//! (U+0000–U+02FF, U+1E00–U+1EFF: all of Vietnamese) with the combining marks U+0300–U+036F, from
//! tables generated from that crate (`nfc_table.rs`); `tests/nfc.rs` checks that the tables match
//! it and that the output equals its NFC for every covered character and thousands of mixed
//! strings. Text in other scripts is left as it is.

use super::nfc_table::{CCC, COMPOSE, DECOMPOSE_EXTRA};
use super::format::Report;
use super::texts::{each_text_mut, TextMut};

/// Puts every human-readable string of the report in NFC ([`each_text_mut`]: texts, names, the
/// byline, quotations). Ids, URLs and codes are ASCII by validation or left as given.
pub fn normalize_report(report: &mut Report) {
    each_text_mut(report, |_, t| match t {
        TextMut::Bilingual(t) => t.vi.iter_mut().chain(t.en.iter_mut()).for_each(nfc_in_place),
        TextMut::AsWritten(s) => nfc_in_place(s),
    });
}

fn nfc_in_place(s: &mut String) {
    // Composed text has no combining marks: the usual case costs one scan and no copy. The marks
    // U+0300–U+036F are the only characters whose UTF-8 starts with byte 0xCC or 0xCD, so the
    // scan looks at bytes rather than decoding characters.
    if s.bytes().any(|b| b == 0xCC || b == 0xCD) && s.chars().any(is_mark_range) {
        *s = nfc(s);
    }
}

fn is_mark_range(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The canonical composition (NFC) of `s`, for the covered scripts.
pub fn nfc(s: &str) -> String {
    // 1. Canonical decomposition.
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, &mut chars);
    }
    // 2. Canonical ordering: a stable sort of each run of marks by combining class.
    let mut i = 0;
    while i < chars.len() {
        if ccc(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && ccc(chars[i]) != 0 {
            i += 1;
        }
        // Insertion sort: runs are a few marks long, and the standard library's stable sort would
        // add ~1 KB to the download for nothing else.
        for j in start + 1..i {
            let mut k = j;
            while k > start && ccc(chars[k - 1]) > ccc(chars[k]) {
                chars.swap(k - 1, k);
                k -= 1;
            }
        }
    }
    // 3. Canonical composition: a mark joins the last starter unless an intervening mark of the
    //    same or higher class blocks it.
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_class = 0u8;
    for c in chars {
        let class = ccc(c);
        if let Some(si) = starter {
            let adjacent = out.len() == si + 1;
            if adjacent || (last_class != 0 && last_class < class) {
                if let Some(composed) = compose(out[si], c) {
                    out[si] = composed;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = 0;
        } else {
            last_class = class;
        }
        out.push(c);
    }
    out.into_iter().collect()
}

fn ccc(c: char) -> u8 {
    let Ok(u) = u16::try_from(c as u32) else { return 0 };
    CCC.binary_search_by_key(&u, |&(k, _)| k).map(|i| CCC[i].1).unwrap_or(0)
}

/// Appends the full canonical decomposition of `c`. COMPOSE is read backwards (a linear scan of
/// ~500 entries, only for strings that contain marks) rather than shipping a second table.
fn decompose(c: char, out: &mut Vec<char>) {
    let Ok(u) = u16::try_from(c as u32) else { return out.push(c) };
    if let Ok(i) = DECOMPOSE_EXTRA.binary_search_by_key(&u, |&(k, _)| k) {
        out.extend(DECOMPOSE_EXTRA[i].1.iter().filter_map(|&p| char::from_u32(p as u32)));
    } else if let Some(&(a, b, _)) = COMPOSE.iter().find(|t| t.2 == u).filter(|_| u >= 0xC0) {
        decompose(char::from_u32(a as u32).unwrap_or(c), out);
        out.extend(char::from_u32(b as u32));
    } else {
        out.push(c);
    }
}

fn compose(starter: char, mark: char) -> Option<char> {
    let (a, b) = (u16::try_from(starter as u32).ok()?, u16::try_from(mark as u32).ok()?);
    let i = COMPOSE.binary_search_by_key(&(a, b), |&(x, y, _)| (x, y)).ok()?;
    char::from_u32(COMPOSE[i].2 as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_vietnamese_is_composed() {
        assert_eq!(nfc("Kinh te\u{302}\u{301}"), "Kinh tế");
        assert_eq!(nfc("Thu\u{31b}o\u{31b}\u{300}ng tru\u{31b}\u{323}c"), "Thường trực");
        // Marks in non-canonical order (circumflex before dot below) still compose.
        assert_eq!(nfc("o\u{302}\u{323}"), "ộ");
        let mut s = "Văn Lãng".to_owned();
        nfc_in_place(&mut s);
        assert_eq!(s, "Văn Lãng");
    }
}
