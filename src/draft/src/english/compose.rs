//! English composed from the glossary's parts, one kind of text at a time: an office in a body at
//! a level ("Phó Chủ tịch UBND huyện" → "Vice Chairman of the District People's Committee"), a
//! place with its levels, a period or a deadline, a unit. Each returns `None` unless the whole
//! text is accounted for: a half-translated text would read as finished.

use super::glossary::{Glossary, Kind};
use crate::text::{capitalise, is_capitalised, lower};

/// A body's English and whether it takes "the" after "of" ("Chairman of the … People's
/// Committee", but "Rector of Cần Thơ University", "Minister of Finance").
struct Organisation {
    en: String,
    article: bool,
}

/// A proper name as written: every word capitalised or a number ("Văn Lãng", "Quận 2"'s "2").
fn proper(s: &str) -> bool {
    !s.is_empty() && s.split(' ').all(|w| is_capitalised(w) || w.chars().all(|c| c.is_ascii_digit()))
}

/// "UBND tỉnh Lạng Sơn", "Huyện ủy Văn Lãng", "Ban Thường vụ Tỉnh ủy", "Bộ Tài chính", "Sở Xây
/// dựng", "Trường ĐH Cần Thơ".
fn organisation(g: &Glossary, s: &str) -> Option<Organisation> {
    let s = s.trim();
    let named = |base: &str, name: &str| if name.is_empty() { base.to_owned() } else { format!("{name} {base}") };
    // "Huyện ủy Văn Lãng" → "Văn Lãng District Party Committee".
    if let Some((e, name)) = g.prefix(Kind::Party, s) {
        if name.is_empty() || proper(name) {
            return Some(Organisation { en: named(&e.en, name), article: true });
        }
    }
    // "Ban Thường vụ Tỉnh ủy" → "Standing Board of the Provincial Party Committee".
    if let Some((e, rest)) = g.prefix(Kind::Board, s) {
        if let Some(of) = organisation(g, rest).filter(|_| !rest.is_empty()) {
            return Some(Organisation { en: format!("{} of {}{}", e.en, if of.article { "the " } else { "" }, of.en), article: true });
        }
    }
    // "UBND tỉnh Lạng Sơn" → "Lạng Sơn Provincial People's Committee".
    if let Some((body, rest)) = g.prefix(Kind::Body, s) {
        if rest.is_empty() {
            return Some(Organisation { en: body.en.clone(), article: true });
        }
        let (level, name) = g.prefix(Kind::Level, rest)?;
        return (name.is_empty() || proper(name)).then(|| Organisation { en: named(&format!("{} {}", level.en, body.en), name), article: true });
    }
    if let Some(field) = s.strip_prefix("Bộ ").and_then(|f| g.get(Kind::Ministry, f)) {
        return Some(Organisation { en: format!("Ministry of {}", field.en), article: true });
    }
    if let Some(field) = s.strip_prefix("Sở ").and_then(|f| g.get(Kind::Ministry, f)) {
        return Some(Organisation { en: format!("Department of {}", field.en), article: true });
    }
    // "Trường ĐH Cần Thơ" → "Cần Thơ University".
    if let Some((school, name)) = g.prefix(Kind::School, s) {
        return proper(name).then(|| Organisation { en: format!("{name} {}", school.en), article: false });
    }
    if let Some(e) = g.get(Kind::Phrase, s) {
        return Some(Organisation { en: e.en.clone(), article: false });
    }
    // "EVN", "TKV", "Viettel": a body known by its own name keeps it.
    let own_name = !s.contains(' ') && s.chars().next().is_some_and(char::is_uppercase) && s.chars().all(char::is_alphanumeric);
    own_name.then(|| Organisation { en: s.to_owned(), article: false })
}

/// A role as the article gives it: "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND huyện", "Bộ trưởng Bộ
/// GD&ĐT", "Ủy viên Ban Thường vụ Tỉnh ủy", "PGS.TS".
pub fn role(g: &Glossary, s: &str) -> Option<String> {
    if let Some(e) = g.get(Kind::Phrase, s).or_else(|| g.get(Kind::Office, s)) {
        return Some(e.en.clone());
    }
    g.prefixes(Kind::Office, s).into_iter().find_map(|(office, rest)| {
        // "Bộ trưởng Bộ Tài chính" → "Minister of Finance": the ministry's field, not "of the Ministry of".
        if let Some(field) = rest.strip_prefix("Bộ ").and_then(|f| g.get(Kind::Ministry, f)) {
            if office.en.ends_with("Minister") {
                return Some(format!("{} of {}", office.en, field.en));
            }
        }
        // "Trưởng ban Tuyên giáo …": the board's "Ban" is written once, in the office.
        let heads = office.en.ends_with("Head");
        let of = organisation(g, rest).or_else(|| heads.then(|| organisation(g, &format!("Ban {rest}"))).flatten())?;
        Some(format!("{} of {}{}", office.en, if of.article { "the " } else { "" }, of.en))
    })
}

/// A participant group: "Huyện ủy Văn Lãng", "Lãnh đạo các sở, ngành liên quan" (a phrase),
/// "Lãnh đạo UBND tỉnh" → "Leaders of the Provincial People's Committee".
pub fn group(g: &Glossary, s: &str) -> Option<String> {
    if let Some(e) = g.get(Kind::Phrase, s) {
        return Some(e.en.clone());
    }
    for (lead, en) in [("Lãnh đạo ", "Leaders of"), ("Đại diện ", "Representatives of")] {
        if let Some(of) = s.strip_prefix(lead).and_then(|rest| organisation(g, rest)) {
            return Some(format!("{en} {}{}", if of.article { "the " } else { "" }, of.en));
        }
    }
    organisation(g, s).map(|o| o.en)
}

/// "Huyện Văn Lãng, tỉnh Lạng Sơn" → "Văn Lãng district, Lạng Sơn province"; "Thành phố Cần Thơ"
/// → "Cần Thơ city"; "Quận 2" → "District 2"; a name alone stays a name.
pub fn place(g: &Glossary, s: &str) -> Option<String> {
    let parts: Option<Vec<String>> = s
        .split(", ")
        .map(|part| {
            let part = part.trim();
            if let Some(e) = g.get(Kind::Phrase, part) {
                return Some(e.en.clone());
            }
            if let Some((level, name)) = g.prefix(Kind::Level, part) {
                let noun = level.noun.as_deref()?;
                if name.chars().all(|c| c.is_ascii_digit()) && !name.is_empty() {
                    return Some(format!("{} {name}", capitalise(noun)));
                }
                return proper(name).then(|| format!("{name} {noun}"));
            }
            if let Some(o) = organisation(g, part) {
                return Some(o.en);
            }
            proper(part).then(|| part.to_owned())
        })
        .collect();
    parts.map(|p| p.join(", "))
}

/// "Báo Lạng Sơn (LSO)" → "Lạng Sơn Newspaper (LSO)"; a name of its own ("Chinhphu.vn", "VOV",
/// "GD&TĐ") stays as it is.
pub fn outlet(g: &Glossary, s: &str) -> Option<String> {
    if let Some(e) = g.get(Kind::Phrase, s) {
        return Some(e.en.clone());
    }
    let (name, abbr) = match s.split_once(" (") {
        Some((n, a)) if a.ends_with(')') => (n, format!(" ({a}")),
        _ => (s, String::new()),
    };
    for (lead, en) in [("Báo điện tử ", "online"), ("Báo ", ""), ("Tạp chí ", "Magazine")] {
        if let Some(rest) = name.strip_prefix(lead).filter(|r| proper(r)) {
            return Some(match en {
                "online" => format!("{rest} Online{abbr}"),
                "" => format!("{rest} Newspaper{abbr}"),
                _ => format!("{rest} {en}{abbr}"),
            });
        }
    }
    let own_name = !s.contains(' ') || proper(s);
    own_name.then(|| s.to_owned())
}

/// A unit or counted noun: "hộ" → "households", "triệu tấn" → "million tonnes", "ngàn thành
/// viên" → "thousand members", "xã, phường, thị trấn" → "communes, wards and townships".
pub fn unit(g: &Glossary, s: &str) -> Option<String> {
    if let Some(e) = g.get(Kind::Unit, s) {
        return Some(e.en.clone());
    }
    let l = lower(s.trim());
    for (scale, en) in [("triệu ", "million"), ("nghìn ", "thousand"), ("ngàn ", "thousand"), ("tỷ ", "billion")] {
        if let Some(rest) = l.strip_prefix(scale) {
            return g.get(Kind::Unit, rest).map(|e| format!("{en} {}", e.en));
        }
    }
    let parts: Vec<&str> = s.split(", ").collect();
    if parts.len() < 2 {
        return None;
    }
    let each: Option<Vec<String>> = parts.iter().map(|p| g.get(Kind::Unit, p).map(|e| e.en.clone())).collect();
    let each = each?;
    let (last, rest) = each.split_last()?;
    Some(format!("{} and {last}", rest.join(", ")))
}

/// What money is counted per: "người/năm" → "person/year".
pub fn per(s: &str) -> Option<String> {
    let parts: Option<Vec<&str>> = s
        .split('/')
        .map(|p| {
            Some(match lower(p.trim()).as_str() {
                "người" => "person",
                "năm" => "year",
                "tháng" => "month",
                "hộ" => "household",
                "ha" => "ha",
                "lao động" => "worker",
                "ngày" => "day",
                "tấn" => "tonne",
                _ => return None,
            })
        })
        .collect();
    parts.map(|p| p.join("/"))
}

/// A label, a count's label or a section's title: a whole phrase of the glossary, or a counted
/// noun ("Đảng viên" → "Party members"), with a year after it ("… năm 2020" → "… in 2020").
pub fn phrase(g: &Glossary, s: &str) -> Option<String> {
    let s = s.trim();
    let whole = |s: &str| g.get(Kind::Phrase, s).or_else(|| g.get(Kind::Unit, s)).map(|e| capitalise(&e.en));
    if let Some(en) = whole(s) {
        return Some(en);
    }
    let (head, year) = s.rsplit_once(" năm ")?;
    (year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())).then_some(())?;
    whole(head).map(|en| format!("{en} in {year}"))
}

/// A reference's setter: "tỉnh giao" → "set by the province", "HĐND tỉnh giao" → "set by the
/// Provincial People's Council".
pub fn setter(g: &Glossary, s: &str) -> Option<String> {
    if let Some(e) = g.get(Kind::Phrase, s) {
        return Some(e.en.clone());
    }
    let body = s.strip_suffix(" giao")?;
    let of = organisation(g, body)?;
    Some(format!("set by {}{}", if of.article { "the " } else { "" }, of.en))
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const COUNTS: [&str; 12] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const QUARTERS: [(&str, &str); 4] = [("i", "Q1"), ("ii", "Q2"), ("iii", "Q3"), ("iv", "Q4")];

fn year(s: &str) -> Option<&str> {
    (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit())).then_some(s)
}

/// "10/2020" → "October 2020".
fn month_year(s: &str) -> Option<String> {
    let (m, y) = s.split_once('/')?;
    let m: usize = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some(format!("{} {}", MONTHS[m - 1], year(y)?))
}

/// "31/12/2020" → "31 December 2020".
fn day_month_year(s: &str) -> Option<String> {
    let (d, rest) = s.split_once('/')?;
    let d: u8 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(format!("{d} {}", month_year(rest)?))
}

/// A period or a comparison's base, as the article words it: "Năm 2020" → "2020", "Tính đến hết
/// tháng 10/2020" → "To the end of October 2020", "6 tháng đầu năm 2017" → "The first six months of
/// 2017", "quý I/2025" → "Q1 2025", "cùng kỳ năm 2016" → "the same period of 2016". A capital
/// stays a capital.
pub fn period(g: &Glossary, s: &str) -> Option<String> {
    let s = s.trim();
    let en = period_lower(g, &lower(s))?;
    Some(if is_capitalised(s) { capitalise(&en) } else { en })
}

fn period_lower(g: &Glossary, l: &str) -> Option<String> {
    if let Some(e) = g.get(Kind::Phrase, l) {
        return Some(e.en.clone());
    }
    if let Some(y) = l.strip_prefix("năm ").and_then(year) {
        return Some(y.to_owned());
    }
    if let Some(y) = year(l) {
        return Some(y.to_owned());
    }
    for (lead, en) in [("tính đến hết tháng ", "to the end of"), ("đến hết tháng ", "to the end of"), ("hết tháng ", "to the end of")] {
        if let Some(m) = l.strip_prefix(lead).and_then(month_year) {
            return Some(format!("{en} {m}"));
        }
    }
    for (lead, en) in [("tính đến ngày ", "as of"), ("đến ngày ", "as of"), ("tính đến ", "as of")] {
        if let Some(d) = l.strip_prefix(lead).and_then(|r| day_month_year(r).or_else(|| month_year(r))) {
            return Some(format!("{en} {d}"));
        }
    }
    if let Some(m) = l.strip_prefix("tháng ").and_then(month_year) {
        return Some(m);
    }
    // "Trong 6 tháng qua", "trong năm 2020".
    if let Some(rest) = l.strip_prefix("trong ") {
        if let Some(n) = rest.strip_suffix(" tháng qua").and_then(|n| n.parse::<usize>().ok()).filter(|n| (1..=12).contains(n)) {
            return Some(format!("in the past {} months", COUNTS[n - 1]));
        }
        return period_lower(g, rest).filter(|p| p.chars().next().is_some_and(|c| c.is_ascii_digit()) || p.starts_with('Q')).map(|p| format!("in {p}"));
    }
    for (vi, en) in QUARTERS {
        if let Some(y) = l.strip_prefix(&format!("quý {vi}/")).or_else(|| l.strip_prefix(&format!("quý {vi} năm "))).and_then(year) {
            return Some(format!("{en} {y}"));
        }
    }
    // "6 tháng đầu năm 2017", "9 tháng đầu năm", "9 tháng năm 2020".
    if let Some((n, rest)) = l.split_once(" tháng ") {
        let n: usize = n.parse().ok().filter(|n| (1..=12).contains(n))?;
        let count = COUNTS[n - 1];
        return match rest {
            "đầu năm" => Some(format!("the first {count} months of the year")),
            _ => {
                let y = rest.strip_prefix("đầu năm ").or_else(|| rest.strip_prefix("năm ")).and_then(year)?;
                Some(format!("the first {count} months of {y}"))
            }
        };
    }
    for (lead, en) in [("cùng kỳ năm ", "the same period of"), ("cùng kỳ ", "the same period of")] {
        if let Some(y) = l.strip_prefix(lead).and_then(year) {
            return Some(format!("{en} {y}"));
        }
    }
    // "giai đoạn 2021-2025", "nhiệm kỳ 2020 – 2025".
    for (lead, en) in [("giai đoạn ", "the period"), ("nhiệm kỳ ", "the term"), ("năm học ", "the school year")] {
        if let Some(span) = l.strip_prefix(lead) {
            let (a, b) = span.split_once(['-', '–']).map(|(a, b)| (a.trim(), b.trim()))?;
            return Some(format!("{en} {}–{}", year(a)?, year(b)?));
        }
    }
    None
}

/// A target's deadline, which the reader shows after "by": "đến hết năm 2024" → "the end of 2024",
/// "năm 2025", "đến năm 2025" → "2025".
pub fn deadline(g: &Glossary, s: &str) -> Option<String> {
    let l = lower(s.trim());
    let l = l.strip_prefix("đến ").or_else(|| l.strip_prefix("trước ")).unwrap_or(&l).to_owned();
    for lead in ["hết năm ", "cuối năm "] {
        if let Some(y) = l.strip_prefix(lead).and_then(year) {
            return Some(format!("the end of {y}"));
        }
    }
    if let Some(d) = l.strip_prefix("ngày ").and_then(day_month_year).or_else(|| day_month_year(&l)) {
        return Some(d);
    }
    period_lower(g, &l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_compose_with_bodies_levels_and_names() {
        let g = Glossary::builtin();
        for (vi, en) in [
            ("Phó Chủ tịch UBND huyện", "Vice Chairman of the District People's Committee"),
            ("Chủ tịch UBND tỉnh Lạng Sơn", "Chairman of the Lạng Sơn Provincial People's Committee"),
            ("Bí thư Tỉnh ủy", "Secretary of the Provincial Party Committee"),
            ("Phó Bí thư Huyện ủy Văn Lãng", "Deputy Secretary of the Văn Lãng District Party Committee"),
            ("Phó Chủ tịch Thường trực HĐND tỉnh", "Standing Vice Chairman of the Provincial People's Council"),
            ("Ủy viên Ban Thường vụ Tỉnh ủy", "Member of the Standing Board of the Provincial Party Committee"),
            ("Ủy viên Trung ương Đảng", "Member of the Party Central Committee"),
            ("Bộ trưởng Bộ GD&ĐT", "Minister of Education and Training"),
            ("Thứ trưởng Bộ Công Thương", "Deputy Minister of Industry and Trade"),
            ("Giám đốc Sở Xây dựng", "Director of the Department of Construction"),
            ("Hiệu trưởng Trường ĐH Cần Thơ", "Rector of Cần Thơ University"),
            ("Trưởng ban Tuyên giáo Tỉnh ủy", "Head of the Propaganda and Education Commission of the Provincial Party Committee"),
            ("Trưởng đoàn", "Head of the delegation"),
        ] {
            assert_eq!(role(&g, vi).as_deref(), Some(en), "{vi}");
        }
        // Anything not accounted for leaves the whole role to the editor.
        assert_eq!(role(&g, "Phó Chủ tịch phụ trách khối văn xã"), None);
        assert_eq!(role(&g, "Chủ tịch UBND tỉnh vùng cao"), None);
    }

    #[test]
    fn places_groups_outlets_units() {
        let g = Glossary::builtin();
        assert_eq!(place(&g, "Huyện Văn Lãng, tỉnh Lạng Sơn").as_deref(), Some("Văn Lãng district, Lạng Sơn province"));
        assert_eq!(place(&g, "Thành phố Cần Thơ").as_deref(), Some("Cần Thơ city"));
        assert_eq!(place(&g, "Quận 2, TP Hồ Chí Minh").as_deref(), Some("District 2, Hồ Chí Minh city"));
        assert_eq!(place(&g, "Cao Bằng").as_deref(), Some("Cao Bằng"));
        assert_eq!(place(&g, "[địa điểm]"), None);
        assert_eq!(group(&g, "Huyện ủy Văn Lãng").as_deref(), Some("Văn Lãng District Party Committee"));
        assert_eq!(group(&g, "Lãnh đạo UBND tỉnh").as_deref(), Some("Leaders of the Provincial People's Committee"));
        assert_eq!(outlet(&g, "Báo Lạng Sơn (LSO)").as_deref(), Some("Lạng Sơn Newspaper (LSO)"));
        assert_eq!(outlet(&g, "Chinhphu.vn").as_deref(), Some("Chinhphu.vn"));
        assert_eq!(outlet(&g, "[Tên báo]"), None);
        assert_eq!(unit(&g, "hộ").as_deref(), Some("households"));
        assert_eq!(unit(&g, "xã, phường, thị trấn").as_deref(), Some("communes, wards and townships"));
        assert_eq!(unit(&g, "triệu tấn").as_deref(), Some("million tonnes"));
        assert_eq!(unit(&g, "ngàn thành viên").as_deref(), Some("thousand members"));
        assert_eq!(role(&g, "Tổng cục trưởng Tổng cục Hải quan").as_deref(), Some("Director General of the General Department of Vietnam Customs"));
        assert_eq!(role(&g, "Chủ tịch EVN").as_deref(), Some("Chairman of EVN"));
        assert_eq!(per("người/năm").as_deref(), Some("person/year"));
        assert_eq!(phrase(&g, "Đảng viên").as_deref(), Some("Party members"));
        assert_eq!(phrase(&g, "Thu ngân sách năm 2020").as_deref(), Some("Budget revenue in 2020"));
        assert_eq!(setter(&g, "HĐND huyện giao").as_deref(), Some("set by the District People's Council"));
    }

    #[test]
    fn periods_and_deadlines() {
        let g = Glossary::builtin();
        for (vi, en) in [
            ("Năm 2020", "2020"),
            ("Tính đến hết tháng 10/2020", "To the end of October 2020"),
            ("6 tháng đầu năm 2017", "the first six months of 2017"),
            ("9 tháng đầu năm", "the first nine months of the year"),
            ("quý I/2025", "Q1 2025"),
            ("cùng kỳ năm 2016", "the same period of 2016"),
            ("cùng kỳ", "the same period"),
            ("giai đoạn 2021-2025", "the period 2021–2025"),
            ("Trong 6 tháng qua", "In the past six months"),
            ("trong năm 2020", "in 2020"),
        ] {
            assert_eq!(period(&g, vi).as_deref(), Some(en), "{vi}");
        }
        assert_eq!(deadline(&g, "đến hết năm 2024").as_deref(), Some("the end of 2024"));
        assert_eq!(deadline(&g, "năm 2025").as_deref(), Some("2025"));
        assert_eq!(deadline(&g, "trước ngày 31/12/2022").as_deref(), Some("31 December 2022"));
        assert_eq!(period(&g, "những năm gần đây"), None);
    }
}
