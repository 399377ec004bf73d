//! An indicator's numbers turned into the strings a reader sees, in one locale: numbers from
//! `locale`, words and the order they go in from `wording::figure`. Texts (label, period, note) are
//! shown by the view with their own language fallback.

use std::cmp::Ordering;

use super::format::{Better, Change, ChangeMeasure, Indicator, Reference};
use super::locale::{self, Locale};
use super::text::Text;
use super::wording::figure::{self as words, Word};

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value with qualifier and unit ("hơn 86,6 tỷ đồng", "12/15 xã", "5,12%"); `None` for
    /// counts-only indicators.
    pub headline: Option<String>,
    /// One line per reference: "99,7% kế hoạch", "104,2% dự toán tỉnh giao (dự toán: 235,9 tỷ đồng)".
    pub shares: Vec<String>,
    /// "▲ 7,4% so với cùng kỳ", with whether that is good news.
    pub changes: Vec<(String, Tone)>,
    /// "Mục tiêu: hơn 90% đến hết năm".
    pub target: Option<String>,
    /// Each related count with its unit ("7", "3 sao"), in the indicator's order.
    pub counts: Vec<String>,
}

/// Whether a change is good or bad news, when the report says which direction is better. The
/// view shows it in words as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Neutral,
}

impl Tone {
    pub fn of(change: f64, better: Option<Better>) -> Tone {
        match (better, change.partial_cmp(&0.0)) {
            (Some(Better::Higher), Some(Ordering::Greater)) | (Some(Better::Lower), Some(Ordering::Less)) => Tone::Good,
            (Some(Better::Higher), Some(Ordering::Less)) | (Some(Better::Lower), Some(Ordering::Greater)) => Tone::Bad,
            _ => Tone::Neutral,
        }
    }

    pub fn words(self, l: Locale) -> Option<&'static str> {
        match self {
            Tone::Good => Some(Word::Better.text(l)),
            Tone::Bad => Some(Word::Worse.text(l)),
            Tone::Neutral => None,
        }
    }
}

/// Computed shares (value over plan) get one decimal, as the press gives them; reported ones
/// keep their own digits.
pub(crate) const COMPUTED_DECIMALS: usize = 1;
/// Every number of an indicator as a reader sees it, with the digits the article reported.
pub fn figure(ind: &Indicator, l: Locale) -> Figure {
    let headline = ind.value.map(|v| {
        let whole = match (ind.total, ind.value_to) {
            (Some(t), _) => part_of_whole(ind, v, t, l),
            (None, Some(to)) => span(ind, v, Some(to), ind.decimals, l),
            (None, None) => amount(ind, v, ind.decimals, l),
        };
        let mut s = match ind.qualifier {
            Some(q) => format!("{} {whole}", Word::Qualifier(q).text(l)),
            None => whole,
        };
        if ind.estimated {
            s = format!("{s} ({})", Word::Estimated.text(l));
        }
        s
    });
    let shares = ind.shares().iter().map(|(r, share)| reference_line(ind, r, *share, l)).collect();
    let changes = ind.changes.iter().map(|c| change_line(ind, c, l)).collect();
    let target = ind.target.as_ref().map(|t| {
        let mut s = format!("{}: ", Word::TargetAhead.text(l));
        if let Some(q) = t.qualifier {
            s.push_str(Word::Qualifier(q).text(l));
            s.push(' ');
        }
        s.push_str(&amount(ind, t.value, None, l));
        if let Some(d) = &t.deadline {
            s.push_str(&format!(" {} {}", Word::By.text(l), phrase(d, l)));
        }
        s
    });
    // A figure that is only a goal ("3 more communes by 2025") leads with it.
    let (headline, target) = match headline {
        None => (target, None),
        some => (some, target),
    };
    Figure {
        headline,
        shares,
        changes,
        target,
        counts: ind.counts.iter().map(|c| with_unit(c.value, None, c.unit.as_ref(), l)).collect(),
    }
}

/// A figure in the indicator's unit: money in the press's scale (and what it is per), a rate with
/// its % sign.
pub(crate) fn amount(ind: &Indicator, v: f64, decimals: Option<u8>, l: Locale) -> String {
    span(ind, v, None, decimals, l)
}

/// [`amount`], or a range up to `to` with the unit said once: "10–12%", "3.000–3.500 hộ",
/// "2–3 tỷ đồng/người/năm".
fn span(ind: &Indicator, v: f64, to: Option<f64>, decimals: Option<u8>, l: Locale) -> String {
    let n = |v: f64| locale::reported(v, decimals, l);
    let number = || match to {
        Some(to) => format!("{}–{}", n(v), n(to)),
        None => n(v),
    };
    match &ind.currency {
        Some(cur) => {
            let money = locale::money_range(v, to, cur, decimals, l);
            match ind.per.as_ref().and_then(|p| p.resolve(l)) {
                Some(per) => format!("{money}/{}", per.text),
                None => money,
            }
        }
        None if ind.percent => format!("{}%", number()),
        None => match ind.unit.as_ref().and_then(|u| u.resolve(l)) {
            Some(u) => format!("{} {}", number(), u.text),
            None => number(),
        },
    }
}

/// "12/15 xã" / "12 of 15 communes".
fn part_of_whole(ind: &Indicator, v: f64, total: f64, l: Locale) -> String {
    let part = if ind.currency.is_some() || ind.percent {
        amount(ind, v, ind.decimals, l)
    } else {
        locale::reported(v, ind.decimals, l)
    };
    words::part_of_whole(&part, &amount(ind, total, None, l), l)
}

fn reference_line(ind: &Indicator, r: &Reference, share: Option<f64>, l: Locale) -> String {
    let kind = Word::Reference(r.kind).text(l);
    // "104,2% dự toán tỉnh giao" / "104.2% of the budget estimate set by the province"; a plan
    // without a setter keeps the seed's "99,7% kế hoạch" / "99.7% of plan".
    let name = words::reference_name(r.kind, r.by.as_ref().map(|by| phrase(by, l)), true, l);
    let value = r.value.map(|v| amount(ind, v, None, l));
    match (share, value) {
        (Some(s), Some(v)) => format!("{} ({kind}: {v})", words::share_of(&share_text(r, s, l), &name, l)),
        (Some(s), None) => words::share_of(&share_text(r, s, l), &name, l),
        // Alone on its line, the kind starts with a capital ("Kế hoạch: 5.772 ha"); from a table,
        // since char::to_uppercase would bring Unicode's case tables (≈ 4 KB) into the wasm.
        (None, Some(v)) => format!("{}: {v}", Word::ReferenceTitle(r.kind).text(l)),
        (None, None) => String::new(),
    }
}

/// A share as the reader sees it, wherever it is shown (card, chart, table, summary): a reported
/// one with the article's own digits ("16,97%"), a computed one with one decimal.
pub(crate) fn share_text(r: &Reference, share: f64, l: Locale) -> String {
    if r.share.is_some() {
        format!("{}%", locale::reported(share, None, l))
    } else {
        format!("{}%", locale::number(share, COMPUTED_DECIMALS, l))
    }
}

/// "▲ 7,4% so với cùng kỳ (tốt lên)" / "▼ 1.6 percentage points on 2022 (better)".
fn change_line(ind: &Indicator, c: &Change, l: Locale) -> (String, Tone) {
    let tone = Tone::of(c.value, ind.better);
    let symbol = match c.value.partial_cmp(&0.0) {
        Some(Ordering::Greater) => "▲",
        Some(Ordering::Less) => "▼",
        _ => "●",
    };
    let size = c.value.abs();
    let size = match c.measure {
        ChangeMeasure::Percent => format!("{}%", locale::reported(size, None, l)),
        ChangeMeasure::Points => format!("{} {}", locale::reported(size, None, l), Word::PercentagePoints.text(l)),
        ChangeMeasure::Absolute => amount(ind, size, None, l),
    };
    let mut s = format!("{symbol} {size} {} {}", Word::ComparedWith.text(l), phrase(&c.against, l));
    if let Some(w) = tone.words(l) {
        s.push_str(&format!(" ({w})"));
    }
    (s, tone)
}

/// A short phrase inside a figure's line (a unit, who set a plan, a base period): in the other
/// language when missing, like units, without the fallback marker a whole text gets.
fn phrase(t: &Text, l: Locale) -> &str {
    t.resolve(l).map_or("", |r| r.text)
}

fn with_unit(v: f64, decimals: Option<u8>, unit: Option<&Text>, l: Locale) -> String {
    let n = locale::reported(v, decimals, l);
    match unit.and_then(|u| u.resolve(l)) {
        Some(u) => format!("{n} {}", u.text),
        None => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{Qualifier, ReferenceKind, Target};

    fn indicator() -> Indicator {
        Indicator {
            id: "x".into(),
            label: Text::new("Diện tích", "Area"),
            value: Some(5755.0),
            unit: Some(Text::new("ha", "ha")),
            share_of_plan: Some(99.7),
            ..Indicator::default()
        }
    }

    fn both(ind: &Indicator, f: impl Fn(&Figure) -> String) -> (String, String) {
        (f(&figure(ind, Locale::Vi)), f(&figure(ind, Locale::En)))
    }

    #[test]
    fn value_share_and_plan_in_each_locale() {
        let f = figure(&indicator(), Locale::Vi);
        assert_eq!((f.headline.as_deref(), f.shares.as_slice()), (Some("5.755 ha"), &["99,7% kế hoạch".to_owned()][..]));
        let f = figure(&Indicator { plan: Some(5772.0), share_of_plan: None, ..indicator() }, Locale::En);
        assert_eq!(f.shares, ["99.7% of plan (plan: 5,772 ha)"]);
        let money = Indicator {
            value: Some(86.6e9), unit: None, currency: Some("VND".into()),
            qualifier: Some(Qualifier::MoreThan), share_of_plan: None, ..indicator()
        };
        assert_eq!(figure(&money, Locale::Vi).headline.as_deref(), Some("hơn 86,6 tỷ đồng"));
        assert_eq!(figure(&money, Locale::En).headline.as_deref(), Some("more than VND 86.6 billion"));
    }

    #[test]
    fn ranges_say_their_unit_once() {
        let households = Indicator { value: Some(3000.0), value_to: Some(3500.0), unit: Some(Text::new("hộ", "households")), share_of_plan: None, ..indicator() };
        assert_eq!(both(&households, |f| f.headline.clone().unwrap()), ("3.000–3.500 hộ".into(), "3,000–3,500 households".into()));
        let rate = Indicator { value: Some(10.0), value_to: Some(12.0), unit: None, percent: true, qualifier: Some(Qualifier::About), share_of_plan: None, ..indicator() };
        assert_eq!(both(&rate, |f| f.headline.clone().unwrap()), ("khoảng 10–12%".into(), "about 10–12%".into()));
        // Both ends in the larger end's scale word.
        let money = Indicator { value: Some(500e6), value_to: Some(1.2e9), unit: None, currency: Some("VND".into()), share_of_plan: None, ..indicator() };
        assert_eq!(both(&money, |f| f.headline.clone().unwrap()), ("0,5–1,2 tỷ đồng".into(), "VND 0.5–1.2 billion".into()));
    }

    #[test]
    fn money_per_person_and_year_everywhere_it_is_said() {
        let income = Indicator {
            value: Some(62e6), unit: None, currency: Some("VND".into()), per: Some(Text::new("người/năm", "person/year")),
            share_of_plan: None, target: Some(Target { value: 70e6, qualifier: None, deadline: None }), ..indicator()
        };
        assert_eq!(both(&income, |f| f.headline.clone().unwrap()), ("62 triệu đồng/người/năm".into(), "VND 62 million/person/year".into()));
        assert_eq!(both(&income, |f| f.target.clone().unwrap()), ("Mục tiêu: 70 triệu đồng/người/năm".into(), "Target: VND 70 million/person/year".into()));
    }

    #[test]
    fn a_unit_missing_in_one_language_uses_the_other() {
        let ind = Indicator { unit: Some(Text { vi: Some("xã".into()), en: None }), ..indicator() };
        assert_eq!(figure(&ind, Locale::En).headline.as_deref(), Some("5,755 xã"));
    }

    #[test]
    fn estimates_and_two_plans_say_who_set_them() {
        let revenue = Indicator {
            value: Some(245.8e9), currency: Some("VND".into()), unit: None, share_of_plan: None,
            qualifier: Some(Qualifier::About),
            references: vec![Reference { kind: ReferenceKind::Estimate, by: Some(Text::new("tỉnh giao", "set by the province")), value: None, share: Some(104.2) }],
            ..indicator()
        };
        assert_eq!(
            both(&revenue, |f| f.shares.join("|")),
            ("104,2% dự toán tỉnh giao".into(), "104.2% of the budget estimate set by the province".into())
        );
        let two = Indicator {
            share_of_plan: None,
            references: vec![
                Reference { kind: ReferenceKind::Plan, by: Some(Text::new("tỉnh giao", "set by the province")), value: None, share: Some(61.0) },
                Reference { kind: ReferenceKind::Plan, by: Some(Text::new("HĐND huyện giao", "set by the district council")), value: None, share: Some(57.0) },
            ],
            ..indicator()
        };
        assert_eq!(figure(&two, Locale::Vi).shares, ["61% kế hoạch tỉnh giao", "57% kế hoạch HĐND huyện giao"]);
    }

    #[test]
    fn parts_rates_changes_and_targets() {
        let communes = Indicator { value: Some(12.0), total: Some(15.0), unit: Some(Text::new("xã", "communes")), share_of_plan: None, ..indicator() };
        assert_eq!(both(&communes, |f| f.headline.clone().unwrap()), ("12/15 xã".into(), "12 of 15 communes".into()));
        let poverty = Indicator {
            value: Some(5.12), percent: true, unit: None, share_of_plan: None, better: Some(Better::Lower),
            changes: vec![Change { value: -1.6, measure: ChangeMeasure::Points, against: Text::new("năm 2022", "2022") }],
            ..indicator()
        };
        assert_eq!(both(&poverty, |f| f.headline.clone().unwrap()), ("5,12%".into(), "5.12%".into()));
        assert_eq!(
            both(&poverty, |f| f.changes[0].0.clone()),
            ("▼ 1,6 điểm phần trăm so với năm 2022 (tốt lên)".into(), "▼ 1.6 percentage points on 2022 (better)".into())
        );
        assert_eq!(figure(&poverty, Locale::Vi).changes[0].1, Tone::Good);
        let output = Indicator {
            share_of_plan: None,
            changes: vec![Change { value: 7.4, measure: ChangeMeasure::Percent, against: Text::new("cùng kỳ", "the same period last year") }],
            ..indicator()
        };
        assert_eq!(
            both(&output, |f| f.changes[0].0.clone()),
            ("▲ 7,4% so với cùng kỳ".into(), "▲ 7.4% on the same period last year".into())
        );
        let disbursed = Indicator {
            value: Some(41.2), percent: true, unit: None, share_of_plan: None,
            target: Some(Target { value: 90.0, qualifier: Some(Qualifier::MoreThan), deadline: Some(Text::new("hết năm", "the end of the year")) }),
            ..indicator()
        };
        assert_eq!(
            both(&disbursed, |f| f.target.clone().unwrap()),
            ("Mục tiêu: hơn 90% đến hết năm".into(), "Target: more than 90% by the end of the year".into())
        );
    }

    #[test]
    fn reported_digits_are_never_rounded_away() {
        let big = Indicator { value: Some(2_318_700_000_000.0), currency: Some("VND".into()), unit: None, share_of_plan: None, ..indicator() };
        assert_eq!(both(&big, |f| f.headline.clone().unwrap()), ("2.318,7 tỷ đồng".into(), "VND 2,318.7 billion".into()));
        let small = Indicator { value: Some(27_094_000_000.0), ..big.clone() };
        assert_eq!(figure(&small, Locale::Vi).headline.as_deref(), Some("27,094 tỷ đồng"));
        let zero = Indicator { value: Some(61.0), decimals: Some(1), percent: true, currency: None, ..big };
        assert_eq!(figure(&zero, Locale::Vi).headline.as_deref(), Some("61,0%"));
    }
}
