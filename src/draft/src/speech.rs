//! Who speaks in a sentence, and so which part of a report it belongs to: a leader concluding or
//! directing, a host proposing, anyone discussing. Both the layout (where a run-on body is cut into
//! paragraphs) and the sections read it.

use report::format::SectionKind;

/// Who speaks for the delegation or leads the session, as the subject of a sentence.
pub const LEADERS: [&str; 20] = [
    "thủ tướng", "bộ trưởng", "thứ trưởng", "bí thư", "chủ tịch", "tổng cục trưởng", "trưởng đoàn", "phó chủ nhiệm",
    "đồng chí", "ông ", "bà ", "tổ công tác", "đoàn công tác", "đoàn kiểm tra", "đoàn khảo sát", "trưởng ban",
    "giám đốc", "tổng bí thư", "phó trưởng", "lãnh đạo bộ",
];

/// A sentence whose subject concludes (`s` in lower case), directs, proposes or discusses, by its verb among its
/// first words ("Phát biểu tại buổi làm việc, Phó Thủ tướng … đánh giá cao", "Ông Hoạt đề nghị
/// huyện …", "UBND huyện đã kiến nghị …", "lãnh đạo các Bộ góp ý …"). A report's source
/// ("Theo báo cáo …", "Báo cáo với …") is no speaker.
pub fn speech(s: &str) -> Option<SectionKind> {
    use SectionKind::*;
    if ["theo ", "báo cáo", "trước đó"].iter().any(|c| s.starts_with(c)) {
        return None;
    }
    let head: String = format!(" {} ", s.split(' ').take(30).collect::<Vec<_>>().join(" "));
    let verbs: [(&str, SectionKind); 18] = [
        (" kết luận", Conclusion), (" đánh giá cao", Conclusion), (" ghi nhận", Conclusion), (" biểu dương", Conclusion),
        (" hoan nghênh", Conclusion), (" yêu cầu", Directives), (" đề nghị", Directives), (" chỉ đạo", Directives),
        (" nhấn mạnh", Directives), (" lưu ý", Directives), (" nhắc nhở", Directives), (" giao ", Directives),
        (" cần tập trung", Directives), (" kiến nghị", ProposedTasks), (" đề xuất", ProposedTasks), (" góp ý", Discussion),
        (" trao đổi", Discussion), (" thảo luận", Discussion),
    ];
    // "Đối với những đề xuất, kiến nghị của tỉnh, Phó Thủ tướng … giao": a noun, not the verb.
    let as_verb = |i: usize| !["những", "các", "với", "nội dung", "về", "các ý kiến"].iter().any(|n| head[..i].trim_end().ends_with(n) || head[..i].trim_end().trim_end_matches(',').ends_with("đề xuất"));
    let (at, kind) = verbs
        .iter()
        .flat_map(|(v, k)| head.match_indices(v).map(move |(i, _)| (i, *k)))
        .filter(|&(i, _)| as_verb(i))
        .min_by_key(|&(i, _)| i)?;
    let subject = &head[..at];
    // "công tác lãnh đạo, chỉ đạo": a noun, not a speaker's verb.
    if subject.trim_end().ends_with(',') && kind == Directives && subject.trim_end().ends_with("lãnh đạo,") {
        return None;
    }
    let leader = LEADERS.iter().any(|l| subject.contains(l));
    match kind {
        ProposedTasks | Discussion => Some(kind),
        _ if leader => Some(kind),
        _ => None,
    }
}
