//! Figures in the format's own fields (issue 11's indicator semantics): a single plan without
//! a setter is the format's `share_of_plan`, every other share a `reference`; changes, parts of a
//! whole, rates, targets and the quote each in their field. Labels are the article's words.

use std::collections::HashSet;

use report::format::{
    Better, Change, ChangeMeasure, Count, Indicator, Reference, ReferenceKind, Target,
};
use report::text::Text;

use super::figures::{Figure, Measure, RefKind};
use super::text::slug;

fn vi(s: &str) -> Text {
    Text { vi: Some(s.to_owned()), en: None }
}

/// Why a figure cannot stand as an indicator, or the indicator.
pub fn indicator(f: &Figure, used: &mut HashSet<String>) -> Result<Indicator, &'static str> {
    let mut value = f.value;
    let mut percent = f.percent;
    let mut decimals = f.decimals;
    // "mới đạt 28,6% dự toán" with no amount: the share is the figure, as a percentage.
    if value.is_none() && f.counts.is_empty() && f.target.is_none() {
        match f.references.as_slice() {
            [only] => {
                value = Some(only.share);
                percent = true;
                decimals = decimals_of(only.share);
            }
            _ => return Err("một thay đổi không kèm số liệu / a change with no figure of its own"),
        }
    }
    let single_plan = matches!(f.references.as_slice(), [r] if r.kind == RefKind::Plan && r.by.is_none()) && !percent;
    let references = if single_plan { Vec::new() } else { f.references.iter().map(reference).collect() };
    let mut id = slug(&f.label, 4);
    if id.is_empty() {
        id = "figure".to_owned();
    }
    let base = id.clone();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    Ok(Indicator {
        id,
        label: vi(&f.label),
        value,
        // Only over the figure's own value (not a share or count that took its place).
        value_to: f.value_to.filter(|&to| value.is_some_and(|v| Some(v) == f.value && to > v)),
        qualifier: f.qualifier.filter(|_| value.is_some()),
        unit: f.unit.as_deref().filter(|_| !percent).map(vi),
        currency: f.currency.map(str::to_owned),
        per: f.per.as_deref().filter(|_| f.currency.is_some()).map(vi),
        share_of_plan: if single_plan { Some(f.references[0].share) } else { None },
        estimated: f.estimate,
        period: f.period.as_deref().map(vi),
        counts: f.counts.iter().map(|c| Count { label: vi(&c.label), value: c.value, unit: None }).collect(),
        decimals: value.map(|_| decimals),
        percent,
        total: f.total.filter(|_| value.is_some()),
        better: f.lower_better.then_some(Better::Lower),
        references,
        changes: f.changes.iter().map(change).collect(),
        target: f.target.as_ref().map(|t| Target {
            value: t.value,
            qualifier: t.qualifier,
            deadline: t.deadline.as_deref().map(vi),
        }),
        quote: Some(f.quote.clone()),
        ..Indicator::default()
    })
}

/// Digits after the decimal point of a share read from the text (at most 3 in the genre).
fn decimals_of(v: f64) -> u8 {
    (0..=3u8).find(|&d| ((v * 10f64.powi(d as i32)).round() - v * 10f64.powi(d as i32)).abs() < 1e-6).unwrap_or(3)
}

fn reference(r: &super::figures::Reference) -> Reference {
    Reference {
        kind: match r.kind {
            RefKind::Plan => ReferenceKind::Plan,
            RefKind::Estimate => ReferenceKind::Estimate,
            RefKind::Target => ReferenceKind::Target,
            RefKind::ResolutionTarget => ReferenceKind::ResolutionTarget,
        },
        by: r.by.as_deref().map(vi),
        value: None,
        share: Some(r.share),
    }
}

fn change(c: &super::figures::Change) -> Change {
    Change {
        value: c.value,
        measure: match c.measure {
            Measure::Percent => ChangeMeasure::Percent,
            Measure::Points => ChangeMeasure::Points,
            Measure::Absolute => ChangeMeasure::Absolute,
        },
        against: vi(&c.against),
    }
}
