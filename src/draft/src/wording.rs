//! The words around a figure that say what it is: qualifiers ("hơn", "khoảng"), what a share is
//! measured against and who set it, what a change is compared with, a goal's deadline, and the
//! subjects where a fall is good news.

use report::format::Qualifier;

use super::figure::{RefKind, Reference};
use super::text::lower;

/// Subjects where a fall is good news.
pub const LOWER_BETTER: [&str; 20] = [
    "hộ nghèo", "vi phạm", "kỷ luật", "tai nạn", "tội phạm", "thất nghiệp", "chậm tiến độ", "sai sót", "thất thu",
    "ô nhiễm", "suy dinh dưỡng", "nợ đọng", "tồn đọng", "ma túy", "chưa tốt", "chưa thực hiện", "khiển trách",
    "cảnh cáo", "cách chức", "khai trừ",
];

/// The qualifier written just before a number (`lead`, lower case), and its length in bytes.
pub fn qualifier(lead: &str, tail: &str) -> (Option<Qualifier>, usize) {
    use Qualifier::*;
    for (w, q) in [
        ("ít nhất", AtLeast), ("tối thiểu", AtLeast), ("không quá", AtMost), ("tối đa", AtMost), ("hơn", MoreThan),
        ("trên", MoreThan), ("gần", Nearly), ("khoảng", About), ("dưới", LessThan),
    ] {
        if ends_with_word(lead, w) {
            return (Some(q), w.len());
        }
    }
    if ends_with_word(lead, "từ") && tail.trim_start().starts_with("trở lên") {
        return (Some(AtLeast), "từ".len());
    }
    (None, 0)
}

pub fn ends_with_word(s: &str, w: &str) -> bool {
    s.ends_with(w) && (s.len() == w.len() || s[..s.len() - w.len()].ends_with([' ', ',', '(']))
}

/// "kế hoạch tỉnh giao", "dự toán", "chỉ tiêu Nghị quyết của Ban Chấp hành Đảng bộ huyện".
pub fn reference(tail: &str, share: f64) -> Option<Reference> {
    let t = tail.trim_start();
    let l = lower(t);
    let (kind, len) = [
        ("chỉ tiêu nghị quyết", RefKind::ResolutionTarget),
        ("nghị quyết", RefKind::ResolutionTarget),
        ("kế hoạch", RefKind::Plan),
        ("dự toán", RefKind::Estimate),
        ("chỉ tiêu", RefKind::Target),
    ]
    .iter()
    .find(|(w, _)| l.starts_with(w))
    .map(|&(w, k)| (k, w.len()))?;
    let rest = &t[len..];
    let end = [",", ";", ".", " so với", " và ", " như "].iter().filter_map(|e| rest.find(e)).min().unwrap_or(rest.len());
    let setter = rest[..end].trim();
    // Only a body that set the figure: "tỉnh giao", "HĐND huyện giao", "của Ban Chấp hành…"; not
    // "năm", "đề ra" or the passive "được giao", which name nobody.
    let by = if let Some(of) = setter.strip_prefix("của ") {
        Some(of.to_owned())
    } else if setter.ends_with(" giao") && !setter.contains("được") && !setter.starts_with("vốn") {
        Some(setter.to_owned())
    } else {
        None
    };
    Some(Reference { kind, by, share })
}

/// "so với cùng kỳ", "so với năm 2022": what a change is measured against, within its part of
/// the clause.
pub fn against(tail: &str) -> Option<String> {
    let segment = &tail[..tail.find([',', ';']).unwrap_or(tail.len())];
    let i = segment.find("so với ")?;
    let base = segment[i + "so với ".len()..].trim().trim_end_matches(['.', ':']);
    // "(tăng 13,4% so với cùng kỳ năm trước)": the parenthesis closes after the base.
    let base = if base.contains('(') { base } else { base.trim_end_matches(')').trim_end() };
    Some(base.to_owned()).filter(|s| !s.is_empty())
}

/// A goal still ahead, and its deadline ("đến hết năm 2024", "trước ngày 31/12/2022").
pub fn deadline(clause: &str) -> Option<String> {
    let l = lower(clause);
    for p in ["đến hết nhiệm kỳ ", "đến hết năm ", "đến cuối năm ", "đến năm ", "đến ngày ", "trước ngày ", "trong năm ", "phấn đấu năm "] {
        if let Some(i) = l.find(p) {
            let from = i + p.len();
            let n = clause[from..].find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '-')).unwrap_or(clause.len() - from);
            if n >= 4 {
                let start = if p == "phấn đấu năm " { i + "phấn đấu ".len() } else { i };
                return Some(clause[start..from + n].to_owned());
            }
        }
    }
    None
}
