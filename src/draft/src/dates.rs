//! Dates as the genre writes them: the page's date line ("Thứ bảy, 28/11/2020", "Thứ sáu,
//! 12/7/2024 - 09:30", "Cập nhật: 14:05, 15/9/2022") and the session's day in the lede ("Hôm nay
//! (3/11)", "Chiều 11-7", "Ngày 3/11/2021"), completed with the date line's year.

use report::date::Date;

use super::text::lower;

/// A day and month written in the text, with the year when given, and where it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written {
    pub day: u8,
    pub month: u8,
    pub year: Option<i32>,
    pub start: usize,
    pub end: usize,
    /// Introduced as a day ("ngày", "hôm nay (", "chiều"...), not only shaped like one.
    pub cued: bool,
    /// Introduced as a deadline or a bound ("trước ngày", "đến", "sau"): not the session's day.
    pub bound: bool,
}

/// Words that introduce a day; "12/15 xã" has none of them and is a part of a whole.
const DAY_CUES: [&str; 9] = ["ngày", "nay (", "sáng", "chiều", "tối", "trưa", "đêm", "hôm nay", "("];
const BOUND_CUES: [&str; 5] = ["đến", "trước", "sau", "từ", "đến hết"];

/// Every day-and-month in `text` ("3/11", "30-6", "15/9/2022"), left to right.
pub fn written_dates(text: &str) -> Vec<Written> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    while i < b.len() {
        let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric() && !matches!(b[i - 1], b'/' | b'-' | b'.' | b',');
        let n1 = digits(i);
        if !boundary || n1 == 0 {
            i += n1.max(1);
            continue;
        }
        let start = i;
        let mut j = i + n1;
        let sep = b.get(j).copied();
        // "3/11", "11-7", and "23.10" (some outlets), the dot only when a cue says it is a day.
        if n1 <= 2 && matches!(sep, Some(b'/' | b'-' | b'.')) && j + 1 < b.len() {
            let n2 = digits(j + 1);
            if (1..=2).contains(&n2) {
                let day: u8 = text[start..start + n1].parse().unwrap_or(0);
                let month: u8 = text[j + 1..j + 1 + n2].parse().unwrap_or(0);
                j += 1 + n2;
                let mut year = None;
                if b.get(j) == sep.as_ref() && digits(j + 1) == 4 {
                    year = text[j + 1..j + 5].parse().ok();
                    j += 5;
                }
                let followed = b.get(j).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/');
                if !followed && (1..=31).contains(&day) && (1..=12).contains(&month) {
                    let before = lower(text[..start].trim_end());
                    let before = before.strip_suffix(" ngày").unwrap_or(&before);
                    let bound = BOUND_CUES.iter().any(|c| before.ends_with(c));
                    let cued = year.is_some() || bound || DAY_CUES.iter().any(|c| before.ends_with(c));
                    let dotted = sep == Some(b'.');
                    if !dotted || (cued && year.is_none()) {
                        out.push(Written { day, month, year, start, end: j, cued, bound });
                    }
                }
                i = j;
                continue;
            }
        }
        i += n1;
    }
    out
}

/// "ngày 24 tháng 10 năm 2023": a date written in words, as some date lines have it.
fn date_in_words(text: &str) -> Option<Written> {
    let l = lower(text);
    let start = l.find("ngày ")?;
    let mut parts = l[start + "ngày ".len()..].split(' ');
    let day: u8 = parts.next()?.parse().ok()?;
    (parts.next()? == "tháng").then_some(())?;
    let month: u8 = parts.next()?.parse().ok()?;
    (parts.next()? == "năm").then_some(())?;
    let year_text = parts.next()?;
    let year: i32 = year_text.trim_end_matches(|c: char| !c.is_ascii_digit()).parse().ok()?;
    let end = l[start..].find(year_text).map(|i| start + i + year_text.len())?;
    Some(Written { day, month, year: Some(year), start, end, cued: true, bound: false })
}

/// Byte ranges of `text` that are dates, times, months or years rather than figures: cued days,
/// full dates, "tháng 10/2020", "09:30", and four-digit years written without a separator.
pub fn non_figure_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> =
        written_dates(text).into_iter().filter(|d| d.cued).map(|d| (d.start, d.end)).collect();
    let b = text.as_bytes();
    let lower_text = lower(text);
    for (i, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let end = i + n;
        let value: u32 = text[i..end].parse().unwrap_or(0);
        let glued = i > 0 && (b[i - 1] == b'.' || b[i - 1] == b',') && i > 1 && b[i - 2].is_ascii_digit();
        if glued {
            continue;
        }
        // A year: four digits with no thousands dot (numbers of that size are written "1.950").
        let decimal_after = matches!(b.get(end), Some(b'.' | b',')) && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if n == 4 && (1900..=2100).contains(&value) && !decimal_after {
            spans.push((i, end));
        }
        // A time of day: "09:30", "14:05".
        if n <= 2 && b.get(end) == Some(&b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            spans.push((i, end + 3.min(b.len() - end)));
        }
        // "6 tháng đầu năm", "10 tháng năm 2021", "18 tuổi": a period or an age, not a figure.
        if [" tháng", " năm", " quý", " ngày", " tuần", " giờ", " phút", " tuổi"].iter().any(|w| {
            text[end..].starts_with(w) && text[end + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
        }) {
            spans.push((i, end));
        }
        // "tháng 10", "tháng 10/2020", "quý 3", "số 3", "khóa 12": a month or a label.
        let before = lower_text[..i].trim_end();
        // "trên 1 ha", "mỗi 1 ha": per unit, the measure of another figure.
        if value == 1 && n == 1 && (before.ends_with(" trên") || before.ends_with(" mỗi")) && b.get(end) == Some(&b' ') {
            spans.push((i, end));
        }
        if ["tháng", "quý", "số", "khóa", "khoá", "lần thứ"].iter().any(|w| before.ends_with(w)) {
            let mut e = end;
            if b.get(e) == Some(&b'/') && b[e + 1..].iter().take_while(|c| c.is_ascii_digit()).count() == 4 {
                e += 5;
            }
            spans.push((i, e));
        }
    }
    spans
}

/// The page's date line: a short line with a full date and nothing else but a weekday, a time
/// and words such as "Cập nhật".
pub fn date_line(line: &str) -> Option<Date> {
    if line.chars().count() > 60 {
        return None;
    }
    let d = written_dates(line).into_iter().find(|d| d.year.is_some()).or_else(|| date_in_words(line))?;
    const ALLOWED: [&str; 17] = [
        "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "cập", "ngày", "đăng", "gmt", "lúc", "giờ", "cn",
        "tháng",
    ];
    let rest = format!("{} {}", &line[..d.start], &line[d.end..]);
    let words_ok = lower(&rest)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| ALLOWED.contains(&w));
    if !words_ok {
        return None;
    }
    Date::new(d.year?, d.month, d.day).ok()
}

/// The session's day: the first cued day in `text` (the lede), its year from the text or from
/// `published`; a day after the publication date is taken to be in the year before (a session on
/// 30/12 reported on 2/1).
pub fn event_date(text: &str, published: Option<Date>) -> Option<Date> {
    let d = written_dates(text).into_iter().find(|d| d.cued && !d.bound).or_else(|| date_in_words(text))?;
    if let Some(year) = d.year {
        return Date::new(year, d.month, d.day).ok();
    }
    let p = published?;
    let same_year = Date::new(p.year, d.month, d.day).ok()?;
    if same_year > p {
        Date::new(p.year - 1, d.month, d.day).ok()
    } else {
        Some(same_year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn date_lines_of_the_genre() {
        assert_eq!(date_line("Thứ bảy, 28/11/2020"), Some(date("2020-11-28")));
        assert_eq!(date_line("Thứ sáu, 12/7/2024 - 09:30"), Some(date("2024-07-12")));
        assert_eq!(date_line("Cập nhật: 14:05, 15/9/2022"), Some(date("2022-09-15")));
        assert_eq!(date_line("Thứ Tư, 03/11/2021 19:42 (GMT+7)"), Some(date("2021-11-03")));
        assert_eq!(date_line("Ngày 3/11/2021, đoàn công tác làm việc"), None);
        assert_eq!(date_line("Thứ ba, ngày 24 tháng 10 năm 2023 | 10:31"), Some(date("2023-10-24")));
    }

    #[test]
    fn session_days() {
        let p = Some(date("2020-11-28"));
        assert_eq!(event_date("LSO-Hôm nay (3/11), Đoàn công tác", p), Some(date("2020-11-03")));
        assert_eq!(event_date("Chiều 11-7, đoàn công tác", Some(date("2024-07-12"))), Some(date("2024-07-11")));
        assert_eq!(event_date("Ngày 3/11/2021, ông", None), Some(date("2021-11-03")));
        assert_eq!(event_date("Sáng 30/12, đoàn", Some(date("2021-01-02"))), Some(date("2020-12-30")));
        assert_eq!(event_date("có 14/15 chỉ tiêu", p), None);
        assert_eq!(event_date("Sáng 23.10, đoàn", Some(date("2023-10-24"))), Some(date("2023-10-23")));
        assert_eq!(event_date("giải ngân trước ngày 31/1/2024", p), None);
    }

    #[test]
    fn years_months_and_times_are_not_figures() {
        let t = "tính đến hết tháng 10/2020, năm 2020 đạt 5.755 ha, lúc 09:30";
        let spans = non_figure_spans(t);
        let covered = |s: &str| {
            let i = t.find(s).unwrap();
            spans.iter().any(|&(a, b)| a <= i && i + s.len() <= b)
        };
        assert!(covered("10/2020") && covered("09:30"));
        let year = t.find("2020 đạt").unwrap();
        assert!(spans.contains(&(year, year + 4)));
        assert!(!covered("5.755"));
    }
}
