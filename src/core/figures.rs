//! An indicator's numbers turned into the strings a reader sees, in one locale. Texts (label,
//! period, note) are shown by the view with their own language fallback.

use super::i18n::Msg;
use super::locale::{self, Locale};
use super::report::Indicator;
use super::text::Text;

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value with qualifier and unit ("hơn 86,6 tỷ đồng"); `None` for counts-only indicators.
    pub headline: Option<String>,
    /// "99,7% kế hoạch" / "99.7% of plan", with the planned figure when known.
    pub plan: Option<String>,
    /// Each related count with its unit ("7", "3 sao"), in the indicator's order.
    pub counts: Vec<String>,
}

/// Reports give figures with at most two decimals.
const DECIMALS: usize = 2;

pub fn figure(ind: &Indicator, l: Locale) -> Figure {
    let amount = |v: f64| match &ind.currency {
        Some(cur) => locale::money(v, cur, l),
        None => with_unit(v, ind.unit.as_ref(), l),
    };
    let headline = ind.value.map(|v| match ind.qualifier {
        Some(q) => format!("{} {}", locale::qualifier(q, l), amount(v)),
        None => amount(v),
    });
    let share = ind.share();
    let (of_plan, plan_word) = (Msg::OfPlan.text(l), Msg::Plan.text(l));
    let plan = match (share, ind.plan.map(amount)) {
        (Some(s), Some(p)) => Some(format!("{} {of_plan} ({plan_word}: {p})", locale::percent(s, l))),
        (Some(s), None) => Some(format!("{} {of_plan}", locale::percent(s, l))),
        (None, Some(p)) => Some(format!("{plan_word}: {p}")),
        (None, None) => None,
    };
    Figure {
        headline,
        plan,
        counts: ind.counts.iter().map(|c| with_unit(c.value, c.unit.as_ref(), l)).collect(),
    }
}

fn with_unit(v: f64, unit: Option<&Text>, l: Locale) -> String {
    let n = locale::number(v, DECIMALS, l);
    match unit.and_then(|u| u.resolve(l)) {
        Some(u) => format!("{n} {}", u.text),
        None => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::report::Qualifier;

    fn indicator() -> Indicator {
        Indicator {
            id: "x".into(),
            label: Text::new("Diện tích", "Area"),
            value: Some(5755.0),
            qualifier: None,
            unit: Some(Text::new("ha", "ha")),
            currency: None,
            plan: None,
            share_of_plan: Some(99.7),
            period: None,
            note: None,
            counts: vec![],
        }
    }

    #[test]
    fn value_share_and_plan_in_each_locale() {
        let f = figure(&indicator(), Locale::Vi);
        assert_eq!((f.headline.as_deref(), f.plan.as_deref()), (Some("5.755 ha"), Some("99,7% kế hoạch")));
        let f = figure(&Indicator { plan: Some(5772.0), share_of_plan: None, ..indicator() }, Locale::En);
        assert_eq!(f.plan.as_deref(), Some("99.7% of plan (Plan: 5,772 ha)"));
        let money = Indicator {
            value: Some(86.6e9), unit: None, currency: Some("VND".into()),
            qualifier: Some(Qualifier::MoreThan), share_of_plan: None, ..indicator()
        };
        assert_eq!(figure(&money, Locale::Vi).headline.as_deref(), Some("hơn 86,6 tỷ đồng"));
        assert_eq!(figure(&money, Locale::En).headline.as_deref(), Some("more than VND 86.6 billion"));
    }

    #[test]
    fn a_unit_missing_in_one_language_uses_the_other() {
        let ind = Indicator { unit: Some(Text { vi: Some("xã".into()), en: None }), ..indicator() };
        assert_eq!(figure(&ind, Locale::En).headline.as_deref(), Some("5,755 xã"));
    }
}
