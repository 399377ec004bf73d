//! Indicator charts. Which chart an indicator gets follows from its data, never from ids:
//! - indicators with a plan (a share of plan, or a value and a plan) share one **plan** chart per
//!   section: a bar per indicator against a marked 100 % line;
//! - indicators whose related counts have the same labels are **compared** in one grouped chart
//!   (inspections vs supervision: party organisations 7 vs 6, party members 20 vs 14); a lone
//!   indicator gets a chart only when it has two or more counts to compare;
//! - everything else stays a figure card, which every indicator also has.
//!
//! `data` turns a chart into locale-specific labels, a one-sentence description and a table;
//! `layout` computes geometry for a width; `svg` draws it with plotters; `csv` exports the data.

pub mod csv;
pub mod data;
pub mod layout;
pub mod svg;

use super::report::{Report, Section};
use super::text::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    ShareOfPlan,
    Counts,
}

/// A chart to draw: its kind and the report's indicators it shows, in section order.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub kind: ChartKind,
    /// Indexes into `Report::indicators`.
    pub indicators: Vec<usize>,
}

/// The charts for one section, plan chart first.
pub fn charts_for(report: &Report, section: &Section) -> Vec<ChartSpec> {
    let shown: Vec<usize> = section
        .indicators
        .iter()
        .filter_map(|id| report.indicators.iter().position(|i| &i.id == id))
        .collect();
    let mut charts = Vec::new();

    let planned: Vec<usize> = shown.iter().copied().filter(|&i| report.indicators[i].share().is_some()).collect();
    if !planned.is_empty() {
        charts.push(ChartSpec { kind: ChartKind::ShareOfPlan, indicators: planned });
    }

    // Group indicators by the labels of their counts; first appearance fixes the order.
    let mut groups: Vec<(Vec<&Text>, Vec<usize>)> = Vec::new();
    for &i in &shown {
        let labels: Vec<&Text> = report.indicators[i].counts.iter().map(|c| &c.label).collect();
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
            charts.push(ChartSpec { kind: ChartKind::Counts, indicators: members });
        }
    }
    charts
}
