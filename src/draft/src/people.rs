//! Who took part: persons with their offices ("đồng chí NAME, ROLE, ROLE", "ông NAME - ROLE",
//! "ROLE ROLE NAME"), groups named without persons, and the side of each from the genre's cues
//! ("Tham gia đoàn công tác có", "Cùng dự có" for the delegation; "Về phía huyện", "Tiếp và làm việc
//! với đoàn có" for the host).

use report::format::Side;

use super::text::{capitalise, is_capitalised, lower, sentences};

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    /// As written, most senior first as the article lists them.
    pub roles: Vec<String>,
    pub side: Side,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub name: String,
    pub side: Side,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub groups: Vec<Group>,
}

/// Common Vietnamese family names: a name starts with one, so "Văn Lãng" or "Na Sầm" (places)
/// and the capitalised words of an office are not taken for persons.
const SURNAMES: [&str; 81] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Lâm", "Lương", "Nông", "Vi", "Hà", "Triệu", "Đoàn", "Trịnh", "Đinh", "Mai", "Tô", "Tạ",
    "Chu", "Cao", "Lưu", "Quách", "Thái", "Tăng", "La", "Hứa", "Kiều", "Mạc", "Lục", "Âu", "Đàm", "Tống",
    "Giáp", "Ninh", "Lò", "Vương", "Doãn", "Từ", "Khổng", "Tôn", "Nghiêm", "Lã", "Lại", "Diệp", "Bế", "Hầu",
    "Sầm", "Ma", "Mông", "Thân", "Bạch", "Phùng", "Kim", "Châu", "Quan", "Trương", "Đào", "Khúc", "Tiêu",
    "Thạch", "Phí", "Giàng", "Sùng", "Thào", "Mã", "Hán", "Lèo", "Nịnh", "Khuất", "Cù", "Nhữ",
];

/// Names that are not persons present ("tư tưởng Hồ Chí Minh", "Thành phố Hồ Chí Minh").
const NOT_PERSONS: [&str; 2] = ["Hồ Chí Minh", "Thái Bình Dương"];

/// How an office starts ("Phó Chủ tịch", "Ủy viên", "Bí thư"), compared without case.
const ROLE_HEADS: [&str; 26] = [
    "ủy viên", "uỷ viên", "bí thư", "phó ", "chủ tịch", "trưởng ", "giám đốc", "chủ nhiệm", "tỉnh ủy viên",
    "huyện ủy viên", "thành ủy viên", "thị ủy viên", "tổng ", "bộ trưởng", "thứ trưởng", "chánh ", "chính ủy",
    "tư lệnh", "đại tá", "thiếu tướng", "trung tướng", "thượng tướng", "chỉ huy", "thường trực", "đại biểu quốc hội",
    "hiệu trưởng",
];

/// Words after which an office has ended and the sentence goes on ("Bí thư Tỉnh ủy làm trưởng đoàn").
const ROLE_ENDS: [&str; 34] = [
    " làm ", " chủ trì", " phát biểu", " cho biết", " ghi nhận", " đề nghị", " nhấn mạnh", " yêu cầu",
    " chỉ đạo", " giải trình", " cơ bản", " báo cáo", " tham dự", " tiếp ", " đánh giá", " lưu ý", " kết luận",
    " đã ", " cùng ", " và các ", " và lãnh đạo", " với ", " tại ", " về ", " để ", " đang ", " sẽ ", " có ",
    " trao ", " thăm ", " khẳng định", " biểu dương", " kiến nghị", " thông tin",
];

/// A person named in `text`, where, and how the sentence offers them.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    name: String,
    start: usize,
    end: usize,
    roles: Vec<String>,
    /// "… làm trưởng đoàn": the head of the delegation.
    heads_delegation: bool,
}

/// Whether a paragraph lists participants (and belongs to no section).
pub fn is_participant_paragraph(p: &str) -> bool {
    side_cues(p).first().is_some_and(|&(at, _)| at == 0)
}

/// The side cues of a paragraph, with where each starts.
fn side_cues(p: &str) -> Vec<(usize, Side)> {
    const DELEGATION: [&str; 7] =
        ["Tham gia đoàn", "Cùng dự", "Cùng tham dự", "Tham dự", "Cùng đi", "Dự buổi làm việc", "Cùng làm việc với đoàn"];
    const HOST: [&str; 4] = ["Về phía", "Tiếp đoàn", "Tiếp và làm việc", "Đón tiếp đoàn"];
    let mut cues = Vec::new();
    for s in sentences(p) {
        let at = s.as_ptr() as usize - p.as_ptr() as usize;
        if DELEGATION.iter().any(|c| s.starts_with(c)) {
            cues.push((at, Side::Delegation));
        } else if HOST.iter().any(|c| s.starts_with(c)) {
            // "Về phía tỉnh" is the visitors' side; "Về phía huyện …" the host's.
            let provincial = ["Về phía tỉnh", "Về phía Bộ", "Về phía Trung ương"].iter().any(|c| s.starts_with(c));
            // "Về phía huyện, ông X đề nghị": a speaker, not a list of those present.
            // Nor "Về phía Bộ Nội vụ, Thứ trưởng X cũng cho rằng … EVN đã có …": a list says
            // "có" right after its side.
            let lists = s.find(" có ").is_some_and(|i| {
                let head = lower(&s[..i]);
                head.split(' ').count() <= 12
                    && !["cho rằng", "cho biết", "đề nghị", "nhấn mạnh", "khẳng định", "phát biểu", "báo cáo"].iter().any(|v| head.contains(v))
            });
            if lists {
                cues.push((at, if provincial { Side::Delegation } else { Side::Host }));
            }
        }
    }
    cues
}

/// Everyone the article names: from the lede (the delegation and whom it works with), the
/// participant paragraphs, then the rest of the text (speakers not listed before are `other`).
pub fn people(lede: &str, participant_paragraphs: &[&str], rest: &[&str]) -> People {
    let mut out = People::default();
    for s in sentences(lede) {
        for m in mentions(s) {
            let before = lower(&s[..m.start]);
            // "Chủ tịch UBND tỉnh A và Phó Chủ tịch B đã có buổi tiếp Đoàn công tác": the hosts.
            let after = lower(&s[m.end..]);
            let receives = [" tiếp đoàn", " buổi tiếp", " đón tiếp", " tiếp và làm việc"].iter().any(|c| after.split(',').next().unwrap_or("").contains(c))
                || [" tiếp đoàn", " buổi tiếp", " đón tiếp"].iter().any(|c| after.contains(c)) && !after.contains("làm trưởng đoàn");
            let side = if before.contains("làm việc với") || receives { Side::Host } else { Side::Delegation };
            add(&mut out, m, side);
        }
    }
    let host_in_lede = lede_host(lede);
    for p in participant_paragraphs {
        let cues = side_cues(p);
        for (k, &(at, side)) in cues.iter().enumerate() {
            let end = cues.get(k + 1).map_or(p.len(), |&(next, _)| next);
            list(&mut out, &p[at..end], side);
        }
    }
    if let Some(host) = &host_in_lede {
        out.groups.push(Group { name: capitalise(host), side: Side::Host });
    }
    for text in rest {
        for s in sentences(text) {
            for m in mentions(s) {
                let side = if speaks_for(&s[..m.start], host_in_lede.as_deref()) { Side::Host } else { Side::Other };
                add(&mut out, m, side);
            }
        }
    }
    out
}

/// Offices of the central government: a session with one of them is a central delegation's
/// visit ("Phó Thủ tướng", "Thứ trưởng Bộ Công Thương", "Tổng cục trưởng Tổng cục Hải quan").
const CENTRAL: [&str; 12] = [
    "bộ trưởng", "thứ trưởng", "thủ tướng", "chính phủ", "quốc gia", "tổng cục", "tổng bí thư", "tổ công tác", "ubqg",
    "bộ y tế", "bộ công", "bộ gd",
];

/// Offices of a province, city, district or of the unit visited (a school, a group).
const LOCAL: [&str; 14] = [
    "tỉnh", "thành phố", "tp ", "huyện", "quận", "ubnd", "hđnd", "hiệu trưởng", "giám đốc", "tỉnh ủy", "thành ủy",
    "huyện ủy", "sở ", "ban chỉ đạo",
];

/// On a central delegation's visit, a person first named in the body is on its side when their
/// office is central, and on the host's when it is the province's or the unit's; so is a local
/// official listed with the delegation ("Tham dự … có ông X, Phó chủ tịch UBND tỉnh"). Returns
/// the names whose side is a guess worth reviewing: by level of government, or overruling the
/// side the text listed them on.
pub fn settle_sides(p: &mut People) -> Vec<String> {
    let is = |roles: &[String], words: &[&str]| roles.iter().any(|r| {
        let r = format!("{} ", lower(r));
        words.iter().any(|w| r.contains(w))
    });
    let central_visit = p.persons.iter().any(|x| is(&x.roles, &CENTRAL) && !is(&x.roles, &LOCAL));
    let mut settled = Vec::new();
    if !central_visit {
        // A province's or a city's delegation at a district: a speaker first named in the body
        // whose office is at the delegation's level is on its side, one below it the host's.
        let visiting = p.persons.iter().filter(|x| x.side == Side::Delegation).filter_map(|x| level(&x.roles)).max();
        for x in p.persons.iter_mut().filter(|x| x.side == Side::Other) {
            let side = match (level(&x.roles), visiting) {
                (Some(l), Some(v)) if l == v => Side::Delegation,
                (Some(l), Some(v)) if l < v => Side::Host,
                _ => continue,
            };
            x.side = side;
            settled.push(x.name.clone());
        }
        return settled;
    }
    for x in &mut p.persons {
        let (c, l) = (is(&x.roles, &CENTRAL), is(&x.roles, &LOCAL));
        let side = match (c, l) {
            (true, false) if x.side == Side::Other => Side::Delegation,
            (false, true) => Side::Host,
            _ => x.side,
        };
        // A central office on a central visit, a local one as host, are the genre's rule; only
        // a side the text stated and the office overrules is worth a second look.
        if side != x.side && x.side != Side::Other {
            settled.push(x.name.clone());
        }
        x.side = side;
    }
    settled
}

/// The level of government of a person's offices: 2 a province or a city under the centre, 1 a
/// district, 0 a commune.
fn level(roles: &[String]) -> Option<u8> {
    roles
        .iter()
        .filter_map(|r| {
            let r = format!(" {} ", lower(r));
            if [" tỉnh", " thành phố", " tp ", "tỉnh ủy", "thành ủy"].iter().any(|w| r.contains(w)) {
                Some(2)
            } else if [" huyện", " quận", " thị xã", "huyện ủy", "quận ủy", "thị ủy"].iter().any(|w| r.contains(w)) {
                Some(1)
            } else if [" xã ", " phường", " thị trấn"].iter().any(|w| r.contains(w)) {
                Some(0)
            } else {
                None
            }
        })
        .max()
}

/// One side's list: "… có đồng chí A, ROLE; đồng chí B, ROLE; lãnh đạo các sở, ngành liên quan."
fn list(out: &mut People, text: &str, side: Side) {
    let body = match text.find(" có ") {
        Some(i) => &text[i + " có ".len()..],
        None => text,
    };
    let body = body.strip_prefix("các đồng chí:").unwrap_or(body);
    for item in body.trim_end_matches('.').split(';') {
        for part in split_groups(item) {
            let ms = mentions(part);
            if ms.is_empty() {
                let name = part.trim().trim_end_matches('.').trim();
                if name.split(' ').count() >= 2 && !name.starts_with("các đồng chí:") {
                    out.groups.push(Group { name: capitalise(name), side });
                }
            }
            for m in ms {
                add(out, m, side);
            }
        }
    }
}

/// An item split where a group follows a person or another group: "… cùng lãnh đạo các sở",
/// "… và các đồng chí thành viên đoàn", "lãnh đạo các ban … và lãnh đạo các sở …".
fn split_groups(item: &str) -> Vec<&str> {
    const JOINS: [&str; 8] = [
        " cùng lãnh đạo", " cùng các ", " cùng đại diện", " và lãnh đạo", " và các đồng chí", " cùng đại biểu",
        " và đại diện", " cùng toàn thể",
    ];
    let mut parts = Vec::new();
    let mut rest = item;
    while let Some((i, j)) = JOINS.iter().filter_map(|j| rest.find(j).map(|i| (i, j))).min() {
        parts.push(&rest[..i]);
        let join_word = if j.starts_with(" cùng") { " cùng " } else { " và " };
        rest = &rest[i + join_word.len()..];
    }
    parts.push(rest);
    parts
}

/// Academic titles written before a name.
const ACADEMIC: [&str; 10] = ["GS.TS", "PGS.TS", "GS.TSKH", "PGS.TSKH", "TS.", "TS", "ThS.", "ThS", "PGS", "GS"];

/// "Thay mặt Ban cán sự Đảng Bộ, Bí thư, Bộ trưởng X": a person speaking for the body the lede
/// says the delegation works with is its host, whatever their office's level.
fn speaks_for(before: &str, host: Option<&str>) -> bool {
    let Some(host) = host.map(lower) else { return false };
    let l = lower(before);
    let Some(i) = ["thay mặt ", "đại diện cho ", "đại diện "].iter().filter_map(|c| l.rfind(c).map(|i| i + c.len())).max() else { return false };
    let body = l[i..].split(',').next().unwrap_or("").trim();
    body.split(' ').count() >= 2 && host.starts_with(body)
}

/// "… làm việc với Huyện ủy Văn Lãng về …": the body the delegation visits.
fn lede_host(lede: &str) -> Option<String> {
    let i = lede.find("làm việc với ")? + "làm việc với ".len();
    let rest = &lede[i..];
    let end = [" về ", " để ", ",", ".", " nhằm "].iter().filter_map(|e| rest.find(e)).min().unwrap_or(rest.len());
    let host = rest[..end].trim();
    (host.split(' ').count() >= 2 && is_capitalised(host)).then(|| host.to_owned())
}

fn add(out: &mut People, m: Mention, side: Side) {
    let mut roles = m.roles;
    if m.heads_delegation {
        roles.push("Trưởng đoàn".to_owned());
    }
    // "Phó chủ tịch UBND tỉnh Lâm Đồng Phạm S": a place's name before a person already named.
    let name = match out.persons.iter().find(|p| m.name.ends_with(&format!(" {}", p.name))) {
        Some(p) => p.name.clone(),
        None => m.name,
    };
    match out.persons.iter_mut().find(|p| p.name == name) {
        Some(p) => {
            for r in roles {
                if !p.roles.iter().any(|q| lower(q) == lower(&r)) {
                    p.roles.push(r);
                }
            }
        }
        None => {
            let mut unique: Vec<String> = Vec::new();
            for r in roles {
                if !unique.iter().any(|q| lower(q) == lower(&r)) {
                    unique.push(r);
                }
            }
            out.persons.push(Person { name, roles: unique, side });
        }
    }
}

/// The persons named in one sentence, with the offices written next to each. A name without a
/// title ("đồng chí", "ông", "bà") and without an office is not taken: it may be a place.
fn mentions(s: &str) -> Vec<Mention> {
    let words: Vec<(usize, &str)> = s.split(' ').scan(0usize, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    }).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // A run of capitalised words, ended by punctuation or a lower-case word.
        let start = k;
        while k < words.len() && is_capitalised(words[k].1) && words[k].1.chars().all(char::is_alphabetic) {
            k += 1;
        }
        let mut end = k;
        // The last word of the run may carry punctuation ("Thanh," "Khoa;").
        if k < words.len() && is_capitalised(words[k].1) {
            let core = words[k].1.trim_end_matches(|c: char| !c.is_alphabetic());
            if !core.is_empty() && core.chars().all(char::is_alphabetic) {
                end = k + 1;
            }
        }
        if end == start {
            k += 1;
            continue;
        }
        let run: Vec<&str> = words[start..end]
            .iter()
            .map(|(_, w)| w.trim_end_matches(|c: char| !c.is_alphabetic()))
            .collect();
        k = end.max(start + 1);
        // "bà Yoonhee Kim": after "ông" or "bà", a foreign name has no Vietnamese family name.
        let foreign = {
            let b = lower(s[..words[start].0].trim_end());
            (b.ends_with(" ông") || b.ends_with(" bà") || b == "ông" || b == "bà")
                && (2..=3).contains(&run.len())
                && role_head_at(&run.join(" ")).is_none()
                && !SURNAMES.contains(&run[0])
        };
        let Some(first) = (0..run.len()).find(|&i| SURNAMES.contains(&run[i]) && (3..=4).contains(&(run.len() - i)))
            .or_else(|| (0..run.len()).find(|&i| SURNAMES.contains(&run[i]) && run.len() - i == 2))
            .or_else(|| foreign.then_some(0))
        else {
            continue;
        };
        let name = run[first..].join(" ");
        if NOT_PERSONS.contains(&name.as_str()) {
            continue;
        }
        let name_start = words[start + first].0;
        // "xã Nguyễn Huệ", "đường Lê Lợi": a place named after a person.
        // Not "Chủ tịch UBND tỉnh Võ Tấn Lực", "Bí thư Đảng ủy xã Lê Văn A": an office's body.
        let lb = lower(s[..name_start].trim_end());
        let mut back = lb.rsplit(' ');
        let place_word = back.next().is_some_and(|w| {
            ["xã", "phường", "thị trấn", "huyện", "quận", "tỉnh", "thôn", "ấp", "bản", "đường", "phố", "trường", "cầu"].contains(&w)
        }) && back.next().is_none_or(|w| !["ubnd", "hđnd", "ủy", "uỷ", "ủy ban", "bí thư", "chủ tịch", "viên"].iter().any(|r| w.ends_with(r)));
        if place_word {
            continue;
        }
        let last = words[end - 1];
        let name_end = last.0 + last.1.trim_end_matches(|c: char| !c.is_alphabetic()).len();
        let before = &s[..name_start];
        let titled = ["đồng chí", "ông", "bà", "các đồng chí:"].iter().any(|t| lower(before.trim_end()).ends_with(t));
        let mut roles = if titled { titled_roles(before) } else { roles_before(before) };
        // "Đại diện cho Bộ Tài chính, Thứ trưởng X", "Về phía Bộ Nội vụ, Thứ trưởng X": a bare
        // office of the body represented.
        if let [only] = roles.as_mut_slice() {
            let bare = ["thứ trưởng", "bộ trưởng", "chủ tịch", "phó chủ tịch", "giám đốc", "tổng giám đốc", "hiệu trưởng"].contains(&lower(only).as_str());
            let l = lower(before);
            let cue = ["đại diện", "về phía", "thay mặt"].iter().filter_map(|c| l.rfind(c).map(|i| (i, c.len()))).max();
            if let Some((i, n)) = bare.then_some(cue).flatten() {
                let org = before[i + n..].trim_start().trim_start_matches("cho ").trim_start();
                if let Some(org) = org.split(',').next().map(str::trim).filter(|o| is_capitalised(o) && o.split(' ').count() <= 8) {
                    *only = format!("{only} {org}");
                }
            }
        }
        // "PGS.TS Hà Thanh Toàn": an academic title written before the name is one of the roles.
        let title = before.trim_end().rsplit(' ').next().unwrap_or("");
        if ACADEMIC.contains(&title) && !roles.iter().any(|r| r == title) {
            roles.insert(0, title.to_owned());
        }
        let (after, heads) = roles_after(&s[name_end..]);
        roles.extend(after);
        if !titled && (run.len() - first == 2 || roles.is_empty()) {
            continue;
        }
        out.push(Mention { name, start: name_start, end: name_end, roles, heads_delegation: heads });
    }
    out
}

fn role_head_at(text: &str) -> Option<usize> {
    let l = lower(text);
    let mut best: Option<usize> = None;
    for h in ROLE_HEADS {
        for (i, _) in l.match_indices(h) {
            let word_start = i == 0 || l[..i].ends_with(' ');
            let capital = text.get(i..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase);
            if word_start && capital {
                best = Some(best.map_or(i, |b| b.min(i)));
                break;
            }
        }
    }
    best
}

/// The office before a title ("Chủ tịch EVN, ông Dương Quang Thành", "cô Đinh Thị Thảo" has none).
fn titled_roles(before: &str) -> Vec<String> {
    let t = before.trim_end();
    let l = lower(t);
    let Some(cut) = ["đồng chí", "ông", "bà"].iter().find(|w| l.ends_with(*w)).map(|w| t.len() - w.len()) else {
        return Vec::new();
    };
    let head = t[..cut].trim_end();
    let Some(head) = head.strip_suffix(',') else { return Vec::new() };
    let part = head.rsplit([',', '.', ';', ':']).next().unwrap_or(head).trim();
    match role_head_at(part) {
        Some(0) if part.split(' ').count() <= 10 => vec![part.to_owned()],
        _ => Vec::new(),
    }
}

/// Offices written before the name ("Phó chủ tịch UBND tỉnh Võ Tấn Lực").
fn roles_before(before: &str) -> Vec<String> {
    let clause = before.rsplit([';', ':', '(']).next().unwrap_or(before);
    let parts: Vec<&str> = clause.split(',').collect();
    let mut roles = Vec::new();
    for (n, part) in parts.iter().rev().enumerate() {
        let Some(i) = role_head_at(part) else { break };
        let lead = lower(part[..i].trim());
        let cue = lead.is_empty() || ["có", "do", "gồm", "là", "đồng chí", "ông", "bà", "theo"].iter().any(|c| lead.ends_with(c));
        if !cue {
            break;
        }
        let mut role = part[i..].trim();
        // "Chủ tịch UBND tỉnh A và Phó Chủ tịch UBND tỉnh B": the office next to B only.
        if let Some(j) = role.rfind(" và ") {
            let next = &role[j + " và ".len()..];
            if role_head_at(next) == Some(0) {
                role = next;
            }
        }
        if role.is_empty() || (n == 0 && !part.ends_with(' ')) {
            break;
        }
        roles.insert(0, role.to_owned());
        if !lead.is_empty() {
            break;
        }
    }
    roles
}

/// Offices written after the name ("NAME, ROLE, ROLE làm trưởng đoàn", "NAME - ROLE, ROLE"), and
/// whether the person heads the delegation.
fn roles_after(after: &str) -> (Vec<String>, bool) {
    let heads = |t: &str| lower(t).trim_start().starts_with("làm trưởng đoàn");
    let list = if let Some(r) = after.strip_prefix(',') {
        r
    } else if let Some(r) = after.strip_prefix(" - ").or_else(|| after.strip_prefix(" – ")) {
        r
    } else {
        return (Vec::new(), heads(after));
    };
    let end = list.find([';', '(', ':']).unwrap_or(list.len());
    let mut roles = Vec::new();
    let mut heads_delegation = false;
    for part in list[..end].split(',') {
        let part = part.trim();
        if !is_capitalised(part) {
            break;
        }
        let padded = format!("{part} ");
        let cut = ROLE_ENDS.iter().filter_map(|e| padded.find(e)).min();
        let role = match cut {
            Some(i) => padded[..i].trim(),
            None => part.trim_end_matches('.'),
        };
        let role = role.trim_end_matches(['-', '–']).trim();
        if !role.is_empty() {
            roles.push(role.to_owned());
        }
        if let Some(i) = cut {
            heads_delegation = heads(&padded[i..]);
            break;
        }
    }
    (roles, heads_delegation)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(p: &People) -> Vec<(String, Vec<String>, Side)> {
        p.persons.iter().map(|p| (p.name.clone(), p.roles.clone(), p.side)).collect()
    }

    #[test]
    fn a_bare_office_takes_the_body_spoken_for() {
        let said = "Về phía Bộ Nội vụ, Thứ trưởng Nguyễn Trọng Thừa cũng cho rằng EVN đã có kế hoạch.";
        assert!(!is_participant_paragraph(said), "a speaker, not a list");
        assert!(is_participant_paragraph("Về phía huyện có đồng chí Nguyễn Văn A, Bí thư Huyện ủy."));
        let p = people("", &[], &[said]);
        assert_eq!(named(&p), [("Nguyễn Trọng Thừa".into(), vec!["Thứ trưởng Bộ Nội vụ".into()], Side::Other)]);
    }

    #[test]
    fn the_host_speaks_for_the_body_visited_and_titles_are_roles() {
        let p = people(
            "Chiều 15/5, Đoàn kiểm tra do Phó Thủ tướng Trương Hòa Bình làm Trưởng đoàn, đã làm việc với Ban cán sự Đảng Bộ Khoa học và Công nghệ.",
            &[],
            &["Thay mặt Ban cán sự Đảng Bộ, Bí thư, Bộ trưởng Chu Ngọc Anh cho rằng đây là cơ hội. Theo báo cáo của PGS.TS Hà Thanh Toàn - Hiệu trưởng Trường ĐH Cần Thơ, trường có 40 đơn vị."],
        );
        let named = named(&p);
        assert_eq!(named[1], ("Chu Ngọc Anh".into(), vec!["Bí thư".into(), "Bộ trưởng".into()], Side::Host));
        assert_eq!(named[2].1, ["PGS.TS", "Hiệu trưởng Trường ĐH Cần Thơ"]);
    }

    #[test]
    fn a_commune_named_after_a_person_is_no_person() {
        let p = people("Đoàn làm việc tại xã Nguyễn Văn Trỗi, Chủ tịch UBND xã báo cáo.", &[], &["Bí thư Huyện ủy thăm đường Lê Lợi, Phó Chủ tịch UBND huyện đi cùng."]);
        assert!(p.persons.is_empty(), "{:?}", p.persons);
    }

    #[test]
    fn name_then_roles() {
        let p = people(
            "Hôm nay (3/11), Đoàn công tác của Thường trực Tỉnh ủy do đồng chí Lâm Thị Phương Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy làm trưởng đoàn làm việc với Huyện ủy Văn Lãng về tình hình.",
            &["Tham gia đoàn công tác có đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; lãnh đạo các ban xây dựng Đảng và lãnh đạo các sở, ngành liên quan."],
            &[],
        );
        assert_eq!(
            named(&p),
            [
                ("Lâm Thị Phương Thanh".into(), vec!["Ủy viên Trung ương Đảng".into(), "Bí thư Tỉnh ủy".into(), "Trưởng đoàn".into()], Side::Delegation),
                ("Hồ Tiến Thiệu".into(), vec!["Phó Bí thư Tỉnh ủy".into(), "Chủ tịch UBND tỉnh".into()], Side::Delegation),
            ]
        );
        let groups: Vec<&str> = p.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(groups, ["Lãnh đạo các ban xây dựng Đảng", "Lãnh đạo các sở, ngành liên quan", "Huyện ủy Văn Lãng"]);
    }

    #[test]
    fn roles_then_name_and_sides() {
        let p = people(
            "Chiều 11-7, đoàn công tác do Phó bí thư Thường trực Tỉnh ủy Phạm Thị Ngọc Diệp làm trưởng đoàn đã làm việc.",
            &["Cùng dự có Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy Nguyễn Hữu Phước; Phó chủ tịch UBND tỉnh Võ Tấn Lực cùng lãnh đạo các sở. Tiếp và làm việc với đoàn có Bí thư Huyện ủy Cẩm Mỹ Huỳnh Văn Thạnh; Phó bí thư Huyện ủy, Chủ tịch UBND huyện Đặng Minh Khoa cùng các đồng chí trong Ban Thường vụ Huyện ủy."],
            &["Ông Lý Minh Khang - Giám đốc Công ty TNHH Thủy sản Hải Vân cho biết, xã Hoa Thám đạt chuẩn."],
        );
        assert_eq!(
            named(&p),
            [
                ("Phạm Thị Ngọc Diệp".into(), vec!["Phó bí thư Thường trực Tỉnh ủy".into(), "Trưởng đoàn".into()], Side::Delegation),
                ("Nguyễn Hữu Phước".into(), vec!["Ủy viên Ban Thường vụ Tỉnh ủy".into(), "Trưởng ban Tuyên giáo Tỉnh ủy".into()], Side::Delegation),
                ("Võ Tấn Lực".into(), vec!["Phó chủ tịch UBND tỉnh".into()], Side::Delegation),
                ("Huỳnh Văn Thạnh".into(), vec!["Bí thư Huyện ủy Cẩm Mỹ".into()], Side::Host),
                ("Đặng Minh Khoa".into(), vec!["Phó bí thư Huyện ủy".into(), "Chủ tịch UBND huyện".into()], Side::Host),
                ("Lý Minh Khang".into(), vec!["Giám đốc Công ty TNHH Thủy sản Hải Vân".into()], Side::Other),
            ]
        );
    }
}
