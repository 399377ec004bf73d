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
