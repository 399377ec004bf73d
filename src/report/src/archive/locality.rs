//! The province and district of a report, read from its `meta.place` (Vietnamese), which the
//! format keeps as one text ("Huyện Văn Lãng, tỉnh Lạng Sơn"). The format has no fields for them,
//! so they are derived, and only from what the text says: its comma-separated parts, each named by
//! its administrative word. A place that names no province gives none (the archive lists it under
//! no province rather than guess).

/// The administrative words a part of a place starts with, and what level they name.
const LEVELS: [(&str, Level); 8] = [
    ("thành phố", Level::Either),
    ("tỉnh", Level::Province),
    ("huyện", Level::District),
    ("quận", Level::District),
    ("thị xã", Level::District),
    ("tp.", Level::Either),
    ("xã", Level::Commune),
    ("phường", Level::Commune),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Level {
    Province,
    District,
    /// "Thành phố": a province-level city (Hà Nội, Đà Nẵng) when it comes last, else a district.
    Either,
    Commune,
}

/// The province and the district (their names without the administrative word, as written):
/// ("Lạng Sơn", "Văn Lãng") from "Huyện Văn Lãng, tỉnh Lạng Sơn".
pub fn locality(place: &str) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = place.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let (mut province, mut district) = (None, None);
    for (i, part) in parts.iter().enumerate() {
        let lower = part.to_lowercase();
        let Some((word, level)) = LEVELS.iter().find(|(w, _)| lower.starts_with(w) && lower[w.len()..].starts_with(' ')) else { continue };
        // Lowercasing keeps these words' byte length, so the name starts after them in `part` too.
        let Some(name) = part.get(word.len()..).map(|n| n.trim().to_owned()) else { continue };
        let last = i + 1 == parts.len();
        match level {
            Level::Province => province = Some(name),
            Level::Either if last && province.is_none() => province = Some(name),
            Level::District | Level::Either if district.is_none() => district = Some(name),
            _ => {}
        }
    }
    (province, district)
}

#[cfg(test)]
mod tests {
    use super::locality;

    fn pair(p: &str) -> (Option<&'static str>, Option<&'static str>) {
        let (a, b) = locality(p);
        (a.map(|s| &*s.leak()), b.map(|s| &*s.leak()))
    }

    #[test]
    fn the_seed_reports_places() {
        assert_eq!(pair("Huyện Văn Lãng, tỉnh Lạng Sơn"), (Some("Lạng Sơn"), Some("Văn Lãng")));
        assert_eq!(pair("Thị xã Nghi Sơn, tỉnh Thanh Hóa"), (Some("Thanh Hóa"), Some("Nghi Sơn")));
        assert_eq!(pair("Xã Tân Lập, huyện Cẩm Mỹ, tỉnh Đồng Nai"), (Some("Đồng Nai"), Some("Cẩm Mỹ")));
    }

    #[test]
    fn cities_and_places_without_words() {
        assert_eq!(pair("Quận Hoàn Kiếm, thành phố Hà Nội"), (Some("Hà Nội"), Some("Hoàn Kiếm")));
        assert_eq!(pair("Thành phố Lạng Sơn, tỉnh Lạng Sơn"), (Some("Lạng Sơn"), Some("Lạng Sơn")));
        assert_eq!(pair("Trụ sở Tỉnh ủy"), (None, None));
        assert_eq!(pair(""), (None, None));
    }
}
