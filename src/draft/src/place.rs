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

/// Words that open the name of a body visited (a ministry, a group, a school, a steering board).
const ORGANISATIONS: [&str; 16] = [
    "Tập đoàn", "Tổng công ty", "Công ty", "Bộ ", "Ban ", "Trường", "trường", "Đại học", "Học viện", "Tổng cục", "Cục ",
    "Viện ", "Bệnh viện", "Ngân hàng", "Sở ", "Ủy ban",
];

/// Where the session was when no outlet table says it: the body the delegation works with when
/// it is an organisation ("làm việc với Tập đoàn Điện lực Việt Nam", "làm việc tại trường Đại học
/// …"), else the local unit named ("huyện Mỹ Đức", "tỉnh Cao Bằng", "TP Cần Thơ") with its
/// province when the text names it, else the name after "tại" ("tại TPHCM"). `persons` are the
/// names of people, which a unit's name is not ("Thành ủy Nguyễn Công Soái").
pub fn visited(text: &str, persons: &[String]) -> Option<String> {
    body_visited(text).or_else(|| unit_named(text, persons))
}

/// The organisation the delegation works with or at, as the text names it.
pub fn body_visited(text: &str) -> Option<String> {
    for cue in ["làm việc với ", "làm việc tại ", "thăm và làm việc tại ", "tiếp ", "kiểm tra tại "] {
        for (i, _) in text.match_indices(cue) {
            let rest = &text[i + cue.len()..];
            if !ORGANISATIONS.iter().any(|o| rest.starts_with(o)) {
                continue;
            }
            let end = [" về ", " để ", ",", ".", " nhằm ", " sáng", " chiều", " ngày", " do ", " trong ", " tại ", ";"]
                .iter()
                .filter_map(|e| rest.find(e))
                .min()
                .unwrap_or(rest.len());
            let body = rest[..end].trim();
            if body.split(' ').count() >= 2 && body.split(' ').skip(1).any(is_capitalised) {
                return Some(body.to_owned());
            }
        }
    }
    None
}

/// The local unit `text` names ("huyện Mỹ Đức", "TP Cần Thơ"), else the name after "tại".
pub fn unit_named(text: &str, persons: &[String]) -> Option<String> {
    const UNITS: [(&str, &str); 10] = [
        ("huyện ", "huyện"), ("quận ", "quận"), ("thị xã ", "thị xã"), ("thành phố ", "thành phố"), ("Thành phố ", "thành phố"),
        ("TP ", "thành phố"), ("TP. ", "thành phố"), ("tỉnh ", "tỉnh"), ("Tỉnh ", "tỉnh"), ("xã ", "xã"),
    ];
    let name_at = |at: usize| -> Vec<&str> {
        let mut out = Vec::new();
        for w in text[at..].split(' ').take(3) {
            let bare = w.trim_end_matches(|c: char| !c.is_alphabetic());
            if !(is_capitalised(bare) && bare.chars().all(char::is_alphabetic)) {
                break;
            }
            out.push(bare);
            // "(quận Ninh Kiều), Bộ trưởng": a stop ends the name.
            if bare.len() < w.len() {
                break;
            }
        }
        out
    };
    let mut found: Vec<(usize, &str, String)> = Vec::new();
    for (word, kind) in UNITS {
        for (i, _) in text.match_indices(word) {
            if i > 0 && !text[..i].ends_with([' ', '(', ',']) {
                continue;
            }
            let name = name_at(i + word.len()).join(" ");
            let person = persons.iter().any(|p| p.starts_with(&name) || name.starts_with(p.as_str()));
            if !name.is_empty() && !person {
                found.push((i, kind, name));
            }
        }
    }
    found.sort_by_key(|f| f.0);
    let rank = |k: &str| match k {
        "xã" => 0,
        "huyện" | "quận" | "thị xã" => 1,
        "thành phố" => 2,
        _ => 3,
    };
    // The first district-level unit, else the first city or province; a commune only alone.
    let pick = found.iter().find(|f| rank(f.1) == 1).or_else(|| found.iter().find(|f| rank(f.1) >= 2)).or(found.first());
    if let Some((_, kind, name)) = pick {
        let province = found.iter().find(|f| f.1 == "tỉnh" && f.2 != *name).filter(|_| *kind != "tỉnh");
        return Some(match province {
            Some((_, _, p)) => format!("{kind} {name}, tỉnh {p}"),
            None => format!("{kind} {name}"),
        });
    }
    let i = text.find(" tại ")? + " tại ".len();
    let name = name_at(i).join(" ");
    (!name.is_empty() && !persons.iter().any(|p| p.starts_with(&name))).then_some(name)
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
        let none: [String; 0] = [];
        assert_eq!(visited("Tổ công tác làm việc với Tập đoàn Điện lực Việt Nam về việc", &none).as_deref(), Some("Tập đoàn Điện lực Việt Nam"));
        assert_eq!(visited("kiểm tra tại xã Bình Thành, huyện Thanh Bình, tỉnh Đồng Tháp.", &none).as_deref(), Some("huyện Thanh Bình, tỉnh Đồng Tháp"));
        assert_eq!(visited("Phó Bí thư Thành ủy Nguyễn Công Soái kiểm tra tại huyện Mỹ Đức.", &["Nguyễn Công Soái".to_owned()]).as_deref(), Some("huyện Mỹ Đức"));
        assert_eq!(visited("Ngày 17/12, tại TPHCM, Tổng cục trưởng", &none).as_deref(), Some("TPHCM"));
    }
}
