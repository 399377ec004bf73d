//! Where the session took place: the district, town or city the delegation visits, named in the
//! lede ("làm việc với Huyện ủy Văn Lãng"), and the province of the outlet that reported it.

use super::text::{capitalise, is_capitalised};

/// The local body and what kind of place it governs.
const BODIES: [(&str, &str); 12] = [
    ("Huyện ủy ", "huyện"),
    ("huyện ", "huyện"),
    ("Huyện ", "huyện"),
    ("Thị ủy ", "thị xã"),
    ("thị xã ", "thị xã"),
    ("Thị xã ", "thị xã"),
    ("Thành ủy ", "thành phố"),
    ("thành phố ", "thành phố"),
    ("Thành phố ", "thành phố"),
    ("Quận ủy ", "quận"),
    ("quận ", "quận"),
    ("Đảng ủy xã ", "xã"),
];

/// "huyện Văn Lãng" from the first local body named in `text`, if its name follows it.
pub fn locality(text: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for (body, kind) in BODIES {
        for (i, _) in text.match_indices(body) {
            let name: Vec<&str> = text[i + body.len()..]
                .split(' ')
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
                .take_while(|w| is_capitalised(w) && w.chars().all(char::is_alphabetic))
                .take(3)
                .collect();
            if !name.is_empty() && best.as_ref().is_none_or(|(b, _)| i < *b) {
                best = Some((i, format!("{kind} {}", name.join(" "))));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// The place text: locality and province when both are known.
pub fn place(locality: Option<&str>, province: Option<&str>) -> Option<String> {
    let text = match (locality, province) {
        (Some(l), Some(p)) => format!("{l}, tỉnh {p}"),
        (Some(l), None) => l.to_owned(),
        (None, Some(p)) => format!("tỉnh {p}"),
        (None, None) => return None,
    };
    Some(capitalise(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_from_the_lede() {
        let l = locality("Đoàn công tác làm việc với Huyện ủy Văn Lãng về tình hình");
        assert_eq!(place(l.as_deref(), Some("Lạng Sơn")).as_deref(), Some("Huyện Văn Lãng, tỉnh Lạng Sơn"));
        assert_eq!(locality("làm việc với Ban Thường vụ Thị ủy Nghi Sơn để").as_deref(), Some("thị xã Nghi Sơn"));
        assert_eq!(locality("với UBND huyện Vạn Ninh và các doanh nghiệp").as_deref(), Some("huyện Vạn Ninh"));
        assert_eq!(locality("về kết quả của huyện."), None);
    }
}
