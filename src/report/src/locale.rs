//! Locale-aware numbers, percentages, money and dates for Vietnamese and English, following CLDR
//! (vi: "5.755", "99,7%", "Thứ Bảy, 28/11/2020"; en: "5,755", "99.7%", "Saturday, 28 November 2020").
//! The symbols, rounding and patterns are here; the words (tỷ / billion, the weekdays) are in
//! `wording`, and the language itself in `lang` (re-exported here as `locale::Locale`).

use super::date::Date;
use super::wording::calendar;
use super::wording::figure::{currency_name, Word};

pub use super::lang::Locale;

/// The grouping and decimal separators: CLDR's symbols for each language.
fn separators(locale: Locale) -> (char, char) {
    match locale {
        Locale::Vi => ('.', ','),
        Locale::En => (',', '.'),
    }
}

/// The language a widget starts in: the share link's, else the embedding element's, else the
/// first of the reader's browser languages that the widget speaks, else Vietnamese (the language
/// the reports are written in). Values that name no known language are skipped, not errors.
pub fn initial_locale(share_link: Option<&str>, element: Option<&str>, browser: &[String]) -> Locale {
    share_link
        .and_then(Locale::from_tag)
        .or_else(|| element.and_then(Locale::from_tag))
        .or_else(|| browser.iter().find_map(|t| Locale::from_tag(t)))
        .unwrap_or_default()
}

/// A number with grouping and at most `max_fraction` decimals (trailing zeros dropped), rounded as
/// ICU does: the shortest decimal that round-trips the double, then half-even.
pub fn number(value: f64, max_fraction: usize, locale: Locale) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let (group, decimal) = separators(locale);
    let (int_part, frac_part) = round_half_even(value.abs(), max_fraction);
    let mut out = String::with_capacity(int_part.len() * 4 / 3 + frac_part.len() + 2);
    // "-0" is not a number a reader should see.
    if value < 0.0 && (int_part != "0" || !frac_part.is_empty()) {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(&frac_part);
    }
    out
}

/// A number as plain digits with a dot, no grouping, no exponent: the shortest decimal that reads
/// back as `v` (what `f64`'s Display prints) for every figure a report holds (up to 15 significant
/// digits; longer ones get at most 17). For data files (CSV) and the digits `number` rounds.
/// Written here because core's float printing (Grisu and Dragon, with their tables) would cost
/// about 4 KB of the reader's download, and plotters no longer needs it (chart/svg.rs).
pub fn plain(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() { "NaN".into() } else if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    // Below 2^53 integers are exact, and so are powers of ten up to 10^22: n / 10^d, rounded once
    // by the division, is the double nearest to the decimal n·10^-d, i.e. what parsing it gives.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let mut scale = 1.0;
    for d in 0..=22 {
        let scaled = a * scale;
        if scaled >= EXACT {
            break;
        }
        let n = scaled.round();
        for n in [n, n - 1.0, n + 1.0] {
            if n >= 0.0 && n / scale == a {
                return format!("{sign}{}", with_point(n as u64, d));
            }
        }
        scale *= 10.0;
    }
    if a >= EXACT {
        // Large values are whole numbers: exact up to 2^128, then 17 digits and zeros.
        if a < 3.4e38 {
            return format!("{sign}{}", a as u128);
        }
        let (mut s, mut k) = (a, 0);
        while s >= 1e17 {
            s /= 10.0;
            k += 1;
        }
        return format!("{sign}{}{}", s.round() as u64, "0".repeat(k));
    }
    // Beyond what a report holds: 17 significant digits.
    let mut d = 0;
    let mut scaled = a;
    while scaled < 1e16 && d < 340 {
        scaled *= 10.0;
        d += 1;
    }
    let n = if scaled < 1.8e19 { scaled.round() as u64 } else { u64::MAX };
    let s = with_point(n, d);
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s };
    format!("{sign}{s}")
}

/// `n` with a decimal point `d` digits from the right: (12345, 2) → "123.45", (5, 3) → "0.005".
fn with_point(n: u64, d: usize) -> String {
    let digits = n.to_string();
    if d == 0 {
        return digits;
    }
    let digits = format!("{digits:0>width$}", width = d + 1);
    let (int, frac) = digits.split_at(digits.len() - d);
    format!("{int}.{frac}")
}

/// Integer and fraction digits of a non-negative finite value, rounded to `max_fraction` places.
fn round_half_even(value: f64, max_fraction: usize) -> (String, String) {
    let shortest = plain(value);
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    if frac.len() <= max_fraction {
        return (int.to_owned(), frac.trim_end_matches('0').to_owned());
    }
    let (kept, rest) = frac.split_at(max_fraction);
    let mut digits: Vec<u8> = int.bytes().chain(kept.bytes()).collect();
    let first_dropped = rest.as_bytes()[0];
    let last_kept_odd = digits.last().is_some_and(|d| (d - b'0') % 2 == 1);
    let round_up = first_dropped > b'5'
        || (first_dropped == b'5' && (rest[1..].bytes().any(|b| b != b'0') || last_kept_odd));
    if round_up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let split = digits.len() - max_fraction;
    let int = String::from_utf8_lossy(&digits[..split]).into_owned();
    let frac = String::from_utf8_lossy(&digits[split..]).trim_end_matches('0').to_owned();
    (if int.is_empty() { "0".to_owned() } else { int }, frac)
}

/// A percentage: the value is already in percent (99.7 → "99,7%" / "99.7%"), as CLDR's patterns
/// for both locales put the sign right after the number.
pub fn percent(value: f64, locale: Locale) -> String {
    format!("{}%", number(value, 1, locale))
}

/// A reported figure with the digits the article gave: exactly `decimals` after the point when
/// known ("27,0"), else every digit of the value; never rounded away.
pub fn reported(value: f64, decimals: Option<u8>, locale: Locale) -> String {
    match decimals {
        Some(d) => {
            let mut s = number(value, d as usize, locale);
            let have = s.rfind(separators(locale).1).map_or(0, |i| s.len() - i - 1);
            if have < d as usize {
                if have == 0 {
                    s.push(separators(locale).1);
                }
                s.extend(std::iter::repeat_n('0', d as usize - have));
            }
            s
        }
        None => number(value, ALL_DIGITS, locale),
    }
}

/// More decimals than an f64's shortest form ever has: `number` then keeps them all.
const ALL_DIGITS: usize = 40;

/// Money in the units the press uses: "86,6 tỷ đồng" / "VND 86.6 billion", never 12 digits, and
/// billions stay billions ("2.318,7 tỷ đồng", as Vietnamese papers write it, not "2,3 nghìn tỷ").
/// `decimals` counts digits in that scale. The words are `wording::figure`'s; the order is CLDR's
/// (the amount before the currency in Vietnamese, after it in English).
pub fn money(amount: f64, currency: &str, decimals: Option<u8>, locale: Locale) -> String {
    money_range(amount, None, currency, decimals, locale)
}

/// A sum of money, or a range of two (`to`: "2–3 tỷ đồng", "VND 2–3 billion"), in the scale word
/// of the larger end so that both ends are read in one.
pub fn money_range(amount: f64, to: Option<f64>, currency: &str, decimals: Option<u8>, locale: Locale) -> String {
    let (divisor, scale) = match amount.abs().max(to.map_or(0.0, f64::abs)) {
        a if a >= 1e9 => (1e9, Some(Word::Billion)),
        a if a >= 1e6 => (1e6, Some(Word::Million)),
        _ => (1.0, None),
    };
    let mut n = reported(amount / divisor, decimals, locale);
    if let Some(to) = to {
        n = format!("{n}–{}", reported(to / divisor, decimals, locale));
    }
    let cur = currency_name(currency, locale);
    match locale {
        Locale::Vi => match scale {
            Some(w) => format!("{n} {} {cur}", w.text(locale)),
            None => format!("{n} {cur}"),
        },
        Locale::En => match scale {
            Some(w) => format!("{cur} {n} {}", w.text(locale)),
            None => format!("{cur} {n}"),
        },
    }
}

/// A long date with its weekday: "Thứ Bảy, 28/11/2020" / "Saturday, 28 November 2020". The
/// names are `wording::calendar`'s; Vietnamese writes the month as a number.
pub fn date(d: Date, locale: Locale) -> String {
    let weekday = calendar::weekday(d.weekday(), locale);
    match locale {
        Locale::Vi => format!("{weekday}, {:02}/{:02}/{}", d.day, d.month, d.year),
        Locale::En => format!("{weekday}, {} {} {}", d.day, calendar::english_month(d.month), d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Locale::*;

    #[test]
    fn numbers_follow_cldr() {
        let cases: &[(f64, usize, &str, &str)] = &[
            (5755.0, 2, "5.755", "5,755"),
            (99.7, 1, "99,7", "99.7"),
            (0.0, 2, "0", "0"),
            (-1234.5, 2, "-1.234,5", "-1,234.5"),
            (-0.001, 2, "0", "0"),
            (1234567.891, 2, "1.234.567,89", "1,234,567.89"),
            (999.0, 0, "999", "999"),
            (1000.0, 0, "1.000", "1,000"),
        ];
        for &(v, max, vi, en) in cases {
            assert_eq!(number(v, max, Vi), vi, "{v} in vi");
            assert_eq!(number(v, max, En), en, "{v} in en");
        }
        assert_eq!(number(f64::NAN, 2, Vi), "—");
    }

    #[test]
    fn percent_money_and_dates() {
        assert_eq!(percent(99.7, Vi), "99,7%");
        assert_eq!(percent(102.0, En), "102%");
        assert_eq!(money(86.6e9, "VND", None, Vi), "86,6 tỷ đồng");
        assert_eq!(money(86.6e9, "VND", None, En), "VND 86.6 billion");
        assert_eq!(money(250e6, "VND", None, Vi), "250 triệu đồng");
        assert_eq!(money(5000.0, "USD", None, En), "USD 5,000");
        // The digits reported, in billions however many there are.
        assert_eq!(money(2_318_700_000_000.0, "VND", None, Vi), "2.318,7 tỷ đồng");
        assert_eq!(money(2_318_700_000_000.0, "VND", None, En), "VND 2,318.7 billion");
        assert_eq!(money(27_094_000_000.0, "VND", None, Vi), "27,094 tỷ đồng");
        assert_eq!(money(27e9, "VND", Some(1), Vi), "27,0 tỷ đồng");
        let d: Date = "2020-11-28".parse().unwrap();
        assert_eq!(date(d, Vi), "Thứ Bảy, 28/11/2020");
        assert_eq!(date(d, En), "Saturday, 28 November 2020");
    }

    #[test]
    fn plain_digits_are_what_display_prints() {
        let cases = [0.0, 1.0, 99.7, 5755.0, 0.1, 0.3, 1.0 / 3.0, 2318.7e9, 27.094e9, 1234567.891, 0.000123, 12.35, 104.2, -1.6, 9.412e3, 1e15, 123456789.123];
        for v in cases {
            assert_eq!(plain(v), v.to_string(), "{v}");
        }
        // Every value a report can write with up to 15 significant digits.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 1_000_000_000_000_000) as f64;
            let v = digits / 10f64.powi((x >> 60) as i32);
            assert_eq!(plain(v), v.to_string(), "{v}");
            assert_eq!(plain(v).parse::<f64>().unwrap(), v);
        }
        assert_eq!(plain(1e21), "1000000000000000000000");
        for v in [1e21, 123.456e200, 1.5e-10, 1.0 / 7.0] {
            assert_eq!(plain(v).parse::<f64>().map(|p| (p - v).abs() <= v.abs() * 1e-15), Ok(true), "{v}");
        }
    }

    #[test]
    fn reported_figures_keep_their_digits() {
        assert_eq!(reported(5.12, None, Vi), "5,12");
        assert_eq!(reported(1250.35, None, En), "1,250.35");
        assert_eq!(reported(0.123456, None, En), "0.123456");
        assert_eq!(reported(61.0, Some(1), Vi), "61,0");
        assert_eq!(reported(7.25, Some(2), En), "7.25");
        assert_eq!(reported(3.0, Some(0), En), "3");
        assert_eq!(reported(1e21, None, En), "1,000,000,000,000,000,000,000");
    }

    #[test]
    fn initial_language_order() {
        let browser = ["fr-FR".to_owned(), "en-US".to_owned(), "vi".to_owned()];
        assert_eq!(initial_locale(Some("vi"), Some("en"), &browser), Vi);
        assert_eq!(initial_locale(Some("xx"), Some("en"), &[]), En);
        assert_eq!(initial_locale(None, Some("<script>"), &browser), En);
        assert_eq!(initial_locale(None, None, &["de".to_owned()]), Vi);
        assert_eq!(initial_locale(None, None, &[]), Vi);
    }
}
