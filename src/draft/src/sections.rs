//! The body cut into the genre's sections by their opening phrases (xây dựng Đảng, triển khai nghị
//! quyết, kinh tế, văn hóa – xã hội, thảo luận, đề nghị, kết luận, chỉ đạo), with enumerations after
//! ":" and ";" in discussions, proposals and directions turned into items.

use report::format::SectionKind;

use super::layout::Block;
use super::speech::speech;
use super::text::{lower, sentences};

#[derive(Debug, Clone, PartialEq)]
pub struct DraftSection {
    pub kind: SectionKind,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
    /// The sentences the section holds, as written, one list per paragraph (or part of one):
    /// where its figures and their periods are looked for.
    pub sources: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Caption {
    pub text: String,
    /// Index of the section the photo follows, if any came before it.
    pub after_section: Option<usize>,
}

pub fn title(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::PartyBuilding => "Xây dựng Đảng",
        SectionKind::ResolutionImplementation => "Triển khai nghị quyết",
        SectionKind::Economy => "Kinh tế",
        SectionKind::CultureSociety => "Văn hóa – xã hội",
        SectionKind::Discussion => "Thảo luận",
        SectionKind::ProposedTasks => "Đề nghị, kiến nghị",
        SectionKind::Conclusion => "Kết luận",
        SectionKind::Directives => "Chỉ đạo, nhiệm vụ",
        SectionKind::Other => "Tình hình chung",
    }
}

pub fn id(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::PartyBuilding => "party-building",
        SectionKind::ResolutionImplementation => "resolution-implementation",
        SectionKind::Economy => "economy",
        SectionKind::CultureSociety => "culture-society",
        SectionKind::Discussion => "discussion",
        SectionKind::ProposedTasks => "proposed-tasks",
        SectionKind::Conclusion => "conclusion",
        SectionKind::Directives => "directives",
        SectionKind::Other => "overview",
    }
}

/// What a paragraph's first sentence says it is about; `None` continues the section before.
/// The speech acts (conclusion, directions, discussion, proposals) are known by how the
/// sentence opens; a topic by the earliest of its cue words anywhere in the sentence.
fn classify(sentence: &str) -> Option<SectionKind> {
    use SectionKind::*;
    let s = lower(sentence);
    let starts = |cues: &[&str]| cues.iter().any(|c| s.starts_with(c));
    let has = |cues: &[&str]| cues.iter().any(|c| s.contains(c));
    if starts(&["kết luận", "phát biểu kết luận", "kết thúc buổi làm việc"]) {
        return Some(Conclusion);
    }
    if starts(&["về nhiệm vụ", "về phương hướng", "chỉ đạo", "đồng chí chỉ đạo", "đồng chí yêu cầu"]) {
        return Some(Directives);
    }
    if let Some(kind) = speech(&s) {
        return Some(kind);
    }
    // "Theo Phó Chủ tịch HĐND TP …, việc …", "Theo lãnh đạo các Sở …": a participant's view, said
    // in the session; "Theo báo cáo", "Theo kế hoạch" are sources, not speakers.
    let opening: String = s.split(' ').take(6).collect::<Vec<_>>().join(" ");
    if s.starts_with("theo ") && (opening.contains("lãnh đạo") || super::speech::LEADERS.iter().any(|l| opening.contains(l))) {
        return Some(Discussion);
    }
    if starts(&["thảo luận", "các đại biểu", "tại buổi làm việc, các đại biểu", "góp ý", "ý kiến", "phát biểu tại buổi"]) {
        return Some(Discussion);
    }
    if starts(&["đồng thời đề nghị", "đề nghị", "kiến nghị"])
        || (starts(&["tại buổi làm việc", "tại buổi", "về phía"]) && has(&["đề nghị", "kiến nghị"]))
    {
        return Some(ProposedTasks);
    }
    if starts(&["tuy nhiên", "bên cạnh đó", "bên cạnh ưu điểm", "bên cạnh những kết quả"]) {
        return None;
    }
    if starts(&["triển khai thực hiện nghị quyết", "triển khai nghị quyết", "thực hiện nghị quyết", "quán triệt"]) {
        return Some(ResolutionImplementation);
    }
    let topics: [(SectionKind, &[&str]); 3] = [
        (PartyBuilding, &["xây dựng đảng", "kiểm tra, giám sát", "kỷ luật đảng", "tổ chức cơ sở đảng", "kết nạp", "đảng viên"]),
        (CultureSociety, &[
            "văn hóa", "an sinh", "giáo dục", "y tế", "hộ nghèo", "giảm nghèo", "xã hội", "ma túy", "mại dâm", "an ninh",
            "trật tự", "tai nạn giao thông", "đào tạo",
        ]),
        (Economy, &[
            "kinh tế", "giá trị sản xuất", "thu ngân sách", "đầu tư", "sản xuất", "nông thôn mới", "doanh nghiệp",
            "xuất khẩu", "giải ngân", "diện tích", "sản lượng", "doanh thu", "lợi nhuận", "tăng trưởng", "grdp", "gdp",
        ]),
    ];
    // "kinh tế - xã hội" is the economy's cue, not society's.
    let s = s.replace("kinh tế - xã hội", "kinh tế").replace("kinh tế – xã hội", "kinh tế");
    topics
        .iter()
        .filter_map(|(kind, cues)| cues.iter().filter_map(|c| s.find(c)).min().map(|at| (at, *kind)))
        .min_by_key(|&(at, _)| at)
        .map(|(_, kind)| kind)
}

/// After a conclusion, the sentence where the directions begin ("Đồng chí yêu cầu …").
fn starts_directions(sentence: &str) -> bool {
    let opening: String = format!("{} ", lower(sentence).split(' ').take(12).collect::<Vec<_>>().join(" "));
    ["yêu cầu", "đề nghị", "chỉ đạo", " giao ", "lưu ý", "nhắc nhở", "nhấn mạnh", "cần tập trung", " cần "].iter().any(|c| opening.contains(c))
}

/// The body as sections and photo captions, in reading order.
pub fn sections(body: &[&Block]) -> (Vec<DraftSection>, Vec<Caption>) {
    let mut out: Vec<DraftSection> = Vec::new();
    let mut captions = Vec::new();
    for block in body {
        let p = match block {
            Block::Caption(c) => {
                captions.push(Caption { text: c.clone(), after_section: out.len().checked_sub(1) });
                continue;
            }
            Block::Paragraph(p) => p,
        };
        let all = sentences(p);
        let kind = all.first().and_then(|s| classify(s));
        let current = out.last().map(|s| s.kind);
        // "Theo báo cáo của …", "Báo cáo với …" after the speakers: the report again, not more
        // of what they said.
        let reports = ["Theo báo cáo", "Báo cáo", "Theo số liệu"].iter().any(|o| p.starts_with(o));
        let speaking = current.is_some_and(|k| matches!(k, SectionKind::Conclusion | SectionKind::Directives | SectionKind::Discussion | SectionKind::ProposedTasks));
        let kind = if kind.is_none() && reports && speaking { Some(SectionKind::Other) } else { kind };
        // After the leader's conclusions or directions, a topic ("an ninh … xã hội được giữ
        // vững") is more of what the leader said, not the report again.
        let closing = current.is_some_and(|k| matches!(k, SectionKind::Conclusion | SectionKind::Directives));
        let topic = kind.is_some_and(|k| matches!(k, SectionKind::PartyBuilding | SectionKind::Economy | SectionKind::CultureSociety | SectionKind::ResolutionImplementation));
        // A paragraph of figures is the report again: leaders' words have few numbers.
        let figures = all.first().is_some_and(|f| f.chars().any(|c| c.is_ascii_digit()));
        let kind = if closing && topic && !reports && !figures { None } else { kind };
        // Within the leader's words, "lắng nghe các ý kiến, kiến nghị" is no proposal: only the
        // host's own ("UBND tỉnh kiến nghị …", "Lãnh đạo tỉnh đề xuất …") is.
        let host_speaks = all.first().is_some_and(|f| {
            let head: String = lower(f).split(' ').take(12).collect::<Vec<_>>().join(" ");
            ["tỉnh", "huyện", "địa phương", "ubnd", "doanh nghiệp", "tập đoàn", "sở ", "trường", "thành phố"].iter().any(|h| head.contains(h))
        });
        let kind = if closing && kind == Some(SectionKind::ProposedTasks) && !host_speaks { None } else { kind };
        let kind = kind.or(current).unwrap_or(SectionKind::Other);
        // Directions often follow the conclusion inside its paragraph.
        let split = if kind == SectionKind::Conclusion {
            all.iter().skip(1).position(|s| starts_directions(s)).map(|i| i + 1)
        } else {
            None
        };
        let (first, second) = all.split_at(split.unwrap_or(all.len()));
        push(&mut out, kind, first);
        if !second.is_empty() {
            push(&mut out, SectionKind::Directives, second);
        }
    }
    session_speakers(&mut out);
    (out, captions)
}

/// "Tại buổi làm việc, Thứ trưởng … nhấn mạnh: …" before the session's conclusion: a delegation
/// member's contribution to the discussion; the directions are what the conclusion gives.
fn session_speakers(out: &mut Vec<DraftSection>) {
    let Some(conclusion) = out.iter().position(|s| s.kind == SectionKind::Conclusion) else { return };
    for section in &mut out[..conclusion] {
        let opens = section.sources.first().and_then(|p| p.first()).is_some_and(|s| lower(s).starts_with("tại buổi làm việc"));
        if section.kind == SectionKind::Directives && opens {
            section.kind = SectionKind::Discussion;
        }
    }
    // Two discussions side by side are one.
    let mut merged: Vec<DraftSection> = Vec::with_capacity(out.len());
    for section in out.drain(..) {
        match merged.last_mut() {
            Some(last) if last.kind == section.kind => {
                // Once a section has items, later text stays items too (see `push`).
                if last.items.is_empty() {
                    last.paragraphs.extend(section.paragraphs);
                } else {
                    last.items.extend(section.paragraphs);
                }
                last.items.extend(section.items);
                last.sources.extend(section.sources);
            }
            _ => merged.push(section),
        }
    }
    *out = merged;
}

fn push(out: &mut Vec<DraftSection>, kind: SectionKind, sentences: &[&str]) {
    if out.last().is_none_or(|s| s.kind != kind) {
        out.push(DraftSection { kind, paragraphs: Vec::new(), items: Vec::new(), sources: Vec::new() });
    }
    let section = out.last_mut().expect("pushed above");
    section.sources.push(sentences.iter().map(|s| s.to_string()).collect());
    let enumerates = matches!(kind, SectionKind::Discussion | SectionKind::ProposedTasks | SectionKind::Directives);
    // Items are shown after the paragraphs: once a section has items, later text stays items too,
    // so nothing is read out of order.
    if enumerates || !section.items.is_empty() {
        if let Some((lead, items)) = enumeration(sentences) {
            if !lead.is_empty() && section.items.is_empty() {
                section.paragraphs.push(lead);
            } else if !lead.is_empty() {
                section.items.push(lead);
            }
            section.items.extend(items);
            return;
        }
    }
    let text = sentences.join(" ");
    if section.items.is_empty() {
        section.paragraphs.push(text);
    } else {
        section.items.push(text);
    }
}

/// A lead-in and its items: "… như: a, b, c" or "… làm rõ: a; b; c", or sentences listing tasks
/// with ";". Everything from the first item on becomes items, each later sentence too.
fn enumeration(sentences: &[&str]) -> Option<(String, Vec<String>)> {
    let clean = |s: &str| s.trim().trim_end_matches(['.', ';']).trim().to_owned();
    let split_semi = |s: &str| -> Vec<String> { s.split(';').map(clean).filter(|s| !s.is_empty()).collect() };
    for (k, s) in sentences.iter().enumerate() {
        if let Some(colon) = s.find(':').filter(|_| !s.contains("Ảnh:")) {
            let lead = &s[..=colon];
            let rest = &s[colon + 1..];
            let by_comma = ["như:", "như sau:", "gồm:"].iter().any(|c| lead.ends_with(c)) && !rest.contains(';');
            let mut items: Vec<String> =
                if by_comma { rest.split(',').map(clean).filter(|s| !s.is_empty()).collect() } else { split_semi(rest) };
            if items.len() < 2 && !rest.contains(';') {
                continue;
            }
            for later in &sentences[k + 1..] {
                items.extend(split_semi(later));
            }
            let before: Vec<&str> = sentences[..k].to_vec();
            let lead = if before.is_empty() { lead.to_owned() } else { format!("{} {lead}", before.join(" ")) };
            return Some((lead, items));
        }
        if s.matches(';').count() >= 2 {
            let mut items = split_semi(s);
            for later in &sentences[k + 1..] {
                items.extend(split_semi(later));
            }
            return Some((sentences[..k].join(" "), items));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(s: &str) -> Block {
        Block::Paragraph(s.to_owned())
    }

    #[test]
    fn seed_like_sections() {
        let blocks = [
            para("Năm 2020, Huyện ủy đã tăng cường công tác xây dựng đảng; kiểm tra 7 tổ chức đảng."),
            para("Đối với lĩnh vực kinh tế, thu ngân sách đạt hơn 86,6 tỷ đồng…"),
            para("Thảo luận tại buổi làm việc, các đại biểu đề nghị huyện làm rõ một số nội dung: bố trí, sắp xếp cán bộ; việc nêu gương; công tác kiểm tra."),
            para("Đồng thời đề nghị huyện triển khai một số công việc như: đẩy mạnh giao thông, mở rộng đô thị, phòng chống tội phạm…"),
            Block::Caption("Đồng chí A chủ trì thảo luận".into()),
            para("Kết luận buổi làm việc, đồng chí Bí thư ghi nhận những nỗ lực. Đồng chí yêu cầu huyện tập trung a; b; c."),
        ];
        let refs: Vec<&Block> = blocks.iter().collect();
        let (s, c) = sections(&refs);
        let kinds: Vec<SectionKind> = s.iter().map(|s| s.kind).collect();
        use SectionKind::*;
        assert_eq!(kinds, [PartyBuilding, Economy, Discussion, ProposedTasks, Conclusion, Directives]);
        assert_eq!(s[2].paragraphs, ["Thảo luận tại buổi làm việc, các đại biểu đề nghị huyện làm rõ một số nội dung:"]);
        assert_eq!(s[2].items, ["bố trí, sắp xếp cán bộ", "việc nêu gương", "công tác kiểm tra"]);
        assert_eq!(s[3].items, ["đẩy mạnh giao thông", "mở rộng đô thị", "phòng chống tội phạm…"]);
        assert_eq!(s[5].items, ["Đồng chí yêu cầu huyện tập trung a", "b", "c"]);
        assert_eq!(c[0].after_section, Some(3));
    }

    #[test]
    fn who_speaks_before_the_conclusion_discusses() {
        // Genre phrasings, written for this test.
        let blocks = [
            para("Theo báo cáo, năm 2024 doanh thu của đơn vị đạt 1.200 tỷ đồng."),
            para("Tại buổi làm việc, Thứ trưởng Bộ Tài chính nhấn mạnh: cần rà soát các khoản chi."),
            para("Theo Phó Chủ tịch UBND tỉnh Nguyễn Văn A, việc giải phóng mặt bằng còn chậm."),
            para("Kết luận buổi làm việc, Bộ trưởng ghi nhận những kết quả. Bộ trưởng yêu cầu đơn vị tập trung hoàn thành kế hoạch."),
        ];
        let refs: Vec<&Block> = blocks.iter().collect();
        let kinds: Vec<SectionKind> = sections(&refs).0.iter().map(|s| s.kind).collect();
        use SectionKind::*;
        assert_eq!(kinds, [Economy, Discussion, Conclusion, Directives]);
    }
}
