//! The period a paragraph's figures cover, as a sentence opens it: "Năm 2020, …", "Đối với lĩnh
//! vực kinh tế, tính đến hết tháng 10/2020, …", "Riêng 6 tháng đầu năm 2022, …".

use super::text::{capitalise, lower};

/// How a period is written at the head of a sentence.
const OPENINGS: [&str; 16] = [
    "tính đến", "năm 1", "năm 2", "trong năm", "3 tháng", "6 tháng", "9 tháng", "10 tháng", "11 tháng", "quý ",
    "đến ngày", "đến hết", "từ đầu năm", "trong 6 tháng", "trong 9 tháng", "giai đoạn",
];

/// The period among the first three comma-separated parts of `sentence`, if one is there.
pub fn period(sentence: &str) -> Option<String> {
    let mut parts = sentence.split(", ");
    let head: Vec<&str> = parts.by_ref().take(3).collect();
    // The last part taken is the sentence's subject when nothing follows it: not a period.
    let candidates = if parts.next().is_some() { &head[..] } else { &head[..head.len().saturating_sub(1)] };
    candidates.iter().find_map(|part| {
        let p = part.trim().strip_prefix("Riêng ").or_else(|| part.trim().strip_prefix("riêng ")).unwrap_or(part.trim());
        let l = lower(p);
        let short = p.split(' ').count() <= 8;
        let has_digit = p.chars().any(|c| c.is_ascii_digit());
        // "năm 2024 đứng thứ 15/63)": a rank in a parenthesis is no period.
        let stray = p.contains(['(', ')']) || l.contains("đứng thứ") || l.contains("xếp thứ");
        (short && has_digit && !stray && OPENINGS.iter().any(|o| l.starts_with(o))).then(|| capitalise(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_at_the_head_of_a_sentence() {
        assert_eq!(period("Năm 2020, Huyện ủy Văn Lãng đã tăng cường công tác xây dựng đảng.").as_deref(), Some("Năm 2020"));
        assert_eq!(
            period("Đối với lĩnh vực kinh tế, tính đến hết tháng 10/2020, tổng diện tích đạt 5.755 ha.").as_deref(),
            Some("Tính đến hết tháng 10/2020")
        );
        assert_eq!(period("Riêng 6 tháng đầu năm 2022, tỷ lệ chiếm 14,3%, giảm 1,6 điểm.").as_deref(), Some("6 tháng đầu năm 2022"));
        assert_eq!(period("Về kinh tế, tổng diện tích gieo trồng cả năm đạt 9.412,5 ha."), None);
        assert_eq!(period("năm 2024 đứng thứ 15/63), tổng thu ngân sách đạt 20 tỷ đồng, tăng 5%."), None);
    }
}
