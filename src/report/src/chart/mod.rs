//! Indicator charts. Which chart an indicator gets follows from its data, never from ids:
//! - indicators measured against something (a plan, a budget estimate, a target, with who set it)
//!   share one **shares** chart per section: a bar per reference, one series per distinct
//!   reference, against a marked 100 % line;
//! - parts of a whole (12 of 15 communes) and figures with a target ahead share one **progress**
//!   chart: each bar filled to its share of the whole, the target marked on it;
//! - changes against earlier figures get a **changes** chart per measure (percent, percentage
//!   points, or one unit): bars from zero, falls to the left, coloured by whether it is good news;
//! - indicators whose related counts have the same labels are **compared** in one grouped chart
//!   (inspections vs supervision: party organisations 7 vs 6, party members 20 vs 14); a lone
//!   indicator gets a chart only when it has two or more counts to compare;
//! - everything else stays a figure card, which every indicator also has.
//!
//! `data` turns a chart into locale-specific labels, a one-sentence description and a table;
//! `layout` computes geometry for a width, placing text so that it fits (`fit`: measured widths,
//! wrapping, the 2 px rule); `svg` draws it with plotters; `csv` exports the data.

pub mod csv;
pub mod data;
// Geometry and drawing: the `draw` feature, so that the reader's first download carries none of
// it (the chart bundle draws; see the crate's Cargo.toml).
#[cfg(feature = "draw")]
pub mod fit;
#[cfg(feature = "draw")]
pub mod geometry;
#[cfg(feature = "draw")]
pub mod layout;
#[cfg(feature = "draw")]
pub mod svg;

use super::format::{ChangeMeasure, Indicator, Report, Section};
use super::text::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Shares,
    Progress,
    /// Changes of one measure; absolute changes are also grouped by unit (see [`charts_for`]).
    Changes(ChangeMeasure),
    Counts,
}

/// A chart to draw: its kind and the report's indicators it shows, in section order.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub kind: ChartKind,
    /// Indexes into `Report::indicators`.
    pub indicators: Vec<usize>,
}

/// What changes must share to be drawn on one axis: the measure and, for amounts, the currency
/// or unit.
type ChangeAxis<'a> = (ChangeMeasure, Option<&'a str>, Option<&'a Text>);

/// Whether an indicator is drawn as progress towards a whole or a target.
pub fn has_progress(ind: &Indicator) -> bool {
    ind.value.is_some() && (ind.total.is_some() || ind.target.is_some())
}

/// The charts for one section: shares, progress, changes, then compared counts.
pub fn charts_for(report: &Report, section: &Section) -> Vec<ChartSpec> {
    let shown: Vec<usize> = section
        .indicators
        .iter()
        .filter_map(|id| report.indicators.iter().position(|i| &i.id == id))
        .collect();
    let ind = |i: usize| &report.indicators[i];
    let mut charts = Vec::new();
    let mut push = |kind, indicators: Vec<usize>| {
        if !indicators.is_empty() {
            charts.push(ChartSpec { kind, indicators });
        }
    };

    push(ChartKind::Shares, shown.iter().copied().filter(|&i| ind(i).shares().iter().any(|(_, s)| s.is_some())).collect());
    push(ChartKind::Progress, shown.iter().copied().filter(|&i| has_progress(ind(i))).collect());

    // Changes measured alike share an axis: percentages, points, or amounts in one unit.
    let mut changes: Vec<(ChangeAxis, Vec<usize>)> = Vec::new();
    for &i in &shown {
        for c in &ind(i).changes {
            let unit = match c.measure {
                ChangeMeasure::Absolute => (ind(i).currency.as_deref(), ind(i).unit.as_ref()),
                _ => (None, None),
            };
            let key = (c.measure, unit.0, unit.1);
            match changes.iter_mut().find(|(k, _)| *k == key) {
                Some((_, members)) if !members.contains(&i) => members.push(i),
                Some(_) => {}
                None => changes.push((key, vec![i])),
            }
        }
    }
    for ((measure, ..), members) in changes {
        push(ChartKind::Changes(measure), members);
    }

    // Group indicators by the labels of their counts; first appearance fixes the order.
    let mut groups: Vec<(Vec<&Text>, Vec<usize>)> = Vec::new();
    for &i in &shown {
        let labels: Vec<&Text> = ind(i).counts.iter().map(|c| &c.label).collect();
        if labels.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(l, _)| *l == labels) {
            Some((_, members)) => members.push(i),
            None => groups.push((labels, vec![i])),
        }
    }
    for (labels, members) in groups {
        if members.len() >= 2 || labels.len() >= 2 {
            push(ChartKind::Counts, members);
        }
    }
    charts
}
