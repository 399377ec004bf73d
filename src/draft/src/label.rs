//! An indicator's label from the words around its figure: what comes before it ("tổng diện tích
//! gieo trồng của huyện đạt 5.755 ha"), or the unit and what follows it when the words before say
//! nothing of the figure ("toàn huyện có 29/47 trường học đạt chuẩn quốc gia"). Always the
//! article's own words, trimmed of verbs, qualifiers and the adverbials that open a sentence.

use super::text::{capitalise, lower};
use super::wording::ends_with_word;

/// Openings of a sentence that set the scene rather than name a figure, up to their comma.
const ADVERBIALS: [&str; 35] = [
    "đối với", "về ", "trong ", "tính đến", "năm ", "riêng", "đồng thời", "bên cạnh", "theo ", "qua ", "trên địa bàn",
    "đáng chú ý", "ngoài ra", "đến ", "từ ", "sau ", "tại ", "hiện nay", "tuy nhiên", "nhìn chung", "lĩnh vực",
    "cụ thể", "kết quả", "báo cáo", "6 tháng", "9 tháng", "trên cơ sở", "từ đó", "do đó", "vì vậy", "đến nay",
    "hiện tại", "tính chung", "như vậy", "nhờ đó",
];

/// Words that end the words before a figure without naming it: verbs, qualifiers, prepositions.
const TRAILING: [&str; 38] = [
    "ước đạt", "ước", "đạt", "được", "hiện có", "có tới", "tới", "có", "là", "hơn", "trên", "gần", "khoảng", "ít nhất",
    "tối thiểu", "từ", "lên", "còn", "chiếm", "bằng", "đã", "với", "đối với", "cho", "tăng", "giảm", "thêm",
    "mới đạt", "gồm", "trong đó có", "trong đó", "và", "tổng", "dưới", "tối đa", "không quá", "khi", "giảm còn",
];

/// Words that open a label without naming anything: the scope of a count, a connective.
const LEADING: [&str; 10] =
    ["trong đó có", "trong đó", "riêng", "toàn huyện", "toàn tỉnh", "toàn thị xã", "toàn đảng bộ", "đồng thời", "và", "có"];

/// Prepositions that, ending the words before a figure, mean the figure's noun follows it.
const POINTING: [&str; 6] = ["đối với", "cho", "của", "tại", "ở", "với"];

fn strip_words(mut s: &str, words: &[&str], end: bool) -> String {
    loop {
        let t = s.trim_matches(|c: char| c == ' ' || c == ',' || c == ':');
        let l = lower(t);
        // The longest that fits: "đối với" before "với".
        let hit = words.iter().filter(|w| {
            if end {
                l.ends_with(*w) && (l.len() == w.len() || l[..l.len() - w.len()].ends_with([' ', ',']))
            } else {
                l.starts_with(*w) && (l.len() == w.len() || l[w.len()..].starts_with([' ', ',']))
            }
        }).max_by_key(|w| w.len());
        match hit {
            Some(w) if end => s = &t[..t.len() - w.len()],
            Some(w) => s = &t[w.len()..],
            None => return t.to_owned(),
        }
    }
}

/// The words before the next figure without the verb, qualifier, preposition or attribute
/// ("4 vụ sạt lở chiều dài 210 m") that leads to it.
pub fn strip_trailing(s: &str) -> String {
    let mut t = strip_words(s, &TRAILING, true);
    loop {
        let next = strip_words(&strip_words(&strip_words(&t, &POINTING, true), &["ở", "tại", "trong", "đến"], true), &ATTRIBUTES, true);
        if next == t {
            return t;
        }
        t = strip_words(&next, &TRAILING, true);
    }
}

/// What a thing is measured by, in "X với quy mô 75,8 ha".
const ATTRIBUTES: [&str; 11] = [
    "quy mô", "diện tích", "tổng diện tích", "tổng vốn", "tổng vốn đầu tư", "tổng mức đầu tư", "vốn đầu tư", "công suất",
    "chiều dài", "kinh phí", "tổng kinh phí",
];

/// "khu đô thị mới tại Trại Mát, Phường 11 … với quy mô": the attribute of the thing named
/// before "với", as "Quy mô khu đô thị mới tại Trại Mát".
fn attribute_of(before: &str) -> Option<String> {
    let i = before.rfind(" với ")?;
    let attr = strip_words(&before[i + " với ".len()..], &TRAILING, true);
    if !ATTRIBUTES.contains(&lower(&attr).as_str()) {
        return None;
    }
    let head = before[..i].split(", ").next().unwrap_or("");
    let head = head.rfind(" là ").map_or(head, |j| &head[j + " là ".len()..]);
    let head = strip_words(drop_adverbials(head.trim()), &LEADING, false);
    (1..=8).contains(&words(&head)).then(|| format!("{attr} {head}"))
}

fn drop_adverbials(mut s: &str) -> &str {
    while let Some(comma) = s.find(", ") {
        let head = lower(&s[..comma]);
        let short = head.split(' ').count() <= 8;
        let setting = ADVERBIALS.iter().any(|a| head.starts_with(a)) || head.starts_with(|c: char| c.is_ascii_digit());
        if !(short && setting) {
            break;
        }
        s = &s[comma + 2..];
    }
    s
}

fn words(s: &str) -> usize {
    s.split(' ').filter(|w| !w.is_empty()).count()
}

/// The label from `before` (the clause's words before the figure), the figure's unit, and
/// `after` (the words that follow the unit).
pub fn label(before: &str, unit: Option<&str>, after: &str) -> String {
    label_after(false, before, unit, after)
}

/// As [`label`]; `after_figure` says `before` starts right after another figure of the clause,
/// so its first words are that figure's ("… 3 dự án đầu tư trong nước với tổng vốn đăng ký gần").
pub fn label_after(after_figure: bool, before: &str, unit: Option<&str>, after: &str) -> String {
    let chosen = label_core(after_figure, before, unit, after);
    let chosen = match unit {
        Some(u) => counted(chosen, before, u),
        None => chosen,
    };
    // "Riêng xã điểm Phùng Xá, đến nay đã có 16/19 tiêu chí", "Tại huyện Thanh Bình, … đã xảy
    // ra 4 vụ sạt lở": the figure is the named unit's.
    let opening = before.trim_start();
    let scoped = ["Riêng ", "riêng ", "Tại ", "tại "].iter().find_map(|p| opening.strip_prefix(p));
    if let Some((head, _)) = scoped.and_then(|r| r.split_once(", ")) {
        // A place or a unit by its name, not an occasion ("Tại buổi làm việc với Sở Y tế, …").
        let unit_word = ["huyện", "xã", "tỉnh", "thành phố", "tp", "quận", "thị xã", "phường", "thị trấn", "khu", "dự án", "trường", "công ty", "cục"]
            .iter()
            .any(|u| lower(head).starts_with(u));
        let named = (unit_word || head.starts_with(char::is_uppercase)) && head.split(' ').skip(1).any(|w| w.starts_with(char::is_uppercase));
        if named && words(head) <= 6 && !lower(&chosen).contains(&lower(head)) {
            return format!("{chosen} ({head})");
        }
    }
    chosen
}

/// A count's label when the words chosen are only its noun, or miss what the sentence says of it.
fn counted(chosen: String, before: &str, unit: &str) -> String {
    let (lu, lc) = (lower(unit), lower(&chosen));
    let b = lower(before.trim_end());
    // "Thủ tướng Chính phủ giao (153 nhiệm vụ)": the words before the parenthesis say which.
    if b.ends_with('(') {
        let which = label_core(false, before, None, "");
        let lw = lower(&which);
        if which != "Số liệu" && !lw.contains(&lu) && (2..=8).contains(&words(&which)) {
            // As written: the label's capital is only the first word's.
            let written = lower(before).find(&lw).map_or(which.as_str(), |i| &before[i..i + lw.len()]);
            return capitalise(&format!("{unit} {written}"));
        }
    }
    let only_noun = lc == lu;
    // "chỉ còn 24 nhiệm vụ": what remains.
    if only_noun && (b == "còn" || b.ends_with(" còn")) {
        return format!("{chosen} còn lại");
    }
    // "…, bình quân 38 học sinh/lớp": an average.
    if let Some(avg) = ["bình quân", "trung bình"].iter().find(|a| b.rsplit(", ").next() == Some(**a)) {
        return capitalise(&format!("{avg} {unit}"));
    }
    // "Về đội ngũ, trường có 1.978 người": the topic the sentence opens with names the count.
    if only_noun {
        let opening = lower(before.trim_start());
        if let Some(topic) = opening.strip_prefix("về ").and_then(|t| t.split_once(", ")).map(|t| t.0) {
            if (1..=4).contains(&words(topic)) {
                return capitalise(topic);
            }
        }
    }
    chosen
}

fn label_core(after_figure: bool, before: &str, unit: Option<&str>, after: &str) -> String {
    let mut before = drop_adverbials(before.trim().trim_end_matches('(').trim_end());
    // "Cao Bằng phấn đấu năm 2013 GDP tăng": the goal's subject and year are not its label.
    if let Some(i) = lower(before).find("phấn đấu ") {
        let mut rest = before[i + "phấn đấu ".len()..].trim_start();
        for lead in ["đến hết nhiệm kỳ ", "đến hết năm ", "đến năm ", "đến ngày ", "trước ngày ", "năm ", "trong năm "] {
            if let Some(r) = rest.strip_prefix(lead).or_else(|| rest.strip_prefix(&capitalise(lead))) {
                // The deadline's date or years ("2024", "31/1/2022", "2020-2025"): the target keeps it.
                let word = r.split(' ').next().unwrap_or("");
                if word.chars().any(|c| c.is_ascii_digit()) {
                    rest = r[word.len()..].trim_start_matches(',').trim_start();
                }
            }
        }
        if !rest.is_empty() {
            before = rest;
        }
    }
    // "Phó Chủ tịch UBND tỉnh X kiến nghị Trung ương hỗ trợ nguồn vốn": the speaker names nothing.
    let lb = lower(before);
    if let Some(i) = [" cho biết", " cho rằng", " kiến nghị", " đề nghị", " đề xuất", " khẳng định", " nhấn mạnh", " thông tin"]
        .iter()
        .filter_map(|v| lb.rfind(v).map(|i| (i, i + v.len())))
        .max()
    {
        // Only a long speaker ("Phó Chủ tịch UBND tỉnh X Nguyễn Văn A"): "Lãnh đạo huyện đề nghị
        // tỉnh bổ sung" is what the figure is.
        let (speaker, i) = i;
        let rest = before[i..].trim_start_matches([',', ':', ' ']);
        if rest.split(' ').filter(|w| !w.is_empty()).count() >= 2 && before[..speaker].split(' ').count() > 6 {
            before = drop_adverbials(rest);
        }
    }
    if let Some(l) = attribute_of(before) {
        return capitalise(&l);
    }
    if after_figure {
        if let Some(i) = before.rfind(" với ") {
            before = &before[i + " với ".len()..];
        } else if let Some(rest) = before.strip_prefix("với ").filter(|r| words(&strip_words(r, &TRAILING, true)) >= 2) {
            // "6.659 tỷ đồng với đạt sản lượng tiêu thụ khoảng 1,1 triệu tấn": what follows "với" names it.
            before = rest;
        } else if let Some(i) = before.find(", ") {
            before = &before[i + 2..];
        } else if unit.is_some() && !after.trim().is_empty() {
            before = "";
        }
    }
    let points_ahead = POINTING.iter().any(|p| lower(before.trim_end()).ends_with(&format!(" {p}")));
    // "…, có 11/17 chỉ tiêu": the words after the last comma name nothing; the unit will.
    let last_part = before.rsplit(", ").next().unwrap_or(before);
    let names_nothing = strip_words(&strip_words(last_part, &TRAILING, true), &LEADING, false).is_empty();
    let measure_unit = unit.is_some_and(|u| u.contains('/') || ["ha", "km", "m", "m2", "m3", "tấn"].contains(&lower(u).as_str()));
    let mut pre = if names_nothing && measure_unit && last_part.len() < before.len() {
        // "cơ chế giá điện hiện nay …, bằng khoảng 7,3 cent/kWh": a rate or an amount takes the
        // words before the comma; a count keeps its noun (below).
        let head = before[..before.len() - last_part.len()].trim_end().trim_end_matches(',');
        let prev = head.rsplit(", ").next().unwrap_or(head);
        let prev = strip_words(&strip_words(prev, &TRAILING, true), &LEADING, false);
        if (1..=12).contains(&words(&prev)) { prev } else { String::new() }
    } else if names_nothing {
        String::new()
    } else {
        strip_words(&strip_words(before, &TRAILING, true), &LEADING, false)
    };
    if words(&pre) > 12 {
        if let Some(i) = pre.rfind(", ") {
            pre = pre[i + 2..].to_owned();
        }
    }
    // The figures' reader gives the words after a figure already cut where they lead on.
    let post = after.trim_matches(|c: char| matches!(c, '…' | '.' | '(' | ')' | ' ')).to_owned();
    // "75,8 ha và dự án khu dân cư 5B": a new conjunct names another thing.
    let post = if ["và ", "còn ", "nhưng ", "trong khi "].iter().any(|c| lower(&post).starts_with(c)) { String::new() } else { post };
    let with_unit = unit.map(|u| if post.is_empty() { u.to_owned() } else { format!("{u} {post}") });
    // "… đã có 194 hợp tác xã", "đã xảy ra 4 vụ sạt lở": what is there is the counted noun.
    let mut b = lower(before.trim_end());
    for q in ["trên", "hơn", "gần", "khoảng", "tới", "ít nhất", "chừng"] {
        if let Some(x) = b.strip_suffix(q).filter(|x| x.is_empty() || x.ends_with(' ')) {
            b = x.trim_end().to_owned();
        }
    }
    let existential = ["có", "hiện có", "gồm", "xảy ra", "có tới", "còn"].iter().any(|w| b == *w || b.ends_with(&format!(" {w}")));
    // "có trên 49.000 ha đất canh tác": a measure names nothing; what follows it does.
    let measure = unit.is_some_and(|u| ["ha", "km", "m", "m2", "m3", "km2", "tấn", "triệu tấn", "nghìn tấn", "vạn tấn"].contains(&lower(u).as_str()));
    // "Đàn bò sữa toàn tỉnh hiện có trên 19.300 con": a classifier names nothing; the subject does.
    let classifier = unit.is_some_and(|u| {
        let u = lower(u);
        let u = ["nghìn ", "ngàn ", "triệu ", "vạn "].iter().find_map(|s| u.strip_prefix(s)).unwrap_or(&u).to_owned();
        ["con", "người", "lượt", "lượt người", "cái", "chiếc"].contains(&u.as_str())
    });
    let scope = ["toàn ", "trên ", "tại ", "huyện", "tỉnh", "xã", "thành phố", "thị xã", "trường", "đơn vị", "cả ", "hiện "]
        .iter()
        .any(|s| lower(&pre).starts_with(s));
    let chosen = match with_unit {
        _ if existential && classifier && post.is_empty() && words(&pre) >= 2 && !scope => pre.clone(),
        Some(_) if existential && measure && !post.is_empty() => post.clone(),
        Some(u) if existential => u,
        // "hành nghề mại dâm có hồ sơ quản lý ở 81 xã", "ảnh hưởng đến 227 hộ dân": the words
        // before and the noun after belong together.
        _ if (points_ahead || lower(last_part.trim_end()).ends_with(" đến")) && unit.is_some() && !measure
            && (2..=10).contains(&words(last_part.trim())) && !names_nothing =>
        {
            format!("{} {}", last_part.trim(), unit.unwrap_or(""))
        }
        // "sản lượng tiêu thụ khoảng 1,1 triệu tấn alumin quy đổi": a measure of the thing after it.
        Some(_) if measure && !post.is_empty() && !points_ahead && (2..=8).contains(&words(&pre)) => format!("{pre} {post}"),
        // "Bộ Chính trị đã thành lập 5 đoàn kiểm tra việc thực hiện …": what was set up is named
        // by its noun and words, not by who set it up.
        Some(u) if !post.is_empty() && ["thành lập", "tổ chức", "xây dựng", "ban hành", "mở"].iter().any(|v| ends_with_word(&lower(&pre), v)) => u,
        Some(u) if !post.is_empty() && (points_ahead || !(3..=12).contains(&words(&pre))) => u,
        _ if words(&pre) >= 1 => pre,
        Some(u) => u,
        None => "Số liệu".to_owned(),
    };
    capitalise(&chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_the_article_words() {
        let l = label("Đối với lĩnh vực kinh tế, tính đến hết tháng 10/2020, tổng diện tích gieo trồng của huyện đạt", Some("ha"), "");
        assert_eq!(l, "Tổng diện tích gieo trồng của huyện");
        assert_eq!(label("thu ngân sách đạt hơn", None, ""), "Thu ngân sách");
        assert_eq!(label("toàn huyện có", Some("trường học"), "đạt chuẩn quốc gia"), "Trường học đạt chuẩn quốc gia");
        assert_eq!(
            label("tập trung tổ chức thành công đại hội, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng đối với", Some("xã"), "đề nghị công nhận đạt chuẩn nông thôn mới năm 2020"),
            "Xã đề nghị công nhận đạt chuẩn nông thôn mới năm 2020"
        );
        assert_eq!(label("Toàn huyện trồng rừng mới được", Some("ha"), ""), "Trồng rừng mới");
        assert_eq!(label("Về thực hiện các nhiệm vụ của Chính phủ, Thủ tướng Chính phủ giao (", Some("nhiệm vụ"), ""), "Nhiệm vụ Thủ tướng Chính phủ giao");
        assert_eq!(label("EVN đã hoàn thành phần lớn, chỉ còn", Some("nhiệm vụ"), ""), "Nhiệm vụ còn lại");
        assert_eq!(label("tất cả đều học 2 buổi/ngày, bình quân", Some("học sinh/lớp"), ""), "Bình quân học sinh/lớp");
        assert_eq!(label("Về đội ngũ, trường có", Some("người"), ""), "Đội ngũ");
        assert_eq!(label("Riêng xã điểm Phùng Xá, đến nay đã có", Some("tiêu chí"), "đạt chuẩn NTM"), "Tiêu chí đạt chuẩn NTM (xã điểm Phùng Xá)");
        assert_eq!(label("Tại buổi làm việc với Sở Y tế, huyện đã có", Some("trạm"), "đạt chuẩn"), "Trạm đạt chuẩn");
        assert_eq!(label("năm 2017, Bộ Chính trị đã thành lập", Some("đoàn"), "kiểm tra việc thực hiện Kết luận này"), "Đoàn kiểm tra việc thực hiện Kết luận này");
        assert_eq!(label_after(false, "Tại huyện Thanh Bình, trong 4 tháng đầu năm 2017, đã xảy ra", Some("vụ"), "sạt lở"), "Vụ sạt lở (huyện Thanh Bình)");
        assert_eq!(label("trong đó có khu đô thị mới tại Trại Mát, Phường 11 với quy mô", Some("ha"), ""), "Quy mô khu đô thị mới tại Trại Mát");
        assert_eq!(label_after(true, " với đạt sản lượng tiêu thụ khoảng", Some("triệu tấn"), "alumin quy đổi"), "Đạt sản lượng tiêu thụ alumin quy đổi");
    }
}
