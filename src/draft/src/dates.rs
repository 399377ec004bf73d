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
                // "Trong 2 ngày 6-7/7": a span of days; the session starts on the first.
                let mut month = month;
                if sep == Some(b'-') && b.get(j) == Some(&b'/') && (1..=2).contains(&digits(j + 1)) {
                    let n3 = digits(j + 1);
                    let second: u8 = text[j - n2..j].parse().unwrap_or(0);
                    month = text[j + 1..j + 1 + n3].parse().unwrap_or(0);
                    if second <= day {
                        month = 0;
                    }
                    j += 1 + n3;
                }
                let mut year = None;
                if (b.get(j) == sep.as_ref() || b.get(j) == Some(&b'/')) && digits(j + 1) == 4 {
                    year = text[j + 1..j + 5].parse().ok();
                    j += 5;
                }
                let followed = b.get(j).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/');
                if !followed && (1..=31).contains(&day) && (1..=12).contains(&month) {
                    let before = lower(text[..start].trim_end());
                    let said_day = before.ends_with("ngày");
                    let before = before.strip_suffix(" ngày").unwrap_or(&before);
                    let bound = BOUND_CUES.iter().any(|c| before.ends_with(c));
                    let cued = year.is_some() || bound || said_day || DAY_CUES.iter().any(|c| before.ends_with(c));
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

/// "2025-04-22" (ISO, as some sites' date lines and every date field give it) and "22.04.2025"
/// (dots all through, as some outlets write it): only in a date line, where a figure cannot be.
fn numeric_full_date(line: &str) -> Option<Written> {
    let b = line.as_bytes();
    let mut start = 0;
    while start < b.len() {
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit() || matches!(c, b'-' | b'.')).count();
        if end == start {
            start += 1;
            continue;
        }
        let token = line[start..end].trim_end_matches(['.', '-']);
        let parts: Vec<&str> = token.split(['-', '.']).collect();
        let sep_ok = |c: char| token.chars().filter(|x| !x.is_ascii_digit()).all(|x| x == c);
        let num = |s: &str| s.parse::<u32>().ok();
        let found = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) && sep_ok('-') => Some((num(d)?, num(m)?, num(y)?)),
            [d, m, y] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) && sep_ok('.') => Some((num(d)?, num(m)?, num(y)?)),
            _ => None,
        };
        if let Some((day, month, year)) = found {
            if (1..=31).contains(&day) && (1..=12).contains(&month) {
                let end = start + token.len();
                return Some(Written { day: day as u8, month: month as u8, year: Some(year as i32), start, end, cued: true, bound: false });
            }
        }
        start = end;
    }
    None
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
/// and words such as "Cập nhật"; or an aggregator's crawl line with a two-digit year ("27/05/13
/// 20:45 GMT+7").
pub fn date_line(line: &str) -> Option<Date> {
    if line.chars().count() > 60 {
        return None;
    }
    if let Some(d) = crawl_date(line) {
        return Some(d);
    }
    let d = written_dates(line)
        .into_iter()
        .find(|d| d.year.is_some())
        .or_else(|| date_in_words(line))
        .or_else(|| numeric_full_date(line))?;
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

/// "27/05/13 20:45 GMT+7": a day, a month, two digits of the year and a time, nothing else.
pub fn crawl_date(line: &str) -> Option<Date> {
    let mut parts = line.trim().split(' ');
    let date = parts.next()?;
    let time = parts.next()?;
    let zone = parts.next();
    if parts.next().is_some() || zone.is_some_and(|z| !z.starts_with("GMT")) {
        return None;
    }
    let d: Vec<&str> = date.split('/').collect();
    let t: Vec<&str> = time.split(':').collect();
    let num = |s: &str, n: std::ops::RangeInclusive<usize>| (n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse::<i32>().ok()).flatten();
    if d.len() != 3 || t.len() != 2 || num(t[0], 1..=2).is_none() || num(t[1], 2..=2).is_none() {
        return None;
    }
    let (day, month, year) = (num(d[0], 1..=2)?, num(d[1], 1..=2)?, num(d[2], 2..=2)?);
    Date::new(2000 + year, month as u8, day as u8).ok()
}

/// The year the article's own words place it in, when no date line gives it: a full date ("ngày
/// 7/2/2025"), a reporting period ("quý I/2025", "6 tháng đầu năm 2023", "tháng 10/2020"), else the
/// latest year written as "năm YYYY". Years of goals and bounds ("đến năm 2020", "phấn đấu năm
/// 2013", "giai đoạn 2016-2020", "trước ngày 31/12/2022") are not the session's.
pub fn year_in_text(text: &str) -> Option<i32> {
    let l = lower(text);
    let mut strong: Vec<i32> = Vec::new();
    let mut weak: Vec<i32> = Vec::new();
    let b = l.as_bytes();
    for (i, _) in l.match_indices(|c: char| c.is_ascii_digit()) {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n != 4 || b.get(i + 4).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(*c, b'.' | b',') && b.get(i + 5).is_some_and(u8::is_ascii_digit)) {
            continue;
        }
        let Ok(year) = l[i..i + 4].parse::<i32>() else { continue };
        if !(1990..=2100).contains(&year) {
            continue;
        }
        let before = l[..i].trim_end();
        let words: Vec<&str> = before.split(' ').rev().take(4).collect();
        let near = words.iter().rev().cloned().collect::<Vec<_>>().join(" ");
        // A year in an address ("…/uploads/2021/01/…") is not the article's.
        let word_start = l[..i].rfind(' ').map_or(0, |w| w + 1);
        if l[word_start..i].contains("//") || l[word_start..i].contains("http") || l[word_start..i].matches('/').count() > 2 {
            continue;
        }
        let goal = ["đến", "tới", "so với", "cùng kỳ", "phấn đấu", "giai đoạn", "tầm nhìn", "trước", "sau", "kế hoạch", "mục tiêu", "từ", "dự kiến", "nhiệm kỳ"]
            .iter()
            .any(|w| near.split(' ').any(|x| x == *w) || near.contains(&format!("{w} ")));
        let range = before.ends_with('-') || before.ends_with('–') || l[i + 4..].trim_start().starts_with(['-', '–']);
        if goal || range {
            continue;
        }
        // "15/9/2022", "10/2020", "quý I/2025": the year of a date or of a reporting period.
        let slashed = before.ends_with('/') && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit() || matches!(c, 'i' | 'v' | 'x'));
        let period = ["tháng đầu năm", "tháng năm", "đầu năm", "cuối năm", "quý"].iter().any(|p| near.contains(p));
        if slashed || period {
            strong.push(year);
        } else if before.ends_with("năm") {
            weak.push(year);
        }
    }
    if let Some(y) = strong.iter().max() {
        return Some(*y);
    }
    // The latest year reported on: goals and bases of comparison are left out above.
    weak.iter().max().copied()
}

/// The session's day: the first cued day in `text` (the lede), its year from the text or from
/// `published`; a day after the publication date is taken to be in the year before (a session on
/// 30/12 reported on 2/1).
pub fn event_date(text: &str, published: Option<Date>) -> Option<Date> {
    event_date_in(text, published, None)
}

/// As [`event_date`]; without a publication date, `year` (from the text) completes the day.
pub fn event_date_in(text: &str, published: Option<Date>, year: Option<i32>) -> Option<Date> {
    let d = written_dates(text).into_iter().find(|d| d.cued && !d.bound && d.month > 0).or_else(|| date_in_words(text))?;
    if let Some(year) = d.year {
        return Date::new(year, d.month, d.day).ok();
    }
    let Some(p) = published else {
        return Date::new(year?, d.month, d.day).ok();
    };
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

    /// Issue 26: every numeric form of a full date the genre's date lines use.
    #[test]
    fn every_numeric_date_form_of_a_date_line() {
        for line in [
            "ngày 22/4/2025", "22/4/2025", "22-4-2025", "22.04.2025", "2025-04-22", "Thứ Ba, 22/04/2025 - 14:30",
            "Thứ Ba, 22.04.2025 14:30", "Cập nhật: 2025-04-22 14:30", "Thứ ba, ngày 22 tháng 4 năm 2025",
        ] {
            assert_eq!(date_line(line), Some(date("2025-04-22")), "{line}");
        }
        assert_eq!(date_line("2025-13-22"), None);
        assert_eq!(date_line("22.04.2025 đạt 5.755 ha"), None, "a sentence is not a date line");
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
        assert_eq!(event_date("Trong 2 ngày 6-7/7, Tổng Bí thư", Some(date("2017-07-08"))), Some(date("2017-07-06")));
        assert_eq!(event_date("Chiều 20.3, đoàn", Some(date("2018-03-21"))), Some(date("2018-03-20")));
        assert_eq!(event_date("Chiều ngày 20/3, Ủy ban", Some(date("2018-03-21"))), Some(date("2018-03-20")));
        assert_eq!(event_date_in("Sáng 18/4, Chủ tịch", None, Some(2025)), Some(date("2025-04-18")));
        assert_eq!(event_date_in("Sáng 18/4, Chủ tịch", None, None), None);
    }

    #[test]
    fn crawl_lines_and_years_in_the_text() {
        assert_eq!(date_line("27/05/13 20:45 GMT+7"), Some(date("2013-05-27")));
        assert_eq!(date_line("01/06/13 06:58 GMT+7"), Some(date("2013-06-01")));
        assert_eq!(year_in_text("kết quả quý I/2025 khả quan, phấn đấu đến năm 2030"), Some(2025));
        assert_eq!(year_in_text("Trong 6 tháng đầu năm 2023, thu ngân sách; giai đoạn 2021-2025"), Some(2023));
        assert_eq!(year_in_text("Năm 2016 đạt, năm 2017 giảm so với năm 2016, năm 2016 tăng; đến năm 2020"), Some(2017));
        assert_eq!(year_in_text("ảnh https://x.vn/uploads/2021/01/a.jpg, ngày 17/12"), None);
        assert_eq!(year_in_text("thành lập ngày 7/2/2025"), Some(2025));
        assert_eq!(year_in_text("đến năm 2020 có 9 xã"), None);
        assert_eq!(year_in_text("tổng vốn 2.300 tỷ đồng"), None);
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
