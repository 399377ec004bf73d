//! What may follow a number in the genre: money (scale word and currency), percentages, and the
//! nouns things are counted in. A number followed by none of these is not taken as a figure.

/// Money written after a number: the words, the power of ten they scale by, the ISO 4217 code.
const MONEY: [(&str, u32, &str); 11] = [
    ("nghìn tỷ đồng", 12, "VND"),
    ("ngàn tỷ đồng", 12, "VND"),
    ("tỷ đồng", 9, "VND"),
    ("triệu đồng", 6, "VND"),
    ("nghìn đồng", 3, "VND"),
    ("đồng", 0, "VND"),
    ("tỷ USD", 9, "USD"),
    ("triệu USD", 6, "USD"),
    ("nghìn USD", 3, "USD"),
    ("USD", 0, "USD"),
    ("tỷ", 9, "VND"),
];

/// Nouns of counted things and measures, longest first where one begins another.
const UNITS: [&str; 124] = [
    "tổ chức cơ sở đảng", "tổ chức đảng", "cấp ủy viên", "đảng viên", "chi bộ", "đảng bộ", "doanh nghiệp",
    "hợp tác xã", "dự án", "công trình", "sản phẩm", "thị trấn", "xã", "phường", "thôn", "bản", "hộ gia đình",
    "hộ", "người", "lao động", "học sinh", "giáo viên", "cán bộ", "công chức", "trường học", "trường", "tiêu chí",
    "chỉ tiêu", "đơn", "trường hợp", "vụ việc", "vụ", "ha", "hecta", "tấn", "km", "m2", "m3", "con", "cây",
    "chương trình", "văn bản", "hồ sơ", "lượt", "cuộc", "mô hình", "căn nhà", "căn", "ngôi nhà", "phòng học",
    "cơ sở", "làng", "lớp", "hội nghị", "tuyến", "nhóm", "đoàn", "tập thể", "cá nhân", "khách", "lượt khách",
    "giường bệnh", "khối phố", "tổ dân phố", "khu phố", "khu dân cư", "hộ dân", "lượt người",
    // Units, bodies and people a ministry, a school or a group counts.
    "m", "km2", "đô thị", "khoa", "viện nghiên cứu", "viện", "trung tâm", "bộ môn", "phòng ban", "phòng",
    "tiến sĩ", "thạc sĩ", "giáo sư", "phó giáo sư", "giảng viên", "sinh viên", "sv", "hs", "học viên", "nhân khẩu",
    "thành viên", "tổ hợp tác", "đồ án", "nước", "quốc gia", "tỉnh", "huyện", "cục", "nhiệm vụ", "đơn vị",
    "chuyên ngành", "viên chức", "nhân viên", "bác sĩ", "dân", "hồ chứa", "hồ", "đầu mối", "lượt cán bộ", "bệnh nhân",
    "người nghiện", "đối tượng", "điểm", "trạm", "nhà máy", "cent", "kwh", "mw", "kw",
    // The other units of a list of districts or communes ("11 huyện, thành phố").
    "thành phố", "thị xã", "quận",
    // The party's bodies a check or a resolution is counted in ("10 Ban Thường vụ Tỉnh ủy").
    "ban thường vụ", "ban cán sự", "cấp ủy", "đảng ủy",
];

pub struct Money {
    pub exponent: u32,
    pub currency: &'static str,
    /// What the sum is counted per, after a slash: "người/năm" in "42 triệu đồng/người/năm".
    pub per: Option<String>,
    /// Length in bytes of the money words after the number (and the space before them).
    pub len: usize,
}

fn word_ends(rest: &str, at: usize) -> bool {
    rest[at..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Money after a number: `rest` starts right after the digits.
pub fn money(rest: &str) -> Option<Money> {
    let r = rest.strip_prefix(' ')?;
    MONEY
        .iter()
        .find(|(w, _, _)| r.starts_with(w) && word_ends(r, w.len()) && !r[w.len()..].starts_with(" lệ"))
        .map(|&(w, exponent, currency)| {
            let per = per(&r[w.len()..]);
            let len = 1 + w.len() + per.as_ref().map_or(0, |p| 1 + p.len());
            Money { exponent, currency, per, len }
        })
}

/// "/người/năm" right after money's words: the words between the slashes, up to the first that is
/// not one ("đồng/người/năm, tăng …" → "người/năm"); at most three, each one or two words long.
fn per(after: &str) -> Option<String> {
    let mut rest = after.strip_prefix('/')?;
    let mut parts = Vec::new();
    while parts.len() < 3 {
        let end = rest.find(|c: char| !(c.is_alphabetic() || c == ' ')).unwrap_or(rest.len());
        // One or two words: "người", "lao động"; a longer run is the sentence going on.
        let words: Vec<&str> = rest[..end].split(' ').take_while(|w| !w.is_empty()).take(2).collect();
        if words.is_empty() {
            break;
        }
        let part = words.join(" ");
        rest = &rest[part.len()..];
        parts.push(part);
        match rest.strip_prefix('/') {
            Some(r) => rest = r,
            None => break,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// The unit noun after a number, with "/xã" and the like kept ("tiêu chí/xã"), and its length
/// in bytes including the space before it.
pub fn unit(rest: &str) -> Option<(String, usize)> {
    if let Some(u) = super::number::GLUED_UNITS.iter().find(|u| rest.starts_with(*u) && word_ends(rest, u.len())) {
        return Some((u.to_string(), u.len()));
    }
    let r = rest.strip_prefix(' ')?;
    // "1,2 triệu lượt khách": the scale word stays with the unit, so the figure reads as written.
    for scale in ["nghìn", "ngàn", "triệu", "vạn"] {
        if let Some(after) = r.strip_prefix(scale) {
            let (u, len) = unit(after)?;
            return Some((format!("{scale} {u}"), 1 + scale.len() + len));
        }
    }
    let lower = super::text::lower(r);
    // The longest that fits: "trường hợp" rather than "trường".
    let u = UNITS.iter().filter(|u| lower.starts_with(*u) && word_ends(r, u.len())).max_by_key(|u| u.len())?;
    let mut len = u.len();
    // "Phường 3 và 4 thành phố Đà Lạt": an administrative word before a name is the name's.
    let admin = ["thành phố", "thị xã", "quận", "huyện", "tỉnh", "xã", "phường", "thị trấn"];
    if admin.contains(u) && r[len..].strip_prefix(' ').is_some_and(|n| n.starts_with(char::is_uppercase)) {
        return None;
    }
    // "120 xã, phường, thị trấn", "153 cán bộ, giáo viên, nhân viên": one count of several kinds.
    while let Some(next) = r[len..].strip_prefix(", ") {
        let nl = super::text::lower(next);
        let Some(v) = UNITS.iter().filter(|v| v.len() > 1 && nl.starts_with(*v) && word_ends(next, v.len())).max_by_key(|v| v.len()) else { break };
        len += 2 + v.len();
    }
    let mut text = r[..len].to_owned();
    // "3.250 m 2": a square or cubic metre whose superscript the copy set apart.
    if ["m", "km"].contains(u) {
        if let Some(p) = [" 2", " 3", "²", "³"].iter().find(|p| r[len..].starts_with(**p) && word_ends(r, len + p.len())) {
            text = format!("{u}{}", p.trim().replace('²', "2").replace('³', "3"));
            len += p.len();
        }
    }
    if r[len..].starts_with('/') {
        let per: String = r[len + 1..].chars().take_while(|c| c.is_alphabetic()).collect();
        if !per.is_empty() {
            text = format!("{text}/{per}");
            len += 1 + per.len();
        }
    }
    Some((text, 1 + len))
}

/// A percentage sign after a number ("99,7%", "99,7 %"), or "điểm phần trăm" (points).
pub fn percent(rest: &str) -> Option<(bool, usize)> {
    if rest.starts_with('%') {
        return Some((false, 1));
    }
    if rest.starts_with(" %") {
        return Some((false, 2));
    }
    rest.strip_prefix(" điểm phần trăm").map(|_| (true, " điểm phần trăm".len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_follows_a_number() {
        assert_eq!(money(" tỷ đồng, tăng").map(|m| (m.exponent, m.currency)), Some((9, "VND")));
        // What the sum is counted per, after its slash; the sentence going on is not part of it.
        assert_eq!(money(" triệu đồng/người/năm, tăng 5%").and_then(|m| m.per), Some("người/năm".to_owned()));
        assert_eq!(money(" nghìn đồng/lao động/tháng.").and_then(|m| m.per), Some("lao động/tháng".to_owned()));
        assert_eq!(money(" triệu đồng/hộ").map(|m| (m.per, m.len)), Some((Some("hộ".to_owned()), " triệu đồng/hộ".len())));
        assert_eq!(money(" tỷ đồng; 12 xã").and_then(|m| m.per), None);
        assert_eq!(money(" triệu USD").map(|m| (m.exponent, m.currency)), Some((6, "USD")));
        assert!(money(" tỷ lệ").is_none());
        assert_eq!(unit(" tiêu chí/xã, tăng"), Some(("tiêu chí/xã".into(), " tiêu chí/xã".len())));
        assert_eq!(unit(" tổ chức đảng và"), Some(("tổ chức đảng".into(), " tổ chức đảng".len())));
        assert_eq!(unit(" xã đạt"), Some(("xã".into(), 4)));
        assert_eq!(unit(" xã, phường, thị trấn có").map(|u| u.0), Some("xã, phường, thị trấn".into()));
        assert_eq!(unit(" huyện, thành phố.").map(|u| u.0), Some("huyện, thành phố".into()));
        assert_eq!(unit(" m 2. Trong đó").map(|u| u.0), Some("m2".into()));
        assert_eq!(unit(" m 25").map(|u| u.0), Some("m".into()));
        assert_eq!(unit(" thành phố Đà Lạt"), None);
        assert_eq!(unit(" tổ chức đảng, 20 đảng viên").map(|u| u.0), Some("tổ chức đảng".into()));
        assert_eq!(unit(" trường hợp vi phạm").map(|u| u.0), Some("trường hợp".into()));
        assert!(unit(" xãx").is_none() && unit(" sao").is_none());
        assert_eq!(unit(" triệu lượt khách, tăng"), Some(("triệu lượt khách".into(), " triệu lượt khách".len())));
        assert!(unit(" triệu").is_none());
        assert_eq!(percent(" % kế hoạch"), Some((false, 2)));
        assert_eq!(percent(" điểm phần trăm so với"), Some((true, " điểm phần trăm".len())));
    }
}
