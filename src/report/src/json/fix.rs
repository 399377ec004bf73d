//! The fix an editor would make, worked out from what they wrote: the field name they meant, the
//! number in JSON's form ("107,5%" → 107.5), the date in the format's ("14/9/2023" → 2023-09-14).

use crate::date::Date;

/// The name among `names` that `written` most likely misspells: the same but for case, or
/// within a few edits (a letter missing, added, changed, or two swapped).
pub fn closest(written: &str, names: &[&'static str]) -> Option<&'static str> {
    let lower = written.to_ascii_lowercase().replace('-', "_");
    if let Some(n) = names.iter().find(|n| **n == lower) {
        return Some(n);
    }
    let allowed = match lower.chars().count() {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    names
        .iter()
        .map(|n| (edits(&lower, n), *n))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// Optimal string alignment distance (Levenshtein plus adjacent swaps), by characters.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 3 || a.len() > 64 {
        return usize::MAX;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// A number written as text, rewritten as JSON writes numbers, and what had to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberFix {
    pub number: String,
    pub decimal_comma: bool,
    pub percent: bool,
    pub grouping: bool,
    /// A single dot before three digits ("5.755") is a decimal point in JSON but groups
    /// thousands in Vietnamese: then this is the other reading (5755).
    pub or_grouped: Option<String>,
}

/// How "107,5%", "5.755", "86.600.000.000" or "1.234,5" are written as JSON numbers; `None` for
/// text that is not a number at all.
pub fn number(written: &str) -> Option<NumberFix> {
    let trimmed = written.trim();
    let (body, percent) = match trimmed.strip_suffix('%') {
        Some(b) => (b.trim_end(), true),
        None => (trimmed, false),
    };
    let body: String = body.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    let (commas, dots) = (body.matches(',').count(), body.matches('.').count());
    // The separator written last is the decimal one when both appear (1.234,5 or 1,234.5);
    // a lone comma is a decimal comma (Vietnamese); repeated separators group thousands.
    let (group, decimal) = match (commas, dots) {
        (0, 0) => (None, None),
        (1, 0) => (None, Some(',')),
        (_, 0) => (Some(','), None),
        (0, 1) => (None, Some('.')),
        (0, _) => (Some('.'), None),
        _ if body.rfind(',') > body.rfind('.') => (Some('.'), Some(',')),
        _ => (Some(','), Some('.')),
    };
    let mut number: String = body.chars().filter(|&c| Some(c) != group).collect();
    if decimal == Some(',') {
        number = number.replace(',', ".");
    }
    let digits = number.strip_prefix('-').unwrap_or(&number);
    let mut parts = digits.split('.');
    let (whole, fraction) = (parts.next().unwrap_or(""), parts.next());
    let is_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_digits(whole) || !fraction.is_none_or(is_digits) || parts.next().is_some() {
        return None;
    }
    let or_grouped = (group.is_none() && decimal == Some('.') && body.split('.').nth(1).is_some_and(|d| d.len() == 3))
        .then(|| number.replace('.', ""));
    Some(NumberFix { number, decimal_comma: decimal == Some(','), percent, grouping: group.is_some(), or_grouped })
}

/// What is wrong with a text that should be a date, and the date it most likely means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateFix {
    /// Written another way ("14/9/2023", "2023/09/14"): this date, as the format writes it.
    Rewrite(Date),
    /// YYYY-MM-DD, but the month has no such day: the month's number of days.
    NoSuchDay { year: i32, month: u8, day: u32, days: u8 },
    NoSuchMonth(u32),
    YearOutOfRange(i64),
    /// Nothing recognisable.
    Unknown,
}

pub fn date(written: &str) -> DateFix {
    let groups: Vec<&str> = written.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let nums: Vec<i64> = groups.iter().map(|g| g.parse().unwrap_or(i64::MAX)).collect();
    let b = written.as_bytes();
    let iso_shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && groups.len() == 3;
    if iso_shape {
        let (y, m, d) = (nums[0], nums[1], nums[2]);
        if !(1..=9999).contains(&y) {
            return DateFix::YearOutOfRange(y);
        }
        if !(1..=12).contains(&m) {
            return DateFix::NoSuchMonth(m as u32);
        }
        let days = (28..=31).rev().find(|&d| Date::new(y as i32, m as u8, d).is_ok()).unwrap_or(28);
        return DateFix::NoSuchDay { year: y as i32, month: m as u8, day: d.min(u32::MAX as i64) as u32, days };
    }
    if groups.len() != 3 {
        return DateFix::Unknown;
    }
    let make = |y: i64, m: i64, d: i64| -> Option<Date> {
        let small = |n: i64, max: i64| (1..=max).contains(&n);
        (small(y, 9999) && small(m, 12) && small(d, 31)).then(|| Date::new(y as i32, m as u8, d as u8).ok()).flatten()
    };
    let found = if groups[0].len() == 4 {
        make(nums[0], nums[1], nums[2])
    } else if groups[2].len() == 4 {
        // Day first, as Vietnamese writes dates; month first only when the day cannot be a month.
        make(nums[2], nums[1], nums[0]).or_else(|| make(nums[2], nums[0], nums[1]))
    } else {
        None
    };
    found.map_or(DateFix::Unknown, DateFix::Rewrite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_names_find_the_intended_one() {
        let names = ["id", "kind", "title", "paragraphs", "items", "indicators"];
        assert_eq!(closest("paragraph", &names), Some("paragraphs"));
        assert_eq!(closest("titel", &names), Some("title"));
        assert_eq!(closest("Title", &names), Some("title"));
        assert_eq!(closest("indicator", &names), Some("indicators"));
        assert_eq!(closest("subtitle", &names), None);
        assert_eq!(closest("party-building", &["party_building", "economy"]), Some("party_building"));
    }

    #[test]
    fn numbers_as_vietnamese_write_them() {
        let n = number("107,5%").unwrap();
        assert_eq!((n.number.as_str(), n.decimal_comma, n.percent, n.grouping), ("107.5", true, true, false));
        assert_eq!(number("86.600.000.000").unwrap().number, "86600000000");
        assert_eq!(number("1.234,5").unwrap().number, "1234.5");
        let n = number("5.755").unwrap();
        assert_eq!((n.number.as_str(), n.or_grouped.as_deref()), ("5.755", Some("5755")));
        assert_eq!(number("99.7").unwrap().or_grouped, None);
        assert_eq!(number("hơn 86 tỷ"), None);
        assert_eq!(number(""), None);
    }

    #[test]
    fn dates_as_people_write_them() {
        let d = |y, m, d| DateFix::Rewrite(Date::new(y, m, d).unwrap());
        assert_eq!(date("14/9/2023"), d(2023, 9, 14));
        assert_eq!(date("14-09-2023"), d(2023, 9, 14));
        assert_eq!(date("9/14/2023"), d(2023, 9, 14));
        assert_eq!(date("2023/09/14"), d(2023, 9, 14));
        assert_eq!(date("ngày 14 tháng 9 năm 2023"), d(2023, 9, 14));
        assert_eq!(date("2020-02-30"), DateFix::NoSuchDay { year: 2020, month: 2, day: 30, days: 29 });
        assert_eq!(date("2020-13-01"), DateFix::NoSuchMonth(13));
        assert_eq!(date("tomorrow"), DateFix::Unknown);
    }
}
