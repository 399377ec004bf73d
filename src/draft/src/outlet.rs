//! Outlets of the genre, known by the marker that opens their ledes ("LSO-", "(BĐN) -"). The
//! marker is in the article; the outlet's name and province are not, so they come from this table
//! and the summary says so. An unknown marker is kept as the outlet's name for the editor to
//! complete.

pub struct Outlet {
    /// The paper's name ("Báo Lạng Sơn").
    pub name: &'static str,
    /// The province it covers: the place of a session in one of its districts.
    pub province: &'static str,
}

/// Markers as the outlets write them, compared without case.
const OUTLETS: [(&str, Outlet); 12] = [
    ("LSO", Outlet { name: "Báo Lạng Sơn", province: "Lạng Sơn" }),
    ("BĐN", Outlet { name: "Báo Đồng Nai", province: "Đồng Nai" }),
    ("Baothanhhoa.vn", Outlet { name: "Báo Thanh Hóa", province: "Thanh Hóa" }),
    ("BKH", Outlet { name: "Báo Khánh Hòa", province: "Khánh Hòa" }),
    ("BHD", Outlet { name: "Báo Hải Dương", province: "Hải Dương" }),
    ("BQN", Outlet { name: "Báo Quảng Ninh", province: "Quảng Ninh" }),
    ("QNO", Outlet { name: "Báo Quảng Nam", province: "Quảng Nam" }),
    ("BNA", Outlet { name: "Báo Nghệ An", province: "Nghệ An" }),
    ("BBK", Outlet { name: "Báo Bắc Kạn", province: "Bắc Kạn" }),
    ("BTN", Outlet { name: "Báo Tây Ninh", province: "Tây Ninh" }),
    ("HBĐT", Outlet { name: "Báo Hòa Bình", province: "Hòa Bình" }),
    ("QBĐT", Outlet { name: "Báo Quảng Bình", province: "Quảng Bình" }),
];

pub fn known(marker: &str) -> Option<&'static Outlet> {
    OUTLETS.iter().find(|(m, _)| m.to_lowercase() == marker.to_lowercase()).map(|(_, o)| o)
}

/// The lede's marker and the text after it: "LSO-Hôm nay…", "(BĐN) - Chiều…", "(BKH) – Ngày…".
pub fn split_marker(line: &str) -> Option<(&str, &str)> {
    let (marker, rest) = if let Some(inner) = line.strip_prefix('(') {
        let close = inner.find(')')?;
        (&inner[..close], &inner[close + 1..])
    } else {
        let end = line.find(|c: char| !(c.is_uppercase() || c.is_ascii_digit() || c == '&'))?;
        (&line[..end], &line[end..])
    };
    let len = marker.chars().count();
    if !(2..=20).contains(&len) || marker.contains(' ') {
        return None;
    }
    let rest = rest.trim_start();
    let text = rest.strip_prefix(['-', '–', '—'])?.trim_start();
    text.chars().next().is_some_and(char::is_uppercase).then_some((marker, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lede_markers() {
        assert_eq!(split_marker("LSO-Hôm nay (3/11), Đoàn"), Some(("LSO", "Hôm nay (3/11), Đoàn")));
        assert_eq!(split_marker("(BĐN) - Chiều 11-7, đoàn"), Some(("BĐN", "Chiều 11-7, đoàn")));
        assert_eq!(split_marker("(Baothanhhoa.vn) - Sáng nay"), Some(("Baothanhhoa.vn", "Sáng nay")));
        assert_eq!(split_marker("(BKH) – Ngày 3/11/2021"), Some(("BKH", "Ngày 3/11/2021")));
        assert_eq!(split_marker("Thứ bảy, 28/11/2020"), None);
        assert_eq!(split_marker("UBND tỉnh - Sở"), None);
        assert_eq!(split_marker("GD&TĐ - Trong chuyến"), Some(("GD&TĐ", "Trong chuyến")));
        assert_eq!(known("bđn").unwrap().province, "Đồng Nai");
    }
}

/// A byline and the outlet it credits, as the genre signs off at the end of the text: "Tác giả:
/// Trang Lê", "Bài, ảnh: Chu Quốc Hùng (TTXVN)", "Theo Hoàng Ái/Lamdongtv.vn", "Nguyễn
/// Quỳnh/VOV.VN", "**Lê Thu**". `tail` is the end of the text after its last sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    pub author: Option<String>,
    pub outlet: Option<String>,
}

fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').filter(|w| *w != "-").collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

pub fn credit(tail: &str) -> Option<Credit> {
    let t = tail.trim().trim_start_matches("./.").trim();
    if t.is_empty() || t.split(' ').count() > 8 {
        return None;
    }
    let t = t.trim_matches('*').trim();
    let after_label = |t: &str| -> Option<String> {
        let colon = t.find(':')?;
        let label = super::text::lower(&t[..colon]);
        ["tác giả", "bài", "ảnh", "bài, ảnh", "bài,ảnh", "bài và ảnh", "tin", "tin, ảnh"].contains(&label.trim()).then(|| t[colon + 1..].trim().to_owned())
    };
    let t: String = after_label(t).unwrap_or_else(|| t.to_owned());
    let t = t.strip_prefix("Theo ").unwrap_or(&t).trim();
    // "Chu Quốc Hùng (TTXVN)"
    if let Some(open) = t.rfind(" (").filter(|_| t.ends_with(')')) {
        let name = t[..open].trim();
        let marker = &t[open + 2..t.len() - 1];
        if is_name(name) && !marker.contains(' ') {
            return Some(Credit { author: Some(name.to_owned()), outlet: Some(marker.to_owned()) });
        }
    }
    // "Hoàng Ái/Lamdongtv.vn", "Nguyễn Quỳnh/VOV.VN"
    if let Some((name, outlet)) = t.split_once('/') {
        if is_name(name.trim()) && !outlet.contains(' ') && !outlet.is_empty() {
            return Some(Credit { author: Some(name.trim().to_owned()), outlet: Some(outlet.to_owned()) });
        }
    }
    is_name(t).then(|| Credit { author: Some(t.to_owned()), outlet: None })
}

/// An outlet's marker anywhere in a line, "(HDDTVN) –" after a teaser's "more", or the outlet
/// in a photo credit ("Ảnh: Chương Đài/TTXVN" gives "TTXVN").
pub fn marker_in(line: &str) -> Option<&str> {
    for (i, _) in line.match_indices('(') {
        let inner = &line[i + 1..];
        let close = inner.find(')')?;
        let m = &inner[..close];
        let after = inner[close + 1..].trim_start();
        if (2..=20).contains(&m.chars().count()) && !m.contains(' ') && m.chars().any(char::is_uppercase) && after.starts_with(['-', '–', '—']) {
            return Some(m);
        }
    }
    None
}

pub fn photo_credit_outlet(text: &str) -> Option<&str> {
    let i = text.find("Ảnh: ").or_else(|| text.find("Ảnh "))?;
    let credit = text[i..].split(' ').skip(1).take(4).find(|w| w.contains('/'))?;
    let outlet = credit.split_once('/')?.1.trim_end_matches(['.', ',', ')']);
    (outlet.chars().filter(|c| c.is_uppercase()).count() >= 2).then_some(outlet)
}

#[cfg(test)]
mod credit_tests {
    use super::*;

    #[test]
    fn sign_offs() {
        let c = |s: &str| credit(s).map(|c| (c.author, c.outlet));
        assert_eq!(c("Tác giả: Trang Lê"), Some((Some("Trang Lê".into()), None)));
        assert_eq!(c("Bài,ảnh: Chu Quốc Hùng (TTXVN)"), Some((Some("Chu Quốc Hùng".into()), Some("TTXVN".into()))));
        assert_eq!(c("Theo Hoàng Ái/Lamdongtv.vn"), Some((Some("Hoàng Ái".into()), Some("Lamdongtv.vn".into()))));
        assert_eq!(c("./. Nguyễn Quỳnh/VOV.VN"), Some((Some("Nguyễn Quỳnh".into()), Some("VOV.VN".into()))));
        assert_eq!(c("**Lê Thu**"), Some((Some("Lê Thu".into()), None)));
        assert_eq!(c("Nghiệp - Hình"), Some((Some("Nghiệp - Hình".into()), None)));
        assert_eq!(c("Đoàn công tác làm việc với tỉnh."), None);
        assert_eq!(marker_in("more(HDDTVN) – Ngày 17/12, tại TPHCM"), Some("HDDTVN"));
        assert_eq!(photo_credit_outlet("Cao Lãnh. Ảnh: Chương Đài/TTXVN Theo ông"), Some("TTXVN"));
    }
}
