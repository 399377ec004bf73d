//! An indicator turned into the strings a reader sees, in one locale. The view only lays these out.

use super::i18n::Msg;
use super::locale::{self, Locale};
use super::report::Indicator;
use super::text::Text;

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub label: String,
    /// The value with qualifier and unit ("hơn 86,6 tỷ đồng"); `None` for counts-only indicators.
    pub headline: Option<String>,
    /// "99,7% kế hoạch" / "99.7% of plan", with the planned figure when known.
    pub plan: Option<String>,
    pub period: Option<String>,
    pub note: Option<String>,
    /// Related counts as (label, "7" or "3 sao").
    pub counts: Vec<(String, String)>,
}

/// The number of decimals a reported figure needs: reports give at most two.
const DECIMALS: usize = 2;

pub fn figure(ind: &Indicator, l: Locale) -> Figure {
    let headline = ind.value.map(|v| {
        let amount = match &ind.currency {
            Some(cur) => locale::money(v, cur, l),
            None => with_unit(locale::number(v, DECIMALS, l), ind.unit.as_ref(), l),
        };
        match ind.qualifier {
            Some(q) => format!("{} {amount}", locale::qualifier(q, l)),
            None => amount,
        }
    });
    let plan_figure = ind.plan.map(|p| match &ind.currency {
        Some(cur) => locale::money(p, cur, l),
        None => with_unit(locale::number(p, DECIMALS, l), ind.unit.as_ref(), l),
    });
    let share = ind.share_of_plan.or_else(|| match (ind.value, ind.plan) {
        (Some(v), Some(p)) if p > 0.0 => Some(v / p * 100.0),
        _ => None,
    });
    let plan = match (share, plan_figure) {
        (Some(s), Some(p)) => {
            Some(format!("{} {} ({}: {p})", locale::percent(s, l), Msg::OfPlan.text(l), Msg::Plan.text(l)))
        }
        (Some(s), None) => Some(format!("{} {}", locale::percent(s, l), Msg::OfPlan.text(l))),
        (None, Some(p)) => Some(format!("{}: {p}", Msg::Plan.text(l))),
        (None, None) => None,
    };
    Figure {
        label: text_in(&ind.label, l),
        headline,
        plan,
        period: ind.period.as_ref().map(|t| text_in(t, l)),
        note: ind.note.as_ref().map(|t| text_in(t, l)),
        counts: ind
            .counts
            .iter()
            .map(|c| {
                (text_in(&c.label, l), with_unit(locale::number(c.value, DECIMALS, l), c.unit.as_ref(), l))
            })
            .collect(),
    }
}

fn with_unit(n: String, unit: Option<&Text>, l: Locale) -> String {
    match unit.and_then(|u| u.resolve(l)) {
        Some(u) => format!("{n} {}", u.text),
        None => n,
    }
}

/// A text in `l`, or the other language with its marker, for plain-string contexts.
pub fn text_in(t: &Text, l: Locale) -> String {
    match t.resolve(l) {
        Some(r) if r.fallback => format!("{} {}", r.text, Msg::FallbackMarker(r.lang).text(l)),
        Some(r) => r.text.to_owned(),
        None => String::new(),
    }
}
